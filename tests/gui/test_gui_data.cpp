// The Data menu used the way a person would: choose the menu item, pick a file, confirm.
// The file dialog and the message box are seams; everything else is the real window.
#include "bank/QuestionBank.h"
#include "coach/StoryBank.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "practice/History.h"
#include "storage/Database.h"
#include "window/DataActions.h"
#include "window/MainWindow.h"
#include "window/UpgradeNotice.h"
#include "DamagedFile.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using namespace mockloop::desktop;
using mockloop::test::FakeClock;

class TestGuiData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void backupThenRestore_fromTheMenu_bringsBackTheBackedUpSessions();
    void restore_whileASessionRuns_isRefusedAndChangesNothing();
    void restore_ofADamagedFile_isRefusedAndChangesNothing();
    void deleteAll_confirmedWithBackupFirst_deletesSessionsAndKeepsTheBackup();
    void deleteAll_storiesUncheckedThenChecked_storiesAndHistoryPagesFollow();
    void deleteAll_dialog_namesCountsAndTheDeleteButtonSaysWhat();
    void restore_questionNamesWhatIsReplacedOnBothSides();
    void restore_withAStoryFormOpen_keepsWhatWasTypedAndSavesItAsNew();
    void export_fromTheMenu_writesTheChosenFormat();
    void whereIsMyData_namesTheDatabaseFile();
    void checkTheDatabase_readsEveryPageAndSaysWhatItFound();
    void upgradeNotice_showsForAnOlderDatabaseOnly();

private:
    void trigger(const char *actionName);
    qint64 finishedSession(const QString &answer);
    int sessionCount() const;
    int count(const QString &sql) const;
    qint64 storyUsedIn(qint64 sessionId, const QString &title);
    // The delete dialog's driver: unticks the named boxes, then clicks the delete button
    // (or "Keep my data" when keep is set).
    void answerDeleteDialog(const QStringList &untick, bool keep = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
    std::unique_ptr<MainWindow> m_window;
    QString m_nextFile;
    QStringList m_notices;
    QStringList m_questions;    // what Confirmation was asked
    QString m_deleteButtonText; // the delete dialog's button when it was clicked
    bool m_lastWasProblem = false;
};

void TestGuiData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("data/mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY(QuestionBank(*m_db).installBuiltinPacks(&error));
    m_window = std::make_unique<MainWindow>(*m_db, &m_clock);
    m_window->show();
    m_notices.clear();
    DataActions::setFileChooser(
        [this](const QString &, const QString &, const QString &, bool) { return m_nextFile; });
    DataActions::setNotifier([this](const QString &, const QString &text, bool problem) {
        m_notices.append(text);
        m_lastWasProblem = problem;
    });
    m_questions.clear();
    Confirmation::setHandler([this](const QString &, const QString &question) {
        m_questions.append(question);
        return true;
    });
    answerDeleteDialog({});
}

