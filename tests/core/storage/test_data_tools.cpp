// Delete my data, part by part, and what a restore names, on real database files: what each
// choice removes, what stays, and that the tables kept by triggers stay consistent.
#include "bank/QuestionBank.h"
#include "coach/StoryBank.h"
#include "practice/Scheduler.h"
#include "storage/DataTools.h"
#include "storage/Database.h"
#include "storage/PresetStore.h"
#include "storage/SessionRecord.h"
#include "FakeClock.h"
#include "GradedSession.h"
#include "SmallFilesystem.h"
#include "TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace mockloop;
using namespace mockloop::datatools;
using mockloop::test::FakeClock;

Q_DECLARE_METATYPE(mockloop::datatools::DataParts)
Q_DECLARE_METATYPE(mockloop::datatools::DataCounts)

class TestDataTools : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void deleteData_eachChoice_removesThatAndKeepsTheRest_data();
    void deleteData_eachChoice_removesThatAndKeepsTheRest();
    void deleteData_sessions_leavesTheTriggerKeptTablesConsistent();
    void deleteData_ownQuestions_keepsTheBuiltinPacks();
    void deleteData_whileASessionIsOpen_deletesNothing();
    void countBackup_readsTheBackupsCounts_andTheRestoreQuestionNamesBothSides();
    void deleteButtonText_namesWhatIsChosen();
    void deleteData_sessions_resetsAKeptSuspensionToTheSchedulersStart();
    void restore_namesTheCopyOfTheCurrentDataByTheInjectedClock();
    void backup_toAMissingFolder_isRefusedNamingIt_andMakesNothing();
    void backup_toAFullDisk_saysSo_leavesNoFile_andWorksOnceThereIsSpace();

private:
    void fill();
    int rows(const QString &sql) const;
    QString derivedMismatch() const;

    std::unique_ptr<test::TempDatabase> m_data;
    Database *m_db = nullptr;
    FakeClock m_clock;
    DataCounts m_filled;
};

void TestDataTools::init()
{
    m_data = std::make_unique<test::TempDatabase>();
    m_db = &m_data->db;
    QString error;
    QVERIFY2(m_data->open(&error), qPrintable(error));
    fill();
}

// Two graded sessions, one story told in an answer and one never told, two own questions (one
// a copy of a built-in), an own preset, a suspended built-in question.
void TestDataTools::fill()
{
    QString error;
    const QList<Question> tech = QuestionBank(*m_db).questions(RoundKind::Technical);
    QVERIFY(tech.size() >= 3);
    QVERIFY2(test::runGradedSession(*m_db, m_clock,
                                    {{tech[0].id, RoundKind::Technical, 10, 2, {}},
                                     {tech[1].id, RoundKind::Technical, 10, 4, {}}},
                                    &error),
             qPrintable(error));
    QVERIFY2(test::runGradedSession(*m_db, m_clock, {{tech[0].id, RoundKind::Technical, 10, 5, {}}},
                                    &error),
             qPrintable(error));

    StoryBank stories(*m_db);
    Story told;
    told.title = QStringLiteral("The rollback");
    told.action = QStringLiteral("rolled back");
    const auto toldId = stories.save(told, m_clock.wallTime(), &error);
    QVERIFY2(toldId, qPrintable(error));
    QSqlQuery attempt(m_db->connection());
    QVERIFY(attempt.exec(QStringLiteral("SELECT id, question_id FROM attempts LIMIT 1"))
            && attempt.next());
    QVERIFY2(stories.recordUse(*toldId, attempt.value(0).toLongLong(), attempt.value(1).toString(),
                               m_clock.wallTime(), &error),
             qPrintable(error));
    Story other;
    other.title = QStringLiteral("The migration");
    other.result = QStringLiteral("no downtime");
    QVERIFY2(stories.save(other, m_clock.wallTime(), &error), qPrintable(error));

    QuestionBank bank(*m_db);
    Question own;
    own.text = QStringLiteral("How would you shard a message queue?");
    QString ownId;
    QVERIFY2(bank.saveOwnQuestion(own, &ownId, &error), qPrintable(error));
    QString copyId;
    QVERIFY2(bank.copyToOwnPack(tech[2].id, &copyId, &error), qPrintable(error));

    LoopPlan plan;
    plan.name = QStringLiteral("Mine");
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    QVERIFY2(PresetStore(*m_db).save(QStringLiteral("My loop"), plan, m_clock.wallTime(), &error),
             qPrintable(error));

    Scheduler scheduler(*m_db, &m_clock);
    QVERIFY2(scheduler.setSuspended(tech[2].id, true, &error), qPrintable(error));

    QVERIFY2(countData(*m_db, &m_filled, &error), qPrintable(error));
    QCOMPARE(m_filled, (DataCounts{2, 2, 2, 1}));
}

