#pragma once

#include "SessionStore.h"

#include <QString>

namespace mockloop {

// A session as Markdown: plan, per round and per question the score, time used against the
// limit, overtime, paused and interrupted time, the answer fields and the note.
QString sessionMarkdown(const SessionRecord &session);

// "m:ss" for a duration in milliseconds (negative durations keep their sign).
QString formatDurationMs(qint64 ms);

} // namespace mockloop
