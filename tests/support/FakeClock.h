#pragma once

#include "base/Clock.h"

namespace mockloop::test {

// The only fake in the tests: time that moves when the test says so. Both readings advance
// together, as they would on a real machine.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime wallStart = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_wallStart(std::move(wallStart))
    {
    }
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime wallTime() const override { return m_wallStart.addMSecs(m_ms + m_wallOffsetMs); }

    void advanceMs(qint64 ms) { m_ms += ms; }
    void advanceSeconds(qint64 s) { m_ms += s * 1000; }
    void advanceMinutes(qint64 m) { m_ms += m * 60'000; }
    // Moves only the wall clock: time that passed while no process was running.
    void advanceWallOnlyMs(qint64 ms) { m_wallOffsetMs += ms; }

private:
    QDateTime m_wallStart;
    qint64 m_ms = 0;
    qint64 m_wallOffsetMs = 0;
};

} // namespace mockloop::test
