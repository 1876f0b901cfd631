// The Tracker page as a person uses it: View → Tracker, a new application typed and saved (a
// missing role is said in the form first), its stage changed, a scheduled interview with asked
// questions added (an overlap warned about, an unknown time zone refused), a contact; the
// table filtered and sorted. What was saved is read from the SQLite file.
#include "bank/QuestionBank.h"
#include "base/Settings.h"
#include "storage/Database.h"
#include "tracker/Tracker.h"
#include "window/DataActions.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace mockloop;
using mockloop::desktop::MainWindow;
using mockloop::test::FakeClock;

class TestGuiTracker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void addApplication_changeStage_addScheduledInterview_asAPersonWould();
    void table_filterAndSort_showWhatTheTrackerHolds();
    void preparationPlan_tickMoveDropAndStart_asAPersonWould();
    void home_nextInterview_countsDownAndStartsTodaysTask();
    void exportCalendar_writesTheIcsFileChosen();
    void stages_addRenameMoveHide_asAPersonWould();
    void board_dragAndKeys_moveACardToAnotherStage();

private:
    QString scalar(const QString &sql) const;
    void openTracker();
    void type(QWidget *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiTracker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Monday 2 March 2026, 09:00 UTC.
    m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    m_db = std::make_unique<Database>(*m_clock);
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiTracker::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

QString TestGuiTracker::scalar(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
}

void TestGuiTracker::openTracker()
{
    FIND(QAction, action, "trackerAction");
    QVERIFY(action->isEnabled());
    action->trigger();
    QCOMPARE(mockloop::test::currentPageOf(m_window.get()), QStringLiteral("trackerPage"));
}

// Clicks into a field, selects what is there and types over it, as a person would.
void TestGuiTracker::type(QWidget *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

void TestGuiTracker::addApplication_changeStage_addScheduledInterview_asAPersonWould()
{
    openTracker();
    FIND(QPushButton, newButton, "trackerNewButton");
    FIND(QLineEdit, company, "trackerCompany");
    FIND(QLineEdit, role, "trackerRole");
    FIND(QSpinBox, excitement, "trackerExcitement");
    FIND(QComboBox, stage, "trackerStage");
    FIND(QPushButton, save, "trackerSaveButton");
    FIND(QLabel, error, "trackerError");
    FIND(QListWidget, history, "trackerHistory");
    FIND(QTableView, table, "trackerTable");

    CLICK(newButton);
    type(company, QStringLiteral("Sony"));
    CLICK(save);
    // The rule is core's, the message shows in the form, nothing is saved.
    QCOMPARE(error->text(), QStringLiteral("An application needs a role."));
    QVERIFY(error->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM applications")), QStringLiteral("0"));

    type(role, QStringLiteral("Backend engineer"));
    type(excitement, QStringLiteral("4"));
    CLICK(save);
    QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
    QCOMPARE(scalar(QStringLiteral("SELECT company || '|' || role || '|' || excitement || '|' || "
                                   "stage_id FROM applications")),
             QStringLiteral("Sony|Backend engineer|4|1"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(history->count(), 1);

    // Wishlist → Applied with the keyboard, then saved: one more history entry.
    stage->setFocus();
    QTest::keyClick(stage, Qt::Key_Down);
    QCOMPARE(stage->currentText(), QStringLiteral("Applied"));
    CLICK(save);
    QCOMPARE(scalar(QStringLiteral("SELECT stage_id FROM applications")), QStringLiteral("2"));
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(stage_id) FROM "
                                   "(SELECT stage_id FROM application_stage_history ORDER BY id)")),
             QStringLiteral("1,2"));
    QCOMPARE(history->count(), 2);
    QVERIFY2(history->item(1)->text().contains(QStringLiteral("Applied")),
             qPrintable(history->item(1)->text()));

    // A scheduled interview in Berlin with two questions asked.
    FIND(QComboBox, kind, "trackerInterviewKind");
    FIND(QDateTimeEdit, start, "trackerInterviewStart");
    FIND(QComboBox, zone, "trackerInterviewZone");
    FIND(QSpinBox, minutes, "trackerInterviewMinutes");
    FIND(QPlainTextEdit, asked, "trackerInterviewAsked");
    FIND(QPushButton, addInterview, "trackerAddInterviewButton");
    FIND(QLabel, interviewError, "trackerInterviewError");
    FIND(QLabel, interviewMessage, "trackerInterviewMessage");
    FIND(QListWidget, interviews, "trackerInterviews");
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // Technical → System design
    QCOMPARE(kind->currentText(), QStringLiteral("System design"));
    start->setFocus();
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("2026-03-10 14:00"));
    QCOMPARE(start->dateTime(), QDateTime(QDate(2026, 3, 10), QTime(14, 0)));
    type(zone, QStringLiteral("Europe/Atlantis"));
    type(minutes, QStringLiteral("60"));
    QTest::mouseClick(asked->viewport(), Qt::LeftButton);
    QTest::keyClicks(asked, QStringLiteral("Design a rate limiter"));
    QTest::keyClick(asked, Qt::Key_Return);
    QTest::keyClicks(asked, QStringLiteral("How would you shard it?"));
    CLICK(addInterview);
    QVERIFY2(interviewError->text().startsWith(
                 QStringLiteral("Unknown time zone \"Europe/Atlantis\"")),
             qPrintable(interviewError->text()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scheduled_interviews")),
             QStringLiteral("0"));

    type(zone, QStringLiteral("Europe/Berlin"));
    CLICK(addInterview);
    QVERIFY2(interviewError->text().isEmpty(), qPrintable(interviewError->text()));
    QCOMPARE(interviewMessage->text(), QStringLiteral("Scheduled interview added."));
    QCOMPARE(scalar(QStringLiteral("SELECT kind || '|' || starts_local || '|' || time_zone || '|' "
                                   "|| starts_at || '|' || duration_minutes FROM "
                                   "scheduled_interviews")),
             QStringLiteral(
                 "system_design|2026-03-10T14:00|Europe/Berlin|2026-03-10T13:00:00.000Z|60"));
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(text, '/') FROM (SELECT text FROM "
                                   "asked_questions ORDER BY position)")),
             QStringLiteral("Design a rate limiter/How would you shard it?"));
    QCOMPARE(interviews->count(), 1);
    QVERIFY2(interviews->item(0)->text().startsWith(
                 QStringLiteral("10 Mar 2026, 14:00 Europe/Berlin  System design, 60 min")),
             qPrintable(interviews->item(0)->text()));
    QCOMPARE(asked->toPlainText(), QString());
    QVERIFY2(interviews->item(0)->text().endsWith(QStringLiteral(", 2 questions asked")),
             qPrintable(interviews->item(0)->text()));
    // One asked question becomes one of My questions with one click.
    FIND(QListWidget, askedList, "trackerAskedList");
    FIND(QPushButton, makeOwn, "trackerMakeOwnButton");
    QCOMPARE(askedList->count(), 2);
    QVERIFY(!makeOwn->isEnabled()); // nothing chosen yet
    QTest::mouseClick(askedList->viewport(), Qt::LeftButton, {},
                      askedList->visualItemRect(askedList->item(0)).center());
    CLICK(makeOwn);
    QCOMPARE(interviewMessage->text(),
             QStringLiteral("It is one of My questions now, tagged asked-in-interview."));
    QCOMPARE(askedList->item(0)->text(), QStringLiteral("Design a rate limiter (in My questions)"));
    QVERIFY(!makeOwn->isEnabled()); // once is enough
    const QString made = scalar(
        QStringLiteral("SELECT question_id FROM asked_questions WHERE position = 0"));
    QCOMPARE(scalar(QStringLiteral("SELECT kind FROM questions WHERE id = '%1'").arg(made)),
             QStringLiteral("system_design"));
    QVERIFY(QuestionBank(*m_db).question(made)->tags.contains(QStringLiteral("asked-in-interview")));
    // The table shows it as the next one.
    QVERIFY2(table->model()->index(0, 4).data().toString().contains(QStringLiteral("14:00")),
             qPrintable(table->model()->index(0, 4).data().toString()));

    // The same hour in London overlaps: saved, with the warning in the form.
    type(zone, QStringLiteral("Europe/London"));
    start->setFocus();
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("2026-03-10 13:30"));
    CLICK(addInterview);
    QVERIFY2(interviewMessage->text().contains(QStringLiteral("It overlaps the System design "
                                                              "interview with Sony")),
             qPrintable(interviewMessage->text()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM scheduled_interviews")),
             QStringLiteral("2"));

    // A contact: a name is needed, then it is linked to the application.
    FIND(QLineEdit, contactName, "trackerContactName");
    FIND(QPushButton, addContact, "trackerAddContactButton");
    FIND(QLabel, contactError, "trackerContactError");
    FIND(QListWidget, contacts, "trackerContacts");
    CLICK(addContact);
    QCOMPARE(contactError->text(), QStringLiteral("A contact needs a name."));
    type(contactName, QStringLiteral("Kenji"));
    CLICK(addContact);
    QCOMPARE(contacts->count(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT c.name FROM contacts c JOIN application_contacts l ON "
                                   "l.contact_id = c.id")),
             QStringLiteral("Kenji"));

    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(); // the form's layout catches up with the messages
    // The overlap warning shows whole: no line of it is cut.
    QVERIFY(interviewMessage->height() >= interviewMessage->heightForWidth(interviewMessage->width()));
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(QDir(shots).filePath(QStringLiteral("tracker.png")));
}

