// mockloop-cli as a person runs it: a process with arguments, its output and exit code.
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "storage/Database.h"
#include "CliProcess.h"
#include "FakeClock.h"

#include <QCryptographicHash>
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

Run cli(const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return mockloop::test::runProcess(QStringLiteral(MOCKLOOP_CLI), args, env);
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void version_printsVersionAndExitsZero();
    void help_documentsCommandsAndExitCodes();
    void unknownCommand_isAUsageError();
    void unknownOption_isAUsageError();
    void exportUnknownFormat_isAUsageError();
    void exportEmptyDataDir_givesNoSessionsPlusVersionFields();
    void export_dataDirFromEnvironment();
    void export_garbageDatabase_isADatabaseProblemAndFileUnchanged();
    void export_newerDatabase_isADatabaseProblem();
    void export_holdsEveryAttemptAnswerTimingAndGrade();
    void export_toOutputFile();
};

void TestCli::version_printsVersionAndExitsZero()
{
    const Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(MOCKLOOP_VERSION));
}

void TestCli::help_documentsCommandsAndExitCodes()
{
    const Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *needle : {"export", "--data-dir", "MOCKLOOP_DATA_DIR", "0  success",
                               "1  usage", "2  bad input", "3  database problem"})
        QVERIFY2(r.out.contains(needle), needle);
}

void TestCli::unknownCommand_isAUsageError()
{
    QTemporaryDir dir;
    const Run r = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("unknown command"));
}

void TestCli::unknownOption_isAUsageError()
{
    const Run r = cli({QStringLiteral("--no-such-option")});
    QCOMPARE(r.exitCode, 1);
}

void TestCli::exportUnknownFormat_isAUsageError()
{
    QTemporaryDir dir;
    const Run r = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export"),
                       QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("xml"));
}

void TestCli::exportEmptyDataDir_givesNoSessionsPlusVersionFields()
{
    QTemporaryDir dir;
    const Run r = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError pe;
    const QJsonObject doc = QJsonDocument::fromJson(r.out, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(QStringLiteral("sessions")).toArray().size(), 0);
    QVERIFY(doc.value(QStringLiteral("sessions")).isArray());
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("mockloop-export"));
    QCOMPARE(doc.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(doc.value(QStringLiteral("schemaVersion")).toInt(), Database::latestVersion());
    QCOMPARE(doc.value(QStringLiteral("appVersion")).toString(), QStringLiteral(MOCKLOOP_VERSION));
}

void TestCli::export_dataDirFromEnvironment()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOCKLOOP_DATA_DIR"), dir.path());
    const Run r = cli({QStringLiteral("export")}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("mockloop.sqlite"))));
}

void TestCli::export_garbageDatabase_isADatabaseProblemAndFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mockloop.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const QByteArray before = sha(path);
    const Run r = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("not a MockLoop database"));
    QCOMPARE(sha(path), before);
}

void TestCli::export_newerDatabase_isADatabaseProblem()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mockloop.sqlite"));
    {
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1000")));
    }
    const QByteArray before = sha(path);
    const Run r = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("newer MockLoop"));
    QCOMPARE(sha(path), before);
}

