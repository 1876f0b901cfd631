#pragma once

#include "storage/ProgressRecord.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>

namespace mockloop {

class Database;

// The SQL of the progress page: each series one statement (docs/progress.md). Days are the
// local calendar days of a session's start, as SQLite's 'localtime' gives them; only graded,
// counted attempts give scores. Statements and row mapping only: which days a chart shows is
// Progress's. A failed statement gives an empty series.
class ProgressQueries
{
public:
    explicit ProgressQueries(Database &db);

    // Sessions started at or after startedFrom (invalid: every session) ...
    // ... average overall score per round kind and day;
    QMap<RoundKind, QList<TrendPoint>> scoreByKindAndDay(const QDateTime &startedFrom) const;
    // ... answer time used ÷ allowed per day, over submitted attempts with a time limit;
    QList<TrendPoint> answerTimeUseByDay(const QDateTime &startedFrom) const;
    // ... share of key points covered per day, over attempts graded with the checklist.
    QList<TrendPoint> keyPointsCoveredByDay(const QDateTime &startedFrom) const;
    // Sessions started in [startedFrom, startedBefore) per day; days without any are absent.
    QMap<QDate, int> sessionsByDay(const QDateTime &startedFrom, const QDateTime &startedBefore) const;
    // Lowest average score first (ties: more graded attempts first, then id), at most limit,
    // each with its text, kind and score as last graded.
    QList<WeakQuestion> weakestQuestions(int limit) const;
    // The competencies of the questions asked (their snapshots) by average score, lowest first.
    QList<WeakCompetency> weakestCompetencies(int limit) const;
    // Each rubric criterion's average over the last `recent` graded, counted attempts of a round
    // kind (newest by id), lowest first (ties: by key).
    QList<CriterionAverage> recentCriterionAverages(RoundKind kind, int recent) const;

private:
    QList<TrendPoint> dailyRatio(const QString &sql, const QDateTime &startedFrom) const;

    Database &m_db;
};

} // namespace mockloop
