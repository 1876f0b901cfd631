// Every state × every event: valid events go where docs/engine.md says, invalid ones are
// refused with a reason and change nothing.
#include "session/Engine.h"
#include "FakeClock.h"

#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

// One round of two questions: prep 10 s, answer 60 s, no round budget.
EngineConfig twoQuestions(GradingTiming grading = GradingTiming::AfterEachQuestion,
                          ExpiryPolicy expiry = ExpiryPolicy::Soft, qint64 budgetMs = 0,
                          bool pauseAllowed = true, bool closing = true)
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
    c.attempts = {a, a};
    c.gradingTiming = grading;
    c.pauseAllowed = pauseAllowed;
    c.closingSegment = closing;
    return c;
}

// Drives a fresh engine into the wanted state by valid events only.
void driveTo(Engine &e, State target)
{
    auto step = [&e](Event ev) {
        const auto r = e.handle(ev);
        QVERIFY2(r.accepted, qPrintable(r.reason));
    };
    if (target == State::Ready)
        return;
    if (target == State::Abandoned) {
        step(Event::Abandon);
        return;
    }
    step(Event::Start);
    if (target == State::RoundIntro)
        return;
    step(Event::Continue);
    if (target == State::Prep)
        return;
    step(Event::BeginAnswer);
    if (target == State::Answering)
        return;
    if (target == State::Paused) {
        step(Event::Pause);
        return;
    }
    step(Event::Submit);
    if (target == State::Grading)
        return;
    step(Event::GradeSubmitted); // -> Prep of question 2
    step(Event::Skip);           // -> RoundReview
    if (target == State::RoundReview)
        return;
    step(Event::Continue);
    if (target == State::Closing)
        return;
    step(Event::Submit);
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private slots:
    void everyStateTimesEveryEvent_data();
    void everyStateTimesEveryEvent();
    void expiryEvents_whenDue_followTheTable_data();
    void expiryEvents_whenDue_followTheTable();
    void pause_whenPlanForbidsIt_isRefusedWithReason();
    void skip_fromPrep_movesToNextQuestionAndIsRecorded();
    void abandon_closesTheOpenAttempt_andTheRestIsNotReached();
    void gradingAtEndOfRound_gradesEveryAnsweredQuestionBeforeReview();
    void gradingAtEndOfLoop_gradesAfterClosing();
    void noClosingSegment_finishesAfterLastReview();
    void zeroPrep_goesStraightToAnswering();
    void stateChanged_isTheOneSignal_emittedPerTransition();
    void snapshot_restoresIntoPausedWithInterruptedTime();
    void snapshot_savedWhilePaused_countsTheTimeAwayAsPaused();
    void retake_fromGrading_opensANewAttemptThenTheRestOfTheRound();
    void retake_fromRoundReview_retakesTheChosenAnsweredAttempt();
    void retake_atEndOfRoundGrading_gradesTheRetakeBeforeReview();
    void retake_whenNotAllowed_isRefusedWithReasonAndChangesNothing_data();
    void retake_whenNotAllowed_isRefusedWithReasonAndChangesNothing();
};

void TestEngine::everyStateTimesEveryEvent_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("event");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("to");

    // The documented table (docs/engine.md), written out independently of Engine.cpp.
    // Expiry events here are not yet due, so they are refused.
    const std::map<std::pair<State, Event>, State> valid = {
        {{State::Ready, Event::Start}, State::RoundIntro},
        {{State::Ready, Event::Abandon}, State::Abandoned},
        {{State::RoundIntro, Event::Continue}, State::Prep},
        {{State::RoundIntro, Event::Abandon}, State::Abandoned},
        {{State::Prep, Event::BeginAnswer}, State::Answering},
        {{State::Prep, Event::Skip}, State::Prep}, // next question (skips are not graded)
        {{State::Prep, Event::Pause}, State::Paused},
        {{State::Prep, Event::Abandon}, State::Abandoned},
        {{State::Answering, Event::Submit}, State::Grading},
        {{State::Answering, Event::Skip}, State::Prep},
        {{State::Answering, Event::Pause}, State::Paused},
        {{State::Answering, Event::Abandon}, State::Abandoned},
        {{State::Paused, Event::Resume}, State::Answering},
        {{State::Paused, Event::Abandon}, State::Abandoned},
        {{State::Grading, Event::GradeSubmitted}, State::Prep},
        {{State::Grading, Event::Abandon}, State::Abandoned},
        {{State::RoundReview, Event::Continue}, State::Closing},
        {{State::RoundReview, Event::Abandon}, State::Abandoned},
        {{State::Closing, Event::Submit}, State::Finished},
        {{State::Closing, Event::Abandon}, State::Abandoned},
    };
    for (State s : kAllStates) {
        // The follow-up states need a plan with follow-ups: test_engine_followups.
        if (s == State::FollowUpAsked || s == State::FollowUpAnswering)
            continue;
        for (Event ev : kAllEvents) {
            const auto it = valid.find({s, ev});
            const bool ok = it != valid.end();
            QTest::addRow("%s × %s", qPrintable(toKey(s)), qPrintable(toKey(ev)))
                << int(s) << int(ev) << ok << int(ok ? it->second : s);
        }
    }
}

