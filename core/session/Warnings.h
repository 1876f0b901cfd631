#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace mockloop {

class Engine;

// How the countdown looks: the share of the phase's time that is left decides it.
enum class ClockTone {
    Normal,  // more than 25 % left (or an untimed phase)
    Amber,   // 25 % or less left
    Red,     // 10 % or less left, down to the deadline
    Overtime // past the deadline in a soft plan: the clock counts up
};
QString toKey(ClockTone tone);

// The tone for remainingMs of allowedMs (allowedMs <= 0: untimed, always Normal).
ClockTone clockTone(qint64 remainingMs, qint64 allowedMs);

// The tone of the clock the engine shows now: prep while preparing, the answer while
// answering (the paused-from phase while paused); Normal elsewhere.
ClockTone clockTone(const Engine &engine);

// A configured warning ("60 s left") that fired.
struct FiredWarning
{
    int attempt = -1;
    int secondsLeft = 0; // the threshold
    qint64 dueAtMs = 0;  // answer time used when it was due: limit - threshold
    qint64 lateByMs = 0; // how far past that the tick that noticed it came
    friend bool operator==(const FiredWarning &, const FiredWarning &) = default;
};

// Decides which warning thresholds have fired, from the engine's own times (never from
// counting ticks). Each threshold fires once per attempt, only while the person answers, and
// only when the answer limit is longer than the threshold (a 30 s answer never warns at
// 60 s). A late tick that skipped past several thresholds fires each of them once. An attempt
// first seen paused (a reopened session) counts the thresholds already behind it as fired.
class WarningTracker
{
public:
    explicit WarningTracker(QList<int> thresholdSeconds = {60});

    void setThresholds(QList<int> thresholdSeconds);
    const QList<int> &thresholds() const { return m_thresholds; }

    // Call after each engine tick or transition; returns the warnings that fired since the
    // last call, the earliest due first.
    QList<FiredWarning> update(const Engine &engine);
    // Forget every attempt (a new session).
    void reset();

private:
    QList<int> m_thresholds; // distinct, positive, descending
    QSet<qint64> m_fired;    // attempt << 32 | threshold
    QSet<int> m_seen;        // attempts already observed
};

} // namespace mockloop
