// SQLite's failures in words (sqlErrorText) and a transaction whose COMMIT fails: on a full
// disk the write-ahead log is written at COMMIT, so that is where saving fails; the caller
// must hear why, and the connection must be usable again once there is space. Real SQLite on
// a real small filesystem (or max_page_count, FullDisk.h says which).
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "FullDisk.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FullDisk;

class TestSqlErrors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void inTransaction_commitOnAFullDisk_saysTheDiskIsFull_andWorksOnceSpaceIsBack();
    void sqlErrorText_writeThroughAReadOnlyConnection_saysReadOnly();
    void sqlErrorText_withoutACode_keepsSqlitesText();
};

void TestSqlErrors::inTransaction_commitOnAFullDisk_saysTheDiskIsFull_andWorksOnceSpaceIsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FullDisk disk(dir.path(), 8);
    {
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error), qPrintable(error));
        QSqlQuery make(db.connection());
        QVERIFY(make.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS notes_test (t TEXT)")));
        QVERIFY2(disk.fill(db.connection(), &error), qPrintable(error));

        const QString big(20'000, QLatin1Char('x'));
        auto insert = [&](QString *why) {
            return db.inTransaction(why, [&] {
                QSqlQuery q(db.connection());
                q.prepare(QStringLiteral("INSERT INTO notes_test (t) VALUES (?)"));
                q.addBindValue(big);
                return q.exec() || sqlFail(q, why);
            });
        };
        error.clear();
        QVERIFY(!insert(&error));
        QVERIFY2(error.startsWith(QStringLiteral("the disk is full")), qPrintable(error));

        QVERIFY2(disk.free(db.connection(), &error), qPrintable(error));
        error.clear();
        // The failed COMMIT left no transaction open: the next one begins and commits.
        QVERIFY2(insert(&error), qPrintable(error));
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM notes_test")) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }
}

void TestSqlErrors::sqlErrorText_writeThroughAReadOnlyConnection_saysReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rw"));
    {
        // Root may write any file, so read-only is asked of SQLite itself: its answer is the
        // same SQLITE_READONLY a read-only file or mount gives.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ro"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QString error;
        QVERIFY(!sqlFail(q, &error));
        QCOMPARE(error, QStringLiteral("the database file or its folder is read-only"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ro"));
}

void TestSqlErrors::sqlErrorText_withoutACode_keepsSqlitesText()
{
    // A constraint (code 19) or an error without a code is not the disk's fault: SQLite's text.
    QCOMPARE(sqlErrorText(QSqlError(QStringLiteral("driver"),
                                    QStringLiteral("UNIQUE constraint "
                                                   "failed: t.x"),
                                    QSqlError::StatementError, QStringLiteral("19"))),
             QStringLiteral("UNIQUE constraint failed: t.x driver"));
    QCOMPARE(sqlErrorText(QSqlError(QStringLiteral("driver"),
                                    QStringLiteral("database or disk is "
                                                   "full"),
                                    QSqlError::StatementError, QStringLiteral("13"))),
             QStringLiteral("the disk is full; free some space on it"));
    // Extended codes count by their primary code: SQLITE_IOERR_WRITE is 778 = 10 | (3 << 8).
    QCOMPARE(sqlErrorText(QSqlError(QString(), QStringLiteral("disk I/O error"),
                                    QSqlError::StatementError, QStringLiteral("778"))),
             QStringLiteral("the disk reported an error while the database was read or written"));
}

QTEST_GUILESS_MAIN(TestSqlErrors)
#include "test_sql_errors.moc"
