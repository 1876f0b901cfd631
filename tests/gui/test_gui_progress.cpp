// Spaced repetition, the story bank and the progress page, driven the way a person would:
// Home lists a due question and practises it, a past answer becomes a story, the story fills
// another answer, and the competencies × stories matrix follows.
#include "bank/QuestionBank.h"
#include "coach/StoryBank.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "interview/StoryPickerDialog.h"
#include "library/QuestionTableModel.h"
#include "practice/Scheduler.h"
#include "progress/ProgressPage.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "stories/StoryMatrixModel.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GradedSession.h"
#include "GuiTestSupport.h"
#include "TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using namespace mockloop::desktop;
using mockloop::test::FakeClock;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
const QString kSituation = QStringLiteral(
    "Our nightly billing release broke invoices for 300 customers.");
const QString kAction = QStringLiteral(
    "I rolled back within ten minutes and wrote the rollback runbook.");

} // namespace

class TestGuiProgress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void practiseDue_fromHome_answerAndGrade_noLongerDue();
    void suspend_fromLibrary_questionIsNoLongerDue();
    void storyFromAnswer_reusedInAnotherAnswer_matrixChanges();
    void progressPage_fromHome_everyChartHasItsSummary();
    void storiesPage_unsavedEdits_areNeverDroppedSilently();

private:
    QString currentPage() const { return test::currentPageOf(m_window.get()); }
    // Answers the question on screen in the STAR fields, submits and grades it.
    void answerAndGrade(const QString &situation, int score, bool typeFields = true);
    void finishLoop();

    std::unique_ptr<test::TempDatabase> m_data;
    Database *m_db = nullptr;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    QString m_firstId;  // a behavioral question answered and graded 2 yesterday
    QString m_secondId; // another behavioral question, never answered
};

void TestGuiProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TZ", "UTC");
}

void TestGuiProgress::init()
{
    m_data = std::make_unique<test::TempDatabase>();
    m_db = &m_data->db;
    m_clock = std::make_unique<FakeClock>();
    QString error;
    QVERIFY2(m_data->open(&error), qPrintable(error));
    QList<Question> behavioral;
    for (const Question &q : QuestionBank(*m_db).questions(RoundKind::Behavioral))
        if (!q.competencies.isEmpty())
            behavioral << q;
    QVERIFY(behavioral.size() >= 2);
    m_firstId = behavioral[0].id;
    m_secondId = behavioral[1].id;

    // Yesterday: one story question answered in STAR fields and graded 2 (a lapse).
    LoopPlan plan;
    plan.prepSeconds = 0;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Behavioral, 1, {m_firstId}, {}, {}, {}, {}}};
    auto c = SessionController::start(*m_db, plan, m_clock.get(), &error, 11u);
    QVERIFY2(c, qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("situation"), kSituation},
                  {QStringLiteral("task"), QStringLiteral("Stop the damage.")},
                  {QStringLiteral("action"), kAction},
                  {QStringLiteral("result"), QStringLiteral("No invoice went out wrong again.")}});
    m_clock->advanceSeconds(120);
    QVERIFY(c->handle(Event::Submit).accepted);
    QVERIFY(c->submitGrade(2, {}).accepted);
    c->handle(Event::Continue);
    c.reset();
    m_clock->advanceWallOnlyMs(kDayMs);

    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiProgress::cleanup()
{
    m_window.reset();
    m_db = nullptr;
    m_data.reset();
}

void TestGuiProgress::answerAndGrade(const QString &situation, int score, bool typeFields)
{
    if (m_window->controller()->state() == State::RoundIntro) {
        FIND(QPushButton, startRound, "startRoundButton");
        CLICK(startRound);
    }
    if (m_window->controller()->state() == State::Prep) {
        FIND(QPushButton, beginAnswer, "beginAnswerButton");
        CLICK(beginAnswer);
    }
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);
    if (typeFields) {
        FIND(QPlainTextEdit, situationEdit, "starSituation");
        QVERIFY(situationEdit->isVisible());
        QTest::keyClicks(situationEdit, situation);
    }
    m_clock->advanceSeconds(60);
    m_window->tickNow();
    FIND(QPushButton, submit, "submitButton");
    CLICK(submit);
    QTRY_COMPARE(m_window->controller()->state(), State::Grading);
    m_window->tickNow();
    FIND(QSpinBox, overall, "scoreSpin");
    overall->setValue(score);
    FIND(QPushButton, save, "saveGradeButton");
    CLICK(save);
    QTRY_VERIFY(m_window->controller()->state() != State::Grading);
}

