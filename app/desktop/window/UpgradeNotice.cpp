#include "window/UpgradeNotice.h"

#include "storage/Database.h"

#include <QApplication>
#include <QScreen>

namespace mockloop::desktop {

UpgradeNotice::UpgradeNotice(int fromVersion, int toVersion)
    : QLabel(nullptr, Qt::SplashScreen | Qt::WindowStaysOnTopHint)
{
    setObjectName(QStringLiteral("upgradeNotice"));
    setWindowTitle(tr("MockLoop"));
    setText(tr("<p><b>Upgrading your MockLoop data</b> (database version %1 to %2).</p>"
               "<p>A backup copy is made first. With a long history this takes a few "
               "seconds; nothing is lost if it is interrupted.</p>")
                .arg(fromVersion)
                .arg(toVersion));
    setWordWrap(true);
    setMargin(18);
    setFrameShape(QFrame::Box);
    setFixedWidth(440);
}

std::unique_ptr<UpgradeNotice> UpgradeNotice::showIfUpgrading(const QString &databasePath)
{
    const int stored = Database::storedSchemaVersion(databasePath);
    const int latest = Database::latestVersion();
    if (stored <= 0 || stored >= latest)
        return nullptr;
    std::unique_ptr<UpgradeNotice> notice(new UpgradeNotice(stored, latest));
    notice->adjustSize();
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        notice->move(screen->availableGeometry().center() - notice->rect().center());
    notice->show();
    // Painted now: open() blocks the event loop until the upgrade is done.
    QApplication::processEvents();
    return notice;
}

} // namespace mockloop::desktop
