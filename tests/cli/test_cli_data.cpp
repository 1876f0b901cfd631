// The data tools as a person runs them: history, show, stats, export formats, backup while
// another process writes, restore and its refusals. Real processes, real files.
#include "DamagedFile.h"
#include "CliProcess.h"
#include "Database.h"
#include "FakeClock.h"
#include "QuestionBank.h"
#include "SessionController.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

using Run = mockloop::test::ProcessRun;

Run cli(const QString &dataDir, QStringList args)
{
    args.prepend(dataDir);
    args.prepend(QStringLiteral("--data-dir"));
    return mockloop::test::runProcess(QStringLiteral(MOCKLOOP_CLI), args);
}

// One finished session: a technical answer with a comma, quotes and a line break, graded 4;
// a skipped behavioral question.
qint64 seedSession(const QString &dataDir)
{
    Database db;
    QString error;
    if (!db.open(QDir(dataDir).filePath(QStringLiteral("mockloop.sqlite")), &error)
        || !QuestionBank(db).installBuiltinPacks(&error))
        qFatal("%s", qPrintable(error));
    FakeClock clock;
    LoopPlan plan;
    plan.name = QStringLiteral("data tools");
    plan.prepSeconds = 0;
    plan.answerSeconds = 60;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}},
                   RoundPlan{RoundKind::Behavioral, 1, {}, {}, {}, {}, {}}};
    auto c = SessionController::start(db, plan, &clock, &error);
    if (!c)
        qFatal("%s", qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("answer"), QStringLiteral("Index, then \"EXPLAIN\".\nSecond line")}});
    clock.advanceSeconds(42);
    c->handle(Event::Submit);
    c->submitGrade(4, QStringLiteral("good, short"));
    c->handle(Event::Continue);
    c->handle(Event::Continue);
    c->handle(Event::Skip);
    c->handle(Event::Continue);
    return c->sessionId();
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonArray sessionsOf(const QByteArray &exportJson)
{
    return QJsonDocument::fromJson(exportJson).object().value(QStringLiteral("sessions")).toArray();
}

} // namespace

class TestCliData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void history_listsSessions();
    void show_printsTheReport_andRefusesBadIds();
    void stats_countsSessionsAndScores();
    void exportCsv_oneRowPerAttemptWithQuoting();
    void exportMarkdown_readsLikeTheReport();
    void backupWhileAnotherProcessWrites_thenRestore_givesTheSameData();
    void restore_damagedOrNewerFile_isRefusedAndDataUntouched();
    void restore_whileASessionIsOpen_isRefused();
    void check_readsEveryPage_andReportsDamageTheStartCheckSkipped();
};

void TestCliData::history_listsSessions()
{
    QTemporaryDir dir;
    const Run empty = cli(dir.path(), {QStringLiteral("history")});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.contains("No sessions yet"));
    const qint64 id = seedSession(dir.path());
    const Run r = cli(dir.path(), {QStringLiteral("history")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("data tools"));
    QVERIFY(r.out.contains("finished"));
    QVERIFY(r.out.contains(QByteArray::number(id)));
    QVERIFY(r.out.contains("1/2"));
    QVERIFY(r.out.contains("4.0"));
}

