#pragma once

#include <QString>

namespace mockloop {

// Text from the database (answers, notes, question texts, names) as it may be written to a
// terminal: what a terminal would obey instead of showing is written out as "\uXXXX" (ESC as
// "\u001b"), so an answer holding "ESC c" cannot reset the person's terminal, move the cursor
// or retitle the window, and nothing can be overwritten or reordered to disguise what is shown
// (docs/export.md, "Terminal output"). Escaped:
//
// - C0 controls U+0000–U+001F except tab and line feed, and a carriage return that is not
//   followed by a line feed (CRLF line ends stay; a lone CR would return to the line start
//   and let later text overwrite earlier text);
// - DEL U+007F and the C1 controls U+0080–U+009F (U+009B is a CSI on its own in UTF-8 mode);
// - the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 (the
//   "Trojan Source" set: they reorder what follows them). The marks U+200E, U+200F and
//   U+061C, right-to-left letters, emoji and combining characters stay as they are.
//
// One form for every escaped character, "\u" and four hex digits, chosen because it is also a
// JSON escape: a JSON export written through this stays valid JSON with the same values.
// Everything else, including a backslash, is unchanged, so the result is for reading, not
// for reading back: files written with --output keep the exact text.
QString terminalSafe(const QString &text);

// Whether terminalSafe would change the character c (given whether a line feed follows it).
bool needsTerminalEscape(char16_t c, bool lineFeedFollows);

} // namespace mockloop
