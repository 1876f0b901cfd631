// The History page, the answer search and the attempt comparison, driven like a person would
// on the real window (offscreen, fake clock). Sessions are made through SessionController;
// every expected list comes from History itself for the same filter and order.
#include "bank/QuestionBank.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "history/AttemptView.h"
#include "history/CompareView.h"
#include "history/HistoryPage.h"
#include "history/HistoryTableModel.h"
#include "history/SearchResultModel.h"
#include "home/SessionTableModel.h"
#include "library/QuestionTableModel.h"
#include "practice/History.h"
#include "report/ReportPage.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "stories/StoryMatrixModel.h"
#include "window/MainWindow.h"
#include "window/StatusNotice.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <functional>
#include <memory>

using namespace mockloop;
using mockloop::desktop::AttemptView;
using mockloop::desktop::CompareView;
using mockloop::desktop::Confirmation;
using mockloop::desktop::HistoryPage;
using mockloop::desktop::HistoryTableModel;
using mockloop::desktop::MainWindow;
using mockloop::desktop::QuestionTableModel;
using mockloop::desktop::ReportPage;
using mockloop::desktop::SearchResultModel;
using mockloop::desktop::SessionTableModel;
using mockloop::desktop::StatusNotice;
using mockloop::desktop::StoryMatrixModel;
using mockloop::test::FakeClock;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

// The two tries at one technical question: the second drops "fast." and adds words.
const QString kFirstAnswer = QStringLiteral("Put a cache in front of the database so reads are fast.");
const QString kSecondAnswer = QStringLiteral(
    "Put a write-through cache in front of the database so reads are cheap & invalidation "
    "stays simple.");

enum class Ending { Finish, Abandon, LeaveRunning };

QList<qint64> idsOf(const QList<HistoryRow> &rows)
{
    QList<qint64> ids;
    for (const HistoryRow &r : rows)
        ids.append(r.id);
    return ids;
}

// The texts of a document's fragments whose format passes the test.
QStringList fragments(const QTextDocument *doc,
                      const std::function<bool(const QTextCharFormat &)> &test)
{
    QStringList out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (test(it.fragment().charFormat()))
                out.append(it.fragment().text());
        }
    }
    return out;
}

// What a mouse sends for a double-click on a widget: press, release, double-click, release.
// (QTest::mouseDClick alone sends only the third, which item views take for a press.)
void doubleClick(QWidget *widget, QPoint at)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, at);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, at);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, at);
}

bool highlighted(const QTextCharFormat &f)
{
    return f.hasProperty(QTextFormat::BackgroundBrush) && f.background().style() != Qt::NoBrush;
}

bool struck(const QTextCharFormat &f)
{
    return f.fontStrikeOut();
}

bool added(const QTextCharFormat &f)
{
    return !f.fontStrikeOut() && highlighted(f) && f.foreground().color() == QColor(0x1b, 0x5e, 0x20);
}

} // namespace

class TestGuiHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void open_fromHomeButtonAndShortcut_listsEverySessionNewestFirst();
    void filters_statusKindTextAndDates_showWhatHistoryFinds();
    void sort_clickingScoreHeader_ordersByScoreInTheDatabase();
    void openReport_buttonAndDoubleClick_showThatSession();
    void resume_onlyForUnfinished_continuesTheSession();
    void delete_afterConfirmation_removesItFromTheDatabase();
    void delete_severalChosenWithCtrlClick_goInOneConfirmation();
    void search_typedWord_listsSnippetAndOpensTheAnswerHighlighted();
    void unreadableHistory_saysSoInsteadOfLookingEmpty();
    void compare_twoAttempts_showsRemovedAddedWordsAndScoreDelta();
    void compareView_fieldsOnOneSideAndScoreDeltas();
    void models_passModelTesterThroughPagingSortFilterDeleteAndSearch();
    void tableModels_columnTables_giveHeadersTooltipsAlignmentAndRowRoles();
    void dateLimits_withoutSessions_startTheDayBeforeTheClocksToday();

private:
    qint64 practise(RoundKind kind, const QList<AnswerField> &answer, int score, Ending ending,
                    const QStringList &questionIds = {});
    QString currentPage() const;
    void openHistory();
    QList<qint64> tableIds() const;
    bool clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers = {});
    bool clickHeader(QTableView *table, int column);
    static bool choose(QComboBox *combo, const QVariant &value);
    History history() const { return History(*m_db); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    QString m_questionId; // answered twice
    QString m_questionText;
    qint64 m_firstTry = 0;  // session of the first answer (score 2)
    qint64 m_secondTry = 0; // session of the second answer (score 4)
    qint64 m_running = 0;   // the unfinished session
};

void TestGuiHistory::initTestCase()
{
    // Nothing here may touch the real home directory.
    QStandardPaths::setTestModeEnabled(true);
}