void TestGuiProgress::finishLoop()
{
    m_window->tickNow();
    if (m_window->controller() && m_window->controller()->state() == State::RoundReview) {
        FIND(QPushButton, cont, "continueButton");
        CLICK(cont);
    }
    QTRY_VERIFY(!m_window->controller());
    QTRY_COMPARE(currentPage(), QStringLiteral("reportPage"));
}

void TestGuiProgress::practiseDue_fromHome_answerAndGrade_noLongerDue()
{
    QCOMPARE(currentPage(), QStringLiteral("homePage"));
    FIND(QLabel, summary, "dueSummary");
    FIND(QLabel, list, "dueList");
    QVERIFY2(summary->text().contains(QStringLiteral("1 question is due today")),
             qPrintable(summary->text()));
    const QString text = QuestionBank(*m_db).question(m_firstId)->text;
    QVERIFY2(list->text().contains(text.left(40).toHtmlEscaped()), qPrintable(list->text()));

    FIND(QPushButton, practise, "practiceDueButton");
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(shots + QStringLiteral("/home-due.png"));
    CLICK(practise);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    QVERIFY(m_window->controller());
    QCOMPARE(m_window->controller()->plan().id, QStringLiteral("due"));
    QCOMPARE(m_window->controller()->question(0).id, m_firstId);
    QCOMPARE(m_window->controller()->state(), State::RoundIntro);
    answerAndGrade(QStringLiteral("Better this time: the rollback took five minutes."), 5);
    finishLoop();

    // Graded 5: the question is not due again until tomorrow, and Home says so.
    Scheduler scheduler(*m_db, m_clock.get());
    QCOMPARE(scheduler.dueCount(), 0);
    QCOMPARE(scheduler.state(m_firstId)->lastGrade, 5);
    QCOMPARE(scheduler.state(m_firstId)->dueOn, m_clock->today().addDays(1));
    m_window->showHome();
    QVERIFY2(summary->text().startsWith(QStringLiteral("Nothing is due")),
             qPrintable(summary->text()));
    QVERIFY(!practise->isEnabled());
}

void TestGuiProgress::suspend_fromLibrary_questionIsNoLongerDue()
{
    FIND(QPushButton, libraryButton, "libraryButton");
    CLICK(libraryButton);
    FIND(QTableView, table, "libraryTable");
    auto *model = qobject_cast<QuestionTableModel *>(table->model());
    QVERIFY(model);
    const int row = model->rowOf(m_firstId);
    QVERIFY(row >= 0);
    table->selectRow(row);
    FIND(QPushButton, review, "reviewSuspendButton");
    QCOMPARE(review->text(), QStringLiteral("Suspend reviews"));
    CLICK(review);
    QCOMPARE(review->text(), QStringLiteral("Resume reviews"));
    QVERIFY(Scheduler(*m_db, m_clock.get()).state(m_firstId)->suspended);
    m_window->showHome();
    FIND(QLabel, summary, "dueSummary");
    QVERIFY2(summary->text().startsWith(QStringLiteral("Nothing is due")),
             qPrintable(summary->text()));
    // Resumed: due again, with the schedule it had.
    CLICK(libraryButton);
    table->selectRow(model->rowOf(m_firstId));
    CLICK(review);
    QCOMPARE(Scheduler(*m_db, m_clock.get()).dueCount(), 1);
}