void TestCli::export_holdsEveryAttemptAnswerTimingAndGrade()
{
    QTemporaryDir dir;
    qint64 sessionId = 0;
    {
        Database db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error));
        QVERIFY(QuestionBank(db).installBuiltinPacks(&error));
        FakeClock clock;
        LoopPlan plan;
        plan.name = QStringLiteral("cli export");
        plan.prepSeconds = 20;
        plan.answerSeconds = 90;
        plan.gradingTiming = GradingTiming::AfterEachQuestion;
        plan.closingSegment = true;
        plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}},
                       RoundPlan{RoundKind::Behavioral, 1, {}, {}, {}, {}, {}}};
        auto c = SessionController::start(db, plan, &clock, &error);
        QVERIFY2(c, qPrintable(error));
        sessionId = c->sessionId();
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        clock.advanceSeconds(20);
        c->tick(); // prep expires -> answering
        QCOMPARE(c->state(), State::Answering);
        QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("Ünïcode ✓ answer")}}));
        clock.advanceSeconds(30);
        QVERIFY(c->handle(Event::Pause));
        clock.advanceSeconds(12);
        QVERIFY(c->handle(Event::Resume));
        clock.advanceSeconds(70); // 10 s of soft overtime
        c->tick();
        QVERIFY(c->handle(Event::Submit));
        QVERIFY(c->submitGrade(3, QStringLiteral("went long")));
        QVERIFY(c->handle(Event::Continue)); // review -> next round intro
        QVERIFY(c->handle(Event::Continue));
        QVERIFY(c->handle(Event::Skip));
        QVERIFY(c->handle(Event::Continue)); // review -> closing
        c->setClosingNotes(QStringLiteral("What does on-call look like?"));
        QVERIFY(c->handle(Event::Submit));
        QCOMPARE(c->state(), State::Finished);
    }
    const Run r = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonArray sessions = doc.value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject s = sessions.first().toObject();
    QCOMPARE(s.value(QStringLiteral("id")).toInteger(), sessionId);
    QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(s.value(QStringLiteral("closingNotes")).toString(),
             QStringLiteral("What does on-call look like?"));
    QVERIFY(!s.value(QStringLiteral("endedAt")).toString().isEmpty());
    const QJsonArray rounds = s.value(QStringLiteral("rounds")).toArray();
    QCOMPARE(rounds.size(), 2);
    const QJsonObject a0 =
        rounds[0].toObject()[QStringLiteral("attempts")].toArray().first().toObject();
    QCOMPARE(a0[QStringLiteral("status")].toString(), QStringLiteral("submitted"));
    QVERIFY(!a0[QStringLiteral("question")].toObject()[QStringLiteral("text")].toString().isEmpty());
    QCOMPARE(
        a0[QStringLiteral("answer")].toArray().first().toObject()[QStringLiteral("name")].toString(),
        QStringLiteral("answer"));
    QCOMPARE(
        a0[QStringLiteral("answer")].toArray().first().toObject()[QStringLiteral("value")].toString(),
        QStringLiteral("Ünïcode ✓ answer"));
    const QJsonObject t = a0[QStringLiteral("timings")].toObject();
    QCOMPARE(t[QStringLiteral("prepUsedMs")].toInteger(), 20'000);
    QCOMPARE(t[QStringLiteral("answerUsedMs")].toInteger(), 100'000);
    QCOMPARE(t[QStringLiteral("answerLimitMs")].toInteger(), 90'000);
    QCOMPARE(t[QStringLiteral("overtimeMs")].toInteger(), 10'000);
    QCOMPARE(t[QStringLiteral("pausedMs")].toInteger(), 12'000);
    QCOMPARE(t[QStringLiteral("interruptedMs")].toInteger(), 0);
    QCOMPARE(a0[QStringLiteral("grade")].toObject()[QStringLiteral("score")].toInt(), 3);
    QCOMPARE(a0[QStringLiteral("grade")].toObject()[QStringLiteral("note")].toString(),
             QStringLiteral("went long"));
    const QJsonObject a1 =
        rounds[1].toObject()[QStringLiteral("attempts")].toArray().first().toObject();
    QCOMPARE(a1[QStringLiteral("status")].toString(), QStringLiteral("skipped"));
    QVERIFY(a1[QStringLiteral("grade")].isNull());
}

void TestCli::export_toOutputFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out/export.json"));
    QDir().mkpath(dir.filePath(QStringLiteral("out")));
    const Run r = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export"),
                       QStringLiteral("--output"), out});
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(f.readAll()).object().contains(QStringLiteral("sessions")));
    const Run bad = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export"),
                         QStringLiteral("--output"),
                         dir.filePath(QStringLiteral("missing/dir/x.json"))});
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
