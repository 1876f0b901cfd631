// Saving as a person meets it in the desktop app (issue 16): the keyboard stays in the answer
// after "Start answering", so typing "ab cd" skips nothing; a skip with an answer typed asks
// first; and when the disk runs full the interview page says so at once, keeps the answer,
// retries, and once space is back every character of every answer is on disk. A grade that
// cannot be saved stays in the form, with the reason, and saves once space is back. The disk is
// a real small filesystem (a tmpfs, as root) or a database made full with max_page_count
// (FullDisk.h says which ran); the clock is the fake one.
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "interview/InterviewPage.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "FullDisk.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mockloop;
using mockloop::desktop::Confirmation;
using mockloop::desktop::InterviewPage;
using mockloop::desktop::MainWindow;
using mockloop::test::FakeClock;
using mockloop::test::FullDisk;

class TestGuiSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void startAnswering_thenTypingWithASpace_staysInTheAnswer_andSkipsNothing();
    void resumeAndPrepExpiry_leaveTheKeyboardInTheAnswer();
    void skip_withAnAnswerTyped_asksFirst_keepIsTheDefault();
    void diskFull_whileTyping_saysSoOnThePage_thenSavesEveryCharacterOnceSpaceIsBack();
    void grade_onAFullDisk_staysInTheFormWithTheReason_andSavesOnceSpaceIsBack();

private:
    void startPlan(GradingTiming grading, bool pauseAllowed = false);
    void tick(qint64 ms);
    // Types into whatever has the keyboard focus, as a person would.
    void type(const QString &text);
    QString storedAnswer(int attempt);
    SessionController *controller() const { return m_window->controller(); }
    InterviewPage *page() const { return m_window->findChild<InterviewPage *>(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FullDisk> m_disk;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_asked; // the texts of the confirmations asked
};

void TestGuiSave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("data")));
    m_disk = std::make_unique<FullDisk>(m_dir->filePath(QStringLiteral("data")));
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("data/mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    m_clock = std::make_unique<FakeClock>();
    // The settings beside, not on the small disk: they are not what is tested.
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->useSettings(m_settings.get());
    m_window->resize(1200, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_asked.clear();
    Confirmation::setBoxHandler([this](QMessageBox &box) -> QAbstractButton * {
        m_asked.append(box.text());
        return box.defaultButton(); // what Enter or Space would choose
    });
}

void TestGuiSave::cleanup()
{
    Confirmation::setBoxHandler({});
    if (m_db && m_db->isOpen())
        m_disk->free(m_db->connection(), nullptr);
    m_window.reset();
    m_settings.reset();
    m_db.reset();
    m_disk.reset(); // unmounts: the database is closed
    m_clock.reset();
    m_dir.reset();
}

void TestGuiSave::startPlan(GradingTiming grading, bool pauseAllowed)
{
    LoopPlan plan;
    plan.name = QStringLiteral("Saving test");
    plan.prepSeconds = 60;
    plan.answerSeconds = 3600;
    plan.expiry = ExpiryPolicy::Soft;
    plan.gradingTiming = grading;
    plan.pauseAllowed = pauseAllowed;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 2, {}, {}, {}, {}, {}}};
    QString error;
    QVERIFY2(m_window->startSession(plan, &error), qPrintable(error));
    QCOMPARE(controller()->state(), State::RoundIntro);
    FIND(QPushButton, start, "startRoundButton");
    CLICK(start);
    QCOMPARE(controller()->state(), State::Prep);
}

void TestGuiSave::tick(qint64 ms)
{
    for (qint64 t = 0; t < ms; t += 100) {
        m_clock->advanceMs(100);
        m_window->tickNow();
    }
}

void TestGuiSave::type(const QString &text)
{
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QTest::keyClicks(focused, text);
}

QString TestGuiSave::storedAnswer(int attempt)
{
    // What a later run of the program would load from the file.
    QString error;
    const auto record = SessionStore(*m_db).load(controller()->sessionId(), &error);
    if (!record)
        return QStringLiteral("(cannot load: %1)").arg(error);
    QString text;
    for (const AnswerField &f : record->attempts.at(attempt).answer)
        text += f.value;
    return text;
}

