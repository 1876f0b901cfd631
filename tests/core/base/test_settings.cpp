// Typed settings over a temporary INI file: never the person's real settings.
#include "base/Settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void emptyFile_givesDefaults_andWritesTheVersion();
    void save_thenLoad_roundTripsEveryValue();
    void version1Keys_areMigrated_andTheOldKeysRemoved();
    void invalidValues_fallBackToDefaults_withANote();
    void newerVersion_isReadButNotRewritten();
    void parseWarningSeconds_sortsAndRejects();
    void windowMemory_roundTrips_andLeavesThePreferencesAlone();
    void version2File_becomesVersion3_keepingItsValues();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::emptyFile_givesDefaults_andWritesTheVersion()
{
    QSettings store(iniPath(), QSettings::IniFormat);
    QCOMPARE(AppSettings::load(store), AppSettings());
    store.sync();
    QSettings reread(iniPath(), QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("version")).toInt(), AppSettings::kVersion);
}

void TestSettings::save_thenLoad_roundTripsEveryValue()
{
    AppSettings s;
    s.defaultPrepSeconds = 45;
    s.defaultAnswerSeconds = 240;
    s.warningSeconds = {120, 60, 15};
    s.sound = false;
    s.spokenWarnings = false;
    s.voice = true;
    s.voiceName = QStringLiteral("kal16");
    s.voiceRate = -0.25;
    s.theme = Theme::Dark;
    s.language = QStringLiteral("de_DE");
    s.ghostedAfterDays = 30;
    s.prepDailyMinutes = 90;
    QVERIFY(!(s == AppSettings()));
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        s.save(store);
    }
    QSettings store(iniPath(), QSettings::IniFormat);
    QStringList notes;
    QCOMPARE(AppSettings::load(store, &notes), s);
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
    // The INI file stays readable by a person.
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("secondsLeft=\"120, 60, 15\""), text.constData());
    QVERIFY(text.contains("theme=dark"));
}

void TestSettings::version1Keys_areMigrated_andTheOldKeysRemoved()
{
    {
        QSettings old(iniPath(), QSettings::IniFormat);
        old.setValue(QStringLiteral("version"), 1);
        old.setValue(QStringLiteral("timing/warningSeconds"), 90);
        old.setValue(QStringLiteral("timing/beep"), false);
        old.setValue(QStringLiteral("speakQuestions"), true);
        old.setValue(QStringLiteral("speechVoice"), QStringLiteral("slt"));
        old.setValue(QStringLiteral("speechRate"), 50);
        old.setValue(QStringLiteral("timing/defaultAnswerSeconds"), 150);
    }
    QSettings store(iniPath(), QSettings::IniFormat);
    QStringList notes;
    const AppSettings s = AppSettings::load(store, &notes);
    QCOMPARE(s.warningSeconds, QList<int>{90});
    QCOMPARE(s.sound, false);
    QCOMPARE(s.voice, true);
    QCOMPARE(s.voiceName, QStringLiteral("slt"));
    QCOMPARE(s.voiceRate, 0.5);
    QCOMPARE(s.defaultAnswerSeconds, 150);
    QCOMPARE(notes.size(), 5);
    store.sync();
    QSettings reread(iniPath(), QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("version")).toInt(), AppSettings::kVersion);
    for (const char *gone :
         {"timing/warningSeconds", "timing/beep", "speakQuestions", "speechVoice", "speechRate"})
        QVERIFY2(!reread.contains(QString::fromLatin1(gone)), gone);
    // Loading again finds nothing more to migrate and the same values.
    QStringList again;
    QCOMPARE(AppSettings::load(reread, &again), s);
    QVERIFY(again.isEmpty());
}

