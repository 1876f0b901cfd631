#include "interview/ScoreDelta.h"

#include "report/SessionText.h"
#include "storage/SessionRecord.h"

#include <QCoreApplication>

namespace mockloop::desktop {

QString scoreDeltaText(int delta)
{
    return QCoreApplication::translate("ScoreDelta", "(%1)").arg(scoreChangeText(delta));
}

} // namespace mockloop::desktop
