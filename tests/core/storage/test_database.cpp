// The database file against real SQLite files in a QTemporaryDir: opening refuses what is not
// ours (and leaves it untouched), checks the whole file when it may have changed, and migrations
// back up first and roll back on failure.
#include "bank/QuestionBank.h"
#include "storage/Database.h"
#include "storage/ReviewStore.h"
#include "DamagedFile.h"
#include "FakeClock.h"
#include "StorageFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;
using mockloop::test::readBack;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDatabase : public QObject, private test::StorageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void open_emptyDir_migratesToLatestWithWalAndForeignKeys();
    void open_newerUserVersion_isRefusedAndFileUnchanged();
    void open_garbageFile_isRefusedAndFileUnchanged();
    void open_truncatedDatabase_isRefusedAndFileUnchanged();
    void open_otherProgramsSqliteFile_isRefusedAndFileUnchanged();
    void open_reopensExistingDatabase();
    void open_afterCleanClose_skipsTheWholeFileCheck();
    void open_afterCrashOrOutsideChangeOrAWeek_runsTheWholeFileCheck();
    void open_damageFoundByTheWeeklyCheck_isRefusedAndFileUnchanged();
    void migrate_existingDatabase_backsUpFirst();
    void migrate_afterAKilledCopyInTheSameSecond_copiesAgain();
    void migrate_failingStep_rollsBackEverything();
    void migrate7_questionDataStoredAsBlob_becomesText();
    void times_comeFromTheInjectedClock();
    void migrate5_withGrades_needsTheReplayAndRunsItInTheUpgrade();

private:
    // A database with the built-in packs, closed in rollback-journal mode: one file to damage.
    void createSingleFileDatabase()
    {
        Database db;
        openWithPacks(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    // Opening is refused as damaged, says so, and leaves the file byte for byte as it was.
    void verifyRefusedAsDamaged()
    {
        const QByteArray before = fileHash(dbPath());
        Database db;
        QString error;
        Database::OpenError kind = Database::OpenError::None;
        QVERIFY(!db.open(dbPath(), &error, &kind));
        QVERIFY2(kind == Database::OpenError::Damaged, qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(fileHash(dbPath()), before);
    }
};

void TestDatabase::init()
{
    makeDataDir();
}

void TestDatabase::open_emptyDir_migratesToLatestWithWalAndForeignKeys()
{
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(db.journalMode(), QStringLiteral("wal"));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toUInt(), Database::kApplicationId);
    QVERIFY(db.lastBackupPath().isEmpty()); // nothing to back up in a new file
}

void TestDatabase::open_newerUserVersion_isRefusedAndFileUnchanged()
{
    {
        Database db;
        QString error;
        QVERIFY(db.open(dbPath(), &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    const QByteArray before = fileHash(dbPath());
    Database db;
    QString error;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(dbPath(), &error, &kind));
    QCOMPARE(kind, Database::OpenError::Newer);
    QVERIFY2(error.contains(QStringLiteral("newer MockLoop")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("99")));
    QCOMPARE(fileHash(dbPath()), before);
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral("-wal")));
}

void TestDatabase::open_garbageFile_isRefusedAndFileUnchanged()
{
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 10000; ++i)
        garbage.append(char((i * 7919) % 251));
    f.write(garbage);
    f.close();
    const QByteArray before = fileHash(dbPath());
    Database db;
    QString error;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(dbPath(), &error, &kind));
    QCOMPARE(kind, Database::OpenError::NotADatabase);
    QVERIFY2(error.contains(QStringLiteral("untouched")), qPrintable(error));
    QCOMPARE(fileHash(dbPath()), before);
}

void TestDatabase::open_truncatedDatabase_isRefusedAndFileUnchanged()
{
    createSingleFileDatabase();
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray all = f.readAll();
    QVERIFY(all.size() > 8192);
    // Keep the header, wreck the pages after it.
    QByteArray damaged = all.left(100) + QByteArray(all.size() - 100, '\x5a');
    f.seek(0);
    f.write(damaged);
    f.close();
    verifyRefusedAsDamaged();
}

void TestDatabase::open_otherProgramsSqliteFile_isRefusedAndFileUnchanged()
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("other"));
        other.setDatabaseName(dbPath());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(dbPath());
    Database db;
    QString error;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(dbPath(), &error, &kind));
    QCOMPARE(kind, Database::OpenError::NotADatabase);
    QCOMPARE(fileHash(dbPath()), before);
}

