#include "interview/ScoreDelta.h"

#include "storage/SessionStore.h"

#include <QCoreApplication>

namespace mockloop::desktop {

QString scoreDeltaText(int delta)
{
    return QCoreApplication::translate("ScoreDelta", "(%1)").arg(scoreChangeText(delta));
}

} // namespace mockloop::desktop
