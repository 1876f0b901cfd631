// Follow-ups on disk (schema 12, docs/schema.md "attempt_follow_ups"): the upgrade from version
// 11 (copy first, nothing lost), the follow-up asked and its answer autosaved like the main
// answer, a reopening mid follow-up that finds both, the answer search, a retake and a delete.
// Real SQLite files in a QTemporaryDir, time from a FakeClock.
#include "coach/FollowUpChoice.h"
#include "controller/SessionController.h"
#include "practice/History.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "FakeClock.h"
#include "StorageFixture.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;
using mockloop::test::readBack;

namespace {

// One technical question (the built-in ones have three follow-ups), one follow-up of 90 s.
LoopPlan followUpPlan(int followUps = 1)
{
    LoopPlan p;
    p.name = QStringLiteral("follow-up test");
    p.prepSeconds = 0;
    p.answerSeconds = 120;
    p.followUpsPerQuestion = followUps;
    p.gradingTiming = GradingTiming::AfterEachQuestion;
    p.closingSegment = false;
    p.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    return p;
}

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

const QString kMainAnswer = QStringLiteral("An index trades write cost for faster reads.");

} // namespace

class TestFollowUpStore : public QObject, private test::StorageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { makeDataDir(); }

    void migrate12_fromVersion11WithASession_addsTheTableAndKeepsEverything();
    void followUp_isChosenFromTheAnswer_andAutosavedWithItsAnswer();
    void reopen_midFollowUp_findsQuestionAnswerAndItsClock();
    void search_findsTheFollowUpAnswer();
    void retake_plansTheFollowUpsAgain_andDeleteRemovesThem();
    void ownQuestionWithoutFollowUps_plansNone();
};

void TestFollowUpStore::migrate12_fromVersion11WithASession_addsTheTableAndKeepsEverything()
{
    FakeClock clock;
    {
        Database old(clock);
        QString error;
        QVERIFY2(old.open(dbPath(), Database::migrations().mid(0, 11), &error), qPrintable(error));
        QCOMPARE(old.schemaVersion(), 11);
        QVERIFY2(QuestionBank(old, &clock).installBuiltinPacks(&error), qPrintable(error));
        // A session as version 11 stored it (the current store writes follow-ups, which
        // version 11 has no table for): written by hand.
        QSqlQuery q(old.connection());
        const QString plan = QString::fromUtf8(
            QJsonDocument(followUpPlan(0).toJson()).toJson(QJsonDocument::Compact));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO sessions (id, plan_name, plan, seed, status, state, paused_from, "
            "current_round, current_attempt, started_at, saved_at) VALUES (1, 'old', ?, 1, "
            "'finished', 'finished', 'ready', 0, -1, '2026-01-01T10:00:00.000Z', "
            "'2026-01-01T10:05:00.000Z')")));
        q.addBindValue(plan);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO rounds (id, session_id, position, kind, "
                                      "budget_ms, expiry) VALUES (1, 1, 0, 'technical', 0, 'soft')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO question_snapshots (id, question_id, version, digest, data) "
            "SELECT 1, id, version, x'01', data FROM questions WHERE kind = 'technical' LIMIT 1")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO attempts (id, session_id, round_id, position, question_id, "
            "question_version, question_text, snapshot_id, status, prep_limit_ms, "
            "answer_limit_ms, answer_used_ms) SELECT 1, 1, 1, 0, question_id, version, 'q', 1, "
            "'submitted', 0, 120000, 30000 FROM question_snapshots WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO answer_fields (attempt_id, position, name, "
                                      "value) VALUES (1, 0, 'answer', 'kept across the upgrade')")));
    }
    Database db(clock);
    QString error;
    // Upgraded to version 12 only: later versions have their own upgrade tests.
    QVERIFY2(db.open(dbPath(), Database::migrations().mid(0, 12), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), 12);
    QVERIFY2(
        QFileInfo(db.lastBackupPath()).fileName().startsWith(QStringLiteral("mockloop.sqlite.v11-")),
        qPrintable(db.lastBackupPath()));
    QCOMPARE(Database::storedSchemaVersion(db.lastBackupPath()), 11);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM attempt_follow_ups")), 0);
    const auto record = SessionStore(db).load(1, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->attempts.size(), 1);
    QCOMPARE(record->attempts[0].answer.first().value, QStringLiteral("kept across the upgrade"));
    QVERIFY(record->attempts[0].followUps.isEmpty());
    QVERIFY(record->attempts[0].times.followUps.isEmpty());
    QCOMPARE(record->plan.followUpsPerQuestion, 0);
    // The old answer is still found; the table's checks hold.
    QCOMPARE(History(db).search(QStringLiteral("upgrade")).size(), 1);
    QSqlQuery bad(db.connection());
    QVERIFY(!bad.exec(QStringLiteral("INSERT INTO attempt_follow_ups (attempt_id, position, "
                                     "status, answer_limit_ms) VALUES (1, 0, 'bogus', 0)")));
}

