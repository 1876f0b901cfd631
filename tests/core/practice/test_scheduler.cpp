// Spaced repetition (SM-2) on real database files, with dates from a fake clock.
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "practice/GradeReplay.h"
#include "practice/Scheduler.h"
#include "storage/DataTools.h"
#include "storage/Database.h"
#include "storage/ReviewStore.h"
#include "storage/SessionRecord.h"
#include "FakeClock.h"
#include "TempDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

// Answers and grades one chosen question in a one-question session.
void practise(Database &db, FakeClock &clock, const QString &questionId, RoundKind kind, int grade)
{
    LoopPlan plan;
    plan.prepSeconds = 0;
    plan.answerSeconds = 600;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{kind, 1, {questionId}, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(db, plan, &clock, &error, 7u);
    QVERIFY2(c, qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("answer"), QStringLiteral("an answer")}});
    clock.advanceSeconds(30);
    QVERIFY(c->handle(Event::Submit).accepted);
    const auto r = c->submitGrade(grade, {});
    QVERIFY2(r.accepted, qPrintable(r.reason));
    c->handle(Event::Continue);
}

QStringList ids(const QList<DueQuestion> &due)
{
    QStringList out;
    for (const DueQuestion &d : due)
        out << d.questionId;
    return out;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void next_followsSm2_intervalsGrowOnSuccess();
    void next_lapse_shrinksIntervalToOneDay();
    void next_easeNeverFallsBelowMinimum();
    void savedGrade_updatesReviewState_andBringsLowGradesBackSooner();
    void due_followsTheClocksDate();
    void suspended_isNeverDue_andUnsuspendKeepsTheSchedule();
    void dueToday_isCappedPerDay_countingWhatWasPractised();
    void practiceDuePlan_groupsDueQuestionsByRoundKind();
    void reviewState_survivesQuestionDeletionAndReimport();
    void migrationTo5_replaysExistingGrades();
    void deleteAllSessions_forgetsTheScheduleButKeepsSuspensions();
    void replayAllGrades_matchesTheStateKeptGradeByGrade();
    void retakeGrade_isASecondReview();
    void gradeAndReview_commitTogetherOrNotAtAll();

private:
    QStringList questionIds(RoundKind kind, int n) const;

    std::unique_ptr<test::TempDatabase> m_data;
    Database *m_db = nullptr;
    std::unique_ptr<FakeClock> m_clock;
};

void TestScheduler::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Due dates are local calendar dates: a fixed zone makes "tomorrow" the same everywhere.
    qputenv("TZ", "UTC");
}

void TestScheduler::init()
{
    m_clock = std::make_unique<FakeClock>();
    m_data = std::make_unique<test::TempDatabase>();
    m_db = &m_data->db;
    QString error;
    QVERIFY2(m_data->open(&error), qPrintable(error));
}

QStringList TestScheduler::questionIds(RoundKind kind, int n) const
{
    QStringList out;
    for (const Question &q : QuestionBank(*m_db).questions(kind))
        if (out.size() < n)
            out << q.id;
    return out;
}

