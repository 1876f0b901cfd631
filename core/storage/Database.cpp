#include "storage/Database.h"

#include "base/Clock.h"
#include "storage/Migrations.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QtEndian>

#include <atomic>

namespace mockloop {

namespace {

class DbText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

QByteArray snapshotDigest(const QString &snapshotJson)
{
    return QCryptographicHash::hash(snapshotJson.toUtf8(), QCryptographicHash::Sha256);
}

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("mockloop-%1").arg(++counter);
}

// The clock of a Database that is given none: the machine's, one per process.
const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace

QList<Database::Migration> Database::migrations()
{
    return migrationSteps({});
}

int Database::latestVersion()
{
    return migrations().constLast().version;
}

Database::Database()
    : Database(systemClock())
{
}

Database::Database(const Clock &clock)
    : m_connectionName(nextConnectionName())
    , m_clock(&clock)
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    const bool wasOpen = m_db.isOpen();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (wasOpen)
        writeCleanCloseMarker();
}

namespace {

// The marker's keys. Sizes and times are of the database file itself.
const QString kMarkerSize = QStringLiteral("size");
const QString kMarkerModified = QStringLiteral("modified");
const QString kMarkerChecked = QStringLiteral("checked");

// A write-ahead log left with content means the last connection did not close cleanly (or
// another program has the file open right now).
bool hasPendingLog(const QString &databasePath)
{
    const QFileInfo wal(databasePath + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

QJsonObject readMarker(const QString &databasePath)
{
    QFile file(Database::cleanCloseMarkerPath(databasePath));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QDateTime markerCheckedAt(const QJsonObject &marker)
{
    return QDateTime::fromString(marker.value(kMarkerChecked).toString(), Qt::ISODate);
}

} // namespace

QString Database::cleanCloseMarkerPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".clean");
}

bool Database::needsFullCheck(const QString &databasePath, const QJsonObject &marker,
                              const QDateTime &now)
{
    const QFileInfo file(databasePath);
    if (!file.exists() || file.size() == 0)
        return false; // nothing to check: a new database
    if (hasPendingLog(databasePath))
        return true;
    if (marker.isEmpty())
        return true; // never closed cleanly by this version, or the close was not clean
    if (marker.value(kMarkerSize).toInteger(-1) != file.size()
        || marker.value(kMarkerModified).toInteger(-1) != file.lastModified().toMSecsSinceEpoch())
        return true; // changed by something else since MockLoop closed it
    const QDateTime checked = markerCheckedAt(marker);
    return !checked.isValid() || checked > now.addDays(1) || checked.addDays(kFullCheckDays) < now;
}

bool Database::checkNow(QString *error)
{
    OpenError kind = OpenError::None;
    int version = 0;
    if (!isOpen()) {
        *error = DbText::tr("No database is open.");
        return false;
    }
    if (!inspect(m_path, error, &kind, &version, m_version, true))
        return false;
    m_lastFullCheck = m_clock->wallTime().toUTC();
    return true;
}

void Database::writeCleanCloseMarker() const
{
    // Another connection still holds the file (or the close did not finish): no promise.
    if (hasPendingLog(m_path) || !m_lastFullCheck.isValid())
        return;
    const QFileInfo file(m_path);
    if (!file.exists())
        return;
    const QJsonObject marker{
        {kMarkerSize, file.size()},
        {kMarkerModified, file.lastModified().toMSecsSinceEpoch()},
        {kMarkerChecked, m_lastFullCheck.toString(Qt::ISODateWithMs)},
    };
    QSaveFile out(cleanCloseMarkerPath(m_path));
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(marker).toJson(QJsonDocument::Compact));
        out.commit(); // a marker that cannot be written only means a full check next time
    }
}

QString Database::dataDir() const
{
    return QFileInfo(m_path).absolutePath();
}

bool Database::open(const QString &path, QString *error, OpenError *kind)
{
    return open(path, migrationSteps(m_gradeReplay), error, kind);
}

namespace {

// SQLite's primary result codes (https://www.sqlite.org/rescode.html). Only CORRUPT and NOTADB
// say that the bytes of the file are wrong; the others are about the place or the moment.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADb = 26;

int sqliteCode(const QSqlError &e)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// One value read on db; *failure receives the error when there is none.
bool readValue(QSqlDatabase &db, const QString &sql, QVariant *value, QSqlError *failure)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next()) {
        *value = q.value(0);
        return true;
    }
    *failure = q.lastError();
    return false;
}

// The files SQLite keeps beside a database while it is open or after an unclean close.
const QString kJournal = QStringLiteral("-journal");
const QString kWal = QStringLiteral("-wal");
const QString kShm = QStringLiteral("-shm");

