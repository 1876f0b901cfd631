// The clock on screen, warnings, focus mode, shortcuts, speech and settings, driven the way a
// person would on the offscreen platform with a fake clock (no sleeps). Settings live in a
// temporary INI file; the person's real settings are never touched.
#include "bank/QuestionBank.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "interview/ClockWidget.h"
#include "interview/InterviewPage.h"
#include "interview/RoundStrip.h"
#include "interview/Speech.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "window/MainWindow.h"
#include "window/SettingsDialog.h"
#include "window/ShortcutHelp.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace mockloop;
using mockloop::desktop::ClockWidget;
using mockloop::desktop::MainWindow;
using mockloop::test::FakeClock;

namespace {

// Runs check on the next modal dialog once it is open (polling: opening one may spin the
// event loop first, e.g. while the speech engine loads its voices).
void whenModal(QObject *context, std::function<void(QDialog *)> check)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, check] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            check(dialog);
        }
    });
    timer->start();
}

} // namespace

class TestGuiTiming : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void oneWayPreset_byKeyboardAlone_reachesTheReport();
    void clock_showsNormalAmberRedAndOvertime_andAnnouncesSparingly();
    void warnings_fireOncePerAttempt_atTheirThreshold();
    void focusMode_showsOnlyQuestionClockAndEditor_escLeaves();
    void shortcutHelp_listsEveryMenuShortcut_fromTheActions();
    void docsShortcutTable_matchesTheActions();
    void noSpeechEngine_sessionRunsUnchanged_andSaysSoOnce();
    void realSpeechOnOffscreen_sessionRunsUnchanged_atMostOneNotice();
    void secondSession_inTheSameWindow_stillSpeaks();
    void settingsDialog_savesToTheInjectedFile_andAppliesThresholds();
    void settingsDialog_badThresholds_keepsItOpenWithAMessage();

private:
    void openWindow();
    QString currentPage() const { return mockloop::test::currentPageOf(m_window.get()); }
    // Keys go to the window as the platform would deliver them: to the focused widget, with
    // shortcuts and mnemonics handled on the way.
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text);
    void startSoftPlan(int answerSeconds, int questions = 2);
    SessionController *controller() const { return m_window->controller(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiTiming::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiTiming::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(mockloop::test::openBankDatabase(*m_dir, *m_db));
    m_clock = std::make_unique<FakeClock>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    openWindow();
}

void TestGuiTiming::cleanup()
{
    mockloop::desktop::Confirmation::setHandler({});
    m_window.reset();
    m_settings.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestGuiTiming::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->useSettings(m_settings.get());
    m_window->resize(1200, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiTiming::key(int k, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_window->windowHandle(), Qt::Key(k), modifiers);
}

void TestGuiTiming::type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(m_window->windowHandle(), c.toLatin1());
}

void TestGuiTiming::startSoftPlan(int answerSeconds, int questions)
{
    LoopPlan plan;
    plan.name = QStringLiteral("Clock test");
    plan.prepSeconds = 10;
    plan.answerSeconds = answerSeconds;
    plan.expiry = ExpiryPolicy::Soft;
    plan.gradingTiming = GradingTiming::EndOfLoop;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, questions, {}, {}, {}, {}, {}}};
    QString error;
    QVERIFY2(m_window->startSession(plan, &error), qPrintable(error));
    QCOMPARE(controller()->state(), State::RoundIntro);
}

