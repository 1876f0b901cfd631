#include "storage/DataTools.h"

#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/ReviewStore.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>

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
            if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"),
                                                 Qt::CaseInsensitive))
                virtualTables.append(name);
            else
                tables.append(name);
        }
    }
    tables.removeIf([&virtualTables](const QString &t) {
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                           [&t](const QString &v) { return t.startsWith(v + QLatin1Char('_')); });
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

// Counts of each part on a connection; a table this database's version did not have yet
// counts 0 (a backup made by an older version).
bool countOn(QSqlDatabase db, DataCounts *counts, QString *error)
{
    QSet<QString> tables;
    QSqlQuery names(db);
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"))) {
        *error = names.lastError().text();
        return false;
    }
    while (names.next())
        tables.insert(names.value(0).toString());
    struct Count
    {
        int *into;
        QString table; // the table the part lives in
        QString sql;
    };
    const Count countsOf[] = {
        {&counts->sessions, QStringLiteral("sessions"),
         QStringLiteral("SELECT count(*) FROM sessions")},
        {&counts->stories, QStringLiteral("stories"), QStringLiteral("SELECT count(*) FROM stories")},
        {&counts->ownQuestions, QStringLiteral("questions"),
         QStringLiteral("SELECT count(*) FROM questions q JOIN packs p ON p.id = q.pack_id "
                        "WHERE p.builtin = 0")},
        {&counts->ownPresets, QStringLiteral("own_presets"),
         QStringLiteral("SELECT count(*) FROM own_presets")},
        {&counts->applications, QStringLiteral("applications"),
         QStringLiteral("SELECT count(*) FROM applications")},
    };
    *counts = {};
    for (const Count &c : countsOf) {
        if (!tables.contains(c.table))
            continue;
        QSqlQuery q(db);
        if (!q.exec(c.sql) || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        *c.into = q.value(0).toInt();
    }
    return true;
}

bool execAll(QSqlQuery &q, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

int DataCounts::of(DataPart part) const
{
    switch (part) {
    case DataPart::Sessions: return sessions;
    case DataPart::Stories: return stories;
    case DataPart::OwnQuestions: return ownQuestions;
    case DataPart::OwnPresets: return ownPresets;
    case DataPart::Tracker: return applications;
    }
    return 0;
}

bool countData(Database &db, DataCounts *counts, QString *error)
{
    return countOn(db.connection(), counts, error);
}

bool countBackup(Database &db, const QString &path, DataCounts *counts, QString *error)
{
    int version = 0;
    if (!checkBackup(db, path, &version, error))
        return false;
    static std::atomic_int serial = 0;
    const QString name = QStringLiteral("mockloop-count-%1").arg(++serial);
    bool ok = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!probe.open())
            *error = DataText::tr("Cannot read %1: %2").arg(path, probe.lastError().text());
        else
            ok = countOn(probe, counts, error);
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// "1 story" / "3 stories": one source text each, as elsewhere (Scheduler, BankNames), so the
// translation needs no plural forms.
QString counted(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

QString describeCounts(const DataCounts &counts)
{
    const QString sessions = counted(counts.sessions, DataText::tr("1 session"),
                                     DataText::tr("%1 sessions"));
    const QString stories = counted(counts.stories, DataText::tr("1 story"),
                                    DataText::tr("%1 stories"));
    const QString questions = counted(counts.ownQuestions, DataText::tr("1 own question"),
                                      DataText::tr("%1 own questions"));
    const QString presets = counted(counts.ownPresets, DataText::tr("1 own preset"),
                                    DataText::tr("%1 own presets"));
    const QString applications = counted(counts.applications, DataText::tr("1 application"),
                                         DataText::tr("%1 applications"));
    return DataText::tr("%1, %2, %3, %4 and %5").arg(sessions, stories, questions, presets, applications);
}

QString describePart(DataPart part, const DataCounts &counts)
{
    const int n = counts.of(part);
    switch (part) {
    case DataPart::Sessions:
        return counted(n, DataText::tr("1 session with its answers, grades and review schedule"),
                       DataText::tr("%1 sessions with their answers, grades and review schedule"));
    case DataPart::Stories:
        return counted(n, DataText::tr("1 STAR story with its uses"),
                       DataText::tr("%1 STAR stories with their uses"));
    case DataPart::OwnQuestions:
        return counted(n, DataText::tr("1 own or imported question"),
                       DataText::tr("%1 own and imported questions"));
    case DataPart::OwnPresets:
        return counted(n, DataText::tr("1 own preset"), DataText::tr("%1 own presets"));
    case DataPart::Tracker:
        return counted(n,
                       DataText::tr("1 tracked application with its scheduled interviews, and "
                                    "the contacts"),
                       DataText::tr("%1 tracked applications with their scheduled interviews, "
                                    "and the contacts"));
    }
    return {};
}

QString restoreQuestion(const QString &backupName, const DataCounts &current, const DataCounts &backup)
{
    return DataText::tr("Replace your %1 with the %2 of %3?\n\nEverything in the database is "
                        "replaced, the story bank and your own questions and presets too. Your "
                        "current data is saved as a backup first. Settings stay as they are.")
        .arg(describeCounts(current), describeCounts(backup), backupName);
}

QString deleteButtonText(DataParts parts)
{
    if (parts == kAllDataParts)
        return DataText::tr("Delete everything");
    QStringList names;
    for (const DataPart part : kDataPartOrder) {
        if (!parts.testFlag(part))
            continue;
        switch (part) {
        case DataPart::Sessions: names << DataText::tr("sessions"); break;
        case DataPart::Stories: names << DataText::tr("stories"); break;
        case DataPart::OwnQuestions: names << DataText::tr("own questions"); break;
        case DataPart::OwnPresets: names << DataText::tr("own presets"); break;
        case DataPart::Tracker: names << DataText::tr("the tracker"); break;
        }
    }
    if (names.isEmpty())
        return DataText::tr("Delete");
    const QString last = names.takeLast();
    const QString list = names.isEmpty()
                             ? last
                             : DataText::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
    return DataText::tr("Delete %1").arg(list);
}

QString deletedText(DataParts parts)
{
    QStringList lines;
    if (parts.testFlag(DataPart::Sessions))
        lines << DataText::tr(
            "All sessions, answers and grades were deleted, and the review schedule with them.");
    if (parts.testFlag(DataPart::Stories))
        lines << DataText::tr("The story bank was emptied.");
    if (parts.testFlag(DataPart::OwnQuestions))
        lines << DataText::tr(
            "Your own and imported questions were deleted; the built-in packs stay.");
    if (parts.testFlag(DataPart::OwnPresets))
        lines << DataText::tr("Your own presets were deleted.");
    if (parts.testFlag(DataPart::Tracker))
        lines << DataText::tr("The tracker was emptied: applications, scheduled interviews and "
                              "contacts; its stages are the defaults again.");
    return lines.join(QLatin1Char(' '));
}

QString backupPathFor(const QString &dataDir, const QString &label, const Clock &clock)
{
    const QString stamp = clock.wallTime().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return QDir(dataDir).filePath(QStringLiteral("backups/mockloop-%1-%2.sqlite").arg(label, stamp));
}

bool checkTargetFolder(const QString &filePath, QString *error)
{
    const QFileInfo target(filePath);
    const QFileInfo folder(target.absolutePath());
    if (folder.isDir())
        return true;
    *error = folder.exists()
                 ? DataText::tr("%1 is a file, not a folder; nothing was written. Choose another "
                                "place.")
                       .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))
                 : DataText::tr("The folder %1 does not exist; nothing was written. Create it "
                                "first, or choose another place.")
                       .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    return false;
}

bool backup(Database &db, const QString &targetPath, QString *error)
{
    const QFileInfo target(targetPath);
    if (!checkTargetFolder(targetPath, error))
        return false;
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
        *error = DataText::tr("Backing up to %1 failed: %2").arg(targetPath, sqlErrorText(q.lastError()));
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

bool checkBackup(Database &db, const QString &sourcePath, int *version, QString *error)
{
    if (!QFileInfo(sourcePath).isFile() || QFileInfo(sourcePath).size() == 0) {
        *error = DataText::tr("%1 is not a MockLoop backup (missing or empty).").arg(sourcePath);
        return false;
    }
    if (QFileInfo(sourcePath).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath()) {
        *error = DataText::tr("%1 is the database itself, not a backup.").arg(sourcePath);
        return false;
    }
    Database::OpenError kind = Database::OpenError::None;
    if (!Database::inspect(sourcePath, error, &kind, version))
        return false;
    if (*version < 1) {
        *error =
            DataText::tr("%1 is not a MockLoop backup (it holds no MockLoop data).").arg(sourcePath);
        return false;
    }
    return true;
}

bool restore(Database &db, const QString &sourcePath, QString *backupOfCurrent, QString *error)
{
    int version = 0;
    if (!checkBackup(db, sourcePath, &version, error))
        return false;
    const QList<qint64> open = openSessions(db.dataDir());
    if (!open.isEmpty()) {
        *error = DataText::tr("Session %1 is open in a MockLoop program. Finish or close it before "
                              "restoring; nothing was changed.")
                     .arg(open.first());
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
        Database upgraded(db.clock());
        upgraded.setGradeReplay(db.gradeReplay()); // an old backup's grades become its schedule
        if (!upgraded.open(copy, error))
            return false;
        upgraded.close();
        rowsFrom = copy;
    }

    const QString safety = backupPathFor(db.dataDir(), QStringLiteral("before-restore"), db.clock());
    // The data dir's own backups folder is MockLoop's to make (a folder the person names must
    // exist: checkTargetFolder).
    if (!QDir().mkpath(QFileInfo(safety).absolutePath())) {
        if (Database::fileSystemProblem(safety, error) == Database::OpenError::None)
            *error = DataText::tr("Cannot create the folder %1; nothing was changed.")
                         .arg(QDir::toNativeSeparators(QFileInfo(safety).absolutePath()));
        return false;
    }
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
    const bool copied = db.inTransaction(error, [&] {
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
        *error = DataText::tr("Restoring from %1 failed: %2. Nothing was changed.")
                     .arg(sourcePath, *error);
        return false;
    }
    return true;
}

bool deleteData(Database &db, DataParts parts, QString *error)
{
    const QList<qint64> open = openSessions(db.dataDir());
    if (!open.isEmpty()) {
        *error = DataText::tr("Session %1 is open in a MockLoop program. Finish or close it first; "
                              "nothing was deleted.")
                     .arg(open.first());
        return false;
    }
    QSqlDatabase c = db.connection();
    return db.inTransaction(error, [&] {
        QSqlQuery q(c);
        if (parts.testFlag(DataPart::Sessions)) {
            // A story use records a story told in an answer: with the answers gone it would
            // still count as "used" (the stories themselves stay unless chosen too).
            if (!execAll(q,
                         {QStringLiteral("DELETE FROM story_uses"),
                          QStringLiteral("DELETE FROM sessions"),
                          // The score triggers leave zero totals behind; no attempt is left.
                          QStringLiteral("DELETE FROM snapshot_scores"),
                          // Copies of question texts no answer refers to any more.
                          QStringLiteral(
                              "DELETE FROM question_snapshots WHERE id NOT IN "
                              "(SELECT snapshot_id FROM attempts WHERE snapshot_id IS NOT NULL)")},
                         error)
                || !ReviewStore(c).clearReviews(kStartingEase, error))
                return false;
        }
        if (parts.testFlag(DataPart::Stories)
            && !execAll(q, {QStringLiteral("DELETE FROM stories")},
                        error)) // cascades to uses, competencies
            return false;
        // The import settings name the person's files: they go with the imports.
        if (parts.testFlag(DataPart::OwnQuestions)
            && !execAll(q,
                        {QStringLiteral("DELETE FROM packs WHERE builtin = 0"), // cascades
                         QStringLiteral("DELETE FROM import_sources")},
                        error))
            return false;
        if (parts.testFlag(DataPart::OwnPresets)
            && !execAll(q, {QStringLiteral("DELETE FROM own_presets")}, error))
            return false;
        // Applications cascade to their history, tags, contact links and scheduled interviews
        // (with their interviewers, asked questions and preparation plans' task states). The default stages (ids 1 to 9, keyed)
        // get their names, order and visibility back; stages the person added go.
        if (parts.testFlag(DataPart::Tracker)
            && !execAll(
                q,
                {QStringLiteral("DELETE FROM applications"), QStringLiteral("DELETE FROM contacts"),
                 QStringLiteral("DELETE FROM tracker_stages WHERE key IS NULL"),
                 QStringLiteral("UPDATE tracker_stages SET name = '', hidden = 0, position = id")},
                error))
            return false;
        return true;
    });
}

bool deleteAllSessions(Database &db, QString *error)
{
    return deleteData(db, DataPart::Sessions, error);
}

} // namespace mockloop::datatools
