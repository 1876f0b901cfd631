#include "practice/History.h"

#include "storage/DataTools.h"
#include "storage/Database.h"
#include "base/TimeText.h"
#include "storage/SessionStore.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

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
QString whereFor(const HistoryFilter &f, QVariantList &binds)
{
    QStringList clauses;
    if (f.from.isValid()) {
        clauses << QStringLiteral("s.started_at >= ?");
        binds << f.from.startOfDay().toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        clauses << QStringLiteral("s.started_at < ?");
        binds << f.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.kind) {
        clauses << QStringLiteral("EXISTS (SELECT 1 FROM rounds r WHERE r.session_id = s.id AND r.kind = ?)");
        binds << toKey(*f.kind);
    }
    if (!f.status.isEmpty()) {
        clauses << QStringLiteral("s.status = ?");
        binds << f.status;
    }
    if (!f.text.trimmed().isEmpty()) {
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
        binds << likePattern(f.text) << likePattern(f.text) << likePattern(f.text);
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
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
    case HistoryColumn::Plan: return {QStringLiteral("s.plan_name"), QStringLiteral(" COLLATE NOCASE")};
    case HistoryColumn::Duration: return {QLatin1String(kDurationSql), {}};
    case HistoryColumn::Rounds: return {QLatin1String(kRoundsSql), {}};
    case HistoryColumn::Score: return {QLatin1String(kScoreSql), {}};
    case HistoryColumn::Status: return {QStringLiteral("s.status"), {}};
    }
    return {QStringLiteral("s.started_at"), {}};
}

} // namespace

History::History(Database &db)
    : m_db(db)
{
}

namespace {

// The one message for a history read that failed: what the person was looking at, and SQLite's
// reason.
void readFailed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("History", "Cannot read the history: %1")
                     .arg(q.lastError().text());
}

} // namespace