qint64 TestGuiHistory::practise(RoundKind kind, const QList<AnswerField> &answer, int score,
                                Ending ending, const QStringList &questionIds)
{
    LoopPlan plan;
    plan.name = QStringLiteral("%1 practice").arg(displayName(kind));
    plan.prepSeconds = 0;
    plan.answerSeconds = 600;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{kind, 1, questionIds, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(*m_db, plan, m_clock.get(), &error);
    if (!c)
        qFatal("%s", qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    if (!c->setAnswer(answer))
        qFatal("the answer was refused");
    m_clock->advanceSeconds(60 + score * 10);
    c->tick();
    if (ending == Ending::Finish) {
        c->handle(Event::Submit);
        c->submitGrade(score, QStringLiteral("note %1").arg(score));
        c->handle(Event::Continue);
    } else if (ending == Ending::Abandon) {
        c->handle(Event::Abandon);
    } else {
        c->saveNow();
    }
    if (m_questionId.isEmpty() && kind == RoundKind::Technical) {
        m_questionId = c->question(0).id;
        m_questionText = c->question(0).text;
    }
    // The controller's destructor saves and releases the session lock: Resume can take it.
    return c->sessionId();
}

void TestGuiHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    m_questionId.clear();

    // Six sessions over six weeks: kinds, statuses, scores and answers that differ.
    auto answer = [](const QString &text) {
        return QList<AnswerField>{{QStringLiteral("answer"), text}};
    };
    m_firstTry = practise(RoundKind::Technical, answer(kFirstAnswer), 2, Ending::Finish); // Jan 5
    m_clock->advanceWallOnlyMs(7 * kDayMs);                                               // Jan 12
    m_secondTry = practise(RoundKind::Technical, answer(kSecondAnswer), 4, Ending::Finish,
                           {m_questionId});
    m_clock->advanceWallOnlyMs(8 * kDayMs); // Jan 20
    practise(RoundKind::Behavioral,
             {{QStringLiteral("situation"), QStringLiteral("A sharding migration was late.")},
              {QStringLiteral("task"), QStringLiteral("Ship it without downtime.")},
              {QStringLiteral("action"), QStringLiteral("I split the work into shadow writes.")},
              {QStringLiteral("result"), QStringLiteral("Done a week early.")}},
             5, Ending::Finish);
    m_clock->advanceWallOnlyMs(13 * kDayMs); // Feb 2
    practise(RoundKind::SystemDesign, answer(QStringLiteral("A queue between the services.")), 3,
             Ending::Abandon);
    m_clock->advanceWallOnlyMs(8 * kDayMs); // Feb 10
    m_running = practise(RoundKind::CulturalFit,
                         answer(QStringLiteral("I like kubernetes and small teams.")), 0,
                         Ending::LeaveRunning);
    m_clock->advanceWallOnlyMs(5 * kDayMs); // Feb 15
    practise(RoundKind::Technical, answer(QStringLiteral("Indexes trade writes for reads.")), 1,
             Ending::Finish);
    QCOMPARE(history().count({}), 6);
    QVERIFY(!m_questionId.isEmpty());
    QCOMPARE(history().attemptsOf(m_questionId).size(), 2);

    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1200, 800);
    m_window->show();
    // Shortcuts (Ctrl+H) only reach the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiHistory::cleanup()
{
    Confirmation::setHandler({});
    m_window.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

QString TestGuiHistory::currentPage() const
{
    return mockloop::test::currentPageOf(m_window.get());
}

void TestGuiHistory::openHistory()
{
    FIND(QPushButton, historyButton, "historyButton");
    CLICK(historyButton);
    QCOMPARE(currentPage(), QStringLiteral("historyPage"));
}

QList<qint64> TestGuiHistory::tableIds() const
{
    QList<qint64> ids;
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("historyTable"));
    if (!table)
        return ids;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(HistoryTableModel::SessionIdRole).toLongLong());
    return ids;
}

bool TestGuiHistory::clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers)
{
    if (row < 0 || row >= table->model()->rowCount())
        return false;
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                      table->visualRect(index).center());
    return table->selectionModel()->isRowSelected(row, {});
}

bool TestGuiHistory::clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    if (header->isSectionHidden(column))
        return false;
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    return true;
}

bool TestGuiHistory::choose(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void TestGuiHistory::open_fromHomeButtonAndShortcut_listsEverySessionNewestFirst()
{
    QCOMPARE(currentPage(), QStringLiteral("homePage"));
    openHistory();
    QCOMPARE(tableIds(), idsOf(history().sessions({}, HistoryColumn::Started, true, 100)));
    QCOMPARE(tableIds().size(), 6);
    FIND(QLabel, count, "historyCount");
    QCOMPARE(count->text(), QStringLiteral("6 sessions"));
    FIND(QDateEdit, from, "historyFrom");
    FIND(QDateEdit, to, "historyTo");
    QCOMPARE(from->text(), QStringLiteral("no limit"));
    QCOMPARE(to->text(), QStringLiteral("no limit"));
    // Nothing chosen yet: nothing to act on.
    FIND(QPushButton, open, "historyOpenButton");
    FIND(QPushButton, resume, "historyResumeButton");
    FIND(QPushButton, del, "historyDeleteButton");
    QVERIFY(!open->isEnabled());
    QVERIFY(!resume->isEnabled());
    QVERIFY(!del->isEnabled());

    // The keyboard lands in the list: arrows choose a session, and a stray space does not
    // press "Back to home" (which had the focus when the page opened from Home's button).
    FIND(QTableView, table, "historyTable");
    QCOMPARE(m_window->focusWidget(), table);
    QTest::keyClick(m_window->focusWidget(), Qt::Key_Space);
    QCOMPARE(currentPage(), QStringLiteral("historyPage"));
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(table->selectionModel()->hasSelection());
    QVERIFY(open->isEnabled());

    FIND(QPushButton, home, "historyHomeButton");
    CLICK(home);
    QCOMPARE(currentPage(), QStringLiteral("homePage"));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("historyPage"));
    QCOMPARE(m_window->focusWidget(), table);
}

void TestGuiHistory::unreadableHistory_saysSoInsteadOfLookingEmpty()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE sessions RENAME TO sessions_gone")));
    openHistory();
    const StatusNotice *message = m_window->statusNotice();
    QVERIFY2(message->text().contains(QStringLiteral("Cannot read the history")),
             qPrintable(message->text()));
    QVERIFY(message->isProblem());
    QVERIFY(tableIds().isEmpty());
}

