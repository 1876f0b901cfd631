// Follow-ups in what is read back (docs/export.md, docs/engine.md "Follow-ups"): the report in
// every form, the JSON export and the history's attempt text show the follow-up asked and its
// answer; one skipped says so; one never reached is left out. A real session on a real file.
#include "controller/SessionController.h"
#include "practice/History.h"
#include "report/Exporter.h"
#include "report/FollowUpText.h"
#include "report/ReportHtml.h"
#include "report/ReportMarkdown.h"
#include "report/ReportModel.h"
#include "report/ReportText.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "FakeClock.h"
#include "StorageFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

class TestFollowUpReport : public QObject, private test::StorageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { makeDataDir(); }
    void reportAndExport_showTheAskedFollowUps_notTheUnreached();
};

void TestFollowUpReport::reportAndExport_showTheAskedFollowUps_notTheUnreached()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    LoopPlan plan;
    plan.name = QStringLiteral("follow-up report");
    plan.prepSeconds = 0;
    plan.followUpsPerQuestion = 2;
    plan.followUpSeconds = 45;
    plan.closingSegment = false;
    plan.gradingTiming = GradingTiming::AfterEachQuestion;
    plan.rounds = {RoundPlan{RoundKind::Technical, 2, {}, {}, {}, {}, {}}};
    auto c = SessionController::start(db, plan, &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    // Question 1: answered, first follow-up answered, second skipped.
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("The main answer.")}}));
    QVERIFY(c->handle(Event::Submit));
    QVERIFY(c->handle(Event::BeginAnswer));
    const QString first = c->currentFollowUp()->question;
    QVERIFY(c->setFollowUpAnswer(QStringLiteral("The quokka follow-up answer.")));
    clock.advanceMs(12'000);
    QVERIFY(c->handle(Event::Submit));
    QVERIFY(c->handle(Event::BeginAnswer));
    const QString second = c->currentFollowUp()->question;
    QVERIFY(second != first);
    QVERIFY(c->handle(Event::Skip));
    QVERIFY(c->submitGrade(3, QString()));
    // Question 2: skipped, so neither of its follow-ups is asked.
    QVERIFY(c->handle(Event::Skip));
    QVERIFY(c->handle(Event::Continue));
    QCOMPARE(c->state(), State::Finished);
    const qint64 id = c->sessionId();
    c.reset();

    const auto stored = SessionStore(db).load(id, &error);
    QVERIFY2(stored, qPrintable(error));
    const QList<AskedFollowUp> asked = askedFollowUps(stored->attempts[0]);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked[0].question, first);
    QCOMPARE(asked[0].answerUsedMs, 12'000);
    QCOMPARE(asked[1].status, AttemptStatus::Skipped);
    QVERIFY(askedFollowUps(stored->attempts[1]).isEmpty());
    QCOMPARE(stored->attempts[1].times.followUps[0].status, AttemptStatus::NotReached);

    const SessionReport report = buildReport(*stored);
    const QString md = reportMarkdown(report);
    QVERIFY2(md.contains(QStringLiteral("Follow-up 1: ")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("quokka")));
    QVERIFY(md.contains(QStringLiteral("_skipped_")));
    const QString text = reportText(report);
    QVERIFY2(text.contains(QStringLiteral("Follow-up 1 (answered): ") + first.simplified()),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Follow-up 2 (skipped): ") + second.simplified()));
    QVERIFY(text.contains(QStringLiteral("quokka")));
    QVERIFY(reportHtml(report, {}).contains(QStringLiteral("quokka")));
    // The skipped question's follow-ups were never asked: no question was chosen for them.
    for (const FollowUpRecord &f : stored->attempts[1].followUps)
        QVERIFY(f.question.isEmpty());

    const QJsonObject all = exportAllJson(db, clock.wallTime(), &error);
    QVERIFY2(!all.isEmpty(), qPrintable(error));
    const QJsonArray attempts = all.value(QStringLiteral("sessions"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("rounds"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("attempts"))
                                    .toArray();
    QCOMPARE(attempts.size(), 2);
    const QJsonArray exported = attempts.at(0).toObject().value(QStringLiteral("followUps")).toArray();
    QCOMPARE(exported.size(), 2);
    QCOMPARE(exported.at(0).toObject().value(QStringLiteral("question")).toString(), first);
    QCOMPARE(exported.at(0).toObject().value(QStringLiteral("answer")).toString(),
             QStringLiteral("The quokka follow-up answer."));
    QCOMPARE(exported.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("submitted"));
    QCOMPARE(exported.at(0).toObject().value(QStringLiteral("answerLimitMs")).toInteger(), 45'000);
    QCOMPARE(exported.at(0).toObject().value(QStringLiteral("answerUsedMs")).toInteger(), 12'000);
    QCOMPARE(exported.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("skipped"));
    QCOMPARE(attempts.at(1)
                 .toObject()
                 .value(QStringLiteral("followUps"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("not_reached"));

    // The answer search finds the follow-up answer, the history's attempt view shows it.
    QCOMPARE(History(db).search(QStringLiteral("quokka")).size(), 1);
    QVERIFY(followUpsPlainText(stored->attempts[0]).contains(QStringLiteral("(skipped)")));
}

QTEST_GUILESS_MAIN(TestFollowUpReport)
#include "test_followup_report.moc"
