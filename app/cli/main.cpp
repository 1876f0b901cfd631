#include "base/DataDir.h"
#include "base/Translation.h"
#include "CliApp.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // PDF rendering needs Qt Gui (DESIGN.md, "Rendering"): only for that command the program
    // becomes a QGuiApplication, always on the offscreen platform, so no display is needed
    // and a "minimal" platform from the environment cannot produce pages without text.
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (mockloop::cli::reportNeedsGui(raw)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    mockloop::setApplicationIdentity();
    mockloop::installTranslations();
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mockloop::cli::run(QCoreApplication::arguments(), in, out, err);
}
