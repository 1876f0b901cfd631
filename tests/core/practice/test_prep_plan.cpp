// The preparation plan (issue 20 item 4, docs/prep-plan.md): the pure rule on written inputs —
// the worked example of the docs task by task, the light day, the rehearsal, due questions
// spread by day, weak questions and criteria, stories, the daily time, and what the person did
// (ticked, moved, dropped) kept across a re-form — and the planner over a real database: its
// inputs read from graded sessions, reviews, stories and presets, the task states stored
// (schema 13) and what each task starts.
#include "bank/QuestionBank.h"
#include "base/TimeText.h"
#include "coach/StoryBank.h"
#include "practice/PrepPlan.h"
#include "report/CalendarExport.h"
#include "report/Exporter.h"
#include "storage/Database.h"
#include "storage/PrepTaskStore.h"
#include "storage/PresetStore.h"
#include "tracker/Tracker.h"
#include "FakeClock.h"
#include "GradedSession.h"
#include "StorageFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

const QDate kMonday(2026, 3, 2);

DueQuestion due(const QString &id, RoundKind kind, const QDate &on)
{
    DueQuestion q;
    q.questionId = id;
    q.kind = kind;
    q.dueOn = on;
    return q;
}

WeakQuestion weak(const QString &id, RoundKind kind, double average)
{
    WeakQuestion q;
    q.questionId = id;
    q.text = QStringLiteral("Question %1").arg(id);
    q.kind = kind;
    q.averageScore = average;
    q.attempts = 2;
    return q;
}

// The worked example of docs/prep-plan.md: a technical interview at Sony on Friday, planned on
// Monday with an hour a day.
PrepInputs workedExample()
{
    PrepInputs in;
    in.today = kMonday;
    in.interviewDay = kMonday.addDays(4);
    in.interviewKind = InterviewKind::Technical;
    in.dailyMinutes = 60;
    in.due = {due(QStringLiteral("t-cache"), RoundKind::Technical, kMonday.addDays(-1)),
              due(QStringLiteral("b-conflict"), RoundKind::Behavioral, kMonday),
              due(QStringLiteral("t-index"), RoundKind::Technical, kMonday.addDays(1))};
    in.weakQuestions = {weak(QStringLiteral("d-limiter"), RoundKind::SystemDesign, 1.5),
                        weak(QStringLiteral("t-tx"), RoundKind::Technical, 2.0),
                        weak(QStringLiteral("t-cap"), RoundKind::Technical, 3.0),
                        weak(QStringLiteral("t-http"), RoundKind::Technical, 4.0)};
    in.criteria = {{RoundKind::Technical, QStringLiteral("trade_offs"), 2.4, 6},
                   {RoundKind::Technical, QStringLiteral("depth"), 3.1, 6},
                   {RoundKind::Technical, QStringLiteral("clarity"), 3.8, 6}};
    in.storyGaps = {QStringLiteral("conflict")};
    in.preset = PrepPreset{QStringLiteral("sony"), QStringLiteral("Sony-style backend"), 60};
    return in;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

QStringList keysOf(const PrepDay &day)
{
    QStringList keys;
    for (const PrepTask &t : day.tasks)
        keys << t.key;
    return keys;
}

const PrepTask *findTask(const PrepPlan &plan, const QString &key)
{
    for (const PrepDay &d : plan.days)
        for (const PrepTask &t : d.tasks)
            if (t.key == key)
                return &t;
    return nullptr;
}

} // namespace

class TestPrepPlan : public QObject, private test::StorageFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void workedExample_placesEveryTaskAsTheDocsSay();
    void sameInputs_giveTheSamePlan();
    void interviewTodayOrPast_hasNoDays_andTomorrowOnlyTheLightDay();
    void behavioralInterview_writesOneStoryADay_andReadsThemTheDayBefore();
    void manyDueQuestions_tenADayInTasksOfFive_theRestCarriedOrUnplanned();
    void smallDailyTime_countsWhatDoesNotFit();
    void tickedTask_staysAsItWas_whenThePracticeDataChanges();
    void droppedTask_isNotPlacedAgain_andItsTimeIsFilled();
    void movedTask_goesToItsNewDay_andTheDayItLeftIsFilledAgain();
    void taskJson_roundTrips();

    void planner_readsItsInputsFromTheDatabase();
    void planner_tickMoveDrop_areStoredAndKeptAcrossReform();
    void planner_moveOutsideThePlan_isRefused();
    void practicePlan_startsTheRightLoop();
    void migrate13_fromVersion12_keepsTheTracker_andDeletingTheInterviewDropsItsStates();
    void calendar_tickedTaskIsCompleted_andAGhostedApplicationGetsAFollowUp();

