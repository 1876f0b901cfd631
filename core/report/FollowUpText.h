#pragma once

#include "session/Engine.h"
#include "storage/SessionRecord.h"

#include <QList>
#include <QString>

namespace mockloop {

// The follow-ups an attempt asked, for people (docs/engine.md, "Follow-ups"): one entry per
// follow-up the interviewer actually asked (one not reached is left out), in order.
struct AskedFollowUp
{
    int number = 0; // 1-based
    QString question;
    QString answer;
    AttemptStatus status = AttemptStatus::Submitted;
    qint64 answerUsedMs = 0;
    qint64 answerLimitMs = 0;
    bool lockedByExpiry = false;
};
QList<AskedFollowUp> askedFollowUps(const AttemptRecord &attempt);

// "Follow-up 1: QUESTION" and the answer below it ("(skipped)", "(no answer was written)"),
// the entries separated by a blank line; empty when none was asked. Plain text, translated.
QString followUpsPlainText(const AttemptRecord &attempt);
// The status of an asked follow-up for people: "answered", "skipped", "locked at the deadline"…
QString followUpStatusText(const AskedFollowUp &followUp);

} // namespace mockloop