void TestEngine::everyStateTimesEveryEvent()
{
    QFETCH(int, from);
    QFETCH(int, event);
    QFETCH(bool, accepted);
    QFETCH(int, to);
    FakeClock clock;
    Engine e(&clock, twoQuestions());
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

void TestEngine::expiryEvents_whenDue_followTheTable_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("event");
    QTest::addColumn<int>("expiry");
    QTest::addColumn<qint64>("budgetMs");
    QTest::addColumn<qint64>("advanceMs");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("attempt0Status");

    QTest::newRow("prep expired -> answering")
        << int(State::Prep) << int(Event::PrepExpired) << int(ExpiryPolicy::Hard) << qint64(0)
        << qint64(10'000) << int(State::Answering) << int(AttemptStatus::Active);
    QTest::newRow("hard answer expiry -> grading, locked")
        << int(State::Answering) << int(Event::AnswerExpired) << int(ExpiryPolicy::Hard)
        << qint64(0) << qint64(60'000) << int(State::Grading) << int(AttemptStatus::Submitted);
    QTest::newRow("soft answer expiry -> stays answering")
        << int(State::Answering) << int(Event::AnswerExpired) << int(ExpiryPolicy::Soft)
        << qint64(0) << qint64(60'000) << int(State::Answering) << int(AttemptStatus::Active);
    QTest::newRow("hard round expiry in prep -> grading of the cut answer")
        << int(State::Prep) << int(Event::RoundExpired) << int(ExpiryPolicy::Hard) << qint64(5'000)
        << qint64(5'000) << int(State::Grading) << int(AttemptStatus::Submitted);
    QTest::newRow("soft round expiry in answering -> stays")
        << int(State::Answering) << int(Event::RoundExpired) << int(ExpiryPolicy::Soft)
        << qint64(20'000) << qint64(20'000) << int(State::Answering) << int(AttemptStatus::Active);
}

void TestEngine::expiryEvents_whenDue_followTheTable()
{
    QFETCH(int, from);
    QFETCH(int, event);
    QFETCH(int, expiry);
    QFETCH(qint64, budgetMs);
    QFETCH(qint64, advanceMs);
    QFETCH(int, to);
    QFETCH(int, attempt0Status);
    FakeClock clock;
    Engine e(&clock, twoQuestions(GradingTiming::AfterEachQuestion, ExpiryPolicy(expiry), budgetMs));
    driveTo(e, State(from));
    clock.advanceMs(advanceMs - 1);
    QVERIFY(!e.handle(Event(event)).accepted); // one millisecond early: refused
    clock.advanceMs(1);
    const auto r = e.handle(Event(event));
    QVERIFY2(r.accepted, qPrintable(r.reason));
    QCOMPARE(e.state(), State(to));
    QCOMPARE(int(e.attemptTimes(0).status), attempt0Status);
}

void TestEngine::pause_whenPlanForbidsIt_isRefusedWithReason()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions(GradingTiming::AfterEachQuestion, ExpiryPolicy::Hard, 0, false));
    driveTo(e, State::Answering);
    const auto r = e.handle(Event::Pause);
    QVERIFY(!r.accepted);
    QVERIFY(r.reason.contains(QStringLiteral("pausing")));
    QCOMPARE(e.state(), State::Answering);
}

void TestEngine::skip_fromPrep_movesToNextQuestionAndIsRecorded()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    driveTo(e, State::Prep);
    clock.advanceSeconds(3);
    QVERIFY(e.handle(Event::Skip));
    QCOMPARE(e.state(), State::Prep);
    QCOMPARE(e.currentAttempt(), 1);
    QCOMPARE(e.attemptTimes(0).status, AttemptStatus::Skipped);
    QCOMPARE(e.attemptTimes(0).prepUsedMs, 3000);
    QVERIFY(!e.attemptTimes(0).graded);
}

void TestEngine::abandon_closesTheOpenAttempt_andTheRestIsNotReached()
{
    // Two rounds: abandoned while answering (paused) the first question of the first.
    EngineConfig config = twoQuestions();
    config.rounds.append(config.rounds.first());
    AttemptTimes later = config.attempts.first();
    later.round = 1;
    config.attempts.append(later);
    FakeClock clock;
    Engine e(&clock, config);
    driveTo(e, State::Answering);
    clock.advanceSeconds(20);
    QVERIFY(e.handle(Event::Pause));
    clock.advanceSeconds(5);
    QVERIFY(e.handle(Event::Abandon));
    QCOMPARE(e.state(), State::Abandoned);
    QCOMPARE(e.attemptTimes(0).status, AttemptStatus::Abandoned);
    QCOMPARE(e.attemptTimes(0).answerUsedMs, 20'000);
    QCOMPARE(e.attemptTimes(0).pausedMs, 5'000);
    QCOMPARE(e.attemptTimes(1).status, AttemptStatus::NotReached); // the rest of the round
    QCOMPARE(e.attemptTimes(2).status, AttemptStatus::NotReached); // a round never reached
    QCOMPARE(toKey(AttemptStatus::Abandoned), QStringLiteral("abandoned"));
    QCOMPARE(attemptStatusFromKey(QStringLiteral("abandoned")),
             std::optional(AttemptStatus::Abandoned));

    // Abandoned while grading: the answer stays submitted (and ungraded).
    Engine g(&clock, config);
    driveTo(g, State::Grading);
    QVERIFY(g.handle(Event::Abandon));
    QCOMPARE(g.attemptTimes(0).status, AttemptStatus::Submitted);
    QCOMPARE(g.attemptTimes(1).status, AttemptStatus::NotReached);
    QCOMPARE(g.attemptTimes(2).status, AttemptStatus::NotReached);
}

void TestEngine::gradingAtEndOfRound_gradesEveryAnsweredQuestionBeforeReview()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions(GradingTiming::EndOfRound));
    driveTo(e, State::Answering);
    QVERIFY(e.handle(Event::Submit));
    QCOMPARE(e.state(), State::Prep); // no grading yet
    QVERIFY(e.handle(Event::BeginAnswer));
    QVERIFY(e.handle(Event::Submit));
    QCOMPARE(e.state(), State::Grading);
    QCOMPARE(e.currentAttempt(), 0);
    QVERIFY(e.handle(Event::GradeSubmitted));
    QCOMPARE(e.state(), State::Grading);
    QCOMPARE(e.currentAttempt(), 1);
    QVERIFY(e.handle(Event::GradeSubmitted));
    QCOMPARE(e.state(), State::RoundReview);
}

void TestEngine::gradingAtEndOfLoop_gradesAfterClosing()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions(GradingTiming::EndOfLoop));
    driveTo(e, State::Answering);
    QVERIFY(e.handle(Event::Submit));
    QVERIFY(e.handle(Event::Skip));
    QCOMPARE(e.state(), State::RoundReview);
    QVERIFY(e.handle(Event::Continue));
    QCOMPARE(e.state(), State::Closing);
    QVERIFY(e.handle(Event::Submit));
    QCOMPARE(e.state(), State::Grading); // only the answered one; the skipped is not graded
    QCOMPARE(e.currentAttempt(), 0);
    QVERIFY(e.handle(Event::GradeSubmitted));
    QCOMPARE(e.state(), State::Finished);
}

