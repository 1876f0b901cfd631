#pragma once

#include "base/Clock.h"
#include "base/Types.h"

#include <QList>
#include <QObject>
#include <QString>

namespace mockloop {

enum class State {
    Ready,
    RoundIntro,
    Prep,
    Answering,
    Grading,
    RoundReview,
    Closing,
    Finished,
    Paused,
    Abandoned,
    FollowUpAsked,    // the interviewer asks a follow-up; no clock runs while it is being asked
    FollowUpAnswering // the follow-up's answer, on its own (shorter) clock
};

enum class Event {
    Start,
    Continue,
    BeginAnswer,
    Submit,
    Skip,
    Pause,
    Resume,
    Abandon,
    GradeSubmitted,
    Retake,        // a new attempt of an answered question (Engine::retake names which)
    PrepExpired,   // produced by tick()
    AnswerExpired, // produced by tick()
    RoundExpired,  // produced by tick()
    Slept          // produced by tick(): the machine was suspended in Prep or Answering
};

QString toKey(State state);
QString toKey(Event event);
std::optional<State> stateFromKey(const QString &key);
QString displayName(State state);
QString displayName(Event event);
inline constexpr State kAllStates[] = {State::Ready,         State::RoundIntro,
                                       State::Prep,          State::Answering,
                                       State::Grading,       State::RoundReview,
                                       State::Closing,       State::Finished,
                                       State::Paused,        State::Abandoned,
                                       State::FollowUpAsked, State::FollowUpAnswering};
inline constexpr Event kAllEvents[] = {Event::Start,          Event::Continue,
                                       Event::BeginAnswer,    Event::Submit,
                                       Event::Skip,           Event::Pause,
                                       Event::Resume,         Event::Abandon,
                                       Event::GradeSubmitted, Event::Retake,
                                       Event::PrepExpired,    Event::AnswerExpired,
                                       Event::RoundExpired,   Event::Slept};

// Abandoned: the attempt was open (in Prep, Answering or paused there) when the session was
// abandoned; it was asked but not answered.
enum class AttemptStatus { Pending, Active, Submitted, Skipped, NotReached, Abandoned };
QString toKey(AttemptStatus status);
std::optional<AttemptStatus> attemptStatusFromKey(const QString &key);

// One follow-up of an attempt (docs/engine.md, "Follow-ups"): its own answer clock and status.
// Pending until asked, Active while asked and answered, then Submitted or Skipped; NotReached
// when the attempt ended without asking it, Abandoned when the session was abandoned during it.
struct FollowUpTimes
{
    qint64 answerLimitMs = 0; // 0 = untimed
    qint64 answerUsedMs = 0;
    AttemptStatus status = AttemptStatus::Pending;
    bool lockedByExpiry = false;
    bool overtimeStarted = false;

    qint64 overtimeMs() const
    {
        return answerLimitMs > 0 && answerUsedMs > answerLimitMs ? answerUsedMs - answerLimitMs : 0;
    }
    friend bool operator==(const FollowUpTimes &, const FollowUpTimes &) = default;
};

// What the engine knows of one attempt: limits, the durations used so far, its status.
// Durations are accumulated elapsed milliseconds, never clock readings.
struct AttemptTimes
{
    int round = 0;
    qint64 prepLimitMs = 0;
    qint64 answerLimitMs = 0; // 0 = untimed
    qint64 prepUsedMs = 0;
    qint64 answerUsedMs = 0;
    qint64 pausedMs = 0;
    qint64 interruptedMs = 0;
    AttemptStatus status = AttemptStatus::Pending;
    bool lockedByExpiry = false;  // a hard expiry submitted it
    bool overtimeStarted = false; // a soft expiry let it run on
    bool graded = false;
    // The follow-ups planned for it (0 to 2; none for a question without follow-ups). Their
    // answer time counts against the round like the main answer's; pauses and interruptions
    // during them are the attempt's.
    QList<FollowUpTimes> followUps;

    // The follow-up being asked or answered, else -1.
    int activeFollowUp() const
    {
        for (int i = 0; i < followUps.size(); ++i) {
            if (followUps[i].status == AttemptStatus::Active)
                return i;
        }
        return -1;
    }
    qint64 overtimeMs() const
    {
        return answerLimitMs > 0 && answerUsedMs > answerLimitMs ? answerUsedMs - answerLimitMs : 0;
    }
    friend bool operator==(const AttemptTimes &, const AttemptTimes &) = default;
};

struct RoundTimes
{
    RoundKind kind = RoundKind::Technical;
    qint64 budgetMs = 0; // 0 = no round budget
    ExpiryPolicy expiry = ExpiryPolicy::Soft;
    qint64 usedMs = 0; // prep + answer time of its attempts (pauses excluded)
    bool overtimeStarted = false;
    bool budgetExpired = false; // hard budget hit: the rest of the round was not reached

