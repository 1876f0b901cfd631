#include "storage/ProgressQueries.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace mockloop {

namespace {

// A bound on sessions.started_at (UTC ISO text, which sorts as time). An invalid moment binds
// "", before every stored time.
QString startedBound(const QDateTime &t)
{
    return sqlText(toStoredTime(t));
}

// The sessions since a bound (the first ?) with their local day, computed once per session:
// 'localtime' is the costly part. MATERIALIZED, because SQLite otherwise folds the CTE into the
// join and computes the day once per attempt (10,000 sessions, 12 months: score trend 58 ms
// -> 50 ms, docs/benchmarks.md).
const char *const kSessionDays =
    "WITH days AS MATERIALIZED (SELECT id, date(started_at, 'localtime') AS day FROM sessions "
    "WHERE started_at >= ?) ";

} // namespace

ProgressQueries::ProgressQueries(Database &db)
    : m_db(db)
{
}

QMap<RoundKind, QList<TrendPoint>> ProgressQueries::scoreByKindAndDay(const QDateTime &startedFrom) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QLatin1String(kSessionDays)
        + QStringLiteral(
            "SELECT r.kind, d.day, avg(a.score), count(*) FROM days d "
            "JOIN rounds r ON r.session_id = d.id JOIN attempts a ON a.round_id = r.id "
            "WHERE a.score IS NOT NULL AND a.counted = 1 GROUP BY r.kind, d.day ORDER BY r.kind, d.day"));
    q.addBindValue(startedBound(startedFrom));
    QMap<RoundKind, QList<TrendPoint>> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto kind = roundKindFromKey(q.value(0).toString());
        if (kind)
            out[*kind].append({fromStoredDay(q.value(1)), q.value(2).toDouble(), q.value(3).toInt()});
    }
    return out;
}

QList<TrendPoint> ProgressQueries::dailyRatio(const QString &sql, const QDateTime &startedFrom) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(startedBound(startedFrom));
    QList<TrendPoint> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({fromStoredDay(q.value(0)), q.value(1).toDouble(), q.value(2).toInt()});
    return out;
}

QList<TrendPoint> ProgressQueries::answerTimeUseByDay(const QDateTime &startedFrom) const
{
    return dailyRatio(
        QLatin1String(kSessionDays)
            + QStringLiteral(
                "SELECT d.day, CAST(sum(a.answer_used_ms) AS REAL) / sum(a.answer_limit_ms), count(*) "
                "FROM days d JOIN attempts a ON a.session_id = d.id AND a.status = 'submitted' "
                "AND a.counted = 1 WHERE a.answer_limit_ms > 0 GROUP BY d.day ORDER BY d.day"),
        startedFrom);
}

QList<TrendPoint> ProgressQueries::keyPointsCoveredByDay(const QDateTime &startedFrom) const
{
    return dailyRatio(
        QLatin1String(kSessionDays)
            + QStringLiteral(
                "SELECT d.day, avg(k.covered), count(DISTINCT a.id) FROM days d "
                "JOIN attempts a ON a.session_id = d.id AND a.counted = 1 "
                "JOIN attempt_key_points k ON k.attempt_id = a.id GROUP BY d.day ORDER BY d.day"),
        startedFrom);
}

QMap<QDate, int> ProgressQueries::sessionsByDay(const QDateTime &startedFrom,
                                                const QDateTime &startedBefore) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT date(started_at, 'localtime') AS day, count(*) FROM sessions "
                             "WHERE started_at >= ? AND started_at < ? GROUP BY day"));
    q.addBindValue(startedBound(startedFrom));
    q.addBindValue(startedBound(startedBefore));
    QMap<QDate, int> counts;
    if (q.exec())
        while (q.next())
            counts.insert(fromStoredDay(q.value(0)), q.value(1).toInt());
    return counts;
}

QList<WeakQuestion> ProgressQueries::weakestQuestions(int limit) const
{
    // Aggregate first and keep the ten; only those look up their latest attempt (text and kind
    // as last asked: the question may since have been edited or deleted).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        // The totals per snapshot (snapshot_scores, kept by triggers), summed per question;
        // then the last graded attempt of each of the few questions shown.
        "WITH weak AS (SELECT question_id, CAST(sum(score_sum) AS REAL) / sum(graded) AS average, "
        "sum(graded) AS n FROM snapshot_scores GROUP BY question_id HAVING sum(graded) > 0 "
        "ORDER BY average, n DESC, question_id LIMIT ?), "
        "latest AS (SELECT w.*, (SELECT max(a.id) FROM attempts a WHERE a.question_id = w.question_id "
        "AND a.score IS NOT NULL) AS last_id FROM weak w) "
        "SELECT l.question_id, l.average, l.n, a.question_text, r.kind, a.score FROM latest l "
        "JOIN attempts a ON a.id = l.last_id JOIN rounds r ON r.id = a.round_id "
        "ORDER BY l.average, l.n DESC, l.question_id"));
    q.addBindValue(limit);
    QList<WeakQuestion> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        WeakQuestion w;
        w.questionId = q.value(0).toString();
        w.averageScore = q.value(1).toDouble();
        w.attempts = q.value(2).toInt();
        w.text = q.value(3).toString();
        w.kind = roundKindFromKey(q.value(4).toString()).value_or(RoundKind::Technical);
        w.lastScore = q.value(5).toInt();
        out.append(w);
    }
    return out;
}

QList<WeakCompetency> ProgressQueries::weakestCompetencies(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        // The totals per snapshot (snapshot_scores, kept by triggers): each distinct
        // snapshot's JSON is read once, and no attempt is read at all.
        "SELECT lower(trim(c.value)) AS competency, CAST(sum(per.score_sum) AS REAL) / sum(per.graded) "
        "AS average, sum(per.graded) AS n FROM snapshot_scores per "
        "JOIN question_snapshots qs ON qs.id = per.snapshot_id, "
        "json_each(json_extract(qs.data, '$.competencies')) c WHERE per.graded > 0 GROUP BY competency "
        "ORDER BY average, n DESC, competency LIMIT ?"));
    q.addBindValue(limit);
    QList<WeakCompetency> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toDouble(), q.value(2).toInt()});
    return out;
}

QList<CriterionAverage> ProgressQueries::recentCriterionAverages(RoundKind kind, int recent) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        // Rounds of the kind newest first, their graded attempts from attempts_graded_round: the
        // scan stops after `recent` attempts however long the history is.
        "SELECT ar.criterion, avg(ar.score), count(*) FROM attempt_rubric ar WHERE ar.attempt_id IN ("
        "SELECT a.id FROM rounds r JOIN attempts a ON a.round_id = r.id "
        "WHERE r.kind = ? AND a.score IS NOT NULL AND a.counted = 1 "
        "ORDER BY r.id DESC, a.id DESC LIMIT ?) "
        "GROUP BY ar.criterion ORDER BY 2, ar.criterion"));
    q.addBindValue(toKey(kind));
    q.addBindValue(recent);
    QList<CriterionAverage> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({kind, q.value(0).toString(), q.value(1).toDouble(), q.value(2).toInt()});
    return out;
}

} // namespace mockloop
