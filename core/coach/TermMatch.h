#pragma once

#include "coach/Sentences.h"

#include <QList>
#include <QString>
#include <QStringList>

// The coach's term matcher, shared by the key-point rule (Coach.cpp) and the pitfall rule
// (Pitfalls.cpp) so both read an answer the same way (docs/coach.md, "Matching key points").
// Internal to core/coach: the front ends use coach() and coaching::mentions().
namespace mockloop::coaching::detail {

// The units of one answer field, each with the sentence and the clause it stands in.
struct FieldUnits
{
    QStringList units;             // matchUnits() of the field, in order
    QList<int> sentence;           // per unit: the index of its sentence in sentences
    QList<int> clause;             // per unit: its clause, counted over the whole field
    QList<SentenceSpan> sentences; // sentenceSpans() of the field's text
};

FieldUnits fieldUnits(const QString &text);

// A term's units; none when the term has no letter or digit at all.
QStringList termUnits(const QString &term);

// One place a term occurs: its first and its last unit (inclusive).
struct Occurrence
{
    qsizetype first = 0;
    qsizetype last = 0;
};

// Every place needle (termUnits) occurs in f, by first unit: side by side in order, or its
// content words in any order within one sentence (docs/coach.md).
QList<Occurrence> occurrenceSpans(const FieldUnits &f, const QStringList &needle);

bool isFunctionWord(const QString &unit);

} // namespace mockloop::coaching::detail