private:
    qint64 addInterview(const QString &company, InterviewKind kind, const QString &localStart);

    std::unique_ptr<FakeClock> m_clockPtr;
    std::unique_ptr<Database> m_db;
};

void TestPrepPlan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TZ", "UTC");
}

void TestPrepPlan::init()
{
    makeDataDir();
    // Monday 2 March 2026, 09:00 UTC.
    m_clockPtr = std::make_unique<FakeClock>(QDateTime(kMonday, QTime(9, 0), Qt::UTC));
    m_db = std::make_unique<Database>(*m_clockPtr);
    openWithPacks(*m_db);
}

void TestPrepPlan::cleanup()
{
    m_db.reset();
}

qint64 TestPrepPlan::addInterview(const QString &company, InterviewKind kind,
                                  const QString &localStart)
{
    Tracker tracker(*m_db, *m_clockPtr);
    Application a;
    a.company = company;
    a.role = QStringLiteral("Backend engineer");
    QString error;
    const auto app = tracker.saveApplication(a, &error);
    if (!app) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    ScheduledInterview i;
    i.applicationId = *app;
    i.kind = kind;
    i.start = *Tracker::parseStart(localStart, QStringLiteral("UTC"), &error);
    const auto saved = tracker.saveInterview(i, &error);
    if (!saved)
        qWarning("%s", qPrintable(error));
    return saved ? saved->id : 0;
}

void TestPrepPlan::workedExample_placesEveryTaskAsTheDocsSay()
{
    const PrepPlan plan = makePrepPlan(workedExample());
    QCOMPARE(plan.days.size(), 4); // Monday to Thursday; Friday is the interview
    QCOMPARE(plan.days[0].date, kMonday);
    QCOMPARE(plan.unplanned, 0);

    // Monday: the overdue technical question, the two weak technical ones (the design one and
    // the one averaging 4.0 are not), and a loop in what is left, watching trade-offs.
    QCOMPARE(keysOf(plan.days[0]),
             strings({"due:2026-03-02:1", "weak:t-tx", "weak:t-cap", "loop:technical:2026-03-02"}));
    QCOMPARE(plan.days[0].tasks[0].questionIds, strings({"t-cache"}));
    QCOMPARE(plan.days[0].tasks[0].minutes, 8);
    const PrepTask &monLoop = plan.days[0].tasks[3];
    QCOMPARE(monLoop.minutes, 35);
    QCOMPARE(monLoop.criterion, QStringLiteral("trade_offs"));
    QCOMPARE(monLoop.title(), QStringLiteral("Run a 35-minute technical loop"));
    QCOMPARE(monLoop.reason(), QStringLiteral("Watch Trade-offs: your recent average is 2.4 of 5."));
    QCOMPARE(plan.days[0].plannedMinutes(), 59);

    // Tuesday: the question due that day and a 45-minute loop watching depth (the next weak
    // criterion; clarity at 3.8 is not weak).
    QCOMPARE(keysOf(plan.days[1]), strings({"due:2026-03-03:1", "loop:technical:2026-03-03"}));
    QCOMPARE(plan.days[1].tasks[1].minutes, 45);
    QCOMPARE(plan.days[1].tasks[1].criterion, QStringLiteral("depth"));

    // Wednesday, the last full day: the Sony rehearsal takes the hour.
    QCOMPARE(keysOf(plan.days[2]), strings({"rehearsal:sony"}));
    QCOMPARE(plan.days[2].tasks[0].title(),
             QStringLiteral("Rehearse the whole loop: Sony-style backend"));

    // Thursday, the light day: a 15-minute warm-up only (no stories: technical interview).
    QVERIFY(plan.days[3].light);
    QCOMPARE(plan.days[3].budgetMinutes, 30);
    QCOMPARE(keysOf(plan.days[3]), strings({"warmup:technical"}));
    QCOMPARE(plan.days[3].tasks[0].title(), QStringLiteral("Warm up: a 15-minute technical loop"));
    QCOMPARE(plan.days[0].tasks[1].title(), QStringLiteral("Mock technical: Question t-tx"));
}