void TestGuiHistory::filters_statusKindTextAndDates_showWhatHistoryFinds()
{
    openHistory();
    FIND(QComboBox, status, "historyStatus");
    FIND(QComboBox, kind, "historyKind");
    FIND(QLineEdit, text, "historyText");
    FIND(QDateEdit, from, "historyFrom");
    FIND(QDateEdit, to, "historyTo");
    FIND(QLabel, count, "historyCount");
    auto expect = [this](const HistoryFilter &f) {
        return idsOf(history().sessions(f, HistoryColumn::Started, true, 100));
    };

    // Status: the combo reads All, unfinished, finished, abandoned.
    QCOMPARE(status->count(), 4);
    QCOMPARE(status->itemText(1), QStringLiteral("unfinished"));
    for (const QString &key :
         {QStringLiteral("running"), QStringLiteral("finished"), QStringLiteral("abandoned")}) {
        QVERIFY(choose(status, key));
        HistoryFilter f;
        f.status = key;
        QCOMPARE(tableIds(), expect(f));
        QVERIFY(!tableIds().isEmpty());
    }
    QVERIFY(choose(status, QString()));
    QCOMPARE(tableIds().size(), 6);

    // Kind combined with status: both apply.
    QVERIFY(choose(kind, int(RoundKind::Technical)));
    {
        HistoryFilter f;
        f.kind = RoundKind::Technical;
        QCOMPARE(tableIds(), expect(f));
        QCOMPARE(tableIds().size(), 3);
        QCOMPARE(count->text(), QStringLiteral("3 sessions"));
    }
    QVERIFY(choose(status, QStringLiteral("finished")));
    QVERIFY(choose(kind, int(RoundKind::CulturalFit)));
    QCOMPARE(tableIds(), QList<qint64>{});
    QCOMPARE(count->text(), QStringLiteral("No session matches these filters."));
    QVERIFY(choose(status, QString()));
    QCOMPARE(tableIds(), QList<qint64>{m_running});
    QVERIFY(choose(kind, -1));

    // Text, typed: a word of the question answered twice, in another case; the table follows
    // once typing pauses (Enter asks at once).
    QString word;
    for (const QString &w :
         m_questionText.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)) {
        if (w.size() > word.size())
            word = w;
    }
    text->setFocus();
    QTest::keyClicks(text, word.toUpper());
    HistoryFilter byText;
    byText.text = word.toUpper();
    QTRY_COMPARE(tableIds(), expect(byText));
    QVERIFY(tableIds().contains(m_firstTry));
    QVERIFY(tableIds().contains(m_secondTry));
    text->clear();
    QTest::keyClicks(text, QStringLiteral("behavioral PRACT"));
    QTest::keyClick(text, Qt::Key_Return);
    byText.text = QStringLiteral("behavioral PRACT");
    QCOMPARE(tableIds(), expect(byText));
    QCOMPARE(tableIds().size(), 1);
    text->clear();
    QTest::keyClick(text, Qt::Key_Return);
    QCOMPARE(tableIds().size(), 6);

    // Dates: the days a person would pick in the calendar; each end is inclusive.
    from->setDate(QDate(2026, 1, 12));
    to->setDate(QDate(2026, 2, 2));
    HistoryFilter range;
    range.from = QDate(2026, 1, 12);
    range.to = QDate(2026, 2, 2);
    QCOMPARE(tableIds(), expect(range));
    QCOMPARE(tableIds().size(), 3);
    QVERIFY(!tableIds().contains(m_firstTry));
    QVERIFY(tableIds().contains(m_secondTry));
    // Back to "no limit": the lowest date of the edit.
    to->setDate(to->minimumDate());
    QCOMPARE(to->text(), QStringLiteral("no limit"));
    range.to = {};
    QCOMPARE(tableIds(), expect(range));
    QCOMPARE(tableIds().size(), 5);
    from->setDate(from->minimumDate());
    QCOMPARE(tableIds().size(), 6);
}

