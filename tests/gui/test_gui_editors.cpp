// Every answer editor the way a person uses it: type into each section (moving with the
// section keys), watch the word counts and the save state, undo and redo, preview Markdown,
// submit, grade with the rubric, and find exactly that in the database. A retake shows its
// score against the last attempt. The model outline never shows while answering.
//
// MOCKLOOP_SCREENSHOT_DIR=/tmp/x saves a picture of each editor (editor-<form>.png).
#include "bank/QuestionBank.h"
#include "coach/AnswerTemplate.h"
#include "coach/Coach.h"
#include "coach/Rubric.h"
#include "controller/SessionController.h"
#include "editor/AnswerEditor.h"
#include "report/SessionText.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace mockloop;
using namespace mockloop::desktop;
using mockloop::test::FakeClock;

class TestGuiEditors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void editor_typeEverySection_submitGrade_storedInSectionOrder_data();
    void editor_typeEverySection_submitGrade_storedInSectionOrder();
    void technical_undoRedoAndMarkdownPreview();
    void star_budgetsFollowTheAnswerClock();
    void retake_fromGradingAndReview_showsTheScoreDelta();
    void retake_planWithoutRetakes_offersNoRetake();
    void olderAnswer_withFieldsOfAnotherEditor_opensWithNothingHidden();
    void closing_questionsWithNotes_typedRemovedAndStored();
    void screenshots_forTheDocs();

private:
    void start(const QString &questionId, bool retakeAllowed = false, int prepSeconds = 0);
    void verifyOutlineHidden(const Question &question);
    QList<QPlainTextEdit *> sectionEdits(const Question &question);
    template<typename T>
    T *find(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiEditors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    m_clock = std::make_unique<FakeClock>();
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1280, 860);
    m_window->show();
    // Shortcuts only reach the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiEditors::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestGuiEditors::start(const QString &questionId, bool retakeAllowed, int prepSeconds)
{
    const auto question = QuestionBank(*m_db).question(questionId);
    QVERIFY2(question, qPrintable(questionId));
    LoopPlan plan;
    plan.name = QStringLiteral("editors");
    plan.prepSeconds = prepSeconds;
    plan.answerSeconds = 240;
    plan.closingSegment = false;
    plan.retakeAllowed = retakeAllowed;
    plan.gradingTiming = GradingTiming::AfterEachQuestion;
    plan.hintsTiming = HintsTiming::AfterEachAnswer;
    plan.rounds = {RoundPlan{question->kind, 1, {questionId}, {}, {}, {}, {}}};
    QString error;
    QVERIFY2(m_window->startSession(plan, &error), qPrintable(error));
    auto *startRound = find<QPushButton>(QStringLiteral("startRoundButton"));
    QVERIFY(startRound);
    CLICK(startRound);
}

void TestGuiEditors::verifyOutlineHidden(const Question &question)
{
    const QString outlineLine = question.outline.split(QLatin1Char('\n')).first().mid(2, 40);
    QVERIFY(!outlineLine.isEmpty());
    QCOMPARE(mockloop::test::visibleTextShowing(m_window.get(), outlineLine), QString());
    for (const KeyPoint &kp : question.keyPoints)
        QCOMPARE(mockloop::test::visibleTextShowing(m_window.get(), kp.text), QString());
}

QList<QPlainTextEdit *> TestGuiEditors::sectionEdits(const Question &question)
{
    QList<QPlainTextEdit *> edits;
    for (const AnswerSection &s : answerSections(answerFormFor(question))) {
        auto *edit = find<QPlainTextEdit>(AnswerEditor::editObjectName(s.name));
        if (!edit)
            return {};
        edits.append(edit);
    }
    return edits;
}

