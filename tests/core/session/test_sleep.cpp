// The machine sleeps, the wall clock jumps: the engine with the fake clock. While the machine
// is suspended the monotonic clock stands still and the boot clock runs on (Linux); a sleep
// of a timed question is interrupted time, and the session pauses as after a crash. A step
// of the wall clock changes no time at all (docs/engine.md, "Sleep and clock changes").
#include "session/Engine.h"
#include "FakeClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

constexpr qint64 kMinute = 60'000;

// One round of two questions: prep 10 s, answer 60 s, grading after each question.
EngineConfig twoQuestions(ExpiryPolicy expiry = ExpiryPolicy::Hard, bool pauseAllowed = true,
                          GradingTiming grading = GradingTiming::AfterEachQuestion)
{
    EngineConfig c;
    RoundTimes r;
    r.kind = RoundKind::Technical;
    r.expiry = expiry;
    c.rounds = {r};
    AttemptTimes a;
    a.round = 0;
    a.prepLimitMs = 10'000;
    a.answerLimitMs = 60'000;
    c.attempts = {a, a};
    c.gradingTiming = grading;
    c.pauseAllowed = pauseAllowed;
    return c;
}

void ok(Engine &e, Event ev)
{
    const auto r = e.handle(ev);
    QVERIFY2(r.accepted, qPrintable(toKey(ev) + QStringLiteral(": ") + r.reason));
}

// Ticks every 100 ms for the given span, like the UI timer would.
void runFor(FakeClock &clock, Engine &e, qint64 ms)
{
    for (qint64 t = 0; t < ms; t += 100) {
        clock.advanceMs(std::min<qint64>(100, ms - t));
        e.tick();
    }
}