void TestGuiHistory::sort_clickingScoreHeader_ordersByScoreInTheDatabase()
{
    openHistory();
    FIND(QTableView, table, "historyTable");
    QHeaderView *header = table->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(HistoryTableModel::DateColumn));

    QVERIFY(clickHeader(table, HistoryTableModel::ScoreColumn));
    QCOMPARE(header->sortIndicatorSection(), int(HistoryTableModel::ScoreColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder); // best first
    QCOMPARE(tableIds(), idsOf(history().sessions({}, HistoryColumn::Score, true, 100)));
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->index(0, HistoryTableModel::ScoreColumn).data().toString(),
             QStringLiteral("5.0"));

    QVERIFY(clickHeader(table, HistoryTableModel::ScoreColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(tableIds(), idsOf(history().sessions({}, HistoryColumn::Score, false, 100)));

    // Sorting keeps the filters: only finished sessions, still by score.
    FIND(QComboBox, status, "historyStatus");
    QVERIFY(choose(status, QStringLiteral("finished")));
    HistoryFilter finished;
    finished.status = QStringLiteral("finished");
    QCOMPARE(tableIds(), idsOf(history().sessions(finished, HistoryColumn::Score, false, 100)));
    QCOMPARE(model->index(0, HistoryTableModel::ScoreColumn).data().toString(),
             QStringLiteral("1.0"));

    // "Answered" has no database order: the click changes nothing.
    const QList<qint64> before = tableIds();
    QVERIFY(clickHeader(table, HistoryTableModel::AnsweredColumn));
    QCOMPARE(header->sortIndicatorSection(), int(HistoryTableModel::ScoreColumn));
    QCOMPARE(tableIds(), before);

    // Plan names from A.
    QVERIFY(clickHeader(table, HistoryTableModel::PlanColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(tableIds(), idsOf(history().sessions(finished, HistoryColumn::Plan, false, 100)));
}

void TestGuiHistory::openReport_buttonAndDoubleClick_showThatSession()
{
    openHistory();
    FIND(QTableView, table, "historyTable");
    FIND(QPushButton, open, "historyOpenButton");
    const int row = int(tableIds().indexOf(m_secondTry));
    QVERIFY(clickRow(table, row));
    CLICK(open);
    QCOMPARE(currentPage(), QStringLiteral("reportPage"));
    FIND(ReportPage, report, "reportPage");
    QCOMPARE(report->sessionId(), m_secondTry);
    FIND(QTextBrowser, view, "reportView");
    QVERIFY(view->toPlainText().contains(QStringLiteral("invalidation")));

    // Double-click another row.
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("historyPage"));
    const int other = int(tableIds().indexOf(m_firstTry));
    const QRect rect = table->visualRect(table->model()->index(other, HistoryTableModel::PlanColumn));
    doubleClick(table->viewport(), rect.center());
    QCOMPARE(currentPage(), QStringLiteral("reportPage"));
    QCOMPARE(report->sessionId(), m_firstTry);
    QVERIFY(view->toPlainText().contains(kFirstAnswer));
}

void TestGuiHistory::resume_onlyForUnfinished_continuesTheSession()
{
    openHistory();
    FIND(QTableView, table, "historyTable");
    FIND(QPushButton, resume, "historyResumeButton");
    QVERIFY(clickRow(table, int(tableIds().indexOf(m_firstTry))));
    QVERIFY(!resume->isEnabled());
    QVERIFY(clickRow(table, int(tableIds().indexOf(m_running))));
    CLICK(resume);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    QVERIFY(m_window->controller());
    QCOMPARE(m_window->controller()->sessionId(), m_running);
    // A draft saved in a timed state reopens Paused with its answer.
    QCOMPARE(m_window->controller()->answer(0).constFirst().value,
             QStringLiteral("I like kubernetes and small teams."));

    // While it runs, History stays out of the way.
    FIND(QAction, action, "historyAction");
    QVERIFY(!action->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    m_window->showHistory();
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
}

void TestGuiHistory::delete_afterConfirmation_removesItFromTheDatabase()
{
    openHistory();
    FIND(QTableView, table, "historyTable");
    FIND(QPushButton, del, "historyDeleteButton");
    FIND(QLabel, count, "historyCount");
    const int row = int(tableIds().indexOf(m_firstTry));
    QVERIFY(clickRow(table, row));

    // "No": nothing changes. The Delete key asks the same question as the button.
    QStringList asked;
    Confirmation::setHandler([&asked](const QString &, const QString &question) {
        asked.append(question);
        return false;
    });
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(asked.size(), 1);
    asked.clear();
    CLICK(del);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.constFirst().contains(QStringLiteral("Technical practice")),
             qPrintable(asked.constFirst()));
    QCOMPARE(history().count({}), 6);
    QVERIFY(tableIds().contains(m_firstTry));

    // "Yes": gone from the database, the table and the search.
    Confirmation::setHandler([&asked](const QString &, const QString &question) {
        asked.append(question);
        return true;
    });
    QVERIFY(clickRow(table, int(tableIds().indexOf(m_firstTry))));
    CLICK(del);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(history().count({}), 5);
    QString error;
    QVERIFY(!SessionStore(*m_db).load(m_firstTry, &error));
    QVERIFY(!tableIds().contains(m_firstTry));
    QCOMPARE(tableIds(), idsOf(history().sessions({}, HistoryColumn::Started, true, 100)));
    QCOMPARE(count->text(), QStringLiteral("5 sessions"));
    QCOMPARE(history().attemptsOf(m_questionId).size(), 1);
    QVERIFY(history().search(QStringLiteral("fast")).isEmpty());
    // The row that moved into its place is selected: Delete again acts on a visible choice.
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QVERIFY(!m_window->statusNotice()->text().isEmpty());
}

void TestGuiHistory::delete_severalChosenWithCtrlClick_goInOneConfirmation()
{
    openHistory();
    FIND(QTableView, table, "historyTable");
    FIND(QPushButton, del, "historyDeleteButton");
    FIND(QPushButton, open, "historyOpenButton");
    FIND(QLabel, count, "historyCount");
    QVERIFY(clickRow(table, int(tableIds().indexOf(m_firstTry))));
    QVERIFY(clickRow(table, int(tableIds().indexOf(m_secondTry)), Qt::ControlModifier));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
    QVERIFY(del->isEnabled());
    QVERIFY(!open->isEnabled()); // a report opens one session at a time

    QStringList asked;
    Confirmation::setHandler([&asked](const QString &, const QString &question) {
        asked.append(question);
        return true;
    });
    CLICK(del);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.constFirst().contains(QStringLiteral("these 2 sessions")),
             qPrintable(asked.constFirst()));
    QCOMPARE(history().count({}), 4);
    QVERIFY(!tableIds().contains(m_firstTry));
    QVERIFY(!tableIds().contains(m_secondTry));
    QCOMPARE(count->text(), QStringLiteral("4 sessions"));
    QVERIFY(history().attemptsOf(m_questionId).isEmpty());
    QCOMPARE(m_window->statusNotice()->text(), QStringLiteral("Deleted 2 sessions."));

    // The unfinished one is open in another program (its lock is held): nothing is deleted.
    QLockFile lock(SessionController::lockPath(m_db->dataDir(), m_running));
    QVERIFY(lock.tryLock());
    const int running = int(tableIds().indexOf(m_running));
    QVERIFY(clickRow(table, running == 0 ? 1 : 0));
    QVERIFY(clickRow(table, running, Qt::ControlModifier));
    asked.clear();
    CLICK(del);
    QVERIFY(asked.isEmpty());
    QCOMPARE(history().count({}), 4);
    const QString said = m_window->statusNotice()->text();
    QVERIFY2(said.contains(QStringLiteral("nothing was deleted")), qPrintable(said));
}

void TestGuiHistory::search_typedWord_listsSnippetAndOpensTheAnswerHighlighted()
{
    openHistory();
    FIND(QLineEdit, search, "answerSearch");
    FIND(QTableView, results, "searchResults");
    FIND(QLabel, searchCount, "searchCount");
    // A prefix, in capitals: "Invalid" finds "invalidation".
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("Invalid"));
    QTRY_COMPARE(results->model()->rowCount(), 1);
    QCOMPARE(searchCount->text(), QStringLiteral("1 answer"));
    const QAbstractItemModel *model = results->model();
    const QList<SearchHit> hits = history().search(QStringLiteral("Invalid"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(model->index(0, 0).data(SearchResultModel::AttemptIdRole).toLongLong(),
             hits[0].attemptId);
    QCOMPARE(model->index(0, SearchResultModel::QuestionColumn).data().toString(), m_questionText);
    QCOMPARE(model->index(0, SearchResultModel::FieldColumn).data().toString(),
             QStringLiteral("Answer"));
    const QModelIndex snippet = model->index(0, SearchResultModel::SnippetColumn);
    QVERIFY2(snippet.data().toString().contains(QStringLiteral("cheap & invalidation")),
             qPrintable(snippet.data().toString()));
    QVERIFY(!snippet.data().toString().contains(kMatchOpen));
    const QString html = snippet.data(SearchResultModel::SnippetHtmlRole).toString();
    // The answer's own text escaped, the match bold.
    QVERIFY2(html.contains(QStringLiteral("cheap &amp; <b>invalidation</b>")), qPrintable(html));

    // Nothing found: the page says so.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzqx"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(searchCount->text().contains(QStringLiteral("No answer contains")));

    // Best match first: the answer that uses the words most comes first, whatever its date.
    FIND(QComboBox, order, "searchOrder");
    search->clear();
    QTest::keyClicks(search, QStringLiteral("cache database"));
    QTest::keyClick(search, Qt::Key_Return);
    const QList<SearchHit> newestHits = history().search(QStringLiteral("cache database"));
    const QList<SearchHit> bestHits = history().search(QStringLiteral("cache database"), 100,
                                                       nullptr, History::SearchOrder::BestMatch);
    // (The shorter, older first try matches best: the two orders differ.)
    QVERIFY(newestHits.size() >= 2 && newestHits[0].attemptId != bestHits[0].attemptId);
    QCOMPARE(model->rowCount(), int(newestHits.size()));
    QCOMPARE(model->index(0, 0).data(SearchResultModel::AttemptIdRole).toLongLong(),
             newestHits[0].attemptId);
    QVERIFY(choose(order, int(History::SearchOrder::BestMatch)));
    QCOMPARE(model->rowCount(), int(bestHits.size()));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(SearchResultModel::AttemptIdRole).toLongLong(),
                 bestHits[row].attemptId);
    QVERIFY(choose(order, int(History::SearchOrder::Newest)));

    // Words in quotes stand side by side: only the first try put "a cache" in front.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("cache in front"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 2);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("\"a cache in front\""));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(SearchResultModel::AttemptIdRole).toLongLong(),
             history().search(QStringLiteral("\"a cache in front\"")).value(0).attemptId);
    QCOMPARE(qobject_cast<const SearchResultModel *>(model)->hit(0).sessionId, m_firstTry);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("Invalid"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);

    // Open it: the AttemptView shows the answer with the word marked.
    const QRect rect = results->visualRect(model->index(0, SearchResultModel::QuestionColumn));
    doubleClick(results->viewport(), rect.center());
    FIND(AttemptView, view, "attemptView");
    QVERIFY(view->isVisible());
    QCOMPARE(view->attemptId(), hits[0].attemptId);
    FIND(QLabel, question, "attemptQuestion");
    QCOMPARE(question->text(), m_questionText);
    FIND(QTextBrowser, detail, "attemptDetail");
    const QString shown = detail->toPlainText();
    QVERIFY2(shown.contains(kSecondAnswer), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("4 / 5")));
    QVERIFY(shown.contains(QStringLiteral("note 4")));
    QCOMPARE(fragments(detail->document(), highlighted), QStringList{QStringLiteral("invalidation")});
    FIND(QTableWidget, list, "attemptList");
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(list->selectionModel()->selectedRows().constFirst().row(), 1); // the newer one

    // Choosing the other attempt shows it; the searched word stays marked where it occurs.
    QVERIFY(clickRow(list, 0));
    QVERIFY(detail->toPlainText().contains(kFirstAnswer));
    QVERIFY(fragments(detail->document(), highlighted).isEmpty());

    // Its session's report, then back.
    FIND(QPushButton, reportButton, "attemptReportButton");
    CLICK(reportButton);
    QCOMPARE(currentPage(), QStringLiteral("reportPage"));
    FIND(ReportPage, report, "reportPage");
    QCOMPARE(report->sessionId(), m_firstTry);
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    FIND(QTableView, table, "historyTable");
    QVERIFY(table->isVisible());
    QCOMPARE(model->rowCount(), 1); // the search is still there
    FIND(QPushButton, readButton, "searchOpenButton");
    CLICK(readButton);
    QVERIFY(view->isVisible());
    FIND(QPushButton, back, "attemptBackButton");
    CLICK(back);
    QVERIFY(table->isVisible());
}

