// The window at ordinary sizes and what it remembers: the library's question column and the
// grading page's checklist take the room at 1024×700 (in German too), messages go to the
// status bar without moving a table, window geometry, splitters, columns and file-dialog
// folders come back in a new window, and questions name their verbs with the safe default.
#include "bank/QuestionBank.h"
#include "base/Translation.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "library/QuestionTableModel.h"
#include "storage/Database.h"
#include "window/DataActions.h"
#include "window/MainWindow.h"
#include "window/StatusNotice.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "LibraryTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <cstdlib>
#include <memory>

using namespace mockloop;
using namespace mockloop::desktop;
using mockloop::test::FakeClock;

namespace {

// What a confirmation showed: its buttons' texts, which one was the default, which Esc.
struct AskedBox
{
    QString text;
    QStringList buttons;
    QString defaultButton;
    QString escapeButton;
};

} // namespace

class TestGuiLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void library_at1024x700_questionColumnTakesHalfTheTable();
    void statusMessage_inLibrary_doesNotMoveTheTable();
    void grading_at1024x700_keyPointListShowsThreeLongPoints_refusalMovesNothing();
    void roundIntro_focusIsOnStartRound();
    void wideWindow_editorAndReport_keepAReadingWidthCentred();
    void abandon_asksWithVerbs_keepIsTheDefault();
    void deleteQuestionAndAllData_askWithVerbs_keepIsTheDefault();
    void deleteSessions_buttonSaysHowMany();
    void exportAllData_noModalBox_statusBarOffersOpenFolder();
    void windowLayout_closedAndReopened_isRestored();
    void fileDialogs_startInTheLastFolderOfTheirKind();
    // Last: it installs the German translation for the rest of the process.
    void library_inGerman_at1024x700_questionColumnTakesHalfTheTable();

private:
    void makeWindow(QSettings *settings = nullptr);
    void openLibrary();
    void checkLibraryColumn(const QString &language);
    void startOneQuestion(const QString &questionId);
    // Answers the next confirmation with its "keep" button and records what it showed.
    void recordBoxes();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
    std::unique_ptr<MainWindow> m_window;
    QList<AskedBox> m_asked;
};

void TestGuiLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("data/mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    m_asked.clear();
}

void TestGuiLayout::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_dir.reset();
    DataActions::setFileChooser({});
    DataActions::setNotifier({});
    DataActions::setDialogDriver({});
    Confirmation::setHandler({});
    Confirmation::setBoxHandler({});
    StatusNotice::setFolderOpener({});
}

void TestGuiLayout::makeWindow(QSettings *settings)
{
    m_window = std::make_unique<MainWindow>(*m_db, &m_clock);
    if (settings)
        m_window->useSettings(settings);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiLayout::openLibrary()
{
    FIND(QPushButton, libraryButton, "libraryButton");
    CLICK(libraryButton);
    QCOMPARE(mockloop::test::currentPageOf(m_window.get()), QStringLiteral("libraryPage"));
}

void TestGuiLayout::checkLibraryColumn(const QString &language)
{
    makeWindow();
    m_window->resize(1024, 700);
    openLibrary();
    QApplication::processEvents();
    FIND(QTableView, table, "libraryTable");
    const int viewport = table->viewport()->width();
    const int question = table->columnWidth(QuestionTableModel::TextColumn);
    // The table itself has room (not squeezed by the detail pane), and the question column
    // has the most of it.
    QVERIFY2(viewport >= m_window->width() * 4 / 10,
             qPrintable(QStringLiteral("table %1 of %2").arg(viewport).arg(m_window->width())));
    QVERIFY2(question * 2 >= viewport,
             qPrintable(QStringLiteral("question column %1 of %2").arg(question).arg(viewport)));
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    // Nothing on the page needs more than the window: the filter row is not cut off.
    FIND(QWidget, page, "libraryPage");
    QVERIFY2(page->minimumSizeHint().width() <= page->width(),
             qPrintable(
                 QStringLiteral("%1 > %2").arg(page->minimumSizeHint().width()).arg(page->width())));
    // For looking at the page: MOCKLOOP_SCREENSHOT_DIR=/tmp/x saves it at three sizes.
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        for (const QSize size : {QSize(1024, 700), QSize(1366, 768), QSize(2560, 1440)}) {
            m_window->resize(size);
            QApplication::processEvents();
            m_window->grab().save(
                QStringLiteral("%1/library-%2-%3.png").arg(shots, language).arg(size.width()));
        }
    }
}

