#pragma once

#include <QString>

namespace mockloop {

// Sets the organization and application name every MockLoop program uses, so the desktop app
// and the terminal program resolve the same data dir and share one database.
void setApplicationIdentity();

// The data dir: --data-dir when given, else MOCKLOOP_DATA_DIR, else
// QStandardPaths::AppDataLocation. Call after setApplicationIdentity().
QString resolveDataDir(const QString &commandLineOverride = {});
QString databasePath(const QString &dataDir);

} // namespace mockloop
