#include "Clock.h"
#include "DataDir.h"
#include "Database.h"
#include "MainWindow.h"
#include "QuestionBank.h"
#include "Translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QScreen>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    mockloop::setApplicationIdentity();
    mockloop::installTranslations();
    QApplication::setApplicationDisplayName(QStringLiteral("MockLoop"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Timed mock-interview loops for backend developers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the database in DIR instead of the default "
                                            "data dir (also: MOCKLOOP_DATA_DIR)."),
        QCoreApplication::translate("main", "DIR"));
    parser.addOption(dataDirOption);
    parser.process(app);

    const QString dataDir = mockloop::resolveDataDir(parser.value(dataDirOption));
    mockloop::Database db;
    QString error;
    if (!db.open(mockloop::databasePath(dataDir), &error)) {
        // Database::open explains itself (newer, damaged, not a database) and has left the
        // file untouched; say exactly that and stop.
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "MockLoop cannot start"),
                              error);
        return 3;
    }
    if (!mockloop::QuestionBank(db).installBuiltinPacks(&error)) {
        // The questions already installed still work; a broken built-in pack is a bug to report.
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "MockLoop"),
                             QCoreApplication::translate("main",
                                                         "The built-in question packs could not "
                                                         "be installed:\n%1")
                                 .arg(error));
    }

    const mockloop::SystemClock clock;
    mockloop::desktop::MainWindow window(db, &clock);
    // On a small screen (1024×700) use all of it; on larger ones keep the default size.
    const QRect available = window.screen()->availableGeometry();
    if (available.width() < window.width() + 40 || available.height() < window.height() + 40)
        window.showMaximized();
    else
        window.show();
    return app.exec();
}