void TestPrepPlan::sameInputs_giveTheSamePlan()
{
    const PrepPlan a = makePrepPlan(workedExample());
    const PrepPlan b = makePrepPlan(workedExample());
    QCOMPARE(a.days.size(), b.days.size());
    for (int i = 0; i < a.days.size(); ++i)
        QCOMPARE(a.days[i].tasks, b.days[i].tasks);
}

void TestPrepPlan::interviewTodayOrPast_hasNoDays_andTomorrowOnlyTheLightDay()
{
    PrepInputs in = workedExample();
    in.interviewDay = kMonday;
    QVERIFY(makePrepPlan(in).days.isEmpty());
    in.interviewDay = kMonday.addDays(-3);
    QVERIFY(makePrepPlan(in).days.isEmpty());

    // Far ahead, the plan starts four weeks before; overdue questions wait for its first day.
    in.interviewDay = kMonday.addDays(100);
    const PrepPlan far = makePrepPlan(in);
    QCOMPARE(far.days.size(), 28);
    QCOMPARE(far.days.constFirst().date, kMonday.addDays(72));
    QCOMPARE(planStart(in), kMonday.addDays(72));
    QCOMPARE(far.days.constFirst().tasks.constFirst().questionIds, strings({"t-cache", "t-index"}));

    in.interviewDay = kMonday.addDays(1);
    const PrepPlan plan = makePrepPlan(in);
    QCOMPARE(plan.days.size(), 1);
    QVERIFY(plan.days[0].light);
    // Only the warm-up: due and weak questions wait (no full day), the rehearsal too.
    QCOMPARE(keysOf(plan.days[0]), strings({"warmup:technical"}));
    QCOMPARE(plan.unplanned, 0);
}

void TestPrepPlan::behavioralInterview_writesOneStoryADay_andReadsThemTheDayBefore()
{
    PrepInputs in;
    in.today = kMonday;
    in.interviewDay = kMonday.addDays(3);
    in.interviewKind = InterviewKind::Hr; // cultural fit, then behavioral
    in.dailyMinutes = 60;
    in.storyGaps = {QStringLiteral("conflict"), QStringLiteral("failure"),
                    QStringLiteral("leadership"), QStringLiteral("mentoring")};
    in.weakQuestions = {weak(QStringLiteral("b-1"), RoundKind::Behavioral, 2.0)};
    const PrepPlan plan = makePrepPlan(in);
    QCOMPARE(plan.days.size(), 3);
    QCOMPARE(keysOf(plan.days[0]),
             strings({"story:conflict", "weak:b-1", "loop:cultural_fit:2026-03-02"}));
    QCOMPARE(plan.days[0].tasks[2].minutes, 30); // 60 − 20 − 6 = 34, in steps of 5
    QCOMPARE(keysOf(plan.days[1]), strings({"story:failure", "loop:behavioral:2026-03-03"}));
    QCOMPARE(keysOf(plan.days[2]), strings({"stories", "warmup:cultural_fit"}));
    // Three stories at most; two full days place two, the third waits.
    QCOMPARE(plan.unplanned, 1);
    QCOMPARE(plan.days[0].tasks[0].title(), QStringLiteral("Write a story for conflict"));
    QVERIFY(!plan.days[0].tasks[0].startsLoop());
}