void TestScheduler::next_followsSm2_intervalsGrowOnSuccess()
{
    const Scheduler::Parameters p;
    const QDateTime t0(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    ReviewState s;
    s = Scheduler::next(s, 4, t0, p);
    QCOMPARE(s.intervalDays, 1);
    QCOMPARE(s.repetitions, 1);
    QCOMPARE(s.dueOn, QDate(2026, 3, 2));
    QCOMPARE(s.ease, 2.5); // q = 4 leaves the E-Factor as it is
    s = Scheduler::next(s, 4, t0.addDays(1), p);
    QCOMPARE(s.intervalDays, 6);
    s = Scheduler::next(s, 5, t0.addDays(7), p);
    QCOMPARE(s.intervalDays, 15); // round(6 * 2.5)
    QVERIFY(qAbs(s.ease - 2.6) < 1e-9);
    s = Scheduler::next(s, 5, t0.addDays(22), p);
    QCOMPARE(s.intervalDays, 39); // round(15 * 2.6)
    QCOMPARE(s.dueOn, QDate(2026, 3, 23).addDays(39));
    s = Scheduler::next(s, 3, t0.addDays(61), p);
    QVERIFY(s.intervalDays > 39);
    QVERIFY(qAbs(s.ease - 2.56) < 1e-9); // q = 3: -0.14
}

void TestScheduler::next_lapse_shrinksIntervalToOneDay()
{
    const Scheduler::Parameters p;
    const QDateTime t0(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    ReviewState s;
    for (int i = 0; i < 4; ++i)
        s = Scheduler::next(s, 5, t0.addDays(i * 10), p);
    QVERIFY(s.intervalDays > 30);
    const double easeBefore = s.ease;
    s = Scheduler::next(s, 2, t0.addDays(50), p);
    QCOMPARE(s.intervalDays, 1);
    QCOMPARE(s.repetitions, 0);
    QCOMPARE(s.lapses, 1);
    QCOMPARE(s.ease, easeBefore);
    QCOMPARE(s.dueOn, t0.addDays(51).date());
    s = Scheduler::next(s, 4, t0.addDays(51), p);
    QCOMPARE(s.intervalDays, 1); // starts again from the first interval
    s = Scheduler::next(s, 4, t0.addDays(52), p);
    QCOMPARE(s.intervalDays, 6);
}

void TestScheduler::next_easeNeverFallsBelowMinimum()
{
    const Scheduler::Parameters p;
    ReviewState s;
    const QDateTime t0(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < 20; ++i)
        s = Scheduler::next(s, 3, t0.addDays(i), p);
    QCOMPARE(s.ease, p.minimumEase);
}

void TestScheduler::savedGrade_updatesReviewState_andBringsLowGradesBackSooner()
{
    const QStringList tech = questionIds(RoundKind::Technical, 2);
    QCOMPARE(tech.size(), 2);
    Scheduler scheduler(*m_db, m_clock.get());
    QVERIFY(!scheduler.state(tech[0]));
    practise(*m_db, *m_clock, tech[0], RoundKind::Technical, 5);
    practise(*m_db, *m_clock, tech[1], RoundKind::Technical, 1);
    const auto good = scheduler.state(tech[0]);
    const auto bad = scheduler.state(tech[1]);
    QVERIFY(good && bad);
    QCOMPARE(good->lastGrade, 5);
    QCOMPARE(bad->lastGrade, 1);
    QCOMPARE(bad->lapses, 1);
    QVERIFY(scheduler.due().isEmpty()); // both due tomorrow at the earliest

    // Day 1: both come back; graded 5 and 5 now, the one that was good goes 6 days out.
    m_clock->advanceWallOnlyMs(kDayMs);
    QCOMPARE(ids(scheduler.due()).size(), 2);
    practise(*m_db, *m_clock, tech[0], RoundKind::Technical, 5);
    practise(*m_db, *m_clock, tech[1], RoundKind::Technical, 2);
    QCOMPARE(scheduler.state(tech[0])->intervalDays, 6);
    QCOMPARE(scheduler.state(tech[1])->intervalDays, 1);
    m_clock->advanceWallOnlyMs(kDayMs);
    QCOMPARE(ids(scheduler.due()), QStringList{tech[1]}); // the weak one is back first
    m_clock->advanceWallOnlyMs(5 * kDayMs);
    QVERIFY(ids(scheduler.due()).contains(tech[0]));

    QSqlQuery log(m_db->connection());
    QVERIFY(log.exec(QStringLiteral("SELECT count(*), sum(was_due) FROM review_log")) && log.next());
    QCOMPARE(log.value(0).toInt(), 4);
    QCOMPARE(log.value(1).toInt(), 2);
}

void TestScheduler::due_followsTheClocksDate()
{
    const QString id = questionIds(RoundKind::Technical, 1).value(0);
    practise(*m_db, *m_clock, id, RoundKind::Technical, 4);
    Scheduler scheduler(*m_db, m_clock.get());
    QCOMPARE(scheduler.state(id)->dueOn, m_clock->today().addDays(1));
    m_clock->advanceWallOnlyMs(kDayMs - 10 * 3600 * 1000); // 23:00 the same day
    QVERIFY(scheduler.due().isEmpty());
    m_clock->advanceWallOnlyMs(2 * 3600 * 1000); // 01:00 the next day
    QCOMPARE(ids(scheduler.due()), QStringList{id});
    QCOMPARE(scheduler.dueCount(), 1);
}

void TestScheduler::suspended_isNeverDue_andUnsuspendKeepsTheSchedule()
{
    const QStringList tech = questionIds(RoundKind::Technical, 2);
    practise(*m_db, *m_clock, tech[0], RoundKind::Technical, 1);
    Scheduler scheduler(*m_db, m_clock.get());
    QString error;
    QVERIFY2(scheduler.setSuspended(tech[0], true, &error), qPrintable(error));
    // A question never practised can be suspended too; grading it later keeps it suspended.
    QVERIFY2(scheduler.setSuspended(tech[1], true, &error), qPrintable(error));
    practise(*m_db, *m_clock, tech[1], RoundKind::Technical, 1);
    QVERIFY(scheduler.state(tech[1])->suspended);
    for (int day = 0; day < 400; day += 50) {
        m_clock->advanceWallOnlyMs(50 * kDayMs);
        QVERIFY(scheduler.due().isEmpty());
        QCOMPARE(scheduler.dueCount(), 0);
    }
    const ReviewState before = *scheduler.state(tech[0]);
    QVERIFY(scheduler.setSuspended(tech[0], false, &error));
    ReviewState after = *scheduler.state(tech[0]);
    QCOMPARE(after.dueOn, before.dueOn);
    QCOMPARE(after.intervalDays, before.intervalDays);
    QCOMPARE(ids(scheduler.due()), QStringList{tech[0]});
}

void TestScheduler::dueToday_isCappedPerDay_countingWhatWasPractised()
{
    const QStringList tech = questionIds(RoundKind::Technical, 5);
    QCOMPARE(tech.size(), 5);
    for (const QString &id : tech)
        practise(*m_db, *m_clock, id, RoundKind::Technical, 2);
    m_clock->advanceWallOnlyMs(kDayMs);
    Scheduler::Parameters p;
    p.dailyCap = 3;
    Scheduler scheduler(*m_db, m_clock.get(), p);
    QCOMPARE(scheduler.dueCount(), 5);
    QCOMPARE(scheduler.dueToday().size(), 3);
    const QString first = scheduler.dueToday().first().questionId;
    practise(*m_db, *m_clock, first, RoundKind::Technical, 4);
    QCOMPARE(scheduler.reviewedDueToday(), 1);
    QCOMPARE(scheduler.dueCount(), 4);
    QCOMPARE(scheduler.dueToday().size(), 2); // 3 a day, 1 already done
    QVERIFY(!ids(scheduler.dueToday()).contains(first));
    // A question practised early (not due) does not use up the cap.
    practise(*m_db, *m_clock, first, RoundKind::Technical, 4);
    QCOMPARE(scheduler.dueToday().size(), 2);
    m_clock->advanceWallOnlyMs(kDayMs);
    QCOMPARE(scheduler.dueToday().size(), 3);
}

void TestScheduler::practiceDuePlan_groupsDueQuestionsByRoundKind()
{
    const QStringList tech = questionIds(RoundKind::Technical, 2);
    const QStringList beh = questionIds(RoundKind::Behavioral, 1);
    practise(*m_db, *m_clock, beh[0], RoundKind::Behavioral, 2);
    practise(*m_db, *m_clock, tech[0], RoundKind::Technical, 2);
    practise(*m_db, *m_clock, tech[1], RoundKind::Technical, 5);
    Scheduler scheduler(*m_db, m_clock.get());
    QVERIFY(scheduler.practiceDuePlan().rounds.isEmpty());
    m_clock->advanceWallOnlyMs(kDayMs);
    const LoopPlan plan = scheduler.practiceDuePlan();
    QCOMPARE(plan.id, QStringLiteral("due"));
    QCOMPARE(plan.rounds.size(), 2);
    QCOMPARE(plan.rounds[0].kind, RoundKind::Technical);
    QCOMPARE(plan.rounds[0].questionIds.size(), 2);
    QCOMPARE(plan.rounds[1].kind, RoundKind::Behavioral);
    QCOMPARE(plan.rounds[1].questionIds, QStringList{beh[0]});
    QVERIFY(!plan.closingSegment);
    QVERIFY(plan.pauseAllowed);
    // The plan runs: its session asks exactly the due questions.
    QString error;
    auto c = SessionController::start(*m_db, plan, m_clock.get(), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->engine().attemptCount(), 3);
}

void TestScheduler::reviewState_survivesQuestionDeletionAndReimport()
{
    const QString id = questionIds(RoundKind::Technical, 1).value(0);
    practise(*m_db, *m_clock, id, RoundKind::Technical, 2);
    m_clock->advanceWallOnlyMs(kDayMs);
    Scheduler scheduler(*m_db, m_clock.get());
    QCOMPARE(scheduler.dueCount(), 1);
    QString error;
    QuestionBank bank(*m_db);
    QVERIFY2(bank.deleteQuestion(id, &error), qPrintable(error));
    QCOMPARE(scheduler.dueCount(), 0);
    QVERIFY(scheduler.due().isEmpty());
    QVERIFY(scheduler.state(id)); // kept
    // Re-installing the pack brings the question back with its schedule.
    QSqlQuery forget(m_db->connection());
    QVERIFY(forget.exec(QStringLiteral("DELETE FROM packs")));
    QVERIFY2(bank.installBuiltinPacks(&error), qPrintable(error));
    QVERIFY(bank.question(id));
    QCOMPARE(ids(scheduler.due()), QStringList{id});
    QCOMPARE(scheduler.state(id)->lapses, 1);
}

void TestScheduler::migrationTo5_replaysExistingGrades()
{
    const QString path = m_data->dir.filePath(QStringLiteral("old.sqlite"));
    QList<Database::Migration> upTo4 = Database::migrations();
    while (upTo4.constLast().version > 4)
        upTo4.removeLast();
    const QString id = questionIds(RoundKind::Technical, 1).value(0);
    {
        Database old;
        QString error;
        QVERIFY2(old.open(path, upTo4, &error), qPrintable(error));
        QSqlDatabase db = old.connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO sessions (id, plan_name, plan, seed, status, state, paused_from, "
            "started_at, saved_at) VALUES (1, 'p', '{}', 1, 'finished', 'Finished', 'Ready', "
            "'2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO rounds (id, session_id, position, kind, budget_ms, expiry) "
                           "VALUES (1, 1, 0, 'technical', 0, 'soft')")));
        const QStringList grades = {QStringLiteral("4"), QStringLiteral("5")};
        for (int i = 0; i < 2; ++i) {
            QSqlQuery a(db);
            a.prepare(QStringLiteral(
                "INSERT INTO attempts (session_id, round_id, position, question_id, "
                "question_version, question_text, status, prep_limit_ms, answer_limit_ms, score, "
                "graded_at) VALUES (1, 1, ?, ?, 1, 't', 'answered', 0, 0, ?, ?)"));
            a.addBindValue(i);
            a.addBindValue(id);
            a.addBindValue(grades[i].toInt());
            a.addBindValue(QStringLiteral("2026-01-0%1T10:00:00.000Z").arg(i + 1));
            QVERIFY2(a.exec(), qPrintable(a.lastError().text()));
        }
    }
    Database db;
    db.setGradeReplay(gradeReplay()); // as the programs open it
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    const auto s = Scheduler(db, m_clock.get()).state(id);
    QVERIFY(s);
    QCOMPARE(s->repetitions, 2);
    QCOMPARE(s->intervalDays, 6);
    QCOMPARE(s->dueOn, QDate(2026, 1, 8));
}

