// The follow-up states (docs/engine.md, "Follow-ups"): every state × every event with a plan that
// asks two follow-ups per question, and the follow-up's own clock under expiry, pause, sleep,
// skip, abandon, retake and a restart.
#include "session/Engine.h"
#include "FakeClock.h"

#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

constexpr qint64 kFollowUpMs = 20'000;

// One round of two questions: prep 10 s, answer 60 s; each question with `followUps`
// follow-ups of 20 s.
EngineConfig withFollowUps(int followUps = 2, ExpiryPolicy expiry = ExpiryPolicy::Soft,
                           qint64 budgetMs = 0, bool pauseAllowed = true)
{
    EngineConfig c;
    RoundTimes r;
    r.kind = RoundKind::Technical;
    r.expiry = expiry;
    r.budgetMs = budgetMs;
    c.rounds = {r};
    AttemptTimes a;
    a.round = 0;
    a.prepLimitMs = 10'000;
    a.answerLimitMs = 60'000;
    for (int i = 0; i < followUps; ++i) {
        FollowUpTimes f;
        f.answerLimitMs = kFollowUpMs;
        a.followUps.append(f);
    }
    c.attempts = {a, a};
    c.gradingTiming = GradingTiming::AfterEachQuestion;
    c.pauseAllowed = pauseAllowed;
    c.closingSegment = true;
    c.retakeAllowed = true;
    return c;
}

void step(Engine &e, Event ev)
{
    const auto r = e.handle(ev);
    QVERIFY2(r.accepted, qPrintable(toKey(ev) + QStringLiteral(": ") + r.reason));
}

// Drives a fresh engine (withFollowUps(2)) into the wanted state by valid events only; Paused
// is reached from the first follow-up's answer.
void driveTo(Engine &e, State target)
{
    if (target == State::Ready)
        return;
    if (target == State::Abandoned) {
        step(e, Event::Abandon);
        return;
    }
    step(e, Event::Start);
    if (target == State::RoundIntro)
        return;
    step(e, Event::Continue);
    if (target == State::Prep)
        return;
    step(e, Event::BeginAnswer);
    if (target == State::Answering)
        return;
    step(e, Event::Submit);
    if (target == State::FollowUpAsked)
        return;
    step(e, Event::BeginAnswer);
    if (target == State::FollowUpAnswering)
        return;
    if (target == State::Paused) {
        step(e, Event::Pause);
        return;
    }
    step(e, Event::Submit);      // the second follow-up is asked
    step(e, Event::BeginAnswer); // and answered
    step(e, Event::Submit);
    if (target == State::Grading)
        return;
    step(e, Event::GradeSubmitted); // -> Prep of question 2
    step(e, Event::Skip);           // -> RoundReview
    if (target == State::RoundReview)
        return;
    step(e, Event::Continue);
    if (target == State::Closing)
        return;
    step(e, Event::Submit);
}

} // namespace

class TestEngineFollowUps : public QObject
{
    Q_OBJECT
private slots:
    void everyStateTimesEveryEvent_data();
    void everyStateTimesEveryEvent();
    void submit_withFollowUps_asksThemInOrderThenGrades();
    void followUpClock_isItsOwn_andCountsAgainstTheRound();
    void followUpExpiry_hard_locksItAndAsksTheNext();
    void followUpExpiry_soft_runsOnInOvertime();
    void mainAnswerExpiry_hard_stillAsksTheFollowUp();
    void roundExpiry_hard_inFollowUp_cutsItAndLeavesTheMainAnswerUnlocked();
    void pause_inFollowUp_resumesIntoIt_andIsRefusedWhenThePlanForbids();
    void sleep_inFollowUp_pausesAndRecordsInterrupted();
    void skipMainAnswer_leavesFollowUpsNotReached();
    void skipFollowUp_fromAsked_movesToTheNextOrGrading();
    void noFollowUps_skipsTheStep();
    void abandon_inFollowUp_marksItAbandonedAndTheRestNotReached();
    void snapshot_savedInFollowUp_reopensPausedOnItsClock();
    void snapshot_savedWhileAsked_reopensAsked();
    void retake_plansTheSameFollowUps();
};