void TestPrepPlan::manyDueQuestions_tenADayInTasksOfFive_theRestCarriedOrUnplanned()
{
    PrepInputs in;
    in.today = kMonday;
    in.interviewDay = kMonday.addDays(3); // Monday and Tuesday full
    in.interviewKind = InterviewKind::Behavioral;
    in.dailyMinutes = 120;
    for (int i = 0; i < 23; ++i)
        in.due.append(due(QStringLiteral("b%1").arg(i, 2, 10, QLatin1Char('0')),
                          RoundKind::Behavioral, kMonday.addDays(-1)));
    const PrepPlan plan = makePrepPlan(in);
    QCOMPARE(keysOf(plan.days[0]).mid(0, 2), strings({"due:2026-03-02:1", "due:2026-03-02:2"}));
    QCOMPARE(plan.days[0].tasks[0].questionIds.size(), 5);
    QCOMPARE(plan.days[0].tasks[0].minutes, 30);
    QCOMPARE(plan.days[0].tasks[0].title(), QStringLiteral("Practise these 5 due questions"));
    QCOMPARE(plan.days[0].tasks[1].questionIds.first(), QStringLiteral("b05"));
    QCOMPARE(keysOf(plan.days[1]).mid(0, 2), strings({"due:2026-03-03:1", "due:2026-03-03:2"}));
    QCOMPARE(plan.days[1].tasks[0].questionIds.first(), QStringLiteral("b10"));
    // 20 placed; 3 did not fit the two days' limit.
    QCOMPARE(plan.unplanned, 3);
}

void TestPrepPlan::smallDailyTime_countsWhatDoesNotFit()
{
    PrepInputs in = workedExample();
    in.dailyMinutes = 20;
    const PrepPlan plan = makePrepPlan(in);
    // The hour-long rehearsal cannot fit 20 minutes; Monday holds the due question and one
    // weak question, Tuesday the other; no loop has 15 minutes left.
    QVERIFY(!findTask(plan, QStringLiteral("rehearsal:sony")));
    QCOMPARE(keysOf(plan.days[0]), strings({"due:2026-03-02:1", "weak:t-tx"}));
    QCOMPARE(keysOf(plan.days[1]), strings({"due:2026-03-03:1", "weak:t-cap"}));
    QCOMPARE(keysOf(plan.days[2]), strings({"loop:technical:2026-03-04"}));
    QCOMPARE(plan.days[2].tasks[0].minutes, 20);
    QCOMPARE(plan.days[3].budgetMinutes, 20);
    QCOMPARE(plan.unplanned, 1);
}

void TestPrepPlan::tickedTask_staysAsItWas_whenThePracticeDataChanges()
{
    PrepInputs in = workedExample();
    PrepTask ticked = *findTask(makePrepPlan(in), QStringLiteral("weak:t-tx"));
    ticked.status = PrepTaskStatus::Done;
    in.states = {{ticked.key, PrepTaskStatus::Done, kMonday,
                  QString::fromUtf8(QJsonDocument(ticked.toJson()).toJson())}};
    // Practised and graded well since: it is no longer weak, but the ticked task stays.
    in.weakQuestions.removeAt(1);
    const PrepPlan plan = makePrepPlan(in);
    const PrepTask *kept = findTask(plan, QStringLiteral("weak:t-tx"));
    QVERIFY(kept);
    QCOMPARE(kept->status, PrepTaskStatus::Done);
    QCOMPARE(kept->day, kMonday);
    QCOMPARE(kept->questionAverage, 2.0);
    QCOMPARE(plan.doneCount, 1);
    QCOMPARE(plan.days[0].plannedMinutes(), 59);
}

void TestPrepPlan::droppedTask_isNotPlacedAgain_andItsTimeIsFilled()
{
    PrepInputs in = workedExample();
    in.states = {{QStringLiteral("weak:t-cap"), PrepTaskStatus::Dropped, kMonday, {}}};
    const PrepPlan plan = makePrepPlan(in);
    QVERIFY(!findTask(plan, QStringLiteral("weak:t-cap")));
    QCOMPARE(keysOf(plan.days[0]),
             strings({"due:2026-03-02:1", "weak:t-tx", "loop:technical:2026-03-02"}));
    QCOMPARE(plan.days[0].tasks[2].minutes, 40); // 60 − 16 = 44, in steps of 5
}

