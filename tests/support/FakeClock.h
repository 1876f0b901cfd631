#pragma once

#include "base/Clock.h"

namespace mockloop::test {

// The only fake in the tests: time that moves when the test says so. advance* moves every
// reading together, as a machine that is awake does; sleepMs and stepWallMs are the two ways
// real clocks part (docs/engine.md, "Sleep and clock changes").
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime wallStart = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_wallStart(std::move(wallStart))
    {
    }
    qint64 monotonicMs() const override { return m_ms; }
    qint64 boottimeMs() const override { return m_ms + m_sleptMs; }
    QDateTime wallTime() const override
    {
        return m_wallStart.addMSecs(m_ms + m_sleptMs + m_wallOffsetMs);
    }

    void advanceMs(qint64 ms) { m_ms += ms; }
    void advanceSeconds(qint64 s) { m_ms += s * 1000; }
    void advanceMinutes(qint64 m) { m_ms += m * 60'000; }
    // Moves only the wall clock: time that passed while no process was running.
    void advanceWallOnlyMs(qint64 ms) { m_wallOffsetMs += ms; }
    // The machine is suspended for ms (the lid closed): the wall clock and the boot clock move
    // on, the monotonic clock stands still, as Linux's CLOCK_MONOTONIC does.
    void sleepMs(qint64 ms) { m_sleptMs += ms; }
    // The wall clock is set (an NTP step, the person changes the time): only it jumps, by ms
    // (negative: back). A new time zone moves nothing, since wallTime() is UTC.
    void stepWallMs(qint64 ms) { m_wallOffsetMs += ms; }

private:
    QDateTime m_wallStart;
    qint64 m_ms = 0;
    qint64 m_sleptMs = 0;
    qint64 m_wallOffsetMs = 0;
};

} // namespace mockloop::test