void TestGuiEditors::editor_typeEverySection_submitGrade_storedInSectionOrder_data()
{
    QTest::addColumn<QString>("questionId");
    QTest::addColumn<int>("form");
    QTest::newRow("star: behavioral")
        << QStringLiteral("beh.production-bug") << int(AnswerForm::Star);
    QTest::newRow("system design")
        << QStringLiteral("sd.url-shortener") << int(AnswerForm::SystemDesign);
    QTest::newRow("project") << QStringLiteral("proj.proud-backend-project")
                             << int(AnswerForm::Project);
    QTest::newRow("technical") << QStringLiteral("tech.sql-vs-nosql") << int(AnswerForm::Plain);
    QTest::newRow("cultural fit, hr: plain")
        << QStringLiteral("fit.salary-expectation") << int(AnswerForm::Plain);
    QTest::newRow("cultural fit, story: star")
        << QStringLiteral("fit.greatest-accomplishment") << int(AnswerForm::Star);
}

void TestGuiEditors::editor_typeEverySection_submitGrade_storedInSectionOrder()
{
    QFETCH(QString, questionId);
    QFETCH(int, form);
    start(questionId);
    SessionController *c = m_window->controller();
    QTRY_COMPARE(c->state(), State::Answering);
    const Question question = c->question(0);
    QCOMPARE(int(answerFormFor(question)), form);
    verifyOutlineHidden(question);

    const QList<AnswerSection> sections = answerSections(AnswerForm(form));
    const QList<QPlainTextEdit *> edits = sectionEdits(question);
    QCOMPARE(edits.size(), sections.size());
    auto *saveState = find<QLabel>(QStringLiteral("editorSaveState"));
    QVERIFY(saveState);
    QCOMPARE(saveState->text(), QString());

    // Type section by section, moving on with the section key, never the mouse.
    // The first section has the focus when the question opens.
    QTRY_COMPARE(QApplication::focusWidget(), edits.first());
    QList<AnswerField> typed;
    for (int i = 0; i < sections.size(); ++i) {
        QPlainTextEdit *focused = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
        QVERIFY2(focused == edits[i], qPrintable(sections[i].name));
        QVERIFY2(edits[i]->isVisible(), qPrintable(sections[i].name));
        // Each section shows its prompt (plain answers as the placeholder).
        if (sections.size() > 1) {
            auto *prompt = find<QLabel>(QStringLiteral("prompt_") + sections[i].name);
            QVERIFY(prompt && prompt->isVisible());
            QCOMPARE(prompt->text(), sections[i].prompt);
        } else {
            QCOMPARE(edits[i]->placeholderText(), sections[i].prompt);
        }
        const QString text = QStringLiteral("my %1 words here").arg(sections[i].name);
        QTest::keyClicks(focused, text);
        typed.append({sections[i].name, text});
        auto *words = find<QLabel>(QStringLiteral("words_") + sections[i].name);
        QVERIFY(words);
        QCOMPARE(words->text(), QStringLiteral("%1 words").arg(coaching::wordCount(text)));
        QTest::keyClick(focused, Qt::Key_Down, Qt::ControlModifier);
    }
    // Past the last section the key stays on it; Ctrl+Up walks back.
    QCOMPARE(QApplication::focusWidget(), edits.last());
    if (edits.size() > 1) {
        QTest::keyClick(edits.last(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), edits[edits.size() - 2]);
        QCOMPARE(edits[edits.size() - 2]->toPlainText(), typed[edits.size() - 2].value); // no key text
    }
    m_window->tickNow();
    QCOMPARE(saveState->text(), QStringLiteral("Unsaved changes"));
    // The controller's save, not a timer in the widget, turns it to "Saved".
    m_clock->advanceMs(SessionController::kDraftSaveDelayMs);
    m_window->tickNow();
    QVERIFY(!c->hasUnsavedChanges());
    QCOMPARE(saveState->text(), QStringLiteral("Saved"));

    // Long forms scroll: a smaller window keeps the section being typed in on screen.
    if (auto *scroll = find<QScrollArea>(QStringLiteral("sectionScroll"))) {
        QWidget *typing = QApplication::focusWidget();
        m_window->resize(1024, 600);
        QTRY_VERIFY(scroll->viewport()->rect().contains(
            QRect(typing->mapTo(scroll->viewport(), QPoint(0, 0)), typing->size())));
        m_window->resize(1280, 860);
    }

    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        static const char *names[] = {"plain", "star", "system-design", "project"};
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .section(QLatin1Char(':'), 0, 0)
                                .replace(QLatin1Char(' '), QLatin1Char('-'))
                                .remove(QLatin1Char(','));
        for (const QSize size : {QSize(1280, 860), QSize(1024, 700)}) {
            m_window->resize(size);
            QTest::qWait(50);
            m_window->grab().save(QStringLiteral("%1/editor-%2-%3-%4.png")
                                      .arg(shots, QLatin1String(names[form]), tag)
                                      .arg(size.width()));
        }
    }

    // Submit from the keyboard.
    m_clock->advanceSeconds(60);
    m_window->tickNow();
    QTest::keyClick(edits.first(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(c->state(), State::Grading);
    // The section keys belong to the editor: while grading they are off (the window's
    // Interview menu lists them; F1 too).
    auto *nextSection = m_window->findChild<QAction *>(QStringLiteral("nextSectionAction"));
    QVERIFY(nextSection);
    QCOMPARE(nextSection->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Down));
    QVERIFY(!nextSection->isEnabled());

    // The outline and key points appear beside the answer now.
    const QString outlineLine = question.outline.split(QLatin1Char('\n')).first().mid(2, 40);
    auto *hints = find<QTextBrowser>(QStringLiteral("hintsView"));
    QVERIFY(hints->isVisible());
    QVERIFY(hints->toPlainText().contains(outlineLine));
    // The same check that found nothing while answering finds it now.
    QCOMPARE(mockloop::test::visibleTextShowing(m_window.get(), outlineLine),
             QStringLiteral("hintsView"));
    auto *points = find<QListWidget>(QStringLiteral("keyPointList"));
    QCOMPARE(points->count(), int(question.keyPoints.size()));
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("gradeAnswerView"))
                ->toPlainText()
                .contains(typed.last().value));

    // Grade with the rubric of the round kind: the overall score follows.
    const Rubric rubric = rubricFor(question.kind);
    for (const RubricCriterion &criterion : rubric.criteria) {
        auto *spin = find<QSpinBox>(QStringLiteral("rubric_") + criterion.key);
        QVERIFY2(spin, qPrintable(criterion.key));
        spin->setValue(4);
    }
    QCOMPARE(find<QSpinBox>(QStringLiteral("scoreSpin"))->value(), 4);
    const qint64 sessionId = c->sessionId();
    CLICK(find<QPushButton>(QStringLiteral("saveGradeButton")));
    QCOMPARE(c->state(), State::RoundReview);

    // What is stored: every section in order, the grade with its rubric.
    QString error;
    const auto record = SessionStore(*m_db).load(sessionId, &error);
    QVERIFY2(record, qPrintable(error));
    const AttemptRecord &a = record->attempts.first();
    QCOMPARE(a.answer, typed);
    QCOMPARE(a.score, std::optional<int>(4));
    QCOMPARE(a.rubric.size(), rubric.criteria.size());
    QCOMPARE(a.times.answerUsedMs, 60'000 + SessionController::kDraftSaveDelayMs);
}

