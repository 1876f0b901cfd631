#include "practice/Scheduler.h"

#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace mockloop {

namespace {

constexpr auto kStateColumns = "question_id, repetitions, lapses, ease, interval_days, due_on, "
                               "last_reviewed_at, last_grade, suspended";

ReviewState stateFrom(const QSqlQuery &q)
{
    ReviewState s;
    s.questionId = q.value(0).toString();
    s.repetitions = q.value(1).toInt();
    s.lapses = q.value(2).toInt();
    s.ease = q.value(3).toDouble();
    s.intervalDays = q.value(4).toInt();
    s.dueOn = fromStoredDay(q.value(5));
    if (!q.value(6).isNull()) {
        s.lastReviewedAt = fromStoredTime(q.value(6));
        s.lastReviewedAt.setTimeSpec(Qt::UTC);
    }
    s.lastGrade = q.value(7).toInt();
    s.suspended = q.value(8).toInt() != 0;
    return s;
}

std::optional<ReviewState> loadState(QSqlDatabase &db, const QString &questionId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM review_state WHERE question_id = ?")
                  .arg(QLatin1String(kStateColumns)));
    q.addBindValue(questionId);
    if (!q.exec()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return stateFrom(q);
}

bool storeState(QSqlDatabase &db, const ReviewState &s, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO review_state (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kStateColumns)));
    q.addBindValue(s.questionId);
    q.addBindValue(s.repetitions);
    q.addBindValue(s.lapses);
    q.addBindValue(s.ease);
    q.addBindValue(s.intervalDays);
    q.addBindValue(toStoredDay(s.dueOn));
    q.addBindValue(storedTimeOrNull(s.lastReviewedAt));
    q.addBindValue(s.lastGrade);
    q.addBindValue(s.suspended ? 1 : 0);
    return q.exec() || sqlFail(q, error);
}

