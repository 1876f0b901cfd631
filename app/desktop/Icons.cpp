#include "Icons.h"

namespace mockloop::desktop {

QIcon actionIcon(ActionIcon which)
{
    // Theme names from the freedesktop icon naming specification where it has one; the
    // bundled files match each other in line and colour when the theme has none.
    struct Entry
    {
        const char *themeName;
        const char *fallback;
    };
    static constexpr Entry entries[] = {
        {"go-home", "home"},
        {"media-playback-start", "new-loop"},
        {"accessories-dictionary", "library"},
        {"document-open-recent", "history"},
        {"view-statistics", "progress"},
        {"user-bookmarks", "stories"},
    };
    const Entry &e = entries[int(which)];
    return QIcon::fromTheme(QLatin1String(e.themeName),
                            QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(e.fallback))));
}

QIcon applicationIcon()
{
    // The PNG sizes draw without the SVG image plugin; the SVG serves every other size.
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/mockloop-%1.png").arg(size), QSize(size, size));
    icon.addFile(QStringLiteral(":/icons/mockloop.svg"));
    return icon;
}

} // namespace mockloop::desktop