void TestFollowUpStore::followUp_isChosenFromTheAnswer_andAutosavedWithItsAnswer()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, followUpPlan(), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->engine().attemptTimes(0).followUps.size(), 1);
    QCOMPARE(c->engine().attemptTimes(0).followUps[0].answerLimitMs, 90'000);
    QCOMPARE(readBack(dbPath(),
                      QStringLiteral("SELECT count(*) FROM attempt_follow_ups f JOIN attempts a ON "
                                     "a.id = f.attempt_id WHERE a.session_id = ?"),
                      c->sessionId())
                 .toInt(),
             1);
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QCOMPARE(c->state(), State::Answering);
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), kMainAnswer}}));
    QVERIFY(c->handle(Event::Submit));
    QCOMPARE(c->state(), State::FollowUpAsked);
    const Question &question = c->question(0);
    const QString expected = question.followUps.at(chooseFollowUp(question.followUps, kMainAnswer));
    QVERIFY(c->currentFollowUp());
    QCOMPARE(c->currentFollowUp()->question, expected);
    const QString onDisk = QStringLiteral(
        "SELECT f.question_text FROM attempt_follow_ups f JOIN attempts a ON a.id = f.attempt_id "
        "WHERE a.session_id = ?");
    QCOMPARE(readBack(dbPath(), onDisk, c->sessionId()).toString(), expected);

    QVERIFY(!c->setFollowUpAnswer(QStringLiteral("not yet: it is being asked")));
    QVERIFY(!c->setAnswer({{QStringLiteral("answer"), QStringLiteral("changed")}}));
    QVERIFY(c->handle(Event::BeginAnswer));
    QVERIFY(c->setFollowUpAnswer(QStringLiteral("I would look at the slow query log.")));
    for (int i = 0; i < 5; ++i) { // 500 ms of ticks: the draft is due after 300
        clock.advanceMs(100);
        c->tick();
    }
    QVERIFY(!c->hasUnsavedChanges());
    const QString answerOnDisk = QStringLiteral(
        "SELECT f.answer FROM attempt_follow_ups f JOIN attempts a ON a.id = f.attempt_id "
        "WHERE a.session_id = ?");
    QCOMPARE(readBack(dbPath(), answerOnDisk, c->sessionId()).toString(),
             QStringLiteral("I would look at the slow query log."));
    const QString usedOnDisk = QStringLiteral(
        "SELECT f.answer_used_ms FROM attempt_follow_ups f JOIN attempts a ON a.id = "
        "f.attempt_id WHERE a.session_id = ?");
    QVERIFY(readBack(dbPath(), usedOnDisk, c->sessionId()).toLongLong() >= 300);
    QVERIFY(c->handle(Event::Submit));
    QCOMPARE(c->state(), State::Grading);
    QCOMPARE(readBack(dbPath(),
                      QStringLiteral("SELECT f.status FROM attempt_follow_ups f JOIN attempts a "
                                     "ON a.id = f.attempt_id WHERE a.session_id = ?"),
                      c->sessionId())
                 .toString(),
             QStringLiteral("submitted"));
    QCOMPARE(readBack(dbPath(), usedOnDisk, c->sessionId()).toLongLong(), 500);
    QVERIFY(c->submitGrade(4, QStringLiteral("both answered")));
    QCOMPARE(c->state(), State::RoundReview);
}

