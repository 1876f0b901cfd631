// A session through SessionController against a real database while the machine sleeps and
// the wall clock jumps (docs/engine.md, "Sleep and clock changes"): a sleep mid-answer pauses
// the session and is stored as interrupted time with the answer time intact; a step of the
// wall clock changes no time and pauses nothing.
#include "controller/SessionController.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "FakeClock.h"
#include "StorageFixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;
using mockloop::test::readBack;
using mockloop::test::smallPlan;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kAnswerLimitMs = 120'000; // smallPlan()

// The UI's timer: a tick every 100 ms for the given span.
void runFor(FakeClock &clock, SessionController &c, qint64 ms)
{
    for (qint64 t = 0; t < ms; t += 100) {
        clock.advanceMs(std::min<qint64>(100, ms - t));
        c.tick();
    }
}

} // namespace

class TestSessionSleep : public QObject, private test::StorageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { makeDataDir(); }

    void sleepMidAnswer_pausesAndStoresTheSleepAsInterrupted();
    void wallClockStep_whileAnswering_keepsTheRemainingTimeAndDoesNotPause_data();
    void wallClockStep_whileAnswering_keepsTheRemainingTimeAndDoesNotPause();

private:
    std::unique_ptr<SessionController> answering(Database &db, FakeClock &clock);
};

std::unique_ptr<SessionController> TestSessionSleep::answering(Database &db, FakeClock &clock)
{
    openWithPacks(db);
    QString error;
    auto c = SessionController::start(db, smallPlan(ExpiryPolicy::Hard), &clock, &error, 7u);
    if (!c) {
        qWarning("%s", qPrintable(error));
        return c;
    }
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->handle(Event::BeginAnswer);
    if (c->state() != State::Answering)
        c.reset();
    return c;
}

void TestSessionSleep::sleepMidAnswer_pausesAndStoresTheSleepAsInterrupted()
{
    Database db;
    FakeClock clock;
    auto c = answering(db, clock);
    QVERIFY(c);
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("An index is a B-tree")}}));
    runFor(clock, *c, 30'000);
    QCOMPARE(c->engine().answerRemainingMs(), kAnswerLimitMs - 30'000);

    clock.sleepMs(12 * kMinute); // the lid is closed for 12 minutes
    runFor(clock, *c, 100);      // the first tick after waking

    QCOMPARE(c->state(), State::Paused);
    QCOMPARE(c->engine().pausedFrom(), State::Answering);
    const AttemptTimes live = c->engine().attemptTimes(0);
    QCOMPARE(live.interruptedMs, 12 * kMinute);
    QVERIFY2(qAbs(c->engine().answerRemainingMs() - (kAnswerLimitMs - 30'000)) <= 1'000,
             qPrintable(QString::number(c->engine().answerRemainingMs())));
    // Stored at once, as every transition is: a crash now loses none of it.
    QVERIFY(!c->hasUnsavedChanges());
    const qint64 id = c->sessionId();
    auto attemptValue = [&](const char *column) {
        return readBack(dbPath(),
                        QStringLiteral("SELECT %1 FROM attempts WHERE session_id = ? AND "
                                       "position = 0")
                            .arg(QLatin1String(column)),
                        id)
            .toLongLong();
    };
    QCOMPARE(attemptValue("interrupted_ms"), 12 * kMinute);
    QCOMPARE(attemptValue("answer_used_ms"), live.answerUsedMs);
    QCOMPARE(
        readBack(dbPath(), QStringLiteral("SELECT state FROM sessions WHERE id = ?"), id).toString(),
        QStringLiteral("paused"));

    // Nothing runs while paused; after resuming the answer goes on with the same time left.
    runFor(clock, *c, 20'000);
    QVERIFY(c->handle(Event::Resume));
    QCOMPARE(c->state(), State::Answering);
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("An index is a B-tree, so")}}));
    runFor(clock, *c, 10'000);
    QVERIFY(qAbs(c->engine().answerRemainingMs() - (kAnswerLimitMs - 40'000)) <= 1'000);
    QVERIFY(c->saveNow());

    // A later reopening finds the sleep stored as interrupted, not as answer time.
    c.reset();
    QString error;
    const auto stored = SessionStore(db).load(id, &error);
    QVERIFY2(stored, qPrintable(error));
    const AttemptTimes times = stored->snapshot.attempts.at(0);
    QCOMPARE(times.interruptedMs, 12 * kMinute);
    QVERIFY(qAbs(times.answerUsedMs - 40'000) <= 1'000);
    QCOMPARE(times.pausedMs, 20'000);
}

void TestSessionSleep::wallClockStep_whileAnswering_keepsTheRemainingTimeAndDoesNotPause_data()
{
    QTest::addColumn<qint64>("stepMs");
    QTest::newRow("one hour forward") << qint64(60 * kMinute);
    QTest::newRow("one hour back") << qint64(-60 * kMinute);
}

void TestSessionSleep::wallClockStep_whileAnswering_keepsTheRemainingTimeAndDoesNotPause()
{
    QFETCH(qint64, stepMs);
    Database db;
    FakeClock clock;
    auto c = answering(db, clock);
    QVERIFY(c);
    runFor(clock, *c, 30'000);
    clock.stepWallMs(stepMs); // NTP sets the clock (a new time zone would not even do that)
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("typed after the step")}}));
    runFor(clock, *c, 30'000);

    QCOMPARE(c->state(), State::Answering);
    QCOMPARE(c->engine().answerRemainingMs(), kAnswerLimitMs - 60'000);
    const AttemptTimes a = c->engine().attemptTimes(0);
    QCOMPARE(a.interruptedMs, 0);
    QCOMPARE(a.pausedMs, 0);
    QVERIFY(!c->hasUnsavedChanges());
    QCOMPARE(readBack(dbPath(),
                      QStringLiteral("SELECT interrupted_ms FROM attempts WHERE session_id = ? AND "
                                     "position = 0"),
                      c->sessionId())
                 .toLongLong(),
             0);
}

QTEST_GUILESS_MAIN(TestSessionSleep)
#include "test_session_sleep.moc"