void TestPrepPlan::movedTask_goesToItsNewDay_andTheDayItLeftIsFilledAgain()
{
    PrepInputs in = workedExample();
    in.states = {{QStringLiteral("weak:t-cap"), PrepTaskStatus::Open, kMonday.addDays(1), {}}};
    const PrepPlan plan = makePrepPlan(in);
    const PrepTask *moved = findTask(plan, QStringLiteral("weak:t-cap"));
    QVERIFY(moved);
    QVERIFY(moved->moved);
    QCOMPARE(moved->day, kMonday.addDays(1));
    QCOMPARE(keysOf(plan.days[1]),
             strings({"weak:t-cap", "due:2026-03-03:1", "loop:technical:2026-03-03"}));
    QCOMPARE(plan.days[1].plannedMinutes(), 8 + 8 + 40);
    QCOMPARE(plan.days[0].tasks.constLast().minutes, 40);
    // A move to a day outside the plan is ignored; so is one of a task the rules dropped.
    in.states = {{QStringLiteral("weak:t-cap"), PrepTaskStatus::Open, kMonday.addDays(9), {}},
                 {QStringLiteral("weak:gone"), PrepTaskStatus::Open, kMonday.addDays(1), {}}};
    const PrepPlan again = makePrepPlan(in);
    QCOMPARE(findTask(again, QStringLiteral("weak:t-cap"))->day, kMonday);
    QVERIFY(!findTask(again, QStringLiteral("weak:gone")));
}

void TestPrepPlan::taskJson_roundTrips()
{
    for (const PrepDay &d : makePrepPlan(workedExample()).days)
        for (const PrepTask &t : d.tasks) {
            const std::optional<PrepTask> back = PrepTask::fromJson(t.toJson());
            QVERIFY(back);
            QCOMPARE(*back, t);
        }
    QVERIFY(!PrepTask::fromJson(QJsonObject{{QStringLiteral("key"), QStringLiteral("x")}}));
}

void TestPrepPlan::planner_readsItsInputsFromTheDatabase()
{
    const qint64 interview = addInterview(QStringLiteral("Sony Interactive Entertainment"),
                                          InterviewKind::Technical,
                                          QStringLiteral("2026-03-06 10:00"));
    QVERIFY(interview > 0);
    // Graded practice: one technical question weak (2) with trade-offs graded 1, another good.
    QList<Question> technical = QuestionBank(*m_db).questions(RoundKind::Technical);
    QVERIFY(technical.size() >= 2);
    QString error;
    const QList<std::pair<QString, int>> rubric = {{QStringLiteral("correctness"), 3},
                                                   {QStringLiteral("depth"), 2},
                                                   {QStringLiteral("clarity"), 4},
                                                   {QStringLiteral("trade_offs"), 1}};
    QVERIFY2(test::runGradedSession(*m_db, *m_clockPtr,
                                    {{technical[0].id, RoundKind::Technical, 10, 2, {}},
                                     {technical[1].id, RoundKind::Technical, 10, 5, {}}},
                                    &error, 100, QStringLiteral("graded"), {},
                                    {{technical[0].id, rubric}}),
             qPrintable(error));
    PrepPlanner planner(*m_db, *m_clockPtr, 60);
    const std::optional<PrepInputs> in = planner.inputs(interview, &error);
    QVERIFY2(in, qPrintable(error));
    QCOMPARE(in->today, kMonday);
    QCOMPARE(in->interviewDay, QDate(2026, 3, 6));
    QVERIFY(in->preset);
    QCOMPARE(in->preset->id, QStringLiteral("sony"));
    QCOMPARE(in->preset->minutes, 60);
    QCOMPARE(in->criteria.constFirst().criterion, QStringLiteral("trade_offs"));
    QCOMPARE(in->criteria.constFirst().average, 1.0);
    QCOMPARE(in->weakQuestions.constFirst().questionId, technical[0].id);
    // The low grade brought the first question back tomorrow: due Tuesday.
    QVERIFY(std::any_of(in->due.cbegin(), in->due.cend(), [&](const DueQuestion &d) {
        return d.questionId == technical[0].id && d.dueOn == kMonday.addDays(1);
    }));
    QVERIFY(in->storyGaps.size() > 0);

    const std::optional<PrepPlan> plan = planner.plan(interview, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->interviewId, interview);
    QVERIFY(findTask(*plan, QStringLiteral("rehearsal:sony")));
    QVERIFY(findTask(*plan, QStringLiteral("due:2026-03-03:1")));
    // The question due Tuesday is not asked again as a weak one.
    QVERIFY(!findTask(*plan, QStringLiteral("weak:") + technical[0].id));
    const auto today = planner.tasksOn({}, &error);
    QVERIFY(!today.isEmpty());
    QCOMPARE(today.constFirst().first.id, interview);
    QCOMPARE(today.constFirst().second.day, kMonday);

    // An own preset named after the company comes before the built-in one.
    LoopPlan own = *builtinPreset(QStringLiteral("quick"));
    QVERIFY(PresetStore(*m_db).save(QStringLiteral("Sony on-site"), own, m_clockPtr->wallTime(),
                                    &error));
    QCOMPARE(planner.inputs(interview, &error)->preset->name, QStringLiteral("Sony on-site"));
    // No fitting preset for another company; an unknown interview is said so.
    const qint64 other = addInterview(QStringLiteral("Acme Ltd"), InterviewKind::Technical,
                                      QStringLiteral("2026-03-09 10:00"));
    QVERIFY(!planner.inputs(other, &error)->preset);
    QVERIFY(!planner.plan(9999, &error));
    QVERIFY(error.contains(QStringLiteral("9999")));
}

