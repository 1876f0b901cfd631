#pragma once

#include "base/Types.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mockloop {

// What a heading or a question's wording says about its round kind, and the words that say it
// (lower case, as found: "tell me about a time", "design a", "behavio").
struct KindMatch
{
    RoundKind kind = RoundKind::Technical;
    QString phrase;
};

// The round kind an import proposes for a category, and why, in words a person reads in the
// preview ("the heading says “Behavioral”", "3 of 4 questions ask for a time when something
// happened (“tell me about a time”)").
struct KindGuess
{
    RoundKind kind = RoundKind::Technical;
    QString reason;
};

// The kind a category heading names, if it clearly names one ("System Design", "Behavioral
// questions", "Culture", "Projects", "Design patterns" and "Databases" are technical). A
// neutral heading names none: empty, "General", "Interview questions", a heading that is itself
// a question's title ("Why do you want to work here?").
std::optional<KindMatch> kindOfHeading(const QString &heading);

// The kind one question's wording asks for, and the phrase that says so: STAR phrasing ("tell
// me about a time", "how did you handle") → behavioral; "design a…", "how would you design",
// "architect", "scale…" → system design; "your project", "something you built", "what was your
// role" → project; values and motivation ("why do you want to work", "what motivates you",
// strengths and weaknesses) → cultural fit. None for everything else: technical by default.
std::optional<KindMatch> kindOfQuestion(const QString &text);

// A category's kind: the heading when it clearly names one, otherwise the questions' wording
// by majority (each question without a match counts for technical; a tie with technical goes
// to technical, one between other kinds to the first in the usual order), and technical when
// nothing says otherwise. The reason is translated and names where the category came from.
enum class CategoryFrom { Heading, Column };
KindGuess guessRoundKind(const QString &category, const QStringList &questionTexts,
                         CategoryFrom from = CategoryFrom::Heading);

} // namespace mockloop
