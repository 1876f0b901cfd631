#include "DataTools.h"

#include "Database.h"
#include "Scheduler.h"
#include "SessionController.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace mockloop::datatools {

namespace {

class DataText
{
    Q_DECLARE_TR_FUNCTIONS(DataTools)
};

// Table names come from our own schema, never from input; SQLite cannot bind identifiers.
QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Tables that triggers keep from other tables (schema 8): emptied with the rest before a
// restore, never copied, since copying the rows they derive from fills them again.
const QStringList kDerivedTables = {QStringLiteral("snapshot_scores")};

// Ordinary tables in creation order. Virtual tables (the FTS index) and their shadow tables
// are left out: the answer_fields triggers rebuild the index as rows are copied.
QStringList userTables(QSqlDatabase db, const QString &schema)
{
    QStringList tables;
    QStringList virtualTables;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name, sql FROM %1.sqlite_schema WHERE type = 'table' AND "
                              "name NOT LIKE 'sqlite_%' ORDER BY rowid")
                   .arg(schema))) {
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
                virtualTables.append(name);
            else
                tables.append(name);
        }
    }
    tables.removeIf([&virtualTables](const QString &t) {
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&t](const QString &v) {
            return t.startsWith(v + QLatin1Char('_'));
        });
    });
    return tables;
}

QStringList columns(QSqlDatabase db, const QString &schema, const QString &table)
{
    QStringList cols;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?, ?) ORDER BY cid"));
    q.addBindValue(table);
    q.addBindValue(schema);
    if (q.exec()) {
        while (q.next())
            cols.append(q.value(0).toString());
    }
    return cols;
}

} // namespace

QString backupPathFor(const QString &dataDir, const QString &label)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return QDir(dataDir).filePath(QStringLiteral("backups/mockloop-%1-%2.sqlite").arg(label, stamp));
}

bool backup(Database &db, const QString &targetPath, QString *error)
{
    const QFileInfo target(targetPath);
    if (!QDir().mkpath(target.absolutePath())) {
        *error = DataText::tr("Cannot create the folder %1.").arg(target.absolutePath());
        return false;
    }
    if (target.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath()) {
        *error = DataText::tr("The backup cannot overwrite the database itself.");
        return false;
    }
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        *error = DataText::tr("Backing up to %1 failed: %2").arg(targetPath, q.lastError().text());
        QFile::remove(partial);
        return false;
    }
    if (target.exists() && !QFile::remove(target.absoluteFilePath())) {
        *error = DataText::tr("Cannot replace %1.").arg(targetPath);
        QFile::remove(partial);
        return false;
    }
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        *error = DataText::tr("Cannot move the backup into place at %1.").arg(targetPath);
        QFile::remove(partial);
        return false;
    }
    return true;
}

QList<qint64> openSessions(const QString &dataDir)
{
    QList<qint64> open;
    const QDir locks(QDir(dataDir).filePath(QStringLiteral("locks")));
    static const QRegularExpression name(QStringLiteral("^session-(\\d+)\\.lock$"));
    for (const QString &file : locks.entryList({QStringLiteral("session-*.lock")}, QDir::Files)) {
        const auto m = name.match(file);
        if (!m.hasMatch())
            continue;
        QLockFile lock(locks.filePath(file));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0))
            lock.unlock(); // nobody holds it (or its owner died): not open
        else
            open.append(m.captured(1).toLongLong());
    }
    return open;
}

bool restore(Database &db, const QString &sourcePath, QString *backupOfCurrent, QString *error)
{
    if (!QFileInfo(sourcePath).isFile() || QFileInfo(sourcePath).size() == 0) {
        *error = DataText::tr("%1 is not a MockLoop backup (missing or empty).").arg(sourcePath);
        return false;
    }
    if (QFileInfo(sourcePath).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath()) {
        *error = DataText::tr("%1 is the database itself, not a backup.").arg(sourcePath);
        return false;
    }
    const QList<qint64> open = openSessions(db.dataDir());
    if (!open.isEmpty()) {
        *error = DataText::tr("Session %1 is open in a MockLoop program. Finish or close it before "
                              "restoring; nothing was changed.")
                     .arg(open.first());
        return false;
    }
    int version = 0;
    Database::OpenError kind = Database::OpenError::None;
    if (!Database::inspect(sourcePath, error, &kind, &version))
        return false;
    if (version < 1) {
        *error = DataText::tr("%1 is not a MockLoop backup (it holds no MockLoop data).").arg(sourcePath);
        return false;
    }

    // An older backup is upgraded in a private copy; the file the person chose is never changed.
    QTemporaryDir scratch;
    QString rowsFrom = sourcePath;
    if (version < Database::latestVersion()) {
        const QString copy = scratch.filePath(QStringLiteral("upgrade.sqlite"));
        if (!QFile::copy(sourcePath, copy)) {
            *error = DataText::tr("Cannot read %1.").arg(sourcePath);
            return false;
        }
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        Database upgraded;
        if (!upgraded.open(copy, error))
            return false;
        upgraded.close();
        rowsFrom = copy;
    }

    const QString safety = backupPathFor(db.dataDir(), QStringLiteral("before-restore"));
    if (!backup(db, safety, error))
        return false;
    if (backupOfCurrent)
        *backupOfCurrent = safety;

    QSqlDatabase c = db.connection();
    QSqlQuery attach(c);
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS restore_source"));
    attach.addBindValue(rowsFrom);
    if (!attach.exec()) {
        *error = DataText::tr("Cannot read %1: %2").arg(sourcePath, attach.lastError().text());
        return false;
    }
    const QStringList sourceTables = userTables(c, QStringLiteral("restore_source"));
    const bool copied = db.inTransaction([&] {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))) {
            *error = q.lastError().text();
            return false;
        }
        const QStringList tables = userTables(c, QStringLiteral("main"));
        // Children first when deleting, so cascades have nothing left to do.
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (!q.exec(QStringLiteral("DELETE FROM main.%1").arg(quoted(*it)))) {
                *error = q.lastError().text();
                return false;
            }
        }
        for (const QString &table : tables) {
            // Derived tables are filled by the attempts' triggers as their rows arrive.
            if (!sourceTables.contains(table) || kDerivedTables.contains(table))
                continue;
            const QStringList cols = columns(c, QStringLiteral("main"), table);
            QStringList quotedCols;
            for (const QString &col : cols)
                quotedCols.append(quoted(col));
            const QString list = quotedCols.join(QStringLiteral(", "));
            if (!q.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM restore_source.%1")
                            .arg(quoted(table), list))) {
                *error = q.lastError().text();
                return false;
            }
        }
        return true;
    });
    QSqlQuery detach(c);
    detach.exec(QStringLiteral("DETACH DATABASE restore_source"));
    if (!copied) {
        *error = DataText::tr("Restoring from %1 failed: %2. Nothing was changed.").arg(sourcePath, *error);
        return false;
    }
    return true;
}

bool deleteAllSessions(Database &db, QString *error)
{
    const QList<qint64> open = openSessions(db.dataDir());
    if (!open.isEmpty()) {
        *error = DataText::tr("Session %1 is open in a MockLoop program. Finish or close it first; "
                              "nothing was deleted.")
                     .arg(open.first());
        return false;
    }
    return db.inTransaction([&] {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("DELETE FROM sessions"))) {
            *error = q.lastError().text();
            return false;
        }
        QSqlDatabase c = db.connection();
        return Scheduler::forgetReviews(c, error);
    });
}

} // namespace mockloop::datatools