void removeSideFiles(const QString &path)
{
    for (const QString &suffix : {kJournal, kWal, kShm})
        QFile::remove(path + suffix);
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Why SQLite failed on path: the file system's reason when there is one (a read-only mount,
// folder or file, a full disk), SQLite's "disk full", or else the caller's words (ioMessage).
Database::OpenError explainFailure(const QString &path, const QSqlError &failure,
                                   const QString &ioMessage, QString *message)
{
    const Database::OpenError kind = Database::fileSystemProblem(path, message);
    if (kind != Database::OpenError::None)
        return kind;
    if (sqliteCode(failure) == kSqliteFull) {
        *message = DbText::tr("The disk that holds %1 has no space left. Your data is not "
                              "damaged; free some space and try again.")
                       .arg(QDir::toNativeSeparators(path));
        return Database::OpenError::NoSpace;
    }
    *message = ioMessage;
    return Database::OpenError::Io;
}

// A write that never finished (a kill, a crash, a power cut while the file was in rollback-
// journal mode) leaves a "hot" journal beside the file: the old contents of the pages it had
// changed. SQLite puts them back on the next read-write connection and so restores the last
// committed state, but the read-only check in inspect() cannot, and found such a file
// unreadable. So SQLite gets that first read here, only for an SQLite file with a journal that
// is not empty; whether the journal is hot is SQLite's decision (one that another program is
// still writing is not). A failure changes nothing and is diagnosed by the check that follows.
void rollBackHotJournal(const QString &path)
{
    const QFileInfo journal(path + kJournal);
    if (!journal.exists() || journal.size() == 0 || !isSqliteFile(path))
        return;
    const QString name = nextConnectionName() + QStringLiteral("-rollback");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

Database::OpenError Database::fileSystemProblem(const QString &path, QString *message)
{
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    // The nearest folder that exists: where a missing one would have to be made.
    QFileInfo existing(folder);
    while (!existing.exists() && !existing.isRoot())
        existing = QFileInfo(existing.absolutePath());
    const QString shownFolder = QDir::toNativeSeparators(folder);
    const QStorageInfo storage(existing.absoluteFilePath());
    if (storage.isValid() && storage.isReadOnly()) {
        *message = DbText::tr("MockLoop cannot write in the folder %1: the file system it is on "
                              "(%2) is mounted read-only. Your data is not damaged; make it "
                              "writable or choose another data dir, and try again.")
                       .arg(shownFolder, QDir::toNativeSeparators(storage.rootPath()));
        return OpenError::ReadOnly;
    }
    if (!existing.isDir()) {
        *message = DbText::tr("MockLoop cannot make the folder %1: %2 is a file, not a folder.")
                       .arg(shownFolder, QDir::toNativeSeparators(existing.absoluteFilePath()));
        return OpenError::Io;
    }
    if (!existing.isWritable()) {
        *message = DbText::tr("MockLoop cannot write in the folder %1: it is read-only for you "
                              "(no permission). Your data is not damaged; make it writable or "
                              "choose another data dir, and try again.")
                       .arg(QDir::toNativeSeparators(existing.absoluteFilePath()));
        return OpenError::ReadOnly;
    }
    for (const QString &file : {path, path + kWal, path + kShm, path + kJournal}) {
        const QFileInfo info(file);
        if (info.exists() && !info.isWritable()) {
            *message = DbText::tr("%1 is read-only, and MockLoop needs to write to it. Your data "
                                  "is not damaged; make the file writable and try again.")
                           .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
            return OpenError::ReadOnly;
        }
    }
    if (storage.isValid() && storage.bytesAvailable() < kLowSpaceBytes) {
        *message = DbText::tr("The disk that holds %1 has no space left (%2 free). Your data is "
                              "not damaged; free some space and try again.")
                       .arg(shownFolder, QLocale().formattedDataSize(storage.bytesAvailable()));
        return OpenError::NoSpace;
    }
    return OpenError::None;
}

bool Database::inspect(const QString &path, QString *error, OpenError *kind, int *version,
                       int latest, bool fullCheck)
{
    OpenError ignoredKind = OpenError::None;
    if (!kind)
        kind = &ignoredKind;
    int ignoredVersion = 0;
    if (!version)
        version = &ignoredVersion;
    *version = 0;
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *kind = OpenError::Io;
        *error = DbText::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16)) {
        *kind = OpenError::NotADatabase;
        *error = DbText::tr("%1 is not a MockLoop database (it is not an SQLite file). MockLoop "
                            "left it untouched; move it away or choose another data dir.")
                     .arg(path);
        return false;
    }

    // Even a read-only connection makes -wal and -shm beside a WAL file, and leaves them when it
    // closes. A refused file's folder stays as it was: what this check made is removed below.
    const bool hadWal = QFile::exists(path + kWal);
    const bool hadShm = QFile::exists(path + kShm);
    OpenError failed = OpenError::None;
    QString message;
    const auto fail = [&failed, &message](OpenError k, const QString &m) {
        failed = k;
        message = m;
    };
    // A read that failed: damage only when SQLite says the bytes are wrong. Otherwise it is the
    // place (a read-only mount or folder, a full disk: the check cannot make its -shm there) or
    // the moment, and the message never sends the person to a backup.
    const auto readFailed = [&fail, &path](const QSqlError &e) {
        const int code = sqliteCode(e);
        QString m;
        if (code == kSqliteCorrupt || code == kSqliteNotADb) {
            m = DbText::tr("%1 is damaged (SQLite reports: %2). MockLoop left it untouched; "
                           "restore a backup or choose another data dir.")
                    .arg(path, e.text());
            fail(OpenError::Damaged, m);
            return;
        }
        const OpenError k = explainFailure(
            path, e,
            DbText::tr("Cannot read %1 (SQLite reports: %2). MockLoop left it untouched.")
                .arg(path, e.text()),
            &m);
        fail(k, m);
    };

    // A read-only connection: nothing below can change a byte of the file.
    const QString probeName = nextConnectionName() + QStringLiteral("-probe");
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!probe.open())
            readFailed(probe.lastError());
        QSqlError e;
        QVariant value;
        if (failed == OpenError::None) {
            if (readValue(probe, QStringLiteral("PRAGMA user_version"), &value, &e))
                *version = value.toInt();
            else
                readFailed(e);
        }
        quint32 appId = 0;
        if (failed == OpenError::None) {
            if (readValue(probe, QStringLiteral("PRAGMA application_id"), &value, &e))
                appId = value.toUInt();
            else
                readFailed(e);
        }
        if (failed == OpenError::None && *version > latest)
            fail(OpenError::Newer,
                 DbText::tr("%1 was written by a newer MockLoop (database version %2; this "
                            "version knows up to %3). MockLoop left it untouched; update "
                            "MockLoop to open it.")
                     .arg(path)
                     .arg(*version)
                     .arg(latest));
        if (failed == OpenError::None && appId != kApplicationId) {
            if (!readValue(probe, QStringLiteral("SELECT count(*) FROM sqlite_schema"), &value, &e))
                readFailed(e);
            else if (value.toInt() != 0)
                fail(OpenError::NotADatabase,
                     DbText::tr("%1 is an SQLite file of another program, not a MockLoop "
                                "database. MockLoop left it untouched.")
                         .arg(path));
        }
        if (failed == OpenError::None && !fullCheck) {
            // The light check: the schema must be readable (page 1 and the schema pages).
            QSqlQuery schema(probe);
            bool ok = schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema"));
            while (ok && schema.next()) {
            }
            if (!ok || schema.lastError().isValid())
                readFailed(schema.lastError());
        }
        if (failed == OpenError::None && fullCheck) {
            if (!readValue(probe, QStringLiteral("PRAGMA quick_check"), &value, &e))
                readFailed(e);
            else if (value.toString() != QLatin1String("ok"))
                fail(OpenError::Damaged,
                     DbText::tr("%1 is damaged (SQLite reports: %2). MockLoop left it "
                                "untouched; restore a backup or choose another data dir.")
                         .arg(path, value.toString()));
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    if (failed == OpenError::None)
        return true;
    // Only what the check made, and only while it holds nothing: a log it made is empty (a
    // read-only connection never writes one), and the index of an empty log indexes nothing.
    const QFileInfo wal(path + kWal);
    if (!hadWal && wal.exists() && wal.size() == 0)
        QFile::remove(wal.absoluteFilePath());
    if (!hadShm && !QFile::exists(path + kWal))
        QFile::remove(path + kShm);
    *kind = failed;
    *error = message;
    return false;
}

