// Bringing questions in and out of the library, driven like a person on the real window
// (offscreen): import a Markdown list through the preview with a changed mapping, a bad pack
// that cannot be imported, own questions added, edited and deleted, a built-in copied, and a
// pack and a list exported. The file dialogs are answered through DataActions' seam.
#include "bank/QuestionBank.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "library/ImportDialog.h"
#include "library/QuestionTableModel.h"
#include "questions/MarkdownQuestions.h"
#include "questions/PackValidator.h"
#include "storage/Database.h"
#include "window/DataActions.h"
#include "window/MainWindow.h"
#include "window/StatusNotice.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "LibraryTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mockloop;
using mockloop::desktop::Confirmation;
using mockloop::desktop::DataActions;
using mockloop::desktop::ImportDialog;
using mockloop::desktop::MainWindow;
using mockloop::desktop::QuestionTableModel;
using mockloop::desktop::StatusNotice;
using mockloop::test::FakeClock;

class TestGuiImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void importMarkdown_changedMapping_questionsAreInTheLibrary();
    void importHeadingPerQuestion_switchReading_categoriesChangeAndWhatIsSavedFollows();
    void importMalformedPack_showsEveryProblemAndSavesNothing();
    void ownQuestion_addEditDelete();
    void builtinQuestion_isReadOnlyButCanBeCopied();
    void ownQuestion_keyPointsOutlineFollowUps_savedReopenedAndCoached();
    void copiedBuiltin_keyPointEdited_isSaved();
    void ownQuestion_keyPointWithTermsButNoText_isRefusedByThePackRules();
    void exportPackAndList_writeFilesTheImportersRead();

private:
    void openLibrary();
    QStringList tableIds() const;
    bool clickQuestion(const QString &id);
    void chooseFile(const QString &path)
    {
        DataActions::setFileChooser(
            [path](const QString &, const QString &, const QString &, bool) { return path; });
    }
    int count(const QString &sql) const;
    QDialog *openQuestionDialog(const char *buttonName);
    bool typeInCell(QTableWidget *table, int row, int column, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_notes; // what DataActions would have shown in message boxes
};

void TestGuiImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    m_clock = std::make_unique<FakeClock>();
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1300, 850);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_notes.clear();
    DataActions::setNotifier([this](const QString &, const QString &text, bool problem) {
        if (problem) // successes are said in the status bar; the tests check that none failed
            m_notes.append(text);
    });
}

