#include "Progress.h"

#include "Database.h"

#include <QSqlQuery>

namespace mockloop {

namespace {

// Sessions started on or after a local date; binds the UTC instant of its midnight (the
// column holds UTC ISO text, which sorts as time). An invalid date: everything.
QString fromBound(const QDate &from)
{
    return from.isValid() ? from.startOfDay().toUTC().toString(Qt::ISODateWithMs)
                          : QStringLiteral("");
}

QDate dayOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

Progress::Progress(Database &db)
    : m_db(db)
{
}

QMap<RoundKind, QList<TrendPoint>> Progress::scoreTrend(const QDate &from) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.kind, date(s.started_at, 'localtime') AS day, avg(a.score), count(*) "
        "FROM attempts a JOIN sessions s ON s.id = a.session_id JOIN rounds r ON r.id = a.round_id "
        "WHERE a.score IS NOT NULL AND s.started_at >= ? GROUP BY r.kind, day ORDER BY r.kind, day"));
    q.addBindValue(fromBound(from));
    QMap<RoundKind, QList<TrendPoint>> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        const auto kind = roundKindFromKey(q.value(0).toString());
        if (kind)
            out[*kind].append({dayOf(q.value(1)), q.value(2).toDouble(), q.value(3).toInt()});
    }
    return out;
}

QList<TrendPoint> Progress::dailyRatio(const QString &sql, const QDate &from) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(fromBound(from));
    QList<TrendPoint> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({dayOf(q.value(0)), q.value(1).toDouble(), q.value(2).toInt()});
    return out;
}

QList<TrendPoint> Progress::timeUseTrend(const QDate &from) const
{
    return dailyRatio(QStringLiteral(
        "SELECT date(s.started_at, 'localtime') AS day, "
        "CAST(sum(a.answer_used_ms) AS REAL) / sum(a.answer_limit_ms), count(*) "
        "FROM attempts a JOIN sessions s ON s.id = a.session_id "
        "WHERE a.status = 'submitted' AND a.answer_limit_ms > 0 AND s.started_at >= ? "
        "GROUP BY day ORDER BY day"), from);
}

QList<TrendPoint> Progress::keyPointTrend(const QDate &from) const
{
    return dailyRatio(QStringLiteral(
        "SELECT date(s.started_at, 'localtime') AS day, avg(k.covered), "
        "count(DISTINCT a.id) "
        "FROM attempt_key_points k JOIN attempts a ON a.id = k.attempt_id "
        "JOIN sessions s ON s.id = a.session_id "
        "WHERE s.started_at >= ? GROUP BY day ORDER BY day"), from);
}

QList<TrendPoint> Progress::sessionsPerDay(const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT date(started_at, 'localtime') AS day, count(*) FROM sessions "
        "WHERE started_at >= ? AND started_at < ? GROUP BY day"));
    q.addBindValue(fromBound(from));
    q.addBindValue(fromBound(to.addDays(1)));
    QMap<QDate, int> counts;
    if (q.exec())
        while (q.next())
            counts.insert(dayOf(q.value(0)), q.value(1).toInt());
    QList<TrendPoint> out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const int n = counts.value(d);
        out.append({d, double(n), n});
    }
    return out;
}

QList<WeakQuestion> Progress::weakestQuestions(int limit) const
{
    // The text and kind as last asked: the question may since have been edited or deleted.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.question_id, avg(a.score) AS average, count(*) AS n, "
        "(SELECT l.question_text FROM attempts l WHERE l.question_id = a.question_id "
        " AND l.score IS NOT NULL ORDER BY l.graded_at DESC, l.id DESC LIMIT 1), "
        "(SELECT r.kind FROM attempts l JOIN rounds r ON r.id = l.round_id "
        " WHERE l.question_id = a.question_id ORDER BY l.id DESC LIMIT 1), "
        "(SELECT l.score FROM attempts l WHERE l.question_id = a.question_id "
        " AND l.score IS NOT NULL ORDER BY l.graded_at DESC, l.id DESC LIMIT 1) "
        "FROM attempts a WHERE a.score IS NOT NULL GROUP BY a.question_id "
        "ORDER BY average, n DESC, a.question_id LIMIT ?"));
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

QList<WeakCompetency> Progress::weakestCompetencies(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT lower(trim(c.value)) AS competency, avg(a.score) AS average, count(*) AS n "
        "FROM attempts a JOIN question_snapshots qs ON qs.id = a.snapshot_id, "
        "json_each(json_extract(qs.data, '$.competencies')) c "
        "WHERE a.score IS NOT NULL GROUP BY competency "
        "ORDER BY average, n DESC, competency LIMIT ?"));
    q.addBindValue(limit);
    QList<WeakCompetency> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toDouble(), q.value(2).toInt()});
    return out;
}

} // namespace mockloop