void TestPrepPlan::planner_tickMoveDrop_areStoredAndKeptAcrossReform()
{
    const qint64 interview = addInterview(QStringLiteral("Acme"), InterviewKind::Behavioral,
                                          QStringLiteral("2026-03-06 10:00"));
    PrepPlanner planner(*m_db, *m_clockPtr, 60);
    QString error;
    PrepPlan plan = *planner.plan(interview, &error);
    const PrepTask story = *findTask(plan,
                                     QStringLiteral("story:") + plan.days[0].tasks[0].competency);
    QCOMPARE(story.kind, PrepTaskKind::WriteStory);
    QVERIFY2(planner.setDone(interview, story, true, &error), qPrintable(error));
    const PrepTask loop = plan.days[0].tasks.constLast();
    QCOMPARE(loop.kind, PrepTaskKind::Loop);
    QVERIFY2(planner.move(interview, loop, kMonday.addDays(2), &error), qPrintable(error));
    const PrepTask warmUp = plan.days[3].tasks.constLast();
    QVERIFY2(planner.drop(interview, warmUp, &error), qPrintable(error));
    QCOMPARE(PrepTaskStore(*m_db).states(interview).size(), 3);
    // "Export all data" carries them with the scheduled interview.
    const QJsonObject root = exportAllJson(*m_db, m_clockPtr->wallTime(), &error);
    const QJsonArray states = root[QStringLiteral("tracker")][QStringLiteral(
        "applications")][0][QStringLiteral("scheduledInterviews")][0][QStringLiteral("prepTasks")]
                                  .toArray();
    QCOMPARE(states.size(), 3);
    QCOMPARE(states[0][QStringLiteral("key")].toString(), loop.key); // by key: loop < story < warmup
    QCOMPARE(states[0][QStringLiteral("status")].toString(), QStringLiteral("open"));
    QCOMPARE(states[0][QStringLiteral("day")].toString(), QStringLiteral("2026-03-04"));
    QCOMPARE(states[1][QStringLiteral("status")].toString(), QStringLiteral("done"));
    QCOMPARE(states[1][QStringLiteral("task")][QStringLiteral("competency")].toString(),
             story.competency);
    QCOMPARE(states[2][QStringLiteral("status")].toString(), QStringLiteral("dropped"));

    // A new story covering that competency closes the gap; the ticked task stays ticked.
    Story s;
    s.title = QStringLiteral("The outage");
    s.situation = QStringLiteral("We lost a region.");
    s.competencies = {story.competency};
    QVERIFY(StoryBank(*m_db).save(s, m_clockPtr->wallTime(), &error));
    plan = *planner.plan(interview, &error);
    QCOMPARE(findTask(plan, story.key)->status, PrepTaskStatus::Done);
    QCOMPARE(plan.doneCount, 1);
    QCOMPARE(findTask(plan, loop.key)->day, kMonday.addDays(2));
    QVERIFY(!findTask(plan, warmUp.key));

    // Unticked, the story task goes back to the rules: the gap is closed, so it is gone.
    QVERIFY(planner.setDone(interview, *findTask(plan, story.key), false, &error));
    plan = *planner.plan(interview, &error);
    QVERIFY(!findTask(plan, story.key));
    // Unticking a moved task keeps its move.
    QVERIFY(planner.setDone(interview, *findTask(plan, loop.key), true, &error));
    QVERIFY(planner.setDone(interview, *findTask(*planner.plan(interview, &error), loop.key), false,
                            &error));
    QCOMPARE(findTask(*planner.plan(interview, &error), loop.key)->day, kMonday.addDays(2));
}

