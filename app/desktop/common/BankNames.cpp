#include "common/BankNames.h"

#include "questions/Question.h"

#include <QCoreApplication>

namespace mockloop::desktop {

QString trackDisplayName(const QString &track)
{
    if (track == u"intern")
        return QCoreApplication::translate("BankNames", "Intern");
    if (track == u"backend")
        return QCoreApplication::translate("BankNames", "Backend");
    if (track == u"senior")
        return QCoreApplication::translate("BankNames", "Senior");
    if (track == u"sony")
        return QCoreApplication::translate("BankNames", "Sony-style");
    return track;
}

QStringList difficultyKeys()
{
    return kDifficultyKeys;
}

QString difficultyDisplayName(const QString &difficulty)
{
    if (difficulty.isEmpty())
        return QCoreApplication::translate("BankNames", "–");
    if (difficulty == u"intern")
        return QCoreApplication::translate("BankNames", "Intern");
    if (difficulty == u"junior")
        return QCoreApplication::translate("BankNames", "Junior");
    if (difficulty == u"mid")
        return QCoreApplication::translate("BankNames", "Mid-level");
    if (difficulty == u"senior")
        return QCoreApplication::translate("BankNames", "Senior");
    return difficulty;
}

QString questionCountText(int count)
{
    return count == 1 ? QCoreApplication::translate("BankNames", "1 question")
                      : QCoreApplication::translate("BankNames", "%1 questions").arg(count);
}

} // namespace mockloop::desktop
