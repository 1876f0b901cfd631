// Timing with the fake clock: remaining and used times are computed from clock readings, so
// late ticks, stalls and pauses cause no drift. No test here sleeps.
#include "session/Engine.h"
#include "FakeClock.h"

#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

AttemptTimes attempt(int round, qint64 prepMs, qint64 answerMs)
{
    AttemptTimes a;
    a.round = round;
    a.prepLimitMs = prepMs;
    a.answerLimitMs = answerMs;
    return a;
}

RoundTimes round(RoundKind kind, qint64 budgetMs, ExpiryPolicy expiry)
{
    RoundTimes r;
    r.kind = kind;
    r.budgetMs = budgetMs;
    r.expiry = expiry;
    return r;
}

EngineConfig single(ExpiryPolicy expiry, qint64 prepMs = 10'000, qint64 answerMs = 60'000,
                    qint64 budgetMs = 0, int questions = 2)
{
    EngineConfig c;
    c.rounds = {round(RoundKind::Technical, budgetMs, expiry)};
    for (int i = 0; i < questions; ++i)
        c.attempts.append(attempt(0, prepMs, answerMs));
    c.gradingTiming = GradingTiming::EndOfLoop;
    c.closingSegment = false;
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

} // namespace

class TestTiming : public QObject
{
    Q_OBJECT
private slots:
    void prepExpiry_startsAnswerAtTheDeadline_evenWhenTheTickIsLate();
    void hardAnswerExpiry_locksAtTheLimit_afterAFiveSecondStall();
    void stallAcrossPrepAndAnswerDeadlines_handlesBothAtTheirDeadlines();
    void softAnswerExpiry_keepsAnswering_andRecordsOvertime();
    void hardRoundBudget_submitsCurrentAndMarksRestNotReached();
    void softRoundBudget_recordsRoundOvertime();
    void roundDeadlineTiesWithAnswerDeadline_roundWins();
    void pause_freezesEveryClock_andRecordsPausedTime();
    void sixtyMinuteLoop_withPausesAndAStall_hasNoDrift();
};