void TestCliData::show_printsTheReport_andRefusesBadIds()
{
    QTemporaryDir dir;
    const qint64 id = seedSession(dir.path());
    const Run r = cli(dir.path(), {QStringLiteral("show"), QString::number(id)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("# data tools"));
    QVERIFY(r.out.contains("4 / 5"));
    QVERIFY(r.out.contains("0:42 of 1:00"));
    QVERIFY(r.out.contains("> Second line"));
    QVERIFY(r.out.contains("skipped"));
    QCOMPARE(cli(dir.path(), {QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
    QCOMPARE(cli(dir.path(), {QStringLiteral("show"), QStringLiteral("999")}).exitCode, 2);
    QCOMPARE(cli(dir.path(), {QStringLiteral("show")}).exitCode, 1);
}

void TestCliData::stats_countsSessionsAndScores()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    seedSession(dir.path());
    const Run r = cli(dir.path(), {QStringLiteral("stats")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Sessions: 2 (finished 2, abandoned 0, unfinished 0)"), r.out.constData());
    QVERIFY2(r.out.contains("Questions: 4 (answered 2, skipped 2); practice time 1:24"), r.out.constData());
    QVERIFY(r.out.contains("Average score: 4.00"));
}

void TestCliData::exportCsv_oneRowPerAttemptWithQuoting()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    const Run r = cli(dir.path(), {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("session_id,session_started_at,plan_name,session_status,round_position,"));
    // Two attempts: header + 2 records; the answer's quotes are doubled and its newline kept inside quotes.
    QVERIFY(r.out.contains("\"answer: Index, then \"\"EXPLAIN\"\".\nSecond line\""));
    QCOMPARE(r.out.count("\r\n"), 3);
    QVERIFY(r.out.contains(",technical,"));
    QVERIFY(r.out.contains(",behavioral,"));
    QVERIFY(r.out.contains(",\"good, short\","));
}

void TestCliData::exportMarkdown_readsLikeTheReport()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    const Run r = cli(dir.path(), {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("# MockLoop sessions"));
    QVERIFY(r.out.contains("## data tools"));
    QVERIFY(r.out.contains("4 / 5"));
}

void TestCliData::backupWhileAnotherProcessWrites_thenRestore_givesTheSameData()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    // A writer: the crash-test host runs a real session and autosaves as it types.
    QProcess writer;
    writer.start(QStringLiteral(MOCKLOOP_CRASH_HOST), {dir.path()});
    QVERIFY(writer.waitForStarted());
    writer.write("start\nevent start\nevent continue\nevent begin_answer\n");
    QVERIFY(writer.waitForReadyRead(20000));

    const QString backupFile = dir.filePath(QStringLiteral("out/backup.sqlite"));
    for (int i = 0; i < 5; ++i) {
        writer.write(QByteArray("type line ") + QByteArray::number(i) + " of a long answer\n");
        const Run b = cli(dir.path(), {QStringLiteral("backup"), backupFile});
        QCOMPARE(b.exitCode, 0);
    }
    writer.kill();
    writer.waitForFinished();

    // The backup is a complete, healthy MockLoop database.
    QString error;
    int version = 0;
    QVERIFY2(Database::inspect(backupFile, &error, nullptr, &version), qPrintable(error));
    QCOMPARE(version, Database::latestVersion());

    // Export the backup on its own, then restore it over newer data and compare.
    QTemporaryDir copyDir;
    QVERIFY(QFile::copy(backupFile, copyDir.filePath(QStringLiteral("mockloop.sqlite"))));
    const Run fromBackup = cli(copyDir.path(), {QStringLiteral("export")});
    QCOMPARE(fromBackup.exitCode, 0);
    seedSession(dir.path()); // data the backup does not have
    QCOMPARE(sessionsOf(cli(dir.path(), {QStringLiteral("export")}).out).size(), 3);

    const Run restored = cli(dir.path(), {QStringLiteral("restore"), backupFile});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY(restored.out.contains("before-restore"));
    const QJsonArray after = sessionsOf(cli(dir.path(), {QStringLiteral("export")}).out);
    QCOMPARE(after, sessionsOf(fromBackup.out));
    QCOMPARE(after.size(), 2);
    // The data it replaced was kept.
    const QStringList kept = QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("*.sqlite")});
    QCOMPARE(kept.size(), 1);
}

void TestCliData::restore_damagedOrNewerFile_isRefusedAndDataUntouched()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    const QByteArray before = cli(dir.path(), {QStringLiteral("export")}).out;

    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(8000, '\x7f'));
    g.close();
    const QByteArray garbageHash = sha(garbage);
    const Run bad = cli(dir.path(), {QStringLiteral("restore"), garbage});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("damaged"), bad.err.constData());
    QCOMPARE(sha(garbage), garbageHash);

    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(cli(dir.path(), {QStringLiteral("backup"), newer}).exitCode == 0);
    {
        QSqlDatabase n = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        n.setDatabaseName(newer);
        QVERIFY(n.open());
        QSqlQuery(n).exec(QStringLiteral("PRAGMA user_version=77"));
        n.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const Run newerRun = cli(dir.path(), {QStringLiteral("restore"), newer});
    QCOMPARE(newerRun.exitCode, 2);
    QVERIFY(newerRun.err.contains("newer MockLoop"));

    const Run missing = cli(dir.path(), {QStringLiteral("restore"), dir.filePath(QStringLiteral("nope.sqlite"))});
    QCOMPARE(missing.exitCode, 2);

    QCOMPARE(sessionsOf(cli(dir.path(), {QStringLiteral("export")}).out), sessionsOf(before));
    QVERIFY(!QDir(dir.filePath(QStringLiteral("backups"))).exists()
            || QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).isEmpty());
}

void TestCliData::restore_whileASessionIsOpen_isRefused()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    const QString backupFile = dir.filePath(QStringLiteral("b.sqlite"));
    QCOMPARE(cli(dir.path(), {QStringLiteral("backup"), backupFile}).exitCode, 0);

    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error));
    FakeClock clock;
    LoopPlan plan;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    auto open = SessionController::start(db, plan, &clock, &error);
    QVERIFY2(open, qPrintable(error));

    const Run r = cli(dir.path(), {QStringLiteral("restore"), backupFile});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is open in a MockLoop program"), r.err.constData());
    open.reset();
    QCOMPARE(cli(dir.path(), {QStringLiteral("restore"), backupFile}).exitCode, 0);
}

void TestCliData::check_readsEveryPage_andReportsDamageTheStartCheckSkipped()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    Run r = cli(dir.path(), {QStringLiteral("check")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("passed SQLite's whole-file check"), r.out.constData());

    // A disk error in the last page: size and time stay as MockLoop left them, so opening
    // does only the light check; `check` reads every page and finds it.
    QVERIFY(test::damageLastPage(dir.filePath(QStringLiteral("mockloop.sqlite")), true));
    r = cli(dir.path(), {QStringLiteral("check")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("mockloop-cli: check:") && r.err.contains("damaged"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliData)
#include "test_cli_data.moc"
