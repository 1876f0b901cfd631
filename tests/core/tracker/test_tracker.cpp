// The interview tracker (schema 11, core/tracker): applications, stages and their append-only
// history, scheduled interviews with time zones, overlaps and the past, contacts, the ghosted
// suggestion, asked questions that become own questions, and the tracker as part of backup,
// restore, export and delete. Every rule with its bad input; real SQLite files in a
// QTemporaryDir, time from a FakeClock.
#include "bank/QuestionBank.h"
#include "practice/Scheduler.h"
#include "report/Exporter.h"
#include "storage/DataTools.h"
#include "storage/Database.h"
#include "storage/ImportSourceStore.h"
#include "storage/ReviewStore.h"
#include "storage/TrackerStore.h"
#include "tracker/Tracker.h"
#include "FakeClock.h"
#include "StorageFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

QDateTime at(const QString &local, const char *zone)
{
    return QDateTime(QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd HH:mm")).date(),
                     QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd HH:mm")).time(),
                     QTimeZone(zone));
}

QStringList kDefaultNames()
{
    return {QStringLiteral("Wishlist"),  QStringLiteral("Applied"),
            QStringLiteral("Screening"), QStringLiteral("Interviewing"),
            QStringLiteral("Offer"),     QStringLiteral("Accepted"),
            QStringLiteral("Rejected"),  QStringLiteral("Withdrawn"),
            QStringLiteral("Ghosted")};
}

const qint64 kWishlist = 1, kApplied = 2, kInterviewing = 4, kRejected = 7, kGhosted = 9;

} // namespace

class TestTracker : public QObject, private test::StorageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void migrate11_fromVersion10WithData_addsTheTrackerAndKeepsEverything();
    void saveApplication_withoutCompanyOrRoleOrWithBadExcitement_savesNothing_data();
    void saveApplication_withoutCompanyOrRoleOrWithBadExcitement_savesNothing();
    void saveApplication_new_startsInWishlistWithOneHistoryEntry();
    void saveApplication_editKeepsItsHistory_andAChangedStageAppends();
    void changeStage_toRejected_keepsTheEarlierStagesAndTheInterviews();
    void changeStage_sameUnknownOrMissing_isRefusedAndChangesNothing();
    void stageHistory_anUpdate_isRefusedBySQLite();
    void write_failingHalfway_leavesNothingHalfSaved();
    void stages_addRenameHideMove_andTheirRefusals();
    void parseStart_unknownZoneMalformedOrSkippedTime_isRefused_data();
    void parseStart_unknownZoneMalformedOrSkippedTime_isRefused();
    void saveInterview_keepsTheLocalTimeAndZone_andSortsByTheMoment();
    void saveInterview_inThePast_isSavedAndMarked();
    void saveInterview_overlappingAnother_isSavedWithAWarning_adjacentIsNot();
    void saveInterview_badInput_isRefused();
    void saveContact_withoutName_isRefused_andLinksWork();
    void addContactTo_savesAndLinksInOneTransaction_orNothing();
    void ghostedSuggestions_afterNDaysWithoutActivity_onlyForOpenApplications();
    void makeOwnQuestion_fromAnAskedQuestion_linksAndMarksIt();
    void dueReviews_aQuestionAskedInARealInterview_comesFirst();
    void deleteData_tracker_emptiesItResetsTheStages_andKeepsTheRest();
    void deleteData_otherParts_keepTheTracker();
    void exportAllJson_includesTheTracker();
    void backupAndRestore_bringTheTrackerBack();

private:
    qint64 addApplication(const QString &company, qint64 stage = kApplied);
    qint64 addInterview(qint64 application, const QDateTime &start, int minutes = 45);

    std::unique_ptr<FakeClock> m_clockPtr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Tracker> m_tracker;
};

void TestTracker::init()
{
    makeDataDir();
    // Every test starts on Monday 2 March 2026, 09:00 UTC.
    m_clockPtr = std::make_unique<FakeClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    m_db = std::make_unique<Database>(*m_clockPtr);
    openWithPacks(*m_db);
    m_tracker = std::make_unique<Tracker>(*m_db, *m_clockPtr);
}

void TestTracker::cleanup()
{
    m_tracker.reset();
    m_db.reset();
}

qint64 TestTracker::addApplication(const QString &company, qint64 stage)
{
    Application a;
    a.company = company;
    a.role = QStringLiteral("Backend engineer");
    a.stageId = stage;
    QString error;
    const auto id = m_tracker->saveApplication(a, &error);
    if (!id)
        qWarning("%s", qPrintable(error));
    return id.value_or(0);
}

qint64 TestTracker::addInterview(qint64 application, const QDateTime &start, int minutes)
{
    ScheduledInterview i;
    i.applicationId = application;
    i.kind = InterviewKind::Technical;
    i.start = start;
    i.durationMinutes = minutes;
    QString error;
    const auto saved = m_tracker->saveInterview(i, &error);
    if (!saved)
        qWarning("%s", qPrintable(error));
    return saved ? saved->id : 0;
}