void TestTiming::prepExpiry_startsAnswerAtTheDeadline_evenWhenTheTickIsLate()
{
    FakeClock clock;
    Engine e(&clock, single(ExpiryPolicy::Hard));
    ok(e, Event::Start);
    ok(e, Event::Continue);
    QCOMPARE(e.prepRemainingMs(), 10'000);
    clock.advanceMs(12'500); // the tick arrives 2.5 s after the prep deadline
    e.tick();
    QCOMPARE(e.state(), State::Answering);
    QCOMPARE(e.attemptTimes(0).prepUsedMs, 10'000);
    QCOMPARE(e.attemptTimes(0).answerUsedMs, 2'500);
    QCOMPARE(e.answerRemainingMs(), 57'500);
}

void TestTiming::hardAnswerExpiry_locksAtTheLimit_afterAFiveSecondStall()
{
    FakeClock clock;
    Engine e(&clock, single(ExpiryPolicy::Hard));
    ok(e, Event::Start);
    ok(e, Event::Continue);
    ok(e, Event::BeginAnswer);
    runFor(clock, e, 59'900);
    QCOMPARE(e.state(), State::Answering);
    QCOMPARE(e.answerRemainingMs(), 100);
    clock.advanceMs(5'100); // the event loop stalls for 5 s across the deadline
    e.tick();
    const AttemptTimes a = e.attemptTimes(0);
    QCOMPARE(a.status, AttemptStatus::Submitted);
    QVERIFY(a.lockedByExpiry);
    QCOMPARE(a.answerUsedMs, 60'000); // exactly the limit, not the late tick's reading
    QCOMPARE(a.overtimeMs(), 0);
    // The next question started at the deadline: its prep already ran 5 s.
    QCOMPARE(e.state(), State::Prep);
    QCOMPARE(e.currentAttempt(), 1);
    QCOMPARE(e.prepRemainingMs(), 5'000);
}

void TestTiming::stallAcrossPrepAndAnswerDeadlines_handlesBothAtTheirDeadlines()
{
    FakeClock clock;
    Engine e(&clock, single(ExpiryPolicy::Hard, 10'000, 20'000));
    ok(e, Event::Start);
    ok(e, Event::Continue);
    clock.advanceMs(35'000); // prep (10 s) + answer (20 s) + 5 s of the next prep
    e.tick();
    QCOMPARE(e.attemptTimes(0).prepUsedMs, 10'000);
    QCOMPARE(e.attemptTimes(0).answerUsedMs, 20'000);
    QVERIFY(e.attemptTimes(0).lockedByExpiry);
    QCOMPARE(e.currentAttempt(), 1);
    QCOMPARE(e.state(), State::Prep);
    QCOMPARE(e.prepRemainingMs(), 5'000);
    QCOMPARE(e.roundTimes(0).usedMs, 35'000);
}

void TestTiming::softAnswerExpiry_keepsAnswering_andRecordsOvertime()
{
    FakeClock clock;
    Engine e(&clock, single(ExpiryPolicy::Soft));
    ok(e, Event::Start);
    ok(e, Event::Continue);
    ok(e, Event::BeginAnswer);
    runFor(clock, e, 60'000);
    QCOMPARE(e.state(), State::Answering);
    QVERIFY(e.attemptTimes(0).overtimeStarted);
    runFor(clock, e, 20'000);
    QCOMPARE(e.answerRemainingMs(), -20'000);
    ok(e, Event::Submit);
    QCOMPARE(e.attemptTimes(0).answerUsedMs, 80'000);
    QCOMPARE(e.attemptTimes(0).overtimeMs(), 20'000);
    QVERIFY(!e.attemptTimes(0).lockedByExpiry);
}

void TestTiming::hardRoundBudget_submitsCurrentAndMarksRestNotReached()
{
    FakeClock clock;
    // Three questions of 10 s prep + 60 s answer in a 100 s round.
    Engine e(&clock, single(ExpiryPolicy::Hard, 10'000, 60'000, 100'000, 3));
    ok(e, Event::Start);
    ok(e, Event::Continue);
    runFor(clock, e, 70'000); // question 1 uses its full prep and answer
    QCOMPARE(e.currentAttempt(), 1);
    runFor(clock, e, 10'000); // question 2's prep
    QCOMPARE(e.state(), State::Answering);
    clock.advanceMs(25'000); // 5 s past the round deadline before the tick comes
    e.tick();
    QCOMPARE(e.state(), State::RoundReview);
    QCOMPARE(e.attemptTimes(1).status, AttemptStatus::Submitted);
    QVERIFY(e.attemptTimes(1).lockedByExpiry);
    QCOMPARE(e.attemptTimes(1).answerUsedMs, 20'000); // cut at the round deadline
    QCOMPARE(e.attemptTimes(2).status, AttemptStatus::NotReached);
    QCOMPARE(e.roundTimes(0).usedMs, 100'000);
    QVERIFY(e.roundTimes(0).budgetExpired);
    QCOMPARE(e.roundTimes(0).overtimeMs(), 0);
}

void TestTiming::softRoundBudget_recordsRoundOvertime()
{
    FakeClock clock;
    Engine e(&clock, single(ExpiryPolicy::Soft, 0, 60'000, 90'000, 2));
    ok(e, Event::Start);
    ok(e, Event::Continue);
    runFor(clock, e, 50'000);
    ok(e, Event::Submit);
    runFor(clock, e, 50'000);
    QVERIFY(e.roundTimes(0).overtimeStarted);
    QCOMPARE(e.roundRemainingMs(), -10'000);
    ok(e, Event::Submit);
    QCOMPARE(e.roundTimes(0).overtimeMs(), 10'000);
    QCOMPARE(e.attemptTimes(1).status, AttemptStatus::Submitted);
}

void TestTiming::roundDeadlineTiesWithAnswerDeadline_roundWins()
{
    FakeClock clock;
    Engine e(&clock, single(ExpiryPolicy::Hard, 0, 60'000, 60'000, 2));
    ok(e, Event::Start);
    ok(e, Event::Continue);
    clock.advanceMs(61'000);
    e.tick();
    // The second question is not reached: it is not opened with zero time left.
    QCOMPARE(e.attemptTimes(1).status, AttemptStatus::NotReached);
    QCOMPARE(e.attemptTimes(1).answerUsedMs, 0);
    QCOMPARE(e.state(), State::RoundReview);
}

void TestTiming::pause_freezesEveryClock_andRecordsPausedTime()
{
    FakeClock clock;
    Engine e(&clock, single(ExpiryPolicy::Hard, 10'000, 60'000, 200'000));
    ok(e, Event::Start);
    ok(e, Event::Continue);
    ok(e, Event::BeginAnswer);
    runFor(clock, e, 15'000);
    ok(e, Event::Pause);
    runFor(clock, e, 600'000); // ten minutes paused: no expiry may fire
    QCOMPARE(e.state(), State::Paused);
    QCOMPARE(e.answerRemainingMs(), 45'000);
    QCOMPARE(e.roundRemainingMs(), 185'000);
    ok(e, Event::Resume);
    runFor(clock, e, 5'000);
    ok(e, Event::Submit);
    const AttemptTimes a = e.attemptTimes(0);
    QCOMPARE(a.answerUsedMs, 20'000);
    QCOMPARE(a.pausedMs, 600'000);
}

// A full hour: three rounds, ticks every 100 ms, two pauses and one 5 s stall. At the end
// every millisecond of the clock is accounted for exactly once.
void TestTiming::sixtyMinuteLoop_withPausesAndAStall_hasNoDrift()
{
    FakeClock clock;
    EngineConfig c;
    c.rounds = {round(RoundKind::Technical, 900'000, ExpiryPolicy::Soft),
                round(RoundKind::SystemDesign, 1'500'000, ExpiryPolicy::Hard),
                round(RoundKind::Behavioral, 600'000, ExpiryPolicy::Hard)};
    c.attempts = {attempt(0, 60'000, 300'000), attempt(0, 60'000, 300'000),
                  attempt(1, 120'000, 1'200'000), attempt(2, 30'000, 150'000),
                  attempt(2, 30'000, 150'000)};
    c.gradingTiming = GradingTiming::EndOfLoop;
    c.closingSegment = true;
    Engine e(&clock, c);

    ok(e, Event::Start);
    ok(e, Event::Continue);
    // Technical q1: full prep by expiry, answers 4 min, pauses 17 min in the middle.
    runFor(clock, e, 60'000);
    QCOMPARE(e.state(), State::Answering);
    runFor(clock, e, 120'000);
    ok(e, Event::Pause);
    runFor(clock, e, 1'020'000);
    ok(e, Event::Resume);
    runFor(clock, e, 120'000);
    ok(e, Event::Submit);
    // Technical q2: starts answering after 20 s, runs 40 s into soft overtime.
    runFor(clock, e, 20'000);
    ok(e, Event::BeginAnswer);
    runFor(clock, e, 340'000);
    QVERIFY(e.attemptTimes(1).overtimeStarted);
    ok(e, Event::Submit);
    QCOMPARE(e.state(), State::RoundReview);
    ok(e, Event::Continue);
    // System design: prep 2 min, the answer runs into the hard 20-minute limit with a stall.
    ok(e, Event::Continue);
    runFor(clock, e, 120'000);
    runFor(clock, e, 1'198'000);
    clock.advanceMs(5'000); // the stall crosses the answer deadline
    e.tick();
    QVERIFY(e.attemptTimes(2).lockedByExpiry);
    QCOMPARE(e.attemptTimes(2).answerUsedMs, 1'200'000);
    QCOMPARE(e.state(), State::RoundReview);
    ok(e, Event::Continue);
    // Behavioral: q4 answered after a 7-minute pause in prep, q5 skipped.
    ok(e, Event::Continue);
    runFor(clock, e, 10'000);
    ok(e, Event::Pause);
    runFor(clock, e, 440'000);
    ok(e, Event::Resume);
    runFor(clock, e, 5'000);
    ok(e, Event::BeginAnswer);
    runFor(clock, e, 140'000);
    ok(e, Event::Submit);
    runFor(clock, e, 3'000);
    ok(e, Event::Skip);
    QCOMPARE(e.state(), State::RoundReview);
    ok(e, Event::Continue);
    QCOMPARE(e.state(), State::Closing);

    const qint64 expected[5][3] = {// prep used, answer used, paused
                                   {60'000, 240'000, 1'020'000},
                                   {20'000, 340'000, 0},
                                   {120'000, 1'200'000, 0},
                                   {15'000, 140'000, 440'000},
                                   {3'000, 0, 0}};
    qint64 accounted = 0;
    for (int i = 0; i < 5; ++i) {
        const AttemptTimes a = e.attemptTimes(i);
        QCOMPARE(a.prepUsedMs, expected[i][0]);
        QCOMPARE(a.answerUsedMs, expected[i][1]);
        QCOMPARE(a.pausedMs, expected[i][2]);
        accounted += a.prepUsedMs + a.answerUsedMs + a.pausedMs;
    }
    QCOMPARE(e.attemptTimes(1).overtimeMs(), 40'000);
    QCOMPARE(e.attemptTimes(4).status, AttemptStatus::Skipped);
    QCOMPARE(e.roundTimes(0).usedMs, 660'000);
    QCOMPARE(e.roundTimes(1).usedMs, 1'320'000);
    QCOMPARE(e.roundTimes(2).usedMs, 158'000);
    // The stall's 3 s after the SD deadline went to the round review (untimed), so the clock
    // shows exactly what the attempts account for plus that.
    QCOMPARE(clock.monotonicMs(), accounted + 3'000);
    QCOMPARE(clock.monotonicMs(), 3'601'000); // one hour and one second
}

QTEST_GUILESS_MAIN(TestTiming)
#include "test_timing.moc"