void prepareLog(QSqlQuery &log)
{
    log.prepare(QStringLiteral(
        "INSERT INTO review_log (question_id, attempt_id, reviewed_at, reviewed_on, grade, "
        "was_due, interval_before, interval_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
}

bool writeLog(QSqlQuery &log, qint64 attemptId, const ReviewState &before, const ReviewState &after,
              const QDateTime &at, bool wasDue, QString *error)
{
    log.addBindValue(after.questionId);
    log.addBindValue(attemptId > 0 ? QVariant(attemptId) : QVariant(QMetaType::fromType<qint64>()));
    log.addBindValue(toStoredTime(at));
    log.addBindValue(toStoredDay(at.toLocalTime().date()));
    log.addBindValue(after.lastGrade);
    log.addBindValue(wasDue ? 1 : 0);
    log.addBindValue(before.intervalDays);
    log.addBindValue(after.intervalDays);
    return log.exec() || sqlFail(log, error);
}

} // namespace

Scheduler::Scheduler(Database &db, const Clock *clock, Parameters parameters)
    : m_db(db)
    , m_clock(clock)
    , m_parameters(parameters)
{
}

int Scheduler::qualityFor(int overallGrade)
{
    return std::clamp(overallGrade, 0, 5);
}

ReviewState Scheduler::next(const ReviewState &before, int overallGrade, const QDateTime &reviewedAt,
                            const Parameters &p)
{
    ReviewState s = before;
    const int q = qualityFor(overallGrade);
    if (s.lastGrade == 0 && s.repetitions == 0 && s.lapses == 0)
        s.ease = p.initialEase;
    if (q >= p.passingQuality) {
        if (s.repetitions == 0)
            s.intervalDays = p.firstIntervalDays;
        else if (s.repetitions == 1)
            s.intervalDays = p.secondIntervalDays;
        else
            s.intervalDays = int(std::lround(s.intervalDays * s.ease));
        ++s.repetitions;
        // SM-2: EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), never below 1.3.
        const int miss = 5 - q;
        s.ease = std::max(p.minimumEase, s.ease + (0.1 - miss * (0.08 + miss * 0.02)));
    } else {
        // A lapse: the repetitions start again from the first interval; SM-2 keeps the E-Factor.
        s.repetitions = 0;
        s.intervalDays = p.firstIntervalDays;
        ++s.lapses;
    }
    s.lastGrade = overallGrade;
    s.lastReviewedAt = reviewedAt.toUTC();
    s.dueOn = reviewedAt.toLocalTime().date().addDays(s.intervalDays);
    return s;
}

bool Scheduler::recordGrade(QSqlDatabase &db, const QString &questionId, qint64 attemptId,
                            int overallGrade, const QDateTime &now, QString *error,
                            const Parameters &parameters)
{
    QString readError;
    const std::optional<ReviewState> stored = loadState(db, questionId, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    ReviewState before = stored.value_or(ReviewState{});
    before.questionId = questionId;
    const QDate day = now.toLocalTime().date();
    const bool wasDue = stored && !stored->suspended && stored->lastReviewedAt.isValid()
                        && stored->dueOn <= day;
    const ReviewState after = next(before, overallGrade, now, parameters);
    if (!storeState(db, after, error))
        return false;
    QSqlQuery log(db);
    prepareLog(log);
    return writeLog(log, attemptId, before, after, now, wasDue, error);
}

bool Scheduler::replayAllGrades(QSqlDatabase &db, QString *error, const Parameters &parameters)
{
    QSqlQuery graded(db);
    graded.setForwardOnly(true);
    if (!graded.exec(QStringLiteral("SELECT question_id, id, score, graded_at FROM attempts "
                                    "WHERE score IS NOT NULL AND graded_at IS NOT NULL "
                                    "ORDER BY graded_at, id")))
        return sqlFail(graded, error);
    QHash<QString, ReviewState> states;
    QSqlQuery log(db);
    prepareLog(log);
    while (graded.next()) {
        const QString questionId = graded.value(0).toString();
        QDateTime at = fromStoredTime(graded.value(3));
        at.setTimeSpec(Qt::UTC);
        const auto it = states.constFind(questionId);
        ReviewState before = it == states.constEnd() ? ReviewState{} : *it;
        before.questionId = questionId;
        const bool wasDue = it != states.constEnd() && before.dueOn <= at.toLocalTime().date();
        const ReviewState after = next(before, graded.value(2).toInt(), at, parameters);
        if (!writeLog(log, graded.value(1).toLongLong(), before, after, at, wasDue, error))
            return false;
        states.insert(questionId, after);
    }
    for (const ReviewState &state : std::as_const(states))
        if (!storeState(db, state, error))
            return false;
    return true;
}

bool Scheduler::forgetReviews(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM review_log"))
        || !q.exec(QStringLiteral("DELETE FROM review_state WHERE suspended = 0")))
        return sqlFail(q, error);
    QSqlQuery reset(db);
    reset.prepare(QStringLiteral(
        "UPDATE review_state SET repetitions = 0, lapses = 0, ease = ?, interval_days = 0, "
        "due_on = '', last_reviewed_at = NULL, last_grade = 0"));
    reset.addBindValue(SchedulerParameters{}.initialEase);
    return reset.exec() || sqlFail(reset, error);
}

QDate Scheduler::today() const
{
    Q_ASSERT(m_clock);
    return m_clock->today();
}

std::optional<ReviewState> Scheduler::state(const QString &questionId) const
{
    QSqlDatabase db = m_db.connection();
    QString ignored;
    return loadState(db, questionId, &ignored);
}

QList<ReviewState> Scheduler::states() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<ReviewState> out;
    if (q.exec(QStringLiteral("SELECT %1 FROM review_state ORDER BY question_id")
                   .arg(QLatin1String(kStateColumns))))
        while (q.next())
            out.append(stateFrom(q));
    return out;
}

