#pragma once

#include "base/Types.h"

#include <QList>
#include <QString>

#include <array>

namespace mockloop {

// One thing a grader scores from 1 to 5, with a concrete description of each score so a
// candidate can grade themselves honestly. The full table is in docs/coach.md.
struct RubricCriterion
{
    QString key;                    // stable, never translated: "correctness", "trade_offs"
    QString name;                   // translated
    std::array<QString, 5> anchors; // translated; anchors[0] describes a 1, anchors[4] a 5

    // The description of score 1..5; empty for anything else.
    QString anchor(int score) const;
    friend bool operator==(const RubricCriterion &, const RubricCriterion &) = default;
};

struct Rubric
{
    RoundKind kind = RoundKind::Technical;
    QList<RubricCriterion> criteria; // in the order a grader should read them
    friend bool operator==(const Rubric &, const Rubric &) = default;
};

inline constexpr int kRubricMinScore = 1;
inline constexpr int kRubricMaxScore = 5;

// The criteria for one round kind (docs/coach.md, "The rubric"):
//   technical      correctness, depth, clarity, trade_offs
//   system_design  requirements, high_level_design, scaling, trade_offs, communication
//   behavioral     structure, ownership, impact, reflection
//   cultural_fit   alignment, self_awareness, specificity
//   project        role_clarity, technical_depth, outcome, lessons
Rubric rubricFor(RoundKind kind);

// The overall score a grade starts from: the mean of the scores that were given, rounded half
// up (2.5 -> 3). Scores outside 1..5 (0 = not scored) are ignored; no score at all gives 0.
int defaultOverall(const QList<int> &scores);

} // namespace mockloop