void TestTracker::migrate11_fromVersion10WithData_addsTheTrackerAndKeepsEverything()
{
    cleanup();
    makeDataDir();
    int questions = 0;
    {
        Database old(*m_clockPtr);
        QString error;
        QVERIFY2(old.open(dbPath(), Database::migrations().mid(0, 10), &error), qPrintable(error));
        QCOMPARE(old.schemaVersion(), 10);
        QVERIFY2(QuestionBank(old, m_clockPtr.get()).installBuiltinPacks(&error), qPrintable(error));
        QVERIFY2(ImportSourceStore(old).put(QStringLiteral("/home/a/list.md"),
                                            QJsonObject{{QStringLiteral("kinds"), QJsonObject{}}},
                                            m_clockPtr->wallTime(), &error),
                 qPrintable(error));
        questions = scalar(old, QStringLiteral("SELECT count(*) FROM questions"));
        QVERIFY(questions > 0);
        QCOMPARE(scalar(old, QStringLiteral(
                                 "SELECT count(*) FROM sqlite_schema WHERE name = 'applications'")),
                 0);
    }
    // Upgraded to version 11 only: later versions have their own upgrade tests.
    Database db(*m_clockPtr);
    QString error;
    QVERIFY2(db.open(dbPath(), Database::migrations().mid(0, 11), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), 11);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM questions")), questions);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_sources")), 1);
    // The upgrade copied the version 10 file first.
    QVERIFY2(
        QFileInfo(db.lastBackupPath()).fileName().startsWith(QStringLiteral("mockloop.sqlite.v10-")),
        qPrintable(db.lastBackupPath()));
    QCOMPARE(Database::storedSchemaVersion(db.lastBackupPath()), 10);
    // The nine default stages, in order, and the tracker works at once.
    Tracker tracker(db, *m_clockPtr);
    QStringList names;
    for (const TrackerStage &s : tracker.stages())
        names << stageDisplayName(s);
    QCOMPARE(names, kDefaultNames());
    Application a;
    a.company = QStringLiteral("Sony");
    a.role = QStringLiteral("Engineer");
    QVERIFY2(tracker.saveApplication(a, &error), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications")), 1);
}

void TestTracker::saveApplication_withoutCompanyOrRoleOrWithBadExcitement_savesNothing_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("excitement"); // 0: not rated
    QTest::addColumn<QString>("message");
    QTest::newRow("no company") << QStringLiteral("") << QStringLiteral("Engineer") << 0
                                << QStringLiteral("needs a company");
    QTest::newRow("blank company") << QStringLiteral("  \t ") << QStringLiteral("Engineer") << 0
                                   << QStringLiteral("needs a company");
    QTest::newRow("no role") << QStringLiteral("Sony") << QStringLiteral(" ") << 0
                             << QStringLiteral("needs a role");
    QTest::newRow("excitement 6") << QStringLiteral("Sony") << QStringLiteral("Engineer") << 6
                                  << QStringLiteral("from 1 to 5, not 6");
    QTest::newRow("excitement -1") << QStringLiteral("Sony") << QStringLiteral("Engineer") << -1
                                   << QStringLiteral("from 1 to 5, not -1");
}

void TestTracker::saveApplication_withoutCompanyOrRoleOrWithBadExcitement_savesNothing()
{
    QFETCH(QString, company);
    QFETCH(QString, role);
    QFETCH(int, excitement);
    QFETCH(QString, message);
    Application a;
    a.company = company;
    a.role = role;
    if (excitement != 0)
        a.excitement = excitement;
    QString error;
    QVERIFY(!m_tracker->saveApplication(a, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications")), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM application_stage_history")), 0);
    // The table refuses it too, whoever writes.
    QVERIFY(!exec(*m_db, QStringLiteral("INSERT INTO applications (company, role, stage_id, "
                                        "created_at, updated_at, last_activity_at) VALUES "
                                        "(' ', 'r', 1, 'x', 'x', 'x')")));
}

void TestTracker::saveApplication_new_startsInWishlistWithOneHistoryEntry()
{
    QString error;
    Contact recruiter;
    recruiter.name = QStringLiteral("Ana Recruiter");
    const auto contactId = m_tracker->saveContact(recruiter, &error);
    QVERIFY2(contactId, qPrintable(error));
    Application a;
    a.company = QStringLiteral("  Sony ");
    a.role = QStringLiteral("Engineer");
    a.excitement = 5;
    a.tags = {QStringLiteral("Games"), QStringLiteral("games"), QStringLiteral(" remote ")};
    a.contactIds = {*contactId};
    a.salaryRange = QStringLiteral("€70–85k");
    const auto id = m_tracker->saveApplication(a, &error);
    QVERIFY2(id, qPrintable(error));
    const auto saved = m_tracker->application(*id);
    QVERIFY(saved);
    QCOMPARE(saved->company, QStringLiteral("Sony"));
    QCOMPARE(saved->stageId, kWishlist);
    QCOMPARE(saved->excitement, std::optional<int>(5));
    QCOMPARE(saved->tags, (QStringList{QStringLiteral("games"), QStringLiteral("remote")}));
    QCOMPARE(saved->contactIds, QList<qint64>{*contactId});
    QCOMPARE(saved->salaryRange, QStringLiteral("€70–85k"));
    QCOMPARE(saved->createdAt, m_clockPtr->wallTime());
    const QList<StageChange> history = m_tracker->history(*id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().stageId, kWishlist);
    QCOMPARE(history.first().changedAt, m_clockPtr->wallTime());
}

