#include "CliApp.h"

#include "DataDir.h"
#include "Translation.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    mockloop::setApplicationIdentity();
    mockloop::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mockloop::cli::run(QCoreApplication::arguments(), out, err);
}