void TestGuiImport::cleanup()
{
    DataActions::setFileChooser({});
    DataActions::setNotifier({});
    Confirmation::setHandler({});
    m_window.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestGuiImport::openLibrary()
{
    FIND(QPushButton, libraryButton, "libraryButton");
    CLICK(libraryButton);
    QCOMPARE(mockloop::test::currentPageOf(m_window.get()), QStringLiteral("libraryPage"));
}

QStringList TestGuiImport::tableIds() const
{
    return mockloop::test::libraryTableIds(m_window.get());
}

bool TestGuiImport::clickQuestion(const QString &id)
{
    return mockloop::test::clickLibraryQuestion(m_window.get(), id);
}

int TestGuiImport::count(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

void TestGuiImport::importMarkdown_changedMapping_questionsAreInTheLibrary()
{
    openLibrary();
    chooseFile(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/markdown/list_style.md"));
    // Through the File menu, as the issue asks.
    auto *action = m_window->findChild<QAction *>(QStringLiteral("importQuestionsAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = m_window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *categories = dialog->findChild<QTableWidget *>(QStringLiteral("importCategories"));
    QVERIFY(categories);
    QCOMPARE(categories->rowCount(), 3);
    QCOMPARE(categories->item(0, 0)->text(), QStringLiteral("Databases"));
    QCOMPARE(categories->item(0, 1)->text(), QStringLiteral("3"));
    auto *kind = qobject_cast<QComboBox *>(categories->cellWidget(0, 2));
    QVERIFY(kind);
    QCOMPARE(kind->currentData().toInt(), int(RoundKind::Technical)); // the guess
    // The person picks "Project" for Databases with the keyboard.
    kind->setFocus();
    while (kind->currentData().toInt() != int(RoundKind::Project))
        QTest::keyClick(kind, Qt::Key_Down);
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("7 questions will be added")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM packs WHERE id = 'list-style'")),
             0); // nothing yet

    auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    CLICK(importButton);
    QTRY_VERIFY(!m_window->findChild<ImportDialog *>(QStringLiteral("importDialog")));

    const StatusNotice *message = m_window->statusNotice();
    QVERIFY2(message->text().contains(
                 QStringLiteral("Imported 7 questions into the pack “Backend interview prep”")),
             qPrintable(message->text()));
    FIND(QLineEdit, search, "librarySearch");
    QTest::keyClicks(search, QStringLiteral("clustered"));
    const QStringList ids = tableIds();
    QCOMPARE(ids.size(), 1);
    const auto saved = QuestionBank(*m_db).question(ids.first());
    QVERIFY(saved);
    QCOMPARE(saved->kind, RoundKind::Project);
    QCOMPARE(saved->packId, QStringLiteral("list-style"));
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM questions WHERE pack_id = 'list-style' AND kind = 'project'")),
             3);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM questions WHERE pack_id = 'list-style' AND kind = 'behavioral'")),
             2);
}

void TestGuiImport::importHeadingPerQuestion_switchReading_categoriesChangeAndWhatIsSavedFollows()
{
    openLibrary();
    chooseFile(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/markdown/heading_per_question.md"));
    m_window->findChild<QAction *>(QStringLiteral("importQuestionsAction"))->trigger();
    auto *dialog = m_window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The dialog says what it found and how it read the headings.
    auto *shape = dialog->findChild<QLabel *>(QStringLiteral("importShape"));
    QVERIFY(shape);
    QVERIFY2(shape->text().contains(QStringLiteral("a heading for each question (6)")),
             qPrintable(shape->text()));
    auto *asQuestions = dialog->findChild<QRadioButton *>(
        QStringLiteral("importHeadingsAreQuestions"));
    QVERIFY(asQuestions);
    auto *asCategories = dialog->findChild<QRadioButton *>(
        QStringLiteral("importHeadingsAreCategories"));
    QVERIFY(asCategories);
    QVERIFY(asQuestions->isChecked());
    QCOMPARE(asQuestions->text(), QStringLiteral("Headings are &questions (6 questions)"));
    QCOMPARE(asCategories->text(), QStringLiteral("Headings are &categories"));
    auto *categories = dialog->findChild<QTableWidget *>(QStringLiteral("importCategories"));
    QCOMPARE(categories->rowCount(), 2);
    QCOMPARE(categories->item(0, 0)->text(), QStringLiteral("Databases"));
    auto *leftOut = dialog->findChild<QListWidget *>(QStringLiteral("importLeftOut"));
    QVERIFY(!leftOut
                 ->findItems(QStringLiteral("line 47: MIT (a label or topic, not a question)"),
                             Qt::MatchExactly)
                 .isEmpty());
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/import-heading-per-question.png"));

    // The person tries the other reading: every title becomes a category of one, live.
    CLICK(asCategories);
    QTRY_COMPARE(categories->rowCount(), 6);
    QCOMPARE(categories->item(0, 0)->text(), QStringLiteral("Indexes"));
    QVERIFY(asCategories->isChecked());
    QCOMPARE(asCategories->text(), QStringLiteral("Headings are &categories (6 questions)"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM packs WHERE id = 'heading-per-question'")),
             0); // nothing saved yet
    // …and goes back, then imports.
    CLICK(asQuestions);
    QTRY_COMPARE(categories->rowCount(), 2);
    CLICK(dialog->findChild<QPushButton *>(QStringLiteral("importButton")));
    QTRY_VERIFY(!m_window->findChild<ImportDialog *>(QStringLiteral("importDialog")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = "
                                  "'heading-per-question'")),
             6);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = "
                                  "'heading-per-question' AND data LIKE '%\"Databases\"%'")),
             3);
}