bool Database::createIfMissing(const QList<Migration> &steps, bool *created, QString *error,
                               OpenError *kind)
{
    *created = false;
    const QString fresh = m_path + QStringLiteral(".new");
    const auto missingOrEmpty = [this] {
        const QFileInfo file(m_path);
        return !file.exists() || file.size() == 0;
    };
    if (!missingOrEmpty() && !QFile::exists(fresh))
        return true;
    // One program at a time makes the database; another that starts meanwhile waits and then
    // opens what the first made. QLockFile takes over the lock of a program that died.
    QLockFile lock(fresh + QStringLiteral(".lock"));
    if (!lock.tryLock(missingOrEmpty() ? kCreateWaitMs : 0)) {
        if (!missingOrEmpty())
            return true; // only the stale .new stays, for a later start to remove
        *kind = fileSystemProblem(m_path, error);
        if (*kind == OpenError::None) {
            *kind = OpenError::Io;
            *error = DbText::tr("Cannot make the database %1: another MockLoop program is making "
                                "it, or %2 cannot be written. Try again in a moment.")
                         .arg(m_path, lock.fileName());
        }
        return false;
    }
    removeSideFiles(fresh); // left by a start that was killed while making it
    QFile::remove(fresh);
    if (!missingOrEmpty())
        return true; // made by another program while this one waited
    const bool replacesEmptyFile = QFile::exists(m_path);

    QString message;
    QSqlError failure;
    OpenError failedKind = OpenError::None;
    const auto fail = [&](OpenError k, const QString &m, const QSqlError &e) {
        if (failedKind != OpenError::None)
            return;
        failedKind = k;
        message = m;
        failure = e;
    };
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(fresh);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        fail(OpenError::Io, DbText::tr("Cannot make %1: %2").arg(m_path, m_db.lastError().text()),
             m_db.lastError());
    QVariant value;
    QSqlError e;
    if (failedKind == OpenError::None
        && (!readValue(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), &value, &e)
            || value.toString() != QLatin1String("wal")))
        fail(OpenError::Io,
             DbText::tr("Cannot switch %1 to write-ahead logging (got \"%2\"); the file "
                        "system may not support it.")
                 .arg(m_path, e.isValid() ? e.text() : value.toString()),
             e);
    QSqlQuery q(m_db);
    if (failedKind == OpenError::None
        && (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON"))
            || !q.exec(QStringLiteral("PRAGMA synchronous=FULL"))))
        fail(OpenError::Io, q.lastError().text(), q.lastError());
    QString migrateError;
    if (failedKind == OpenError::None && !migrate(steps, &migrateError))
        fail(OpenError::MigrationFailed, migrateError, m_db.lastError());
    // Everything into the file itself before it gets its name: no log goes with it.
    if (failedKind == OpenError::None
        && (!readValue(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &value, &e)
            || value.toInt() != 0))
        fail(OpenError::Io,
             DbText::tr("Cannot make %1: %2").arg(m_path, e.isValid() ? e.text() : QString()), e);
    q = QSqlQuery();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (failedKind == OpenError::None && QFileInfo(fresh + kWal).size() > 0)
        fail(OpenError::Io, DbText::tr("Cannot make %1: its log was not written back.").arg(m_path),
             {});

    if (failedKind == OpenError::None) {
        // Nothing left beside the old name may apply to the new file: SQLite would roll a
        // leftover journal back into it or replay a leftover log (beside an empty file it
        // ignores both itself).
        removeSideFiles(m_path);
        if (replacesEmptyFile && QFileInfo(m_path).size() == 0)
            QFile::remove(m_path);
        if (!QFile::rename(fresh, m_path))
            fail(OpenError::Io,
                 DbText::tr("Cannot move the new database into place at %1.").arg(m_path), {});
    }
    if (failedKind != OpenError::None) {
        QString why;
        const OpenError place = failedKind == OpenError::MigrationFailed
                                    ? fileSystemProblem(fresh, &why)
                                    : explainFailure(fresh, failure, message, &why);
        removeSideFiles(fresh);
        QFile::remove(fresh);
        if (place != OpenError::None && place != OpenError::Io) {
            *kind = place;
            *error = why.replace(QDir::toNativeSeparators(fresh), QDir::toNativeSeparators(m_path));
        } else {
            *kind = failedKind;
            *error = message;
        }
        return false;
    }
    if (replacesEmptyFile)
        m_openNotice = DbText::tr("%1 was an empty file (0 bytes), as a first start that was "
                                  "interrupted leaves it. MockLoop made a new database in its "
                                  "place.")
                           .arg(m_path);
    *created = true;
    return true;
}

