#include "practice/History.h"

#include "base/TimeText.h"
#include "storage/DataTools.h"
#include "storage/Database.h"
#include "storage/HistoryQueries.h"
#include "storage/SessionStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mockloop {

namespace {

// The filter's meaning as stored conditions: `from` and `to` are local calendar days and both
// count (sessions started from the first moment of `from` to before the day after `to`).
SessionConditions conditionsFor(const HistoryFilter &f)
{
    SessionConditions c;
    if (f.from.isValid())
        c.startedFrom = f.from.startOfDay();
    if (f.to.isValid())
        c.startedBefore = f.to.addDays(1).startOfDay();
    if (f.kind)
        c.roundKind = toKey(*f.kind);
    c.status = f.status;
    c.text = f.text;
    return c;
}

// The one message for a history read that failed: what the person was looking at, and SQLite's
// reason.
void readFailed(const QString &reason, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("History", "Cannot read the history: %1").arg(reason);
}

} // namespace

History::History(Database &db)
    : m_db(db)
{
}

QList<HistoryRow> History::sessions(const HistoryFilter &filter, HistoryColumn sortBy,
                                    bool descending, int limit, int offset, QString *error) const
{
    QString reason;
    const auto rows = HistoryQueries(m_db).sessions(conditionsFor(filter), sortBy, descending,
                                                    limit, offset, &reason);
    if (!rows) {
        readFailed(reason, error);
        return {};
    }
    return *rows;
}

int History::count(const HistoryFilter &filter, QString *error) const
{
    QString reason;
    const std::optional<int> n = HistoryQueries(m_db).count(conditionsFor(filter), &reason);
    if (!n) {
        readFailed(reason, error);
        return 0;
    }
    return *n;
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
    QString reason;
    const auto found = HistoryQueries(m_db).search(match, limit, order == SearchOrder::BestMatch,
                                                   &reason);
    if (!found) {
        readFailed(reason, error);
        return hits;
    }
    return *found;
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

QList<DeleteRefusal> History::refusedDeletions(const QList<qint64> &sessionIds) const
{
    const QList<qint64> open = datatools::openSessions(m_db.dataDir());
    QList<DeleteRefusal> refused;
    for (qint64 id : sessionIds) {
        if (open.contains(id))
            refused.append({id, DeleteRefusal::Reason::OpenInAProgram});
    }
    return refused;
}

bool History::deleteSessions(const QList<qint64> &sessionIds, QString *error)
{
    if (const QList<DeleteRefusal> refused = refusedDeletions(sessionIds); !refused.isEmpty()) {
        *error = QCoreApplication::translate("History", "Session %1 is open in a MockLoop "
                                                        "program; close it there before "
                                                        "deleting it.")
                     .arg(refused.constFirst().sessionId);
        return false;
    }
    return SessionStore(m_db).remove(sessionIds, error);
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
            at(i, j) = key(a[i]) == key(b[j]) ? at(i + 1, j + 1) + 1
                                              : std::max(at(i + 1, j), at(i, j + 1));
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