QList<HistoryRow> History::sessions(const HistoryFilter &filter, HistoryColumn sortBy,
                                    bool descending, int limit, int offset, QString *error) const
{
    QVariantList binds;
    const QString where = whereFor(filter, binds);
    const QString dir = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // First the page's sessions, computing only what they are sorted by; then every figure
    // for those rows alone (sorting 10,000 sessions by score: 24 ms -> 18 ms).
    const SortKey key = sortKeyFor(sortBy);
    QSqlQuery q(m_db.connection());
    const bool prepared = q.prepare(
        QStringLiteral("WITH page AS (SELECT s.id AS id, %1 AS k FROM sessions s%2 "
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
    QList<HistoryRow> rows;
    if (!prepared || !q.exec()) {
        readFailed(q, error);
        return rows;
    }
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

int History::count(const HistoryFilter &filter, QString *error) const
{
    QVariantList binds;
    const QString where = whereFor(filter, binds);
    QSqlQuery q(m_db.connection());
    const bool prepared = q.prepare(QStringLiteral("SELECT count(*) FROM sessions s%1").arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!prepared || !q.exec() || !q.next()) {
        readFailed(q, error);
        return 0;
    }
    return q.value(0).toInt();
}

QString History::matchQuery(const QString &words)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    // Keep letters, marks and digits of every script, and joiners; the rest would be FTS5
    // syntax. (A bare \\w is ASCII only in QRegularExpression: it emptied "مرحبا" and "日本語".)
    static const QRegularExpression syntax(QStringLiteral("[^\\p{L}\\p{M}\\p{N}_\\-+.#']"));
    auto cleanWords = [](const QString &text) {
        QStringList out;
        for (QString word : text.split(space, Qt::SkipEmptyParts)) {
            word.remove(syntax);
            if (!word.isEmpty())
                out << word;
        }
        return out;
    };
    // Outside quotes every word counts on its own and as a prefix ("look" finds "lookups").
    // Words in quotes must stand side by side in that order; a quote still open at the end is
    // a phrase being typed, so its last word is a prefix too.
    QStringList terms;
    const QStringList parts = words.split(QLatin1Char('"'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringList cleaned = cleanWords(parts.at(i));
        if (cleaned.isEmpty())
            continue;
        const bool quoted = i % 2 == 1;
        if (!quoted) {
            for (const QString &word : cleaned)
                terms << QLatin1Char('"') + word + QStringLiteral("\" *");
            continue;
        }
        const bool stillOpen = i == parts.size() - 1;
        terms << QLatin1Char('"') + cleaned.join(QLatin1Char(' ')) + QLatin1Char('"')
                     + (stillOpen ? QStringLiteral(" *") : QString());
    }
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> History::search(const QString &words, int limit, QString *error,
                                 SearchOrder order) const
{
    QList<SearchHit> hits;
    const QString match = matchQuery(words);
    if (match.isEmpty())
        return hits;
    // ORDER BY the rowid or the rank alone: FTS5 delivers either order itself, so the
    // snippets are made for the rows returned only. (A tie-breaker after rank made SQLite sort,
    // computing a snippet for every match: 39 ms instead of 16 on 10,000 sessions.)
    QSqlQuery q(m_db.connection());
    const bool prepared = q.prepare(
        QStringLiteral(
            "SELECT a.id, a.session_id, a.position, a.question_id, a.question_text, f.name, "
            "snippet(answer_search, 0, ?, ?, ?, 16), a.started_at "
            "FROM answer_search JOIN answer_fields f ON f.attempt_id = answer_search.rowid / 1024 "
            "AND f.position = answer_search.rowid % 1024 JOIN attempts a ON a.id = f.attempt_id "
            "WHERE answer_search MATCH ? ORDER BY %1 LIMIT ?")
            .arg(order == SearchOrder::BestMatch ? QStringLiteral("answer_search.rank")
                                                 : QStringLiteral("answer_search.rowid DESC")));
    q.addBindValue(QString(kMatchOpen));
    q.addBindValue(QString(kMatchClose));
    q.addBindValue(QStringLiteral("…"));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!prepared || !q.exec()) {
        readFailed(q, error);
        return hits;
    }
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

QList<AttemptRecord> History::attemptsOf(const QString &questionId, QString *error) const
{
    QString ignored;
    return SessionStore(m_db)
        .loadAttempts(SessionStore::AttemptsOf::Question, questionId, error ? error : &ignored)
        .value_or(QList<AttemptRecord>());
}

std::optional<AttemptRecord> History::attempt(qint64 attemptId, QString *error) const
{
    QString ignored;
    const auto list = SessionStore(m_db).loadAttempts(SessionStore::AttemptsOf::Attempt, attemptId,
                                                      error ? error : &ignored);
    if (!list || list->isEmpty())
        return std::nullopt;
    return list->first();
}

bool History::deleteSession(qint64 sessionId, QString *error)
{
    return deleteSessions({sessionId}, error);
}

bool History::deleteSessions(const QList<qint64> &sessionIds, QString *error)
{
    const QList<qint64> open = datatools::openSessions(m_db.dataDir());
    for (qint64 id : sessionIds) {
        if (open.contains(id)) {
            *error = QCoreApplication::translate("History", "Session %1 is open in a MockLoop "
                                                            "program; close it there before "
                                                            "deleting it.")
                         .arg(id);
            return false;
        }
    }
    SessionStore store(m_db);
    QString failure;
    const bool deleted = m_db.inTransaction([&] {
        for (qint64 id : sessionIds) {
            if (!store.remove(id, &failure))
                return false;
        }
        return true;
    });
    if (!deleted && error)
        *error = failure.isEmpty() ? m_db.connection().lastError().text() : failure;
    return deleted;
}

QList<DiffSpan> wordDiff(const QString &before, const QString &after)
{
    // Words keep the whitespace that follows them, so the spans re-join into the texts.
    auto words = [](const QString &text) {
        QStringList out;
        static const QRegularExpression re(QStringLiteral("\\S+\\s*"));
        auto it = re.globalMatch(text);
        while (it.hasNext())
            out << it.next().captured(0);
        return out;
    };
    const QStringList a = words(before);
    const QStringList b = words(after);
    auto key = [](const QString &w) { return w.trimmed(); };
    // Longest common subsequence on words; answers are at most a few thousand words, and
    // beyond kMaxCells the comparison falls back to "all removed, all added".
    constexpr qsizetype kMaxCells = 4'000'000;
    QList<DiffSpan> spans;
    auto push = [&spans](DiffSpan::Kind kind, const QString &text) {
        if (!spans.isEmpty() && spans.last().kind == kind)
            spans.last().text += text;
        else
            spans.append({kind, text});
    };
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if ((n + 1) * (m + 1) > kMaxCells) {
        if (!before.isEmpty())
            push(DiffSpan::Removed, before);
        if (!after.isEmpty())
            push(DiffSpan::Added, after);
        return spans;
    }
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = key(a[i]) == key(b[j]) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (key(a[i]) == key(b[j])) {
            push(DiffSpan::Same, b[j]);
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            push(DiffSpan::Removed, a[i++]);
        } else {
            push(DiffSpan::Added, b[j++]);
        }
    }
    while (i < n)
        push(DiffSpan::Removed, a[i++]);
    while (j < m)
        push(DiffSpan::Added, b[j++]);
    return spans;
}

} // namespace mockloop
