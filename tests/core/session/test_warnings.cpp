// Countdown tones and warning thresholds, decided from the real Engine's times with the fake
// clock. No test here sleeps: the clock moves when the test says.
#include "session/Engine.h"
#include "session/Warnings.h"
#include "FakeClock.h"

#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

EngineConfig config(ExpiryPolicy expiry, qint64 prepMs, qint64 answerMs, int questions = 2)
{
    EngineConfig c;
    RoundTimes r;
    r.expiry = expiry;
    c.rounds = {r};
    for (int i = 0; i < questions; ++i) {
        AttemptTimes a;
        a.prepLimitMs = prepMs;
        a.answerLimitMs = answerMs;
        c.attempts.append(a);
    }
    c.gradingTiming = GradingTiming::EndOfLoop;
    c.closingSegment = false;
    return c;
}

void ok(Engine &e, Event ev)
{
    const auto r = e.handle(ev);
    QVERIFY2(r.accepted, qPrintable(toKey(ev) + QStringLiteral(": ") + r.reason));
}

// Into Answering of the first question with no prep left.
void startAnswering(Engine &e)
{
    ok(e, Event::Start);
    ok(e, Event::Continue);
    ok(e, Event::BeginAnswer);
}

} // namespace

class TestWarnings : public QObject
{
    Q_OBJECT
private slots:
    void clockTone_boundaries();
    void clockTone_followsEngine_throughPrepAnswerAndOvertime();
    void thresholds_fireAtTheirEngineTime_onceEach();
    void lateTick_firesEverySkippedThresholdOnce_withHowLate();
    void thresholds_firePerAttempt_andNotBeyondTheLimit();
    void pausedAcrossThreshold_firesOnResume_notWhilePaused();
    void reopenedPausedPastThreshold_doesNotFireAgain();
    void hardExpiryInOneLateTick_firesNothing();
};

