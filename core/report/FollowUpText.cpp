#include "report/FollowUpText.h"

#include <QCoreApplication>
#include <QStringList>

namespace mockloop {

QList<AskedFollowUp> askedFollowUps(const AttemptRecord &attempt)
{
    QList<AskedFollowUp> asked;
    const QList<FollowUpTimes> &times = attempt.times.followUps;
    for (int i = 0; i < times.size(); ++i) {
        const FollowUpRecord text = attempt.followUps.value(i);
        if (times[i].status == AttemptStatus::Pending
            || times[i].status == AttemptStatus::NotReached || text.question.isEmpty())
            continue;
        AskedFollowUp f;
        f.number = i + 1;
        f.question = text.question;
        f.answer = text.answer;
        f.status = times[i].status;
        f.answerUsedMs = times[i].answerUsedMs;
        f.answerLimitMs = times[i].answerLimitMs;
        f.lockedByExpiry = times[i].lockedByExpiry;
        asked.append(f);
    }
    return asked;
}

QString followUpStatusText(const AskedFollowUp &followUp)
{
    switch (followUp.status) {
    case AttemptStatus::Skipped: return QCoreApplication::translate("FollowUpText", "skipped");
    case AttemptStatus::Abandoned:
        return QCoreApplication::translate("FollowUpText", "left open when the session ended");
    case AttemptStatus::Active:
        return QCoreApplication::translate("FollowUpText", "being answered");
    default: break;
    }
    return followUp.lockedByExpiry
               ? QCoreApplication::translate("FollowUpText", "answered, locked at the deadline")
               : QCoreApplication::translate("FollowUpText", "answered");
}

QString followUpsPlainText(const AttemptRecord &attempt)
{
    QStringList parts;
    for (const AskedFollowUp &f : askedFollowUps(attempt)) {
        QString answer = f.answer.trimmed().isEmpty()
                             ? (f.status == AttemptStatus::Skipped
                                    ? QCoreApplication::translate("FollowUpText", "(skipped)")
                                    : QCoreApplication::translate("FollowUpText",
                                                                  "(no answer was written)"))
                             : f.answer;
        parts << QCoreApplication::translate("FollowUpText", "Follow-up %1: %2").arg(f.number).arg(f.question)
                     + QLatin1Char('\n') + answer;
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace mockloop