void TestEngineFollowUps::everyStateTimesEveryEvent_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("event");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("to");

    // docs/engine.md with two follow-ups per question, written out independently of Engine.cpp.
    // Expiry events are not yet due (1 s in), so they are refused.
    const std::map<std::pair<State, Event>, State> valid = {
        {{State::Ready, Event::Start}, State::RoundIntro},
        {{State::Ready, Event::Abandon}, State::Abandoned},
        {{State::RoundIntro, Event::Continue}, State::Prep},
        {{State::RoundIntro, Event::Abandon}, State::Abandoned},
        {{State::Prep, Event::BeginAnswer}, State::Answering},
        {{State::Prep, Event::Skip}, State::Prep}, // skipped: no follow-up, next question
        {{State::Prep, Event::Pause}, State::Paused},
        {{State::Prep, Event::Abandon}, State::Abandoned},
        {{State::Answering, Event::Submit}, State::FollowUpAsked},
        {{State::Answering, Event::Skip}, State::Prep},
        {{State::Answering, Event::Pause}, State::Paused},
        {{State::Answering, Event::Abandon}, State::Abandoned},
        {{State::FollowUpAsked, Event::BeginAnswer}, State::FollowUpAnswering},
        {{State::FollowUpAsked, Event::Skip}, State::FollowUpAsked}, // the second follow-up
        {{State::FollowUpAsked, Event::Abandon}, State::Abandoned},
        {{State::FollowUpAnswering, Event::Submit}, State::FollowUpAsked},
        {{State::FollowUpAnswering, Event::Skip}, State::FollowUpAsked},
        {{State::FollowUpAnswering, Event::Pause}, State::Paused},
        {{State::FollowUpAnswering, Event::Abandon}, State::Abandoned},
        {{State::Paused, Event::Resume}, State::FollowUpAnswering},
        {{State::Paused, Event::Abandon}, State::Abandoned},
        {{State::Grading, Event::GradeSubmitted}, State::Prep},
        {{State::Grading, Event::Retake}, State::Prep},
        {{State::Grading, Event::Abandon}, State::Abandoned},
        {{State::RoundReview, Event::Continue}, State::Closing},
        {{State::RoundReview, Event::Abandon}, State::Abandoned},
        {{State::Closing, Event::Submit}, State::Finished},
        {{State::Closing, Event::Abandon}, State::Abandoned},
    };
    for (State s : kAllStates) {
        for (Event ev : kAllEvents) {
            const auto it = valid.find({s, ev});
            const bool ok = it != valid.end();
            QTest::addRow("%s × %s", qPrintable(toKey(s)), qPrintable(toKey(ev)))
                << int(s) << int(ev) << ok << int(ok ? it->second : s);
        }
    }
}

void TestEngineFollowUps::everyStateTimesEveryEvent()
{
    QFETCH(int, from);
    QFETCH(int, event);
    QFETCH(bool, accepted);
    QFETCH(int, to);
    FakeClock clock;
    Engine e(&clock, withFollowUps());
    driveTo(e, State(from));
    QCOMPARE(e.state(), State(from));
    clock.advanceMs(1000); // inside every limit
    const EngineSnapshot before = e.snapshot();
    QSignalSpy spy(&e, &Engine::stateChanged);

    const Engine::Result r = e.handle(Event(event));

    QCOMPARE(r.accepted, accepted);
    QCOMPARE(e.state(), State(to));
    if (!accepted) {
        QVERIFY2(!r.reason.isEmpty(), "a refusal must say why");
        QCOMPARE(spy.count(), 0);
        QVERIFY2(e.snapshot() == before, "a refused event must change nothing");
    } else {
        QCOMPARE(spy.count(), 1);
        QVERIFY(r.reason.isEmpty());
    }
}