void TestGuiProgress::storyFromAnswer_reusedInAnotherAnswer_matrixChanges()
{
    // History → search the old answer → open it → "Save as story…".
    FIND(QPushButton, historyButton, "historyButton");
    CLICK(historyButton);
    FIND(QLineEdit, search, "answerSearch");
    FIND(QTableView, results, "searchResults");
    QTest::keyClicks(search, QStringLiteral("runbook"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(results->model()->rowCount(), 1);
    results->selectRow(0);
    FIND(QPushButton, open, "searchOpenButton");
    CLICK(open);
    FIND(QPushButton, saveAsStory, "saveAsStoryButton");
    CLICK(saveAsStory);
    QCOMPARE(currentPage(), QStringLiteral("storiesPage"));
    FIND(QLineEdit, title, "storyTitle");
    FIND(QLineEdit, competencies, "storyCompetencies");
    FIND(QPlainTextEdit, situation, "storySituation");
    FIND(QPlainTextEdit, action, "storyAction");
    QCOMPARE(situation->toPlainText(), kSituation);
    QCOMPARE(action->toPlainText(), kAction);
    const Question first = *QuestionBank(*m_db).question(m_firstId);
    QStringList expected = first.competencies;
    for (QString &c : expected)
        c = c.toLower();
    expected.sort();
    QCOMPARE(competencies->text(), expected.join(QStringLiteral(", ")));

    // The matrix before: nothing covers anything.
    FIND(QTableView, matrixView, "storyMatrixView");
    auto *matrix = qobject_cast<StoryMatrixModel *>(matrixView->model());
    QVERIFY(matrix);
    // Checks the model through every reset that follows (saving, deleting a story).
    QAbstractItemModelTester matrixTester(matrix,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(matrix->matrix().stories.size(), 0);
    const QStringList gapsBefore = matrix->matrix().gaps();
    QVERIFY(gapsBefore.contains(QStringLiteral("ownership")));

    // Adapt and save.
    title->clear();
    QTest::keyClicks(title, QStringLiteral("The billing rollback"));
    competencies->clear();
    QTest::keyClicks(competencies, QStringLiteral("ownership, Failure"));
    FIND(QPushButton, saveStory, "saveStoryButton");
    CLICK(saveStory);
    const QList<Story> stories = StoryBank(*m_db).stories();
    QCOMPARE(stories.size(), 1);
    const Story story = stories.first();
    QCOMPARE(story.title, QStringLiteral("The billing rollback"));
    QCOMPARE(story.competencies,
             (QStringList{QStringLiteral("failure"), QStringLiteral("ownership")}));
    QCOMPARE(story.situation, kSituation);
    QVERIFY(story.sourceAttemptId > 0);
    QCOMPARE(matrix->columnCount(), 2); // the story and the count
    QVERIFY(!matrix->matrix().gaps().contains(QStringLiteral("ownership")));
    QCOMPARE(matrix->matrix().gaps().size(),
             gapsBefore.size() - (gapsBefore.contains(QStringLiteral("failure")) ? 2 : 1));
    QVERIFY(matrix->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("used 0×")));
    FIND(QLabel, matrixSummary, "storyMatrixSummary");
    QVERIFY(!matrixSummary->text().contains(QStringLiteral("ownership")));
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(50);
        m_window->grab().save(shots + QStringLiteral("/stories.png"));
    }

    // Another story question: "Use a story…" fills the STAR fields; the answer saved is the story.
    FIND(QPushButton, home, "storiesHomeButton");
    CLICK(home);
    LoopPlan plan;
    plan.prepSeconds = 0;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Behavioral, 1, {m_secondId}, {}, {}, {}, {}}};
    QString error;
    QVERIFY2(m_window->startSession(plan, &error), qPrintable(error));
    FIND(QPushButton, startRound, "startRoundButton");
    CLICK(startRound);
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);
    FIND(QPushButton, useStory, "useStoryButton");
    CLICK(useStory);
    StoryPickerDialog *picker = nullptr;
    QTRY_VERIFY((picker = qobject_cast<StoryPickerDialog *>(QApplication::activeModalWidget())));
    auto *pickList = picker->findChild<QListWidget *>(QStringLiteral("storyPickerList"));
    QVERIFY(pickList);
    QCOMPARE(pickList->count(), 1);
    QCOMPARE(pickList->currentItem()->text(), QStringLiteral("The billing rollback"));
    auto *use = picker->findChild<QPushButton *>(QStringLiteral("storyPickerUseButton"));
    CLICK(use);
    FIND(QPlainTextEdit, starSituation, "starSituation");
    QCOMPARE(starSituation->toPlainText(), kSituation);
    // Adapt it: a sentence for this question.
    FIND(QPlainTextEdit, starResult, "starResult");
    starResult->moveCursor(QTextCursor::End);
    QTest::keyClicks(starResult, QStringLiteral(" I would do it the same way."));
    const qint64 attemptId = m_window->controller()->attemptRecord(0).id;
    answerAndGrade({}, 4, false);
    finishLoop();
    const auto saved = SessionStore(*m_db).loadAttempts(SessionStore::AttemptsOf::Attempt,
                                                        attemptId, &error);
    QVERIFY2(saved && saved->size() == 1, qPrintable(error));
    QCOMPARE(saved->first().answer.value(0).value, kSituation);
    QVERIFY(saved->first().answer.value(3).value.endsWith(QStringLiteral("the same way.")));
    QSqlQuery uses(m_db->connection());
    QVERIFY(uses.exec(QStringLiteral("SELECT story_id, attempt_id, question_id FROM story_uses")));
    QVERIFY(uses.next());
    QCOMPARE(uses.value(0).toLongLong(), story.id);
    QCOMPARE(uses.value(1).toLongLong(), attemptId);
    QCOMPARE(uses.value(2).toString(), m_secondId);

    // The matrix counts the use; two more answers with it and it is marked overused.
    m_window->showStories();
    QVERIFY(matrix->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("used 1×")));
    for (int i = 0; i < 2; ++i)
        QVERIFY(StoryBank(*m_db).recordUse(story.id, 0, m_secondId, m_clock->wallTime(), &error));
    m_window->showStories();
    QVERIFY(matrix->matrix().isOverused(0));
    QVERIFY(matrix->headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("overused")));
    QVERIFY(matrixSummary->text().contains(QStringLiteral("The billing rollback")));
}

