#include "session/Engine.h"

#include "base/TimeText.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace mockloop {

// ---------------------------------------------------------------------------------------------
// Names

QString toKey(State state)
{
    switch (state) {
    case State::Ready: return QStringLiteral("ready");
    case State::RoundIntro: return QStringLiteral("round_intro");
    case State::Prep: return QStringLiteral("prep");
    case State::Answering: return QStringLiteral("answering");
    case State::Grading: return QStringLiteral("grading");
    case State::RoundReview: return QStringLiteral("round_review");
    case State::Closing: return QStringLiteral("closing");
    case State::Finished: return QStringLiteral("finished");
    case State::Paused: return QStringLiteral("paused");
    case State::Abandoned: return QStringLiteral("abandoned");
    case State::FollowUpAsked: return QStringLiteral("follow_up_asked");
    case State::FollowUpAnswering: return QStringLiteral("follow_up_answering");
    }
    return {};
}

std::optional<State> stateFromKey(const QString &key)
{
    for (State s : kAllStates) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString toKey(Event event)
{
    switch (event) {
    case Event::Start: return QStringLiteral("start");
    case Event::Continue: return QStringLiteral("continue");
    case Event::BeginAnswer: return QStringLiteral("begin_answer");
    case Event::Submit: return QStringLiteral("submit");
    case Event::Skip: return QStringLiteral("skip");
    case Event::Pause: return QStringLiteral("pause");
    case Event::Resume: return QStringLiteral("resume");
    case Event::Abandon: return QStringLiteral("abandon");
    case Event::GradeSubmitted: return QStringLiteral("grade_submitted");
    case Event::Retake: return QStringLiteral("retake");
    case Event::PrepExpired: return QStringLiteral("prep_expired");
    case Event::AnswerExpired: return QStringLiteral("answer_expired");
    case Event::RoundExpired: return QStringLiteral("round_expired");
    case Event::Slept: return QStringLiteral("slept");
    }
    return {};
}

QString displayName(State state)
{
    switch (state) {
    case State::Ready: return QCoreApplication::translate("State", "ready");
    case State::RoundIntro: return QCoreApplication::translate("State", "round introduction");
    case State::Prep: return QCoreApplication::translate("State", "preparation");
    case State::Answering: return QCoreApplication::translate("State", "answering");
    case State::Grading: return QCoreApplication::translate("State", "grading");
    case State::RoundReview: return QCoreApplication::translate("State", "round review");
    case State::Closing: return QCoreApplication::translate("State", "closing");
    case State::Finished: return QCoreApplication::translate("State", "finished");
    case State::Paused: return QCoreApplication::translate("State", "paused");
    case State::Abandoned: return QCoreApplication::translate("State", "abandoned");
    case State::FollowUpAsked: return QCoreApplication::translate("State", "follow-up question");
    case State::FollowUpAnswering:
        return QCoreApplication::translate("State", "answering the follow-up");
    }
    return {};
}

QString displayName(Event event)
{
    switch (event) {
    case Event::Start: return QCoreApplication::translate("Event", "Start");
    case Event::Continue: return QCoreApplication::translate("Event", "Continue");
    case Event::BeginAnswer: return QCoreApplication::translate("Event", "Begin answer");
    case Event::Submit: return QCoreApplication::translate("Event", "Submit");
    case Event::Skip: return QCoreApplication::translate("Event", "Skip");
    case Event::Pause: return QCoreApplication::translate("Event", "Pause");
    case Event::Resume: return QCoreApplication::translate("Event", "Resume");
    case Event::Abandon: return QCoreApplication::translate("Event", "Abandon");
    case Event::GradeSubmitted: return QCoreApplication::translate("Event", "Submit grade");
    case Event::Retake: return QCoreApplication::translate("Event", "Retake");
    case Event::PrepExpired: return QCoreApplication::translate("Event", "Preparation time up");
    case Event::AnswerExpired: return QCoreApplication::translate("Event", "Answer time up");
    case Event::RoundExpired: return QCoreApplication::translate("Event", "Round time up");
    case Event::Slept: return QCoreApplication::translate("Event", "Computer asleep");
    }
    return {};
}

QString toKey(AttemptStatus status)
{
    switch (status) {
    case AttemptStatus::Pending: return QStringLiteral("pending");
    case AttemptStatus::Active: return QStringLiteral("active");
    case AttemptStatus::Submitted: return QStringLiteral("submitted");
    case AttemptStatus::Skipped: return QStringLiteral("skipped");
    case AttemptStatus::NotReached: return QStringLiteral("not_reached");
    case AttemptStatus::Abandoned: return QStringLiteral("abandoned");
    }
    return {};
}

std::optional<AttemptStatus> attemptStatusFromKey(const QString &key)
{
    for (AttemptStatus s :
         {AttemptStatus::Pending, AttemptStatus::Active, AttemptStatus::Submitted,
          AttemptStatus::Skipped, AttemptStatus::NotReached, AttemptStatus::Abandoned}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// The transition table

enum class Engine::Guard {
    None,
    PauseAllowed,
    PrepDue,
    AnswerDueHard,
    AnswerDueSoft,
    RoundDueHard,
    RoundDueSoft,
    RetakeAllowed,
    SleepNoticed,
};

// Where a transition goes. Choice targets are resolved from the plan and the attempts left;
// they are the only places that decide between states, and each is a small function below.
enum class Engine::Target {
    Stay, // accepted, the state does not change (soft expiries)
    RoundIntro,
    Answering,
    FollowUpAnswering,
    Paused,
    Abandoned,
    PausedFrom,    // back to where the pause came from
    NextQuestion,  // the round's next pending question, else the end of the round
    AfterAttempt,  // grading now (after each question) or the next question
    AfterAnswer,   // the attempt's first follow-up, else ⟨after attempt⟩
    AfterFollowUp, // the attempt's next follow-up, else ⟨after attempt⟩
    AfterGrade,    // the next question / next ungraded attempt / review / finish
    AfterReview,   // the next round, the closing segment, or the end of the loop
    EndOfLoop,     // grading at the end of the loop, else finished
    NewAttempt,    // the attempt the action just appended
};

enum class Engine::Action {
    None,
    BeginLoop,
    BeginAnswer,
    Submit,
    Skip,
    LockAtDeadline,
    NoteAnswerOvertime,
    EndRoundAtDeadline,
    NoteRoundOvertime,
    Pause,
    PauseAsleep,
    Resume,
    Abandon,
    RecordGrade,
    AppendRetake,
    BeginFollowUp,
    SubmitFollowUp,
    SkipFollowUp,
    LockFollowUpAtDeadline,
};

struct Engine::Transition
{
    State from;
    Event event;
    Guard guard;
    Target target;
    Action action;
};

const QList<Engine::Transition> &Engine::table()
{
    using S = State;
    using E = Event;
    using G = Guard;
    using T = Target;
    using A = Action;
    static const QList<Transition> rows = {
        {S::Ready, E::Start, G::None, T::RoundIntro, A::BeginLoop},
        {S::RoundIntro, E::Continue, G::None, T::NextQuestion, A::None},

        {S::Prep, E::BeginAnswer, G::None, T::Answering, A::BeginAnswer},
        {S::Prep, E::PrepExpired, G::PrepDue, T::Answering, A::BeginAnswer},
        {S::Prep, E::Skip, G::None, T::AfterAttempt, A::Skip},
        {S::Prep, E::Pause, G::PauseAllowed, T::Paused, A::Pause},
        {S::Prep, E::RoundExpired, G::RoundDueHard, T::AfterAttempt, A::EndRoundAtDeadline},
        {S::Prep, E::RoundExpired, G::RoundDueSoft, T::Stay, A::NoteRoundOvertime},
        {S::Prep, E::Slept, G::SleepNoticed, T::Paused, A::PauseAsleep},

        {S::Answering, E::Submit, G::None, T::AfterAnswer, A::Submit},
        {S::Answering, E::Skip, G::None, T::AfterAttempt, A::Skip},
        {S::Answering, E::Pause, G::PauseAllowed, T::Paused, A::Pause},
        {S::Answering, E::AnswerExpired, G::AnswerDueHard, T::AfterAnswer, A::LockAtDeadline},
        {S::Answering, E::AnswerExpired, G::AnswerDueSoft, T::Stay, A::NoteAnswerOvertime},
        {S::Answering, E::RoundExpired, G::RoundDueHard, T::AfterAttempt, A::EndRoundAtDeadline},
        {S::Answering, E::RoundExpired, G::RoundDueSoft, T::Stay, A::NoteRoundOvertime},
        {S::Answering, E::Slept, G::SleepNoticed, T::Paused, A::PauseAsleep},

        {S::FollowUpAsked, E::BeginAnswer, G::None, T::FollowUpAnswering, A::BeginFollowUp},
        {S::FollowUpAsked, E::Skip, G::None, T::AfterFollowUp, A::SkipFollowUp},

        {S::FollowUpAnswering, E::Submit, G::None, T::AfterFollowUp, A::SubmitFollowUp},
        {S::FollowUpAnswering, E::Skip, G::None, T::AfterFollowUp, A::SkipFollowUp},
        {S::FollowUpAnswering, E::Pause, G::PauseAllowed, T::Paused, A::Pause},
        {S::FollowUpAnswering, E::AnswerExpired, G::AnswerDueHard, T::AfterFollowUp,
         A::LockFollowUpAtDeadline},
        {S::FollowUpAnswering, E::AnswerExpired, G::AnswerDueSoft, T::Stay, A::NoteAnswerOvertime},
        {S::FollowUpAnswering, E::RoundExpired, G::RoundDueHard, T::AfterAttempt,
         A::EndRoundAtDeadline},
        {S::FollowUpAnswering, E::RoundExpired, G::RoundDueSoft, T::Stay, A::NoteRoundOvertime},
        {S::FollowUpAnswering, E::Slept, G::SleepNoticed, T::Paused, A::PauseAsleep},

        {S::Paused, E::Resume, G::None, T::PausedFrom, A::Resume},

        {S::Grading, E::GradeSubmitted, G::None, T::AfterGrade, A::RecordGrade},
        {S::Grading, E::Retake, G::RetakeAllowed, T::NewAttempt, A::AppendRetake},
        {S::RoundReview, E::Continue, G::None, T::AfterReview, A::None},
        {S::RoundReview, E::Retake, G::RetakeAllowed, T::NewAttempt, A::AppendRetake},
        {S::Closing, E::Submit, G::None, T::EndOfLoop, A::None},

        {S::Ready, E::Abandon, G::None, T::Abandoned, A::Abandon},
        {S::RoundIntro, E::Abandon, G::None, T::Abandoned, A::Abandon},
        {S::Prep, E::Abandon, G::None, T::Abandoned, A::Abandon},
        {S::Answering, E::Abandon, G::None, T::Abandoned, A::Abandon},
        {S::FollowUpAsked, E::Abandon, G::None, T::Abandoned, A::Abandon},
        {S::FollowUpAnswering, E::Abandon, G::None, T::Abandoned, A::Abandon},
        {S::Paused, E::Abandon, G::None, T::Abandoned, A::Abandon},
        {S::Grading, E::Abandon, G::None, T::Abandoned, A::Abandon},
        {S::RoundReview, E::Abandon, G::None, T::Abandoned, A::Abandon},
        {S::Closing, E::Abandon, G::None, T::Abandoned, A::Abandon},
    };
    return rows;
}

// ---------------------------------------------------------------------------------------------

Engine::Engine(const Clock *clock, EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_rounds(m_config.rounds)
    , m_attempts(m_config.attempts)
{
    m_segmentStart = now();
    m_monotonicSeen = m_segmentStart;
    m_boottimeSeen = m_clock->boottimeMs();
}

Engine::Engine(const Clock *clock, EngineConfig config, const EngineSnapshot &saved,
               qint64 interruptedMs, QObject *parent)
    : Engine(clock, std::move(config), parent)
{
    m_rounds = saved.rounds;
    m_attempts = saved.attempts;
    m_round = saved.round;
    m_attempt = saved.attempt;
    m_state = saved.state;
    m_pausedFrom = saved.pausedFrom;
    if (m_state == State::Prep || m_state == State::Answering || m_state == State::FollowUpAnswering) {
        m_pausedFrom = m_state;
        m_state = State::Paused;
    }
    const bool wasPaused = saved.state == State::Paused;
    if (m_state == State::Paused && m_attempt >= 0 && m_attempt < m_attempts.size()) {
        // Saved mid-answer: the program stopped under the person (crash, closed window), which
        // is interrupted time. Saved while paused: they had stopped the clock themselves, so
        // the time away stays paused time.
        qint64 &bucket = wasPaused ? m_attempts[m_attempt].pausedMs
                                   : m_attempts[m_attempt].interruptedMs;
        bucket += std::max<qint64>(0, interruptedMs);
    }
    m_segmentStart = now();
}

int Engine::indexInRound(int attempt) const
{
    if (attempt < 0 || attempt >= m_attempts.size())
        return -1;
    int index = 0;
    for (int i = 0; i < attempt; ++i) {
        if (m_attempts[i].round == m_attempts[attempt].round)
            ++index;
    }
    return index;
}

int Engine::currentFollowUp() const
{
    if (m_attempt < 0 || m_attempt >= m_attempts.size())
        return -1;
    return m_attempts[m_attempt].activeFollowUp();
}

bool Engine::inFollowUp() const
{
    const State s = timedState();
    return (s == State::FollowUpAsked || s == State::FollowUpAnswering) && currentFollowUp() >= 0;
}

int Engine::attemptsInRound(int round) const
{
    return int(std::count_if(m_attempts.cbegin(), m_attempts.cend(),
                             [round](const AttemptTimes &a) { return a.round == round; }));
}

Engine::Result Engine::handle(Event event)
{
    noteSleep();
    return fire(event, now());
}

Engine::Result Engine::check(Event event) const
{
    const Transition *row = nullptr;
    return evaluate(event, now(), &row);
}

Engine::Result Engine::retake(int attempt)
{
    noteSleep();
    return fire(Event::Retake, now(), attempt);
}

Engine::Result Engine::checkRetake(int attempt) const
{
    const Transition *row = nullptr;
    return evaluate(Event::Retake, now(), &row, attempt);
}

QString Engine::retakeRefusal(int subject) const
{
    if (!m_config.retakeAllowed)
        return tr("This plan does not allow retakes.");
    if (subject < 0 || subject >= m_attempts.size() || m_attempts[subject].round != m_round
        || m_attempts[subject].status != AttemptStatus::Submitted)
        return tr("Only an answered question of the current round can be retaken.");
    // Grading at the end of the loop happens after the last round: there is no round to go
    // back into. The round reviews offer the retake instead.
    if (m_state == State::Grading && m_config.gradingTiming == GradingTiming::EndOfLoop)
        return tr("This plan grades at the end of the loop; retake a question from its round "
                  "review instead.");
    const RoundTimes &r = m_rounds[m_round];
    if (r.budgetExpired
        || (r.expiry == ExpiryPolicy::Hard && r.budgetMs > 0 && r.usedMs >= r.budgetMs))
        return tr("The round's time budget is used up.");
    return {};
}

Engine::Result Engine::evaluate(Event event, qint64 at, const Transition **row, int subject) const
{
    if (subject < 0)
        subject = m_attempt;
    QString reason;
    bool known = false;
    for (const Transition &t : table()) {
        if (t.from != m_state || t.event != event)
            continue;
        known = true;
        if (guardHolds(t.guard, at, subject)) {
            *row = &t;
            return {true, {}};
        }
        if (reason.isEmpty()) {
            switch (t.guard) {
            case Guard::PauseAllowed: reason = tr("This plan does not allow pausing."); break;
            case Guard::PrepDue: reason = tr("The preparation time has not run out yet."); break;
            case Guard::AnswerDueHard:
            case Guard::AnswerDueSoft:
                if (m_attempt >= 0
                    && (inFollowUp() ? m_attempts[m_attempt].followUps[currentFollowUp()].overtimeStarted
                                     : m_attempts[m_attempt].overtimeStarted))
                    reason = tr("The answer is already in overtime.");
                else if (m_attempt < 0
                         || (inFollowUp()
                                 ? m_attempts[m_attempt].followUps[currentFollowUp()].answerLimitMs
                                 : m_attempts[m_attempt].answerLimitMs)
                                <= 0)
                    reason = tr("This answer has no time limit.");
                else if (answerDeadline() > at)
                    reason = tr("The answer time has not run out yet.");
                break;
            case Guard::RoundDueHard:
            case Guard::RoundDueSoft:
                if (m_round >= 0 && m_rounds[m_round].overtimeStarted)
                    reason = tr("The round is already in overtime.");
                else if (m_round < 0 || m_rounds[m_round].budgetMs <= 0)
                    reason = tr("This round has no time budget.");
                else if (roundDeadline() > at)
                    reason = tr("The round's time budget has not run out yet.");
                break;
            case Guard::RetakeAllowed: reason = retakeRefusal(subject); break;
            case Guard::SleepNoticed:
                reason = tr("The computer has not been asleep since the last tick.");
                break;
            case Guard::None: break;
            }
        }
    }
    if (!known) {
        reason = isTerminal()
                     ? tr("The session is %1: nothing more can happen in it.").arg(displayName(m_state))
                     : tr("\"%1\" is not possible in the %2 state.")
                           .arg(displayName(event), displayName(m_state));
    }
    return {false, reason};
}

bool Engine::guardHolds(Guard guard, qint64 at, int subject) const
{
    auto policy = [this] { return m_rounds[m_round].expiry; };
    switch (guard) {
    case Guard::None: return true;
    case Guard::PauseAllowed: return m_config.pauseAllowed;
    case Guard::PrepDue: return prepDeadline() <= at;
    case Guard::AnswerDueHard:
    case Guard::AnswerDueSoft: {
        const AttemptTimes &a = m_attempts[m_attempt];
        const bool followUp = inFollowUp();
        const qint64 limit = followUp ? a.followUps[currentFollowUp()].answerLimitMs
                                      : a.answerLimitMs;
        const bool overtime = followUp ? a.followUps[currentFollowUp()].overtimeStarted
                                       : a.overtimeStarted;
        if (limit <= 0 || overtime || answerDeadline() > at)
            return false;
        return policy() == (guard == Guard::AnswerDueHard ? ExpiryPolicy::Hard : ExpiryPolicy::Soft);
    }
    case Guard::RoundDueHard:
    case Guard::RoundDueSoft: {
        const RoundTimes &r = m_rounds[m_round];
        if (r.budgetMs <= 0 || r.overtimeStarted || r.budgetExpired || roundDeadline() > at)
            return false;
        return policy() == (guard == Guard::RoundDueHard ? ExpiryPolicy::Hard : ExpiryPolicy::Soft);
    }
    case Guard::RetakeAllowed: return retakeRefusal(subject).isEmpty();
    case Guard::SleepNoticed: return m_sleptMs >= kSleepPauseMs;
    }
    return false;
}

Engine::Result Engine::fire(Event event, qint64 at, int subject)
{
    if (subject < 0)
        subject = m_attempt;
    const Transition *row = nullptr;
    Result result = evaluate(event, at, &row, subject);
    if (!result)
        return result;

    // Expiries happen at their deadline, not when the tick noticed them: that keeps a late
    // tick from adding time to the answer or taking it from the next question.
    if (event == Event::PrepExpired)
        at = prepDeadline();
    else if (event == Event::AnswerExpired)
        at = answerDeadline();
    else if (event == Event::RoundExpired)
        at = roundDeadline();

    const State from = m_state;
    runAction(row->action, at, subject);
    if (row->target == Target::Stay)
        return result;
    m_eventTime = at;
    m_state = resolve(row->target);
    if (m_state != State::Paused)
        m_sleepPauseMs = 0;
    emit stateChanged(from, m_state);
    return result;
}

void Engine::closeSegment(qint64 at)
{
    const qint64 span = std::max<qint64>(0, at - m_segmentStart);
    if (m_attempt >= 0) {
        AttemptTimes &a = m_attempts[m_attempt];
        switch (m_state) {
        case State::Prep:
            a.prepUsedMs += span;
            m_rounds[a.round].usedMs += span;
            break;
        case State::Answering:
            a.answerUsedMs += span;
            m_rounds[a.round].usedMs += span;
            break;
        case State::FollowUpAnswering:
            if (const int f = a.activeFollowUp(); f >= 0)
                a.followUps[f].answerUsedMs += span;
            m_rounds[a.round].usedMs += span;
            break;
        case State::Paused: a.pausedMs += span; break;
        default: break;
        }
    }
    m_segmentStart = at;
}

void Engine::runAction(Action action, qint64 at, int subject)
{
    switch (action) {
    case Action::None: break;
    case Action::BeginLoop:
        m_round = 0;
        m_attempt = -1;
        break;
    case Action::BeginAnswer:
    case Action::Pause:
    case Action::Resume: closeSegment(at); break;
    case Action::PauseAsleep:
        // noteSleep() has recorded the sleep itself as interrupted time.
        closeSegment(at);
        m_sleepPauseMs = m_sleptMs;
        break;
    case Action::Submit:
        closeSegment(at);
        m_attempts[m_attempt].status = AttemptStatus::Submitted;
        break;
    case Action::Skip:
        closeSegment(at);
        m_attempts[m_attempt].status = AttemptStatus::Skipped;
        // A skipped question has nothing to follow up on.
        for (FollowUpTimes &f : m_attempts[m_attempt].followUps) {
            if (f.status == AttemptStatus::Pending)
                f.status = AttemptStatus::NotReached;
        }
        break;
    case Action::BeginFollowUp: closeSegment(at); break;
    case Action::SubmitFollowUp:
    case Action::SkipFollowUp:
    case Action::LockFollowUpAtDeadline: {
        closeSegment(at);
        FollowUpTimes &f = m_attempts[m_attempt].followUps[currentFollowUp()];
        f.status = action == Action::SkipFollowUp ? AttemptStatus::Skipped : AttemptStatus::Submitted;
        f.lockedByExpiry = action == Action::LockFollowUpAtDeadline;
        break;
    }
    case Action::LockAtDeadline:
        closeSegment(at);
        m_attempts[m_attempt].status = AttemptStatus::Submitted;
        m_attempts[m_attempt].lockedByExpiry = true;
        break;
    case Action::NoteAnswerOvertime:
        if (inFollowUp())
            m_attempts[m_attempt].followUps[currentFollowUp()].overtimeStarted = true;
        else
            m_attempts[m_attempt].overtimeStarted = true;
        break;
    case Action::EndRoundAtDeadline: {
        // In a follow-up the main answer stands as submitted; the follow-up is cut instead.
        const int followUp = m_state == State::FollowUpAnswering ? currentFollowUp() : -1;
        closeSegment(at);
        AttemptTimes &a = m_attempts[m_attempt];
        if (followUp >= 0) {
            a.followUps[followUp].status = AttemptStatus::Submitted;
            a.followUps[followUp].lockedByExpiry = true;
        } else {
            a.status = AttemptStatus::Submitted;
            a.lockedByExpiry = true;
        }
        for (FollowUpTimes &f : a.followUps) {
            if (f.status == AttemptStatus::Pending)
                f.status = AttemptStatus::NotReached;
        }
        m_rounds[m_round].budgetExpired = true;
        for (AttemptTimes &a : m_attempts) {
            if (a.round == m_round && a.status == AttemptStatus::Pending)
                a.status = AttemptStatus::NotReached;
        }
        break;
    }
    case Action::NoteRoundOvertime: m_rounds[m_round].overtimeStarted = true; break;
    case Action::Abandon:
        // Nothing stays open or pending in an abandoned session: the question on screen was
        // left unanswered and every question not yet asked (the rest of this round and every
        // later round) was not reached, so the report's figures add up.
        closeSegment(at);
        for (AttemptTimes &a : m_attempts) {
            if (a.status == AttemptStatus::Active)
                a.status = AttemptStatus::Abandoned;
            else if (a.status == AttemptStatus::Pending)
                a.status = AttemptStatus::NotReached;
            for (FollowUpTimes &f : a.followUps) {
                if (f.status == AttemptStatus::Active)
                    f.status = AttemptStatus::Abandoned;
                else if (f.status == AttemptStatus::Pending)
                    f.status = AttemptStatus::NotReached;
            }
        }
        break;
    case Action::RecordGrade: m_attempts[m_attempt].graded = true; break;
    case Action::AppendRetake: {
        // Retaking from Grading is also the grade of the attempt shown (the controller has
        // stored it), so ⟨end of round⟩ does not ask for it again.
        if (m_state == State::Grading)
            m_attempts[m_attempt].graded = true;
        const AttemptTimes &source = m_attempts[subject];
        AttemptTimes fresh;
        fresh.round = source.round;
        fresh.prepLimitMs = source.prepLimitMs;
        fresh.answerLimitMs = source.answerLimitMs;
        for (const FollowUpTimes &f : source.followUps) {
            FollowUpTimes planned;
            planned.answerLimitMs = f.answerLimitMs;
            fresh.followUps.append(planned);
        }
        m_attempts.append(fresh);
        break;
    }
    }
    if (action == Action::Pause || action == Action::PauseAsleep)
        m_pausedFrom = m_state;
}

State Engine::resolve(Target target)
{
    switch (target) {
    case Target::Stay: return m_state;
    case Target::RoundIntro: return State::RoundIntro;
    case Target::Answering: return State::Answering;
    case Target::FollowUpAnswering: return State::FollowUpAnswering;
    case Target::Paused: return State::Paused;
    case Target::Abandoned: return State::Abandoned;
    case Target::PausedFrom: return m_pausedFrom;
    case Target::NextQuestion: return openNextQuestionInRound();
    case Target::AfterAttempt: return afterAttempt();
    case Target::AfterAnswer: return afterAnswer();
    case Target::AfterFollowUp: return afterFollowUp();
    case Target::AfterGrade: return afterGrade();
    case Target::AfterReview: return afterLastRound();
    case Target::EndOfLoop: return endOfLoop();
    case Target::NewAttempt: return enterQuestion(int(m_attempts.size()) - 1);
    }
    return m_state;
}

State Engine::enterQuestion(int attempt)
{
    m_attempt = attempt;
    m_attempts[attempt].status = AttemptStatus::Active;
    m_segmentStart = m_eventTime;
    return m_attempts[attempt].prepLimitMs > 0 ? State::Prep : State::Answering;
}

State Engine::openNextQuestionInRound()
{
    if (!m_rounds[m_round].budgetExpired) {
        for (int i = 0; i < m_attempts.size(); ++i) {
            if (m_attempts[i].round == m_round && m_attempts[i].status == AttemptStatus::Pending)
                return enterQuestion(i);
        }
    }
    return endOfRound();
}

State Engine::afterAttempt()
{
    if (m_config.gradingTiming == GradingTiming::AfterEachQuestion
        && m_attempts[m_attempt].status == AttemptStatus::Submitted)
        return State::Grading;
    return openNextQuestionInRound();
}

State Engine::afterAnswer()
{
    return afterFollowUp();
}

State Engine::afterFollowUp()
{
    // The attempt's next planned follow-up, in order; the controller decides which question
    // it is (docs/engine.md, "Follow-ups").
    AttemptTimes &a = m_attempts[m_attempt];
    if (a.status == AttemptStatus::Submitted) {
        for (FollowUpTimes &f : a.followUps) {
            if (f.status == AttemptStatus::Pending) {
                f.status = AttemptStatus::Active;
                m_segmentStart = m_eventTime;
                return State::FollowUpAsked;
            }
        }
    }
    return afterAttempt();
}

State Engine::afterGrade()
{
    switch (m_config.gradingTiming) {
    case GradingTiming::AfterEachQuestion: return openNextQuestionInRound();
    case GradingTiming::EndOfRound: return endOfRound();
    case GradingTiming::EndOfLoop: return endOfLoop();
    }
    return endOfLoop();
}

int Engine::firstUngraded(int round) const
{
    for (int i = 0; i < m_attempts.size(); ++i) {
        const AttemptTimes &a = m_attempts[i];
        if ((round < 0 || a.round == round) && a.status == AttemptStatus::Submitted && !a.graded)
            return i;
    }
    return -1;
}

State Engine::endOfRound()
{
    if (m_config.gradingTiming == GradingTiming::EndOfRound) {
        if (const int i = firstUngraded(m_round); i >= 0) {
            m_attempt = i;
            return State::Grading;
        }
    }
    m_attempt = -1;
    return State::RoundReview;
}

State Engine::afterLastRound()
{
    if (m_round + 1 < m_rounds.size()) {
        ++m_round;
        m_attempt = -1;
        return State::RoundIntro;
    }
    if (m_config.closingSegment) {
        m_attempt = -1;
        return State::Closing;
    }
    return endOfLoop();
}

State Engine::endOfLoop()
{
    if (m_config.gradingTiming == GradingTiming::EndOfLoop) {
        if (const int i = firstUngraded(-1); i >= 0) {
            m_attempt = i;
            m_round = m_attempts[i].round;
            return State::Grading;
        }
    }
    m_attempt = -1;
    return State::Finished;
}

// ---------------------------------------------------------------------------------------------
// Time

qint64 Engine::prepDeadline() const
{
    if (m_attempt < 0)
        return std::numeric_limits<qint64>::max();
    const AttemptTimes &a = m_attempts[m_attempt];
    return m_segmentStart + (a.prepLimitMs - a.prepUsedMs);
}

qint64 Engine::answerDeadline() const
{
    if (m_attempt < 0)
        return std::numeric_limits<qint64>::max();
    const AttemptTimes &a = m_attempts[m_attempt];
    if (inFollowUp()) {
        const FollowUpTimes &f = a.followUps[currentFollowUp()];
        return m_segmentStart + (f.answerLimitMs - f.answerUsedMs);
    }
    return m_segmentStart + (a.answerLimitMs - a.answerUsedMs);
}

qint64 Engine::roundDeadline() const
{
    if (m_round < 0)
        return std::numeric_limits<qint64>::max();
    const RoundTimes &r = m_rounds[m_round];
    return m_segmentStart + (r.budgetMs - r.usedMs);
}

void Engine::tick()
{
    // Deadlines first: each is due by the monotonic clock, which did not run during a sleep,
    // so one that came just before the machine slept is handled at its own time. The sleep
    // then belongs to the state they left.
    fireDueExpiries();
    const qint64 slept = noteSleep();
    if (slept > 0
        && (m_state == State::Prep || m_state == State::Answering
            || m_state == State::FollowUpAnswering)) {
        m_sleptMs = slept;
        fire(Event::Slept, now());
        m_sleptMs = 0;
    }
}

qint64 Engine::noteSleep()
{
    // Between two readings the boot clock runs on through a suspend and the monotonic clock
    // does not; neither moves when the wall clock is set, so a step of the wall clock is
    // never taken for sleep.
    const qint64 monotonic = now();
    const qint64 boottime = m_clock->boottimeMs();
    const qint64 slept = (boottime - m_boottimeSeen) - (monotonic - m_monotonicSeen);
    m_monotonicSeen = monotonic;
    m_boottimeSeen = boottime;
    if (slept < kSleepPauseMs)
        return 0;
    if (m_attempt >= 0 && m_attempt < m_attempts.size()) {
        // As after a crash: asleep mid-question is interrupted time; asleep while the person
        // had paused stays paused time. In the untimed states nothing runs, nothing is owed.
        if (m_state == State::Prep || m_state == State::Answering
            || m_state == State::FollowUpAnswering)
            m_attempts[m_attempt].interruptedMs += slept;
        else if (m_state == State::Paused)
            m_attempts[m_attempt].pausedMs += slept;
    }
    return slept;
}

QString Engine::pauseReason() const
{
    if (m_state != State::Paused || m_sleepPauseMs <= 0)
        return {};
    return tr("The computer was asleep for %1, so the session is paused. That time is recorded "
              "as interrupted, not as answer time.")
        .arg(formatNonZeroDuration(m_sleepPauseMs));
}

void Engine::fireDueExpiries()
{
    // Each pass handles the earliest due deadline; a long stall can make several due at once
    // (prep, then answer, then the next question's prep...). The bound only guards against a
    // table bug looping forever.
    for (int pass = 0; pass < 10000; ++pass) {
        const qint64 t = now();
        if (m_state != State::Prep && m_state != State::Answering
            && m_state != State::FollowUpAnswering)
            return;
        const AttemptTimes &a = m_attempts[m_attempt];
        const bool followUp = m_state == State::FollowUpAnswering;
        const qint64 answerLimit = followUp ? a.followUps[currentFollowUp()].answerLimitMs
                                            : a.answerLimitMs;
        const bool answerOvertime = followUp ? a.followUps[currentFollowUp()].overtimeStarted
                                             : a.overtimeStarted;
        const RoundTimes &r = m_rounds[m_round];
        Event due = Event::Start;
        qint64 dueAt = std::numeric_limits<qint64>::max();
        // A round deadline wins a tie with an answer deadline: the round ends with this answer.
        if (r.budgetMs > 0 && !r.overtimeStarted && !r.budgetExpired && roundDeadline() <= t) {
            due = Event::RoundExpired;
            dueAt = roundDeadline();
        }
        if (m_state == State::Prep && prepDeadline() <= t && prepDeadline() < dueAt) {
            due = Event::PrepExpired;
            dueAt = prepDeadline();
        }
        if ((m_state == State::Answering || followUp) && answerLimit > 0 && !answerOvertime
            && answerDeadline() <= t && answerDeadline() < dueAt) {
            due = Event::AnswerExpired;
            dueAt = answerDeadline();
        }
        if (due == Event::Start)
            return;
        if (!fire(due, t))
            return;
    }
}

AttemptTimes Engine::attemptTimes(int attempt) const
{
    AttemptTimes a = m_attempts.at(attempt);
    if (attempt == m_attempt) {
        const qint64 span = std::max<qint64>(0, now() - m_segmentStart);
        if (m_state == State::Prep)
            a.prepUsedMs += span;
        else if (m_state == State::Answering)
            a.answerUsedMs += span;
        else if (m_state == State::FollowUpAnswering && a.activeFollowUp() >= 0)
            a.followUps[a.activeFollowUp()].answerUsedMs += span;
        else if (m_state == State::Paused)
            a.pausedMs += span;
    }
    return a;
}

RoundTimes Engine::roundTimes(int round) const
{
    RoundTimes r = m_rounds.at(round);
    if (round == m_round
        && (m_state == State::Prep || m_state == State::Answering
            || m_state == State::FollowUpAnswering))
        r.usedMs += std::max<qint64>(0, now() - m_segmentStart);
    return r;
}

qint64 Engine::prepRemainingMs() const
{
    if (m_attempt < 0 || timedState() != State::Prep)
        return 0;
    const AttemptTimes a = attemptTimes(m_attempt);
    return a.prepLimitMs - a.prepUsedMs;
}

qint64 Engine::answerRemainingMs() const
{
    if (m_attempt < 0)
        return 0;
    const AttemptTimes a = attemptTimes(m_attempt);
    if (inFollowUp()) {
        const FollowUpTimes &f = a.followUps[currentFollowUp()];
        return f.answerLimitMs - f.answerUsedMs;
    }
    return a.answerLimitMs - a.answerUsedMs;
}

qint64 Engine::roundRemainingMs() const
{
    if (m_round < 0 || m_rounds[m_round].budgetMs <= 0)
        return 0;
    const RoundTimes r = roundTimes(m_round);
    return r.budgetMs - r.usedMs;
}

EngineSnapshot Engine::snapshot() const
{
    EngineSnapshot s;
    s.state = m_state;
    s.pausedFrom = m_pausedFrom;
    s.round = m_round;
    s.attempt = m_attempt;
    for (int i = 0; i < m_attempts.size(); ++i)
        s.attempts.append(attemptTimes(i));
    for (int r = 0; r < m_rounds.size(); ++r)
        s.rounds.append(roundTimes(r));
    return s;
}

} // namespace mockloop