void TestTracker::saveApplication_editKeepsItsHistory_andAChangedStageAppends()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    QVERIFY(id);
    m_clockPtr->advanceMinutes(60);
    auto a = m_tracker->application(id);
    a->notes = QStringLiteral("referred by Ana");
    QString error;
    QVERIFY2(m_tracker->saveApplication(*a, &error), qPrintable(error));
    QCOMPARE(m_tracker->history(id).size(), 1); // same stage: nothing appended
    a->stageId = kInterviewing;
    QVERIFY2(m_tracker->saveApplication(*a, &error), qPrintable(error));
    const QList<StageChange> history = m_tracker->history(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).stageId, kInterviewing);
    QCOMPARE(m_tracker->application(id)->notes, QStringLiteral("referred by Ana"));
}

void TestTracker::changeStage_toRejected_keepsTheEarlierStagesAndTheInterviews()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    QString error;
    m_clockPtr->advanceWallOnlyMs(qint64(86400) * 1000);
    QVERIFY2(m_tracker->changeStage(id, kInterviewing, QStringLiteral("first call"), &error),
             qPrintable(error));
    QVERIFY(addInterview(id, at(QStringLiteral("2026-03-05 14:00"), "Europe/Berlin")));
    m_clockPtr->advanceWallOnlyMs(qint64(5 * 86400) * 1000);
    QVERIFY2(m_tracker->changeStage(id, kRejected, QString(), &error), qPrintable(error));
    const QList<StageChange> history = m_tracker->history(id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).stageId, kApplied);
    QCOMPARE(history.at(1).stageId, kInterviewing);
    QCOMPARE(history.at(1).note, QStringLiteral("first call"));
    QCOMPARE(history.at(2).stageId, kRejected);
    QCOMPARE(history.at(2).changedAt, m_clockPtr->wallTime());
    QCOMPARE(m_tracker->application(id)->stageId, kRejected);
    QCOMPARE(m_tracker->interviews(id).size(), 1);
}

void TestTracker::changeStage_sameUnknownOrMissing_isRefusedAndChangesNothing()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    QString error;
    QVERIFY(!m_tracker->changeStage(id, kApplied, QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("in Applied already")), qPrintable(error));
    QVERIFY(!m_tracker->changeStage(id, 999, QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("stage no longer exists")), qPrintable(error));
    QVERIFY(!m_tracker->changeStage(id + 1, kRejected, QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("no application %1").arg(id + 1)), qPrintable(error));
    QCOMPARE(m_tracker->history(id).size(), 1);
    QCOMPARE(m_tracker->application(id)->stageId, kApplied);
}

void TestTracker::stageHistory_anUpdate_isRefusedBySQLite()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE application_stage_history SET stage_id = 9")));
    QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")),
             qPrintable(q.lastError().text()));
    QCOMPARE(m_tracker->history(id).first().stageId, kApplied);
}