void TestWarnings::clockTone_boundaries()
{
    QCOMPARE(clockTone(100'000, 100'000), ClockTone::Normal);
    QCOMPARE(clockTone(25'001, 100'000), ClockTone::Normal);
    QCOMPARE(clockTone(25'000, 100'000), ClockTone::Amber);
    QCOMPARE(clockTone(10'001, 100'000), ClockTone::Amber);
    QCOMPARE(clockTone(10'000, 100'000), ClockTone::Red);
    QCOMPARE(clockTone(0, 100'000), ClockTone::Red);
    QCOMPARE(clockTone(-1, 100'000), ClockTone::Overtime);
    QCOMPARE(clockTone(-5, 0), ClockTone::Normal); // untimed
}

void TestWarnings::clockTone_followsEngine_throughPrepAnswerAndOvertime()
{
    FakeClock clock;
    Engine e(&clock, config(ExpiryPolicy::Soft, 20'000, 120'000));
    QCOMPARE(clockTone(e), ClockTone::Normal); // Ready
    ok(e, Event::Start);
    ok(e, Event::Continue);
    QCOMPARE(e.state(), State::Prep);
    clock.advanceMs(15'000); // 5 of 20 s left: 25 %
    e.tick();
    QCOMPARE(clockTone(e), ClockTone::Amber);
    clock.advanceMs(3'000); // 2 s left: 10 %
    e.tick();
    QCOMPARE(clockTone(e), ClockTone::Red);
    clock.advanceMs(2'000); // prep expired: the answer starts afresh
    e.tick();
    QCOMPARE(e.state(), State::Answering);
    QCOMPARE(clockTone(e), ClockTone::Normal);
    clock.advanceMs(90'000); // 30 of 120 s left
    e.tick();
    QCOMPARE(clockTone(e), ClockTone::Amber);
    ok(e, Event::Pause); // the paused clock keeps its tone
    QCOMPARE(clockTone(e), ClockTone::Amber);
    clock.advanceMinutes(10);
    QCOMPARE(clockTone(e), ClockTone::Amber);
    ok(e, Event::Resume);
    clock.advanceMs(18'000); // 12 s left
    e.tick();
    QCOMPARE(clockTone(e), ClockTone::Red);
    clock.advanceMs(12'001); // soft: 1 ms over
    e.tick();
    QCOMPARE(e.state(), State::Answering);
    QCOMPARE(clockTone(e), ClockTone::Overtime);
}

void TestWarnings::thresholds_fireAtTheirEngineTime_onceEach()
{
    FakeClock clock;
    Engine e(&clock, config(ExpiryPolicy::Hard, 5'000, 120'000));
    WarningTracker tracker({30, 60});
    startAnswering(e);
    QVERIFY(tracker.update(e).isEmpty());

    // 1 ms before "60 s left" nothing; at it exactly, the 60 s warning, on time.
    clock.advanceMs(59'999);
    e.tick();
    QVERIFY(tracker.update(e).isEmpty());
    clock.advanceMs(1);
    e.tick();
    QList<FiredWarning> fired = tracker.update(e);
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired.first().secondsLeft, 60);
    QCOMPARE(fired.first().dueAtMs, 60'000);
    QCOMPARE(fired.first().lateByMs, 0);
    QCOMPARE(fired.first().attempt, 0);
    // Ticks every 100 ms: it does not fire again; 30 s fires at 90 s used.
    int thirtyAt = -1;
    for (int t = 60'100; t <= 100'000; t += 100) {
        clock.advanceMs(100);
        e.tick();
        const QList<FiredWarning> now = tracker.update(e);
        for (const FiredWarning &w : now) {
            QCOMPARE(w.secondsLeft, 30);
            QCOMPARE(thirtyAt, -1);
            thirtyAt = t;
        }
    }
    QCOMPARE(thirtyAt, 90'000);
}

void TestWarnings::lateTick_firesEverySkippedThresholdOnce_withHowLate()
{
    FakeClock clock;
    Engine e(&clock, config(ExpiryPolicy::Soft, 5'000, 120'000));
    WarningTracker tracker({60, 30, 10});
    startAnswering(e);
    clock.advanceMs(40'000);
    e.tick();
    QVERIFY(tracker.update(e).isEmpty());
    // The event loop stalls 55 s: the next tick finds 25 s left.
    clock.advanceMs(55'000);
    e.tick();
    const QList<FiredWarning> fired = tracker.update(e);
    QCOMPARE(fired.size(), 2);
    QCOMPARE(fired.at(0).secondsLeft, 60);
    QCOMPARE(fired.at(0).lateByMs, 35'000);
    QCOMPARE(fired.at(1).secondsLeft, 30);
    QCOMPARE(fired.at(1).lateByMs, 5'000);
    QVERIFY(tracker.update(e).isEmpty());
    clock.advanceMs(20'000);
    e.tick();
    const QList<FiredWarning> ten = tracker.update(e);
    QCOMPARE(ten.size(), 1);
    QCOMPARE(ten.first().secondsLeft, 10);
    QCOMPARE(ten.first().lateByMs, 5'000);
    // Overtime (soft) adds nothing.
    clock.advanceMs(60'000);
    e.tick();
    QCOMPARE(e.state(), State::Answering);
    QVERIFY(tracker.update(e).isEmpty());
}

void TestWarnings::thresholds_firePerAttempt_andNotBeyondTheLimit()
{
    FakeClock clock;
    EngineConfig c = config(ExpiryPolicy::Hard, 5'000, 90'000, 2);
    c.attempts[1].answerLimitMs = 45'000; // shorter than the 60 s threshold
    Engine e(&clock, c);
    WarningTracker tracker({60, 30});
    startAnswering(e);
    clock.advanceMs(61'000);
    e.tick();
    QCOMPARE(tracker.update(e).size(), 2); // 29 s left: the 60 s and the 30 s warning
    ok(e, Event::Submit);
    QCOMPARE(e.currentAttempt(), 1);
    ok(e, Event::BeginAnswer);
    QVERIFY(tracker.update(e).isEmpty());
    clock.advanceMs(15'000); // 30 s left of 45: only the 30 s warning exists for it
    e.tick();
    const QList<FiredWarning> second = tracker.update(e);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().attempt, 1);
    QCOMPARE(second.first().secondsLeft, 30);
    QCOMPARE(second.first().lateByMs, 0);
}

void TestWarnings::pausedAcrossThreshold_firesOnResume_notWhilePaused()
{
    FakeClock clock;
    Engine e(&clock, config(ExpiryPolicy::Soft, 5'000, 120'000));
    WarningTracker tracker({60});
    startAnswering(e);
    QVERIFY(tracker.update(e).isEmpty());
    clock.advanceMs(60'000); // exactly due, and paused before any tick saw it
    ok(e, Event::Pause);
    QVERIFY(tracker.update(e).isEmpty());
    clock.advanceMinutes(5);
    QVERIFY(tracker.update(e).isEmpty());
    ok(e, Event::Resume);
    const QList<FiredWarning> fired = tracker.update(e);
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired.first().lateByMs, 0); // paused time is not answer time
}

void TestWarnings::reopenedPausedPastThreshold_doesNotFireAgain()
{
    FakeClock clock;
    const EngineConfig c = config(ExpiryPolicy::Soft, 5'000, 120'000);
    EngineSnapshot saved;
    {
        Engine first(&clock, c);
        startAnswering(first);
        clock.advanceMs(70'000);
        first.tick();
        saved = first.snapshot();
    }
    // A new process: the session reopens Paused with 50 s left.
    Engine e(&clock, c, saved, 3'000);
    QCOMPARE(e.state(), State::Paused);
    WarningTracker tracker({60, 30});
    QVERIFY(tracker.update(e).isEmpty());
    ok(e, Event::Resume);
    QVERIFY(tracker.update(e).isEmpty());
    clock.advanceMs(20'000);
    e.tick();
    const QList<FiredWarning> fired = tracker.update(e);
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired.first().secondsLeft, 30);
}

void TestWarnings::hardExpiryInOneLateTick_firesNothing()
{
    FakeClock clock;
    Engine e(&clock, config(ExpiryPolicy::Hard, 5'000, 120'000));
    WarningTracker tracker({60});
    startAnswering(e);
    QVERIFY(tracker.update(e).isEmpty());
    clock.advanceMs(130'000); // past the deadline: the answer is already locked
    e.tick();
    QCOMPARE(e.attemptTimes(0).status, AttemptStatus::Submitted);
    QVERIFY(tracker.update(e).isEmpty());
}

QTEST_GUILESS_MAIN(TestWarnings)
#include "test_warnings.moc"