void TestGuiImport::importMalformedPack_showsEveryProblemAndSavesNothing()
{
    openLibrary();
    const int before = count(QStringLiteral("SELECT count(*) FROM questions"));
    chooseFile(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/malformed/many_problems.json"));
    FIND(QPushButton, importQuestions, "libraryImportButton");
    CLICK(importQuestions);
    auto *dialog = m_window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
    QVERIFY(dialog);
    auto *problems = dialog->findChild<QListWidget *>(QStringLiteral("importProblems"));
    QTRY_VERIFY(problems->isVisible());
    QFile expected(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/malformed/many_problems.expected"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(expected.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(problems->count(), lines.size());
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(problems->item(i)->text(), lines.at(i));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    CLICK(dialog->findChild<QPushButton *>(QStringLiteral("importCancelButton")));
    QTRY_VERIFY(!m_window->findChild<ImportDialog *>(QStringLiteral("importDialog")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions")), before);
}

void TestGuiImport::ownQuestion_addEditDelete()
{
    openLibrary();
    FIND(QPushButton, add, "libraryAddButton");
    CLICK(add);
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("questionDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("questionSaveButton"));
    QVERIFY(!save->isEnabled()); // no text yet
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("questionKind"));
    kind->setFocus();
    while (kind->currentData().toInt() != int(RoundKind::Behavioral))
        QTest::keyClick(kind, Qt::Key_Down);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionText")),
                     QStringLiteral("Tell me about a deadline you moved."));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("questionTags")),
                     QStringLiteral("planning, honesty"));
    auto *followUps = dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionFollowUps"));
    QTest::keyClicks(followUps, QStringLiteral("Who did you tell first?"));
    QTest::keyClick(followUps, Qt::Key_Return);
    QTest::keyClicks(followUps, QStringLiteral("What would you do the same?"));
    CLICK(save);
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("questionDialog")));

    const QString id = QStringLiteral("mine.tell-me-about-a-deadline-you-moved");
    auto q = QuestionBank(*m_db).question(id);
    QVERIFY(q);
    QCOMPARE(q->kind, RoundKind::Behavioral);
    QCOMPARE(q->tags, (QStringList{QStringLiteral("planning"), QStringLiteral("honesty")}));
    QCOMPARE(q->followUps, (QStringList{QStringLiteral("Who did you tell first?"),
                                        QStringLiteral("What would you do the same?")}));
    QVERIFY(tableIds().contains(id));

    // Edit: the new question is selected; change its wording.
    QVERIFY(clickQuestion(id));
    FIND(QPushButton, edit, "libraryEditButton");
    CLICK(edit);
    dialog = m_window->findChild<QDialog *>(QStringLiteral("questionDialog"));
    QVERIFY(dialog);
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionText"));
    QCOMPARE(text->toPlainText(), q->text);
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Tell me about a deadline you had to move."));
    CLICK(dialog->findChild<QPushButton *>(QStringLiteral("questionSaveButton")));
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("questionDialog")));
    q = QuestionBank(*m_db).question(id);
    QCOMPARE(q->text, QStringLiteral("Tell me about a deadline you had to move."));
    QCOMPARE(q->version, 2);

    // Delete, after saying yes.
    QVERIFY(clickQuestion(id));
    QStringList asked;
    Confirmation::setHandler([&asked](const QString &title, const QString &) {
        asked.append(title);
        return true;
    });
    FIND(QPushButton, del, "libraryDeleteButton");
    CLICK(del);
    QCOMPARE(asked, QStringList{QStringLiteral("Delete question?")});
    QVERIFY(!QuestionBank(*m_db).question(id));
    QVERIFY(!tableIds().contains(id));
}

void TestGuiImport::builtinQuestion_isReadOnlyButCanBeCopied()
{
    openLibrary();
    const Question builtin = QuestionBank(*m_db).questions().first();
    QVERIFY(clickQuestion(builtin.id));
    FIND(QPushButton, edit, "libraryEditButton");
    FIND(QPushButton, del, "libraryDeleteButton");
    FIND(QPushButton, copy, "libraryCopyButton");
    QVERIFY(!edit->isEnabled());
    QVERIFY(!del->isEnabled());
    CLICK(copy);
    const QList<Question> mine = QuestionBank(*m_db).pack(QuestionBank::ownPackId())->questions;
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().text, builtin.text);
    // The copy is selected and is the person's own: editable.
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("libraryTable"));
    QCOMPARE(
        table->selectionModel()->selectedRows().first().data(QuestionTableModel::QuestionIdRole).toString(),
        mine.first().id);
    QVERIFY(edit->isEnabled());
    QVERIFY(!copy->isEnabled());
    QVERIFY(QuestionBank(*m_db).question(builtin.id)); // the original is untouched
}

QDialog *TestGuiImport::openQuestionDialog(const char *buttonName)
{
    auto *button = m_window->findChild<QPushButton *>(QLatin1String(buttonName));
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("questionDialog"));
    if (dialog) {
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog))
            return nullptr;
    }
    return dialog;
}

// Goes to the cell, presses F2 (as a person starts editing it), types and presses Return.
// False when no editor opened or the cell does not hold what was typed.
bool TestGuiImport::typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    if (!table->item(row, column))
        return false;
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    for (QLineEdit *e : table->viewport()->findChildren<QLineEdit *>())
        if (e->isVisible())
            editor = e;
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on the next turn of the loop
    return table->item(row, column)->text() == text;
}