void TestTracker::write_failingHalfway_leavesNothingHalfSaved()
{
    // The last statement of each write fails: the rows written before it must be gone too.
    QVERIFY(exec(*m_db, QStringLiteral("CREATE TEMP TRIGGER refuse_tags BEFORE INSERT ON "
                                       "application_tags BEGIN SELECT RAISE(ABORT, 'no'); END")));
    Application a;
    a.company = QStringLiteral("Sony");
    a.role = QStringLiteral("Engineer");
    a.tags = {QStringLiteral("games")};
    QString error;
    QVERIFY(!m_tracker->saveApplication(a, &error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications")), 0);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM application_stage_history")), 0);
    QVERIFY(exec(*m_db, QStringLiteral("DROP TRIGGER refuse_tags")));

    const qint64 id = addApplication(QStringLiteral("Sony"));
    QVERIFY(exec(*m_db, QStringLiteral("CREATE TEMP TRIGGER refuse_history BEFORE INSERT ON "
                                       "application_stage_history BEGIN SELECT RAISE(ABORT, 'no'); "
                                       "END")));
    QVERIFY(!m_tracker->changeStage(id, kRejected, QString(), &error));
    QCOMPARE(m_tracker->application(id)->stageId, kApplied);
    QVERIFY(exec(*m_db, QStringLiteral("DROP TRIGGER refuse_history")));

    QVERIFY(exec(*m_db, QStringLiteral("CREATE TEMP TRIGGER refuse_asked BEFORE INSERT ON "
                                       "asked_questions BEGIN SELECT RAISE(ABORT, 'no'); END")));
    ScheduledInterview i;
    i.applicationId = id;
    i.start = at(QStringLiteral("2026-03-10 10:00"), "Europe/Berlin");
    i.asked = {{QStringLiteral("Why us?"), {}}};
    QVERIFY(!m_tracker->saveInterview(i, &error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scheduled_interviews")), 0);
}

void TestTracker::stages_addRenameHideMove_andTheirRefusals()
{
    QString error;
    const auto added = m_tracker->addStage(QStringLiteral(" Take-home  sent "), &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(stageDisplayName(*m_tracker->stage(*added)), QStringLiteral("Take-home sent"));
    QCOMPARE(m_tracker->stages().last().id, *added);
    QVERIFY(!m_tracker->addStage(QStringLiteral("  "), &error));
    QVERIFY2(error.contains(QStringLiteral("needs a name")), qPrintable(error));
    QVERIFY(!m_tracker->addStage(QStringLiteral("applied"), &error));
    QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));

    QVERIFY2(m_tracker->renameStage(kApplied, QStringLiteral("Sent"), &error), qPrintable(error));
    QCOMPARE(stageDisplayName(*m_tracker->stage(kApplied)), QStringLiteral("Sent"));
    QCOMPARE(m_tracker->findStage(QStringLiteral("applied"))->id, kApplied); // the key still works
    QVERIFY(!m_tracker->renameStage(kApplied, QStringLiteral("Offer"), &error));

    QVERIFY2(m_tracker->moveStage(*added, 3, &error), qPrintable(error));
    QCOMPARE(m_tracker->stages().at(3).id, *added);
    QCOMPARE(m_tracker->stages().at(4).id, qint64(4));

    QVERIFY2(m_tracker->setStageHidden(kGhosted, true, &error), qPrintable(error));
    QCOMPARE(m_tracker->stages(true).size(), 9);
    QCOMPARE(m_tracker->stages().size(), 10);
    QVERIFY(!m_tracker->moveStage(999, 0, &error));
    QVERIFY(!m_tracker->renameStage(999, QStringLiteral("x"), &error));
}

void TestTracker::parseStart_unknownZoneMalformedOrSkippedTime_isRefused_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown zone") << QStringLiteral("2026-03-10 14:00")
                                  << QStringLiteral("Europe/Atlantis")
                                  << QStringLiteral("Unknown time zone");
    QTest::newRow("empty zone") << QStringLiteral("2026-03-10 14:00") << QStringLiteral("")
                                << QStringLiteral("Unknown time zone");
    QTest::newRow("no time") << QStringLiteral("2026-03-10") << QStringLiteral("Europe/Berlin")
                             << QStringLiteral("is not a date and time");
    QTest::newRow("no such day") << QStringLiteral("2026-02-30 10:00")
                                 << QStringLiteral("Europe/Berlin")
                                 << QStringLiteral("is not a date and time");
    // Berlin's clocks go from 02:00 to 03:00 on 29 March 2026.
    QTest::newRow("skipped") << QStringLiteral("2026-03-29 02:30")
                             << QStringLiteral("Europe/Berlin") << QStringLiteral("does not exist");
}

void TestTracker::parseStart_unknownZoneMalformedOrSkippedTime_isRefused()
{
    QFETCH(QString, local);
    QFETCH(QString, zone);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Tracker::parseStart(local, zone, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    const auto good = Tracker::parseStart(QStringLiteral("2026-03-10 14:00"),
                                          QStringLiteral("America/New_York"), &error);
    QVERIFY2(good, qPrintable(error));
    QCOMPARE(good->toUTC(), QDateTime(QDate(2026, 3, 10), QTime(18, 0), Qt::UTC));
}

void TestTracker::saveInterview_keepsTheLocalTimeAndZone_andSortsByTheMoment()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    // 14:00 in Tokyo is before 09:00 in Berlin on the same day.
    const qint64 berlin = addInterview(id, at(QStringLiteral("2026-04-01 09:00"), "Europe/Berlin"));
    const qint64 tokyo = addInterview(id, at(QStringLiteral("2026-04-01 14:00"), "Asia/Tokyo"));
    const QList<ScheduledInterview> list = m_tracker->interviews(id);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).id, tokyo);
    QCOMPARE(list.at(1).id, berlin);
    QCOMPARE(list.at(0).start.timeZone().id(), QByteArray("Asia/Tokyo"));
    QCOMPARE(list.at(0).start.time(), QTime(14, 0));
    QCOMPARE(list.at(1).start.toUTC(), QDateTime(QDate(2026, 4, 1), QTime(7, 0), Qt::UTC));
    QCOMPARE(m_db->connection().isOpen(), true);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT starts_local, time_zone, starts_at FROM "
                                  "scheduled_interviews WHERE id = %1")
                       .arg(berlin)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-04-01T09:00"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2026-04-01T07:00:00.000Z"));
}

