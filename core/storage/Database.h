#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace mockloop {

class ReviewStore;

class Clock;

// The key under which a question snapshot is stored once (question_snapshots.digest).
QByteArray snapshotDigest(const QString &snapshotJson);

// The one SQLite file. Opening checks before it writes anything: a file that is not a
// MockLoop database, a damaged one, or one written by a newer MockLoop is refused with a
// message and left byte-for-byte untouched (its folder too). Then WAL, foreign keys, and the
// migrations (storage/Migrations.cpp). A new database is made complete beside its place and
// renamed into it, so a start that is killed never leaves half a database. Times it keeps (the
// clean-close marker, the weekly whole-file check, the name of the copy made before a
// migration) come from its clock. docs/schema.md, "Opening".
class Database
{
public:
    // Why open() failed. ReadOnly and NoSpace are about the place, not the file: the folder,
    // its mount or the file cannot be written, or the disk is full; the data is not damaged
    // and the message never suggests restoring a backup.
    enum class OpenError {
        None,
        NotADatabase,
        Damaged,
        Newer,
        Io,
        MigrationFailed,
        ReadOnly,
        NoSpace
    };

    // A step that changes the data on one connection, inside the caller's transaction.
    using DataStep = std::function<bool(QSqlDatabase &db, QString *error)>;
    struct Migration
    {
        int version; // the user_version after this step
        DataStep apply;
    };
    // The steps without a grade replay (see setGradeReplay): for tests that build old files.
    static QList<Migration> migrations();
    static int latestVersion();

    // Without a clock: the machine's. Programs and tests that check times pass theirs.
    Database();
    explicit Database(const Clock &clock);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, QString *error, OpenError *kind = nullptr);
    // For tests of the migration machinery itself.
    bool open(const QString &path, const QList<Migration> &migrations, QString *error,
              OpenError *kind = nullptr);
    void close();
    // What the person should know about the last successful open(), or empty: e.g. that an
    // empty (0-byte) file stood where the database belongs and a new database replaced it.
    // The desktop shows it in the status bar, the terminal program on standard error.
    QString openNotice() const { return m_openNotice; }

    // The schema 5 upgrade replays every stored grade into the review schedule. That is SM-2,
    // scheduling policy the store does not know (storage never includes practice): whoever opens
    // the person's database hands it in before open(), from practice/GradeReplay.h. Without it
    // an upgrade through version 5 succeeds only when the file holds no grades (a new file).
    using GradeReplay = std::function<bool(ReviewStore &store, QString *error)>;
    void setGradeReplay(GradeReplay replay) { m_gradeReplay = std::move(replay); }
    const GradeReplay &gradeReplay() const { return m_gradeReplay; }
    const Clock &clock() const { return *m_clock; }

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    QString dataDir() const;
    int schemaVersion() const { return m_version; }
    QString journalMode() const { return m_journalMode; }
    // Whether the last open() ran SQLite's whole-file quick_check. It runs when the file may
    // have changed since MockLoop last closed it cleanly, before a migration, and at least
    // every kFullCheckDays days; otherwise open() checks the header, version, owner and schema
    // only (docs/schema.md, "Checks at open").
    bool ranFullCheck() const { return m_ranFullCheck; }
    static constexpr int kFullCheckDays = 7;
    // The note written beside the database at a clean close: its size and time then, and when
    // the last whole-file check passed.
    static QString cleanCloseMarkerPath(const QString &databasePath);
    // Runs the whole-file check now, on a read-only connection beside the open one (Data →
    // Check the database, `mockloop-cli check`). A pass counts as the weekly check.
    bool checkNow(QString *error);
    // The copy made before the last migration of an existing database, if any.
    QString lastBackupPath() const { return m_backupPath; }

    // Reads a file through a read-only connection and refuses what open() would refuse (not
    // SQLite, another program's file, newer than `latest`, damaged); writes nothing. A missing
    // or empty file passes with version 0. *version receives its user_version.
    // With fullCheck false it skips the whole-file quick_check (open() decides, see above).
    static bool inspect(const QString &path, QString *error, OpenError *kind,
                        int *version = nullptr, int latest = latestVersion(), bool fullCheck = true);

    // The schema version written in the file's header, read as plain bytes before anything
    // opens it (no SQLite, nothing written): -1 when there is no SQLite file there. Enough to
    // tell the person an upgrade is coming; open() still decides everything.
    static int storedSchemaVersion(const QString &path);

    // What stops writing at path (a file, or a folder that may not exist yet), asked of the
    // file system rather than read from SQLite's words: a read-only mount (ReadOnly), a folder
    // or file that cannot be written (ReadOnly), a disk with (almost) no space left (NoSpace).
    // Returns OpenError::None and leaves *message alone when it finds none. Used when a write
    // has failed, to say what is really wrong.
    static OpenError fileSystemProblem(const QString &path, QString *message);
    // Below this many free bytes a failed write is put down to the full disk: SQLite needs
    // room for its shared-memory index (32 KiB) and a few pages of log before anything else.
    static constexpr qint64 kLowSpaceBytes = qint64(1024) * 1024;

    // Runs fn inside a transaction; commits when it returns true, rolls back otherwise. When
    // BEGIN or COMMIT fails, *error (if given) says why in words (sqlErrorText) and nothing was
    // written; fn reports its own failures. Called inside another inTransaction it runs in a
    // savepoint: its writes are undone when fn fails, and kept or undone with the outer one.
    bool inTransaction(QString *error, const std::function<bool()> &fn);
    bool inTransaction(const std::function<bool()> &fn) { return inTransaction(nullptr, fn); }

    static constexpr quint32 kApplicationId = 0x4D4C4F50; // "MLOP"

private:
    bool migrate(const QList<Migration> &migrations, QString *error);
    // When the file is missing or empty (0 bytes): makes and migrates the database as
    // <name>.new beside it and renames it into place once complete (*created), so a start that
    // is killed leaves no half-made database under the real name. Removes a stale .new.
    bool createIfMissing(const QList<Migration> &migrations, bool *created, QString *error,
                         OpenError *kind);
    // How long a start waits for another program that is making the database right now.
    static constexpr int kCreateWaitMs = 30000;
    void writeCleanCloseMarker() const;
    static bool needsFullCheck(const QString &databasePath, const QJsonObject &marker,
                               const QDateTime &now);

    QString m_connectionName;
    const Clock *m_clock;
    GradeReplay m_gradeReplay;
    QSqlDatabase m_db;
    QString m_path;
    QString m_backupPath;
    QString m_journalMode;
    QString m_openNotice;
    int m_version = 0;
    int m_transactionDepth = 0; // inTransaction calls running now: nested ones use savepoints
    bool m_ranFullCheck = false;
    QDateTime m_lastFullCheck; // UTC; invalid when never checked
};

} // namespace mockloop