void TestGuiTiming::oneWayPreset_byKeyboardAlone_reachesTheReport()
{
    // Home → Setup with File → New loop (Ctrl+N).
    QCOMPARE(currentPage(), QStringLiteral("homePage"));
    key(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("setupPage"));

    // Alt+P focuses the plan list; typing picks the one-way preset by its name.
    key(Qt::Key_P, Qt::AltModifier);
    FIND(QComboBox, preset, "presetCombo");
    QCOMPARE(QApplication::focusWidget(), preset);
    type(QStringLiteral("One"));
    QCOMPARE(preset->currentData().toString(), QStringLiteral("one_way"));
    key(Qt::Key_S, Qt::AltModifier); // &Start (a mnemonic clicks after a short animation)
    QTRY_COMPARE(currentPage(), QStringLiteral("interviewPage"));
    SessionController *session = controller();
    QVERIFY(session);
    const qint64 sessionId = session->sessionId();
    QCOMPARE(session->plan().id, QStringLiteral("one_way"));
    const int questions = session->engine().attemptCount();
    QCOMPARE(questions, 5);

    // Strict by design: Ctrl+P is refused with the engine's reason and the clock runs on.
    FIND(QLabel, message, "interviewMessage");
    int answered = 0;
    // The window drops the session once it ends: read it afresh each step.
    for (int step = 0; step < 60 && controller() && !controller()->engine().isTerminal(); ++step) {
        session = controller();
        const State state = session->state();
        if (state == State::Answering) {
            key(Qt::Key_P, Qt::ControlModifier);
            QCOMPARE(session->state(), State::Answering);
            QVERIFY(!message->text().isEmpty());
            type(QStringLiteral("spoken %1").arg(answered));
            m_clock->advanceSeconds(20);
            m_window->tickNow();
            ++answered;
        }
        if (state == State::Grading) {
            // Tab to the overall score, as a person would, and choose 4.
            FIND(QSpinBox, score, "scoreSpin");
            for (int tab = 0; tab < 80 && QApplication::focusWidget() != score; ++tab)
                key(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), score);
            for (int up = 0; up < 4; ++up)
                key(Qt::Key_Up);
            QCOMPARE(score->value(), 4);
        }
        key(Qt::Key_Return, Qt::ControlModifier);
        QCoreApplication::processEvents(); // the window drops a finished session queued
    }
    QTRY_COMPARE(currentPage(), QStringLiteral("reportPage"));
    QCOMPARE(answered, questions);

    // What was typed and graded is stored.
    SessionStore store(*m_db);
    QString error;
    const auto record = store.load(sessionId, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->attempts.size(), questions);
    for (int i = 0; i < questions; ++i) {
        const AttemptRecord &a = record->attempts.at(i);
        QString text;
        for (const AnswerField &f : a.answer)
            text += f.value;
        QCOMPARE(text, QStringLiteral("spoken %1").arg(i));
        QCOMPARE(a.score, std::optional<int>(4));
        QCOMPARE(a.times.answerUsedMs, 20'000);
    }
}

void TestGuiTiming::clock_showsNormalAmberRedAndOvertime_andAnnouncesSparingly()
{
    startSoftPlan(100);
    ClockWidget *clock = m_window->findChild<ClockWidget *>(QStringLiteral("clockWidget"));
    QVERIFY(clock);
    QVERIFY(!clock->isVisible()); // the round intro has no clock
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(controller()->state(), State::Prep);
    QVERIFY(clock->isVisible());
    QCOMPARE(clock->text(), QStringLiteral("00:10"));
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(controller()->state(), State::Answering);
    QCOMPARE(clock->text(), QStringLiteral("01:40"));
    QCOMPARE(clock->tone(), ClockTone::Normal);
    QVERIFY(clock->accessibleDescription().contains(QStringLiteral("01:40")));

    // Tick every 100 ms for 30 s: the description changes, announcements stay few.
    const int before = clock->announcements();
    for (int i = 0; i < 300; ++i) {
        m_clock->advanceMs(100);
        m_window->tickNow();
    }
    QCOMPARE(clock->text(), QStringLiteral("01:10"));
    QVERIFY2(clock->announcements() - before <= 4,
             qPrintable(QString::number(clock->announcements() - before)));
    QVERIFY(clock->announcements() - before >= 3);

    m_clock->advanceSeconds(45); // 25 s of 100 left
    m_window->tickNow();
    QCOMPARE(clock->tone(), ClockTone::Amber);
    m_clock->advanceSeconds(15); // 10 s left
    m_window->tickNow();
    QCOMPARE(clock->tone(), ClockTone::Red);
    QCOMPARE(clock->text(), QStringLiteral("00:10"));
    m_clock->advanceSeconds(75); // 1:05 over
    m_window->tickNow();
    QCOMPARE(controller()->state(), State::Answering);
    QCOMPARE(clock->tone(), ClockTone::Overtime);
    QCOMPARE(clock->text(), QStringLiteral("+01:05"));
    QVERIFY(clock->accessibleDescription().contains(QStringLiteral("01:05")));

    // Question k of n and the rounds strip.
    FIND(QLabel, questionPosition, "questionPositionLabel");
    QCOMPARE(questionPosition->text(), QStringLiteral("Question 1 of 2"));
    auto *strip = m_window->findChild<mockloop::desktop::RoundStrip *>(QStringLiteral("roundStrip"));
    QVERIFY(strip);
    QCOMPARE(strip->chipTexts().size(), 1);
    QCOMPARE(strip->currentChip(), 0);
}

