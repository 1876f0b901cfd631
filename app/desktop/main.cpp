#include "bank/QuestionBank.h"
#include "base/Clock.h"
#include "base/DataDir.h"
#include "base/Settings.h"
#include "base/Translation.h"
#include "practice/GradeReplay.h"
#include "storage/Database.h"
#include "window/MainWindow.h"
#include "window/StatusNotice.h"
#include "window/UpgradeNotice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    mockloop::setApplicationIdentity();

    // Settings: the platform's usual place, or a file named by --settings / MOCKLOOP_SETTINGS
    // (read before the parser runs, because the language decides the help text).
    QString settingsPath = qEnvironmentVariable("MOCKLOOP_SETTINGS");
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--settings") && i + 1 < args.size())
            settingsPath = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--settings=")))
            settingsPath = args.at(i).mid(int(qstrlen("--settings=")));
    }
    const auto settingsStore = settingsPath.isEmpty()
                                   ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(settingsPath, QSettings::IniFormat);
    const QString language = mockloop::AppSettings::load(*settingsStore).language;
    mockloop::installTranslations(language.isEmpty() ? QLocale() : QLocale(language));
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
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        QCoreApplication::translate("main", "Read and write settings in FILE (an INI file) "
                                            "instead of the default place (also: "
                                            "MOCKLOOP_SETTINGS)."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(settingsOption);
    parser.process(app);

    const QString dataDir = mockloop::resolveDataDir(parser.value(dataDirOption));
    const mockloop::SystemClock clock;
    mockloop::Database db(clock);
    db.setGradeReplay(mockloop::gradeReplay());
    QString error;
    mockloop::Database::OpenError openError = mockloop::Database::OpenError::None;
    auto upgradeNotice = mockloop::desktop::UpgradeNotice::showIfUpgrading(
        mockloop::databasePath(dataDir));
    const bool opened = db.open(mockloop::databasePath(dataDir), &error, &openError);
    upgradeNotice.reset();
    if (!opened) {
        // Database::open explains itself (newer, damaged, not a database; or a read-only or
        // full data dir, where the file is sound) and has left the file untouched; say exactly
        // that and stop, with the terminal program's exit codes (docs/data-tools.md).
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "MockLoop cannot start"),
                              error);
        const bool place = openError == mockloop::Database::OpenError::ReadOnly
                           || openError == mockloop::Database::OpenError::NoSpace;
        return place ? 4 : 3;
    }
    if (!mockloop::QuestionBank(db).installBuiltinPacks(&error)) {
        // The questions already installed still work; a broken built-in pack is a bug to report.
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "MockLoop"),
                             QCoreApplication::translate("main", "The built-in question packs could not "
                                                                 "be installed:\n%1")
                                 .arg(error));
    }

    mockloop::desktop::MainWindow window(db, &clock);
    window.useSettings(settingsStore.get());
    // What the person should know about the start (an empty file replaced by a new database).
    if (!db.openNotice().isEmpty())
        window.statusNotice()->showNotice(db.openNotice(),
                                          mockloop::desktop::StatusNotice::Kind::Info, dataDir);
    // On a small screen (1024×700) use all of it; on larger ones keep the default size.
    const QRect available = window.screen()->availableGeometry();
    if (available.width() < window.width() + 40 || available.height() < window.height() + 40) {
        // Fitted first: without a window manager (or one that ignores maximising) the
        // window would otherwise run off the screen.
        window.setGeometry(available);
        window.showMaximized();
    } else
        window.show();
    return app.exec();
}