void TestDatabase::open_reopensExistingDatabase()
{
    {
        Database db;
        openWithPacks(db);
    }
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QVERIFY(QuestionBank(db).count() >= 15);
}

void TestDatabase::open_afterCleanClose_skipsTheWholeFileCheck()
{
    const QString marker = Database::cleanCloseMarkerPath(dbPath());
    {
        Database db;
        openWithPacks(db);
        QVERIFY(!db.ranFullCheck()); // a new file has nothing to check
        QVERIFY(!QFile::exists(marker));
    }
    QVERIFY(QFile::exists(marker));
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QVERIFY(!db.ranFullCheck());
    // While the file is open it changes: the marker must not vouch for it after a crash.
    QVERIFY(!QFile::exists(marker));
    QVERIFY(QuestionBank(db).count() >= 15);
}

namespace {

void setMarkerCheckedDaysAgo(const QString &dbPath, int days)
{
    QFile file(Database::cleanCloseMarkerPath(dbPath));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject marker = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QVERIFY(marker.contains(QStringLiteral("checked")));
    marker.insert(QStringLiteral("checked"),
                  QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(marker).toJson());
}

bool opensWithFullCheck(const QString &path)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        qWarning("%s", qPrintable(error));
    return db.isOpen() && db.ranFullCheck();
}

} // namespace

void TestDatabase::open_afterCrashOrOutsideChangeOrAWeek_runsTheWholeFileCheck()
{
    {
        Database db;
        openWithPacks(db);
    }
    // A crash leaves no marker.
    QVERIFY(QFile::remove(Database::cleanCloseMarkerPath(dbPath())));
    QVERIFY(opensWithFullCheck(dbPath()));
    QVERIFY(!opensWithFullCheck(dbPath()));

    // Something else wrote the file after MockLoop closed it (here: only its time changed).
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                              QFileDevice::FileModificationTime));
    }
    QVERIFY(opensWithFullCheck(dbPath()));

    // The last whole-file check is more than a week old.
    setMarkerCheckedDaysAgo(dbPath(), Database::kFullCheckDays + 1);
    QVERIFY(opensWithFullCheck(dbPath()));
    // ... and the check that just passed is remembered.
    QVERIFY(!opensWithFullCheck(dbPath()));
    setMarkerCheckedDaysAgo(dbPath(), Database::kFullCheckDays - 1);
    QVERIFY(!opensWithFullCheck(dbPath()));
}

void TestDatabase::open_damageFoundByTheWeeklyCheck_isRefusedAndFileUnchanged()
{
    createSingleFileDatabase();
    // Bit rot: the last page changes, the size and time stay as MockLoop left them.
    QVERIFY(test::damageLastPage(dbPath(), true));
    setMarkerCheckedDaysAgo(dbPath(), Database::kFullCheckDays + 1);
    verifyRefusedAsDamaged();
}

// The real migrations plus one more step that creates a table and then succeeds or fails.
QList<Database::Migration> withExtraStep(const QString &table, bool succeeds)
{
    QList<Database::Migration> steps = Database::migrations();
    steps.append(
        {Database::latestVersion() + 1, [table, succeeds](QSqlDatabase &db, QString *error) {
             QSqlQuery q(db);
             const bool created = q.exec(QStringLiteral("CREATE TABLE %1 (x INTEGER)").arg(table));
             if (!created || !succeeds)
                 *error = QStringLiteral("simulated failure");
             return created && succeeds;
         }});
    return steps;
}

void TestDatabase::migrate_existingDatabase_backsUpFirst()
{
    {
        Database db;
        openWithPacks(db);
    }
    const auto steps = withExtraStep(QStringLiteral("future_table"), true);
    const int next = Database::latestVersion() + 1;
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), steps, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), next);
    QVERIFY(!db.lastBackupPath().isEmpty());
    QVERIFY(QFile::exists(db.lastBackupPath()));
    // The backup is the old version, complete.
    QCOMPARE(readBack(db.lastBackupPath(),
                      QStringLiteral("SELECT ? + (SELECT count(*) FROM questions)"), 0)
                 .toInt(),
             QuestionBank(db).count());
    QCOMPARE(readBack(db.lastBackupPath(),
                      QStringLiteral("SELECT ? + user_version FROM pragma_user_version"), 0)
                 .toInt(),
             Database::latestVersion());
}

