#include "session/HintsRule.h"

namespace mockloop {

bool hintsShown(const LoopPlan &plan, State state)
{
    if (plan.hintsTiming == HintsTiming::AfterEachAnswer)
        return true;
    switch (state) {
    case State::Finished:
    case State::Abandoned: return true;
    // Graded at the end of the loop: the last round is behind the person.
    case State::Grading: return plan.gradingTiming == GradingTiming::EndOfLoop;
    default: return false;
    }
}

bool retakesOffered(const LoopPlan &plan)
{
    return plan.retakeAllowed && plan.hintsTiming == HintsTiming::AfterEachAnswer;
}

} // namespace mockloop
