// `mockloop-cli tracker` as a person runs it: add an application, move it through stages, add
// scheduled interviews, list and show; every bad input with its message and exit code, and
// nothing saved then; delete-data --tracker. The real program on a real data dir; what it saved
// is read back from the SQLite file.
#include "storage/Database.h"
#include "tracker/Tracker.h"
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;

namespace {

using Run = mockloop::test::ProcessRun;

Run cli(const QString &dataDir, QStringList args)
{
    args.prepend(dataDir);
    args.prepend(QStringLiteral("--data-dir"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    return mockloop::test::runProcess(QStringLiteral(MOCKLOOP_CLI), args, env);
}

// One value read from the data dir's database after the program has finished.
QVariant scalar(const QString &dataDir, const QString &sql)
{
    Database db;
    QString error;
    if (!db.open(QDir(dataDir).filePath(QStringLiteral("mockloop.sqlite")), &error))
        return error;
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

} // namespace

class TestCliTracker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void addStageInterviewListShow_asAPersonWould_savesEachStep();
    void add_badInput_saysWhy_exitsTwo_andSavesNothing_data();
    void add_badInput_saysWhy_exitsTwo_andSavesNothing();
    void interview_badInput_saysWhy_andSavesNothing_data();
    void interview_badInput_saysWhy_andSavesNothing();
    void interview_inThePastOrOverlapping_isSavedWithAWarning();
    void stage_unknownOrSameOrNoApplication_isRefused();
    void tracker_withoutOrWithAnUnknownSubcommand_isAUsageError_andHelpNamesIt();
    void deleteData_tracker_asksFirst_thenEmptiesTheTracker();
    void plan_showsTheDaysTasks_andRefusesBadValues();
    void exportIcs_readByARealParser_everyField_andUidsStable();

private:
    QString dir() const { return m_dir->path(); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliTracker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliTracker::addStageInterviewListShow_asAPersonWould_savesEachStep()
{
    Run r = cli(dir(), args({"tracker", "add", "--company", "Sony", "--role", "Backend engineer",
                             "--excitement", "4", "--tags", "games,Remote", "--location", "Berlin"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("Added application 1: Sony, Backend engineer (Wishlist).\n"));
    QCOMPARE(scalar(dir(), QStringLiteral("SELECT company || '|' || role || '|' || excitement || "
                                          "'|' || location FROM applications"))
                 .toString(),
             QStringLiteral("Sony|Backend engineer|4|Berlin"));
    QCOMPARE(scalar(dir(), QStringLiteral("SELECT group_concat(tag) FROM application_tags")).toString(),
             QStringLiteral("games,remote"));

    r = cli(dir(), args({"tracker", "stage", "1", "applied"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("Application 1 (Sony) is now in Applied.\n"));
    r = cli(dir(), args({"tracker", "stage", "1", "Interviewing", "--notes", "recruiter called"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(scalar(dir(), QStringLiteral("SELECT group_concat(stage_id) FROM (SELECT stage_id "
                                          "FROM application_stage_history ORDER BY id)"))
                 .toString(),
             QStringLiteral("1,2,4"));
    QCOMPARE(scalar(dir(), QStringLiteral("SELECT note FROM application_stage_history WHERE "
                                          "stage_id = 4"))
                 .toString(),
             QStringLiteral("recruiter called"));

    r = cli(dir(),
            args({"tracker", "interview", "1", "--kind", "system-design", "--at", "2099-03-10 14:00",
                  "--tz", "Europe/Berlin", "--minutes", "60", "--format", "on_site"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // no warning
    QCOMPARE(r.out, QByteArray("Scheduled interview 1 added to application 1 (Sony): System "
                               "design, 10 Mar 2099, 14:00 Europe/Berlin.\n"));
    QCOMPARE(scalar(dir(), QStringLiteral("SELECT kind || '|' || starts_local || '|' || time_zone "
                                          "|| '|' || starts_at || '|' || duration_minutes || '|' "
                                          "|| format FROM scheduled_interviews"))
                 .toString(),
             QStringLiteral("system_design|2099-03-10T14:00|Europe/Berlin|2099-03-10T13:00:00.000Z|"
                            "60|on_site"));

    r = cli(dir(), args({"tracker", "list"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("1   Sony     Backend engineer  Interviewing  4           10 Mar 2099, "
                            "14:00 Europe/Berlin"),
             r.out.constData());
    r = cli(dir(), args({"tracker", "list", "--stage", "offer"}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("No applications in Offer.\n"));

    r = cli(dir(), args({"tracker", "show", "1"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const char *part : {"Application 1", "Location    Berlin", "Tags        games, remote",
                             "Stage history:", "Wishlist", "Interviewing  recruiter called",
                             "10 Mar 2099, 14:00 Europe/Berlin  System design, 60 min, On site"})
        QVERIFY2(r.out.contains(part), r.out.constData());
}

void TestCliTracker::add_badInput_saysWhy_exitsTwo_andSavesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no company") << args({"--role", "Engineer"})
                                << QStringLiteral("An application needs a company.");
    QTest::newRow("blank role") << args({"--company", "Sony", "--role", "  "})
                                << QStringLiteral("An application needs a role.");
    QTest::newRow("excitement 9") << args({"--company", "Sony", "--role", "R", "--excitement", "9"})
                                  << QStringLiteral("Excitement is from 1 to 5, not 9.");
    QTest::newRow("excitement text")
        << args({"--company", "Sony", "--role", "R", "--excitement", "very"})
        << QStringLiteral("--excitement takes a number from 1 to 5, not \"very\".");
    QTest::newRow("unknown stage") << args({"--company", "Sony", "--role", "R", "--stage", "Dream"})
                                   << QStringLiteral("unknown stage \"Dream\". The stages are: "
                                                     "Wishlist, Applied, Screening");
}

void TestCliTracker::add_badInput_saysWhy_exitsTwo_andSavesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = cli(dir(), args({"tracker", "add"}) + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
}

void TestCliTracker::interview_badInput_saysWhy_andSavesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown zone")
        << args({"1", "--kind", "hr", "--at", "2099-01-01 10:00", "--tz", "Europe/Atlantis"}) << 2
        << QStringLiteral("Unknown time zone \"Europe/Atlantis\"");
    QTest::newRow("malformed time")
        << args({"1", "--kind", "hr", "--at", "tomorrow 10am", "--tz", "Europe/Berlin"}) << 2
        << QStringLiteral("\"tomorrow 10am\" is not a date and time: write YYYY-MM-DD HH:MM");
    QTest::newRow("skipped by the clocks")
        << args({"1", "--kind", "hr", "--at", "2026-03-29 02:30", "--tz", "Europe/Berlin"}) << 2
        << QStringLiteral("does not exist in Europe/Berlin");
    QTest::newRow("unknown kind")
        << args({"1", "--kind", "round", "--at", "2099-01-01 10:00", "--tz", "UTC"}) << 2
        << QStringLiteral("unknown kind \"round\". The kinds are: technical, system_design");
    QTest::newRow("unknown format")
        << args({"1", "--kind", "hr", "--at", "2099-01-01 10:00", "--tz", "UTC", "--format", "fax"})
        << 2 << QStringLiteral("unknown format \"fax\"");
    QTest::newRow("zero minutes")
        << args({"1", "--kind", "hr", "--at", "2099-01-01 10:00", "--tz", "UTC", "--minutes", "0"})
        << 2 << QStringLiteral("The duration is from 1 to 1440 minutes, not 0.");
    QTest::newRow("no application")
        << args({"7", "--kind", "hr", "--at", "2099-01-01 10:00", "--tz", "UTC"}) << 2
        << QStringLiteral("there is no application \"7\"");
    QTest::newRow("no zone") << args({"1", "--kind", "hr", "--at", "2099-01-01 10:00"}) << 1
                             << QStringLiteral("--tz is needed for a scheduled interview.");
}

void TestCliTracker::interview_badInput_saysWhy_andSavesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QCOMPARE(cli(dir(), args({"tracker", "add", "--company", "Sony", "--role", "R"})).exitCode, 0);
    const Run r = cli(dir(), args({"tracker", "interview"}) + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM scheduled_interviews")).toInt(), 0);
}

void TestCliTracker::interview_inThePastOrOverlapping_isSavedWithAWarning()
{
    QCOMPARE(cli(dir(), args({"tracker", "add", "--company", "Sony", "--role", "R"})).exitCode, 0);
    QCOMPARE(cli(dir(), args({"tracker", "add", "--company", "Acme", "--role", "R"})).exitCode, 0);
    Run r = cli(dir(), args({"tracker", "interview", "1", "--kind", "technical", "--at",
                             "2020-05-04 10:00", "--tz", "Europe/Berlin"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("warning: This scheduled interview is in the past"), r.err.constData());
    r = cli(dir(), args({"tracker", "interview", "1", "--kind", "technical", "--at",
                         "2099-05-04 10:00", "--tz", "Europe/Berlin", "--minutes", "60"}));
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.err.constData());
    // 09:30 in London is 10:30 in Berlin.
    r = cli(dir(), args({"tracker", "interview", "2", "--kind", "screening_call", "--at",
                         "2099-05-04 09:30", "--tz", "Europe/London"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("warning: It overlaps the Technical interview with Sony at "
                            "2099-05-04 10:00 (Europe/Berlin)."),
             r.err.constData());
    QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM scheduled_interviews")).toInt(), 3);
    r = cli(dir(), args({"tracker", "show", "1"}));
    QVERIFY2(r.out.contains("4 May 2020, 10:00 Europe/Berlin  Technical, 45 min, Video (in the past)"),
             r.out.constData());
}

void TestCliTracker::stage_unknownOrSameOrNoApplication_isRefused()
{
    QCOMPARE(cli(dir(), args({"tracker", "add", "--company", "Sony", "--role", "R"})).exitCode, 0);
    Run r = cli(dir(), args({"tracker", "stage", "1", "Dreaming"}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("unknown stage \"Dreaming\""), r.err.constData());
    r = cli(dir(), args({"tracker", "stage", "1", "wishlist"}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("The application is in Wishlist already."), r.err.constData());
    r = cli(dir(), args({"tracker", "stage", "x", "applied"}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("there is no application \"x\""), r.err.constData());
    r = cli(dir(), args({"tracker", "stage", "1"}));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM application_stage_history")).toInt(),
             1);
}

void TestCliTracker::tracker_withoutOrWithAnUnknownSubcommand_isAUsageError_andHelpNamesIt()
{
    Run r = cli(dir(), args({"tracker"}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("usage: mockloop-cli tracker list|add|show|stage|interview"),
             r.err.constData());
    r = cli(dir(), args({"tracker", "frob"}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("unknown or incomplete command \"frob\""), r.err.constData());
    r = cli(dir(), args({"tracker", "list", "extra"}));
    QCOMPARE(r.exitCode, 1);
    r = cli(dir(), args({"--help"}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("tracker interview ID --kind KIND --at \"YYYY-MM-DD HH:MM\" --tz ZONE"),
             r.out.constData());
    QVERIFY2(r.out.contains("[--tracker]"), r.out.constData());
}

void TestCliTracker::deleteData_tracker_asksFirst_thenEmptiesTheTracker()
{
    QCOMPARE(cli(dir(), args({"tracker", "add", "--company", "Sony", "--role", "R"})).exitCode, 0);
    Run r = cli(dir(), args({"delete-data", "--tracker"}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("1 tracked application with its scheduled interviews, and the contacts"),
             r.out.constData());
    QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 1);
    r = cli(dir(), args({"delete-data", "--tracker", "--yes"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("The tracker was emptied"), r.out.constData());
    QCOMPARE(scalar(dir(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
}

void TestCliTracker::plan_showsTheDaysTasks_andRefusesBadValues()
{
    Run r = cli(dir(), args({"plan"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("No scheduled interview ahead."), r.out.constData());
    QCOMPARE(cli(dir(), args({"tracker", "add", "--company", "Sony Interactive", "--role", "R"})).exitCode,
             0);
    QCOMPARE(cli(dir(), args({"tracker", "interview", "1", "--kind", "technical", "--at",
                              "2099-05-04 10:00", "--tz", "UTC"}))
                 .exitCode,
             0);
    // Far ahead: nothing yet today (a plan starts four weeks before).
    r = cli(dir(), args({"plan", "--minutes", "60"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Sony Interactive — Technical, 4 May 2099, 10:00 UTC (in "),
             r.out.constData());
    QVERIFY2(r.out.contains("Nothing planned on this day."), r.out.constData());
    // The last full day holds the rehearsal of the preset that fits the company.
    r = cli(dir(), args({"plan", "--date", "2099-05-02", "--minutes", "60"}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Preparation for 2 May 2099 (60 minutes a day):"), r.out.constData());
    QVERIFY2(r.out.contains("[ ]  Rehearse the whole loop: Sony-style backend"), r.out.constData());
    QVERIFY2(r.out.contains("60 of 60 minutes planned."), r.out.constData());
    r = cli(dir(), args({"plan", "--date", "2099-05-03", "--minutes", "60"}));
    QVERIFY2(r.out.contains("Warm up: a 15-minute technical loop"), r.out.constData());
    QVERIFY2(r.out.contains("15 of 30 minutes planned, a light day before the interview."),
             r.out.constData());
    r = cli(dir(), args({"plan", "--date", "2099-05-01", "--minutes", "40"}));
    QVERIFY2(r.out.contains("Run a 40-minute technical loop"), r.out.constData());
    QVERIFY2(r.out.contains("1 task did not fit"), r.out.constData()); // the hour-long rehearsal
    r = cli(dir(), args({"plan", "--date", "2099-05-04"}));
    QVERIFY2(r.out.contains("The interview is on this day."), r.out.constData());

    r = cli(dir(), args({"plan", "--date", "May 1st"}));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err,
             QByteArray("mockloop-cli: plan: --date takes a day as YYYY-MM-DD, not \"May 1st\".\n"));
    r = cli(dir(), args({"plan", "--minutes", "5"}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("10 to 480 minutes"), r.err.constData());
    QCOMPARE(cli(dir(), args({"plan", "extra"})).exitCode, 1);
}

// The calendar read back by Debian's python3-icalendar (tests/tools/ics_fields.py), as a
// calendar program would read it.
static QJsonObject parsedCalendar(const QString &path)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    const QString script = QDir::cleanPath(
        QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/../tools/ics_fields.py"));
    const Run r = mockloop::test::runProcess(python, {script, path},
                                             QProcessEnvironment::systemEnvironment());
    if (r.exitCode != 0)
        qWarning("ics_fields.py failed (python3-icalendar is installed by "
                 "scripts/install-deps.sh --with-test-tools): %s",
                 r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

void TestCliTracker::exportIcs_readByARealParser_everyField_andUidsStable()
{
    QCOMPARE(cli(dir(), args({"tracker", "add", "--company", "Acme, Inc; Ltd", "--role",
                              "Backend engineer", "--location", "Berlin, Mitte"}))
                 .exitCode,
             0);
    QCOMPARE(cli(dir(), args({"tracker", "interview", "1", "--kind", "technical", "--at",
                              "2099-05-04 10:00", "--tz", "Europe/Berlin", "--minutes", "60",
                              "--format", "on_site"}))
                 .exitCode,
             0);
    QCOMPARE(cli(dir(), args({"tracker", "interview", "1", "--kind", "hr", "--at",
                              "2099-06-01 09:30", "--tz", "Asia/Tokyo"}))
                 .exitCode,
             0);
    const QString path = QDir(dir()).filePath(QStringLiteral("interviews.ics"));
    Run r = cli(dir(), {QStringLiteral("tracker"), QStringLiteral("export-ics"),
                        QStringLiteral("--output"), path, QStringLiteral("--minutes"),
                        QStringLiteral("60")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    for (const QByteArray &l : bytes.split('\n'))
        QVERIFY2(l.size() <= 76, l.constData()); // 75 octets and the CR

    const QJsonObject cal = parsedCalendar(path);
    QCOMPARE(cal[QStringLiteral("version")].toString(), QStringLiteral("2.0"));
    const QJsonArray zones = cal[QStringLiteral("timezones")].toArray();
    QCOMPARE(zones.size(), 2);
    QCOMPARE(zones[0][QStringLiteral("tzid")].toString(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(zones[1][QStringLiteral("tzid")].toString(), QStringLiteral("Europe/Berlin"));
    // Tokyo has no summer time: one part at +09:00. Berlin's summer time of 2099 starts on the
    // last Sunday of March at 02:00, to +02:00, and ends on the last Sunday of October.
    QCOMPARE(zones[0][QStringLiteral("parts")].toArray().size(), 1);
    QCOMPARE(zones[0][QStringLiteral("parts")][0][QStringLiteral("to")].toInt(), 9 * 3600);
    const QJsonArray berlinParts = zones[1][QStringLiteral("parts")].toArray();
    QVERIFY(berlinParts.contains(
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("DAYLIGHT")},
                    {QStringLiteral("start"), QStringLiteral("2099-03-29T02:00:00")},
                    {QStringLiteral("to"), 2 * 3600}}));
    QVERIFY(berlinParts.contains(
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("STANDARD")},
                    {QStringLiteral("start"), QStringLiteral("2099-10-25T03:00:00")},
                    {QStringLiteral("to"), 3600}}));
    const QJsonArray events = cal[QStringLiteral("events")].toArray();
    QCOMPARE(events.size(), 2);
    const QJsonObject berlin = events[0].toObject();
    QCOMPARE(berlin[QStringLiteral("uid")].toString(),
             QStringLiteral("scheduled-interview-1@mockloop"));
    QCOMPARE(berlin[QStringLiteral("summary")].toString(),
             QStringLiteral("Technical interview with Acme, Inc; Ltd"));
    QCOMPARE(berlin[QStringLiteral("description")].toString(),
             QStringLiteral("Role: Backend engineer\nFormat: On site"));
    QCOMPARE(berlin[QStringLiteral("location")].toString(), QStringLiteral("Berlin, Mitte"));
    QCOMPARE(berlin[QStringLiteral("tzid")].toString(), QStringLiteral("Europe/Berlin"));
    // Berlin wall-clock time, an hour long.
    QCOMPARE(berlin[QStringLiteral("start")].toString(), QStringLiteral("2099-05-04T10:00:00"));
    QCOMPARE(berlin[QStringLiteral("end")].toString(), QStringLiteral("2099-05-04T11:00:00"));
    QCOMPARE(berlin[QStringLiteral("alarms")].toArray(), (QJsonArray{-86400, -3600}));
    const QJsonObject tokyo = events[1].toObject();
    QCOMPARE(tokyo[QStringLiteral("tzid")].toString(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(tokyo[QStringLiteral("start")].toString(), QStringLiteral("2099-06-01T09:30:00"));
    QCOMPARE(tokyo[QStringLiteral("end")].toString(), QStringLiteral("2099-06-01T10:15:00"));
    QVERIFY(tokyo[QStringLiteral("location")].isNull()); // a video interview has no place

    // The plans' tasks: to-dos within the four weeks before each interview.
    const QJsonArray todos = cal[QStringLiteral("todos")].toArray();
    QVERIFY(todos.size() >= 8);
    QStringList uids;
    for (const QJsonValue &v : todos) {
        const QJsonObject t = v.toObject();
        uids << t[QStringLiteral("uid")].toString();
        QCOMPARE(t[QStringLiteral("status")].toString(), QStringLiteral("NEEDS-ACTION"));
        const QDate due = QDate::fromString(t[QStringLiteral("due")].toString(), Qt::ISODate);
        const bool first = uids.constLast().startsWith(QStringLiteral("prep-1-"));
        QVERIFY2(first ? due >= QDate(2099, 4, 6) && due <= QDate(2099, 5, 3)
                       : due >= QDate(2099, 5, 4) && due <= QDate(2099, 5, 31),
                 qPrintable(uids.constLast() + QLatin1Char(' ') + due.toString(Qt::ISODate)));
        QVERIFY2(t[QStringLiteral("summary")].toString().endsWith(
                     QStringLiteral("(for Acme, Inc; Ltd)")),
                 qPrintable(t[QStringLiteral("summary")].toString()));
    }
    QVERIFY(uids.contains(QStringLiteral("prep-1-warmup-technical@mockloop")));
    QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), uids.size());

    // Exported again: the same UIDs, so a calendar updates instead of adding twice.
    const QString again = QDir(dir()).filePath(QStringLiteral("again.ics"));
    r = cli(dir(),
            {QStringLiteral("tracker"), QStringLiteral("export-ics"), QStringLiteral("--output"),
             again, QStringLiteral("--minutes"), QStringLiteral("60")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList againUids;
    for (const QJsonValue &v : parsedCalendar(again)[QStringLiteral("todos")].toArray())
        againUids << v.toObject()[QStringLiteral("uid")].toString();
    QCOMPARE(againUids, uids);
    QCOMPARE(cli(dir(), args({"tracker", "export-ics", "--minutes", "0"})).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliTracker)
#include "test_cli_tracker.moc"