void TestGuiSave::startAnswering_thenTypingWithASpace_staysInTheAnswer_andSkipsNothing()
{
    startPlan(GradingTiming::EndOfLoop);
    FIND(QPushButton, begin, "beginAnswerButton");
    CLICK(begin);
    QCOMPARE(controller()->state(), State::Answering);
    type(QStringLiteral("ab cd"));
    // Nothing skipped, nothing asked: the space went into the answer.
    QCOMPARE(controller()->state(), State::Answering);
    QCOMPARE(controller()->engine().currentAttempt(), 0);
    QCOMPARE(controller()->engine().attemptTimes(0).status, AttemptStatus::Active);
    QVERIFY2(m_asked.isEmpty(), qPrintable(m_asked.join(QLatin1Char('\n'))));
    FIND(QPlainTextEdit, edit, "answerEdit");
    QCOMPARE(edit->toPlainText(), QStringLiteral("ab cd"));
    tick(500);
    QCOMPARE(storedAnswer(0), QStringLiteral("ab cd"));
}

void TestGuiSave::resumeAndPrepExpiry_leaveTheKeyboardInTheAnswer()
{
    startPlan(GradingTiming::EndOfLoop, true);
    FIND(QPushButton, begin, "beginAnswerButton");
    FIND(QPushButton, pause, "pauseButton");
    FIND(QPlainTextEdit, edit, "answerEdit");
    // The person tabbed to "Start answering" and left it there; the preparation runs out.
    begin->setFocus(Qt::TabFocusReason);
    tick(60'000);
    QCOMPARE(controller()->state(), State::Answering);
    type(QStringLiteral("x y"));
    QCOMPARE(controller()->engine().currentAttempt(), 0);
    QCOMPARE(edit->toPlainText(), QStringLiteral("x y"));
    // Pause and resume by the button: the keyboard goes back to the answer, not the button.
    CLICK(pause);
    QCOMPARE(controller()->state(), State::Paused);
    CLICK(pause);
    QCOMPARE(controller()->state(), State::Answering);
    type(QStringLiteral(" z"));
    QCOMPARE(controller()->engine().currentAttempt(), 0);
    QCOMPARE(edit->toPlainText(), QStringLiteral("x y z"));
    QVERIFY(m_asked.isEmpty());
}

void TestGuiSave::skip_withAnAnswerTyped_asksFirst_keepIsTheDefault()
{
    startPlan(GradingTiming::EndOfLoop);
    FIND(QPushButton, skip, "skipButton");
    FIND(QPushButton, begin, "beginAnswerButton");
    CLICK(begin);
    type(QStringLiteral("half a thought"));
    // The default (Enter, Space) keeps answering: the text stays, the question too.
    CLICK(skip);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.first().contains(QStringLiteral("typed an answer")),
             qPrintable(m_asked.first()));
    QCOMPARE(controller()->state(), State::Answering);
    QCOMPARE(controller()->engine().currentAttempt(), 0);
    FIND(QPlainTextEdit, edit, "answerEdit");
    QCOMPARE(edit->toPlainText(), QStringLiteral("half a thought"));
    QCOMPARE(QApplication::focusWidget(), edit);
    // Chosen on purpose, it skips.
    Confirmation::setBoxHandler([this](QMessageBox &box) -> QAbstractButton * {
        m_asked.append(box.text());
        return box.findChild<QAbstractButton *>(QStringLiteral("confirmDoButton"));
    });
    CLICK(skip);
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(controller()->engine().attemptTimes(0).status, AttemptStatus::Skipped);
    // An empty answer is skipped without a question.
    QCOMPARE(controller()->state(), State::Prep);
    CLICK(skip);
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(controller()->engine().attemptTimes(1).status, AttemptStatus::Skipped);
}