void TestEngine::noClosingSegment_finishesAfterLastReview()
{
    FakeClock clock;
    Engine e(&clock,
             twoQuestions(GradingTiming::AfterEachQuestion, ExpiryPolicy::Soft, 0, true, false));
    driveTo(e, State::RoundReview);
    QVERIFY(e.handle(Event::Continue));
    QCOMPARE(e.state(), State::Finished);
}

void TestEngine::zeroPrep_goesStraightToAnswering()
{
    FakeClock clock;
    EngineConfig c = twoQuestions();
    c.attempts[0].prepLimitMs = 0;
    Engine e(&clock, c);
    QVERIFY(e.handle(Event::Start));
    QVERIFY(e.handle(Event::Continue));
    QCOMPARE(e.state(), State::Answering);
}

void TestEngine::stateChanged_isTheOneSignal_emittedPerTransition()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    QSignalSpy spy(&e, &Engine::stateChanged);
    driveTo(e, State::Finished);
    // start, continue, begin, submit, grade, skip, continue, submit
    QCOMPARE(spy.count(), 8);
    QCOMPARE(spy.first().at(0).value<State>(), State::Ready);
    QCOMPARE(spy.first().at(1).value<State>(), State::RoundIntro);
    QCOMPARE(spy.last().at(1).value<State>(), State::Finished);
    QVERIFY(e.isTerminal());
}

