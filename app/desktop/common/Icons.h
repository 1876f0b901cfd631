#pragma once

#include <QIcon>

namespace mockloop::desktop {

// One icon per action, the same everywhere: the desktop's icon theme first (freedesktop
// names), then the small set bundled in resources/icons/actions.
enum class ActionIcon { Home, NewLoop, Library, History, Progress, Stories };

QIcon actionIcon(ActionIcon which);
// The application's icon (window title, about box, task bar), from resources/icons.
QIcon applicationIcon();

} // namespace mockloop::desktop