void TestGuiTracker::table_filterAndSort_showWhatTheTrackerHolds()
{
    Tracker tracker(*m_db, *m_clock);
    QString error;
    const auto add = [&](const char *company, int excitement, qint64 stage) {
        Application a;
        a.company = QString::fromUtf8(company);
        a.role = QStringLiteral("Engineer");
        a.excitement = excitement;
        a.stageId = stage;
        return tracker.saveApplication(a, &error).value_or(0);
    };
    QVERIFY(add("Acme", 2, 2) && add("Sony", 5, 4) && add("Bolt", 3, 2));
    // Six quiet days; the person's setting says five are enough to suspect ghosting.
    m_clock->advanceWallOnlyMs(qint64(6) * 24 * 3600 * 1000);
    AppSettings settings = m_window->settings();
    settings.ghostedAfterDays = 5;
    m_window->applySettings(settings);
    openTracker();
    FIND(QTableView, table, "trackerTable");
    FIND(QLineEdit, filter, "trackerFilter");
    FIND(QComboBox, stageFilter, "trackerStageFilter");
    const auto companies = [table] {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, 0).data().toString();
        return out.join(QLatin1Char(','));
    };
    QCOMPARE(table->model()->rowCount(), 3);
    QStringList stages;
    for (int r = 0; r < 3; ++r)
        stages << table->model()->index(r, 2).data().toString();
    stages.sort();
    QCOMPARE(stages,
             (QStringList{QStringLiteral("Applied (ghosted?)"), QStringLiteral("Applied (ghosted?)"),
                          QStringLiteral("Interviewing (ghosted?)")}));
    // Click the Excitement header: ascending, then descending.
    const int x = table->horizontalHeader()->sectionViewportPosition(3) + 5;
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
    QCOMPARE(companies(), QStringLiteral("Acme,Bolt,Sony"));
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
    QCOMPARE(companies(), QStringLiteral("Sony,Bolt,Acme"));
    type(filter, QStringLiteral("bo"));
    QCOMPARE(companies(), QStringLiteral("Bolt"));
    filter->clear();
    stageFilter->setFocus();
    QTest::keyClick(stageFilter, Qt::Key_Down); // Every stage → Wishlist
    QTest::keyClick(stageFilter, Qt::Key_Down); // → Applied
    QCOMPARE(stageFilter->currentText(), QStringLiteral("Applied"));
    QCOMPARE(companies(), QStringLiteral("Bolt,Acme"));
    // Clicking a row opens it in the form.
    const QRect cell = table->visualRect(table->model()->index(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    FIND(QLineEdit, company, "trackerCompany");
    QCOMPARE(company->text(), QStringLiteral("Acme"));
}

void TestGuiTracker::preparationPlan_tickMoveDropAndStart_asAPersonWould()
{
    Tracker tracker(*m_db, *m_clock);
    QString error;
    Application a;
    a.company = QStringLiteral("Sony Interactive");
    a.role = QStringLiteral("Backend engineer");
    a.stageId = 4;
    const auto app = tracker.saveApplication(a, &error);
    QVERIFY2(app, qPrintable(error));
    ScheduledInterview i;
    i.applicationId = *app;
    i.kind = InterviewKind::Technical;
    i.start = *Tracker::parseStart(QStringLiteral("2026-03-06 10:00"), QStringLiteral("UTC"), &error);
    QVERIFY2(tracker.saveInterview(i, &error), qPrintable(error));

    openTracker();
    FIND(QTableView, table, "trackerTable");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    // Enter on the scheduled interview opens its plan.
    FIND(QListWidget, interviews, "trackerInterviews");
    interviews->setFocus();
    interviews->setCurrentRow(0);
    QTest::keyClick(interviews, Qt::Key_Return);
    FIND(QTabWidget, tabs, "trackerTabs");
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("prepPlanView"));
    FIND(QTreeWidget, tree, "planTree");
    FIND(QLabel, countdown, "planCountdown");
    QCOMPARE(countdown->text(), QStringLiteral("The interview is in 4 days."));
    // Monday to Thursday, as docs/prep-plan.md's rules say for an hour a day and no practice
    // yet: a loop each full day, the Sony rehearsal on Wednesday, a warm-up on Thursday.
    QCOMPARE(tree->topLevelItemCount(), 4);
    QTreeWidgetItem *monday = tree->topLevelItem(0);
    QVERIFY2(monday->text(0).startsWith(QStringLiteral("Today")), qPrintable(monday->text(0)));
    QCOMPARE(monday->child(0)->text(0), QStringLiteral("Run a 45-minute technical loop"));
    QCOMPARE(tree->topLevelItem(2)->child(0)->text(0),
             QStringLiteral("Rehearse the whole loop: Sony-style backend (4 rounds, about 60 min)"));
    QVERIFY(tree->topLevelItem(3)->text(0).endsWith(QStringLiteral("(light day)")));
    QCOMPARE(tree->topLevelItem(3)->child(0)->text(0),
             QStringLiteral("Warm up: a 15-minute technical loop"));

    // Tick Monday's loop with the space bar.
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT task_key || '|' || status || '|' || day FROM prep_task_states")),
             QStringLiteral("loop:technical:2026-03-02|done|2026-03-02"));
    QTRY_COMPARE(countdown->text(), QStringLiteral("The interview is in 4 days. Tasks done: 1."));
    QCOMPARE(tree->topLevelItem(0)->child(0)->checkState(0), Qt::Checked);

    // Move the rehearsal to Tuesday.
    FIND(QComboBox, moveDay, "planMoveDay");
    FIND(QPushButton, move, "planMoveButton");
    tree->setCurrentItem(tree->topLevelItem(2)->child(0));
    moveDay->setCurrentIndex(1);
    CLICK(move);
    QCOMPARE(scalar(QStringLiteral("SELECT status || '|' || day FROM prep_task_states WHERE task_key "
                                   "= 'rehearsal:sony'")),
             QStringLiteral("open|2026-03-03"));
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0),
             QStringLiteral(
                 "Rehearse the whole loop: Sony-style backend (4 rounds, about 60 min) (moved)"));
    // Wednesday, left free, gets a loop instead.
    QCOMPARE(tree->topLevelItem(2)->child(0)->text(0),
             QStringLiteral("Run a 45-minute technical loop"));

    // Drop the warm-up with the Delete key.
    FIND(QPushButton, drop, "planDropButton");
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(3)->child(0));
    QVERIFY(drop->isEnabled());
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(tree->topLevelItem(3)->childCount(), 0);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT status FROM prep_task_states WHERE task_key = 'warmup:technical'")),
             QStringLiteral("dropped"));

    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(QDir(shots).filePath(QStringLiteral("tracker-plan.png")));

    // The daily time is the person's setting.
    FIND(QSpinBox, minutes, "planDailyMinutes");
    type(minutes, QStringLiteral("30"));
    QCOMPARE(m_window->settings().prepDailyMinutes, 30);
    QCOMPARE(tree->topLevelItem(2)->child(0)->text(0),
             QStringLiteral("Run a 30-minute technical loop"));

    // Start Wednesday's loop: a practice session of that round begins.
    FIND(QPushButton, startButton, "planStartButton");
    tree->setCurrentItem(tree->topLevelItem(2)->child(0));
    CLICK(startButton);
    QCOMPARE(mockloop::test::currentPageOf(m_window.get()), QStringLiteral("interviewPage"));
    QCOMPARE(scalar(QStringLiteral("SELECT plan_name FROM sessions")),
             QStringLiteral("Run a 30-minute technical loop"));
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(kind) FROM rounds")),
             QStringLiteral("technical"));
}

