#pragma once

#include "coach/Pitfalls.h"
#include "questions/Question.h"
#include "storage/SessionRecord.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mockloop {

// The coach reads one submitted answer and says, without any model or network, what a careful
// interviewer would notice first: key points not mentioned, a STAR part missing, a story told
// as "we", hedging, an answer far too short for the time it took. Every rule and threshold is
// in docs/coach.md. coach() is a pure function: no clock, no randomness, same report for the
// same input.

enum class HintSeverity { Info, Warning };
QString toKey(HintSeverity severity); // "info" / "warning"

struct Hint
{
    QString code; // stable, never translated: "star.missing_part", "filler.high", ...
    HintSeverity severity = HintSeverity::Info;
    QString field;   // the answer field the hint is about ("task"), empty when none
    QString message; // translated, concrete: names the part, the counts, the words
    friend bool operator==(const Hint &, const Hint &) = default;
};

struct FieldWordCount
{
    QString name;
    int words = 0;
    friend bool operator==(const FieldWordCount &, const FieldWordCount &) = default;
};

struct CoachReport
{
    QList<bool> keyPointsCovered;     // parallel to question.keyPoints
    QList<Hint> hints;                // in rule order (docs/coach.md)
    QList<FieldWordCount> wordCounts; // parallel to the answer's fields
    int totalWords = 0;
    int iCount = 0;  // I, me, my, mine, myself, I'm, I've, I'd, I'll
    int weCount = 0; // we, us, our, ours, ourselves, we're, we've, we'd, we'll, let's
    QMap<QString, int> fillerCounts; // phrase ("basically", "i think") -> count; only > 0
    int fillerTotal = 0;
    int wordsPerMinute = 0; // rounded; 0 when no answer time was recorded
    // Sentences that state one of the question's pitfalls or a shared cliché (docs/coach.md):
    // the question's pitfalls in their order, then the clichés; each at most once.
    QList<PitfallFinding> pitfalls;

    int keyPointsCoveredCount() const;
    QStringList hintCodes() const;
    friend bool operator==(const CoachReport &, const CoachReport &) = default;
};

CoachReport coach(const Question &question, const QList<AnswerField> &answer, qint64 answerUsedMs,
                  qint64 answerLimitMs);

// The thresholds of the rules, named so docs/coach.md and the tests can point at them.
namespace coaching {

inline constexpr int kStarMinPartWords = 5;          // fewer words: the STAR part counts as missing
inline constexpr int kStoryMinWordsForPronouns = 40; // the I/we rule needs at least this many words
inline constexpr int kFillerPer100Words = 3;         // fillers must exceed this per 100 words...
inline constexpr int kFillerMinCount = 3;            // ...and there must be at least this many
inline constexpr int kFillerTopOffenders = 3;        // the hint names this many phrases
inline constexpr int kShortAnswerWords = 30;         // fewer words than this...
inline constexpr qint64 kShortAnswerAfterMs = 120'000; // ...after at least this much time
inline constexpr int kEndedEarlyMaxWords = 60;         // stopped before half the limit, fewer words
inline constexpr int kKeyPointCoveragePercent = 60; // coverage below this lists the missing points

// The text rules, exposed for tests and for highlighting in the editor.
//
// words(): the answer's words, lowercased. A word is a run of letters, digits, '+' and '#',
// joined by '-', '/', '_', '.', '\'' or '&' when those stand between two such characters, and by
// ',' between two digits ("key-value", "n+1", "c++", "node.js", "don't", "r&d", "1,000").
// Curly apostrophes and Unicode hyphens are read as ASCII. A run with no letter or digit
// ("+", "--") is not a word.
QStringList words(const QString &text);

// wordCount(): words(text).size(); the editors show it per section as the person types.
int wordCount(const QString &text);

// stem(): one lowercased word to its matching form (docs/coach.md, "The stemmer").
QString stem(const QString &word);

// matchUnits(): the stems that key-point terms are matched against: each word with a
// possessive "'s" removed, split at '-', '/' and '_' ("key-value" -> key, value), a single '+'
// as a unit of its own ("n+1" and "n + 1" -> n, +, 1; "c++" stays whole), each part stemmed.
// A term matches when its units occur as a contiguous run in the answer's units, or its
// words other than function words ("the", "of", "in", …) occur in any order in one sentence
// with only function words between them (docs/coach.md).
QStringList matchUnits(const QString &text);

// Whether text mentions term under the rules above (case-insensitive, whole words, stems,
// word order). The coach adds one rule for key points about past actions: a match in a
// clause that says it was not done ("I learned to…", "should have") does not tick them.
bool mentions(const QString &text, const QString &term);

} // namespace coaching

} // namespace mockloop
