// Opening the database where things go wrong around it, on real files: a read-only mount and a
// full disk (a real small tmpfs when the test may mount one, tests/support/SmallFilesystem.h),
// a kill during a write (a hot rollback journal) or during the very first start, an empty file,
// and files that are refused, whose folder must stay as it was.
#include "storage/Database.h"
#include "DamagedFile.h"
#include "InterruptedFirstStart.h"
#include "SmallFilesystem.h"
#include "StorageFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mockloop;

namespace {

// Every entry of a folder with its size and the hash of its bytes, hidden files included: two
// equal listings mean a byte-for-byte equal folder.
QStringList listing(const QString &dir)
{
    QStringList entries;
    const QDir d(dir);
    for (const QFileInfo &info :
         d.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                         QDir::Name)) {
        QByteArray hash;
        QFile f(info.absoluteFilePath());
        if (info.isFile() && f.open(QIODevice::ReadOnly))
            hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().left(16);
        entries.append(QStringLiteral("%1 %2 %3")
                           .arg(info.fileName())
                           .arg(info.size())
                           .arg(QString::fromLatin1(hash)));
    }
    return entries;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on a plain QSQLITE connection of its own (as another program would).
bool execOn(const QString &path, const QStringList &statements, QString *error = nullptr)
{
    const QString name = QStringLiteral("plain");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                if (error)
                    *error = sql + QStringLiteral(": ") + q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A MockLoop database at path, closed cleanly (so no -wal or -shm beside it).
bool createDatabase(const QString &path, QString *error)
{
    Database db;
    return db.open(path, error);
}

// The words that send a person to their backups: never right when the file is healthy ("is not
// damaged" is what they should read).
bool blamesTheFile(const QString &message)
{
    return message.contains(QStringLiteral("is damaged"))
           || message.contains(QStringLiteral("restore"))
           || message.contains(QStringLiteral("backup"));
}

} // namespace

class TestDatabaseOpen : public QObject, private test::StorageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void open_dataDirMountedReadOnly_saysReadOnly_notDamaged();
    void open_diskFull_saysNoSpace_notDamaged_andOpensOnceThereIsSpace();
    void open_newDatabaseOnAFullDisk_saysTheDiskIsFull_notWriteAheadLogging();
    void open_hotJournalOfAnInterruptedWrite_isRolledBack_andTheDataIsIntact();
    void open_firstStartKilledWhileSwitchingToWal_opensWithANewDatabase();
    void open_newDatabase_appearsUnderItsNameOnlyWhenComplete();
    void open_newDatabaseFailingToMigrate_leavesTheFolderAsItWas();
    void open_staleNewFileOfAKilledStart_isRemovedAndDoesNotMatter();
    void open_emptyFile_makesANewDatabase_andSaysSo();
    void open_refusedWalFile_leavesTheFolderAsItWas_data();
    void open_refusedWalFile_leavesTheFolderAsItWas();
};

void TestDatabaseOpen::init()
{
    makeDataDir();
}