void TestGuiEditors::technical_undoRedoAndMarkdownPreview()
{
    start(QStringLiteral("tech.sql-vs-nosql"));
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);
    auto *edit = find<QPlainTextEdit>(QStringLiteral("answerEdit"));
    QVERIFY(edit);
    // Code blocks line up: the technical editor is fixed-pitch.
    QVERIFY(QFontInfo(edit->font()).fixedPitch());
    auto *undo = find<QToolButton>(QStringLiteral("undoButton"));
    auto *redo = find<QToolButton>(QStringLiteral("redoButton"));
    QVERIFY(undo->isVisible() && redo->isVisible());
    QVERIFY(!undo->isEnabled());
    // Section keys have nowhere to go with one section: the buttons are not shown.
    QVERIFY(!find<QToolButton>(QStringLiteral("nextSectionButton"))->isVisible());

    QTest::keyClicks(edit, QStringLiteral("# Indexes"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("Use `EXPLAIN` first."));
    QVERIFY(undo->isEnabled());
    const QString full = edit->toPlainText();
    CLICK(undo);
    QVERIFY(edit->toPlainText() != full);
    QVERIFY(redo->isEnabled());
    CLICK(redo);
    QCOMPARE(edit->toPlainText(), full);
    // The focus stays in the text: the buttons never take it.
    QCOMPARE(QApplication::focusWidget(), edit);
    // The undo reached the controller like any edit.
    m_window->tickNow();
    QCOMPARE(m_window->controller()->answer(0).first().value, full);

    auto *previewButton = find<QToolButton>(QStringLiteral("previewButton"));
    auto *preview = find<QTextBrowser>(QStringLiteral("markdownPreview"));
    CLICK(previewButton);
    QVERIFY(preview->isVisible());
    QVERIFY(!edit->isVisible());
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Indexes")));
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("# Indexes"))); // rendered, not raw
    QVERIFY(!preview->toPlainText().contains(QLatin1Char('`')));
    CLICK(previewButton);
    QVERIFY(edit->isVisible());
    QVERIFY(!preview->isVisible());
}

