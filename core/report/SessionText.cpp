#include "report/SessionText.h"

#include "coach/AnswerTemplate.h"

#include <QCoreApplication>

namespace mockloop {

QString sessionStatusDisplayName(const QString &statusKey)
{
    if (statusKey == QLatin1String("running"))
        return QCoreApplication::translate("SessionStatus", "unfinished");
    if (statusKey == QLatin1String("finished"))
        return QCoreApplication::translate("SessionStatus", "finished");
    if (statusKey == QLatin1String("abandoned"))
        return QCoreApplication::translate("SessionStatus", "abandoned");
    return statusKey;
}

QString attemptStatusDisplayName(const AttemptTimes &t)
{
    switch (t.status) {
    case AttemptStatus::Submitted:
        return t.lockedByExpiry
                   ? QCoreApplication::translate("AttemptStatus", "submitted, locked at the deadline")
                   : QCoreApplication::translate("AttemptStatus", "submitted");
    case AttemptStatus::Skipped: return QCoreApplication::translate("AttemptStatus", "skipped");
    case AttemptStatus::NotReached:
        return QCoreApplication::translate("AttemptStatus", "not reached");
    case AttemptStatus::Active: return QCoreApplication::translate("AttemptStatus", "in progress");
    case AttemptStatus::Pending: return QCoreApplication::translate("AttemptStatus", "not started");
    case AttemptStatus::Abandoned:
        return QCoreApplication::translate("AttemptStatus", "not answered, session abandoned");
    }
    return {};
}

QString answerFieldDisplayName(const QString &name)
{
    // A follow-up's answer as the answer search names it (storage/HistoryQueries).
    static const QString followUpPrefix = QStringLiteral("follow_up_");
    if (name.startsWith(followUpPrefix)) {
        bool ok = false;
        const int number = name.mid(followUpPrefix.size()).toInt(&ok);
        if (ok)
            return QCoreApplication::translate("SessionStore", "Follow-up %1").arg(number);
    }
    return answerSectionTitle(name);
}

QString scoreChangeText(int change)
{
    if (change > 0)
        return QCoreApplication::translate("SessionStore", "+%1").arg(change);
    if (change < 0)
        return QCoreApplication::translate("SessionStore", "−%1").arg(-change);
    return QCoreApplication::translate("SessionStore", "±0");
}

} // namespace mockloop
