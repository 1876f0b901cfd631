// Durations and clock readings as people read them (core/base/TimeText): how each kind of
// time rounds, and that a reading past a deadline or below a second never reads as something
// else. Dates and decimals by locale are test_locale's.
#include "base/TimeText.h"
#include "base/Translation.h"

#include <QTest>

using namespace mockloop;

class TestTimeText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void clock_minutesAndHours();
    void duration_roundsDown_neverNegative();
    void countdown_roundsUp_overtimeSaysSo();
    void timeLeftAndOver_paddedForTheStatusLine();
    void range_oneValueWhenTheLimitsAgree();
    void nonZeroDuration_saysUnderASecond();
    void milliseconds_wholeCount();
};

void TestTimeText::clock_minutesAndHours()
{
    QCOMPARE(formatClock(0), QStringLiteral("0:00"));
    QCOMPARE(formatClock(65), QStringLiteral("1:05"));
    QCOMPARE(formatClock(65, true), QStringLiteral("01:05"));
    QCOMPARE(formatClock(3723), QStringLiteral("1:02:03"));
    QCOMPARE(formatClock(3723, true), QStringLiteral("1:02:03"));
}

void TestTimeText::duration_roundsDown_neverNegative()
{
    QCOMPARE(formatDuration(59'999), QStringLiteral("0:59"));
    QCOMPARE(formatDuration(60'000), QStringLiteral("1:00"));
    QCOMPARE(formatDuration(-5'000), QStringLiteral("0:00"));
    // The report's durations keep a sign (a negative reading is a bug to see, not hide).
    QCOMPARE(formatDurationMs(75'500), QStringLiteral("1:15"));
    QCOMPARE(formatDurationMs(-5'000), QStringLiteral("-0:05"));
}

void TestTimeText::countdown_roundsUp_overtimeSaysSo()
{
    QCOMPARE(formatCountdown(1), QStringLiteral("00:01"));
    QCOMPARE(formatCountdown(60'000), QStringLiteral("01:00"));
    QCOMPARE(formatCountdown(0), QStringLiteral("00:00"));
    QCOMPARE(formatCountdown(-61'000), QStringLiteral("+1:01 overtime"));
}

void TestTimeText::timeLeftAndOver_paddedForTheStatusLine()
{
    // Time left rounds up: 00:00 only when the time is really up, and never below it.
    QCOMPARE(formatTimeLeft(59'001), QStringLiteral("01:00"));
    QCOMPARE(formatTimeLeft(1), QStringLiteral("00:01"));
    QCOMPARE(formatTimeLeft(0), QStringLiteral("00:00"));
    QCOMPARE(formatTimeLeft(-3'000), QStringLiteral("00:00"));
    QCOMPARE(formatTimeLeft(3'600'000), QStringLiteral("1:00:00"));
    // Time over rounds down: a deadline just passed is not yet a second over.
    QCOMPARE(formatTimeOver(999), QStringLiteral("00:00"));
    QCOMPARE(formatTimeOver(65'900), QStringLiteral("01:05"));
    QCOMPARE(formatTimeOver(-1), QStringLiteral("00:00"));
}

void TestTimeText::range_oneValueWhenTheLimitsAgree()
{
    QCOMPARE(formatDurationRange(90'000, 90'000), QStringLiteral("1:30"));
    QCOMPARE(formatDurationRange(60'000, 120'000), QStringLiteral("1:00–2:00"));
}

void TestTimeText::nonZeroDuration_saysUnderASecond()
{
    QCOMPARE(formatNonZeroDuration(1), QStringLiteral("under a second"));
    QCOMPARE(formatNonZeroDuration(999), QStringLiteral("under a second"));
    QCOMPARE(formatNonZeroDuration(1'000), QStringLiteral("0:01"));
    QCOMPARE(formatNonZeroDuration(61'500), QStringLiteral("1:01"));
}

void TestTimeText::milliseconds_wholeCount()
{
    QCOMPARE(formatMilliseconds(0), QStringLiteral("0 ms"));
    QCOMPARE(formatMilliseconds(1234), QStringLiteral("1234 ms"));
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "test_timetext.moc"