void TestGuiData::answerDeleteDialog(const QStringList &untick, bool keep)
{
    DataActions::setDialogDriver([this, untick, keep](QDialog *dialog) {
        for (const QString &name : untick) {
            auto *box = dialog->findChild<QCheckBox *>(name);
            QVERIFY2(box && box->isChecked(), qPrintable(name));
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
            QVERIFY2(!box->isChecked(), qPrintable(name));
        }
        auto *button = dialog->findChild<QPushButton *>(
            keep ? QStringLiteral("deleteDataKeepButton")
                 : QStringLiteral("deleteDataConfirmButton"));
        QVERIFY(button);
        m_deleteButtonText =
            dialog->findChild<QPushButton *>(QStringLiteral("deleteDataConfirmButton"))->text();
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

int TestGuiData::count(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// A story told in the session's first answer.
qint64 TestGuiData::storyUsedIn(qint64 sessionId, const QString &title)
{
    Story story;
    story.title = title;
    story.action = QStringLiteral("I rolled the release back");
    QString error;
    const auto id = StoryBank(*m_db).save(story, m_clock.wallTime(), &error);
    if (!id)
        return 0;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, question_id FROM attempts WHERE session_id = ? LIMIT 1"));
    q.addBindValue(sessionId);
    if (!q.exec() || !q.next()
        || !StoryBank(*m_db).recordUse(*id, q.value(0).toLongLong(), q.value(1).toString(),
                                       m_clock.wallTime(), &error))
        return 0;
    return *id;
}

void TestGuiData::cleanup()
{
    m_window.reset();
    m_db.reset();
    DataActions::setFileChooser({});
    DataActions::setNotifier({});
    DataActions::setDialogDriver({});
    Confirmation::setHandler({});
}

void TestGuiData::trigger(const char *actionName)
{
    auto *action = m_window->findChild<QAction *>(QLatin1String(actionName));
    QVERIFY2(action, actionName);
    QVERIFY(action->isEnabled());
    action->trigger();
}

qint64 TestGuiData::finishedSession(const QString &answer)
{
    LoopPlan plan;
    plan.name = answer;
    plan.prepSeconds = 0;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(*m_db, plan, &m_clock, &error);
    if (!c)
        return 0;
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("answer"), answer}});
    m_clock.advanceSeconds(30);
    c->handle(Event::Submit);
    c->submitGrade(3, {});
    c->handle(Event::Continue);
    return c->sessionId();
}

int TestGuiData::sessionCount() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM sessions"));
    q.next();
    return q.value(0).toInt();
}

void TestGuiData::backupThenRestore_fromTheMenu_bringsBackTheBackedUpSessions()
{
    QVERIFY(finishedSession(QStringLiteral("kept in the backup")));
    m_nextFile = m_dir->filePath(QStringLiteral("mine/backup.sqlite"));
    // A folder that does not exist is refused, named, as by the terminal (issue 16, defect 8).
    trigger("dataBackupAction");
    QVERIFY(m_lastWasProblem);
    QVERIFY2(m_notices.constLast().contains(QStringLiteral("does not exist"))
                 && m_notices.constLast().contains(m_dir->filePath(QStringLiteral("mine"))),
             qPrintable(m_notices.constLast()));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("mine"))));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("mine"))));
    trigger("dataBackupAction");
    QVERIFY2(!m_lastWasProblem, qPrintable(m_notices.join(QLatin1Char('\n'))));
    QVERIFY(QFile::exists(m_nextFile));

    QVERIFY(finishedSession(QStringLiteral("made after the backup")));
    QCOMPARE(sessionCount(), 2);
    QSignalSpy replaced(m_window->dataActions(), &DataActions::dataReplaced);
    trigger("dataRestoreAction");
    QVERIFY2(!m_lastWasProblem, qPrintable(m_notices.join(QLatin1Char('\n'))));
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(sessionCount(), 1);
    QCOMPARE(History(*m_db).search(QStringLiteral("backup")).size(), 1);
    QCOMPARE(History(*m_db).search(QStringLiteral("after")).size(), 0);
    const QStringList saved =
        QDir(m_dir->filePath(QStringLiteral("data/backups"))).entryList({QStringLiteral("*.sqlite")});
    QCOMPARE(saved.size(), 1); // what the restore replaced
}

void TestGuiData::restore_whileASessionRuns_isRefusedAndChangesNothing()
{
    QVERIFY(finishedSession(QStringLiteral("one")));
    m_nextFile = m_dir->filePath(QStringLiteral("b.sqlite"));
    trigger("dataBackupAction");
    LoopPlan plan;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    QVERIFY(m_window->startSession(plan));
    trigger("dataRestoreAction");
    QVERIFY(m_lastWasProblem);
    QVERIFY2(m_notices.last().contains(QStringLiteral("session is running")),
             qPrintable(m_notices.last()));
    QCOMPARE(sessionCount(), 2);
}