void TestGuiImport::ownQuestion_keyPointsOutlineFollowUps_savedReopenedAndCoached()
{
    openLibrary();
    QDialog *dialog = openQuestionDialog("libraryAddButton");
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionText")),
                     QStringLiteral("How would you make a slow report page fast?"));
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("questionTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("questionKeyPoints"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->rowCount(), 0);
    const QList<KeyPoint> points = {{QStringLiteral("Measure before changing anything"),
                                     {QStringLiteral("profile"), QStringLiteral("flame graph")}},
                                    {QStringLiteral("Cache what is read often"),
                                     {QStringLiteral("cache"), QStringLiteral("memoize")}}};
    for (int row = 0; row < points.size(); ++row) {
        CLICK(dialog->findChild<QPushButton *>(QStringLiteral("questionAddKeyPoint")));
        QCOMPARE(table->rowCount(), row + 1);
        QVERIFY(typeInCell(table, row, 0, points[row].text));
        QVERIFY(typeInCell(table, row, 1, points[row].terms.join(QStringLiteral(", "))));
    }
    auto *outline = dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionOutline"));
    QTest::keyClicks(outline, QStringLiteral("- profile the page"));
    QTest::keyClick(outline, Qt::Key_Return);
    QTest::keyClicks(outline, QStringLiteral("- cache the slow query"));
    auto *followUps = dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionFollowUps"));
    QTest::keyClicks(followUps, QStringLiteral("What if the cache is stale?"));
    QTest::keyClick(followUps, Qt::Key_Return);
    QTest::keyClicks(followUps, QStringLiteral("How do you know it worked?"));
    // For looking at the dialog: MOCKLOOP_SCREENSHOT_DIR=/tmp/x saves it.
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("question-dialog-key-points.png")));
    CLICK(dialog->findChild<QPushButton *>(QStringLiteral("questionSaveButton")));
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("questionDialog")));

    const QString id = QStringLiteral("mine.how-would-you-make-a-slow-report-page-fast");
    const auto saved = QuestionBank(*m_db).question(id);
    QVERIFY(saved);
    QCOMPARE(saved->keyPoints, points);
    QCOMPARE(saved->outline, QStringLiteral("- profile the page\n- cache the slow query"));
    QCOMPARE(saved->followUps, (QStringList{QStringLiteral("What if the cache is stale?"),
                                            QStringLiteral("How do you know it worked?")}));
    // A valid pack question: the pack rules find nothing.
    QVERIFY(PackValidator::checkQuestion(*saved).isEmpty());

    // Reopened: everything is there.
    QVERIFY(clickQuestion(id));
    dialog = openQuestionDialog("libraryEditButton");
    QVERIFY(dialog);
    table = dialog->findChild<QTableWidget *>(QStringLiteral("questionKeyPoints"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), points[1].text);
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("cache, memoize"));
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionOutline"))->toPlainText(),
             saved->outline);
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionFollowUps"))->toPlainText(),
             QStringLiteral("What if the cache is stale?\nHow do you know it worked?"));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("questionDialog")));

    // A loop with it: the coach ticks the key point whose term the answer uses.
    LoopPlan plan;
    plan.name = QStringLiteral("own");
    plan.prepSeconds = 0;
    plan.closingSegment = false;
    plan.gradingTiming = GradingTiming::AfterEachQuestion;
    plan.hintsTiming = HintsTiming::AfterEachAnswer;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {id}, {}, {}, {}, {}}};
    QString error;
    QVERIFY2(m_window->startSession(plan, &error), qPrintable(error));
    FIND(QPushButton, startRound, "startRoundButton");
    CLICK(startRound);
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);
    FIND(QPlainTextEdit, editor, "answerEdit");
    QTest::keyClicks(editor,
                     QStringLiteral("First I would add a cache in front of the report query."));
    m_clock->advanceSeconds(60);
    FIND(QPushButton, submit, "submitButton");
    CLICK(submit);
    QTRY_COMPARE(m_window->controller()->state(), State::Grading);
    FIND(QListWidget, checklist, "keyPointList");
    QCOMPARE(checklist->count(), 2);
    QCOMPARE(checklist->item(1)->text(), points[1].text);
    QCOMPARE(checklist->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(checklist->item(1)->checkState(), Qt::Checked);
}