// Start, first question, 20 s of answering: 40 s left.
void answerFor20s(FakeClock &clock, Engine &e)
{
    ok(e, Event::Start);
    ok(e, Event::Continue);
    ok(e, Event::BeginAnswer);
    runFor(clock, e, 20'000);
    QCOMPARE(e.answerRemainingMs(), 40'000);
}

} // namespace

class TestSleep : public QObject
{
    Q_OBJECT
private slots:
    void sleepWhileAnswering_pausesAndRecordsTheSleepAsInterrupted();
    void sleepPause_saysWhyWhilePaused_andNotWhenThePersonPaused();
    void sleepWhilePreparing_pausesInPrep_andResumesThere();
    void sleep_whenThePlanForbidsPausing_stillPauses();
    void sleepWhilePaused_staysPaused_andCountsAsPausedTime();
    void sleepJustAfterADeadline_expiresAtTheDeadline_thenPausesTheNextQuestion();
    void sleepThenAnEventBeforeTheNextTick_recordsItOnTheAttemptItHappenedIn();
    void sleepOutsideATimedState_recordsNothing_andPausesNothingLater();
    void shortSleep_underTheThreshold_doesNotPause();
    void wallClockStep_whileAnswering_changesNoTimeAndDoesNotPause_data();
    void wallClockStep_whileAnswering_changesNoTimeAndDoesNotPause();
};

void TestSleep::sleepWhileAnswering_pausesAndRecordsTheSleepAsInterrupted()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    answerFor20s(clock, e);
    QSignalSpy spy(&e, &Engine::stateChanged);

    clock.sleepMs(12 * kMinute); // the lid closes for 12 minutes
    clock.advanceMs(100);        // the first tick after waking
    e.tick();

    QCOMPARE(e.state(), State::Paused);
    QCOMPARE(e.pausedFrom(), State::Answering);
    QCOMPARE(spy.count(), 1);
    const AttemptTimes a = e.attemptTimes(0);
    QCOMPARE(a.interruptedMs, 12 * kMinute);
    QCOMPARE(a.answerUsedMs, 20'100); // the sleep took none of the answer time
    QCOMPARE(a.pausedMs, 0);
    QCOMPARE(e.answerRemainingMs(), 39'900);

    // Paused, nothing runs; the person resumes when ready with the same time left.
    runFor(clock, e, 30'000);
    QCOMPARE(e.answerRemainingMs(), 39'900);
    ok(e, Event::Resume);
    QCOMPARE(e.state(), State::Answering);
    runFor(clock, e, 9'900);
    QCOMPARE(e.answerRemainingMs(), 30'000);
    QCOMPARE(e.attemptTimes(0).interruptedMs, 12 * kMinute);
    QCOMPARE(e.attemptTimes(0).pausedMs, 30'000);
}

void TestSleep::sleepPause_saysWhyWhilePaused_andNotWhenThePersonPaused()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    answerFor20s(clock, e);
    QVERIFY(e.pauseReason().isEmpty());
    clock.sleepMs(12 * kMinute + 5'000);
    e.tick();
    QCOMPARE(e.sleepPauseMs(), 12 * kMinute + 5'000);
    QVERIFY2(e.pauseReason().contains(QStringLiteral("asleep for 12:05")),
             qPrintable(e.pauseReason()));
    // Another sleep while paused is paused time; the reason still names the first.
    clock.sleepMs(kMinute);
    e.tick();
    QCOMPARE(e.sleepPauseMs(), 12 * kMinute + 5'000);
    ok(e, Event::Resume);
    QVERIFY(e.pauseReason().isEmpty());
    QCOMPARE(e.sleepPauseMs(), 0);
    ok(e, Event::Pause); // the person's own pause needs no explaining
    QCOMPARE(e.state(), State::Paused);
    QVERIFY(e.pauseReason().isEmpty());
    // Only a noticed sleep produces the event: sent from outside it is refused with a reason.
    ok(e, Event::Resume);
    const Engine::Result r = e.handle(Event::Slept);
    QVERIFY(!r.accepted);
    QVERIFY(!r.reason.isEmpty());
    QCOMPARE(e.state(), State::Answering);
}

void TestSleep::sleepWhilePreparing_pausesInPrep_andResumesThere()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    ok(e, Event::Start);
    ok(e, Event::Continue);
    runFor(clock, e, 4'000);
    clock.sleepMs(3 * kMinute);
    e.tick();
    QCOMPARE(e.state(), State::Paused);
    QCOMPARE(e.pausedFrom(), State::Prep);
    QCOMPARE(e.attemptTimes(0).interruptedMs, 3 * kMinute);
    QCOMPARE(e.prepRemainingMs(), 6'000);
    ok(e, Event::Resume);
    QCOMPARE(e.state(), State::Prep);
    runFor(clock, e, 6'000);
    QCOMPARE(e.state(), State::Answering);
    QCOMPARE(e.attemptTimes(0).prepUsedMs, 10'000);
}

void TestSleep::sleep_whenThePlanForbidsPausing_stillPauses()
{
    // As after a crash: the person did not choose to stop, so the plan's "no pauses" rule is
    // not theirs to break; they resume when they are back.
    FakeClock clock;
    Engine e(&clock, twoQuestions(ExpiryPolicy::Hard, false));
    answerFor20s(clock, e);
    QVERIFY(!e.handle(Event::Pause));
    clock.sleepMs(kMinute);
    e.tick();
    QCOMPARE(e.state(), State::Paused);
    QCOMPARE(e.attemptTimes(0).interruptedMs, kMinute);
    ok(e, Event::Resume);
    QCOMPARE(e.answerRemainingMs(), 40'000);
}

void TestSleep::sleepWhilePaused_staysPaused_andCountsAsPausedTime()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    answerFor20s(clock, e);
    ok(e, Event::Pause);
    runFor(clock, e, 5'000);
    QSignalSpy spy(&e, &Engine::stateChanged);
    clock.sleepMs(45 * kMinute);
    e.tick();
    QCOMPARE(spy.count(), 0);
    QCOMPARE(e.state(), State::Paused);
    // They had stopped the clock themselves: the time away stays theirs, as after a crash.
    QCOMPARE(e.attemptTimes(0).pausedMs, 5'000 + 45 * kMinute);
    QCOMPARE(e.attemptTimes(0).interruptedMs, 0);
    ok(e, Event::Resume);
    QCOMPARE(e.answerRemainingMs(), 40'000);
}

void TestSleep::sleepJustAfterADeadline_expiresAtTheDeadline_thenPausesTheNextQuestion()
{
    // Graded at the end of the loop: a hard expiry opens the next question at once.
    FakeClock clock;
    Engine e(&clock, twoQuestions(ExpiryPolicy::Hard, true, GradingTiming::EndOfLoop));
    ok(e, Event::Start);
    ok(e, Event::Continue);
    ok(e, Event::BeginAnswer);
    runFor(clock, e, 59'950);
    // The deadline passes 50 ms before the lid closes; the first tick comes after waking.
    clock.advanceMs(100);
    clock.sleepMs(10 * kMinute);
    e.tick();
    // Deadlines come first, each at its own time by the monotonic clock...
    const AttemptTimes first = e.attemptTimes(0);
    QVERIFY(first.lockedByExpiry);
    QCOMPARE(first.answerUsedMs, 60'000); // exactly the limit
    QCOMPARE(first.interruptedMs, 0);
    // ... then the sleep, in the state they left: the next question's prep, 50 ms in.
    QCOMPARE(e.state(), State::Paused);
    QCOMPARE(e.pausedFrom(), State::Prep);
    QCOMPARE(e.currentAttempt(), 1);
    QCOMPARE(e.attemptTimes(1).interruptedMs, 10 * kMinute);
    QCOMPARE(e.prepRemainingMs(), 9'950);
}

void TestSleep::sleepThenAnEventBeforeTheNextTick_recordsItOnTheAttemptItHappenedIn()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    answerFor20s(clock, e);
    clock.sleepMs(5 * kMinute);
    // The person submits before any tick saw the sleep: they are evidently back, so the
    // submit goes through, and the sleep is still this answer's interrupted time.
    ok(e, Event::Submit);
    QCOMPARE(e.state(), State::Grading);
    QCOMPARE(e.attemptTimes(0).interruptedMs, 5 * kMinute);
    QCOMPARE(e.attemptTimes(0).answerUsedMs, 20'000);
    ok(e, Event::GradeSubmitted);
    runFor(clock, e, 1'000);
    QCOMPARE(e.state(), State::Prep);
    QCOMPARE(e.attemptTimes(1).interruptedMs, 0);
}

void TestSleep::sleepOutsideATimedState_recordsNothing_andPausesNothingLater()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    answerFor20s(clock, e);
    ok(e, Event::Submit);
    clock.sleepMs(30 * kMinute); // asleep on the grading form
    e.tick();
    QCOMPARE(e.state(), State::Grading);
    ok(e, Event::GradeSubmitted);
    runFor(clock, e, 2'000);
    QCOMPARE(e.state(), State::Prep);
    QCOMPARE(e.attemptTimes(0).interruptedMs, 0);
    QCOMPARE(e.attemptTimes(1).interruptedMs, 0);
    QCOMPARE(e.prepRemainingMs(), 8'000);
}

void TestSleep::shortSleep_underTheThreshold_doesNotPause()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    answerFor20s(clock, e);
    clock.sleepMs(Engine::kSleepPauseMs - 1);
    e.tick();
    QCOMPARE(e.state(), State::Answering);
    QCOMPARE(e.attemptTimes(0).interruptedMs, 0);
    QCOMPARE(e.answerRemainingMs(), 40'000);
    clock.sleepMs(Engine::kSleepPauseMs);
    e.tick();
    QCOMPARE(e.state(), State::Paused);
    QCOMPARE(e.attemptTimes(0).interruptedMs, Engine::kSleepPauseMs);
}

void TestSleep::wallClockStep_whileAnswering_changesNoTimeAndDoesNotPause_data()
{
    QTest::addColumn<qint64>("stepMs");
    QTest::newRow("NTP step one hour forward") << qint64(60 * kMinute);
    QTest::newRow("NTP step one hour back") << qint64(-60 * kMinute);
    QTest::newRow("NTP step 10 s forward") << qint64(10'000);
}

void TestSleep::wallClockStep_whileAnswering_changesNoTimeAndDoesNotPause()
{
    // A forward step of the wall clock looks exactly like sleep to a comparison of wall and
    // monotonic time; the boot clock tells them apart: it does not jump.
    QFETCH(qint64, stepMs);
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    answerFor20s(clock, e);
    QSignalSpy spy(&e, &Engine::stateChanged);
    clock.stepWallMs(stepMs);
    runFor(clock, e, 10'000);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(e.state(), State::Answering);
    QCOMPARE(e.answerRemainingMs(), 30'000);
    const AttemptTimes a = e.attemptTimes(0);
    QCOMPARE(a.interruptedMs, 0);
    QCOMPARE(a.pausedMs, 0);
    QCOMPARE(a.answerUsedMs, 30'000);
}

QTEST_GUILESS_MAIN(TestSleep)
#include "test_sleep.moc"
