// Schema 10, import_sources: what the person chose when importing a file, one JSON object per
// source. A version 9 database with data upgrades (copy first, nothing lost), an older program
// refuses the new file untouched, the store keeps every key, and the transaction nesting the
// import relies on undoes exactly what it should. Real SQLite files in a QTemporaryDir.
#include "bank/QuestionBank.h"
#include "storage/Database.h"
#include "storage/ImportSourceStore.h"
#include "storage/SqlSupport.h"
#include "FakeClock.h"
#include "StorageFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestImportSources : public QObject, private test::StorageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { makeDataDir(); }

    void migrate10_fromVersion9WithData_addsTheTableAndKeepsEverything();
    void open_version10ByAProgramThatKnowsOnly9_isRefusedAndFileUnchanged();
    void store_putAndGet_keepsEveryKeyPerSource();
    void store_settingsThatAreNotAJsonObject_areRefusedByTheTable();
    void inTransaction_nested_innerFailureUndoesOnlyItsOwnWrites();
    void inTransaction_nested_outerFailureUndoesTheInnerWritesToo();
};

void TestImportSources::migrate10_fromVersion9WithData_addsTheTableAndKeepsEverything()
{
    FakeClock clock;
    int questions = 0;
    {
        Database old(clock);
        QString error;
        QVERIFY2(old.open(dbPath(), Database::migrations().mid(0, 9), &error), qPrintable(error));
        QCOMPARE(old.schemaVersion(), 9);
        QVERIFY2(QuestionBank(old, &clock).installBuiltinPacks(&error), qPrintable(error));
        questions = scalar(old, QStringLiteral("SELECT count(*) FROM questions"));
        QVERIFY(questions > 0);
        QCOMPARE(scalar(old, QStringLiteral(
                                 "SELECT count(*) FROM sqlite_schema WHERE name = 'import_sources'")),
                 0);
    }
    // Upgraded to version 10 only: later versions have their own upgrade tests.
    Database db(clock);
    QString error;
    QVERIFY2(db.open(dbPath(), Database::migrations().mid(0, 10), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), 10);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM questions")), questions);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_sources")), 0);
    // The upgrade copied the version 9 file first.
    QVERIFY2(QFile::exists(db.lastBackupPath()), qPrintable(db.lastBackupPath()));
    QVERIFY2(QFileInfo(db.lastBackupPath()).fileName().startsWith(QStringLiteral("mockloop.sqlite.v9-")),
             qPrintable(db.lastBackupPath()));
    QCOMPARE(Database::storedSchemaVersion(db.lastBackupPath()), 9);
    // And the new table works at once.
    QVERIFY2(ImportSourceStore(db).put(QStringLiteral("/home/a/list.md"),
                                       QJsonObject{{QStringLiteral("kinds"), QJsonObject{}}},
                                       clock.wallTime(), &error),
             qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_sources")), 1);
}

void TestImportSources::open_version10ByAProgramThatKnowsOnly9_isRefusedAndFileUnchanged()
{
    {
        Database db;
        QString error;
        QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    const QByteArray before = fileHash(dbPath());
    // The program before this version: its last migration is 9.
    Database older;
    QString error;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!older.open(dbPath(), Database::migrations().mid(0, 9), &error, &kind));
    QCOMPARE(kind, Database::OpenError::Newer);
    QVERIFY2(error.contains(QStringLiteral("newer MockLoop")), qPrintable(error));
    QCOMPARE(fileHash(dbPath()), before);
}

