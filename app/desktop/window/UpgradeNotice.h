#pragma once

#include <QLabel>

#include <memory>

namespace mockloop::desktop {

// A small window shown while Database::open upgrades a file written by an older MockLoop: a
// backup copy comes first, and on years of history that takes seconds before the main window
// can appear (800 MB: about 3 s). Without it the start looks stuck.
class UpgradeNotice : public QLabel
{
    Q_OBJECT
public:
    // Shown and painted when the file at databasePath is an older MockLoop database; nullptr
    // when no upgrade is due (new, current, or not a database: open() explains those).
    static std::unique_ptr<UpgradeNotice> showIfUpgrading(const QString &databasePath);

private:
    UpgradeNotice(int fromVersion, int toVersion);
};

} // namespace mockloop::desktop
