// A session against a real database: drafts autosave, elapsed times are saved, a session
// resumes after a restart and is locked to one owner, answers lock, grades and retakes are
// stored.
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

#include <tuple>

using namespace mockloop;
using mockloop::test::FakeClock;
using mockloop::test::readBack;
using mockloop::test::smallPlan;

class TestSessionController : public QObject, private test::StorageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void draftAutosave_isOnDiskWithin500ms();
    void elapsedTimes_areSavedAtLeastEverySecond_andWithEveryDraft();
    void resume_afterRestart_reopensPausedWithSameRemainingAndInterruptedTime();
    void resume_whileAnotherOwnerHoldsTheSession_isRefused();
    void setAnswer_whilePausedOrAfterSubmit_isRefused();
    void softOvertime_isSavedAsSoonAsItStarts();
    void submitGrade_withRubricAndChecklist_isStoredAndReloaded();
    void retake_storesANewAttemptOfTheQuestion_andResumesIntoIt();
};

void TestSessionController::init()
{
    makeDataDir();
}

void TestSessionController::draftAutosave_isOnDiskWithin500ms()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(), &clock, &error, 42u);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::BeginAnswer));
    const QString sql = QStringLiteral(
        "SELECT group_concat(f.value, '|') FROM answer_fields f JOIN attempts a ON a.id = f.attempt_id "
        "WHERE a.session_id = ? AND a.position = 0");
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("An index is a B-tree")}}));
    QVERIFY(c->hasUnsavedChanges());
    // The UI ticks every 100 ms; five ticks later the draft must be on disk.
    for (int i = 0; i < 5; ++i) {
        clock.advanceMs(100);
        c->tick();
    }
    QVERIFY(!c->hasUnsavedChanges());
    QCOMPARE(readBack(dbPath(), sql, c->sessionId()).toString(),
             QStringLiteral("An index is a B-tree"));
    // Typing goes on without a pause: the save still comes within 500 ms of each edit.
    for (int i = 0; i < 5; ++i) {
        QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("edit %1").arg(i)}}));
        clock.advanceMs(100);
        c->tick();
    }
    QCOMPARE(readBack(dbPath(), sql, c->sessionId()).toString().left(5), QStringLiteral("edit "));
    QVERIFY(readBack(dbPath(), sql, c->sessionId()).toString() >= QStringLiteral("edit 2"));
}

void TestSessionController::elapsedTimes_areSavedAtLeastEverySecond_andWithEveryDraft()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::BeginAnswer));
    const QString sql = QStringLiteral(
        "SELECT answer_used_ms FROM attempts WHERE session_id = ? AND position = 0");
    // Thinking, no edits: at every moment the answer time on disk is at most kTimesSaveMs behind
    // (the tick after it is due saves), so a kill gives back well under 1 s of answer time
    // after a resume.
    qint64 elapsed = 0;
    for (int i = 0; i < 60; ++i) { // 6 s of ticks
        clock.advanceMs(100);
        elapsed += 100;
        c->tick();
        const qint64 saved = readBack(dbPath(), sql, c->sessionId()).toLongLong();
        QVERIFY2(saved <= elapsed && elapsed - saved <= SessionController::kTimesSaveMs,
                 qPrintable(QStringLiteral("%1 ms saved of %2").arg(saved).arg(elapsed)));
    }
    // Typing: a draft save writes the times of that moment with it.
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("typed")}}));
    while (c->hasUnsavedChanges()) {
        clock.advanceMs(100);
        elapsed += 100;
        c->tick();
    }
    QCOMPARE(readBack(dbPath(), sql, c->sessionId()).toLongLong(), elapsed);
}