void TestGuiTiming::warnings_fireOncePerAttempt_atTheirThreshold()
{
    AppSettings s = m_window->settings();
    s.warningSeconds = {60, 30};
    s.sound = false;
    m_window->applySettings(s);
    startSoftPlan(120, 2);
    auto *page = m_window->findChild<mockloop::desktop::InterviewPage *>(
        QStringLiteral("interviewPage"));
    QVERIFY(page);
    key(Qt::Key_Return, Qt::ControlModifier); // prep
    key(Qt::Key_Return, Qt::ControlModifier); // answering
    m_clock->advanceMs(59'900);
    m_window->tickNow();
    QCOMPARE(page->warningsFired(), 0);
    m_clock->advanceMs(100);
    m_window->tickNow();
    QCOMPARE(page->warningsFired(), 1);
    m_window->tickNow();
    QCOMPARE(page->warningsFired(), 1);
    // A stalled event loop: the next tick is 70 s late; the 30 s warning fires once.
    m_clock->advanceSeconds(70);
    m_window->tickNow();
    m_window->tickNow();
    QCOMPARE(page->warningsFired(), 2);
    // The next question has its own warnings.
    key(Qt::Key_Return, Qt::ControlModifier); // submit
    key(Qt::Key_Return, Qt::ControlModifier); // begin answering
    QCOMPARE(controller()->engine().currentAttempt(), 1);
    m_clock->advanceSeconds(60);
    m_window->tickNow();
    QCOMPARE(page->warningsFired(), 3);
}

void TestGuiTiming::focusMode_showsOnlyQuestionClockAndEditor_escLeaves()
{
    FIND(QAction, focus, "focusModeAction");
    QVERIFY(!focus->isEnabled()); // nothing to focus on without a session
    startSoftPlan(120);
    key(Qt::Key_Return, Qt::ControlModifier);
    FIND(QLabel, roundName, "roundNameLabel");
    FIND(QPushButton, pauseButton, "pauseButton");
    FIND(QLabel, question, "questionText");
    ClockWidget *clock = m_window->findChild<ClockWidget *>(QStringLiteral("clockWidget"));
    FIND(QPlainTextEdit, editor, "answerEdit");
    QVERIFY(roundName->isVisible());

    key(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->isFocusMode());
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!roundName->isVisible());
    QVERIFY(!pauseButton->isVisible());
    QVERIFY(question->isVisible());
    QVERIFY(clock->isVisible());
    QVERIFY(editor->isVisible());
    // The keys still work with the menus hidden: the next step starts the answer.
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(controller()->state(), State::Answering);

    key(Qt::Key_Escape);
    QVERIFY(!m_window->isFocusMode());
    QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(roundName->isVisible());
    // The same keys toggle it off too.
    key(Qt::Key_F11);
    QVERIFY(m_window->isFocusMode());
    key(Qt::Key_F11);
    QVERIFY(!m_window->isFocusMode());
}