// A kill during the copy before an upgrade (found by the kill -9 soak): the copy was written
// under its final name, so a start in the same second was refused ("output file already
// exists") although nothing was wrong. Now the copy is written as ".partial" and renamed when
// whole: a leftover ".partial" is replaced, and a whole copy of the same second is kept and the
// new one numbered.
void TestDatabase::migrate_afterAKilledCopyInTheSameSecond_copiesAgain()
{
    FakeClock clock;
    {
        Database db(clock);
        openWithPacks(db);
    }
    const QString name = dbPath()
        + QStringLiteral(".v%1-%2")
              .arg(Database::latestVersion())
              .arg(clock.wallTime().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const auto writeFile = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    // What a kill in the middle of the copy leaves.
    QVERIFY(writeFile(name + QStringLiteral(".bak.partial"), QByteArray(4096, 'x')));
    {
        Database db(clock);
        QString error;
        QVERIFY2(db.open(dbPath(), withExtraStep(QStringLiteral("t1"), false), &error) == false,
                 "the step fails, so the upgrade is rolled back after the copy");
        QCOMPARE(db.lastBackupPath(), name + QStringLiteral(".bak"));
    }
    QVERIFY(!QFile::exists(name + QStringLiteral(".bak.partial")));
    QCOMPARE(readBack(name + QStringLiteral(".bak"),
                      QStringLiteral("SELECT ? + user_version FROM pragma_user_version"), 0)
                 .toInt(),
             Database::latestVersion());

    // The same second again: the whole copy stays, the new one is numbered.
    Database db(clock);
    QString error;
    QVERIFY2(db.open(dbPath(), withExtraStep(QStringLiteral("t2"), true), &error),
             qPrintable(error));
    QCOMPARE(db.lastBackupPath(), name + QStringLiteral("-2.bak"));
    QVERIFY(QFile::exists(name + QStringLiteral(".bak")));
    QVERIFY(!QFile::exists(name + QStringLiteral("-2.bak.partial")));
    QCOMPARE(readBack(db.lastBackupPath(),
                      QStringLiteral("SELECT ? + user_version FROM pragma_user_version"), 0)
                 .toInt(),
             Database::latestVersion());
}

void TestDatabase::migrate_failingStep_rollsBackEverything()
{
    {
        Database db;
        openWithPacks(db);
    }
    const auto steps = withExtraStep(QStringLiteral("half_done"), false);
    Database db;
    QString error;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(dbPath(), steps, &error, &kind));
    QCOMPARE(kind, Database::OpenError::MigrationFailed);
    QVERIFY(error.contains(QStringLiteral("simulated failure")));
    Database again;
    QVERIFY2(again.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(again.schemaVersion(), Database::latestVersion());
    QSqlQuery q(again.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestDatabase::migrate7_questionDataStoredAsBlob_becomesText()
{
    auto typesOf = [](Database &db) {
        QSqlQuery q(db.connection());
        QStringList types;
        if (q.exec(QStringLiteral("SELECT DISTINCT typeof(data) FROM questions")))
            while (q.next())
                types << q.value(0).toString();
        return types;
    };
    QStringList tracks;
    {
        // A version 6 database whose question rows were written the old way, as bytes.
        Database db;
        QString error;
        QVERIFY2(db.open(dbPath(), Database::migrations().mid(0, 6), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 6);
        QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
        QCOMPARE(typesOf(db), QStringList{QStringLiteral("text")}); // new writes are TEXT
        tracks = QuestionBank(db).tracks();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE questions SET data = CAST(data AS BLOB)")));
        QCOMPARE(typesOf(db), QStringList{QStringLiteral("blob")});
    }
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(typesOf(db), QStringList{QStringLiteral("text")});
    // The same questions read back, through Qt and through json_each.
    QVERIFY(!tracks.isEmpty());
    QCOMPARE(QuestionBank(db).tracks(), tracks);
    const auto all = QuestionBank(db).find({});
    QVERIFY(!all.isEmpty());
    QVERIFY(!all.constFirst().first.keyPoints.isEmpty()
            || !all.constFirst().first.guidance.isEmpty());
}

namespace {

QDateTime markerChecked(const QString &dbPath)
{
    QFile file(Database::cleanCloseMarkerPath(dbPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QDateTime::fromString(
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("checked")).toString(),
        Qt::ISODate);
}

} // namespace

// Every time the database keeps comes from its clock: set years away from today, a read of
// the machine's clock anywhere would show (in the marker, in the weekly check's decision, in
// the name of the copy made before a migration).
void TestDatabase::times_comeFromTheInjectedClock()
{
    FakeClock clock(QDateTime(QDate(2041, 3, 4), QTime(5, 6, 7), Qt::UTC));
    const QDateTime created = clock.wallTime();
    {
        Database db(clock);
        openWithPacks(db);
    }
    // A new file counts as checked when it was created.
    QCOMPARE(markerChecked(dbPath()), created);

    // Three days on: no whole-file check, and the marker keeps the old check's time. (By the
    // machine's clock the check would lie in the future and run.)
    clock.advanceWallOnlyMs(3 * 24 * 3600 * 1000LL);
    {
        Database db(clock);
        QString error;
        QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
        QVERIFY(!db.ranFullCheck());
    }
    QCOMPARE(markerChecked(dbPath()), created);

    // A check now (Data -> Check the database) is the weekly check, at the clock's time.
    {
        Database db(clock);
        QString error;
        QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
        QVERIFY2(db.checkNow(&error), qPrintable(error));
    }
    const QDateTime checked = clock.wallTime();
    QCOMPARE(markerChecked(dbPath()), checked);

    // A week after that check: the whole file is checked again, and the marker says when.
    clock.advanceWallOnlyMs((Database::kFullCheckDays + 1) * 24 * 3600 * 1000LL);
    {
        Database db(clock);
        QString error;
        QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
        QVERIFY(db.ranFullCheck());
    }
    QCOMPARE(markerChecked(dbPath()), clock.wallTime());

    // The copy before a migration is named by the clock.
    Database db(clock);
    QString error;
    QVERIFY2(db.open(dbPath(), withExtraStep(QStringLiteral("future_table"), true), &error),
             qPrintable(error));
    QVERIFY2(db.lastBackupPath().endsWith(
                 QStringLiteral(".v%1-%2.bak")
                     .arg(Database::latestVersion())
                     .arg(clock.wallTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))),
             qPrintable(db.lastBackupPath()));
    QVERIFY(QFile::exists(db.lastBackupPath()));
}

// The schema 5 step replays stored grades through the replay its opener hands in (storage does
// not know SM-2): without one a file with grades is refused and left as it was; with one the
// replay runs inside the upgrade, before the version is written.
void TestDatabase::migrate5_withGrades_needsTheReplayAndRunsItInTheUpgrade()
{
    QList<Database::Migration> upTo4 = Database::migrations().mid(0, 4);
    QCOMPARE(upTo4.constLast().version, 4);
    {
        Database old;
        QString error;
        QVERIFY2(old.open(dbPath(), upTo4, &error), qPrintable(error));
        QSqlQuery q(old.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO sessions (id, plan_name, plan, seed, status, state, paused_from, "
            "started_at, saved_at) VALUES (1, 'p', '{}', 1, 'finished', 'Finished', 'Ready', "
            "'2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO rounds (id, session_id, position, kind, "
                                      "budget_ms, expiry) VALUES (1, 1, 0, 'technical', 0, 'soft')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO attempts (session_id, round_id, position, question_id, question_version, "
            "question_text, status, prep_limit_ms, answer_limit_ms, score, graded_at) VALUES "
            "(1, 1, 0, 'tech.x', 1, 't', 'answered', 0, 0, 4, '2026-01-01T10:00:00.000Z')")));
    }
    FakeClock clock;
    {
        Database db(clock);
        QString error;
        Database::OpenError kind = Database::OpenError::None;
        QVERIFY(!db.open(dbPath(), &error, &kind));
        QCOMPARE(kind, Database::OpenError::MigrationFailed);
        QVERIFY2(error.contains(QStringLiteral("review schedule")), qPrintable(error));
    }
    QCOMPARE(Database::storedSchemaVersion(dbPath()), 4);

    clock.advanceSeconds(1); // the copy made before the upgrade gets a new name
    Database db(clock);
    int versionSeen = -1;
    QString gradesSeen;
    db.setGradeReplay([&](ReviewStore &store, QString *) {
        QSqlQuery q(store.connection());
        versionSeen = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt()
                                                                                : -1;
        gradesSeen = q.exec(QStringLiteral(
                         "SELECT group_concat(question_id || ':' || score) FROM attempts"))
                             && q.next()
                         ? q.value(0).toString()
                         : QString();
        return q.exec(
            QStringLiteral("INSERT INTO review_log (question_id, reviewed_at, reviewed_on, "
                           "grade, was_due, interval_before, interval_after) VALUES "
                           "('tech.x', '2026-01-01T10:00:00.000Z', '2026-01-01', 4, 0, 0, 1)"));
    });
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(versionSeen, 4); // inside the upgrade's transaction
    QCOMPARE(gradesSeen, QStringLiteral("tech.x:4"));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM review_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