void TestSettings::invalidValues_fallBackToDefaults_withANote()
{
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        store.setValue(QStringLiteral("version"), AppSettings::kVersion);
        store.setValue(QStringLiteral("timing/defaultPrepSeconds"), -5);
        store.setValue(QStringLiteral("timing/defaultAnswerSeconds"), QStringLiteral("soon"));
        store.setValue(QStringLiteral("warnings/secondsLeft"), QStringLiteral("60, x"));
        store.setValue(QStringLiteral("warnings/sound"), QStringLiteral("loud"));
        store.setValue(QStringLiteral("voice/rate"), 7);
        store.setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
        store.setValue(QStringLiteral("tracker/ghostedAfterDays"), 0);
        store.setValue(QStringLiteral("tracker/prepDailyMinutes"), 5);
    }
    QSettings store(iniPath(), QSettings::IniFormat);
    QStringList notes;
    QCOMPARE(AppSettings::load(store, &notes), AppSettings());
    QCOMPARE(notes.size(), 8);
}

void TestSettings::newerVersion_isReadButNotRewritten()
{
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        store.setValue(QStringLiteral("version"), AppSettings::kVersion + 1);
        store.setValue(QStringLiteral("warnings/sound"), false);
        store.setValue(QStringLiteral("speechRate"), 50); // a key this version would migrate
    }
    QSettings store(iniPath(), QSettings::IniFormat);
    QStringList notes;
    const AppSettings s = AppSettings::load(store, &notes);
    QCOMPARE(s.sound, false);
    QCOMPARE(notes.size(), 1);
    store.sync();
    QSettings reread(iniPath(), QSettings::IniFormat);
    QCOMPARE(reread.value(QStringLiteral("version")).toInt(), AppSettings::kVersion + 1);
    QVERIFY(reread.contains(QStringLiteral("speechRate")));
}

void TestSettings::parseWarningSeconds_sortsAndRejects()
{
    bool ok = false;
    QCOMPARE(parseWarningSeconds(QStringLiteral("30, 60,60 ,10"), &ok), (QList<int>{60, 30, 10}));
    QVERIFY(ok);
    QCOMPARE(parseWarningSeconds(QStringLiteral("0, -3, 20, abc"), &ok), QList<int>{20});
    QVERIFY(!ok);
    QCOMPARE(parseWarningSeconds(QString(), &ok), QList<int>());
    QVERIFY(ok);
    QCOMPARE(formatWarningSeconds({120, 5}), QStringLiteral("120, 5"));
}

void TestSettings::windowMemory_roundTrips_andLeavesThePreferencesAlone()
{
    AppSettings prefs;
    prefs.defaultPrepSeconds = 30;
    WindowMemory m;
    m.geometry = QByteArray("\x01\x02geometry", 10);
    m.splitters.insert(QStringLiteral("librarySplitter"), QByteArray("split"));
    m.headers.insert(QStringLiteral("historyTable"), QByteArray("\x00columns", 8));
    m.folders.insert(FileKind::Backup, QStringLiteral("/tmp/backups"));
    m.folders.insert(FileKind::Import, QStringLiteral("/tmp/lists"));
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        prefs.save(store);
        m.save(store);
    }
    QSettings store(iniPath(), QSettings::IniFormat);
    QCOMPARE(WindowMemory::load(store), m);
    QCOMPARE(AppSettings::load(store), prefs);
    QCOMPARE(store.value(QStringLiteral("folders/backup")).toString(),
             QStringLiteral("/tmp/backups"));
    QVERIFY(!WindowMemory::load(store).folders.contains(FileKind::Restore));
}

void TestSettings::version2File_becomesVersion3_keepingItsValues()
{
    {
        QSettings old(iniPath(), QSettings::IniFormat);
        old.setValue(QStringLiteral("version"), 2);
        old.setValue(QStringLiteral("timing/defaultPrepSeconds"), 20);
        old.setValue(QStringLiteral("appearance/theme"), QStringLiteral("dark"));
    }
    QSettings store(iniPath(), QSettings::IniFormat);
    QStringList notes;
    const AppSettings s = AppSettings::load(store, &notes);
    QCOMPARE(s.defaultPrepSeconds, 20);
    QCOMPARE(s.theme, Theme::Dark);
    QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
    QCOMPARE(store.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(WindowMemory::load(store), WindowMemory());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