int TestDataTools::rows(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toInt();
}

// The answer search index and the score totals against the rows they stand for.
QString TestDataTools::derivedMismatch() const
{
    QStringList problems;
    const int indexed = rows(QStringLiteral("SELECT count(*) FROM answer_search"));
    const int fields = rows(QStringLiteral("SELECT count(*) FROM answer_fields"));
    if (indexed != fields)
        problems << QStringLiteral("answer_search %1 rows, answer_fields %2").arg(indexed).arg(fields);
    const int totals = rows(QStringLiteral("SELECT coalesce(sum(graded), 0) FROM snapshot_scores"));
    const int graded = rows(QStringLiteral("SELECT count(*) FROM attempts WHERE score IS NOT NULL"));
    if (totals != graded)
        problems << QStringLiteral("snapshot_scores %1 grades, attempts %2").arg(totals).arg(graded);
    const int mismatched = rows(QStringLiteral(
        "SELECT count(*) FROM snapshot_scores s WHERE s.graded <> (SELECT count(*) FROM attempts a "
        "WHERE a.score IS NOT NULL AND a.question_id = s.question_id "
        "AND coalesce(a.snapshot_id, 0) = s.snapshot_id)"));
    if (mismatched != 0)
        problems << QStringLiteral("%1 snapshot_scores rows differ from the attempts").arg(mismatched);
    return problems.join(QLatin1Char('\n'));
}

void TestDataTools::deleteData_eachChoice_removesThatAndKeepsTheRest_data()
{
    QTest::addColumn<DataParts>("parts");
    QTest::addColumn<DataCounts>("left");
    QTest::newRow("sessions") << DataParts(DataPart::Sessions) << DataCounts{0, 2, 2, 1};
    QTest::newRow("stories") << DataParts(DataPart::Stories) << DataCounts{2, 0, 2, 1};
    QTest::newRow("own questions") << DataParts(DataPart::OwnQuestions) << DataCounts{2, 2, 0, 1};
    QTest::newRow("own presets") << DataParts(DataPart::OwnPresets) << DataCounts{2, 2, 2, 0};
    QTest::newRow("sessions and stories")
        << (DataPart::Sessions | DataPart::Stories) << DataCounts{0, 0, 2, 1};
    QTest::newRow("everything") << kAllDataParts << DataCounts{};
}

void TestDataTools::deleteData_eachChoice_removesThatAndKeepsTheRest()
{
    QFETCH(DataParts, parts);
    QFETCH(DataCounts, left);
    const int builtin = rows(QStringLiteral(
        "SELECT count(*) FROM questions q JOIN packs p ON p.id = q.pack_id WHERE p.builtin = 1"));
    QString error;
    QVERIFY2(deleteData(*m_db, parts, &error), qPrintable(error));
    DataCounts counts;
    QVERIFY2(countData(*m_db, &counts, &error), qPrintable(error));
    QCOMPARE(counts, left);
    QCOMPARE(
        rows(QStringLiteral(
            "SELECT count(*) FROM questions q JOIN packs p ON p.id = q.pack_id WHERE p.builtin = 1")),
        builtin);
    // The schedule goes with the sessions it came from; otherwise it stays.
    const int scheduled = rows(
        QStringLiteral("SELECT count(*) FROM review_state WHERE suspended = 0"));
    QCOMPARE(scheduled == 0, parts.testFlag(DataPart::Sessions));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM review_state WHERE suspended = 1")), 1);
    // A story kept while its sessions go is no longer "used" by an answer that is gone.
    const QList<Story> stories = StoryBank(*m_db).stories();
    const int uses = std::accumulate(stories.cbegin(), stories.cend(), 0,
                                     [](int sum, const Story &s) { return sum + s.uses; });
    QCOMPARE(uses, parts & (DataPart::Sessions | DataPart::Stories) ? 0 : 1);
    const QString mismatch = derivedMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
}

void TestDataTools::deleteData_sessions_leavesTheTriggerKeptTablesConsistent()
{
    QVERIFY(rows(QStringLiteral("SELECT count(*) FROM answer_search")) > 0);
    QVERIFY(rows(QStringLiteral("SELECT count(*) FROM snapshot_scores")) > 0);
    QString error;
    QVERIFY2(deleteData(*m_db, DataPart::Sessions, &error), qPrintable(error));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM answer_search")), 0);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM snapshot_scores")), 0);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM question_snapshots")), 0);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM story_uses")), 0);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM review_log")), 0);

    // The triggers still work on what comes next.
    const QList<Question> tech = QuestionBank(*m_db).questions(RoundKind::Technical);
    QVERIFY2(test::runGradedSession(*m_db, m_clock, {{tech[0].id, RoundKind::Technical, 10, 3, {}}},
                                    &error),
             qPrintable(error));
    const QString mismatch = derivedMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(rows(QStringLiteral(
                 "SELECT count(*) FROM answer_search WHERE answer_search MATCH 'words'")),
             1);
}