void TestSessionController::resume_afterRestart_reopensPausedWithSameRemainingAndInterruptedTime()
{
    qint64 sessionId = 0;
    FakeClock clock;
    {
        Database db;
        openWithPacks(db);
        QString error;
        auto c = SessionController::start(db, smallPlan(), &clock, &error);
        QVERIFY2(c, qPrintable(error));
        sessionId = c->sessionId();
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        QVERIFY(c->handle(Event::BeginAnswer));
        QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("half an answer")}}));
        for (int i = 0; i < 250; ++i) { // 25 s
            clock.advanceMs(100);
            c->tick();
        }
        QVERIFY(c->saveNow());
    }                                // the program ends here
    clock.advanceWallOnlyMs(90'000); // 90 s until it starts again

    FakeClock next(clock.wallTime());
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    auto c = SessionController::resume(db, sessionId, &next, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->state(), State::Paused);
    QCOMPARE(c->engine().pausedFrom(), State::Answering);
    QCOMPARE(c->engine().currentAttempt(), 0);
    QCOMPARE(c->engine().answerRemainingMs(), 120'000 - 25'000);
    QCOMPARE(c->engine().attemptTimes(0).interruptedMs, 90'000);
    QCOMPARE(c->answer(0).first().value, QStringLiteral("half an answer"));
    QCOMPARE(readBack(dbPath(),
                      QStringLiteral(
                          "SELECT interrupted_ms FROM attempts WHERE session_id = ? AND position = 0"),
                      sessionId)
                 .toLongLong(),
             90'000);
    QVERIFY(c->handle(Event::Resume));
    QCOMPARE(c->state(), State::Answering);
}

void TestSessionController::resume_whileAnotherOwnerHoldsTheSession_isRefused()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto owner = SessionController::start(db, smallPlan(), &clock, &error);
    QVERIFY2(owner, qPrintable(error));
    QVERIFY(owner->handle(Event::Start));

    Database other;
    QVERIFY(other.open(dbPath(), &error));
    auto second = SessionController::resume(other, owner->sessionId(), &clock, &error);
    QVERIFY(!second);
    QVERIFY2(error.contains(QStringLiteral("open in another MockLoop program")), qPrintable(error));

    const qint64 id = owner->sessionId();
    owner.reset(); // the owner closes: now it can be resumed
    auto third = SessionController::resume(other, id, &clock, &error);
    QVERIFY2(third, qPrintable(error));
}

void TestSessionController::setAnswer_whilePausedOrAfterSubmit_isRefused()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(ExpiryPolicy::Hard), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("notes in prep")}}));
    QVERIFY(c->handle(Event::BeginAnswer));
    QVERIFY(c->handle(Event::Pause));
    QVERIFY(!c->setAnswer({{QStringLiteral("answer"), QStringLiteral("typed while paused")}}));
    QVERIFY(c->handle(Event::Resume));
    clock.advanceSeconds(121); // the hard limit locks the answer
    c->tick();
    QVERIFY(c->engine().attemptTimes(0).lockedByExpiry);
    QVERIFY(!c->setAnswer({{QStringLiteral("answer"), QStringLiteral("too late")}}));
    QCOMPARE(c->answer(0).first().value, QStringLiteral("notes in prep"));
}

void TestSessionController::softOvertime_isSavedAsSoonAsItStarts()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(ExpiryPolicy::Soft), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::BeginAnswer));
    clock.advanceSeconds(4); // the 5 s periodic save has not come yet
    c->tick();
    clock.advanceMs(116'000); // exactly at the 120 s limit
    c->tick();
    QVERIFY(c->engine().attemptTimes(0).overtimeStarted);
    QCOMPARE(readBack(dbPath(),
                      QStringLiteral(
                          "SELECT overtime_started FROM attempts WHERE session_id = ? AND position = 0"),
                      c->sessionId())
                 .toInt(),
             1);
}

void TestSessionController::submitGrade_withRubricAndChecklist_isStoredAndReloaded()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::BeginAnswer));
    QVERIFY(c->handle(Event::Submit));
    const int points = int(c->question(0).keyPoints.size());
    Grade bad;
    bad.overall = 3;
    bad.keyPointsCovered = QList<bool>(points + 1, true);
    QVERIFY(!c->submitGrade(bad).accepted); // a checklist of the wrong length
    bad.keyPointsCovered.clear();
    bad.rubric = {{QStringLiteral("depth"), 6}};
    QVERIFY(!c->submitGrade(bad).accepted);
    QCOMPARE(c->state(), State::Grading);

    Grade grade;
    grade.overall = 4;
    grade.note = QStringLiteral("trade-offs were thin");
    grade.rubric = {{QStringLiteral("correctness"), 5},
                    {QStringLiteral("depth"), 4},
                    {QStringLiteral("clarity"), 4},
                    {QStringLiteral("trade_offs"), 2}};
    grade.keyPointsCovered = QList<bool>(points, false);
    grade.keyPointsCovered[0] = true;
    const auto r = c->submitGrade(grade);
    QVERIFY2(r.accepted, qPrintable(r.reason));
    const auto record = SessionStore(db).load(c->sessionId(), &error);
    QVERIFY(record);
    const AttemptRecord &a = record->attempts.first();
    QCOMPARE(a.score, std::optional<int>(4));
    QCOMPARE(a.keyPointsCovered, grade.keyPointsCovered);
    QCOMPARE(a.rubric.size(), 4);
    QVERIFY(a.rubric.contains(std::pair<QString, int>(QStringLiteral("trade_offs"), 2)));
}

