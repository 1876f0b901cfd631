#include "common/Icons.h"

#include <QCoreApplication>

#include <iterator>

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
    // Each icon is looked up once: Home and the toolbar share them, and every theme lookup
    // costs start-up time.
    static QIcon cache[std::size(entries)];
    // Released while the application still exists: icons hold pixmaps, which must not outlive it.
    static const bool releaseOnExit = [] {
        qAddPostRoutine([] {
            for (QIcon &icon : cache)
                icon = QIcon();
        });
        return true;
    }();
    Q_UNUSED(releaseOnExit);
    QIcon &cached = cache[int(which)];
    if (!cached.isNull())
        return cached;
    const Entry &e = entries[int(which)];
    // PNG sizes rendered from the SVGs (scripts/icons.sh): no SVG plugin to load at start-up.
    QIcon fallback;
    for (const int size : {16, 20, 24, 32, 40, 48})
        fallback.addFile(
            QStringLiteral(":/icons/actions/%1-%2.png").arg(QLatin1String(e.fallback)).arg(size),
            QSize(size, size));
    cached = QIcon::fromTheme(QLatin1String(e.themeName), fallback);
    return cached;
}

QIcon applicationIcon()
{
    // PNG sizes rendered from mockloop.svg (scripts/icons.sh).
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/mockloop-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace mockloop::desktop