void TestTracker::saveInterview_inThePast_isSavedAndMarked()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    ScheduledInterview i;
    i.applicationId = id;
    i.kind = InterviewKind::Hr;
    i.start = at(QStringLiteral("2026-02-20 10:00"), "Europe/Berlin"); // the clock: 2 March
    i.selfRating = 3;
    i.retrospective = QStringLiteral("talked too long about the migration");
    QString error;
    const auto saved = m_tracker->saveInterview(i, &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(saved->inPast);
    QCOMPARE(saved->warnings.size(), 1);
    QVERIFY2(saved->warnings.first().contains(QStringLiteral("in the past")),
             qPrintable(saved->warnings.first()));
    QVERIFY(m_tracker->isPast(*m_tracker->interview(saved->id)));
    QCOMPARE(m_tracker->interview(saved->id)->retrospective, i.retrospective);

    i.id = 0;
    i.start = at(QStringLiteral("2026-03-03 10:00"), "Europe/Berlin");
    const auto ahead = m_tracker->saveInterview(i, &error);
    QVERIFY2(ahead, qPrintable(error));
    QVERIFY(!ahead->inPast);
    QVERIFY(ahead->warnings.isEmpty());
}

void TestTracker::saveInterview_overlappingAnother_isSavedWithAWarning_adjacentIsNot()
{
    const qint64 sony = addApplication(QStringLiteral("Sony"));
    const qint64 acme = addApplication(QStringLiteral("Acme"));
    QVERIFY(addInterview(sony, at(QStringLiteral("2026-03-10 14:00"), "Europe/Berlin"), 60));
    ScheduledInterview i;
    i.applicationId = acme;
    i.kind = InterviewKind::ScreeningCall;
    // 13:30 in London is 14:30 in Berlin: inside the Sony interview.
    i.start = at(QStringLiteral("2026-03-10 13:30"), "Europe/London");
    QString error;
    const auto saved = m_tracker->saveInterview(i, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->warnings.size(), 1);
    QVERIFY2(saved->warnings.first().contains(QStringLiteral("overlaps the Technical interview "
                                                             "with Sony at 2026-03-10 14:00 "
                                                             "(Europe/Berlin)")),
             qPrintable(saved->warnings.first()));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scheduled_interviews")), 2);
    // Starting when the other ends is no overlap; neither is it with itself when edited.
    i.id = saved->id;
    i.start = at(QStringLiteral("2026-03-10 14:00"), "Europe/London"); // 15:00 Berlin
    const auto moved = m_tracker->saveInterview(i, &error);
    QVERIFY2(moved, qPrintable(error));
    QVERIFY2(moved->warnings.isEmpty(), qPrintable(moved->warnings.join(QLatin1Char('\n'))));
    // One that began the day before and runs past midnight into this one.
    ScheduledInterview longOne;
    longOne.applicationId = acme;
    longOne.kind = InterviewKind::TakeHome;
    longOne.start = at(QStringLiteral("2026-03-09 16:00"), "Europe/Berlin");
    longOne.durationMinutes = 24 * 60;
    const auto take = m_tracker->saveInterview(longOne, &error);
    QVERIFY2(take, qPrintable(error));
    QCOMPARE(take->warnings.size(), 2);
}

