#include "session/Warnings.h"

#include "session/Engine.h"

#include <algorithm>

namespace mockloop {

namespace {

qint64 firedKey(int attempt, int seconds)
{
    return (qint64(attempt) << 32) | qint64(quint32(seconds));
}

} // namespace

QString toKey(ClockTone tone)
{
    switch (tone) {
    case ClockTone::Normal: return QStringLiteral("normal");
    case ClockTone::Amber: return QStringLiteral("amber");
    case ClockTone::Red: return QStringLiteral("red");
    case ClockTone::Overtime: return QStringLiteral("overtime");
    }
    return {};
}

ClockTone clockTone(qint64 remainingMs, qint64 allowedMs)
{
    if (allowedMs <= 0)
        return ClockTone::Normal;
    if (remainingMs < 0)
        return ClockTone::Overtime;
    // Integer comparisons: exactly 25 % left is amber, exactly 10 % is red.
    if (remainingMs * 10 <= allowedMs)
        return ClockTone::Red;
    if (remainingMs * 4 <= allowedMs)
        return ClockTone::Amber;
    return ClockTone::Normal;
}

ClockTone clockTone(const Engine &engine)
{
    const int attempt = engine.currentAttempt();
    if (attempt < 0 || attempt >= engine.attemptCount())
        return ClockTone::Normal;
    const AttemptTimes times = engine.attemptTimes(attempt);
    switch (engine.timedState()) {
    case State::Prep: return clockTone(engine.prepRemainingMs(), times.prepLimitMs);
    case State::Answering: return clockTone(engine.answerRemainingMs(), times.answerLimitMs);
    case State::FollowUpAnswering:
        return clockTone(engine.answerRemainingMs(),
                         times.followUps.value(engine.currentFollowUp()).answerLimitMs);
    default: return ClockTone::Normal;
    }
}

WarningTracker::WarningTracker(QList<int> thresholdSeconds)
{
    setThresholds(std::move(thresholdSeconds));
}

void WarningTracker::setThresholds(QList<int> thresholdSeconds)
{
    thresholdSeconds.removeIf([](int s) { return s <= 0; });
    std::sort(thresholdSeconds.begin(), thresholdSeconds.end(), std::greater<int>());
    thresholdSeconds.erase(std::unique(thresholdSeconds.begin(), thresholdSeconds.end()),
                           thresholdSeconds.end());
    m_thresholds = std::move(thresholdSeconds);
}

void WarningTracker::reset()
{
    m_fired.clear();
    m_seen.clear();
}

QList<FiredWarning> WarningTracker::update(const Engine &engine)
{
    QList<FiredWarning> fired;
    const int attempt = engine.currentAttempt();
    if (attempt < 0 || attempt >= engine.attemptCount() || engine.timedState() != State::Answering)
        return fired;
    const AttemptTimes times = engine.attemptTimes(attempt);
    if (times.answerLimitMs <= 0 || times.status != AttemptStatus::Active)
        return fired;

    const bool firstSight = !m_seen.contains(attempt);
    m_seen.insert(attempt);
    const bool paused = engine.state() == State::Paused;
    for (const int seconds : m_thresholds) {
        const qint64 thresholdMs = qint64(seconds) * 1000;
        if (thresholdMs >= times.answerLimitMs || m_fired.contains(firedKey(attempt, seconds)))
            continue;
        const qint64 dueAt = times.answerLimitMs - thresholdMs;
        if (times.answerUsedMs < dueAt)
            continue;
        if (paused && !firstSight)
            continue; // crossed just before the pause: it fires when the clock runs again
        m_fired.insert(firedKey(attempt, seconds));
        // Reopened paused past it: it belonged to the earlier run, not to now.
        if (paused)
            continue;
        fired.append({attempt, seconds, dueAt, times.answerUsedMs - dueAt});
    }
    // m_thresholds is descending, so the earliest due comes first already.
    return fired;
}

} // namespace mockloop