void TestGuiHistory::compare_twoAttempts_showsRemovedAddedWordsAndScoreDelta()
{
    openHistory();
    FIND(QLineEdit, search, "answerSearch");
    FIND(QTableView, results, "searchResults");
    QTest::keyClicks(search, QStringLiteral("invalidation"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(results->model()->rowCount(), 1);
    FIND(QPushButton, readButton, "searchOpenButton");
    CLICK(readButton);

    FIND(QPushButton, compare, "compareButton");
    FIND(CompareView, compareView, "compareView");
    FIND(QTextBrowser, left, "compareLeft");
    FIND(QTextBrowser, right, "compareRight");
    FIND(QLabel, delta, "scoreDelta");
    auto check = [&] {
        QVERIFY(compareView->isVisible());
        QCOMPARE(fragments(left->document(), struck), QStringList{QStringLiteral("fast.")});
        const QStringList addedWords = fragments(right->document(), added);
        QVERIFY2(addedWords.join(u'|').contains(QStringLiteral("write-through")),
                 qPrintable(addedWords.join(u'|')));
        QVERIFY(addedWords.join(u'|').contains(QStringLiteral("invalidation")));
        QVERIFY(fragments(left->document(), added).isEmpty());
        QVERIFY(fragments(right->document(), struck).isEmpty());
        // Both sides keep the words they share, unmarked.
        QVERIFY(left->toPlainText().contains(QStringLiteral("cache in front of the database")));
        QVERIFY(right->toPlainText().contains(QStringLiteral("cache in front of the database")));
        QVERIFY(!right->toPlainText().contains(QStringLiteral("fast.")));
        QCOMPARE(delta->text(), QStringLiteral("+2"));
    };

    // The opened attempt against the one before it, by default.
    CLICK(compare);
    check();
    if (QTest::currentTestFailed())
        return;
    FIND(QPushButton, close, "compareCloseButton");
    CLICK(close);
    QVERIFY(!compareView->isVisible());

    // Any two, chosen with Ctrl+click: the older is on the left whatever the order of clicks.
    FIND(QTableWidget, list, "attemptList");
    QVERIFY(clickRow(list, 1));
    QVERIFY(clickRow(list, 0, Qt::ControlModifier));
    QCOMPARE(list->selectionModel()->selectedRows().size(), 2);
    CLICK(compare);
    check();
    if (QTest::currentTestFailed())
        return;

    // The first attempt alone compares with the next one.
    QVERIFY(clickRow(list, 0));
    QVERIFY(!compareView->isVisible());
    CLICK(compare);
    check();
    if (QTest::currentTestFailed())
        return;
}

void TestGuiHistory::compareView_fieldsOnOneSideAndScoreDeltas()
{
    QCOMPARE(CompareView::scoreDeltaText(4, 3), QStringLiteral("\u22121"));
    QCOMPARE(CompareView::scoreDeltaText(3, 3), QStringLiteral("no change"));
    QCOMPARE(CompareView::scoreDeltaText(1, 5), QStringLiteral("+4"));
    QCOMPARE(CompareView::scoreDeltaText(std::nullopt, 5), QStringLiteral("not graded"));

    // A STAR answer against a plain one: no field in common, so all removed and all added.
    const auto [leftHtml, rightHtml] =
        CompareView::diffHtml({{QStringLiteral("situation"), QStringLiteral("old <story>")}},
                              {{QStringLiteral("answer"), QStringLiteral("new & plain")}});
    QTextDocument left;
    left.setHtml(leftHtml);
    QTextDocument right;
    right.setHtml(rightHtml);
    QCOMPARE(fragments(&left, struck), QStringList{QStringLiteral("old <story>")});
    QCOMPARE(fragments(&right, added), QStringList{QStringLiteral("new & plain")});
    QVERIFY(left.toPlainText().contains(QStringLiteral("Situation")));
    QVERIFY(left.toPlainText().contains(QStringLiteral("Answer")));
    QVERIFY(left.toPlainText().contains(QStringLiteral("(not in this attempt)")));
    QVERIFY(right.toPlainText().contains(QStringLiteral("(not in this attempt)")));

    // Highlighting marks word starts only, in any case, and escapes the rest.
    QTextDocument marked;
    marked.setHtml(AttemptView::highlightedHtml(QStringLiteral("Index <b> reindex indexes"),
                                                {QStringLiteral("index")}));
    QCOMPARE(fragments(&marked, highlighted),
             (QStringList{QStringLiteral("Index"), QStringLiteral("indexes")}));
    QCOMPARE(marked.toPlainText(), QStringLiteral("Index <b> reindex indexes"));
    QCOMPARE(SearchResultModel::snippetHtml(
                 QStringLiteral("a <i>%1b%2 c").arg(kMatchOpen).arg(kMatchClose)),
             QStringLiteral("a &lt;i&gt;<b>b</b> c"));
}

void TestGuiHistory::models_passModelTesterThroughPagingSortFilterDeleteAndSearch()
{
    // 250 more sessions (copies of the first, one a minute apart): three pages and a half.
    QString error;
    const auto source = SessionStore(*m_db).load(m_secondTry, &error);
    QVERIFY2(source, qPrintable(error));
    QList<Question> questions;
    for (const AttemptRecord &a : source->attempts)
        questions.append(a.question);
    {
        SessionStore store(*m_db);
        for (int i = 0; i < 250; ++i) {
            m_clock->advanceWallOnlyMs(60'000);
            QVERIFY2(store.create(source->plan, source->seed, questions, source->snapshot,
                                  m_clock->wallTime(), &error),
                     qPrintable(error));
        }
    }
    const int total = history().count({});
    QCOMPARE(total, 256);

    openHistory();
    FIND(HistoryTableModel, model, "historyModel");
    FIND(SearchResultModel, hits, "searchModel");
    FIND(QTableView, table, "historyTable");
    FIND(QLabel, count, "historyCount");

    // One page first; scrolling to the end asks for the next.
    QCOMPARE(model->rowCount(), HistoryTableModel::kPageSize);
    QCOMPARE(count->text(), QStringLiteral("256 sessions"));
    QVERIFY(model->canFetchMore({}));
    table->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 2 * HistoryTableModel::kPageSize);
    // The testers fetch whatever is left themselves (they call fetchMore after every change).
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester hitTester(hits, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), total);
    QCOMPARE(tableIds(), idsOf(history().sessions({}, HistoryColumn::Started, true, 1000)));

    // A new order starts from its first page.
    QVERIFY(clickHeader(table, HistoryTableModel::DurationColumn));
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(tableIds(), idsOf(history().sessions({}, HistoryColumn::Duration, true, 1000)));
    for (int c = 0; c < model->columnCount(); ++c) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole),
                         HistoryTableModel::SessionIdRole, HistoryTableModel::StatusKeyRole})
            model->data(model->index(0, c), role);
        QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    // A filter starts again from one page.
    FIND(QComboBox, status, "historyStatus");
    QVERIFY(choose(status, QStringLiteral("running")));
    HistoryFilter running;
    running.status = QStringLiteral("running");
    QCOMPARE(model->totalCount(), history().count(running));
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(tableIds(), idsOf(history().sessions(running, HistoryColumn::Duration, true, 1000)));
    QVERIFY(choose(status, QString()));

    // Delete one; search, then search for nothing.
    Confirmation::setHandler([](const QString &, const QString &) { return true; });
    QVERIFY(clickRow(table, 3));
    FIND(QPushButton, del, "historyDeleteButton");
    CLICK(del);
    QCOMPARE(model->totalCount(), total - 1);
    FIND(QLineEdit, search, "answerSearch");
    QTest::keyClicks(search, QStringLiteral("cache"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(hits->rowCount(), int(history().search(QStringLiteral("cache")).size()));
    QVERIFY(hits->rowCount() >= 1);
    for (int c = 0; c < hits->columnCount(); ++c) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                         SearchResultModel::AttemptIdRole, SearchResultModel::SnippetHtmlRole})
            hits->data(hits->index(0, c), role);
        QVERIFY(!hits->headerData(c, Qt::Horizontal).toString().isEmpty());
    }
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(hits->rowCount(), 0);
}

