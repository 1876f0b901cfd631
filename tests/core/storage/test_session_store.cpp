// What the session store keeps: answers as ordered named fields, one snapshot per question
// version, attempts that outlive their question, and the unfinished sessions from their index.
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "FakeClock.h"
#include "StorageFixture.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;
using mockloop::test::smallPlan;

class TestSessionStore : public QObject, private test::StorageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void deletedQuestion_leavesItsAttemptsIntact();
    void answers_areOrderedNamedFields();
    void snapshots_areStoredOncePerQuestionVersion();
    void unfinished_listsRunningSessionsNewestFirst_fromThePartialIndex();
};

void TestSessionStore::init()
{
    makeDataDir();
}

void TestSessionStore::deletedQuestion_leavesItsAttemptsIntact()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    const Question asked = c->question(0);
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::BeginAnswer));
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("kept")}}));
    QVERIFY(c->handle(Event::Submit));
    QVERIFY(c->submitGrade(4, QStringLiteral("fine")));
    const qint64 id = c->sessionId();
    c.reset();

    QVERIFY(QuestionBank(db).deleteQuestion(asked.id, &error));
    QVERIFY(!QuestionBank(db).question(asked.id));
    const auto record = SessionStore(db).load(id, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->attempts.first().question, asked);
    QCOMPARE(record->attempts.first().answer.first().value, QStringLiteral("kept"));
    QCOMPARE(record->attempts.first().score, std::optional<int>(4));
}

void TestSessionStore::answers_areOrderedNamedFields()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::Skip));
    QVERIFY(c->handle(Event::Continue)); // round review -> behavioral round intro
    QVERIFY(c->handle(Event::Continue));
    const QList<AnswerField> star = {{QStringLiteral("situation"), QStringLiteral("S")},
                                     {QStringLiteral("task"), QStringLiteral("T")},
                                     {QStringLiteral("action"), QStringLiteral("A")},
                                     {QStringLiteral("result"), QStringLiteral("R")}};
    QVERIFY(c->setAnswer(star));
    QVERIFY(c->saveNow());
    QVERIFY(c->setAnswer(star.mid(0, 2))); // fewer fields: the rest are removed
    QVERIFY(c->saveNow());
    const auto record = SessionStore(db).load(c->sessionId(), &error);
    QVERIFY(record);
    QCOMPARE(record->attempts.at(1).answer, star.mid(0, 2));
    QCOMPARE(record->attempts.at(0).times.status, AttemptStatus::Skipped);
}

void TestSessionStore::snapshots_areStoredOncePerQuestionVersion()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    const QString id = QStringLiteral("tech.sql-vs-nosql");
    LoopPlan plan = smallPlan();
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {id}, {}, {}, {}, {}}};
    for (int i = 0; i < 3; ++i)
        QVERIFY2(SessionController::start(db, plan, &clock, &error), qPrintable(error));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM question_snapshots WHERE question_id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT snapshot_id), count(*) FROM attempts"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 3);
    const auto record = SessionStore(db).load(1, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->attempts.first().question.id, id);
}

void TestSessionStore::unfinished_listsRunningSessionsNewestFirst_fromThePartialIndex()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QList<qint64> running;
    for (int i = 0; i < 4; ++i) {
        QString error;
        auto c = SessionController::start(db, smallPlan(), &clock, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->handle(Event::Start));
        if (i % 2 == 1) {
            QVERIFY(c->handle(Event::Abandon));
        } else {
            QVERIFY(c->saveNow());
            running.prepend(c->sessionId());
        }
        clock.advanceWallOnlyMs(60'000);
    }
    QList<qint64> listed;
    for (const SessionSummary &s : SessionStore(db).unfinished())
        listed.append(s.id);
    QCOMPARE(listed, running);
    QCOMPARE(SessionStore(db).recent(10).size(), 4);

    // Home reads this list at every start: it must come from sessions_running (schema 7), not
    // from a scan of every session.
    QSqlQuery plan(db.connection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT s.id FROM sessions s WHERE "
                                     "s.status = 'running' ORDER BY s.started_at DESC, s.id DESC")));
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + QLatin1Char(';');
    QVERIFY2(steps.contains(QStringLiteral("sessions_running")), qPrintable(steps));
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "test_session_store.moc"