void TestEngineFollowUps::submit_withFollowUps_asksThemInOrderThenGrades()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps());
    driveTo(e, State::Answering);
    step(e, Event::Submit);
    QCOMPARE(e.state(), State::FollowUpAsked);
    QCOMPARE(e.currentFollowUp(), 0);
    QCOMPARE(e.attemptTimes(0).status, AttemptStatus::Submitted); // the main answer stands
    QCOMPARE(e.attemptTimes(0).followUps[0].status, AttemptStatus::Active);
    QCOMPARE(e.attemptTimes(0).followUps[1].status, AttemptStatus::Pending);
    step(e, Event::BeginAnswer);
    step(e, Event::Submit);
    QCOMPARE(e.state(), State::FollowUpAsked);
    QCOMPARE(e.currentFollowUp(), 1);
    QCOMPARE(e.attemptTimes(0).followUps[0].status, AttemptStatus::Submitted);
    step(e, Event::BeginAnswer);
    step(e, Event::Submit);
    QCOMPARE(e.state(), State::Grading);
    QCOMPARE(e.currentFollowUp(), -1);
    QCOMPARE(e.attemptTimes(0).followUps[1].status, AttemptStatus::Submitted);
}

void TestEngineFollowUps::followUpClock_isItsOwn_andCountsAgainstTheRound()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps(1));
    driveTo(e, State::Answering);
    clock.advanceMs(7'000);
    step(e, Event::Submit);
    clock.advanceMs(3'000); // being asked: no clock runs
    QCOMPARE(e.answerRemainingMs(), kFollowUpMs);
    step(e, Event::BeginAnswer);
    clock.advanceMs(5'000);
    QCOMPARE(e.answerRemainingMs(), kFollowUpMs - 5'000);
    step(e, Event::Submit);
    const AttemptTimes a = e.attemptTimes(0);
    QCOMPARE(a.answerUsedMs, qint64(7'000));
    QCOMPARE(a.followUps[0].answerUsedMs, qint64(5'000));
    QCOMPARE(e.roundTimes(0).usedMs, qint64(12'000));
}

void TestEngineFollowUps::followUpExpiry_hard_locksItAndAsksTheNext()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps(2, ExpiryPolicy::Hard));
    driveTo(e, State::FollowUpAnswering);
    clock.advanceMs(kFollowUpMs - 1);
    QVERIFY(!e.handle(Event::AnswerExpired).accepted); // 1 ms early
    clock.advanceMs(1'500);                            // the tick comes late
    e.tick();
    QCOMPARE(e.state(), State::FollowUpAsked);
    QCOMPARE(e.currentFollowUp(), 1);
    const FollowUpTimes f = e.attemptTimes(0).followUps[0];
    QCOMPARE(f.status, AttemptStatus::Submitted);
    QVERIFY(f.lockedByExpiry);
    QCOMPARE(f.answerUsedMs, kFollowUpMs); // at the deadline, not at the late tick
    QVERIFY(!e.attemptTimes(0).lockedByExpiry);
}

void TestEngineFollowUps::followUpExpiry_soft_runsOnInOvertime()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps(1, ExpiryPolicy::Soft));
    driveTo(e, State::FollowUpAnswering);
    clock.advanceMs(kFollowUpMs + 4'000);
    e.tick();
    QCOMPARE(e.state(), State::FollowUpAnswering);
    QVERIFY(e.attemptTimes(0).followUps[0].overtimeStarted);
    QVERIFY(!e.attemptTimes(0).overtimeStarted);
    QCOMPARE(e.answerRemainingMs(), qint64(-4'000));
    const auto again = e.handle(Event::AnswerExpired);
    QVERIFY(!again.accepted);
    QVERIFY(again.reason.contains(QStringLiteral("overtime")));
    step(e, Event::Submit);
    QCOMPARE(e.attemptTimes(0).followUps[0].overtimeMs(), qint64(4'000));
    QCOMPARE(e.state(), State::Grading);
}

void TestEngineFollowUps::mainAnswerExpiry_hard_stillAsksTheFollowUp()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps(1, ExpiryPolicy::Hard));
    driveTo(e, State::Answering);
    clock.advanceMs(60'000);
    e.tick();
    QCOMPARE(e.state(), State::FollowUpAsked);
    QVERIFY(e.attemptTimes(0).lockedByExpiry);
    QCOMPARE(e.attemptTimes(0).status, AttemptStatus::Submitted);
}

void TestEngineFollowUps::roundExpiry_hard_inFollowUp_cutsItAndLeavesTheMainAnswerUnlocked()
{
    FakeClock clock;
    // Budget 20 s: 10 s of main answer, then 10 s into the first follow-up.
    Engine e(&clock, withFollowUps(2, ExpiryPolicy::Hard, 20'000));
    step(e, Event::Start);
    step(e, Event::Continue);
    step(e, Event::BeginAnswer);
    clock.advanceMs(10'000);
    step(e, Event::Submit);
    step(e, Event::BeginAnswer);
    clock.advanceMs(10'000);
    e.tick();
    QCOMPARE(e.state(), State::Grading);
    const AttemptTimes a = e.attemptTimes(0);
    QVERIFY(!a.lockedByExpiry);
    QCOMPARE(a.followUps[0].status, AttemptStatus::Submitted);
    QVERIFY(a.followUps[0].lockedByExpiry);
    QCOMPARE(a.followUps[1].status, AttemptStatus::NotReached);
    QCOMPARE(e.attemptTimes(1).status, AttemptStatus::NotReached);
    QVERIFY(e.roundTimes(0).budgetExpired);
}

void TestEngineFollowUps::pause_inFollowUp_resumesIntoIt_andIsRefusedWhenThePlanForbids()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps(1));
    driveTo(e, State::FollowUpAnswering);
    clock.advanceMs(2'000);
    step(e, Event::Pause);
    QCOMPARE(e.pausedFrom(), State::FollowUpAnswering);
    QCOMPARE(e.timedState(), State::FollowUpAnswering);
    clock.advanceMs(30'000); // paused: longer than the follow-up's limit
    e.tick();
    QCOMPARE(e.state(), State::Paused);
    QCOMPARE(e.answerRemainingMs(), kFollowUpMs - 2'000);
    step(e, Event::Resume);
    QCOMPARE(e.state(), State::FollowUpAnswering);
    QCOMPARE(e.attemptTimes(0).pausedMs, qint64(30'000));

    Engine strict(&clock, withFollowUps(1, ExpiryPolicy::Hard, 0, false));
    driveTo(strict, State::FollowUpAsked);
    step(strict, Event::BeginAnswer);
    const auto refused = strict.handle(Event::Pause);
    QVERIFY(!refused.accepted);
    QVERIFY(refused.reason.contains(QStringLiteral("pausing")));
}

void TestEngineFollowUps::sleep_inFollowUp_pausesAndRecordsInterrupted()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps(1));
    driveTo(e, State::FollowUpAnswering);
    clock.advanceMs(3'000);
    clock.sleepMs(60'000);
    e.tick();
    QCOMPARE(e.state(), State::Paused);
    QCOMPARE(e.pausedFrom(), State::FollowUpAnswering);
    QCOMPARE(e.attemptTimes(0).interruptedMs, qint64(60'000));
    QCOMPARE(e.answerRemainingMs(), kFollowUpMs - 3'000);
    QVERIFY(!e.pauseReason().isEmpty());
}

void TestEngineFollowUps::skipMainAnswer_leavesFollowUpsNotReached()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps());
    driveTo(e, State::Answering);
    step(e, Event::Skip);
    QCOMPARE(e.state(), State::Prep);
    QCOMPARE(e.currentAttempt(), 1);
    QCOMPARE(e.attemptTimes(0).followUps[0].status, AttemptStatus::NotReached);
    QCOMPARE(e.attemptTimes(0).followUps[1].status, AttemptStatus::NotReached);
}

void TestEngineFollowUps::skipFollowUp_fromAsked_movesToTheNextOrGrading()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps());
    driveTo(e, State::FollowUpAsked);
    step(e, Event::Skip);
    QCOMPARE(e.state(), State::FollowUpAsked);
    QCOMPARE(e.attemptTimes(0).followUps[0].status, AttemptStatus::Skipped);
    step(e, Event::BeginAnswer);
    step(e, Event::Skip);
    QCOMPARE(e.state(), State::Grading); // the main answer was given: it is graded
    QCOMPARE(e.attemptTimes(0).followUps[1].status, AttemptStatus::Skipped);
    QCOMPARE(e.attemptTimes(0).status, AttemptStatus::Submitted);
}

void TestEngineFollowUps::noFollowUps_skipsTheStep()
{
    FakeClock clock;
    EngineConfig c = withFollowUps(1);
    c.attempts[0].followUps.clear(); // an own question without follow-ups
    Engine e(&clock, c);
    driveTo(e, State::Answering);
    step(e, Event::Submit);
    QCOMPARE(e.state(), State::Grading);
    step(e, Event::GradeSubmitted);
    step(e, Event::BeginAnswer);
    step(e, Event::Submit);
    QCOMPARE(e.state(), State::FollowUpAsked); // the second question has one
}

void TestEngineFollowUps::abandon_inFollowUp_marksItAbandonedAndTheRestNotReached()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps());
    driveTo(e, State::FollowUpAnswering);
    clock.advanceMs(4'000);
    step(e, Event::Abandon);
    const AttemptTimes a = e.attemptTimes(0);
    QCOMPARE(a.status, AttemptStatus::Submitted);
    QCOMPARE(a.followUps[0].status, AttemptStatus::Abandoned);
    QCOMPARE(a.followUps[0].answerUsedMs, qint64(4'000));
    QCOMPARE(a.followUps[1].status, AttemptStatus::NotReached);
    QCOMPARE(e.attemptTimes(1).followUps[0].status, AttemptStatus::NotReached);
}

void TestEngineFollowUps::snapshot_savedInFollowUp_reopensPausedOnItsClock()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps());
    driveTo(e, State::FollowUpAnswering);
    clock.advanceMs(6'000);
    const EngineSnapshot saved = e.snapshot();
    QCOMPARE(saved.state, State::FollowUpAnswering);

    Engine reopened(&clock, withFollowUps(), saved, 9'000);
    QCOMPARE(reopened.state(), State::Paused);
    QCOMPARE(reopened.pausedFrom(), State::FollowUpAnswering);
    QCOMPARE(reopened.currentFollowUp(), 0);
    QCOMPARE(reopened.answerRemainingMs(), kFollowUpMs - 6'000);
    QCOMPARE(reopened.attemptTimes(0).interruptedMs, qint64(9'000));
    step(reopened, Event::Resume);
    clock.advanceMs(1'000);
    step(reopened, Event::Submit);
    QCOMPARE(reopened.attemptTimes(0).followUps[0].answerUsedMs, qint64(7'000));
    QCOMPARE(reopened.state(), State::FollowUpAsked);
    QCOMPARE(reopened.currentFollowUp(), 1);
}

void TestEngineFollowUps::snapshot_savedWhileAsked_reopensAsked()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps());
    driveTo(e, State::FollowUpAsked);
    Engine reopened(&clock, withFollowUps(), e.snapshot(), 9'000);
    QCOMPARE(reopened.state(), State::FollowUpAsked);
    QCOMPARE(reopened.currentFollowUp(), 0);
    step(reopened, Event::BeginAnswer);
    QCOMPARE(reopened.answerRemainingMs(), kFollowUpMs);
}

void TestEngineFollowUps::retake_plansTheSameFollowUps()
{
    FakeClock clock;
    Engine e(&clock, withFollowUps());
    driveTo(e, State::Grading);
    QVERIFY(e.retake(0).accepted);
    QCOMPARE(e.attemptCount(), 3);
    const AttemptTimes fresh = e.attemptTimes(2);
    QCOMPARE(fresh.followUps.size(), 2);
    QCOMPARE(fresh.followUps[0].status, AttemptStatus::Pending);
    QCOMPARE(fresh.followUps[0].answerLimitMs, kFollowUpMs);
    QCOMPARE(fresh.followUps[0].answerUsedMs, qint64(0));
    QCOMPARE(e.attemptTimes(0).followUps[0].status, AttemptStatus::Submitted);
}

QTEST_GUILESS_MAIN(TestEngineFollowUps)
#include "test_engine_followups.moc"