void TestTracker::saveInterview_badInput_isRefused()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    ScheduledInterview i;
    i.applicationId = id;
    i.start = at(QStringLiteral("2026-03-10 14:00"), "Europe/Berlin");
    QString error;
    i.durationMinutes = 0;
    QVERIFY(!m_tracker->saveInterview(i, &error));
    QVERIFY2(error.contains(QStringLiteral("1 to 1440 minutes, not 0")), qPrintable(error));
    i.durationMinutes = 45;
    i.selfRating = 7;
    QVERIFY(!m_tracker->saveInterview(i, &error));
    QVERIFY2(error.contains(QStringLiteral("self-rating")), qPrintable(error));
    i.selfRating.reset();
    i.start = QDateTime(QDate(2026, 3, 10), QTime(14, 0)); // local time, no zone
    QVERIFY(!m_tracker->saveInterview(i, &error));
    QVERIFY2(error.contains(QStringLiteral("time zone")), qPrintable(error));
    i.start = at(QStringLiteral("2026-03-10 14:00"), "Europe/Berlin");
    i.applicationId = id + 5;
    QVERIFY(!m_tracker->saveInterview(i, &error));
    QVERIFY2(error.contains(QStringLiteral("no application")), qPrintable(error));
    i.applicationId = id;
    i.interviewerIds = {42};
    QVERIFY(!m_tracker->saveInterview(i, &error));
    QVERIFY2(error.contains(QStringLiteral("contact")), qPrintable(error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scheduled_interviews")), 0);
}

void TestTracker::saveContact_withoutName_isRefused_andLinksWork()
{
    QString error;
    Contact c;
    c.name = QStringLiteral("   ");
    QVERIFY(!m_tracker->saveContact(c, &error));
    QVERIFY2(error.contains(QStringLiteral("needs a name")), qPrintable(error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM contacts")), 0);
    c.name = QStringLiteral("Kenji Interviewer");
    c.role = QStringLiteral("Staff engineer");
    c.reach = QStringLiteral("kenji@example.com");
    const auto kenji = m_tracker->saveContact(c, &error);
    QVERIFY2(kenji, qPrintable(error));
    const qint64 id = addApplication(QStringLiteral("Sony"));
    ScheduledInterview i;
    i.applicationId = id;
    i.start = at(QStringLiteral("2026-03-10 14:00"), "Europe/Berlin");
    i.interviewerIds = {*kenji, *kenji};
    i.asked = {{QStringLiteral("  Design a rate limiter "), {}}, {QStringLiteral(" "), {}}};
    const auto saved = m_tracker->saveInterview(i, &error);
    QVERIFY2(saved, qPrintable(error));
    const auto back = m_tracker->interview(saved->id);
    QCOMPARE(back->interviewerIds, QList<qint64>{*kenji});
    QCOMPARE(back->asked.size(), 1);
    QCOMPARE(back->asked.first().text, QStringLiteral("Design a rate limiter"));
    QCOMPARE(m_tracker->contacts().first().reach, QStringLiteral("kenji@example.com"));
}

void TestTracker::addContactTo_savesAndLinksInOneTransaction_orNothing()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    QString error;
    Contact c;
    c.name = QStringLiteral("Ana");
    QVERIFY(!m_tracker->addContactTo(id + 1, c, &error));
    QVERIFY2(error.contains(QStringLiteral("no application")), qPrintable(error));
    c.name.clear();
    QVERIFY(!m_tracker->addContactTo(id, c, &error));
    QVERIFY2(error.contains(QStringLiteral("needs a name")), qPrintable(error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM contacts")), 0);
    // The link fails after the contact was written: the contact goes too.
    QVERIFY(exec(*m_db, QStringLiteral("CREATE TEMP TRIGGER refuse_link BEFORE INSERT ON "
                                       "application_contacts BEGIN SELECT RAISE(ABORT, 'no'); END")));
    c.name = QStringLiteral("Ana");
    QVERIFY(!m_tracker->addContactTo(id, c, &error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM contacts")), 0);
    QVERIFY(exec(*m_db, QStringLiteral("DROP TRIGGER refuse_link")));
    const auto added = m_tracker->addContactTo(id, c, &error);
    QVERIFY2(added, qPrintable(error));
    QCOMPARE(m_tracker->application(id)->contactIds, QList<qint64>{*added});
}

void TestTracker::ghostedSuggestions_afterNDaysWithoutActivity_onlyForOpenApplications()
{
    const qint64 applied = addApplication(QStringLiteral("Quiet Corp"));
    const qint64 wish = addApplication(QStringLiteral("Dream Inc"), kWishlist);
    const qint64 rejected = addApplication(QStringLiteral("No Ltd"), kRejected);
    const qint64 booked = addApplication(QStringLiteral("Booked AG"));
    QVERIFY(applied && wish && rejected && booked);
    // Booked AG has an interview 30 days ahead: waiting is normal there.
    QVERIFY(addInterview(booked, m_clockPtr->wallTime().addDays(30).toTimeZone(QTimeZone("UTC"))));
    m_clockPtr->advanceWallOnlyMs(qint64(20) * 86400 * 1000);
    QVERIFY(m_tracker->ghostedSuggestions().isEmpty());
    m_clockPtr->advanceWallOnlyMs(qint64(1) * 86400 * 1000);
    QCOMPARE(m_tracker->ghostedSuggestions(), QList<qint64>{applied});
    QCOMPARE(m_tracker->ghostedSuggestions(30), QList<qint64>{});
    // Any activity starts the count again.
    QString error;
    QVERIFY2(m_tracker->changeStage(applied, 3, QString(), &error), qPrintable(error));
    QVERIFY(m_tracker->ghostedSuggestions().isEmpty());
    // Once the booked interview is over, its end counts as the last activity.
    m_clockPtr->advanceWallOnlyMs(qint64(9 + 21) * 86400 * 1000);
    QCOMPARE(m_tracker->ghostedSuggestions(), QList<qint64>{applied});
    m_clockPtr->advanceWallOnlyMs(qint64(1) * 86400 * 1000);
    QCOMPARE(m_tracker->ghostedSuggestions(), (QList<qint64>{booked, applied}));
}

void TestTracker::makeOwnQuestion_fromAnAskedQuestion_linksAndMarksIt()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    ScheduledInterview i;
    i.applicationId = id;
    i.kind = InterviewKind::SystemDesign;
    i.start = at(QStringLiteral("2026-02-27 10:00"), "Europe/Berlin");
    i.asked = {{QStringLiteral("Design a rate limiter for a game backend"), {}},
               {QStringLiteral("How would you shard player data?"), {}}};
    QString error;
    const auto saved = m_tracker->saveInterview(i, &error);
    QVERIFY2(saved, qPrintable(error));
    QString questionId;
    QVERIFY2(m_tracker->makeOwnQuestion(saved->id, 1, &questionId, &error), qPrintable(error));
    const auto q = QuestionBank(*m_db).question(questionId);
    QVERIFY(q);
    QCOMPARE(q->packId, QuestionBank::ownPackId());
    QCOMPARE(q->kind, RoundKind::SystemDesign);
    QCOMPARE(q->text, QStringLiteral("How would you shard player data?"));
    QVERIFY(q->tags.contains(kAskedInInterviewTag));
    QCOMPARE(m_tracker->interview(saved->id)->asked.at(1).questionId, questionId);
    QCOMPARE(m_tracker->askedInRealInterview(), QStringList{questionId});
    // A second click gives the same question, no copy.
    QString again;
    QVERIFY2(m_tracker->makeOwnQuestion(saved->id, 1, &again, &error), qPrintable(error));
    QCOMPARE(again, questionId);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = 'mine'")),
             1);
    QVERIFY(!m_tracker->makeOwnQuestion(saved->id, 2, &again, &error));
    QVERIFY2(error.contains(QStringLiteral("no asked question 3")), qPrintable(error));
    // A deleted own question is no longer "asked in a real interview".
    QVERIFY2(QuestionBank(*m_db).deleteOwnQuestion(questionId, &error), qPrintable(error));
    QVERIFY(m_tracker->askedInRealInterview().isEmpty());
}

void TestTracker::dueReviews_aQuestionAskedInARealInterview_comesFirst()
{
    QString error;
    // A built-in question reviewed (badly) on Monday: overdue first, as before.
    const QList<Question> builtin = QuestionBank(*m_db).questions(RoundKind::Technical);
    QVERIFY(builtin.size() >= 2);
    ReviewStore reviews(*m_db);
    for (const Question &q : {builtin.at(0), builtin.at(1)})
        QVERIFY2(Scheduler::recordGrade(reviews, q.id, 0, 1, m_clockPtr->wallTime(), &error),
                 qPrintable(error));
    // An asked question made an own question and reviewed a day later: due later.
    const qint64 id = addApplication(QStringLiteral("Sony"));
    ScheduledInterview i;
    i.applicationId = id;
    i.kind = InterviewKind::Technical;
    i.start = at(QStringLiteral("2026-02-27 10:00"), "Europe/Berlin");
    i.asked = {{QStringLiteral("Explain MVCC in Postgres"), {}}};
    const auto saved = m_tracker->saveInterview(i, &error);
    QVERIFY2(saved, qPrintable(error));
    QString asked;
    QVERIFY2(m_tracker->makeOwnQuestion(saved->id, 0, &asked, &error), qPrintable(error));
    m_clockPtr->advanceWallOnlyMs(qint64(86400) * 1000);
    QVERIFY2(Scheduler::recordGrade(reviews, asked, 0, 1, m_clockPtr->wallTime(), &error),
             qPrintable(error));
    m_clockPtr->advanceWallOnlyMs(qint64(5) * 86400 * 1000);

    const Scheduler scheduler(*m_db, m_clockPtr.get());
    const QList<DueQuestion> due = scheduler.due();
    QCOMPARE(due.size(), 3);
    QCOMPARE(due.at(0).questionId, asked);
    QVERIFY(due.at(1).dueOn < due.at(0).dueOn); // more overdue, still after it
    // With a cap of one a day, it is the one practised.
    QCOMPARE(scheduler.due(1).first().questionId, asked);
}

void TestTracker::deleteData_tracker_emptiesItResetsTheStages_andKeepsTheRest()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    QVERIFY(addInterview(id, at(QStringLiteral("2026-03-10 14:00"), "Europe/Berlin")));
    QString error;
    Contact c;
    c.name = QStringLiteral("Ana");
    QVERIFY(m_tracker->saveContact(c, &error));
    QVERIFY(m_tracker->addStage(QStringLiteral("On hold"), &error));
    QVERIFY(m_tracker->renameStage(kApplied, QStringLiteral("Sent"), &error));
    QVERIFY(m_tracker->setStageHidden(kGhosted, true, &error));
    QVERIFY(m_tracker->moveStage(kRejected, 0, &error));
    const int questions = scalar(*m_db, QStringLiteral("SELECT count(*) FROM questions"));
    datatools::DataCounts counts;
    QVERIFY2(datatools::countData(*m_db, &counts, &error), qPrintable(error));
    QCOMPARE(counts.applications, 1);
    QCOMPARE(datatools::describeCounts(counts),
             QStringLiteral(
                 "0 sessions, 0 stories, 0 own questions, 0 own presets and 1 application"));
    QCOMPARE(datatools::deleteButtonText(datatools::DataPart::Tracker),
             QStringLiteral("Delete the tracker"));

    QVERIFY2(datatools::deleteData(*m_db, datatools::DataPart::Tracker, &error), qPrintable(error));
    for (const char *table :
         {"applications", "application_stage_history", "application_tags", "application_contacts",
          "scheduled_interviews", "interview_contacts", "asked_questions", "contacts"})
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                 0);
    QStringList names;
    bool anyHidden = false;
    for (const TrackerStage &s : m_tracker->stages()) {
        names << stageDisplayName(s);
        anyHidden = anyHidden || s.hidden;
    }
    QCOMPARE(names, kDefaultNames());
    QVERIFY(!anyHidden);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM questions")), questions);
    // And the tracker works again from there.
    QVERIFY(addApplication(QStringLiteral("Acme")));
}

void TestTracker::deleteData_otherParts_keepTheTracker()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    QVERIFY(addInterview(id, at(QStringLiteral("2026-03-10 14:00"), "Europe/Berlin")));
    QString error;
    QVERIFY2(datatools::deleteData(*m_db,
                                   datatools::DataPart::Sessions | datatools::DataPart::Stories
                                       | datatools::DataPart::OwnQuestions
                                       | datatools::DataPart::OwnPresets,
                                   &error),
             qPrintable(error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications")), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scheduled_interviews")), 1);
    QVERIFY2(datatools::deleteData(*m_db, datatools::kAllDataParts, &error), qPrintable(error));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications")), 0);
}