void TestPrepPlan::planner_moveOutsideThePlan_isRefused()
{
    const qint64 interview = addInterview(QStringLiteral("Acme"), InterviewKind::Technical,
                                          QStringLiteral("2026-03-04 10:00"));
    PrepPlanner planner(*m_db, *m_clockPtr, 60);
    QString error;
    const PrepPlan plan = *planner.plan(interview, &error);
    const PrepTask task = plan.days[0].tasks.constFirst();
    for (const QDate &day : {kMonday.addDays(-1), kMonday.addDays(2), QDate()}) {
        error.clear();
        QVERIFY(!planner.move(interview, task, day, &error));
        QVERIFY2(error.contains(QStringLiteral("day before the interview")), qPrintable(error));
        QVERIFY2(error.contains(formatDate(kMonday.addDays(1))), qPrintable(error));
    }
    QVERIFY(PrepTaskStore(*m_db).states(interview).isEmpty());
}

void TestPrepPlan::practicePlan_startsTheRightLoop()
{
    QString error;
    const QList<Question> technical = QuestionBank(*m_db).questions(RoundKind::Technical);
    const QList<Question> design = QuestionBank(*m_db).questions(RoundKind::SystemDesign);

    PrepTask loop;
    loop.kind = PrepTaskKind::Loop;
    loop.roundKind = RoundKind::SystemDesign;
    loop.minutes = 45;
    std::optional<LoopPlan> p = practicePlan(loop, *m_db, &error);
    QVERIFY(p);
    QCOMPARE(p->rounds.size(), 1);
    QCOMPARE(p->rounds[0].kind, RoundKind::SystemDesign);
    QCOMPARE(p->rounds[0].questionCount, 1);
    QVERIFY(p->pauseAllowed); // practice mode

    PrepTask dueTask;
    dueTask.kind = PrepTaskKind::DueQuestions;
    dueTask.questionIds = {technical[0].id, design[0].id, QStringLiteral("deleted-one")};
    p = practicePlan(dueTask, *m_db, &error);
    QVERIFY(p);
    QCOMPARE(p->rounds.size(), 2);
    QCOMPARE(p->rounds[0].questionIds, QStringList{technical[0].id});
    QCOMPARE(p->rounds[1].questionIds, QStringList{design[0].id});

    dueTask.questionIds = {QStringLiteral("deleted-one")};
    QVERIFY(!practicePlan(dueTask, *m_db, &error));
    QVERIFY(error.contains(QStringLiteral("no longer in the bank")));

    PrepTask rehearsal;
    rehearsal.kind = PrepTaskKind::Rehearsal;
    rehearsal.presetId = QStringLiteral("sony");
    p = practicePlan(rehearsal, *m_db, &error);
    QVERIFY(p);
    QCOMPARE(*p, *builtinPreset(QStringLiteral("sony"))); // as the preset says: a rehearsal
    rehearsal.presetId = QStringLiteral("own:77");
    rehearsal.presetName = QStringLiteral("Gone");
    error.clear();
    QVERIFY(!practicePlan(rehearsal, *m_db, &error));
    QVERIFY2(!error.isEmpty(), "a missing preset is said");

    PrepTask story;
    story.kind = PrepTaskKind::WriteStory;
    error.clear();
    QVERIFY(!practicePlan(story, *m_db, &error));
    QVERIFY(error.isEmpty()); // not an error: it opens the story bank
}

