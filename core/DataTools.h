#pragma once

#include <QString>
#include <QStringList>

namespace mockloop {

class Database;

// Backing up, restoring and deleting the person's data. See docs/data-tools.md.
namespace datatools {

// A consistent copy of the live database (VACUUM INTO: one read transaction, so it is safe
// while this or another program writes). Written beside the target and renamed into place;
// an existing target is replaced only once the copy is complete.
bool backup(Database &db, const QString &targetPath, QString *error);

// Sessions whose lock is held by a running program (the desktop app or a terminal
// interview). Restore and delete-all are refused while any is open.
QList<qint64> openSessions(const QString &dataDir);

// Replaces every row of the live database with the rows of the backup at sourcePath, in one
// transaction: other programs with the database open see either the old or the new data.
// First: the source is checked (a newer-version, damaged or foreign file is refused and
// nothing changes), an older-version source is upgraded in a temporary copy, and the current
// data is backed up to *backupOfCurrent (in the data dir). Refused while a session is open.
bool restore(Database &db, const QString &sourcePath, QString *backupOfCurrent, QString *error);

// Deletes every session with its rounds, attempts and answers. Built-in packs stay.
bool deleteAllSessions(Database &db, QString *error);

// Where automatic backups go: DATA_DIR/backups/mockloop-<label>-<UTC stamp>.sqlite
QString backupPathFor(const QString &dataDir, const QString &label);

} // namespace datatools
} // namespace mockloop