void TestScheduler::deleteAllSessions_forgetsTheScheduleButKeepsSuspensions()
{
    const QStringList tech = questionIds(RoundKind::Technical, 2);
    practise(*m_db, *m_clock, tech[0], RoundKind::Technical, 1);
    practise(*m_db, *m_clock, tech[1], RoundKind::Technical, 1);
    Scheduler scheduler(*m_db, m_clock.get());
    QString error;
    QVERIFY(scheduler.setSuspended(tech[1], true, &error));
    m_clock->advanceWallOnlyMs(kDayMs);
    QCOMPARE(scheduler.dueCount(), 1);
    QVERIFY2(datatools::deleteAllSessions(*m_db, &error), qPrintable(error));
    QCOMPARE(scheduler.dueCount(), 0);
    QVERIFY(!scheduler.state(tech[0]));
    const auto kept = scheduler.state(tech[1]);
    QVERIFY(kept && kept->suspended);
    QCOMPARE(kept->lastGrade, 0);
    QSqlQuery log(m_db->connection());
    QVERIFY(log.exec(QStringLiteral("SELECT count(*) FROM review_log")) && log.next());
    QCOMPARE(log.value(0).toInt(), 0);
}

void TestScheduler::replayAllGrades_matchesTheStateKeptGradeByGrade()
{
    const QStringList tech = questionIds(RoundKind::Technical, 3);
    const int grades[] = {5, 2, 4, 4, 1, 5, 3, 5, 2};
    for (int i = 0; i < 9; ++i) {
        practise(*m_db, *m_clock, tech[i % 3], RoundKind::Technical, grades[i]);
        m_clock->advanceWallOnlyMs((i % 4) * kDayMs);
    }
    Scheduler scheduler(*m_db, m_clock.get());
    const QList<ReviewState> kept = scheduler.states();
    QCOMPARE(kept.size(), 3);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(was_due || ':' || interval_after) FROM "
                                  "(SELECT * FROM review_log ORDER BY id)"))
            && q.next());
    const QString keptLog = q.value(0).toString();
    QVERIFY(q.exec(QStringLiteral("DELETE FROM review_log")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM review_state")));
    ReviewStore store(*m_db);
    QString error;
    QVERIFY2(Scheduler::replayAllGrades(store, &error), qPrintable(error));
    QCOMPARE(scheduler.states(), kept);
    QVERIFY(q.exec(QStringLiteral("SELECT group_concat(was_due || ':' || interval_after) FROM "
                                  "(SELECT * FROM review_log ORDER BY id)"))
            && q.next());
    QCOMPARE(q.value(0).toString(), keptLog);
}

void TestScheduler::retakeGrade_isASecondReview()
{
    const QString id = questionIds(RoundKind::Technical, 1).value(0);
    LoopPlan plan;
    plan.prepSeconds = 0;
    plan.closingSegment = false;
    plan.retakeAllowed = true;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {id}, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(*m_db, plan, m_clock.get(), &error, 9u);
    QVERIFY2(c, qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("answer"), QStringLiteral("first try")}});
    QVERIFY(c->handle(Event::Submit).accepted);
    Grade low;
    low.overall = 1;
    const auto r = c->retake(c->engine().currentAttempt(), low);
    QVERIFY2(r.accepted, qPrintable(r.reason));
    QCOMPARE(c->state(), State::Answering);
    c->setAnswer({{QStringLiteral("answer"), QStringLiteral("second try")}});
    QVERIFY(c->handle(Event::Submit).accepted);
    QVERIFY(c->submitGrade(5, {}).accepted);
    const auto state = Scheduler(*m_db, m_clock.get()).state(id);
    QVERIFY(state);
    QCOMPARE(state->lapses, 1);      // the first grade
    QCOMPARE(state->repetitions, 1); // the retake's grade, a pass after the lapse
    QCOMPARE(state->lastGrade, 5);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT attempt_id) FROM review_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestScheduler)