void TestGuiEditors::star_budgetsFollowTheAnswerClock()
{
    start(QStringLiteral("beh.production-bug"), false, 30);
    SessionController *c = m_window->controller();
    QCOMPARE(c->state(), State::Prep);
    auto *situation = find<QLabel>(QStringLiteral("budget_situation"));
    auto *action = find<QLabel>(QStringLiteral("budget_action"));
    QVERIFY(situation && action);
    // 240 s answer: S 15% = 0:36, T 10%, A 50% = 2:00, R 25%. Nothing is "now" in prep.
    m_window->tickNow();
    QCOMPARE(situation->text(), QStringLiteral("0:36 (15%)"));
    QCOMPARE(action->text(), QStringLiteral("2:00 (50%)"));
    QTest::keyClick(find<QPlainTextEdit>(QStringLiteral("starSituation")), Qt::Key_Return,
                    Qt::ControlModifier); // begin answering
    QCOMPARE(c->state(), State::Answering);
    m_window->tickNow();
    QCOMPARE(situation->text(), QStringLiteral("now: 0:36 (15%)"));
    // 70 s in: Action's share (60 s to 180 s) is on; Situation and Task are behind, empty.
    m_clock->advanceSeconds(70);
    m_window->tickNow();
    QCOMPARE(action->text(), QStringLiteral("now: 2:00 (50%)"));
    QCOMPARE(situation->text(), QStringLiteral("behind: 0:36 (15%)"));
    QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("starSituation")),
                     QStringLiteral("The payment service failed at night"));
    m_window->tickNow();
    QCOMPARE(situation->text(), QStringLiteral("0:36 (15%)"));
    QCOMPARE(find<QLabel>(QStringLiteral("budget_task"))->text(),
             QStringLiteral("behind: 0:24 (10%)"));
}

