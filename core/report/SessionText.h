#pragma once

#include "storage/SessionRecord.h"

#include <QString>

namespace mockloop {

// How the parts of a stored session read for people, in the UI language (both programs and
// the report).

// A session status key as people read it ("unfinished", "finished", "abandoned").
QString sessionStatusDisplayName(const QString &statusKey);
// An answer field's name as people read it ("Situation", "Answer"…).
QString answerFieldDisplayName(const QString &fieldName);
// An attempt's status as people read it ("submitted, locked at the deadline", "not reached"…).
QString attemptStatusDisplayName(const AttemptTimes &times);
// A change of score as people read it: "+2", "−1" (a minus sign, not a hyphen), "±0".
QString scoreChangeText(int change);

} // namespace mockloop
