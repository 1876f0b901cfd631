#pragma once

#include "storage/HistoryRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mockloop {

class Database;

// Which sessions a history list holds, as conditions on what is stored; every set field
// narrows. History turns the person's filter (local days, inclusive) into these.
struct SessionConditions
{
    QDateTime startedFrom;   // started at or after; invalid: no bound
    QDateTime startedBefore; // started before; invalid: no bound
    QString roundKind;       // the key of a kind the session has at least one round of
    QString status;
    QString text; // in the plan name or the text of any question it asked
};

// The SQL of the history page and of the answer search. Statements and row mapping only.
// A failed statement returns nothing and SQLite's message in *error (when given).
class HistoryQueries
{
public:
    explicit HistoryQueries(Database &db);

    // One page of the sessions meeting the conditions, sorted by a column (ties by id in the
    // same direction), with each session's figures.
    std::optional<QList<HistoryRow>> sessions(const SessionConditions &conditions,
                                              HistoryColumn sortBy, bool descending, int limit,
                                              int offset, QString *error) const;
    std::optional<int> count(const SessionConditions &conditions, QString *error) const;
    // The answer fields matching an FTS5 query, with a snippet each: newest first, or best
    // match first (FTS5's rank).
    std::optional<QList<SearchHit>> search(const QString &ftsQuery, int limit, bool bestMatch,
                                           QString *error) const;

private:
    Database &m_db;
};

} // namespace mockloop
