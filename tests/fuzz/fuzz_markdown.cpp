// libFuzzer target: the Markdown importer (docs/fuzzing.md).
#include "FuzzTargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Never destroyed: at exit Qt Sql's statics may already be gone (see FuzzTargets.cpp).
    static auto *app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return mockloop::fuzz::markdown(data, size);
}