void TestGuiProgress::progressPage_fromHome_everyChartHasItsSummary()
{
    // Three weeks of practice, every other day: technical and system design answers whose
    // scores and key points improve, and time use that drifts into overtime.
    QList<Question> tech;
    for (const Question &q : QuestionBank(*m_db).questions(RoundKind::Technical))
        if (tech.size() < 6 && q.keyPoints.size() >= 2)
            tech << q;
    const Question design = QuestionBank(*m_db).questions(RoundKind::SystemDesign).first();
    QString error;
    for (int day = 0; day < 21; day += 2) {
        const int score = 1 + day / 5;
        QList<bool> points(tech[day % 6].keyPoints.size(), false);
        for (int i = 0; i < points.size() && i <= day / 6; ++i)
            points[i] = true;
        QVERIFY2(test::runGradedSession(
                     *m_db, *m_clock,
                     {{tech[day % 6].id, RoundKind::Technical, 60 + day * 3, score, points},
                      {design.id, RoundKind::SystemDesign, 90, std::min(5, score + 1), {}}},
                     &error),
                 qPrintable(error));
        m_clock->advanceWallOnlyMs(2 * kDayMs);
    }
    m_clock->advanceWallOnlyMs(20 * kDayMs); // the last session was three weeks ago
    m_window->showHome();
    FIND(QPushButton, progressButton, "progressButton");
    CLICK(progressButton);
    QCOMPARE(currentPage(), QStringLiteral("progressPage"));

    const char *charts[] = {"scoreChart",    "timeUseChart",       "keyPointChart",
                            "sessionsChart", "weakQuestionsChart", "weakCompetenciesChart"};
    for (const char *name : charts) {
        auto *view = m_window->findChild<QChartView *>(QLatin1String(name));
        QVERIFY2(view && view->isVisible(), name);
        QVERIFY2(!view->chart()->series().isEmpty(), name);
        auto *summary = m_window->findChild<QLabel *>(QLatin1String(name) + QStringLiteral("Summary"));
        QVERIFY2(summary && summary->isVisible() && !summary->text().isEmpty(), name);
        QCOMPARE(view->accessibleDescription(), summary->text());
    }
    // What the summaries say is what was run.
    FIND(QLabel, scores, "scoreChartSummary");
    QVERIFY2(scores->text().contains(QStringLiteral("Technical: 11 graded")),
             qPrintable(scores->text()));
    FIND(QLabel, sessions, "sessionsChartSummary");
    QVERIFY2(sessions->text().startsWith(QStringLiteral("12 sessions on 12 of the last 90 days")),
             qPrintable(sessions->text())); // 11 here and the one from init
    FIND(QLabel, weak, "weakQuestionsChartSummary");
    QVERIFY2(weak->text().contains(QStringLiteral("1. ")), qPrintable(weak->text()));
    FIND(QChartView, scoreView, "scoreChart");
    QCOMPARE(scoreView->chart()->series().size(), 2 * 3); // three kinds, a line and dots each

    // A shorter range drops the older days.
    FIND(QComboBox, range, "progressRange");
    range->setCurrentIndex(range->findData(30));
    QVERIFY2(scores->text().contains(QStringLiteral("Technical: 4 graded")),
             qPrintable(scores->text()));
    QVERIFY2(sessions->text().startsWith(QStringLiteral("4 sessions on 4 of the last 30 days")),
             qPrintable(sessions->text()));

    range->setCurrentIndex(range->findData(90));
    // A dark palette: the charts follow it.
    const QPalette light = QApplication::palette();
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(50);
        m_window->grab().save(shots + QStringLiteral("/progress.png"));
    }
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, Qt::white);
    QApplication::setPalette(dark);
    QTRY_COMPARE(scoreView->chart()->backgroundBrush().color(), QColor(0x2b, 0x2b, 0x2b));
    QCOMPARE(scoreView->chart()->plotAreaBackgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(scoreView->chart()->axes().first()->labelsBrush().color(), QColor(0xee, 0xee, 0xee));
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(50);
        m_window->grab().save(shots + QStringLiteral("/progress-dark.png"));
    }
    QApplication::setPalette(light);
}