void TestScheduler::gradeAndReview_commitTogetherOrNotAtAll()
{
    // A review that cannot be logged: the grade that caused it is not kept either.
    const QString id = questionIds(RoundKind::Technical, 1).value(0);
    QSqlQuery trigger(m_db->connection());
    QVERIFY2(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER no_review BEFORE INSERT ON review_log "
                                         "BEGIN SELECT RAISE(ABORT, 'no review'); END")),
             qPrintable(trigger.lastError().text()));
    LoopPlan plan;
    plan.prepSeconds = 0;
    plan.answerSeconds = 600;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {id}, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(*m_db, plan, m_clock.get(), &error, 7u);
    QVERIFY2(c, qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("answer"), QStringLiteral("an answer")}});
    m_clock->advanceSeconds(30);
    QVERIFY(c->handle(Event::Submit).accepted);
    const auto refused = c->submitGrade(4, QStringLiteral("good"));
    QVERIFY(!refused.accepted);
    QVERIFY2(refused.reason.contains(QStringLiteral("no review")), qPrintable(refused.reason));
    QCOMPARE(c->state(), State::Grading);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM attempts WHERE score IS NOT NULL "
                                  "OR graded_at IS NOT NULL"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(!Scheduler(*m_db, m_clock.get()).state(id));

    // Once reviews can be logged again, the same grade saves both.
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER no_review")));
    const auto saved = c->submitGrade(4, QStringLiteral("good"));
    QVERIFY2(saved.accepted, qPrintable(saved.reason));
    QCOMPARE(Scheduler(*m_db, m_clock.get()).state(id)->lastGrade, 4);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM attempts WHERE score = 4")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

#include "test_scheduler.moc"
