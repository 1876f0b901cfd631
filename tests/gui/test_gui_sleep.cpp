// The desktop interview page when the machine slept mid-answer (offscreen, fake clock): the
// session shows paused with the engine's reason, and resuming takes the reason away with the
// same time left (docs/engine.md, "Sleep and clock changes").
#include "controller/SessionController.h"
#include "interview/ClockWidget.h"
#include "storage/Database.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mockloop;
using mockloop::desktop::ClockWidget;
using mockloop::desktop::MainWindow;
using mockloop::test::FakeClock;

class TestGuiSleep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void sleepMidAnswer_showsPausedWithTheReason_resumeTakesItAway();

private:
    void runFor(qint64 ms);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiSleep::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(mockloop::test::openBankDatabase(*m_dir, *m_db));
    m_clock = std::make_unique<FakeClock>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->useSettings(m_settings.get());
    m_window->resize(1200, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiSleep::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

// The window's timer, every 100 ms.
void TestGuiSleep::runFor(qint64 ms)
{
    for (qint64 t = 0; t < ms; t += 100) {
        m_clock->advanceMs(100);
        m_window->tickNow();
    }
}

void TestGuiSleep::sleepMidAnswer_showsPausedWithTheReason_resumeTakesItAway()
{
    LoopPlan plan;
    plan.name = QStringLiteral("Sleep test");
    plan.prepSeconds = 10;
    plan.answerSeconds = 120;
    plan.expiry = ExpiryPolicy::Hard;
    plan.pauseAllowed = false; // the machine's sleep pauses even so
    plan.gradingTiming = GradingTiming::EndOfLoop;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    QString error;
    QVERIFY2(m_window->startSession(plan, &error), qPrintable(error));
    FIND(QPushButton, start, "startRoundButton");
    CLICK(start);
    FIND(QPushButton, begin, "beginAnswerButton");
    CLICK(begin);
    SessionController *session = m_window->controller();
    QVERIFY(session);
    QCOMPARE(session->state(), State::Answering);
    runFor(30'000);

    FIND(QLabel, message, "interviewMessage");
    FIND(QLabel, stateLabel, "stateLabel");
    FIND(QPushButton, pause, "pauseButton");
    FIND(ClockWidget, clock, "clockWidget");
    QVERIFY(!message->isVisible());
    QVERIFY(!pause->isVisible()); // this plan has no pausing

    m_clock->sleepMs(12 * 60'000);
    runFor(100); // the first tick after waking

    QCOMPARE(session->state(), State::Paused);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("asleep for 12:00")),
             qPrintable(message->text()));
    QCOMPARE(stateLabel->text(), QStringLiteral("Paused"));
    QCOMPARE(clock->text(), QStringLiteral("01:30")); // 90 s left, as when the lid closed
    // The person goes on when they are back: Resume shows although the plan has no pausing.
    QVERIFY(pause->isVisible());
    // MOCKLOOP_SCREENSHOT_DIR=/tmp/x saves the page as the person sees it on waking.
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        m_window->resize(1280, 860);
        QTest::qWait(50); // the layout settles in the event loop
        m_window->grab().save(shots + QStringLiteral("/slept.png"));
    }
    runFor(5'000);
    QCOMPARE(clock->text(), QStringLiteral("01:30"));
    CLICK(pause);
    QCOMPARE(session->state(), State::Answering);
    QVERIFY(!message->isVisible());
    runFor(10'000);
    QCOMPARE(clock->text(), QStringLiteral("01:20"));
}

QTEST_MAIN(TestGuiSleep)
#include "test_gui_sleep.moc"
