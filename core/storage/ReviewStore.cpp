#include "storage/ReviewStore.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

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

} // namespace

ReviewStore::ReviewStore(const QSqlDatabase &db)
    : m_db(db)
{
}

ReviewStore::ReviewStore(const Database &db)
    : ReviewStore(db.connection())
{
}

ReviewStore::~ReviewStore() = default;

std::optional<ReviewState> ReviewStore::state(const QString &questionId, QString *error) const
{
    QSqlQuery q(m_db);
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

QList<ReviewState> ReviewStore::states() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<ReviewState> out;
    if (q.exec(QStringLiteral("SELECT %1 FROM review_state ORDER BY question_id")
                   .arg(QLatin1String(kStateColumns))))
        while (q.next())
            out.append(stateFrom(q));
    return out;
}

bool ReviewStore::saveState(const ReviewState &s, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO review_state (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
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

bool ReviewStore::logReview(qint64 attemptId, const ReviewState &before, const ReviewState &after,
                            const QDateTime &at, bool wasDue, QString *error)
{
    if (!m_log) {
        m_log = std::make_unique<QSqlQuery>(m_db);
        m_log->prepare(QStringLiteral(
            "INSERT INTO review_log (question_id, attempt_id, reviewed_at, reviewed_on, grade, "
            "was_due, interval_before, interval_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &log = *m_log;
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

bool ReviewStore::forEachGrade(const std::function<bool(const StoredGrade &)> &fn, QString *error) const
{
    QSqlQuery graded(m_db);
    graded.setForwardOnly(true);
    if (!graded.exec(QStringLiteral("SELECT question_id, id, score, graded_at FROM attempts "
                                    "WHERE score IS NOT NULL AND graded_at IS NOT NULL "
                                    "ORDER BY graded_at, id")))
        return sqlFail(graded, error);
    while (graded.next()) {
        StoredGrade g;
        g.questionId = graded.value(0).toString();
        g.attemptId = graded.value(1).toLongLong();
        g.grade = graded.value(2).toInt();
        g.gradedAt = fromStoredTime(graded.value(3));
        g.gradedAt.setTimeSpec(Qt::UTC);
        if (!fn(g))
            return false;
    }
    return true;
}

bool ReviewStore::clearReviews(double initialEase, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM review_log"))
        || !q.exec(QStringLiteral("DELETE FROM review_state WHERE suspended = 0")))
        return sqlFail(q, error);
    QSqlQuery reset(m_db);
    reset.prepare(QStringLiteral(
        "UPDATE review_state SET repetitions = 0, lapses = 0, ease = ?, interval_days = 0, "
        "due_on = '', last_reviewed_at = NULL, last_grade = 0"));
    reset.addBindValue(initialEase);
    return reset.exec() || sqlFail(reset, error);
}

QList<DueQuestion> ReviewStore::due(const QDate &day, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.question_id, q.text, q.kind, r.due_on, r.interval_days, r.ease, r.lapses "
        "FROM review_state r JOIN questions q ON q.id = r.question_id "
        "WHERE r.suspended = 0 AND q.hidden = 0 AND r.last_reviewed_at IS NOT NULL "
        "AND r.due_on <= ? ORDER BY EXISTS (SELECT 1 FROM asked_questions a "
        "WHERE a.question_id = r.question_id) DESC, r.due_on, r.ease, r.question_id LIMIT ?"));
    q.addBindValue(toStoredDay(day));
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

int ReviewStore::dueCount(const QDate &day) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM review_state r JOIN questions q ON q.id = r.question_id "
        "WHERE r.suspended = 0 AND q.hidden = 0 AND r.last_reviewed_at IS NOT NULL "
        "AND r.due_on <= ?"));
    q.addBindValue(toStoredDay(day));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int ReviewStore::reviewedDueOn(const QDate &day) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT count(DISTINCT question_id) FROM review_log WHERE reviewed_on = ? AND was_due = 1"));
    q.addBindValue(toStoredDay(day));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace mockloop