void TestGuiTracker::home_nextInterview_countsDownAndStartsTodaysTask()
{
    FIND(QWidget, box, "nextInterviewBox");
    QVERIFY(!box->isVisible()); // nothing scheduled yet
    Tracker tracker(*m_db, *m_clock);
    QString error;
    Application a;
    a.company = QStringLiteral("Acme");
    a.role = QStringLiteral("Backend engineer");
    const auto app = tracker.saveApplication(a, &error);
    QVERIFY2(app, qPrintable(error));
    ScheduledInterview i;
    i.applicationId = *app;
    i.kind = InterviewKind::Hr;
    i.start = *Tracker::parseStart(QStringLiteral("2026-03-05 15:30"),
                                   QStringLiteral("Europe/Berlin"), &error);
    QVERIFY2(tracker.saveInterview(i, &error), qPrintable(error));

    FIND(QAction, home, "homeAction");
    home->trigger();
    QVERIFY(box->isVisible());
    FIND(QLabel, headline, "nextInterviewHeadline");
    FIND(QLabel, tasks, "nextInterviewTasks");
    QVERIFY2(headline->text().contains(QStringLiteral("Acme"))
                 && headline->text().contains(QStringLiteral("HR"))
                 && headline->text().contains(QStringLiteral("in 3 days")),
             qPrintable(headline->text()));
    // An HR interview asks for stories: today writes the first one the bank lacks.
    QVERIFY2(tasks->text().contains(QStringLiteral("Write a story for")), qPrintable(tasks->text()));
    QVERIFY2(tasks->text().contains(QStringLiteral("Run a 40-minute cultural fit loop (40 min)")),
             qPrintable(tasks->text()));
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();                  // the layout fits the new text
    QVERIFY(tasks->height() >= tasks->sizeHint().height()); // every line shows
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(QDir(shots).filePath(QStringLiteral("home-next-interview.png")));

    // "Open the plan" shows it on the Tracker page.
    FIND(QPushButton, openPlan, "nextInterviewPlanButton");
    CLICK(openPlan);
    QCOMPARE(mockloop::test::currentPageOf(m_window.get()), QStringLiteral("trackerPage"));
    FIND(QTabWidget, tabs, "trackerTabs");
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("prepPlanView"));

    // Back home, "Start today's task" opens the story bank with the competency filled in.
    home->trigger();
    FIND(QPushButton, start, "nextInterviewStartButton");
    QVERIFY(start->isEnabled());
    const QString competency = start->toolTip().mid(QStringLiteral("Write a story for ").size());
    CLICK(start);
    QCOMPARE(mockloop::test::currentPageOf(m_window.get()), QStringLiteral("storiesPage"));
    FIND(QLineEdit, competencies, "storyCompetencies");
    QCOMPARE(competencies->text(), competency);
}

