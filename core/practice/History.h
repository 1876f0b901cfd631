#pragma once

#include "base/Types.h"
#include "storage/HistoryRecord.h"
#include "storage/SessionRecord.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace mockloop {

class Database;

// A session History::deleteSessions will not delete, and why.
struct DeleteRefusal
{
    enum class Reason {
        OpenInAProgram // a MockLoop window or terminal has it open (holds its lock)
    };
    qint64 sessionId = 0;
    Reason reason = Reason::OpenInAProgram;
};

// What the history page filters on; unset fields match everything.
struct HistoryFilter
{
    QDate from; // inclusive, by start date in local time (as the history page shows dates)
    QDate to;   // inclusive
    std::optional<RoundKind> kind; // sessions with at least one round of this kind
    QString status;                // running / finished / abandoned
    QString text;                  // in the plan name or a question asked
};

class History
{
public:
    explicit History(Database &db);

    // Each reader returns nothing on a database error and, when error is given, says what
    // failed there (an empty list alone cannot tell "no sessions" from "cannot read").
    QList<HistoryRow> sessions(const HistoryFilter &filter, HistoryColumn sortBy, bool descending,
                               int limit, int offset = 0, QString *error = nullptr) const;
    int count(const HistoryFilter &filter, QString *error = nullptr) const;

    // Full-text search over every answer (FTS5). The person's words are quoted, so operators
    // and punctuation never cause a syntax error; each word also matches as a prefix. Newest
    // first by default: FTS5 walks rowids backwards and stops at the limit. Best match first
    // (FTS5's bm25 rank) must score every match before the limit applies: a few times slower
    // for words in most answers (docs/benchmarks.md), the same for specific ones.
    // Words of every script count ("مرحبا", "café" also finds "cafe"). FTS5's unicode61
    // splits at spaces and punctuation only, so a run of Chinese or Japanese without spaces
    // is one token: "日本語" finds "日本語のテキスト" (a prefix of the run) but "テキスト" does not.
    enum class SearchOrder { Newest, BestMatch };
    QList<SearchHit> search(const QString &words, int limit = 100, QString *error = nullptr,
                            SearchOrder order = SearchOrder::Newest) const;

    // Every attempt at one question, oldest first, with answers and grades.
    QList<AttemptRecord> attemptsOf(const QString &questionId, QString *error = nullptr) const;
    std::optional<AttemptRecord> attempt(qint64 attemptId, QString *error = nullptr) const;

    // Refused while a program has the session open.
    bool deleteSession(qint64 sessionId, QString *error);
    // Several at once, in one transaction: all of them or, when one is refused (see
    // refusedDeletions) or a delete fails, none.
    bool deleteSessions(const QList<qint64> &sessionIds, QString *error);
    // The sessions of the list that deleteSessions would refuse now, and why, in list order;
    // empty when all of them may go. A front end asks before it asks the person to confirm.
    QList<DeleteRefusal> refusedDeletions(const QList<qint64> &sessionIds) const;

    // The FTS5 query for a person's words (exposed for tests): each word and its prefix, and
    // "words in quotes" as a phrase. Nothing they type is read as FTS5 syntax.
    static QString matchQuery(const QString &words);

private:
    Database &m_db;
};

// A word-level difference between two texts, for comparing attempts side by side.
struct DiffSpan
{
    enum Kind { Same, Removed, Added };
    Kind kind = Same;
    QString text; // words with the whitespace that followed them
};
QList<DiffSpan> wordDiff(const QString &before, const QString &after);

} // namespace mockloop
