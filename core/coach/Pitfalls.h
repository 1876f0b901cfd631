#pragma once

#include "coach/Cliches.h"
#include "coach/TermMatch.h"
#include "questions/Question.h"
#include "storage/SessionRecord.h"

#include <QList>
#include <QSet>
#include <QString>

namespace mockloop {

// A sentence of an answer that states a pitfall: the question's own or a shared cliché
// (docs/coach.md, "Pitfalls and clichés").
struct PitfallFinding
{
    QString field;    // the answer field the sentence is in ("answer", "action")
    QString sentence; // the sentence as written (trimmed)
    int pitfall = -1; // the index in question.pitfalls; -1 for a shared cliché
    QString clicheId; // the shared cliché's id; empty for the question's own pitfall
    QString claim;    // the pitfall's text: the wrong claim or cliché
    QString correction;
    bool isCliche() const { return pitfall < 0; }
    friend bool operator==(const PitfallFinding &, const PitfallFinding &) = default;
};

namespace coaching {

// A negation this many units before the first matched term (in its clause), anywhere from the
// first to the last matched term, or this many units after the last (in its clause) means the
// sentence does not state the pitfall (docs/coach.md).
inline constexpr int kNegationWindowBefore = 4;
inline constexpr int kNegationWindowAfter = 2;

// Whether text states the pitfall in one of its sentences, under the rules of docs/coach.md
// (all terms in one sentence, no negation near them). For tests and for checking pack content.
bool statesPitfall(const QString &text, const Pitfall &pitfall);

namespace detail {

struct PitfallScan
{
    QList<PitfallFinding> findings;    // the question's pitfalls in order, then the clichés
    QList<QSet<int>> flaggedSentences; // per answer field: sentences holding a finding
};

// The pitfall rule over an answer whose fields were read into fields (parallel to answer).
PitfallScan scanPitfalls(const QList<Pitfall> &own, const QList<Cliche> &cliches,
                         const QList<AnswerField> &answer, const QList<FieldUnits> &fields);

} // namespace detail

} // namespace coaching

} // namespace mockloop