namespace {

QStringList headers(const QAbstractItemModel &model)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal).toString();
    return out;
}

// Which columns say they are right-aligned (numbers); the others must say nothing.
QList<int> rightAligned(const QAbstractItemModel &model)
{
    QList<int> out;
    for (int c = 0; c < model.columnCount(); ++c) {
        const QVariant a = model.index(0, c).data(Qt::TextAlignmentRole);
        if (a.isValid() && qvariant_cast<Qt::Alignment>(a) == (Qt::AlignRight | Qt::AlignVCenter))
            out << c;
        else if (a.isValid())
            out << -1 - c; // some other alignment: wrong for these tables
    }
    return out;
}

} // namespace

// The five tables share RowTableModel: each column's header, text, tooltip and alignment come
// from one column table, every other role from the model.
void TestGuiHistory::tableModels_columnTables_giveHeadersTooltipsAlignmentAndRowRoles()
{
    // Sessions in the history.
    HistoryTableModel history(*m_db);
    history.setFilter({});
    QCOMPARE(headers(history),
             (QStringLiteral("Started|Plan|Duration|Rounds|Answered|Average score|Status").split(u'|')));
    QCOMPARE(history.headerData(0, Qt::Vertical), QVariant(1)); // rows keep Qt's numbers
    QCOMPARE(history.headerData(HistoryTableModel::AnsweredColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString(),
             QStringLiteral("This column cannot be sorted."));
    QVERIFY(
        !history.headerData(HistoryTableModel::PlanColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());
    QCOMPARE(history.headerData(HistoryTableModel::PlanColumn, Qt::Horizontal,
                                Qt::InitialSortOrderRole),
             QVariant(int(Qt::AscendingOrder)));
    QCOMPARE(history.headerData(HistoryTableModel::ScoreColumn, Qt::Horizontal,
                                Qt::InitialSortOrderRole),
             QVariant(int(Qt::DescendingOrder)));
    QVERIFY(!history.headerData(history.columnCount(), Qt::Horizontal).isValid());
    QCOMPARE(rightAligned(history),
             (QList<int>{HistoryTableModel::DurationColumn, HistoryTableModel::RoundsColumn,
                         HistoryTableModel::AnsweredColumn, HistoryTableModel::ScoreColumn}));
    const int row = history.rowOf(m_running);
    QVERIFY(row >= 0);
    const HistoryRow &running = history.session(row);
    auto cell = [&history, row](int column, int role = Qt::DisplayRole) {
        return history.index(row, column).data(role);
    };
    QCOMPARE(cell(HistoryTableModel::AnsweredColumn).toString(),
             QStringLiteral("%1 / %2").arg(running.answered).arg(running.attempts));
    QCOMPARE(cell(HistoryTableModel::AnsweredColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("%1 of %2 questions answered").arg(running.answered).arg(running.attempts));
    QCOMPARE(cell(HistoryTableModel::PlanColumn, Qt::ToolTipRole),
             cell(HistoryTableModel::PlanColumn));
    QCOMPARE(cell(HistoryTableModel::PlanColumn).toString(), running.planName);
    QCOMPARE(cell(HistoryTableModel::StatusColumn, HistoryTableModel::SessionIdRole).toLongLong(),
             m_running);
    QCOMPARE(cell(HistoryTableModel::DateColumn, HistoryTableModel::StatusKeyRole).toString(),
             QStringLiteral("running"));
    QVERIFY(!cell(HistoryTableModel::DateColumn, Qt::FontRole).isValid());
    QVERIFY(!history.index(row, 0).parent().isValid());
    QCOMPARE(history.columnCount(history.index(row, 0)), 0);
    QCOMPARE(history.rowCount(history.index(row, 0)), 0);

    // Found answers.
    SearchResultModel hits;
    hits.setHits(History(*m_db).search(QStringLiteral("cache")));
    QVERIFY(hits.rowCount() >= 1);
    QCOMPARE(headers(hits), (QStringLiteral("Date|Question|Field|Passage").split(u'|')));
    QCOMPARE(rightAligned(hits), QList<int>());
    QVERIFY(
        !hits.index(0, SearchResultModel::DateColumn).data(SearchResultModel::SnippetHtmlRole).isValid());
    QVERIFY(hits.index(0, SearchResultModel::SnippetColumn)
                .data(SearchResultModel::SnippetHtmlRole)
                .toString()
                .contains(QStringLiteral("<b>")));
    QCOMPARE(hits.index(0, SearchResultModel::FieldColumn)
                 .data(SearchResultModel::AttemptIdRole)
                 .toLongLong(),
             hits.hit(0).attemptId);

    // Home's sessions.
    SessionTableModel sessions;
    SessionSummary summary;
    summary.id = 42;
    summary.planName = QStringLiteral("Loop");
    summary.status = QStringLiteral("finished");
    summary.attempts = 3;
    summary.answered = 2;
    sessions.setSummaries({summary});
    QCOMPARE(headers(sessions),
             (QStringLiteral("Started|Plan|Status|Answered|Average score").split(u'|')));
    QCOMPARE(rightAligned(sessions),
             (QList<int>{SessionTableModel::AnsweredColumn, SessionTableModel::ScoreColumn}));
    QCOMPARE(sessions.index(0, SessionTableModel::AnsweredColumn).data().toString(),
             QStringLiteral("2 / 3"));
    QCOMPARE(sessions.index(0, SessionTableModel::AnsweredColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2 / 3"));
    QCOMPARE(sessions.index(0, SessionTableModel::ScoreColumn).data().toString(),
             QStringLiteral("–"));
    QCOMPARE(sessions.index(0, SessionTableModel::PlanColumn)
                 .data(SessionTableModel::SessionIdRole)
                 .toLongLong(),
             qint64(42));
    QCOMPARE(sessions.sessionId(0), qint64(42));
    QCOMPARE(sessions.sessionId(1), qint64(0));

    // The library's questions.
    QuestionTableModel questions(*m_db);
    questions.setFilter({});
    QVERIFY(questions.rowCount() > 0);
    QCOMPARE(headers(questions),
             (QStringLiteral("Kind|Question|Difficulty|Tracks|Tags|Pack|Hidden").split(u'|')));
    QCOMPARE(rightAligned(questions), QList<int>());
    QCOMPARE(questions.index(0, QuestionTableModel::TextColumn).data().toString(),
             questions.question(0).text);
    QCOMPARE(questions.index(0, QuestionTableModel::PackColumn).data().toString(),
             questions.packName(questions.question(0).packId));
    QCOMPARE(questions.index(0, QuestionTableModel::HiddenColumn).data().toString(), QString());
    QCOMPARE(questions.index(0, QuestionTableModel::KindColumn)
                 .data(QuestionTableModel::QuestionIdRole)
                 .toString(),
             questions.question(0).id);
    QCOMPARE(questions.index(0, 0).data(QuestionTableModel::HiddenRole), QVariant(false));
    QVERIFY(!questions.index(0, 0).data(Qt::FontRole).isValid());

    // The story matrix: a column per story, then the count; its marks read as their tooltips.
    StoryMatrixModel matrix;
    QCOMPARE(matrix.columnCount(), 1);
    QCOMPARE(headers(matrix), QStringList{QStringLiteral("Stories")});
    StoryMatrix m;
    m.competencies = {QStringLiteral("ownership"), QStringLiteral("failure")};
    Story story;
    story.title = QStringLiteral("The rollback");
    story.uses = 1;
    m.stories = {story};
    m.covers = {{true}, {false}};
    matrix.setMatrix(m);
    QCOMPARE(matrix.rowCount(), 2);
    QCOMPARE(matrix.columnCount(), 2);
    QCOMPARE(headers(matrix),
             (QStringList{QStringLiteral("The rollback\n(used 1×)"), QStringLiteral("Stories")}));
    QCOMPARE(matrix.headerData(1, Qt::Vertical).toString(), QStringLiteral("failure"));
    QVERIFY(!matrix.headerData(1, Qt::Horizontal, Qt::ToolTipRole).isValid());
    QVERIFY(!matrix.headerData(2, Qt::Horizontal).isValid());
    QCOMPARE(matrix.index(0, 0).data().toString(), QStringLiteral("✓"));
    QCOMPARE(matrix.index(1, 0).data().toString(), QString());
    QCOMPARE(matrix.index(0, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("“The rollback” shows ownership"));
    QCOMPARE(matrix.index(1, 0).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("“The rollback” does not show failure"));
    QCOMPARE(matrix.index(0, 0).data(Qt::TextAlignmentRole), QVariant(int(Qt::AlignCenter)));
    QCOMPARE(matrix.index(1, 1).data().toString(), QStringLiteral("gap: no story"));
    QCOMPARE(matrix.index(0, 1).data().toString(), QStringLiteral("1"));
    QCOMPARE(matrix.index(0, 1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("1 story shows “ownership”."));
    QVERIFY(!matrix.index(0, 1).data(Qt::AccessibleTextRole).isValid());
    QVERIFY(qvariant_cast<QFont>(matrix.index(1, 1).data(Qt::FontRole)).bold());
    QVERIFY(!qvariant_cast<QFont>(matrix.index(0, 1).data(Qt::FontRole)).bold());
    QVERIFY(!matrix.index(0, 0).data(Qt::FontRole).isValid());
}

// With no session yet, the lowest date ("no limit") is the day before today by the injected
// clock, not by the machine's: the clock is set years away from any real today.
void TestGuiHistory::dateLimits_withoutSessions_startTheDayBeforeTheClocksToday()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database empty;
    QString error;
    QVERIFY2(empty.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error), qPrintable(error));
    const FakeClock clock(QDateTime(QDate(2041, 7, 14), QTime(12, 0), Qt::UTC));
    HistoryPage page(empty, &clock);
    page.refresh();
    const QDate dayBefore = clock.today().addDays(-1);
    QCOMPARE(dayBefore, QDate(2041, 7, 13));
    for (const char *name : {"historyFrom", "historyTo"}) {
        auto *edit = page.findChild<QDateEdit *>(QLatin1String(name));
        QVERIFY(edit);
        QCOMPARE(edit->minimumDate(), dayBefore);
        QCOMPARE(edit->date(), dayBefore); // still "no limit"
        QCOMPARE(edit->text(), QStringLiteral("no limit"));
    }
}

QTEST_MAIN(TestGuiHistory)
#include "test_gui_history.moc"