void TestGuiImport::copiedBuiltin_keyPointEdited_isSaved()
{
    openLibrary();
    const Question builtin = *QuestionBank(*m_db).question(QStringLiteral("tech.sql-vs-nosql"));
    QVERIFY(builtin.keyPoints.size() >= 2);
    QVERIFY(clickQuestion(builtin.id));
    FIND(QPushButton, copy, "libraryCopyButton");
    CLICK(copy);
    QDialog *dialog = openQuestionDialog("libraryEditButton");
    QVERIFY(dialog);
    dialog->findChild<QTabWidget *>(QStringLiteral("questionTabs"))->setCurrentIndex(1);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("questionKeyPoints"));
    QCOMPARE(table->rowCount(), int(builtin.keyPoints.size()));
    QCOMPARE(table->item(0, 0)->text(), builtin.keyPoints[0].text);
    QVERIFY(typeInCell(table, 0, 0, QStringLiteral("Name the consistency each one gives")));
    QVERIFY(typeInCell(table, 0, 1, QStringLiteral("consistency, ACID, eventual")));
    // And the last one goes.
    table->setCurrentCell(table->rowCount() - 1, 0);
    CLICK(dialog->findChild<QPushButton *>(QStringLiteral("questionRemoveKeyPoint")));
    CLICK(dialog->findChild<QPushButton *>(QStringLiteral("questionSaveButton")));
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("questionDialog")));

    const QList<Question> mine = QuestionBank(*m_db).pack(QuestionBank::ownPackId())->questions;
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().keyPoints.size(), builtin.keyPoints.size() - 1);
    QCOMPARE(mine.first().keyPoints.first(),
             (KeyPoint{QStringLiteral("Name the consistency each one gives"),
                       {QStringLiteral("consistency"), QStringLiteral("ACID"),
                        QStringLiteral("eventual")}}));
    QCOMPARE(mine.first().keyPoints.at(1), builtin.keyPoints.at(1));
    QCOMPARE(QuestionBank(*m_db).question(builtin.id)->keyPoints,
             builtin.keyPoints); // the original stays
}

void TestGuiImport::ownQuestion_keyPointWithTermsButNoText_isRefusedByThePackRules()
{
    openLibrary();
    QDialog *dialog = openQuestionDialog("libraryAddButton");
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("questionText")),
                     QStringLiteral("What is a covering index?"));
    dialog->findChild<QTabWidget *>(QStringLiteral("questionTabs"))->setCurrentIndex(1);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("questionKeyPoints"));
    CLICK(dialog->findChild<QPushButton *>(QStringLiteral("questionAddKeyPoint")));
    CLICK(dialog->findChild<QPushButton *>(QStringLiteral("questionAddKeyPoint")));
    QVERIFY(typeInCell(table, 0, 0, QStringLiteral("The index holds every column the query reads")));
    QVERIFY(typeInCell(table, 1, 1, QStringLiteral("index-only scan")));
    CLICK(dialog->findChild<QPushButton *>(QStringLiteral("questionSaveButton")));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("questionError"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(
                 QStringLiteral("key point 2, text: expected a non-empty string")),
             qPrintable(message->text()));
    QVERIFY(dialog->isVisible()); // nothing lost: the dialog stays open
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = 'mine'")), 0);
}

void TestGuiImport::exportPackAndList_writeFilesTheImportersRead()
{
    openLibrary();
    const Question builtin = QuestionBank(*m_db).questions().first();
    QVERIFY(clickQuestion(builtin.id));
    const QString json = m_dir->filePath(QStringLiteral("pack.json"));
    chooseFile(json);
    FIND(QPushButton, exportPack, "libraryExportPackButton");
    CLICK(exportPack);
    QByteArray bytes;
    QString error;
    QVERIFY2(PackValidator::readFile(json, &bytes, &error), qPrintable(error));
    PackValidator validator(json);
    Pack pack;
    QVERIFY2(validator.validate(bytes, &pack),
             qPrintable(validator.messages().join(QLatin1Char('\n'))));
    QCOMPARE(pack.id, builtin.packId);
    QCOMPARE(pack.questions, QuestionBank(*m_db).pack(builtin.packId)->questions);

    // The listed questions (filtered by a search) as Markdown.
    FIND(QLineEdit, search, "librarySearch");
    QTest::keyClicks(search, QStringLiteral("database"));
    const int listed = int(tableIds().size());
    QVERIFY(listed > 0);
    const QString md = m_dir->filePath(QStringLiteral("list.md"));
    chooseFile(md);
    FIND(QPushButton, exportList, "libraryExportListButton");
    CLICK(exportList);
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(readMarkdownQuestions(QString::fromUtf8(file.readAll())).questions.size(), listed);
    QVERIFY(m_notes.isEmpty()); // no failure was reported
}

QTEST_MAIN(TestGuiImport)
#include "test_gui_import.moc"