void TestTracker::exportAllJson_includesTheTracker()
{
    QString error;
    Contact c;
    c.name = QStringLiteral("Kenji");
    const auto kenji = m_tracker->saveContact(c, &error);
    const qint64 id = addApplication(QStringLiteral("Sony"));
    ScheduledInterview i;
    i.applicationId = id;
    i.kind = InterviewKind::Behavioral;
    i.start = at(QStringLiteral("2026-03-10 14:00"), "Europe/Berlin");
    i.format = InterviewFormat::OnSite;
    i.interviewerIds = {*kenji};
    i.asked = {{QStringLiteral("Tell me about a conflict"), {}}};
    QVERIFY2(m_tracker->saveInterview(i, &error), qPrintable(error));
    QVERIFY2(m_tracker->changeStage(id, kInterviewing, QString(), &error), qPrintable(error));

    const QJsonObject root = exportAllJson(*m_db, m_clockPtr->wallTime(), &error);
    const QJsonObject tracker = root.value(QStringLiteral("tracker")).toObject();
    QCOMPARE(tracker.value(QStringLiteral("stages")).toArray().size(), 9);
    QCOMPARE(
        tracker.value(QStringLiteral("contacts")).toArray().first().toObject().value(QLatin1String("name")),
        QJsonValue(QStringLiteral("Kenji")));
    const QJsonArray apps = tracker.value(QStringLiteral("applications")).toArray();
    QCOMPARE(apps.size(), 1);
    const QJsonObject app = apps.first().toObject();
    QCOMPARE(app.value(QLatin1String("company")).toString(), QStringLiteral("Sony"));
    QCOMPARE(app.value(QLatin1String("stageHistory")).toArray().size(), 2);
    const QJsonObject interview =
        app.value(QLatin1String("scheduledInterviews")).toArray().first().toObject();
    QCOMPARE(interview.value(QLatin1String("kind")).toString(), QStringLiteral("behavioral"));
    QCOMPARE(interview.value(QLatin1String("start")).toString(), QStringLiteral("2026-03-10T14:00"));
    QCOMPARE(interview.value(QLatin1String("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(interview.value(QLatin1String("startsAt")).toString(),
             QStringLiteral("2026-03-10T13:00:00.000Z"));
    QCOMPARE(interview.value(QLatin1String("format")).toString(), QStringLiteral("on_site"));
    QCOMPARE(interview.value(QLatin1String("interviewerIds")).toArray().first().toInteger(), *kenji);
    QCOMPARE(interview.value(QLatin1String("askedQuestions"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("text"))
                 .toString(),
             QStringLiteral("Tell me about a conflict"));
}

void TestTracker::backupAndRestore_bringTheTrackerBack()
{
    const qint64 id = addApplication(QStringLiteral("Sony"));
    QVERIFY(addInterview(id, at(QStringLiteral("2026-03-10 14:00"), "Europe/Berlin")));
    QString error;
    QVERIFY(m_tracker->renameStage(kApplied, QStringLiteral("Sent"), &error));
    QVERIFY2(m_tracker->changeStage(id, kRejected, QString(), &error), qPrintable(error));
    const QString backupPath = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QVERIFY2(datatools::backup(*m_db, backupPath, &error), qPrintable(error));
    QVERIFY2(datatools::deleteData(*m_db, datatools::DataPart::Tracker, &error), qPrintable(error));
    QVERIFY(addApplication(QStringLiteral("Other")));
    datatools::DataCounts inBackup;
    QVERIFY2(datatools::countBackup(*m_db, backupPath, &inBackup, &error), qPrintable(error));
    QCOMPARE(inBackup.applications, 1);

    QString before;
    QVERIFY2(datatools::restore(*m_db, backupPath, &before, &error), qPrintable(error));
    const QList<Application> apps = m_tracker->applications();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.first().company, QStringLiteral("Sony"));
    QCOMPARE(m_tracker->history(apps.first().id).size(), 2);
    QCOMPARE(m_tracker->interviews(apps.first().id).size(), 1);
    QCOMPARE(stageDisplayName(*m_tracker->stage(kApplied)), QStringLiteral("Sent"));
}

QTEST_GUILESS_MAIN(TestTracker)
#include "test_tracker.moc"