// Defect 3 of issue 16: a WAL database's read-only check must create its -shm and -wal; on a
// read-only mount it cannot, and that was reported as "damaged … restore a backup".
void TestDatabaseOpen::open_dataDirMountedReadOnly_saysReadOnly_notDamaged()
{
    test::SmallFilesystem fs(4 * 1024 * 1024);
    QString dataDir = fs.path();
    if (!fs.isMounted()) {
        if (::geteuid() == 0)
            QSKIP(qPrintable(QStringLiteral("needs a read-only mount, and as root a folder's "
                                            "permissions stop nothing: ")
                             + fs.whyNot()));
        dataDir = m_dir->path(); // not root: a folder without write permission stops SQLite
    }
    qInfo("read-only data dir %s", qPrintable(fs.describe()));
    const QString path = QDir(dataDir).filePath(QStringLiteral("mockloop.sqlite"));
    QString error;
    QVERIFY2(createDatabase(path, &error), qPrintable(error));
    if (fs.isMounted())
        QVERIFY2(fs.remountReadOnly(&error), qPrintable(error));
    else
        QVERIFY(QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::ExeOwner));
    const QStringList before = listing(dataDir);

    Database db;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(path, &error, &kind));
    QVERIFY2(kind == Database::OpenError::ReadOnly, qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QVERIFY2(!blamesTheFile(error), qPrintable(error));
    QCOMPARE(listing(dataDir), before);

    // Writable again: the same file opens, it was sound all along.
    if (fs.isMounted())
        QVERIFY2(fs.remountReadWrite(&error), qPrintable(error));
    else
        QVERIFY(
            QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
}

// Defect 3 again: on a full disk the read-only check cannot make its -shm either.
void TestDatabaseOpen::open_diskFull_saysNoSpace_notDamaged_andOpensOnceThereIsSpace()
{
    test::SmallFilesystem fs(2 * 1024 * 1024);
    if (!fs.isMounted())
        QSKIP(qPrintable(QStringLiteral("a full disk at open needs a real small file system "
                                        "(SQLite's max_page_count limits only a connection's "
                                        "own writes, and open() makes its own): ")
                         + fs.whyNot()));
    qInfo("full disk %s", qPrintable(fs.describe()));
    const QString path = fs.filePath(QStringLiteral("mockloop.sqlite"));
    QString error;
    QVERIFY2(createDatabase(path, &error), qPrintable(error));
    QVERIFY2(fs.fill(&error), qPrintable(error));
    const QStringList before = listing(fs.path());

    Database db;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(path, &error, &kind));
    QVERIFY2(kind == Database::OpenError::NoSpace, qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no space left")), qPrintable(error));
    QVERIFY2(!blamesTheFile(error), qPrintable(error));
    QCOMPARE(listing(fs.path()), before);

    QVERIFY(fs.freeSpace());
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
}

// Defect 8 (d): a new database on a full disk said "Cannot switch … to write-ahead logging".
void TestDatabaseOpen::open_newDatabaseOnAFullDisk_saysTheDiskIsFull_notWriteAheadLogging()
{
    test::SmallFilesystem fs(4 * 1024 * 1024);
    if (!fs.isMounted())
        QSKIP(qPrintable(QStringLiteral("a new database on a full disk needs a real small file "
                                        "system: ")
                         + fs.whyNot()));
    qInfo("new database on a full disk %s", qPrintable(fs.describe()));
    QString error;
    QVERIFY2(fs.fill(&error), qPrintable(error));
    const QStringList before = listing(fs.path());
    const QString path = fs.filePath(QStringLiteral("mockloop.sqlite"));

    Database db;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(path, &error, &kind));
    QVERIFY2(kind == Database::OpenError::NoSpace, qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("no space left")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("write-ahead")), qPrintable(error));
    // Nothing half made is left behind to be mistaken for a database later.
    QCOMPARE(listing(fs.path()), before);

    QVERIFY(fs.freeSpace());
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
}

// Defect 4 of issue 16, in general: a write killed half way leaves changed pages in the file and
// their old contents in a hot -journal. SQLite rolls it back on a read-write connection; the
// read-only check alone found the file unreadable and called it damaged.
void TestDatabaseOpen::open_hotJournalOfAnInterruptedWrite_isRolledBack_andTheDataIsIntact()
{
    const QString original = m_dir->filePath(QStringLiteral("original.sqlite"));
    {
        Database db;
        QString error;
        QVERIFY2(db.open(original, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO packs (id, name, version, builtin, "
                                      "installed_at) VALUES ('p', 'Pack', 1, 0, 'now')")));
        for (int i = 0; i < 200; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO questions (id, pack_id, version, kind, "
                                          "text, prep_seconds, answer_seconds, data) VALUES "
                                          "('q%1', 'p', 1, 'technical', 'question %1', 0, 60, "
                                          "'%2')")
                               .arg(i)
                               .arg(QString(500, QLatin1Char('d')))));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    // A writer with a tiny cache spills changed pages into the file before it commits: that
    // moment, copied, is what a kill leaves.
    const QString connection = QStringLiteral("writer");
    {
        QSqlDatabase w = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        w.setDatabaseName(original);
        QVERIFY(w.open());
        QSqlQuery q(w);
        QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size=1")));
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(q.exec(QStringLiteral("UPDATE questions SET text = 'half written', data = '%1'")
                           .arg(QString(900, QLatin1Char('x')))));
        QVERIFY(QFileInfo(original + QStringLiteral("-journal")).size() > 0);
        QVERIFY(QFile::copy(original, dbPath()));
        QVERIFY(QFile::copy(original + QStringLiteral("-journal"),
                            dbPath() + QStringLiteral("-journal")));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        w.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QVERIFY(fileHash(dbPath()) != fileHash(original)); // the kill left changed pages

    Database db;
    QString error;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY2(db.open(dbPath(), &error, &kind), qPrintable(error));
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral("-journal")));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(text = 'half written') FROM questions")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 200);
    QCOMPARE(q.value(1).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

// Defect 4 as it was seen: the first start made the file in rollback-journal mode and was
// killed while switching it to WAL. Left: a 4 KiB file (page 1, already saying "WAL") and the
// hot journal of that switch, which says the file had 0 pages before. Every later start said
// "damaged" (the terminal exited with 3).
void TestDatabaseOpen::open_firstStartKilledWhileSwitchingToWal_opensWithANewDatabase()
{
    QVERIFY(test::makeKilledFirstStart(dbPath(), m_dir->filePath(QStringLiteral("scratch"))));
    QVERIFY(QFileInfo(dbPath() + QStringLiteral("-journal")).size() > 0);

    QString error;
    Database db;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY2(db.open(dbPath(), &error, &kind), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(db.journalMode(), QStringLiteral("wal"));
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral("-journal")));
}

