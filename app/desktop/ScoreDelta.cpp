#include "ScoreDelta.h"

#include <QCoreApplication>

namespace mockloop::desktop {

QString scoreDeltaText(int delta)
{
    if (delta > 0)
        return QCoreApplication::translate("ScoreDelta", "(+%1)").arg(delta);
    if (delta < 0)
        return QCoreApplication::translate("ScoreDelta", "(−%1)").arg(-delta);
    return QCoreApplication::translate("ScoreDelta", "(±0)");
}

} // namespace mockloop::desktop