void TestGuiTiming::shortcutHelp_listsEveryMenuShortcut_fromTheActions()
{
    // Count the actions with keys straight from the menus.
    QStringList expected;
    QList<QMenu *> menus;
    for (QAction *top : m_window->menuBar()->actions())
        if (top->menu())
            menus.append(top->menu());
    while (!menus.isEmpty()) {
        for (QAction *a : menus.takeFirst()->actions()) {
            if (a->menu())
                menus.append(a->menu());
            else if (!a->shortcut().isEmpty())
                expected.append(a->shortcut().toString(QKeySequence::NativeText));
        }
    }
    QVERIFY(expected.size() >= 15);
    // Every session action has keys, listed from the start (the interview page is built only
    // when the first session starts).
    QVERIFY(!m_window->findChild<mockloop::desktop::InterviewPage *>(QStringLiteral("interviewPage")));
    FIND(QMenu, sessionMenu, "sessionMenu");
    QCOMPARE(sessionMenu->actions().size(), 6);
    for (QAction *a : sessionMenu->actions())
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));

    QStringList shown;
    bool opened = false;
    whenModal(this, [&](QDialog *dialog) {
        opened = dialog->objectName() == QStringLiteral("shortcutHelp");
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
        if (!table)
            return dialog->reject();
        for (int row = 0; row < table->rowCount(); ++row)
            shown.append(table->item(row, 2)->text().split(QStringLiteral(", ")).first());
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    key(Qt::Key_F1);
    QVERIFY(opened);
    QCOMPARE(shown, expected);
    QVERIFY(shown.contains(QKeySequence(Qt::CTRL | Qt::Key_P).toString(QKeySequence::NativeText)));
}

void TestGuiTiming::docsShortcutTable_matchesTheActions()
{
    QFile doc(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/../../docs/timing.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(doc.fileName()));
    const QStringList lines = QString::fromUtf8(doc.readAll()).split(QLatin1Char('\n'));
    const int header = int(lines.indexOf(QStringLiteral("| menu | action | keys |")));
    QVERIFY(header > 0);
    QStringList documented;
    for (int i = header + 2; i < lines.size() && lines.at(i).startsWith(QLatin1Char('|')); ++i)
        documented.append(lines.at(i));
    QStringList actual;
    for (const auto &e : mockloop::desktop::collectShortcuts(m_window->menuBar())) {
        actual.append(QStringLiteral("| %1 | %2 | %3 |")
                          .arg(e.group,
                               QString(e.action).replace(QStringLiteral("..."), QStringLiteral("…")),
                               e.keys));
    }
    for (qsizetype i = 0; i < std::max(documented.size(), actual.size()); ++i)
        QCOMPARE(documented.value(i), actual.value(i));
}

void TestGuiTiming::noSpeechEngine_sessionRunsUnchanged_andSaysSoOnce()
{
    m_window->setSpeaker(
        std::make_unique<mockloop::desktop::TextToSpeechSpeaker>(QStringLiteral("no-such-engine")));
    AppSettings s = m_window->settings();
    s.voice = true;
    s.warningSeconds = {60};
    m_window->applySettings(s);
    startSoftPlan(90, 2);
    for (int i = 0; i < 2; ++i) {
        key(Qt::Key_Return, Qt::ControlModifier); // intro → prep (question read aloud)
        if (controller()->state() == State::Prep)
            key(Qt::Key_Return, Qt::ControlModifier);
        type(QStringLiteral("answer"));
        m_clock->advanceSeconds(40); // the spoken warning is due too
        m_window->tickNow();
    }
    QCOMPARE(m_window->speechNoticeCount(), 1);
    QVERIFY(m_window->speechNotice().contains(QStringLiteral("unavailable")));
    QCOMPARE(m_window->statusBar()->currentMessage(), m_window->speechNotice());
    QCOMPARE(controller()->engine().currentAttempt(), 1);
    QCOMPARE(controller()->state(), State::Answering);
}

void TestGuiTiming::secondSession_inTheSameWindow_stillSpeaks()
{
    // The end of a session takes the voice off the interview page; the next session must get
    // it back. A speaker whose engine does not exist says so at its first say(): the notice
    // shows that the second session tried to speak.
    m_window->setSpeaker(
        std::make_unique<mockloop::desktop::TextToSpeechSpeaker>(QStringLiteral("no-such-engine")));
    AppSettings s = m_window->settings();
    s.voice = true;
    m_window->applySettings(s);
    mockloop::desktop::Confirmation::setHandler([](const QString &, const QString &) { return true; });

    startSoftPlan(90, 1);
    key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier); // abandon at the intro: nothing said
    QTRY_VERIFY(!controller());
    QCOMPARE(m_window->speechNoticeCount(), 0);

    startSoftPlan(90, 1);
    key(Qt::Key_Return, Qt::ControlModifier); // intro → prep: the question is read aloud
    QCOMPARE(controller()->state(), State::Prep);
    QCOMPARE(m_window->speechNoticeCount(), 1);
}