void TestGuiLayout::library_at1024x700_questionColumnTakesHalfTheTable()
{
    checkLibraryColumn(QStringLiteral("en"));
}

void TestGuiLayout::library_inGerman_at1024x700_questionColumnTakesHalfTheTable()
{
    QVERIFY(installTranslations(QLocale(QStringLiteral("de_DE"))));
    checkLibraryColumn(QStringLiteral("de"));
    // The German labels are on screen: the check above ran on the translated page.
    FIND(QPushButton, home, "libraryHomeButton");
    QVERIFY2(home->text() != QStringLiteral("&Back to home"), qPrintable(home->text()));
}

void TestGuiLayout::statusMessage_inLibrary_doesNotMoveTheTable()
{
    makeWindow();
    m_window->resize(1024, 700);
    openLibrary();
    QApplication::processEvents();
    FIND(QTableView, table, "libraryTable");
    const QList<std::pair<Question, bool>> listed = QuestionBank(*m_db).find({});
    QVERIFY(mockloop::test::clickLibraryQuestion(m_window.get(), listed.constFirst().first.id));
    const QRect before(table->mapTo(m_window.get(), QPoint(0, 0)), table->size());

    FIND(QPushButton, hide, "libraryHideButton");
    CLICK(hide); // "Hidden: … is no longer drawn for loops"
    QApplication::processEvents();
    StatusNotice *notice = m_window->statusNotice();
    QVERIFY2(notice->text().startsWith(QStringLiteral("Hidden:")), qPrintable(notice->text()));
    QVERIFY(notice->isVisible());
    const QRect after(table->mapTo(m_window.get(), QPoint(0, 0)), table->size());
    QCOMPARE(after, before);
}

void TestGuiLayout::startOneQuestion(const QString &questionId)
{
    LoopPlan plan;
    plan.name = QStringLiteral("layout");
    plan.prepSeconds = 0;
    plan.closingSegment = false;
    plan.gradingTiming = GradingTiming::AfterEachQuestion;
    plan.hintsTiming = HintsTiming::AfterEachAnswer;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {questionId}, {}, {}, {}, {}}};
    QString error;
    QVERIFY2(m_window->startSession(plan, &error), qPrintable(error));
}

void TestGuiLayout::grading_at1024x700_keyPointListShowsThreeLongPoints_refusalMovesNothing()
{
    const auto question = QuestionBank(*m_db).question(QStringLiteral("tech.gc-memory-leaks"));
    QVERIFY(question && question->keyPoints.size() >= 5);
    makeWindow();
    m_window->resize(1024, 700);
    startOneQuestion(question->id);
    FIND(QPushButton, start, "startRoundButton");
    CLICK(start);
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);
    FIND(QPlainTextEdit, editor, "answerEdit");
    QTest::keyClicks(editor, QStringLiteral("Heap dumps first."));
    m_clock.advanceSeconds(60);
    m_window->tickNow();
    FIND(QPushButton, submit, "submitButton");
    CLICK(submit);
    QTRY_COMPARE(m_window->controller()->state(), State::Grading);
    QApplication::processEvents();

    // For looking at the page: MOCKLOOP_SCREENSHOT_DIR=/tmp/x saves it at three sizes.
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        for (const QSize size : {QSize(1366, 768), QSize(2560, 1440), QSize(1024, 700)}) {
            m_window->resize(size);
            QApplication::processEvents();
            m_window->grab().save(QStringLiteral("%1/grading-%2.png").arg(shots).arg(size.width()));
        }
    }
    FIND(QListWidget, points, "keyPointList");
    QCOMPARE(points->count(), int(question->keyPoints.size()));
    int whole = 0;
    for (int row = 0; row < points->count(); ++row) {
        if (points->viewport()->rect().contains(points->visualItemRect(points->item(row))))
            ++whole;
    }
    // These key points run to three or four lines each; the list stacked under the answer
    // showed one of them.
    QVERIFY2(whole >= 3, qPrintable(QStringLiteral("%1 key points in view (list %2 px high)")
                                        .arg(whole)
                                        .arg(points->viewport()->height())));

    // Save grade without a score: refused with a message, and nothing on the page moves.
    const QRect before(points->mapTo(m_window.get(), QPoint(0, 0)), points->size());
    FIND(QPushButton, save, "saveGradeButton");
    CLICK(save);
    QCOMPARE(m_window->controller()->state(), State::Grading);
    FIND(QLabel, message, "interviewMessage");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QApplication::processEvents();
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(shots + QStringLiteral("/grading-refused-1024.png"));
    QCOMPARE(QRect(points->mapTo(m_window.get(), QPoint(0, 0)), points->size()), before);
}