void TestGuiTracker::exportCalendar_writesTheIcsFileChosen()
{
    Tracker tracker(*m_db, *m_clock);
    QString error;
    Application a;
    a.company = QStringLiteral("Acme");
    a.role = QStringLiteral("Backend engineer");
    ScheduledInterview i;
    i.applicationId = *tracker.saveApplication(a, &error);
    i.kind = InterviewKind::SystemDesign;
    i.start = *Tracker::parseStart(QStringLiteral("2026-03-05 15:30"),
                                   QStringLiteral("Europe/Berlin"), &error);
    QVERIFY2(tracker.saveInterview(i, &error), qPrintable(error));
    const QString path = m_dir->filePath(QStringLiteral("mine.ics"));
    QString offered;
    desktop::DataActions::setFileChooser(
        [&](const QString &, const QString &suggested, const QString &, bool) {
            offered = suggested;
            return path;
        });
    openTracker();
    FIND(QPushButton, button, "trackerCalendarButton");
    CLICK(button);
    desktop::DataActions::setFileChooser({});
    QVERIFY2(offered.endsWith(QStringLiteral("mockloop-interviews.ics")), qPrintable(offered));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.contains("UID:scheduled-interview-1@mockloop\r\n"));
    QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20260305T153000\r\n"));
    QVERIFY(ics.contains("SUMMARY:System design interview with Acme\r\n"));
    QVERIFY(ics.contains("BEGIN:VTODO\r\n"));
}