void TestGuiTiming::realSpeechOnOffscreen_sessionRunsUnchanged_atMostOneNotice()
{
    // The real default engine (flite here) with no audio device: it may accept say() and then
    // fail; either way the session goes on and the person hears about it at most once.
    AppSettings s = m_window->settings();
    s.voice = true;
    m_window->applySettings(s);
    startSoftPlan(90, 2);
    key(Qt::Key_Return, Qt::ControlModifier);
    key(Qt::Key_Return, Qt::ControlModifier);
    type(QStringLiteral("first"));
    QTest::qWait(200); // an asynchronous engine error has time to arrive
    key(Qt::Key_Return, Qt::ControlModifier);
    key(Qt::Key_Return, Qt::ControlModifier);
    type(QStringLiteral("second"));
    QTest::qWait(200);
    QCOMPARE(controller()->engine().currentAttempt(), 1);
    QCOMPARE(controller()->state(), State::Answering);
    QCOMPARE(m_window->speechNoticeCount(), m_window->speaker()->isUnavailable() ? 1 : 0);
    // Which way it went on this machine, for the log.
    qInfo("speech on this machine: %s", m_window->speaker()->isUnavailable()
                                            ? qPrintable(m_window->speechNotice())
                                            : "the engine accepted say()");
}

void TestGuiTiming::settingsDialog_savesToTheInjectedFile_andAppliesThresholds()
{
    bool seen = false;
    whenModal(this, [&](QDialog *dialog) {
        seen = true;
        auto *warnings = dialog->findChild<QLineEdit *>(QStringLiteral("settingsWarningsEdit"));
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("settingsThemeCombo"));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguageCombo"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("settingsLanguageNote"));
        if (!warnings || !theme || !language || !note) {
            dialog->reject();
            return;
        }
        QVERIFY(note->text().contains(QStringLiteral("starts again")));
        warnings->selectAll();
        QTest::keyClicks(warnings, QStringLiteral("90, 20"));
        theme->setCurrentIndex(theme->findData(int(Theme::Dark)));
        language->setCurrentIndex(language->findData(QStringLiteral("de_DE")));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    key(Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(seen);
    QCOMPARE(m_window->settings().warningSeconds, (QList<int>{90, 20}));
    QCOMPARE(m_window->settings().theme, Theme::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x2b, 0x2b, 0x2b));
    // Written to the injected file, read back by a fresh QSettings.
    QSettings reread(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const AppSettings stored = AppSettings::load(reread);
    QCOMPARE(stored.warningSeconds, (QList<int>{90, 20}));
    QCOMPARE(stored.language, QStringLiteral("de_DE"));
    QCOMPARE(stored.theme, Theme::Dark);
    AppSettings back = stored;
    back.theme = Theme::System;
    m_window->applySettings(back);
}

void TestGuiTiming::settingsDialog_badThresholds_keepsItOpenWithAMessage()
{
    const AppSettings before = m_window->settings();
    mockloop::desktop::SettingsDialog dialog(before, {});
    dialog.show();
    auto *warnings = dialog.findChild<QLineEdit *>(QStringLiteral("settingsWarningsEdit"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("settingsError"));
    QVERIFY(warnings && error);
    warnings->selectAll();
    QTest::keyClicks(warnings, QStringLiteral("60, soon"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QCOMPARE(dialog.settings(), before);
    warnings->selectAll();
    QTest::keyClicks(warnings, QStringLiteral("45"));
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.settings().warningSeconds, QList<int>{45});
}

QTEST_MAIN(TestGuiTiming)
#include "test_gui_timing.moc"
