// The libFuzzer entry of every fuzz target (docs/fuzzing.md): built once per target with
// MOCKLOOP_FUZZ_FUNCTION naming its function in FuzzTargets.h (tests/fuzz/CMakeLists.txt).
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
    return mockloop::fuzz::MOCKLOOP_FUZZ_FUNCTION(data, size);
}
