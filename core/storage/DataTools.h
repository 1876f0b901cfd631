#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

namespace mockloop {

class Clock;
class Database;

// Backing up, restoring and deleting the person's data. See docs/data-tools.md.
namespace datatools {

// Whether the folder of a file the person asked to write (a backup, an export, a report)
// exists. A missing folder is not made: a mistyped folder (or a stick that is not mounted)
// would otherwise quietly receive the file somewhere else. Every command and menu that writes
// a file the person names asks this first, so all refuse alike, naming the folder; nothing is
// written.
bool checkTargetFolder(const QString &filePath, QString *error);

// A consistent copy of the live database (VACUUM INTO: one read transaction, so it is safe
// while this or another program writes). Written beside the target and renamed into place;
// an existing target is replaced only once the copy is complete. The target's folder must
// exist (checkTargetFolder).
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

// What "Delete my data" can remove, each on its own (docs/data-tools.md). Built-in packs,
// hidden flags of built-in questions and the settings file are never part of it.
enum class DataPart {
    // Sessions with their rounds, answers and grades; the review schedule built from those
    // grades (a suspension stays); the story uses they recorded; question snapshots no answer
    // refers to any more.
    Sessions = 0x1,
    // The STAR story bank: stories, their competencies and uses.
    Stories = 0x2,
    // Every pack that is not built in: the own pack ("My questions") and imported packs, with
    // their questions and closing entries, and what was remembered of each imported file (its
    // path and round kinds, import_sources).
    OwnQuestions = 0x4,
    // The person's own presets.
    OwnPresets = 0x8,
    // The interview tracker: applications with their stage history, scheduled interviews
    // (interviewers, asked questions), contacts; the stages go back to the nine defaults.
    Tracker = 0x10,
};
Q_DECLARE_FLAGS(DataParts, DataPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(DataParts)
inline constexpr DataParts kAllDataParts = DataParts(0x1F);
// The parts in the order they are offered and named.
inline constexpr DataPart kDataPartOrder[] = {DataPart::Sessions, DataPart::Stories,
                                              DataPart::OwnQuestions, DataPart::OwnPresets,
                                              DataPart::Tracker};

// How much of each part a database holds (the live one or a backup).
struct DataCounts
{
    int sessions = 0;
    int stories = 0;
    int ownQuestions = 0;
    int ownPresets = 0;
    int applications = 0; // the tracker
    int of(DataPart part) const;
    friend bool operator==(const DataCounts &, const DataCounts &) = default;
};

bool countData(Database &db, DataCounts *counts, QString *error);
// Whether sourcePath is a backup restore would take (a MockLoop database of this or an older
// version, not damaged, not the live file); read-only. *version receives its schema version.
bool checkBackup(Database &db, const QString &sourcePath, int *version, QString *error);
// The counts of a backup file after checkBackup, read on a read-only connection (the file is
// not changed). A backup of an older version has none of what its version did not store yet.
bool countBackup(Database &db, const QString &path, DataCounts *counts, QString *error);

// "12 sessions, 3 stories, 5 own questions, 1 own preset and 4 applications" (every part,
// zeros too, so the two sides of a restore read alike).
QString describeCounts(const DataCounts &counts);
// One part with its count and what goes with it, for a check box or a line of help.
QString describePart(DataPart part, const DataCounts &counts);
// The question before a restore: what is replaced by what, and that the current data is kept.
QString restoreQuestion(const QString &backupName, const DataCounts &current,
                        const DataCounts &backup);
// The verb of the delete button: "Delete sessions and stories", "Delete everything".
QString deleteButtonText(DataParts parts);
// What was deleted, for the message afterwards.
QString deletedText(DataParts parts);

// Deletes the chosen parts in one transaction; every other row stays. Refused (nothing
// deleted) while a session is open.
bool deleteData(Database &db, DataParts parts, QString *error);
// deleteData(db, DataPart::Sessions): every session with its rounds, attempts and answers.
bool deleteAllSessions(Database &db, QString *error);

// Where automatic backups go: DATA_DIR/backups/mockloop-<label>-<UTC stamp>.sqlite, the stamp
// read from clock.
QString backupPathFor(const QString &dataDir, const QString &label, const Clock &clock);

} // namespace datatools
} // namespace mockloop