void TestGuiData::restore_ofADamagedFile_isRefusedAndChangesNothing()
{
    QVERIFY(finishedSession(QStringLiteral("one")));
    m_nextFile = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    QFile f(m_nextFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(5000, 'z'));
    f.close();
    trigger("dataRestoreAction");
    QVERIFY(m_lastWasProblem);
    QVERIFY2(m_notices.last().contains(QStringLiteral("not a MockLoop database")),
             qPrintable(m_notices.last()));
    QCOMPARE(sessionCount(), 1);
}

void TestGuiData::deleteAll_confirmedWithBackupFirst_deletesSessionsAndKeepsTheBackup()
{
    QVERIFY(finishedSession(QStringLiteral("one")));
    QVERIFY(finishedSession(QStringLiteral("two")));
    m_nextFile = m_dir->filePath(QStringLiteral("before-delete.sqlite"));
    trigger("dataDeleteAction");
    QVERIFY2(!m_lastWasProblem, qPrintable(m_notices.join(QLatin1Char('\n'))));
    QCOMPARE(sessionCount(), 0);
    QVERIFY(QuestionBank(*m_db).count() >= 150); // the bank stays
    QVERIFY(QFile::exists(m_nextFile));
    QString error;
    int version = 0;
    QVERIFY(Database::inspect(m_nextFile, &error, nullptr, &version));

    // "Keep my data" deletes nothing.
    QVERIFY(finishedSession(QStringLiteral("three")));
    answerDeleteDialog({}, true);
    trigger("dataDeleteAction");
    QCOMPARE(sessionCount(), 1);
}

void TestGuiData::deleteAll_storiesUncheckedThenChecked_storiesAndHistoryPagesFollow()
{
    const qint64 session = finishedSession(QStringLiteral("one"));
    QVERIFY(session);
    QVERIFY(storyUsedIn(session, QStringLiteral("The rollback")));
    m_window->showHistory();
    auto *history = m_window->findChild<QAbstractItemModel *>(QStringLiteral("historyModel"));
    QVERIFY(history);
    QCOMPARE(history->rowCount(), 1);
    m_window->showStories();
    auto *stories = m_window->findChild<QListWidget *>(QStringLiteral("storyList"));
    auto *matrix = m_window->findChild<QTableView *>(QStringLiteral("storyMatrixView"));
    QVERIFY(stories && matrix);
    QCOMPARE(stories->count(), 1);
    auto storyHeader = [matrix] {
        QStringList headers;
        for (int c = 0; c < matrix->model()->columnCount(); ++c)
            headers << matrix->model()->headerData(c, Qt::Horizontal).toString();
        return headers.join(QLatin1Char('|'));
    };
    QVERIFY2(storyHeader().contains(QStringLiteral("(used 1×)")), qPrintable(storyHeader()));

    // Stories unticked: the sessions go, the story stays, no longer used by a deleted answer.
    Confirmation::setHandler([](const QString &, const QString &) { return false; }); // no backup
    answerDeleteDialog({QStringLiteral("deleteStoriesBox")});
    trigger("dataDeleteAction");
    QVERIFY2(!m_lastWasProblem, qPrintable(m_notices.join(QLatin1Char('\n'))));
    QCOMPARE(m_deleteButtonText,
             QStringLiteral("Delete sessions, own questions, own presets and the tracker"));
    QCOMPARE(sessionCount(), 0);
    QCOMPARE(history->rowCount(), 0); // the open History page reloaded
    QCOMPARE(stories->count(), 1);
    QVERIFY2(storyHeader().contains(QStringLiteral("(used 0×)")), qPrintable(storyHeader()));

    // Stories ticked: the story bank is emptied, and the page shows it.
    answerDeleteDialog({});
    trigger("dataDeleteAction");
    QCOMPARE(m_deleteButtonText, QStringLiteral("Delete everything"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stories")), 0);
    QCOMPARE(stories->count(), 0);
    QVERIFY2(m_notices.last().contains(QStringLiteral("story bank was emptied")),
             qPrintable(m_notices.last()));
}

void TestGuiData::deleteAll_dialog_namesCountsAndTheDeleteButtonSaysWhat()
{
    QVERIFY(finishedSession(QStringLiteral("one")));
    QVERIFY(finishedSession(QStringLiteral("two")));
    Question own;
    own.text = QStringLiteral("What is a write-ahead log?");
    QString error;
    QVERIFY2(QuestionBank(*m_db).saveOwnQuestion(own, nullptr, &error), qPrintable(error));
    QStringList boxes;
    bool safeHasFocus = false;
    bool noneEnabled = true;
    DataActions::setDialogDriver([&](QDialog *dialog) {
        for (const char *name : {"deleteSessionsBox", "deleteStoriesBox", "deleteOwnQuestionsBox",
                                 "deleteOwnPresetsBox", "deleteTrackerBox"})
            boxes << dialog->findChild<QCheckBox *>(QLatin1String(name))->text();
        safeHasFocus = dialog->focusWidget()
                       == dialog->findChild<QPushButton *>(QStringLiteral("deleteDataKeepButton"));
        // For looking at the dialog: MOCKLOOP_SCREENSHOT_DIR=/tmp/x saves it.
        if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog->adjustSize();
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("delete-data.png")));
        }
        for (auto *box : dialog->findChildren<QCheckBox *>())
            box->setChecked(false);
        noneEnabled =
            dialog->findChild<QPushButton *>(QStringLiteral("deleteDataConfirmButton"))->isEnabled();
        dialog->reject();
    });
    trigger("dataDeleteAction");
    QCOMPARE(boxes,
             (QStringList{QStringLiteral("2 sessions with their answers, grades and review schedule"),
                          QStringLiteral("0 STAR stories with their uses"),
                          QStringLiteral("1 own or imported question"),
                          QStringLiteral("0 own presets"),
                          QStringLiteral("0 tracked applications with their scheduled interviews, "
                                         "and the contacts")}));
    QVERIFY(safeHasFocus);
    QVERIFY(!noneEnabled);
    QCOMPARE(sessionCount(), 2);
}