void TestImportSources::store_putAndGet_keepsEveryKeyPerSource()
{
    FakeClock clock;
    Database db(clock);
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    ImportSourceStore store(db);
    const QString a = QStringLiteral("/home/a/Backend questions.md");
    const QString b = QStringLiteral("list.md");
    QVERIFY(store.get(a, &error).isEmpty());
    QVERIFY(error.isEmpty());

    const QJsonObject settings{
        {QStringLiteral("kinds"),
         QJsonObject{{QStringLiteral("Databases"), QStringLiteral("project")}}},
        {QStringLiteral("csv"),
         QJsonObject{{QStringLiteral("columns"),
                      QJsonArray{QStringLiteral("question"), QStringLiteral("answer")}}}}};
    QVERIFY2(store.put(a, settings, clock.wallTime(), &error), qPrintable(error));
    QCOMPARE(store.get(a), settings);
    QVERIFY(store.get(b).isEmpty()); // another source has none

    // Replaced as a whole; the time is the clock's.
    clock.advanceSeconds(60);
    QJsonObject changed = store.get(a);
    changed.insert(QStringLiteral("kinds"),
                   QJsonObject{{QStringLiteral("Databases"), QStringLiteral("technical")}});
    QVERIFY2(store.put(a, changed, clock.wallTime(), &error), qPrintable(error));
    QCOMPARE(store.get(a), changed);
    QCOMPARE(store.get(a).value(QStringLiteral("csv")), settings.value(QStringLiteral("csv")));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(updated_at) FROM import_sources")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), toStoredTime(clock.wallTime()));
}

void TestImportSources::store_settingsThatAreNotAJsonObject_areRefusedByTheTable()
{
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QSqlQuery q(db.connection());
    for (const char *bad : {"not json", "[1, 2]", "\"text\""}) {
        q.prepare(QStringLiteral(
            "INSERT INTO import_sources (source, settings, updated_at) VALUES ('x.md', ?, '')"));
        q.addBindValue(QString::fromUtf8(bad));
        QVERIFY2(!q.exec(), bad);
    }
    q.prepare(QStringLiteral(
        "INSERT INTO import_sources (source, settings, updated_at) VALUES ('', '{}', '')"));
    QVERIFY(!q.exec()); // a source is never empty
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_sources")), 0);
}

void TestImportSources::inTransaction_nested_innerFailureUndoesOnlyItsOwnWrites()
{
    FakeClock clock;
    Database db(clock);
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    ImportSourceStore store(db);
    bool innerWrote = false;
    const bool ok = db.inTransaction(&error, [&] {
        if (!store.put(QStringLiteral("outer.md"), {}, clock.wallTime(), &error))
            return false;
        const bool inner = db.inTransaction(&error, [&] {
            innerWrote = store.put(QStringLiteral("inner.md"), {}, clock.wallTime(), &error);
            return false; // the inner part fails after writing
        });
        return !inner; // the outer one goes on without it
    });
    QVERIFY2(ok, qPrintable(error));
    QVERIFY2(innerWrote, qPrintable(error)); // the inner part ran inside the outer one
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_sources WHERE source = "
                                       "'outer.md'")),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_sources WHERE source = "
                                       "'inner.md'")),
             0);
    // No transaction is left open: a later one begins and commits.
    QVERIFY2(db.inTransaction(&error,
                              [&] {
                                  return store.put(QStringLiteral("later.md"), {}, clock.wallTime(),
                                                   &error);
                              }),
             qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_sources")), 2);
}

void TestImportSources::inTransaction_nested_outerFailureUndoesTheInnerWritesToo()
{
    FakeClock clock;
    Database db(clock);
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    ImportSourceStore store(db);
    bool inner = false;
    bool ok = db.inTransaction(&error, [&] {
        inner = db.inTransaction(&error, [&] {
            return store.put(QStringLiteral("inner.md"), {}, clock.wallTime(), &error);
        });
        return false; // the inner part succeeded; then the outer one fails
    });
    QVERIFY2(inner, qPrintable(error));
    QVERIFY(!ok);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_sources")), 0);
    // Both succeed: both are kept.
    ok = db.inTransaction(&error, [&] {
        return db.inTransaction(&error, [&] {
            return store.put(QStringLiteral("inner.md"), {}, clock.wallTime(), &error);
        }) && store.put(QStringLiteral("outer.md"), {}, clock.wallTime(), &error);
    });
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_sources")), 2);
}

QTEST_GUILESS_MAIN(TestImportSources)
#include "test_import_sources.moc"