void TestFollowUpStore::reopen_midFollowUp_findsQuestionAnswerAndItsClock()
{
    qint64 sessionId = 0;
    QString asked;
    FakeClock clock;
    {
        Database db;
        openWithPacks(db);
        QString error;
        auto c = SessionController::start(db, followUpPlan(2), &clock, &error);
        QVERIFY2(c, qPrintable(error));
        sessionId = c->sessionId();
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        QVERIFY(c->setAnswer({{QStringLiteral("answer"), kMainAnswer}}));
        clock.advanceMs(20'000);
        QVERIFY(c->handle(Event::Submit));
        QVERIFY(c->handle(Event::BeginAnswer));
        asked = c->currentFollowUp()->question;
        QVERIFY(c->setFollowUpAnswer(QStringLiteral("half a follow-up answer")));
        for (int i = 0; i < 120; ++i) { // 12 s into the follow-up
            clock.advanceMs(100);
            c->tick();
        }
        QVERIFY(!c->hasUnsavedChanges());
        // The program ends here without a last save: the destructor has nothing left to write,
        // so what follows is read from what the autosave put on disk.
    }
    clock.advanceWallOnlyMs(60'000);

    FakeClock next(clock.wallTime());
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    auto c = SessionController::resume(db, sessionId, &next, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->state(), State::Paused);
    QCOMPARE(c->engine().pausedFrom(), State::FollowUpAnswering);
    QCOMPARE(c->engine().currentFollowUp(), 0);
    QCOMPARE(c->currentFollowUp()->question, asked);
    QCOMPARE(c->currentFollowUp()->answer, QStringLiteral("half a follow-up answer"));
    QCOMPARE(c->answer(0).first().value, kMainAnswer);
    // The follow-up's own clock: 90 s less the 12 s used (saved at most 500 ms behind).
    QVERIFY(c->engine().answerRemainingMs() >= 90'000 - 12'000);
    QVERIFY(c->engine().answerRemainingMs() <= 90'000 - 11'400);
    QCOMPARE(c->engine().attemptTimes(0).answerUsedMs, 20'000);
    QVERIFY(c->engine().attemptTimes(0).interruptedMs >= 60'000);
    QVERIFY(c->handle(Event::Resume));
    QCOMPARE(c->state(), State::FollowUpAnswering);
    QVERIFY(c->setFollowUpAnswer(QStringLiteral("half a follow-up answer, finished")));
    QVERIFY(c->handle(Event::Submit));
    // The second follow-up: another one than the first, chosen from both answers.
    QCOMPARE(c->state(), State::FollowUpAsked);
    QCOMPARE(c->engine().currentFollowUp(), 1);
    const Question &question = c->question(0);
    const int first = int(question.followUps.indexOf(asked));
    const int second = chooseFollowUp(question.followUps,
                                      kMainAnswer + QLatin1Char('\n')
                                          + QStringLiteral("half a follow-up answer, finished"),
                                      {first});
    QCOMPARE(c->currentFollowUp()->question, question.followUps.at(second));
    QVERIFY(c->currentFollowUp()->question != asked);
}

void TestFollowUpStore::search_findsTheFollowUpAnswer()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, followUpPlan(), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), kMainAnswer}}));
    QVERIFY(c->handle(Event::Submit));
    QVERIFY(c->handle(Event::BeginAnswer));
    QVERIFY(c->setFollowUpAnswer(QStringLiteral("Watch the pg_stat_statements zebrafinch view.")));
    QVERIFY(c->saveNow());
    const QList<SearchHit> hits = History(db).search(QStringLiteral("zebrafinch"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].sessionId, c->sessionId());
    QCOMPARE(hits[0].attemptPosition, 0);
    QCOMPARE(hits[0].fieldName, QStringLiteral("follow_up_1"));
    QVERIFY(hits[0].snippet.contains(QStringLiteral("zebrafinch")));
    // Edited: the old words are no longer found.
    QVERIFY(c->setFollowUpAnswer(QStringLiteral("Something else entirely.")));
    QVERIFY(c->saveNow());
    QVERIFY(History(db).search(QStringLiteral("zebrafinch")).isEmpty());
    QCOMPARE(History(db).search(QStringLiteral("entirely")).size(), 1);
    // The main answer keeps its own field name.
    const QList<SearchHit> main = History(db).search(QStringLiteral("trades"));
    QCOMPARE(main.size(), 1);
    QCOMPARE(main[0].fieldName, QStringLiteral("answer"));
}

void TestFollowUpStore::retake_plansTheFollowUpsAgain_andDeleteRemovesThem()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    LoopPlan plan = followUpPlan();
    plan.retakeAllowed = true;
    auto c = SessionController::start(db, plan, &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), kMainAnswer}}));
    QVERIFY(c->handle(Event::Submit));
    QVERIFY(c->handle(Event::BeginAnswer));
    QVERIFY(c->setFollowUpAnswer(QStringLiteral("first try")));
    QVERIFY(c->handle(Event::Submit));
    Grade grade;
    grade.overall = 2;
    const auto r = c->retake(0, grade);
    QVERIFY2(r.accepted, qPrintable(r.reason));
    QCOMPARE(c->attemptCount(), 2);
    QCOMPARE(c->followUps(1).size(), 1);
    QVERIFY(c->followUps(1)[0].question.isEmpty());
    QCOMPARE(c->engine().attemptTimes(1).followUps.size(), 1);
    QCOMPARE(c->followUps(0)[0].answer, QStringLiteral("first try"));
    const qint64 id = c->sessionId();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM attempt_follow_ups")), 2);
    c.reset();
    QVERIFY2(SessionStore(db).remove(id, &error), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM attempt_follow_ups")), 0);
    QVERIFY(History(db).search(QStringLiteral("first")).isEmpty());
}

void TestFollowUpStore::ownQuestionWithoutFollowUps_plansNone()
{
    Database db;
    openWithPacks(db);
    Question own;
    own.kind = RoundKind::Technical;
    own.text = QStringLiteral("What is a hash map?");
    QString error;
    QString ownId;
    QVERIFY2(QuestionBank(db).saveOwnQuestion(own, &ownId, &error), qPrintable(error));
    LoopPlan plan = followUpPlan(2);
    plan.rounds[0].questionIds = {ownId};
    FakeClock clock;
    auto c = SessionController::start(db, plan, &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->engine().attemptTimes(0).followUps.isEmpty());
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::Submit));
    QCOMPARE(c->state(), State::Grading);
}

QTEST_GUILESS_MAIN(TestFollowUpStore)
#include "test_followup_store.moc"