// The root of defect 4: a new database is made and migrated as mockloop.sqlite.new and renamed
// into place complete; until then there is no mockloop.sqlite for a later start to find.
void TestDatabaseOpen::open_newDatabase_appearsUnderItsNameOnlyWhenComplete()
{
    QList<Database::Migration> steps = Database::migrations();
    bool existedDuringMigration = true;
    bool newFileDuringMigration = false;
    const Database::DataStep last = steps.constLast().apply;
    steps.last().apply = [&, last](QSqlDatabase &db, QString *error) {
        existedDuringMigration = QFile::exists(dbPath());
        newFileDuringMigration = QFile::exists(dbPath() + QStringLiteral(".new"));
        return last(db, error);
    };
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), steps, &error), qPrintable(error));
    QVERIFY(!existedDuringMigration);
    QVERIFY(newFileDuringMigration);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(db.journalMode(), QStringLiteral("wal"));
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral(".new")));
    QVERIFY(db.openNotice().isEmpty());
}

void TestDatabaseOpen::open_newDatabaseFailingToMigrate_leavesTheFolderAsItWas()
{
    QList<Database::Migration> steps = Database::migrations();
    steps.append({Database::latestVersion() + 1, [](QSqlDatabase &, QString *error) {
                      *error = QStringLiteral("simulated failure");
                      return false;
                  }});
    const QStringList before = listing(m_dir->path());
    Database db;
    QString error;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(dbPath(), steps, &error, &kind));
    QCOMPARE(kind, Database::OpenError::MigrationFailed);
    QVERIFY2(error.contains(QStringLiteral("simulated failure")), qPrintable(error));
    QCOMPARE(listing(m_dir->path()), before);
}

void TestDatabaseOpen::open_staleNewFileOfAKilledStart_isRemovedAndDoesNotMatter()
{
    // What a start killed while making the new database leaves: part of a file and its journal.
    QString error;
    const QString stale = dbPath() + QStringLiteral(".new");
    QVERIFY2(execOn(stale, {QStringLiteral("CREATE TABLE half (x)")}, &error), qPrintable(error));
    {
        QFile journal(stale + QStringLiteral("-journal"));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray(1024, '\x11'));
    }
    Database db;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(!QFile::exists(stale));
    QVERIFY(!QFile::exists(stale + QStringLiteral("-journal")));
}

// Defect 8 (a): an empty file where the database belongs (an older version's first start,
// killed) becomes a new database, and the person is told, not left to wonder.
void TestDatabaseOpen::open_emptyFile_makesANewDatabase_andSaysSo()
{
    {
        QFile empty(dbPath());
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFileInfo(dbPath()).size(), 0);
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QVERIFY2(db.openNotice().contains(QStringLiteral("empty")), qPrintable(db.openNotice()));
    QVERIFY2(db.openNotice().contains(dbPath()), qPrintable(db.openNotice()));
    db.close();
    // Only once: the next start opens the database it made without a word.
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QVERIFY(db.openNotice().isEmpty());
}

// Defect 8 (b): the read-only check of a WAL file makes its -wal and -shm; a refused file's
// folder kept them.
void TestDatabaseOpen::open_refusedWalFile_leavesTheFolderAsItWas_data()
{
    QTest::addColumn<QString>("problem");
    QTest::newRow("newer") << QStringLiteral("newer");
    QTest::newRow("another program's") << QStringLiteral("foreign");
    QTest::newRow("damaged") << QStringLiteral("damaged");
}

void TestDatabaseOpen::open_refusedWalFile_leavesTheFolderAsItWas()
{
    QFETCH(QString, problem);
    QString error;
    Database::OpenError expected = Database::OpenError::None;
    if (problem == QLatin1String("foreign")) {
        QVERIFY2(execOn(dbPath(),
                        {QStringLiteral("PRAGMA journal_mode=WAL"),
                         QStringLiteral("CREATE TABLE bookmarks (url TEXT)"),
                         QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org')")},
                        &error),
                 qPrintable(error));
        expected = Database::OpenError::NotADatabase;
    } else {
        {
            Database db;
            openWithPacks(db);
            if (problem == QLatin1String("newer")) {
                QSqlQuery q(db.connection());
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
            }
        }
        QVERIFY(QFile::remove(Database::cleanCloseMarkerPath(dbPath()))); // a full check runs
        if (problem == QLatin1String("damaged"))
            QVERIFY(test::damageLastPage(dbPath(), false));
        expected = problem == QLatin1String("newer") ? Database::OpenError::Newer
                                                     : Database::OpenError::Damaged;
    }
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral("-wal")));
    {
        QFile f(dbPath()); // a WAL file: byte 18 of the header ("file format write version") is 2
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(int(f.read(19).at(18)), 2);
    }
    const QStringList before = listing(m_dir->path());

    Database db;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(dbPath(), &error, &kind));
    QVERIFY2(kind == expected, qPrintable(error));
    QCOMPARE(listing(m_dir->path()), before);
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "test_database_open.moc"