void TestSessionController::retake_storesANewAttemptOfTheQuestion_andResumesIntoIt()
{
    qint64 sessionId = 0;
    QString questionId;
    FakeClock clock;
    {
        Database db;
        openWithPacks(db);
        QString error;
        LoopPlan plan = smallPlan();
        plan.retakeAllowed = true;
        auto c = SessionController::start(db, plan, &clock, &error, 7u);
        QVERIFY2(c, qPrintable(error));
        sessionId = c->sessionId();
        questionId = c->question(0).id;
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        QVERIFY(c->handle(Event::BeginAnswer));
        QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("first try")}}));
        QVERIFY(c->handle(Event::Submit));
        QCOMPARE(c->state(), State::Grading);

        // In grading the retake needs the grade of the answer shown.
        const Engine::Result ungraded = c->retake(0);
        QVERIFY(!ungraded.accepted);
        QCOMPARE(ungraded.reason, QStringLiteral("Grade this answer before retaking it."));
        QCOMPARE(c->attemptCount(), 2);
        Grade grade;
        grade.overall = 2;
        const Engine::Result r = c->retake(0, grade);
        QVERIFY2(r.accepted, qPrintable(r.reason));
        QCOMPARE(c->state(), State::Prep);
        QCOMPARE(c->engine().currentAttempt(), 2);
        QCOMPARE(c->attemptCount(), 3);
        QCOMPARE(c->question(2), c->question(0));
        QCOMPARE(c->score(0), std::optional<int>(2));
        QCOMPARE(c->previousScore(2), std::optional<int>(2));
        QCOMPARE(c->previousScore(0), std::nullopt);
        // The header's "question k of n": the retake is the round's one question again.
        const auto first = c->questionPosition(0);
        const auto again = c->questionPosition(2);
        QCOMPARE((std::tuple{first.number, first.count, first.retake}), (std::tuple{1, 1, false}));
        QCOMPARE((std::tuple{again.number, again.count, again.retake}), (std::tuple{1, 1, true}));
        QCOMPARE(c->questionPosition(1).retake, false); // the behavioral round's question
        QCOMPARE(c->engine().attemptsInRound(0), 2);
        QVERIFY(c->handle(Event::BeginAnswer));
        QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("second try")}}));
        clock.advanceMs(20'000);
        QVERIFY(c->saveNow());
    } // the program ends mid-retake
    clock.advanceWallOnlyMs(5'000);

    const QString rows = QStringLiteral(
        "SELECT group_concat(question_id || ':' || position || ':' || status, ' ') FROM "
        "(SELECT * FROM attempts WHERE session_id = ? ORDER BY position)");
    const QString stored = readBack(dbPath(), rows, sessionId).toString();
    QVERIFY2(stored.startsWith(questionId + QStringLiteral(":0:submitted ")), qPrintable(stored));
    QVERIFY2(stored.endsWith(questionId + QStringLiteral(":2:active")), qPrintable(stored));

    FakeClock next(clock.wallTime());
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    auto c = SessionController::resume(db, sessionId, &next, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->state(), State::Paused);
    QCOMPARE(c->engine().currentAttempt(), 2);
    QCOMPARE(c->engine().attemptCount(), 3);
    QCOMPARE(c->answer(2).first().value, QStringLiteral("second try"));
    QCOMPARE(c->engine().answerRemainingMs(), 120'000 - 20'000);
    QVERIFY(c->handle(Event::Resume));
    QVERIFY(c->handle(Event::Submit));
    Grade better;
    better.overall = 4;
    QVERIFY(c->submitGrade(better));
    QCOMPARE(c->score(2), std::optional<int>(4));
    QCOMPARE(c->previousScore(2), std::optional<int>(2));
    QCOMPARE(c->state(), State::RoundReview); // the round had one question
    QCOMPARE(c->engine().attemptsInRound(0), 2);
}

QTEST_GUILESS_MAIN(TestSessionController)
#include "test_session_controller.moc"