void TestGuiLayout::roundIntro_focusIsOnStartRound()
{
    makeWindow();
    startOneQuestion(QStringLiteral("tech.gc-memory-leaks"));
    QCOMPARE(m_window->controller()->state(), State::RoundIntro);
    FIND(QPushButton, start, "startRoundButton");
    QTRY_COMPARE(QApplication::focusWidget(), start);
    // Space on the focused button starts the round, as a person would press it.
    QTest::keyClick(start, Qt::Key_Space);
    QTRY_VERIFY(m_window->controller()->state() != State::RoundIntro);
}

void TestGuiLayout::wideWindow_editorAndReport_keepAReadingWidthCentred()
{
    makeWindow();
    m_window->resize(2560, 1440);
    startOneQuestion(QStringLiteral("tech.gc-memory-leaks"));
    FIND(QPushButton, start, "startRoundButton");
    CLICK(start);
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);
    QApplication::processEvents();
    // About 100 characters a line at most, in the middle of the window.
    auto checkReadable = [this](QWidget *text) {
        const int chars = text->width() / text->fontMetrics().averageCharWidth();
        QVERIFY2(chars >= 60 && chars <= 120,
                 qPrintable(QStringLiteral("%1 characters wide").arg(chars)));
        const int centre = text->mapTo(m_window.get(), text->rect().center()).x();
        QVERIFY2(std::abs(centre - m_window->width() / 2) < 40, qPrintable(QString::number(centre)));
    };
    FIND(QWidget, editor, "answerEditor");
    checkReadable(editor);
    if (QTest::currentTestFailed())
        return;
    // The report, after the session ends.
    Confirmation::setHandler([](const QString &, const QString &) { return true; });
    FIND(QPushButton, abandon, "abandonButton");
    CLICK(abandon);
    QTRY_COMPARE(mockloop::test::currentPageOf(m_window.get()), QStringLiteral("reportPage"));
    QApplication::processEvents();
    FIND(QWidget, report, "reportView");
    checkReadable(report);
}

void TestGuiLayout::recordBoxes()
{
    Confirmation::setBoxHandler([this](QMessageBox &box) -> QAbstractButton * {
        AskedBox asked;
        asked.text = box.text();
        for (QAbstractButton *b : box.buttons())
            asked.buttons.append(b->text());
        asked.defaultButton = box.defaultButton() ? box.defaultButton()->text() : QString();
        asked.escapeButton = box.escapeButton() ? box.escapeButton()->text() : QString();
        m_asked.append(asked);
        return box.escapeButton(); // keep
    });
}

void TestGuiLayout::abandon_asksWithVerbs_keepIsTheDefault()
{
    makeWindow();
    startOneQuestion(QStringLiteral("tech.gc-memory-leaks"));
    recordBoxes();
    FIND(QPushButton, abandon, "abandonButton");
    CLICK(abandon);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked[0].buttons.size(), 2);
    QVERIFY(m_asked[0].buttons.contains(QStringLiteral("Abandon session")));
    QCOMPARE(m_asked[0].defaultButton, QStringLiteral("Keep practising"));
    QCOMPARE(m_asked[0].escapeButton, QStringLiteral("Keep practising"));
    QVERIFY(m_window->controller()); // kept
    QCOMPARE(m_window->controller()->state(), State::RoundIntro);
}

