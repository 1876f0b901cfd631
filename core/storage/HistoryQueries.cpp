#include "storage/HistoryQueries.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace mockloop {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// WHERE clauses from fixed fragments; every value goes to `binds`.
QString whereFor(const SessionConditions &c, QVariantList &binds)
{
    QStringList clauses;
    if (c.startedFrom.isValid()) {
        clauses << QStringLiteral("s.started_at >= ?");
        binds << toStoredTime(c.startedFrom);
    }
    if (c.startedBefore.isValid()) {
        clauses << QStringLiteral("s.started_at < ?");
        binds << toStoredTime(c.startedBefore);
    }
    if (!c.roundKind.isEmpty()) {
        clauses << QStringLiteral(
            "EXISTS (SELECT 1 FROM rounds r WHERE r.session_id = s.id AND r.kind = ?)");
        binds << c.roundKind;
    }
    if (!c.status.isEmpty()) {
        clauses << QStringLiteral("s.status = ?");
        binds << c.status;
    }
    if (!c.text.trimmed().isEmpty()) {
        // The plan's name, or the text of any question the session asked. Matching each
        // attempt's text would read every attempt row (10,000 sessions: 76 ms); instead the
        // few distinct question snapshots are matched, and attempts_snapshot leads from them
        // to their sessions without reading an attempt. Every attempt keeps the snapshot it was
        // asked from, whose text is its question_text, so this finds exactly the same; an
        // attempt without a snapshot (none is written so) is still matched by its own text.
        clauses << QStringLiteral(
            "(s.plan_name LIKE ? ESCAPE '\\' "
            "OR s.id IN (SELECT a.session_id FROM attempts a WHERE a.snapshot_id IN "
            "(SELECT qs.id FROM question_snapshots qs WHERE json_extract(qs.data, '$.text') "
            "LIKE ? ESCAPE '\\')) "
            "OR s.id IN (SELECT a.session_id FROM attempts a WHERE a.snapshot_id IS NULL "
            "AND a.question_text LIKE ? ESCAPE '\\'))");
        binds << likePattern(c.text) << likePattern(c.text) << likePattern(c.text);
    }
    return clauses.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

// Each session's figures, summed over its attempts (attempts_session_summary covers them).
// Time is every attempt's; counts and scores are the counted attempts' (a retake replaces the
// answer it retakes, docs/schema.md "attempts.counted").
const char *const kDurationSql = "(SELECT coalesce(sum(a.prep_used_ms + a.answer_used_ms), 0) "
                                 "FROM attempts a WHERE a.session_id = s.id)";
const char *const kRoundsSql = "(SELECT count(*) FROM rounds r WHERE r.session_id = s.id)";
const char *const kScoreSql =
    "(SELECT avg(a.score) FROM attempts a WHERE a.session_id = s.id AND a.counted = 1)";

// What a column sorts by, as SQL over `s` (sessions), and its collation.
struct SortKey
{
    QString expression;
    QString collation;
};

SortKey sortKeyFor(HistoryColumn column)
{
    switch (column) {
    case HistoryColumn::Started: return {QStringLiteral("s.started_at"), {}};
    case HistoryColumn::Plan:
        return {QStringLiteral("s.plan_name"), QStringLiteral(" COLLATE NOCASE")};
    case HistoryColumn::Duration: return {QLatin1String(kDurationSql), {}};
    case HistoryColumn::Rounds: return {QLatin1String(kRoundsSql), {}};
    case HistoryColumn::Score: return {QLatin1String(kScoreSql), {}};
    case HistoryColumn::Status: return {QStringLiteral("s.status"), {}};
    }
    return {QStringLiteral("s.started_at"), {}};
}

} // namespace

HistoryQueries::HistoryQueries(Database &db)
    : m_db(db)
{
}

