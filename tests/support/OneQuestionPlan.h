#pragma once

// A loop of one question, answered at once and graded right after it, retakes allowed: the
// smallest session in which grading and the hints rule show (docs/editors.md). Used by the
// GUI and the CLI tests of grading.
#include "session/Plan.h"

namespace mockloop::test {

inline LoopPlan oneQuestionPlan(const QString &questionId, RoundKind kind = RoundKind::Technical)
{
    LoopPlan plan;
    plan.name = QStringLiteral("one question");
    plan.prepSeconds = 0;
    plan.closingSegment = false;
    plan.gradingTiming = GradingTiming::AfterEachQuestion;
    plan.hintsTiming = HintsTiming::AfterEachAnswer;
    plan.retakeAllowed = true;
    plan.rounds = {RoundPlan{kind, 1, {questionId}, {}, {}, {}, {}}};
    return plan;
}

} // namespace mockloop::test