    qint64 overtimeMs() const { return budgetMs > 0 && usedMs > budgetMs ? usedMs - budgetMs : 0; }
    friend bool operator==(const RoundTimes &, const RoundTimes &) = default;
};

struct EngineConfig
{
    QList<RoundTimes> rounds;     // usedMs etc. start at zero
    QList<AttemptTimes> attempts; // ordered by round; limits set
    bool pauseAllowed = true;
    GradingTiming gradingTiming = GradingTiming::AfterEachQuestion;
    bool closingSegment = true;
    bool retakeAllowed = false;
};

// Everything needed to continue a session in another process.
struct EngineSnapshot
{
    State state = State::Ready;
    State pausedFrom = State::Ready;
    int round = -1;
    int attempt = -1; // the attempt on screen (answering or being graded)
    QList<RoundTimes> rounds;
    QList<AttemptTimes> attempts;
    friend bool operator==(const EngineSnapshot &, const EngineSnapshot &) = default;
};

// The interview state machine. All transitions come from one table (see Engine.cpp and
// docs/engine.md). Time comes from the injected Clock; the UI's timer only calls tick().
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool accepted = false;
        QString reason; // why it was refused; empty when accepted
        explicit operator bool() const { return accepted; }
    };

    // A sleep of the machine at least this long (the boot clock ran on this much further than
    // the monotonic clock between two readings) is noticed: recorded, and in Prep or Answering
    // the session pauses (docs/engine.md, "Sleep and clock changes").
    static constexpr qint64 kSleepPauseMs = 5'000;

    Engine(const Clock *clock, EngineConfig config, QObject *parent = nullptr);
    // Continues a saved session. A session saved in a timed state reopens Paused, and
    // interruptedMs (the time since its last save) is added to the current attempt's
    // interrupted time; for a session saved while paused it is added to its paused time.
    Engine(const Clock *clock, EngineConfig config, const EngineSnapshot &saved,
           qint64 interruptedMs, QObject *parent = nullptr);

    // A sleep since the last reading is recorded first (not paused: the person is back).
    Result handle(Event event);
    // Retake: a new attempt of the same question as `attempt`, appended to the attempts (its
    // round unchanged) and opened at once. In Grading it retakes the attempt being graded and
    // records that attempt as graded; in RoundReview any answered attempt of the round.
    // handle(Event::Retake) retakes the current attempt.
    Result retake(int attempt);
    Result checkRetake(int attempt) const;
    // Produces every expiry that is due, each at its own deadline, in order; then, when the
    // machine slept since the last reading, records it and pauses a running Prep or Answering.
    void tick();

    State state() const { return m_state; }
    State pausedFrom() const { return m_pausedFrom; }
    // The state whose clock shows: the paused-from state while paused.
    State timedState() const { return m_state == State::Paused ? m_pausedFrom : m_state; }
    // Why the engine paused the session by itself, for the front ends to say while it stays
    // paused: the machine slept (sleepPauseMs long). Empty when the person paused it or a
    // reopened session was paused (its interruptedMs says that).
    QString pauseReason() const;
    qint64 sleepPauseMs() const { return m_sleepPauseMs; }
    bool isTerminal() const { return m_state == State::Finished || m_state == State::Abandoned; }
    int currentRound() const { return m_round; }
    int currentAttempt() const { return m_attempt; }
    // The follow-up of the current attempt being asked or answered, else -1.
    int currentFollowUp() const;
    int roundCount() const { return int(m_rounds.size()); }
    int attemptCount() const { return int(m_attempts.size()); }
    // Position of the current attempt within its round (0-based) and the round's size.
    int indexInRound(int attempt) const;
    int attemptsInRound(int round) const;
    const EngineConfig &config() const { return m_config; }

    // Live values (include the running segment up to now).
    AttemptTimes attemptTimes(int attempt) const;
    RoundTimes roundTimes(int round) const;
    qint64 prepRemainingMs() const;
    // The answer clock on screen: the follow-up's in the follow-up states (and paused there).
    qint64 answerRemainingMs() const; // negative in overtime
    qint64 roundRemainingMs() const;  // negative in round overtime; 0 when no budget

    EngineSnapshot snapshot() const;

    // Would this event be accepted now? (used by the UI to enable buttons)
    Result check(Event event) const;

signals:
    void stateChanged(mockloop::State from, mockloop::State to);

private:
    enum class Guard;
    enum class Target;
    enum class Action;
    struct Transition;
    static const QList<Transition> &table();

    // subject: the attempt an event is about when it is not the current one (Retake).
    Result fire(Event event, qint64 at, int subject = -1);
    Result evaluate(Event event, qint64 at, const Transition **row, int subject = -1) const;
    bool guardHolds(Guard guard, qint64 at, int subject) const;
    QString retakeRefusal(int subject) const;
    void runAction(Action action, qint64 at, int subject);
    State resolve(Target target);

    // Choice helpers.
    State openNextQuestionInRound();
    State afterAttempt();
    State afterAnswer();
    State afterFollowUp();
    bool inFollowUp() const;
    State afterGrade();
    State endOfRound();
    State afterLastRound();
    State endOfLoop();
    int firstUngraded(int round) const; // round -1 = whole loop
    State enterQuestion(int attempt);

    void closeSegment(qint64 at);
    qint64 prepDeadline() const;
    qint64 answerDeadline() const;
    qint64 roundDeadline() const;
    qint64 now() const { return m_clock->monotonicMs(); }
    void fireDueExpiries();
    qint64 noteSleep();

    const Clock *m_clock;
    EngineConfig m_config;
    QList<RoundTimes> m_rounds;
    QList<AttemptTimes> m_attempts;
    State m_state = State::Ready;
    State m_pausedFrom = State::Ready;
    int m_round = -1;
    int m_attempt = -1;
    qint64 m_eventTime = 0;    // when the transition being resolved happened
    qint64 m_segmentStart = 0; // monotonic reading when the running Prep/Answering/Paused began
    // The last readings of both clocks, to see a sleep between two readings.
    qint64 m_monotonicSeen = 0;
    qint64 m_boottimeSeen = 0;
    qint64 m_sleptMs = 0;      // the sleep tick() just noticed, while it fires Slept
    qint64 m_sleepPauseMs = 0; // the sleep that paused the session; 0 once it is not paused
};

} // namespace mockloop

Q_DECLARE_METATYPE(mockloop::State)
