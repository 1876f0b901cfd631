#include "CliApp.h"

#include "DataDir.h"
#include "Translation.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    mockloop::setApplicationIdentity();
    mockloop::installTranslations();
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mockloop::cli::run(QCoreApplication::arguments(), in, out, err);
}