void TestGuiLayout::deleteQuestionAndAllData_askWithVerbs_keepIsTheDefault()
{
    Question own;
    own.text = QStringLiteral("What does a layout test prove?");
    QString id;
    QString error;
    QVERIFY2(QuestionBank(*m_db).saveOwnQuestion(own, &id, &error), qPrintable(error));
    makeWindow();
    openLibrary();
    QVERIFY(mockloop::test::clickLibraryQuestion(m_window.get(), id));
    recordBoxes();
    FIND(QPushButton, del, "libraryDeleteButton");
    CLICK(del);
    QVERIFY(QuestionBank(*m_db).question(id)); // kept

    // "Delete my data…" first lets the person choose the parts (its own dialog, keep is the
    // default), then asks whether to back up first, where backing up is the safe default.
    QString keepDefault;
    DataActions::setDialogDriver([&keepDefault](QDialog *dialog) {
        auto *keep = dialog->findChild<QPushButton *>(QStringLiteral("deleteDataKeepButton"));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("deleteDataConfirmButton"));
        QVERIFY(keep && confirm);
        if (keep->isDefault())
            keepDefault = keep->text();
        QTest::mouseClick(confirm, Qt::LeftButton);
    });
    DataActions::setFileChooser([](const QString &, const QString &, const QString &, bool) {
        return QString(); // no folder for the backup: nothing is deleted
    });
    auto *deleteAll = m_window->findChild<QAction *>(QStringLiteral("dataDeleteAction"));
    QVERIFY(deleteAll);
    deleteAll->trigger();
    DataActions::setDialogDriver({});
    QCOMPARE(keepDefault, QStringLiteral("Keep my data"));
    QVERIFY(QuestionBank(*m_db).question(id)); // still there

    // Restore counts both sides before it asks, so it needs a real backup to read.
    const QString restored = m_dir->filePath(QStringLiteral("some.sqlite"));
    DataActions::setFileChooser(
        [&restored](const QString &, const QString &, const QString &, bool) { return restored; });
    QStringList problems;
    DataActions::setNotifier([&problems](const QString &, const QString &text, bool problem) {
        if (problem)
            problems.append(text);
    });
    auto *backup = m_window->findChild<QAction *>(QStringLiteral("dataBackupAction"));
    QVERIFY(backup);
    backup->trigger();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(QFileInfo::exists(restored));
    auto *restore = m_window->findChild<QAction *>(QStringLiteral("dataRestoreAction"));
    QVERIFY(restore);
    restore->trigger();

    QCOMPARE(m_asked.size(), 3);
    const QList<std::pair<QString, QString>> expected = {
        {QStringLiteral("Delete question"), QStringLiteral("Keep")},
        {QStringLiteral("Delete without a backup"), QStringLiteral("Back up first")},
        {QStringLiteral("Restore backup"), QStringLiteral("Keep my data")}};
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(m_asked[i].buttons.contains(expected[i].first),
                 qPrintable(m_asked[i].buttons.join(QLatin1Char('|'))));
        QCOMPARE(m_asked[i].defaultButton, expected[i].second);
        QCOMPARE(m_asked[i].escapeButton, expected[i].second);
        for (const QString &text : m_asked[i].buttons) {
            for (const char *vague : {"&Yes", "&No", "OK", "Yes", "No"})
                QVERIFY2(text != QLatin1String(vague), qPrintable(text));
        }
    }
}

void TestGuiLayout::deleteSessions_buttonSaysHowMany()
{
    for (int i = 0; i < 3; ++i) {
        LoopPlan plan;
        plan.name = QStringLiteral("to delete %1").arg(i);
        plan.closingSegment = false;
        plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
        QString error;
        auto controller = SessionController::start(*m_db, plan, &m_clock, &error);
        QVERIFY2(controller, qPrintable(error));
        controller->handle(Event::Abandon);
    }
    makeWindow();
    FIND(QPushButton, historyButton, "historyButton");
    CLICK(historyButton);
    FIND(QTableView, table, "historyTable");
    QCOMPARE(table->model()->rowCount(), 3);
    table->setFocus();
    table->selectAll();
    recordBoxes();
    FIND(QPushButton, del, "historyDeleteButton");
    CLICK(del);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked[0].buttons.contains(QStringLiteral("Delete 3 sessions")),
             qPrintable(m_asked[0].buttons.join(QLatin1Char('|'))));
    QCOMPARE(m_asked[0].defaultButton, QStringLiteral("Keep"));
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestGuiLayout::exportAllData_noModalBox_statusBarOffersOpenFolder()
{
    makeWindow();
    const QString path = m_dir->filePath(QStringLiteral("out/all.json"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    DataActions::setFileChooser(
        [&path](const QString &, const QString &, const QString &, bool) { return path; });
    // Whatever modal box opens is noted and closed, so a regression fails instead of hanging.
    QStringList modals;
    QTimer watcher;
    watcher.setInterval(0);
    connect(&watcher, &QTimer::timeout, this, [&modals] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            modals.append(modal->windowTitle());
            modal->close();
        }
    });
    watcher.start();
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("dataExportAction"));
    QVERIFY(exportAction);
    exportAction->trigger();
    QApplication::processEvents();
    watcher.stop();
    QVERIFY2(modals.isEmpty(), qPrintable(modals.join(QLatin1Char('|'))));
    QVERIFY(QFile::exists(path));
    StatusNotice *notice = m_window->statusNotice();
    QVERIFY2(notice->text().contains(QDir::toNativeSeparators(path)), qPrintable(notice->text()));
    QVERIFY(!notice->isProblem());
    auto *openFolder = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("statusOpenFolder"));
    QVERIFY(openFolder);
    QVERIFY(openFolder->isVisible());
    QString opened;
    StatusNotice::setFolderOpener([&opened](const QString &folder) { opened = folder; });
    emit openFolder->linkActivated(QStringLiteral("open"));
    QCOMPARE(opened, QFileInfo(path).absolutePath());
}

