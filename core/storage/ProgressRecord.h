#pragma once

#include "base/Types.h"

#include <QDate>
#include <QString>

namespace mockloop {

// The figures of the progress page (Progress, storage/ProgressQueries).

// One day of a trend: the value and how many attempts (or sessions) it is made of.
struct TrendPoint
{
    QDate day;
    double value = 0;
    int count = 0;
    friend bool operator==(const TrendPoint &, const TrendPoint &) = default;
};

struct WeakQuestion
{
    QString questionId;
    QString text; // as last asked
    RoundKind kind = RoundKind::Technical;
    double averageScore = 0;
    int attempts = 0; // graded attempts
    int lastScore = 0;
};

struct WeakCompetency
{
    QString competency;
    double averageScore = 0;
    int attempts = 0;
};

// A rubric criterion's recent average for one round kind.
struct CriterionAverage
{
    RoundKind kind = RoundKind::Technical;
    QString criterion;
    double average = 0;
    int grades = 0;
};

} // namespace mockloop