void TestGuiEditors::retake_fromGradingAndReview_showsTheScoreDelta()
{
    start(QStringLiteral("beh.production-bug"), true);
    SessionController *c = m_window->controller();
    QTRY_COMPARE(c->state(), State::Answering);
    QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("starSituation")),
                     QStringLiteral("first try"));
    CLICK(find<QPushButton>(QStringLiteral("submitButton")));
    QCOMPARE(c->state(), State::Grading);
    auto *delta = find<QLabel>(QStringLiteral("gradeDeltaLabel"));
    QVERIFY(!delta->isVisible()); // a first attempt has nothing to compare with
    auto *retake = find<QPushButton>(QStringLiteral("retakeButton"));
    find<QSpinBox>(QStringLiteral("scoreSpin"))->setValue(2);
    CLICK(retake);

    // A new attempt of the same question, its editor empty.
    QCOMPARE(c->state(), State::Answering);
    QCOMPARE(c->engine().currentAttempt(), 1);
    auto *situation = find<QPlainTextEdit>(QStringLiteral("starSituation"));
    QCOMPARE(situation->toPlainText(), QString());
    // The header counts the round's questions, not its attempts.
    QCOMPARE(find<QLabel>(QStringLiteral("questionPositionLabel"))->text(),
             QStringLiteral("Question 1 of 1, retake"));
    QTest::keyClicks(situation, QStringLiteral("second, better try"));
    QTest::keyClick(situation, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(c->state(), State::Grading);
    QVERIFY(delta->isVisible());
    QCOMPARE(delta->text(), QStringLiteral("Retake: the last attempt scored 2 / 5."));
    find<QSpinBox>(QStringLiteral("scoreSpin"))->setValue(4);
    QCOMPARE(delta->text(), QStringLiteral("Retake: 4 / 5 against 2 / 5 last time (+2)"));
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(50); // rebuilt rubric rows show from the event loop
        m_window->grab().save(shots + QStringLiteral("/grading-retake.png"));
    }
    CLICK(find<QPushButton>(QStringLiteral("saveGradeButton")));

    // The review shows both attempts and the change.
    QCOMPARE(c->state(), State::RoundReview);
    auto *table = find<QTableWidget>(QStringLiteral("reviewTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("2 / 5"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("4 / 5 (+2)"));
    QVERIFY(table->item(1, 0)->text().endsWith(QStringLiteral("(retake)")));

    // From the review: choose the first row with the keys, retake it, skip it this time.
    auto *reviewRetake = find<QPushButton>(QStringLiteral("reviewRetakeButton"));
    QVERIFY(reviewRetake->isVisible());
    QVERIFY(!reviewRetake->isEnabled()); // nothing chosen yet
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(table->currentRow() >= 0);
    QTRY_VERIFY(reviewRetake->isEnabled());
    CLICK(reviewRetake);
    QCOMPARE(c->state(), State::Answering);
    QCOMPARE(c->engine().currentAttempt(), 2);
    CLICK(find<QPushButton>(QStringLiteral("skipButton")));
    QCOMPARE(c->state(), State::RoundReview);
    QCOMPARE(table->rowCount(), 3);

    QString error;
    const auto record = SessionStore(*m_db).load(c->sessionId(), &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->attempts.size(), 3);
    for (const AttemptRecord &a : record->attempts)
        QCOMPARE(a.question.id, QStringLiteral("beh.production-bug"));
    QCOMPARE(record->attempts[0].score, std::optional<int>(2));
    QCOMPARE(record->attempts[1].score, std::optional<int>(4));
    QCOMPARE(record->attempts[1].answer.first().value, QStringLiteral("second, better try"));
    QCOMPARE(record->attempts[2].times.status, AttemptStatus::Skipped);
}

void TestGuiEditors::retake_planWithoutRetakes_offersNoRetake()
{
    start(QStringLiteral("tech.sql-vs-nosql"), false);
    SessionController *c = m_window->controller();
    QTRY_COMPARE(c->state(), State::Answering);
    CLICK(find<QPushButton>(QStringLiteral("submitButton")));
    QCOMPARE(c->state(), State::Grading);
    QVERIFY(!find<QPushButton>(QStringLiteral("retakeButton"))->isVisible());
    find<QSpinBox>(QStringLiteral("scoreSpin"))->setValue(3);
    CLICK(find<QPushButton>(QStringLiteral("saveGradeButton")));
    QCOMPARE(c->state(), State::RoundReview);
    QVERIFY(!find<QPushButton>(QStringLiteral("reviewRetakeButton"))->isVisible());
    QVERIFY(!c->retake(0).accepted);
    QCOMPARE(c->attemptCount(), 1);
}

void TestGuiEditors::olderAnswer_withFieldsOfAnotherEditor_opensWithNothingHidden()
{
    // A project draft saved by the earlier STAR editor, then the program restarts.
    start(QStringLiteral("proj.proud-backend-project"));
    SessionController *c = m_window->controller();
    QTRY_COMPARE(c->state(), State::Answering);
    QVERIFY(c->setAnswer({{QStringLiteral("situation"), QStringLiteral("old situation text")},
                          {QStringLiteral("result"), QStringLiteral("old result text")}}));
    QVERIFY(c->saveNow());
    const qint64 sessionId = c->sessionId();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->show();
    QString error;
    QVERIFY2(m_window->resumeSession(sessionId, &error), qPrintable(error));
    c = m_window->controller();
    QCOMPARE(c->state(), State::Paused);
    // The project sections, then the two old fields, each in its own section with its text.
    for (const QString &name : {QStringLiteral("situation"), QStringLiteral("result")}) {
        auto *edit = find<QPlainTextEdit>(AnswerEditor::editObjectName(name));
        QVERIFY2(edit && edit->isVisible(), qPrintable(name));
        QCOMPARE(edit->toPlainText(), QStringLiteral("old %1 text").arg(name));
        QCOMPARE(find<QLabel>(QStringLiteral("title_") + name)->text(), answerFieldDisplayName(name));
    }
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("section_my_role"))->isVisible());
    // Editing keeps every field, old names included.
    CLICK(find<QPushButton>(QStringLiteral("pauseButton")));
    QCOMPARE(c->state(), State::Answering);
    QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("section_my_role")), QStringLiteral("lead"));
    const QList<AnswerField> answer = c->answer(0);
    QCOMPARE(answer.size(), 6 + 2);
    QCOMPARE(answer[1], (AnswerField{QStringLiteral("my_role"), QStringLiteral("lead")}));
    QCOMPARE(answer[6],
             (AnswerField{QStringLiteral("situation"), QStringLiteral("old situation text")}));
    QCOMPARE(answer[7], (AnswerField{QStringLiteral("result"), QStringLiteral("old result text")}));
}

