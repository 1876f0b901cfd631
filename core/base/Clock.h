#pragma once

#include <QDateTime>
#include <QElapsedTimer>

#ifdef Q_OS_LINUX
#include <time.h>
#endif

namespace mockloop {

// The seam for time. The engine reads a monotonic clock for every duration (never counts
// ticks), and the wall clock only to stamp records and to measure downtime across a crash,
// which a monotonic clock cannot span. Tests inject a fake clock and never sleep.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds from an arbitrary origin; never goes backwards within one process. It does
    // not run while the machine is suspended (Linux CLOCK_MONOTONIC), and a change of the
    // wall clock (an NTP step, a new time zone) does not move it.
    virtual qint64 monotonicMs() const = 0;
    // Milliseconds from an arbitrary origin that also run while the machine is suspended
    // (Linux CLOCK_BOOTTIME), and that no setting of the wall clock moves either. How much
    // more it advanced than monotonicMs between two readings is how long the machine slept
    // (docs/engine.md, "Sleep and clock changes"). A clock that cannot tell returns
    // monotonicMs: no sleep is ever seen.
    virtual qint64 boottimeMs() const { return monotonicMs(); }
    virtual QDateTime wallTime() const = 0;
    // The person's calendar day (local time): spaced repetition schedules by date, not by hours.
    QDate today() const { return wallTime().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    SystemClock()
    {
        m_timer.start();
#ifdef Q_OS_LINUX
        m_bootStart = readBoottime();
#endif
    }
    qint64 monotonicMs() const override
    {
        return m_timer.elapsed();
    }
#ifdef Q_OS_LINUX
    // Counted from the same moment as monotonicMs, so the fallback keeps the origin.
    qint64 boottimeMs() const override
    {
        const qint64 now = readBoottime();
        return now < 0 || m_bootStart < 0 ? monotonicMs() : now - m_bootStart;
    }
#endif
    QDateTime wallTime() const override
    {
        return QDateTime::currentDateTimeUtc();
    }

private:
#ifdef Q_OS_LINUX
    // -1 when the kernel has no boot clock (before Linux 2.6.39): then sleep goes unseen.
    static qint64 readBoottime()
    {
        timespec ts{};
        if (clock_gettime(CLOCK_BOOTTIME, &ts) != 0)
            return -1;
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
    }
    qint64 m_bootStart = -1;
#endif
    QElapsedTimer m_timer; // CLOCK_MONOTONIC on Linux
};

} // namespace mockloop