void TestGuiTracker::stages_addRenameMoveHide_asAPersonWould()
{
    openTracker();
    FIND(QTabWidget, tabs, "trackerTabs");
    FIND(QWidget, stagesView, "stagesView");
    tabs->setCurrentWidget(stagesView);
    FIND(QListWidget, list, "stagesList");
    FIND(QLineEdit, name, "stageName");
    FIND(QPushButton, add, "stageAddButton");
    FIND(QPushButton, rename, "stageRenameButton");
    FIND(QPushButton, up, "stageUpButton");
    FIND(QLabel, error, "stageError");
    FIND(QComboBox, stageFilter, "trackerStageFilter");
    QCOMPARE(list->count(), 9);

    // A name is needed; a taken one is refused; a new one goes last.
    CLICK(add);
    QCOMPARE(error->text(), QStringLiteral("A stage needs a name."));
    type(name, QStringLiteral("applied"));
    CLICK(add);
    QVERIFY2(!error->text().isEmpty(), "a taken name is refused");
    type(name, QStringLiteral("Take-home sent"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
    QCOMPARE(list->count(), 10);
    QCOMPARE(list->item(9)->text(), QStringLiteral("Take-home sent"));
    QCOMPARE(stageFilter->count(), 11); // "Every stage" and the ten
    // Moved up twice: after Rejected, before Withdrawn.
    list->setCurrentRow(9);
    CLICK(up);
    CLICK(up);
    QCOMPARE(list->item(7)->text(), QStringLiteral("Take-home sent"));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT position FROM tracker_stages WHERE name = 'Take-home sent'")),
             QStringLiteral("8"));
    // Renamed.
    type(name, QStringLiteral("Take-home"));
    CLICK(rename);
    QCOMPARE(list->item(7)->text(), QStringLiteral("Take-home"));
    // Ghosted unticked: hidden from the filter, kept in the list.
    QListWidgetItem *ghosted = list->findItems(QStringLiteral("Ghosted"), Qt::MatchExactly).value(0);
    QVERIFY(ghosted);
    list->setCurrentItem(ghosted);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(scalar(QStringLiteral("SELECT hidden FROM tracker_stages WHERE key = 'ghosted'")),
             QStringLiteral("1"));
    QTRY_COMPARE(stageFilter->findText(QStringLiteral("Ghosted")), -1);
    QCOMPARE(list->count(), 10);
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(QDir(shots).filePath(QStringLiteral("tracker-stages.png")));
}

void TestGuiTracker::board_dragAndKeys_moveACardToAnotherStage()
{
    Tracker tracker(*m_db, *m_clock);
    QString error;
    for (const char *company : {"Acme", "Bolt"}) {
        Application a;
        a.company = QString::fromUtf8(company);
        a.role = QStringLiteral("Engineer");
        a.stageId = 2; // Applied
        QVERIFY2(tracker.saveApplication(a, &error), qPrintable(error));
    }
    openTracker();
    FIND(QTabWidget, tabs, "trackerTabs");
    FIND(QWidget, board, "boardView");
    tabs->setCurrentWidget(board);
    auto column = [this](int stage) {
        return m_window->findChild<QListWidget *>(QStringLiteral("boardColumn_%1").arg(stage));
    };
    QVERIFY(column(2) && column(3) && column(4));
    QCOMPARE(column(2)->count(), 2);
    QCOMPARE(column(1)->count(), 0);

    // Keys: Ctrl+Right moves Acme from Applied to Screening, and keeps it chosen there.
    QListWidget *applied = column(2);
    applied->setFocus();
    const int acmeRow = applied->item(0)->text().startsWith(QStringLiteral("Acme")) ? 0 : 1;
    applied->setCurrentRow(acmeRow);
    QTest::keyClick(applied, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(scalar(QStringLiteral("SELECT stage_id FROM applications WHERE company = 'Acme'")),
             QStringLiteral("3"));
    QTRY_COMPARE(column(3)->count(), 1); // the columns are rebuilt by the event loop
    QVERIFY(column(3)->hasFocus());
    QCOMPARE(column(2)->count(), 1);

    // Drag: Bolt's card dropped on Interviewing.
    QListWidget *from = column(2);
    const QModelIndex bolt = from->model()->index(0, 0);
    std::unique_ptr<QMimeData> mime(from->model()->mimeData({bolt}));
    QListWidget *to = column(4);
    // As a drag arrives: it enters the column (the column accepts a card), then drops.
    QDragEnterEvent enter(QPoint(20, 20), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(to->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(to->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(scalar(QStringLiteral("SELECT stage_id FROM applications WHERE company = 'Bolt'")),
             QStringLiteral("4"));
    QTRY_COMPARE(column(4)->count(), 1);
    QCOMPARE(column(2)->count(), 0);
    // The history keeps both moves; the table beside shows the new stages.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM application_stage_history")),
             QStringLiteral("4"));
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(); // new columns are shown by the event loop
    QVERIFY(column(4)->isVisible());
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(QDir(shots).filePath(QStringLiteral("tracker-board.png")));

    // Enter on a card opens it in the form.
    column(4)->setFocus();
    column(4)->setCurrentRow(0);
    QTest::keyClick(column(4), Qt::Key_Return);
    QCOMPARE(tabs->currentIndex(), 0);
    FIND(QLineEdit, company, "trackerCompany");
    QCOMPARE(company->text(), QStringLiteral("Bolt"));
}

QTEST_MAIN(TestGuiTracker)
#include "test_gui_tracker.moc"
