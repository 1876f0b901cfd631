#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace mockloop {

// The seam for time. The engine reads a monotonic clock for every duration (never counts
// ticks), and the wall clock only to stamp records and to measure downtime across a crash,
// which a monotonic clock cannot span. Tests inject a fake clock and never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds from an arbitrary origin; never goes backwards within one process.
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime wallTime() const = 0;
    // The person's calendar day (local time): spaced repetition schedules by date, not by hours.
    QDate today() const { return wallTime().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }
    QDateTime wallTime() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_timer;
};

} // namespace mockloop