std::optional<QList<HistoryRow>> HistoryQueries::sessions(const SessionConditions &conditions,
                                                          HistoryColumn sortBy, bool descending,
                                                          int limit, int offset, QString *error) const
{
    QVariantList binds;
    const QString where = whereFor(conditions, binds);
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // First the page's sessions, computing only what they are sorted by; then every figure
    // for those rows alone (sorting 10,000 sessions by score: 24 ms -> 18 ms).
    const SortKey key = sortKeyFor(sortBy);
    QSqlQuery q(m_db.connection());
    const bool prepared = q.prepare(
        QStringLiteral(
            "WITH page AS (SELECT s.id AS id, %1 AS k FROM sessions s%2 "
            "ORDER BY k%3 %4, s.id %4 LIMIT ? OFFSET ?) "
            "SELECT s.id, s.started_at, s.plan_name, s.status, %5, %6, "
            "(SELECT count(*) FROM attempts a WHERE a.session_id = s.id AND a.status = 'submitted' "
            "AND a.counted = 1), "
            "(SELECT count(*) FROM attempts a WHERE a.session_id = s.id AND a.counted = 1), %7 "
            "FROM page JOIN sessions s ON s.id = page.id ORDER BY page.k%3 %4, s.id %4")
            .arg(key.expression, where, key.collation, dir, QLatin1String(kDurationSql),
                 QLatin1String(kRoundsSql), QLatin1String(kScoreSql)));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!prepared || !q.exec()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    QList<HistoryRow> rows;
    while (q.next()) {
        HistoryRow r;
        r.id = q.value(0).toLongLong();
        r.startedAt = fromStoredTime(q.value(1));
        r.planName = q.value(2).toString();
        r.status = q.value(3).toString();
        r.durationMs = q.value(4).toLongLong();
        r.rounds = q.value(5).toInt();
        r.answered = q.value(6).toInt();
        r.attempts = q.value(7).toInt();
        if (!q.value(8).isNull())
            r.averageScore = q.value(8).toDouble();
        rows.append(r);
    }
    return rows;
}

std::optional<int> HistoryQueries::count(const SessionConditions &conditions, QString *error) const
{
    QVariantList binds;
    const QString where = whereFor(conditions, binds);
    QSqlQuery q(m_db.connection());
    const bool prepared = q.prepare(QStringLiteral("SELECT count(*) FROM sessions s%1").arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!prepared || !q.exec() || !q.next()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    return q.value(0).toInt();
}

std::optional<QList<SearchHit>> HistoryQueries::search(const QString &ftsQuery, int limit,
                                                       bool bestMatch, QString *error) const
{
    // ORDER BY the rowid or the rank alone: FTS5 delivers either order itself, so the
    // snippets are made for the rows returned only. (A tie-breaker after rank made SQLite sort,
    // computing a snippet for every match: 39 ms instead of 16 on 10,000 sessions.) A follow-up
    // answer (rowid % 1024 from 1000 on, schema 12) has no answer field: its field name is
    // follow_up_1 or follow_up_2.
    QSqlQuery q(m_db.connection());
    const bool prepared = q.prepare(
        QStringLiteral("SELECT a.id, a.session_id, a.position, a.question_id, a.question_text, "
                       "coalesce(f.name, 'follow_up_' || (answer_search.rowid % 1024 - 999)), "
                       "snippet(answer_search, 0, ?, ?, ?, 16), a.started_at "
                       "FROM answer_search JOIN attempts a ON a.id = answer_search.rowid / 1024 "
                       "LEFT JOIN answer_fields f ON f.attempt_id = a.id "
                       "AND f.position = answer_search.rowid % 1024 "
                       "WHERE answer_search MATCH ? ORDER BY %1 LIMIT ?")
            .arg(bestMatch ? QStringLiteral("answer_search.rank")
                           : QStringLiteral("answer_search.rowid DESC")));
    q.addBindValue(QString(kMatchOpen));
    q.addBindValue(QString(kMatchClose));
    q.addBindValue(QStringLiteral("…"));
    q.addBindValue(ftsQuery);
    q.addBindValue(limit);
    if (!prepared || !q.exec()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit h;
        h.attemptId = q.value(0).toLongLong();
        h.sessionId = q.value(1).toLongLong();
        h.attemptPosition = q.value(2).toInt();
        h.questionId = q.value(3).toString();
        h.questionText = q.value(4).toString();
        h.fieldName = q.value(5).toString();
        h.snippet = q.value(6).toString();
        h.startedAt = fromStoredTime(q.value(7));
        hits.append(h);
    }
    return hits;
}

} // namespace mockloop
