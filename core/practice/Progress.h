#pragma once

#include "base/Types.h"
#include "storage/ProgressRecord.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace mockloop {

class Database;

// Chart data from the stored history, each series one SQL query of storage/ProgressQueries
// (docs/progress.md). Days are local calendar days of the session's start; only graded
// attempts count toward scores.
class Progress
{
public:
    explicit Progress(Database &db);

    // Average overall score per day, for each round kind that has graded attempts.
    QMap<RoundKind, QList<TrendPoint>> scoreTrend(const QDate &from = {}) const;
    // Answer time used ÷ answer time allowed per day (1.0 = all of it; above 1 = overtime),
    // over submitted attempts with a time limit.
    QList<TrendPoint> timeUseTrend(const QDate &from = {}) const;
    // Share of key points covered per day (0..1), over attempts graded with the checklist.
    QList<TrendPoint> keyPointTrend(const QDate &from = {}) const;
    // Sessions started per day from `from` to `to`, every day listed (zero included).
    QList<TrendPoint> sessionsPerDay(const QDate &from, const QDate &to) const;
    // Lowest average score first (ties: more attempts first), at most `limit`.
    QList<WeakQuestion> weakestQuestions(int limit = 10) const;
    // Competencies of the questions asked (from their snapshots) × the scores they got.
    QList<WeakCompetency> weakestCompetencies(int limit = 5) const;

private:
    Database &m_db;
};

} // namespace mockloop