void TestGuiData::restore_questionNamesWhatIsReplacedOnBothSides()
{
    QVERIFY(storyUsedIn(finishedSession(QStringLiteral("one")), QStringLiteral("Kept")));
    m_nextFile = m_dir->filePath(QStringLiteral("b.sqlite"));
    trigger("dataBackupAction");
    QVERIFY(finishedSession(QStringLiteral("two")));
    QVERIFY(finishedSession(QStringLiteral("three")));
    m_questions.clear();
    Confirmation::setHandler([this](const QString &, const QString &question) {
        m_questions.append(question);
        return false;
    });
    trigger("dataRestoreAction");
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(
                 QStringLiteral("Replace your 3 sessions, 1 story, 0 own questions, 0 own "
                                "presets and 0 applications with the 1 session, 1 story, 0 own "
                                "questions, 0 own presets and 0 applications of")),
             qPrintable(m_questions.first()));
    QCOMPARE(sessionCount(), 3); // said no: nothing changed
}

void TestGuiData::restore_withAStoryFormOpen_keepsWhatWasTypedAndSavesItAsNew()
{
    const qint64 session = finishedSession(QStringLiteral("one"));
    QVERIFY(storyUsedIn(session, QStringLiteral("In the backup")));
    m_nextFile = m_dir->filePath(QStringLiteral("b.sqlite"));
    trigger("dataBackupAction");
    // A story made after the backup, open with unsaved edits while the backup is restored.
    QVERIFY(storyUsedIn(session, QStringLiteral("After the backup")));
    m_window->showStories();
    auto *list = m_window->findChild<QListWidget *>(QStringLiteral("storyList"));
    QCOMPARE(list->count(), 2);
    const QList<QListWidgetItem *> found = list->findItems(QStringLiteral("After the backup"),
                                                           Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(found.first()).center());
    auto *result = m_window->findChild<QPlainTextEdit *>(QStringLiteral("storyResult"));
    QTest::keyClicks(result, QStringLiteral("Nobody lost a day of work."));

    trigger("dataRestoreAction");
    QVERIFY2(!m_lastWasProblem, qPrintable(m_notices.join(QLatin1Char('\n'))));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stories")), 1);
    // The form kept what was typed and says how it will be saved.
    m_window->showStories();
    QCOMPARE(result->toPlainText(), QStringLiteral("Nobody lost a day of work."));
    auto *message = m_window->findChild<QLabel *>(QStringLiteral("storyMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("saves it as a new story")),
             qPrintable(message->text()));
    QCOMPARE(list->count(), 1);

    CLICK(m_window->findChild<QPushButton *>(QStringLiteral("saveStoryButton")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stories")), 2);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM stories WHERE title = 'After the backup' "
                 "AND result = 'Nobody lost a day of work.' AND source_attempt_id IS NULL")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stories WHERE title = 'In the backup'")), 1);
    QCOMPARE(list->count(), 2);
}

void TestGuiData::export_fromTheMenu_writesTheChosenFormat()
{
    QVERIFY(finishedSession(QStringLiteral("exported, with a comma")));
    m_nextFile = m_dir->filePath(QStringLiteral("all.csv"));
    trigger("dataExportAction");
    QFile csv(m_nextFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("session_id,"));
    QVERIFY(bytes.contains("\"answer: exported, with a comma\""));
    m_nextFile = m_dir->filePath(QStringLiteral("all.md"));
    trigger("dataExportAction");
    QFile md(m_nextFile);
    QVERIFY(md.open(QIODevice::ReadOnly));
    QVERIFY(md.readAll().startsWith("# MockLoop sessions"));
}

void TestGuiData::whereIsMyData_namesTheDatabaseFile()
{
    trigger("dataLocationAction");
    QVERIFY(m_notices.last().contains(QDir::toNativeSeparators(m_db->path())));
}

void TestGuiData::checkTheDatabase_readsEveryPageAndSaysWhatItFound()
{
    finishedSession(QStringLiteral("An index on the foreign key."));
    trigger("dataCheckAction");
    QVERIFY2(!m_lastWasProblem, qPrintable(m_notices.last()));
    QVERIFY2(m_notices.last().contains(QStringLiteral("intact")), qPrintable(m_notices.last()));

    // The disk damages a page while the app runs: the next check says so.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(test::damageLastPage(m_db->path(), false));
    trigger("dataCheckAction");
    QVERIFY(m_lastWasProblem);
    QVERIFY2(m_notices.last().contains(QStringLiteral("damaged")), qPrintable(m_notices.last()));
}

QTEST_MAIN(TestGuiData)
void TestGuiData::upgradeNotice_showsForAnOlderDatabaseOnly()
{
    using mockloop::desktop::UpgradeNotice;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mockloop.sqlite"));
    // No file yet, and a file that is not SQLite: nothing to upgrade (open() explains the latter).
    QVERIFY(!UpgradeNotice::showIfUpgrading(path));
    QCOMPARE(Database::storedSchemaVersion(path), -1);
    {
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }
    QVERIFY(!UpgradeNotice::showIfUpgrading(path));
    QVERIFY(QFile::remove(path));

    // A database from an older MockLoop (version 6): the notice is on screen while it opens.
    QString error;
    {
        Database old;
        QVERIFY2(old.open(path, Database::migrations().mid(0, 6), &error), qPrintable(error));
    }
    QCOMPARE(Database::storedSchemaVersion(path), 6);
    auto notice = UpgradeNotice::showIfUpgrading(path);
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("version 6 to %1").arg(Database::latestVersion())),
             qPrintable(notice->text()));
    notice.reset();

    // Once opened by this version it is current: no notice the next time.
    {
        Database now;
        QVERIFY2(now.open(path, &error), qPrintable(error));
    }
    QCOMPARE(Database::storedSchemaVersion(path), Database::latestVersion());
    QVERIFY(!UpgradeNotice::showIfUpgrading(path));
}

#include "test_gui_data.moc"