void TestDataTools::deleteData_ownQuestions_keepsTheBuiltinPacks()
{
    const int packs = rows(QStringLiteral("SELECT count(*) FROM packs WHERE builtin = 1"));
    QString error;
    QVERIFY2(deleteData(*m_db, DataPart::OwnQuestions, &error), qPrintable(error));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM packs WHERE builtin = 0")), 0);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM packs WHERE builtin = 1")), packs);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM closing_entries c JOIN packs p ON p.id = c.pack_id "
                                 "WHERE p.builtin = 0")),
             0);
}

void TestDataTools::deleteData_whileASessionIsOpen_deletesNothing()
{
    LoopPlan plan;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    QString error;
    auto running = SessionController::start(*m_db, plan, &m_clock, &error);
    QVERIFY2(running, qPrintable(error));
    QVERIFY(!deleteData(*m_db, kAllDataParts, &error));
    QVERIFY2(error.contains(QStringLiteral("nothing was deleted")), qPrintable(error));
    DataCounts counts;
    QVERIFY(countData(*m_db, &counts, &error));
    QCOMPARE(counts, (DataCounts{3, 2, 2, 1}));
}

void TestDataTools::countBackup_readsTheBackupsCounts_andTheRestoreQuestionNamesBothSides()
{
    const QString file = m_data->dir.filePath(QStringLiteral("backup.sqlite"));
    QString error;
    QVERIFY2(backup(*m_db, file, &error), qPrintable(error));
    QVERIFY2(deleteData(*m_db, DataPart::Stories | DataPart::OwnPresets, &error), qPrintable(error));
    DataCounts current;
    DataCounts saved;
    QVERIFY2(countData(*m_db, &current, &error), qPrintable(error));
    QVERIFY2(countBackup(*m_db, file, &saved, &error), qPrintable(error));
    QCOMPARE(saved, m_filled);
    QCOMPARE(current, (DataCounts{2, 0, 2, 0}));
    const QString question = restoreQuestion(QStringLiteral("backup.sqlite"), current, saved);
    QVERIFY2(question.contains(QStringLiteral("Replace your 2 sessions, 0 stories, 2 own questions, "
                                              "0 own presets and 0 applications with the 2 "
                                              "sessions, 2 stories, 2 own questions, 1 own preset "
                                              "and 0 applications of backup.sqlite")),
             qPrintable(question));

    // And the restore brings back exactly what the backup counted.
    QString before;
    QVERIFY2(restore(*m_db, file, &before, &error), qPrintable(error));
    QVERIFY2(countData(*m_db, &current, &error), qPrintable(error));
    QCOMPARE(current, m_filled);
    const QString mismatch = derivedMismatch();
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    QVERIFY(!countBackup(*m_db, m_data->dir.filePath(QStringLiteral("missing.sqlite")), &saved,
                         &error));
}

void TestDataTools::deleteButtonText_namesWhatIsChosen()
{
    QCOMPARE(deleteButtonText(kAllDataParts), QStringLiteral("Delete everything"));
    QCOMPARE(deleteButtonText(DataPart::Sessions), QStringLiteral("Delete sessions"));
    QCOMPARE(deleteButtonText(DataPart::Sessions | DataPart::Stories),
             QStringLiteral("Delete sessions and stories"));
    QCOMPARE(deleteButtonText(DataPart::Sessions | DataPart::Stories | DataPart::OwnPresets),
             QStringLiteral("Delete sessions, stories and own presets"));
}

// The review rows are reset by the store (DataTools), the starting ease is the scheduler's:
// the two must agree.
void TestDataTools::deleteData_sessions_resetsAKeptSuspensionToTheSchedulersStart()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT question_id FROM review_state WHERE last_grade > 0 "
                                  "AND suspended = 0 LIMIT 1"))
            && q.next());
    const QString graded = q.value(0).toString();
    Scheduler scheduler(*m_db, &m_clock);
    QString error;
    QVERIFY2(scheduler.setSuspended(graded, true, &error), qPrintable(error));
    const auto before = scheduler.state(graded);
    QVERIFY(before && before->lastGrade > 0);
    // An ease away from the start, as hard questions get.
    QVERIFY(q.exec(
        QStringLiteral("UPDATE review_state SET ease = 1.7 WHERE question_id = '%1'").arg(graded)));
    QCOMPARE(scheduler.state(graded)->ease, 1.7);
    QVERIFY2(deleteData(*m_db, DataPart::Sessions, &error), qPrintable(error));
    const auto after = scheduler.state(graded);
    QVERIFY(after && after->suspended);
    QCOMPARE(after->ease, SchedulerParameters{}.initialEase);
    QCOMPARE(after->repetitions, 0);
    QCOMPARE(after->lapses, 0);
    QCOMPARE(after->intervalDays, 0);
    QCOMPARE(after->lastGrade, 0);
    QVERIFY(!after->lastReviewedAt.isValid());
}