void TestGuiEditors::closing_questionsWithNotes_typedRemovedAndStored()
{
    const auto question = QuestionBank(*m_db).question(QStringLiteral("tech.sql-vs-nosql"));
    QVERIFY(question);
    LoopPlan plan;
    plan.name = QStringLiteral("closing");
    plan.prepSeconds = 0;
    plan.closingSegment = true;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {question->id}, {}, {}, {}, {}}};
    QString error;
    QVERIFY2(m_window->startSession(plan, &error), qPrintable(error));
    SessionController *c = m_window->controller();
    const qint64 sessionId = c->sessionId();
    CLICK(find<QPushButton>(QStringLiteral("startRoundButton")));
    CLICK(find<QPushButton>(QStringLiteral("skipButton")));
    CLICK(find<QPushButton>(QStringLiteral("continueButton")));
    QCOMPARE(c->state(), State::Closing);

    auto *list = find<QListWidget>(QStringLiteral("closingList"));
    auto *questionEdit = find<QLineEdit>(QStringLiteral("closingQuestionEdit"));
    auto *noteEdit = find<QPlainTextEdit>(QStringLiteral("closingNoteEdit"));
    auto *add = find<QPushButton>(QStringLiteral("addClosingButton"));
    auto *remove = find<QPushButton>(QStringLiteral("removeClosingButton"));
    QCOMPARE(list->count(), 0);
    QVERIFY(!remove->isEnabled());
    const QStringList questions = {QStringLiteral("How is work planned?"),
                                   QStringLiteral("What would my first month look like?"),
                                   QStringLiteral("How do you review code?")};
    for (const QString &q : questions) {
        CLICK(add);
        QTest::keyClicks(questionEdit, q);
        QTest::keyClick(questionEdit, Qt::Key_Return); // on to the note
        QTest::keyClicks(noteEdit, QStringLiteral("note on ") + q.section(QLatin1Char(' '), 0, 1));
    }
    QCOMPARE(list->count(), 3);
    // Choose the second one with the keys and remove it.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(questionEdit->text(), questions[1]);
    CLICK(remove);
    QCOMPARE(list->count(), 2);
    // The first one's note is changed later.
    list->setCurrentRow(0);
    QTest::keyClicks(noteEdit, QStringLiteral(" (ask early)"));
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(50);
        m_window->grab().save(shots + QStringLiteral("/closing.png"));
    }
    m_clock->advanceMs(SessionController::kDraftSaveDelayMs);
    m_window->tickNow();
    QVERIFY(!c->hasUnsavedChanges());

    const auto record = SessionStore(*m_db).load(sessionId, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->closingNotes,
             QStringLiteral("- How is work planned?\n  note on How is (ask early)\n"
                            "- How do you review code?\n  note on How do"));
    CLICK(find<QPushButton>(QStringLiteral("finishButton")));
}