bool Scheduler::setSuspended(const QString &questionId, bool suspended, QString *error)
{
    QSqlDatabase db = m_db.connection();
    QString readError;
    std::optional<ReviewState> s = loadState(db, questionId, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    if (!s) {
        // Never reviewed: a row that only says "suspended"; its first grade schedules it.
        s = ReviewState{};
        s->questionId = questionId;
        s->ease = m_parameters.initialEase; // due_on stays empty until the first review
    }
    s->suspended = suspended;
    return storeState(db, *s, error);
}

QList<DueQuestion> Scheduler::due(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.question_id, q.text, q.kind, r.due_on, r.interval_days, r.ease, r.lapses "
        "FROM review_state r JOIN questions q ON q.id = r.question_id "
        "WHERE r.suspended = 0 AND q.hidden = 0 AND r.last_reviewed_at IS NOT NULL "
        "AND r.due_on <= ? ORDER BY r.due_on, r.ease, r.question_id LIMIT ?"));
    q.addBindValue(toStoredDay(today()));
    q.addBindValue(limit < 0 ? -1 : limit);
    QList<DueQuestion> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        DueQuestion d;
        d.questionId = q.value(0).toString();
        d.text = q.value(1).toString();
        d.kind = roundKindFromKey(q.value(2).toString()).value_or(RoundKind::Technical);
        d.dueOn = fromStoredDay(q.value(3));
        d.intervalDays = q.value(4).toInt();
        d.ease = q.value(5).toDouble();
        d.lapses = q.value(6).toInt();
        out.append(d);
    }
    return out;
}

int Scheduler::dueCount() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM review_state r JOIN questions q ON q.id = r.question_id "
        "WHERE r.suspended = 0 AND q.hidden = 0 AND r.last_reviewed_at IS NOT NULL "
        "AND r.due_on <= ?"));
    q.addBindValue(toStoredDay(today()));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int Scheduler::reviewedDueToday() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT count(DISTINCT question_id) FROM review_log WHERE reviewed_on = ? AND was_due = 1"));
    q.addBindValue(toStoredDay(today()));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<DueQuestion> Scheduler::dueToday() const
{
    const int left = std::max(0, m_parameters.dailyCap - reviewedDueToday());
    return left == 0 ? QList<DueQuestion>() : due(left);
}

LoopPlan Scheduler::practiceDuePlan() const
{
    LoopPlan plan;
    plan.id = QLatin1String(kPracticeDuePlanId);
    plan.name = QCoreApplication::translate("Scheduler", "Practice due questions");
    plan.closingSegment = false;
    applyPracticeMode(plan);
    const QList<DueQuestion> due = dueToday();
    for (RoundKind kind : kAllRoundKinds) {
        RoundPlan round;
        round.kind = kind;
        for (const DueQuestion &d : due)
            if (d.kind == kind)
                round.questionIds.append(d.questionId);
        if (round.questionIds.isEmpty())
            continue;
        round.questionCount = int(round.questionIds.size());
        plan.rounds.append(round);
    }
    return plan;
}

QString Scheduler::dueSummary(const QList<DueQuestion> &dueToday) const
{
    const int total = dueCount();
    const int today = int(dueToday.size());
    // Spelled out rather than "%n question(s)": without an English catalogue that shows "(s)".
    if (total == 0)
        return QCoreApplication::translate("Scheduler",
                                           "Nothing is due. Questions you grade come back here "
                                           "when spaced repetition says so: a low grade "
                                           "tomorrow, a good one later.");
    if (today == 0) {
        const int cap = m_parameters.dailyCap;
        return total == 1 ? QCoreApplication::translate("Scheduler",
                                                        "1 question is due, but today's limit of "
                                                        "%1 is reached. More tomorrow.")
                                .arg(cap)
                          : QCoreApplication::translate("Scheduler",
                                                        "%1 questions are due, but today's limit "
                                                        "of %2 is reached. More tomorrow.")
                                .arg(total)
                                .arg(cap);
    }
    if (today < total)
        return QCoreApplication::translate("Scheduler",
                                           "%1 questions are due; %2 of them today (a daily "
                                           "limit).")
            .arg(total)
            .arg(today);
    return total == 1 ? QCoreApplication::translate("Scheduler", "1 question is due today.")
                      : QCoreApplication::translate("Scheduler", "%1 questions are due today.")
                            .arg(total);
}

} // namespace mockloop