void TestGuiSave::diskFull_whileTyping_saysSoOnThePage_thenSavesEveryCharacterOnceSpaceIsBack()
{
    // Where only max_page_count makes the file full, a few characters may still fit its pages:
    // there the answers are long enough to need new ones.
    const int length = m_disk->isRealFilesystem() ? 40 : 5000;
    auto words = [length](const QString &tag) {
        QString text;
        for (int i = 0; text.size() < length; ++i)
            text += QStringLiteral("%1%2 ").arg(tag).arg(i);
        return text;
    };
    startPlan(GradingTiming::EndOfLoop);
    FIND(QPushButton, begin, "beginAnswerButton");
    FIND(QLabel, notice, "saveNoticeLabel");
    FIND(QLabel, status, "saveStateLabel");
    CLICK(begin);
    const QString before = QStringLiteral("Written before the disk ran full. ");
    type(before);
    tick(500);
    QCOMPARE(storedAnswer(0), before);
    QVERIFY(!notice->isVisible());

    QString error;
    QVERIFY2(m_disk->fill(m_db->connection(), &error), qPrintable(error));
    const QString first = before + words(QStringLiteral("one"));
    type(first.mid(before.size()));
    tick(500);
    // At once, on the interview page where the person types: what is wrong, and that the answer
    // is kept and saving retried. The status bar says it too.
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("the disk is full")), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("kept in memory")), qPrintable(notice->text()));
    QVERIFY(!notice->accessibleName().isEmpty());
    QCOMPARE(notice->accessibleDescription(), notice->text());
    QVERIFY2(status->text().startsWith(QStringLiteral("Saving failed: the disk is full")),
             qPrintable(status->text()));
    // It covers nothing: the question stays in view, whole (the notice once lay over it).
    FIND(QLabel, question, "questionText");
    QApplication::processEvents();
    const QRect noticeArea(notice->mapTo(m_window.get(), QPoint(0, 0)), notice->size());
    const QRect questionArea(question->mapTo(m_window.get(), QPoint(0, 0)), question->size());
    QVERIFY(question->isVisible());
    QVERIFY2(!noticeArea.intersects(questionArea),
             qPrintable(QStringLiteral("notice %1,%2 %3x%4 over the question at %5,%6")
                            .arg(noticeArea.x())
                            .arg(noticeArea.y())
                            .arg(noticeArea.width())
                            .arg(noticeArea.height())
                            .arg(questionArea.x())
                            .arg(questionArea.y())));
    // MOCKLOOP_SCREENSHOT_DIR=/tmp/x saves the page as the person sees it now.
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        for (const QSize size : {QSize(1280, 860), QSize(1024, 700)}) {
            m_window->resize(size);
            QTest::qWait(50); // the layout settles in the event loop
            m_window->grab().save(shots + QStringLiteral("/save-failed-%1.png").arg(size.width()));
        }
    }

    // Submit (Ctrl+Return), start the next answer and type it, all while the disk is full.
    QTest::keyClick(m_window->windowHandle(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(controller()->state(), State::Prep);
    QVERIFY(notice->isVisible()); // still failing: the notice stays through the transition
    FIND(QPushButton, beginNext, "beginAnswerButton");
    CLICK(beginNext);
    const QString second = words(QStringLiteral("two"));
    type(second);
    tick(1500);
    QVERIFY(notice->isVisible());
    QCOMPARE(storedAnswer(0), before);

    // Space back: saved by the next retry, within a second; the page says so, then goes quiet.
    QVERIFY2(m_disk->free(m_db->connection(), &error), qPrintable(error));
    tick(1000);
    QVERIFY2(notice->text().startsWith(QStringLiteral("Saved again")), qPrintable(notice->text()));
    QCOMPARE(status->text(), QStringLiteral("Saved"));
    QCOMPARE(storedAnswer(0), first);
    QCOMPARE(storedAnswer(1), second);
    tick(5000);
    QVERIFY(!notice->isVisible());
}

void TestGuiSave::grade_onAFullDisk_staysInTheFormWithTheReason_andSavesOnceSpaceIsBack()
{
    startPlan(GradingTiming::AfterEachQuestion);
    FIND(QPushButton, begin, "beginAnswerButton");
    CLICK(begin);
    type(QStringLiteral("an answer to grade"));
    QTest::keyClick(m_window->windowHandle(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(controller()->state(), State::Grading);

    FIND(QSpinBox, score, "scoreSpin");
    FIND(QPlainTextEdit, note, "gradeNote");
    FIND(QPushButton, save, "saveGradeButton");
    score->setValue(4);
    // Long enough to need new pages where only max_page_count makes the file full.
    const QString noteText = QString(m_disk->isRealFilesystem() ? 30 : 6000, QLatin1Char('n'));
    note->setPlainText(noteText);
    QString error;
    QVERIFY2(m_disk->fill(m_db->connection(), &error), qPrintable(error));
    CLICK(save);
    // Still grading, the form as the person left it, and the page says why and what to do.
    QCOMPARE(controller()->state(), State::Grading);
    QCOMPARE(score->value(), 4);
    QCOMPARE(note->toPlainText(), noteText);
    const QString message = page()->message();
    QVERIFY2(message.contains(QStringLiteral("grade was not saved")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("the disk is full")), qPrintable(message));

    QVERIFY2(m_disk->free(m_db->connection(), &error), qPrintable(error));
    CLICK(save);
    QCOMPARE(controller()->state(), State::Prep);
    QCOMPARE(controller()->score(0), std::optional<int>(4));
    const auto record = SessionStore(*m_db).load(controller()->sessionId(), &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->attempts.at(0).score, std::optional<int>(4));
    QCOMPARE(record->attempts.at(0).gradeNote, noteText);
}

QTEST_MAIN(TestGuiSave)
#include "test_gui_save.moc"