// The copy restore makes of the current data is named by the database's clock, not the
// machine's: a clock years away from today shows in the name.
void TestDataTools::restore_namesTheCopyOfTheCurrentDataByTheInjectedClock()
{
    const FakeClock clock(QDateTime(QDate(2041, 3, 4), QTime(5, 6, 7, 89), Qt::UTC));
    QCOMPARE(backupPathFor(QStringLiteral("/data"), QStringLiteral("x"), clock),
             QStringLiteral("/data/backups/mockloop-x-20410304-050607-089.sqlite"));
    QTemporaryDir dir;
    Database db(clock);
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error), qPrintable(error));
    const QString file = dir.filePath(QStringLiteral("backup.sqlite"));
    QVERIFY2(backup(db, file, &error), qPrintable(error));
    QString copy;
    QVERIFY2(restore(db, file, &copy, &error), qPrintable(error));
    QCOMPARE(copy, backupPathFor(db.dataDir(), QStringLiteral("before-restore"), clock));
    QVERIFY2(copy.endsWith(QStringLiteral("/mockloop-before-restore-20410304-050607-089.sqlite")),
             qPrintable(copy));
    QVERIFY(QFile::exists(copy));
}

// Issue 16, defect 8: backup made a missing folder while every other file a person names (an
// export, a report) was refused there. One rule now (checkTargetFolder): refused, named.
void TestDataTools::backup_toAMissingFolder_isRefusedNamingIt_andMakesNothing()
{
    QTemporaryDir elsewhere;
    const QString missing = elsewhere.filePath(QStringLiteral("typo/backups"));
    QString error;
    QVERIFY(!backup(*m_db, QDir(missing).filePath(QStringLiteral("b.sqlite")), &error));
    QVERIFY2(error.contains(missing) && error.contains(QStringLiteral("does not exist")),
             qPrintable(error));
    QVERIFY(QDir(elsewhere.path()).isEmpty());

    // A file where the folder should be.
    QFile inTheWay(elsewhere.filePath(QStringLiteral("notes")));
    QVERIFY(inTheWay.open(QIODevice::WriteOnly));
    inTheWay.close();
    const QString under = elsewhere.filePath(QStringLiteral("notes/b.sqlite"));
    QVERIFY(!backup(*m_db, under, &error));
    QVERIFY2(error.contains(elsewhere.filePath(QStringLiteral("notes")))
                 && error.contains(QStringLiteral("not a folder")),
             qPrintable(error));
    QVERIFY(!checkTargetFolder(under, &error));
    QVERIFY(checkTargetFolder(elsewhere.filePath(QStringLiteral("b.sqlite")), &error));
}

// A backup to a disk that runs full (issue 16): refused with the reason in words, and nothing
// half-written is left where the backup was to be, neither the file nor its ".partial"; an
// older backup of the same name is kept. Once there is space the same backup works.
void TestDataTools::backup_toAFullDisk_saysSo_leavesNoFile_andWorksOnceThereIsSpace()
{
    test::SmallFilesystem disk(8 * 1024 * 1024);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.whyNot()));
    qInfo("%s", qPrintable(disk.describe()));
    const QString target = disk.filePath(QStringLiteral("mockloop-backup.sqlite"));
    {
        QFile older(target);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("an older backup");
    }
    QString error;
    QVERIFY(disk.fill(&error));
    QVERIFY(!backup(*m_db, target, &error));
    QVERIFY2(error.contains(target) && error.contains(QStringLiteral("disk is full")),
             qPrintable(error));
    QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    {
        QFile older(target);
        QVERIFY(older.open(QIODevice::ReadOnly));
        QCOMPARE(older.readAll(), QByteArray("an older backup"));
    }

    QVERIFY(disk.freeSpace());
    QVERIFY2(backup(*m_db, target, &error), qPrintable(error));
    QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    int version = 0;
    QVERIFY2(checkBackup(*m_db, target, &version, &error), qPrintable(error));
    QCOMPARE(version, m_db->schemaVersion());
    DataCounts counts;
    QVERIFY2(countBackup(*m_db, target, &counts, &error), qPrintable(error));
    QCOMPARE(counts.sessions, m_filled.sessions);
}

QTEST_GUILESS_MAIN(TestDataTools)
#include "test_data_tools.moc"
