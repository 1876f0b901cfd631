#pragma once

#include "base/Types.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mockloop {

// SM-2's E-Factor of a question never reviewed (docs/scheduling.md): the start of every review
// state, and what a kept, suspended one returns to when the schedule is forgotten.
inline constexpr double kStartingEase = 2.5;

// Where one question stands in spaced repetition (SM-2, docs/scheduling.md). Keyed by the
// question id only, so it survives a pack re-import and the question's deletion (a deleted
// question is simply never listed as due; re-imported, it comes back with its history).
struct ReviewState
{
    QString questionId;
    int repetitions = 0;         // successful reviews in a row
    int lapses = 0;              // grades below the pass mark, ever
    double ease = kStartingEase; // SM-2 E-Factor
    int intervalDays = 0;
    QDate dueOn; // local date on which it is due again
    QDateTime lastReviewedAt;
    int lastGrade = 0; // the overall grade 1..5 of the last review, 0 = never reviewed
    bool suspended = false;

    friend bool operator==(const ReviewState &, const ReviewState &) = default;
};

struct DueQuestion
{
    QString questionId;
    QString text;
    RoundKind kind = RoundKind::Technical;
    QDate dueOn;
    int intervalDays = 0;
    double ease = kStartingEase;
    int lapses = 0;
};

} // namespace mockloop