bool Database::open(const QString &path, const QList<Migration> &steps, QString *error,
                    OpenError *kind)
{
    OpenError ignored = OpenError::None;
    if (!kind)
        kind = &ignored;
    *kind = OpenError::None;
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_backupPath.clear();
    m_openNotice.clear();

    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *kind = fileSystemProblem(m_path, error);
        if (*kind == OpenError::None) {
            *kind = OpenError::Io;
            *error = DbText::tr("Cannot create the data dir %1.").arg(QFileInfo(m_path).absolutePath());
        }
        return false;
    }
    rollBackHotJournal(m_path);
    bool created = false;
    if (!createIfMissing(steps, &created, error, kind))
        return false;
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    // The whole-file check costs about a second per GB; it runs when the file may have been
    // damaged or changed since MockLoop last closed it, and before every migration. A database
    // made just now has nothing to check.
    const QJsonObject marker = readMarker(m_path);
    const QDateTime now = m_clock->wallTime().toUTC();
    m_ranFullCheck = !created && needsFullCheck(m_path, marker, now);
    int version = 0;
    if (!inspect(m_path, error, kind, &version, latest, m_ranFullCheck))
        return false;
    if (!m_ranFullCheck && !created && version > 0 && version < latest) {
        m_ranFullCheck = true;
        if (!inspect(m_path, error, kind, &version, latest, true))
            return false;
    }
    m_lastFullCheck = m_ranFullCheck || created || version == 0 ? now : markerCheckedAt(marker);
    // From here on the file changes: the marker must not vouch for it after a crash.
    QFile::remove(cleanCloseMarkerPath(m_path));

    // A write that fails from here on is put down to the place when the file system shows why.
    const auto failWith = [this, error, kind](OpenError fallbackKind, const QString &fallback,
                                              const QSqlError &failure) {
        QString message;
        const OpenError place = failure.isValid()
                                    ? explainFailure(m_path, failure, fallback, &message)
                                    : fileSystemProblem(m_path, &message);
        if (place != OpenError::None && place != OpenError::Io) {
            *kind = place;
            *error = message;
        } else {
            *kind = fallbackKind;
            *error = fallback;
        }
        close();
        return false;
    };
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return failWith(OpenError::Io,
                        DbText::tr("Cannot open %1: %2").arg(m_path, m_db.lastError().text()),
                        m_db.lastError());
    QVariant value;
    QSqlError failure;
    const bool walRead = readValue(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), &value, &failure);
    m_journalMode = walRead ? value.toString() : failure.text();
    if (!walRead || m_journalMode != QLatin1String("wal"))
        return failWith(OpenError::Io,
                        DbText::tr("Cannot switch %1 to write-ahead logging (got \"%2\"); the file "
                                   "system may not support it.")
                            .arg(m_path, m_journalMode),
                        walRead ? QSqlError() : failure);
    QSqlQuery pragmas(m_db);
    if (!pragmas.exec(QStringLiteral("PRAGMA foreign_keys=ON"))
        || !pragmas.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return failWith(OpenError::Io, pragmas.lastError().text(), pragmas.lastError());
    pragmas = QSqlQuery();
    QString migrateError;
    if (!migrate(steps, &migrateError))
        return failWith(OpenError::MigrationFailed, migrateError, {});
    return true;
}

