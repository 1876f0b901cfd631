#pragma once

#include "session/Engine.h"
#include "session/Plan.h"

namespace mockloop {

// When the person may see a question's model outline, key points and the coach's remarks, and
// when a retake is offered: one rule for the desktop, the terminal and the report
// (docs/editors.md, "Hints at the end of the loop").

// Whether the hints may be shown in this state of a session. With hints after each answer
// they may (answering itself never shows them: no caller puts them on the question's page).
// With hints at the end of the loop only once the loop is over: a finished or abandoned
// session, or grading that the plan puts after the last round.
bool hintsShown(const LoopPlan &plan, State state);

// Whether the running loop offers retakes: the plan must allow them and show the hints after
// each answer. With hints held back to the end of the loop a retake would be a second try
// before the person has seen what the answer lacked, and strict mode imitates an interview
// that gives one try.
bool retakesOffered(const LoopPlan &plan);

} // namespace mockloop
