// How the terminal program starts when the database cannot simply be opened: a read-only or
// full data dir (exit 4, never "damaged"), a kill during an older version's first start, an
// empty file (a new database, and a note on standard error), and where backup and export write
// when the folder is missing (both refuse alike). The real program in a child process.
#include "CliProcess.h"
#include "InterruptedFirstStart.h"
#include "SmallFilesystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

using Run = mockloop::test::ProcessRun;

Run cli(const QString &dataDir, QStringList args)
{
    args.prepend(dataDir);
    args.prepend(QStringLiteral("--data-dir"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return mockloop::test::runProcess(QStringLiteral(MOCKLOOP_CLI), args, env);
}

// The words that send a person to their backups ("is not damaged" is what they should read).
bool blamesTheFile(const QByteArray &err)
{
    return err.contains("is damaged") || err.contains("restore") || err.contains("backup");
}

constexpr int kCannotWrite = 4; // docs: "Exit codes"

} // namespace

class TestCliOpen : public QObject
{
    Q_OBJECT
private slots:
    void start_readOnlyDataDir_exitsWith4_andSaysReadOnly();
    void start_fullDisk_exitsWith4_andSaysNoSpace();
    void start_afterAKilledFirstStart_works();
    void start_emptyDatabaseFile_makesANewOne_andSaysSoOnStandardError();
    void start_twoProgramsOnANewDataDir_bothUseTheOneNewDatabase();
    void backupAndExport_toAMissingFolder_areRefusedAlike_namingTheFolder();
    void helpText_listsExitCode4();
};

void TestCliOpen::start_readOnlyDataDir_exitsWith4_andSaysReadOnly()
{
    mockloop::test::SmallFilesystem fs(4 * 1024 * 1024);
    QTemporaryDir plain;
    QString dataDir = fs.path();
    if (!fs.isMounted()) {
        if (::geteuid() == 0)
            QSKIP(qPrintable(QStringLiteral("needs a read-only mount: ") + fs.whyNot()));
        dataDir = plain.path();
    }
    qInfo("read-only data dir %s", qPrintable(fs.describe()));
    QCOMPARE(cli(dataDir, {QStringLiteral("history")}).exitCode, 0);
    QString error;
    if (fs.isMounted())
        QVERIFY2(fs.remountReadOnly(&error), qPrintable(error));
    else
        QVERIFY(QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::ExeOwner));

    const Run r = cli(dataDir, {QStringLiteral("history")});
    QCOMPARE(r.exitCode, kCannotWrite);
    QVERIFY2(r.err.contains("read-only"), r.err.constData());
    QVERIFY2(!blamesTheFile(r.err), r.err.constData());
    if (!fs.isMounted())
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestCliOpen::start_fullDisk_exitsWith4_andSaysNoSpace()
{
    mockloop::test::SmallFilesystem fs(2 * 1024 * 1024);
    if (!fs.isMounted())
        QSKIP(qPrintable(QStringLiteral("a full disk at start needs a real small file system: ")
                         + fs.whyNot()));
    qInfo("full disk %s", qPrintable(fs.describe()));
    QCOMPARE(cli(fs.path(), {QStringLiteral("history")}).exitCode, 0);
    QString error;
    QVERIFY2(fs.fill(&error), qPrintable(error));

    const Run r = cli(fs.path(), {QStringLiteral("history")});
    QCOMPARE(r.exitCode, kCannotWrite);
    QVERIFY2(r.err.contains("no space left"), r.err.constData());
    QVERIFY2(!blamesTheFile(r.err), r.err.constData());

    QVERIFY(fs.freeSpace());
    QCOMPARE(cli(fs.path(), {QStringLiteral("history")}).exitCode, 0);
}

// Issue 16, defect 4: this state made every later start exit with 3 ("damaged").
void TestCliOpen::start_afterAKilledFirstStart_works()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("mockloop.sqlite"));
    QVERIFY(mockloop::test::makeKilledFirstStart(db, dir.filePath(QStringLiteral("scratch"))));
    const Run r = cli(dir.path(), {QStringLiteral("history")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QFile::exists(db + QStringLiteral("-journal")));
}

void TestCliOpen::start_emptyDatabaseFile_makesANewOne_andSaysSoOnStandardError()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("mockloop.sqlite"));
    {
        QFile empty(db);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    const Run r = cli(dir.path(), {QStringLiteral("history")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("was an empty file"), r.err.constData());
    QVERIFY2(r.err.contains(db.toUtf8()), r.err.constData());
    QVERIFY(QFileInfo(db).size() > 0);
    // Said once: the next start has nothing to say.
    const Run again = cli(dir.path(), {QStringLiteral("history")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.isEmpty(), again.err.constData());
}

// The new database is made by one program at a time (a lock beside it): two started at once on
// an empty data dir both work on the one database, and nothing of the making is left.
void TestCliOpen::start_twoProgramsOnANewDataDir_bothUseTheOneNewDatabase()
{
    QTemporaryDir dir;
    QProcess first;
    QProcess second;
    for (QProcess *p : {&first, &second})
        p->start(QStringLiteral(MOCKLOOP_CLI),
                 {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("history")});
    for (QProcess *p : {&first, &second}) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                 p->readAllStandardError().constData());
    }
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(files.contains(QStringLiteral("mockloop.sqlite")), qPrintable(files.join(u' ')));
    for (const QString &f : files)
        QVERIFY2(!f.contains(QStringLiteral(".new")), qPrintable(files.join(u' ')));
}

// Issue 16, defect 8: backup made a missing folder while export --output refused. Both refuse
// now, with the same words naming the folder, and write nothing.
void TestCliOpen::backupAndExport_toAMissingFolder_areRefusedAlike_namingTheFolder()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString missing = elsewhere.filePath(QStringLiteral("no/such/folder"));
    const QStringList before = QDir(elsewhere.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const Run backup = cli(dir.path(), {QStringLiteral("backup"),
                                        QDir(missing).filePath(QStringLiteral("b.sqlite"))});
    const Run exported = cli(dir.path(), {QStringLiteral("export"), QStringLiteral("--output"),
                                          QDir(missing).filePath(QStringLiteral("e.json"))});
    for (const Run &r : {backup, exported}) {
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    }
    QCOMPARE(QDir(elsewhere.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    // With the folder there, both write.
    QVERIFY(QDir().mkpath(missing));
    QCOMPARE(cli(dir.path(),
                 {QStringLiteral("backup"), QDir(missing).filePath(QStringLiteral("b.sqlite"))})
                 .exitCode,
             0);
    QCOMPARE(cli(dir.path(), {QStringLiteral("export"), QStringLiteral("--output"),
                              QDir(missing).filePath(QStringLiteral("e.json"))})
                 .exitCode,
             0);
    QVERIFY(QFile::exists(QDir(missing).filePath(QStringLiteral("b.sqlite"))));
    QVERIFY(QFile::exists(QDir(missing).filePath(QStringLiteral("e.json"))));
}

void TestCliOpen::helpText_listsExitCode4()
{
    QTemporaryDir dir;
    const Run r = cli(dir.path(), {QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("  4  "), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCliOpen)
#include "test_cli_open.moc"