void TestPrepPlan::migrate13_fromVersion12_keepsTheTracker_andDeletingTheInterviewDropsItsStates()
{
    cleanup();
    makeDataDir();
    {
        Database old(*m_clockPtr);
        QString error;
        QVERIFY2(old.open(dbPath(), Database::migrations().mid(0, 12), &error), qPrintable(error));
        QCOMPARE(old.schemaVersion(), 12);
        QVERIFY(QuestionBank(old, m_clockPtr.get()).installBuiltinPacks(&error));
        m_db.reset();
    }
    m_db = std::make_unique<Database>(*m_clockPtr);
    QString error;
    QVERIFY2(m_db->open(dbPath(), &error), qPrintable(error));
    QVERIFY(m_db->schemaVersion() >= 13);
    const qint64 interview = addInterview(QStringLiteral("Acme"), InterviewKind::Technical,
                                          QStringLiteral("2026-03-05 10:00"));
    PrepPlanner planner(*m_db, *m_clockPtr, 60);
    const PrepPlan plan = *planner.plan(interview, &error);
    QVERIFY(planner.drop(interview, plan.days[0].tasks[0], &error));
    QCOMPARE(PrepTaskStore(*m_db).states(interview).size(), 1);
    // A status outside the three is refused by the table itself.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO prep_task_states (interview_id, task_key, status, "
                             "updated_at) VALUES (?, 'x', 'maybe', '')"));
    q.addBindValue(interview);
    QVERIFY(!q.exec());
    QVERIFY(Tracker(*m_db, *m_clockPtr).removeInterview(interview, &error));
    QVERIFY(PrepTaskStore(*m_db).states(interview).isEmpty());
}

void TestPrepPlan::calendar_tickedTaskIsCompleted_andAGhostedApplicationGetsAFollowUp()
{
    Tracker tracker(*m_db, *m_clockPtr);
    QString error;
    Application quiet;
    quiet.company = QStringLiteral("Quiet Corp");
    quiet.role = QStringLiteral("SRE");
    quiet.stageId = 2; // Applied
    const qint64 quietId = *tracker.saveApplication(quiet, &error);
    m_clockPtr->advanceWallOnlyMs(qint64(22) * 24 * 3600 * 1000); // Tuesday 24 March
    const qint64 interview = addInterview(QStringLiteral("Acme"), InterviewKind::Technical,
                                          QStringLiteral("2026-03-27 10:00"));
    PrepPlanner planner(*m_db, *m_clockPtr, 60);
    const PrepPlan plan = *planner.plan(interview, &error);
    const PrepTask first = plan.days[0].tasks[0];
    QVERIFY(planner.setDone(interview, first, true, &error));

    const QString ics = QString::fromUtf8(trackerCalendar(*m_db, *m_clockPtr, {60, 21}));
    const QString uid = QStringLiteral("UID:prep-%1-loop-technical-2026-03-24@mockloop").arg(interview);
    QVERIFY2(ics.contains(
                 uid + QStringLiteral("\r\nDTSTAMP:20260324T090000Z\r\nDUE;VALUE=DATE:20260324\r\n")),
             qPrintable(ics));
    const int todo = int(ics.indexOf(uid));
    QVERIFY(ics.indexOf(QStringLiteral("STATUS:COMPLETED"), todo)
            < ics.indexOf(QStringLiteral("END:VTODO"), todo));
    QVERIFY2(ics.contains(QStringLiteral("UID:follow-up-%1@mockloop\r\n").arg(quietId)),
             qPrintable(ics));
    QVERIFY(ics.contains(QStringLiteral("SUMMARY:Follow up with Quiet Corp (SRE)\r\n")));
    // Acme has an interview ahead: no follow-up for it.
    QCOMPARE(ics.count(QStringLiteral("UID:follow-up-")), 1);
}

QTEST_GUILESS_MAIN(TestPrepPlan)
#include "test_prep_plan.moc"