int Database::storedSchemaVersion(const QString &path)
{
    // SQLite's file header: the 16-byte magic string, and at offset 60 the user_version as a
    // 4-byte big-endian integer (https://www.sqlite.org/fileformat.html).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = file.read(64);
    if (header.size() < 64 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return -1;
    return qFromBigEndian<qint32>(header.constData() + 60);
}

bool Database::inTransaction(QString *error, const std::function<bool()> &fn)
{
    // BEGIN and COMMIT as statements rather than QSqlDatabase::transaction()/commit(): a failed
    // COMMIT (on a full disk, where the write-ahead log is written) then keeps SQLite's result
    // code, and the person is told "the disk is full" instead of nothing.
    QSqlQuery q(m_db);
    // Inside another transaction (a store's own transaction called from one that writes more,
    // like an import that also keeps its settings): a savepoint, so this part alone is undone
    // when it fails and the outer transaction decides about the whole.
    // One name at every depth: SQLite's ROLLBACK TO and RELEASE act on the most recent savepoint
    // of that name, which is this call's own.
    if (m_transactionDepth > 0) {
        if (!q.exec(QStringLiteral("SAVEPOINT nested")))
            return sqlFail(q, error);
        ++m_transactionDepth;
        const bool ok = fn();
        --m_transactionDepth;
        if (!ok)
            q.exec(QStringLiteral("ROLLBACK TO nested"));
        if (!q.exec(QStringLiteral("RELEASE nested")))
            return sqlFail(q, error);
        return ok;
    }
    if (!q.exec(QStringLiteral("BEGIN")))
        return sqlFail(q, error);
    ++m_transactionDepth;
    const bool ok = fn();
    --m_transactionDepth;
    if (!ok) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        sqlFail(q, error);
        // SQLite may leave the transaction open after a failed COMMIT: end it, or every later
        // BEGIN on this connection fails too and saving can never recover.
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace mockloop