void TestEngine::snapshot_restoresIntoPausedWithInterruptedTime()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    driveTo(e, State::Answering);
    clock.advanceSeconds(7);
    const EngineSnapshot saved = e.snapshot();

    FakeClock later;
    later.advanceSeconds(1000);
    Engine restored(&later, twoQuestions(), saved, 42'000);
    QCOMPARE(restored.state(), State::Paused);
    QCOMPARE(restored.pausedFrom(), State::Answering);
    QCOMPARE(restored.attemptTimes(0).answerUsedMs, 7000);
    QCOMPARE(restored.attemptTimes(0).interruptedMs, 42'000);
    QCOMPARE(restored.answerRemainingMs(), 53'000);
    later.advanceSeconds(10); // paused: the answer clock stands still
    QCOMPARE(restored.answerRemainingMs(), 53'000);
    QVERIFY(restored.handle(Event::Resume));
    QCOMPARE(restored.state(), State::Answering);
    QCOMPARE(restored.attemptTimes(0).pausedMs, 10'000);
}

void TestEngine::snapshot_savedWhilePaused_countsTheTimeAwayAsPaused()
{
    FakeClock clock;
    Engine e(&clock, twoQuestions());
    driveTo(e, State::Paused);
    clock.advanceSeconds(5);
    const EngineSnapshot saved = e.snapshot();
    FakeClock later;
    Engine restored(&later, twoQuestions(), saved, 3'600'000);
    QCOMPARE(restored.state(), State::Paused);
    QCOMPARE(restored.attemptTimes(0).interruptedMs, 0);
    QCOMPARE(restored.attemptTimes(0).pausedMs, 5'000 + 3'600'000);
}

QTEST_GUILESS_MAIN(TestEngine)
void TestEngine::retake_fromGrading_opensANewAttemptThenTheRestOfTheRound()
{
    FakeClock clock;
    EngineConfig config = twoQuestions();
    config.retakeAllowed = true;
    Engine e(&clock, config);
    driveTo(e, State::Grading);
    QCOMPARE(e.currentAttempt(), 0);
    clock.advanceMs(3000);
    QSignalSpy spy(&e, &Engine::stateChanged);

    const Engine::Result r = e.handle(Event::Retake);

    QVERIFY2(r.accepted, qPrintable(r.reason));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(e.state(), State::Prep);
    QCOMPARE(e.attemptCount(), 3);
    QCOMPARE(e.currentAttempt(), 2);
    const AttemptTimes retake = e.attemptTimes(2);
    QCOMPARE(retake.round, 0);
    QCOMPARE(retake.prepLimitMs, 10'000);
    QCOMPARE(retake.answerLimitMs, 60'000);
    QCOMPARE(retake.status, AttemptStatus::Active);
    QCOMPARE(retake.answerUsedMs, 0);
    QVERIFY(e.attemptTimes(0).graded); // graded as part of the retake
    QCOMPARE(e.attemptTimes(1).status, AttemptStatus::Pending);
    QCOMPARE(e.prepRemainingMs(), 10'000); // its own clock starts now

    QVERIFY(e.handle(Event::BeginAnswer));
    clock.advanceMs(20'000);
    QVERIFY(e.handle(Event::Submit));
    QCOMPARE(e.state(), State::Grading);
    QCOMPARE(e.currentAttempt(), 2);
    QCOMPARE(e.attemptTimes(2).answerUsedMs, 20'000);
    QVERIFY(e.handle(Event::GradeSubmitted));
    // The question still pending in the round comes next.
    QCOMPARE(e.state(), State::Prep);
    QCOMPARE(e.currentAttempt(), 1);
}

void TestEngine::retake_fromRoundReview_retakesTheChosenAnsweredAttempt()
{
    FakeClock clock;
    EngineConfig config = twoQuestions();
    config.retakeAllowed = true;
    Engine e(&clock, config);
    driveTo(e, State::RoundReview); // attempt 0 answered and graded, attempt 1 skipped
    const EngineSnapshot before = e.snapshot();

    const Engine::Result skipped = e.retake(1);
    QVERIFY(!skipped.accepted);
    QVERIFY(!skipped.reason.isEmpty());
    QVERIFY(e.snapshot() == before);
    QVERIFY(!e.checkRetake(1).accepted);
    QVERIFY(e.checkRetake(0).accepted);

    QVERIFY(e.retake(0));
    QCOMPARE(e.state(), State::Prep);
    QCOMPARE(e.currentAttempt(), 2);
    QCOMPARE(e.attemptTimes(2).round, 0);
    QVERIFY(e.handle(Event::BeginAnswer));
    QVERIFY(e.handle(Event::Submit));
    QCOMPARE(e.state(), State::Grading);
    QVERIFY(e.handle(Event::GradeSubmitted));
    QCOMPARE(e.state(), State::RoundReview); // nothing else pending: back to the review
    QVERIFY(e.handle(Event::Continue));
    QCOMPARE(e.state(), State::Closing);
}

void TestEngine::retake_atEndOfRoundGrading_gradesTheRetakeBeforeReview()
{
    FakeClock clock;
    EngineConfig config = twoQuestions(GradingTiming::EndOfRound);
    config.retakeAllowed = true;
    Engine e(&clock, config);
    QVERIFY(e.handle(Event::Start));
    QVERIFY(e.handle(Event::Continue));
    QVERIFY(e.handle(Event::BeginAnswer));
    QVERIFY(e.handle(Event::Submit));
    QVERIFY(e.handle(Event::BeginAnswer));
    QVERIFY(e.handle(Event::Submit));
    QCOMPARE(e.state(), State::Grading);
    QCOMPARE(e.currentAttempt(), 0);

    QVERIFY(e.handle(Event::Retake));
    QCOMPARE(e.currentAttempt(), 2);
    QVERIFY(e.handle(Event::BeginAnswer));
    QVERIFY(e.handle(Event::Submit));
    // Back to grading what is left ungraded: question 2, then the retake.
    QCOMPARE(e.state(), State::Grading);
    QCOMPARE(e.currentAttempt(), 1);
    QVERIFY(e.handle(Event::GradeSubmitted));
    QCOMPARE(e.state(), State::Grading);
    QCOMPARE(e.currentAttempt(), 2);
    QVERIFY(e.handle(Event::GradeSubmitted));
    QCOMPARE(e.state(), State::RoundReview);
}

void TestEngine::retake_whenNotAllowed_isRefusedWithReasonAndChangesNothing_data()
{
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("grading");
    QTest::addColumn<qint64>("budgetMs");
    QTest::addColumn<QString>("reason");
    QTest::newRow("plan forbids") << false << int(GradingTiming::AfterEachQuestion) << qint64(0)
                                  << QStringLiteral("This plan does not allow retakes.");
    QTest::newRow("grading at end of loop")
        << true << int(GradingTiming::EndOfLoop) << qint64(0)
        << QStringLiteral("This plan grades at the end of the loop; retake a question from its "
                          "round review instead.");
    QTest::newRow("hard round budget used up")
        << true << int(GradingTiming::AfterEachQuestion) << qint64(30'000)
        << QStringLiteral("The round's time budget is used up.");
}

void TestEngine::retake_whenNotAllowed_isRefusedWithReasonAndChangesNothing()
{
    QFETCH(bool, allowed);
    QFETCH(int, grading);
    QFETCH(qint64, budgetMs);
    QFETCH(QString, reason);
    FakeClock clock;
    EngineConfig config = twoQuestions(GradingTiming(grading),
                                       budgetMs > 0 ? ExpiryPolicy::Hard : ExpiryPolicy::Soft,
                                       budgetMs, true, false);
    config.retakeAllowed = allowed;
    Engine e(&clock, config);
    QVERIFY(e.handle(Event::Start));
    QVERIFY(e.handle(Event::Continue));
    QVERIFY(e.handle(Event::BeginAnswer));
    if (budgetMs > 0) {
        clock.advanceMs(budgetMs); // the round's hard budget runs out on this answer
        e.tick();
    } else {
        QVERIFY(e.handle(Event::Submit));
    }
    if (GradingTiming(grading) == GradingTiming::EndOfLoop) {
        QVERIFY(e.handle(Event::Skip));     // question 2
        QVERIFY(e.handle(Event::Continue)); // review -> end of loop grading
    }
    QCOMPARE(e.state(), State::Grading);
    const EngineSnapshot before = e.snapshot();
    QSignalSpy spy(&e, &Engine::stateChanged);

    const Engine::Result r = e.handle(Event::Retake);

    QVERIFY(!r.accepted);
    QCOMPARE(r.reason, reason);
    QCOMPARE(spy.count(), 0);
    QVERIFY(e.snapshot() == before);
}

#include "test_engine.moc"