void TestGuiProgress::storiesPage_unsavedEdits_areNeverDroppedSilently()
{
    FIND(QPushButton, storiesButton, "storiesButton");
    CLICK(storiesButton);
    FIND(QLineEdit, title, "storyTitle");
    FIND(QPlainTextEdit, situation, "storySituation");
    FIND(QPushButton, save, "saveStoryButton");
    FIND(QPushButton, newStory, "newStoryButton");
    FIND(QLabel, message, "storyMessage");
    // Nothing typed: no text, nothing saved, the page says why.
    CLICK(save);
    QVERIFY(message->text().contains(QStringLiteral("title")));
    QVERIFY(StoryBank(*m_db).stories().isEmpty());
    QTest::keyClicks(title, QStringLiteral("Pager duty"));
    QTest::keyClicks(situation, QStringLiteral("Woken at 3 am."));
    CLICK(save);
    QCOMPARE(StoryBank(*m_db).stories().size(), 1);

    situation->moveCursor(QTextCursor::End);
    QTest::keyClicks(situation, QStringLiteral(" The disk was full."));
    int asked = 0;
    Confirmation::setHandler([&asked](const QString &, const QString &) {
        ++asked;
        return false;
    });
    CLICK(newStory);
    QCOMPARE(asked, 1);
    QCOMPARE(situation->toPlainText(), QStringLiteral("Woken at 3 am. The disk was full."));
    // Leaving the page and coming back keeps the edit too.
    m_window->showHome();
    m_window->showStories();
    QCOMPARE(situation->toPlainText(), QStringLiteral("Woken at 3 am. The disk was full."));
    Confirmation::setHandler([&asked](const QString &, const QString &) {
        ++asked;
        return true;
    });
    CLICK(newStory);
    QCOMPARE(asked, 2);
    QVERIFY(title->text().isEmpty());
    QCOMPARE(StoryBank(*m_db).stories().first().situation, QStringLiteral("Woken at 3 am."));
    Confirmation::setHandler({});
}

QTEST_MAIN(TestGuiProgress)
#include "test_gui_progress.moc"