// The pictures in docs/editors.md, with answers a person might write. Only with
// MOCKLOOP_SCREENSHOT_DIR set: editor-star.png and editor-system-design.png.
void TestGuiEditors::screenshots_forTheDocs()
{
    const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR");
    if (shots.isEmpty())
        QSKIP("set MOCKLOOP_SCREENSHOT_DIR to save the pictures");
    m_window->resize(1100, 760);
    start(QStringLiteral("beh.production-bug"));
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);
    const QStringList star = {
        QStringLiteral("Checkout started failing for about 2% of orders on a Friday evening; "
                       "only one region was affected."),
        QStringLiteral("I was on call and owned the payment service, so finding the cause was "
                       "mine."),
        QStringLiteral("I compared the failing requests with the good ones and saw they all hit "
                       "the same replica. I checked its lag, found a stuck migration, moved "
                       "reads to the primary, and wrote a runbook entry."),
        QStringLiteral("Errors fell to zero within 20 minutes.")};
    QPlainTextEdit *focused = find<QPlainTextEdit>(QStringLiteral("starSituation"));
    for (const QString &text : star) {
        focused = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
        QVERIFY(focused);
        QTest::keyClicks(focused, text);
        QTest::keyClick(focused, Qt::Key_Down, Qt::ControlModifier);
    }
    m_clock->advanceSeconds(95);
    m_window->tickNow();
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(shots + QStringLiteral("/editor-star.png")));
    QVERIFY(m_window->controller()->handle(Event::Abandon));
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1100, 760);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    start(QStringLiteral("sd.url-shortener"));
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);
    const QStringList design = {
        QStringLiteral("Shorten a long URL; redirect a short code; custom aliases; links expire."),
        QStringLiteral("100:1 reads to writes, p99 redirect under 50 ms, 99.9% available."),
        QStringLiteral("100 M new links a month, about 40 writes/s and 4,000 reads/s."),
        QStringLiteral("POST /links {url, alias?} -> 201 {code}\nGET /{code} -> 301 Location")};
    for (const QString &text : design) {
        focused = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
        QVERIFY(focused);
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int l = 0; l < lines.size(); ++l) {
            if (l > 0)
                QTest::keyClick(focused, Qt::Key_Return);
            QTest::keyClicks(focused, lines[l]);
        }
        QTest::keyClick(focused, Qt::Key_Down, Qt::ControlModifier);
    }
    // Fold the first two sections: what is done folds away.
    CLICK(find<QToolButton>(QStringLiteral("toggle_functional_requirements")));
    CLICK(find<QToolButton>(QStringLiteral("toggle_non_functional_requirements")));
    QVERIFY(!find<QPlainTextEdit>(QStringLiteral("section_functional_requirements"))->isVisible());
    // Back to the top, where the folded sections are.
    find<QScrollArea>(QStringLiteral("sectionScroll"))->verticalScrollBar()->setValue(0);
    m_clock->advanceSeconds(130);
    m_window->tickNow();
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(shots + QStringLiteral("/editor-system-design.png")));
}

QTEST_MAIN(TestGuiEditors)
#include "test_gui_editors.moc"
