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
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
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

    // A read-only connection: nothing below can change a byte of the file.
    const QString probeName = nextConnectionName() + QStringLiteral("-probe");
    bool ok = true;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!probe.open()) {
            *kind = OpenError::Io;
            *error = DbText::tr("Cannot open %1: %2").arg(path, probe.lastError().text());
            ok = false;
        }
        bool pragmaOk = false;
        *version = ok ? pragmaText(probe, QStringLiteral("PRAGMA user_version"), &pragmaOk).toInt()
                      : 0;
        if (ok && !pragmaOk) {
            *kind = OpenError::Damaged;
            *error = DbText::tr("%1 is damaged and cannot be read. MockLoop left it untouched; "
                                "restore a backup or choose another data dir.")
                         .arg(path);
            ok = false;
        }
        const quint32 appId =
            ok ? pragmaText(probe, QStringLiteral("PRAGMA application_id"), &pragmaOk).toUInt() : 0;
        if (ok && *version > latest) {
            *kind = OpenError::Newer;
            *error = DbText::tr("%1 was written by a newer MockLoop (database version %2; this "
                                "version knows up to %3). MockLoop left it untouched; update "
                                "MockLoop to open it.")
                         .arg(path)
                         .arg(*version)
                         .arg(latest);
            ok = false;
        }
        if (ok && appId != kApplicationId) {
            QSqlQuery tables(probe);
            const bool empty = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))
                               && tables.next() && tables.value(0).toInt() == 0;
            if (!empty) {
                *kind = OpenError::NotADatabase;
                *error = DbText::tr("%1 is an SQLite file of another program, not a MockLoop "
                                    "database. MockLoop left it untouched.")
                             .arg(path);
                ok = false;
            }
        }
        if (ok && !fullCheck) {
            // The light check: the schema must be readable (page 1 and the schema pages).
            QSqlQuery schema(probe);
            ok = schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema"));
            while (ok && schema.next()) {
            }
            if (!ok) {
                *kind = OpenError::Damaged;
                *error = DbText::tr("%1 is damaged (SQLite reports: %2). MockLoop left it "
                                    "untouched; restore a backup or choose another data dir.")
                             .arg(path, schema.lastError().text());
            }
        }
        if (ok && fullCheck) {
            const QString check = pragmaText(probe, QStringLiteral("PRAGMA quick_check"), &pragmaOk);
            if (!pragmaOk || check != QLatin1String("ok")) {
                *kind = OpenError::Damaged;
                *error = DbText::tr("%1 is damaged (SQLite reports: %2). MockLoop left it "
                                    "untouched; restore a backup or choose another data dir.")
                             .arg(path, check);
                ok = false;
            }
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return ok;
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

    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        *kind = OpenError::Io;
        *error = DbText::tr("Cannot create the data dir %1.").arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    // The whole-file check costs about a second per GB; it runs when the file may have been
    // damaged or changed since MockLoop last closed it, and before every migration.
    const QJsonObject marker = readMarker(m_path);
    const QDateTime now = m_clock->wallTime().toUTC();
    m_ranFullCheck = needsFullCheck(m_path, marker, now);
    int version = 0;
    if (!inspect(m_path, error, kind, &version, latest, m_ranFullCheck))
        return false;
    if (!m_ranFullCheck && version > 0 && version < latest) {
        m_ranFullCheck = true;
        if (!inspect(m_path, error, kind, &version, latest, true))
            return false;
    }
    m_lastFullCheck = m_ranFullCheck || version == 0 ? now : markerCheckedAt(marker);
    // From here on the file changes: the marker must not vouch for it after a crash.
    QFile::remove(cleanCloseMarkerPath(m_path));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *kind = OpenError::Io;
        *error = DbText::tr("Cannot open %1: %2").arg(m_path, m_db.lastError().text());
        close();
        return false;
    }
    bool ok = false;
    m_journalMode = pragmaText(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), &ok);
    if (!ok || m_journalMode != QLatin1String("wal")) {
        *kind = OpenError::Io;
        *error = DbText::tr("Cannot switch %1 to write-ahead logging (got \"%2\"); the file "
                            "system may not support it.")
                     .arg(m_path, m_journalMode);
        close();
        return false;
    }
    QSqlQuery pragmas(m_db);
    if (!pragmas.exec(QStringLiteral("PRAGMA foreign_keys=ON"))
        || !pragmas.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
        *kind = OpenError::Io;
        *error = pragmas.lastError().text();
        close();
        return false;
    }
    if (!migrate(steps, error)) {
        *kind = OpenError::MigrationFailed;
        close();
        return false;
    }
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
    if (!q.exec(QStringLiteral("BEGIN")))
        return sqlFail(q, error);
    if (!fn()) {
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
