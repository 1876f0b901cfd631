#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mockloop {

// Which follow-up the interviewer asks (docs/engine.md, "Which follow-up"): decided from the
// answer alone, so the same answer always gets the same follow-up.

// The topic words of a follow-up: its match units (coaching::matchUnits, stemmed) without
// function and question words ("what", "would", "you", …) and without one-letter units; each
// once, in order.
QStringList followUpTopicWords(const QString &followUp);

// How many of the follow-up's topic words occur among the answer's match units.
struct FollowUpCoverage
{
    int covered = 0;
    int total = 0;
    friend bool operator==(const FollowUpCoverage &, const FollowUpCoverage &) = default;
};
FollowUpCoverage followUpCoverage(const QString &followUp, const QString &answerText);

// The index (in followUps) of the follow-up to ask next: of those not in `asked`, the one whose
// topic words the answer covered least, as a share (covered / total); a follow-up without
// topic words counts as fully covered; ties go to the earlier one. -1 when none is left.
int chooseFollowUp(const QStringList &followUps, const QString &answerText,
                   const QList<int> &asked = {});

} // namespace mockloop