void TestGuiLayout::windowLayout_closedAndReopened_isRestored()
{
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    QList<int> splitterSizes;
    int tracksWidth = 0;
    QSize size(1111, 777);
    {
        QSettings settings(ini, QSettings::IniFormat);
        makeWindow(&settings);
        m_window->resize(size);
        openLibrary();
        QApplication::processEvents();
        FIND(QSplitter, splitter, "librarySplitter");
        const QList<int> sizes = splitter->sizes();
        splitter->setSizes({sizes[0] + sizes[1] - 300, 300});
        QApplication::processEvents();
        splitterSizes = splitter->sizes();
        FIND(QTableView, table, "libraryTable");
        table->horizontalHeader()->resizeSection(QuestionTableModel::KindColumn, 150);
        tracksWidth = table->horizontalHeader()->sectionSize(QuestionTableModel::KindColumn);
        FIND(QPushButton, home, "libraryHomeButton");
        CLICK(home);
        FIND(QPushButton, historyButton, "historyButton");
        CLICK(historyButton);
        FIND(QTableView, history, "historyTable");
        history->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
        QVERIFY(m_window->close());
        m_window.reset();
    }
    QSettings settings(ini, QSettings::IniFormat);
    makeWindow(&settings);
    QCOMPARE(m_window->size(), size);
    openLibrary();
    QApplication::processEvents();
    FIND(QSplitter, splitter, "librarySplitter");
    QCOMPARE(splitter->sizes(), splitterSizes);
    FIND(QTableView, table, "libraryTable");
    QCOMPARE(table->horizontalHeader()->sectionSize(QuestionTableModel::KindColumn), tracksWidth);
    FIND(QPushButton, home, "libraryHomeButton");
    CLICK(home);
    FIND(QPushButton, historyButton, "historyButton");
    CLICK(historyButton);
    FIND(QTableView, history, "historyTable");
    QCOMPARE(history->horizontalHeader()->sortIndicatorSection(), 1);
    QCOMPARE(history->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
}

void TestGuiLayout::fileDialogs_startInTheLastFolderOfTheirKind()
{
    const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
    QSettings settings(ini, QSettings::IniFormat);
    makeWindow(&settings);
    const QString exports = m_dir->filePath(QStringLiteral("exports"));
    const QString backups = m_dir->filePath(QStringLiteral("backups-here"));
    QVERIFY(QDir().mkpath(exports));
    QVERIFY(QDir().mkpath(backups));
    QStringList suggested;
    QString next;
    DataActions::setFileChooser([&](const QString &, const QString &start, const QString &, bool) {
        suggested.append(start);
        return next;
    });
    auto trigger = [this](const char *name) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
    };
    next = QDir(exports).filePath(QStringLiteral("all.json"));
    trigger("dataExportAction");
    next = QDir(backups).filePath(QStringLiteral("b.sqlite"));
    trigger("dataBackupAction");
    next.clear();
    trigger("dataExportAction");
    trigger("dataBackupAction");
    QCOMPARE(suggested.size(), 4);
    QCOMPARE(QFileInfo(suggested[2]).absolutePath(), QFileInfo(exports).absoluteFilePath());
    QCOMPARE(QFileInfo(suggested[3]).absolutePath(), QFileInfo(backups).absoluteFilePath());

    // A new window with the same settings file starts there too.
    QVERIFY(m_window->close());
    m_window.reset();
    makeWindow(&settings);
    trigger("dataExportAction");
    QCOMPARE(QFileInfo(suggested.constLast()).absolutePath(), QFileInfo(exports).absoluteFilePath());
}

QTEST_MAIN(TestGuiLayout)
#include "test_gui_layout.moc"
