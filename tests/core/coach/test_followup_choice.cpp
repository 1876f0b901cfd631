// Which follow-up the interviewer asks (docs/engine.md, "Which follow-up"): the one whose topic
// words the answer covered least, ties to the earlier one; and the plan setting behind it.
#include "coach/Coach.h"
#include "coach/FollowUpChoice.h"
#include "session/Plan.h"

#include <QJsonObject>
#include <QTest>

using namespace mockloop;

namespace {

const QStringList kFollowUps = {
    QStringLiteral("How would the cache fail over?"),
    QStringLiteral("What about database replication lag?"),
    QStringLiteral("How do you monitor latency?"),
};

} // namespace

class TestFollowUpChoice : public QObject
{
    Q_OBJECT
private slots:
    void topicWords_leaveOutQuestionAndFunctionWords();
    void coverage_countsTopicWordsTheAnswerUses_stemmed();
    void choose_takesTheLeastCoveredShare();
    void choose_skipsAskedOnes_andReturnsMinusOneWhenNoneIsLeft();
    void choose_tieGoesToTheEarlier();
    void choose_followUpWithoutTopicWords_countsAsCovered();
    void choose_isDecidedByTheAnswerAlone();
    void plan_followUpSettings_roundTripAndAreValidated();
    void plan_presetsAndStrictMode_setFollowUps();
};

void TestFollowUpChoice::topicWords_leaveOutQuestionAndFunctionWords()
{
    QCOMPARE(followUpTopicWords(kFollowUps[0]), coaching::matchUnits(QStringLiteral("cache fail")));
    QCOMPARE(followUpTopicWords(kFollowUps[1]),
             coaching::matchUnits(QStringLiteral("database replication lag")));
    QCOMPARE(followUpTopicWords(QStringLiteral("What would you do if it happened again?")),
             QStringList());
    // Each word once.
    QCOMPARE(followUpTopicWords(QStringLiteral("Cache, cache and caches?")).size(), 1);
}

void TestFollowUpChoice::coverage_countsTopicWordsTheAnswerUses_stemmed()
{
    const QString answer = QStringLiteral("The cache fails over to a replica. Replication lag "
                                          "is monitored.");
    QCOMPARE(followUpCoverage(kFollowUps[0], answer), (FollowUpCoverage{2, 2}));
    QCOMPARE(followUpCoverage(kFollowUps[1], answer), (FollowUpCoverage{2, 3}));
    QCOMPARE(followUpCoverage(kFollowUps[2], answer), (FollowUpCoverage{1, 2}));
    QCOMPARE(followUpCoverage(kFollowUps[2], QString()), (FollowUpCoverage{0, 2}));
}

void TestFollowUpChoice::choose_takesTheLeastCoveredShare()
{
    // 2/2, 2/3, 1/2: the third is covered least.
    const QString answer = QStringLiteral("The cache fails over to a replica. Replication lag "
                                          "is monitored.");
    QCOMPARE(chooseFollowUp(kFollowUps, answer), 2);
    // Covering latency too moves the choice to the database question (2/3 < 2/2 = 1).
    QCOMPARE(chooseFollowUp(kFollowUps, answer + QStringLiteral(" Latency is watched.")), 1);
}

void TestFollowUpChoice::choose_skipsAskedOnes_andReturnsMinusOneWhenNoneIsLeft()
{
    const QString answer = QStringLiteral("The cache fails over to a replica. Replication lag "
                                          "is monitored.");
    QCOMPARE(chooseFollowUp(kFollowUps, answer, {2}), 1);
    QCOMPARE(chooseFollowUp(kFollowUps, answer, {2, 1}), 0);
    QCOMPARE(chooseFollowUp(kFollowUps, answer, {0, 1, 2}), -1);
    QCOMPARE(chooseFollowUp({}, answer), -1);
    QCOMPARE(chooseFollowUp({QStringLiteral("  ")}, answer), -1);
}

void TestFollowUpChoice::choose_tieGoesToTheEarlier()
{
    // Nothing covered: 0/2, 0/3, 0/2 tie; the first is asked.
    QCOMPARE(chooseFollowUp(kFollowUps, QString()), 0);
    QCOMPARE(chooseFollowUp(kFollowUps, QString(), {0}), 1);
    // Equal shares with different totals (1/2 and 2/4) tie too.
    const QStringList two = {QStringLiteral("Why shard the queue?"),
                             QStringLiteral("Which retries, backoff, jitter and alerts?")};
    QCOMPARE(followUpCoverage(two[0], QStringLiteral("a queue")), (FollowUpCoverage{1, 2}));
    QCOMPARE(followUpCoverage(two[1], QStringLiteral("a queue with retries and backoff")),
             (FollowUpCoverage{2, 4}));
    QCOMPARE(chooseFollowUp(two, QStringLiteral("a queue with retries and backoff")), 0);
}

void TestFollowUpChoice::choose_followUpWithoutTopicWords_countsAsCovered()
{
    const QStringList list = {QStringLiteral("What would you do then?"),
                              QStringLiteral("How is the cache warmed?")};
    QCOMPARE(chooseFollowUp(list, QStringLiteral("The cache is warmed at start.")), 0);
    QCOMPARE(chooseFollowUp(list, QStringLiteral("The cache.")), 1);
    QCOMPARE(chooseFollowUp(list, QStringLiteral("The cache."), {1}), 0);
}

void TestFollowUpChoice::choose_isDecidedByTheAnswerAlone()
{
    const QString answer = QStringLiteral("Replication lag and latency.");
    const int first = chooseFollowUp(kFollowUps, answer);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(chooseFollowUp(kFollowUps, answer), first);
    QCOMPARE(first, 0);
}

void TestFollowUpChoice::plan_followUpSettings_roundTripAndAreValidated()
{
    LoopPlan plan = *builtinPreset(QStringLiteral("quick"));
    plan.followUpsPerQuestion = 2;
    plan.followUpSeconds = 45;
    QString error;
    const auto back = LoopPlan::fromJson(plan.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->followUpsPerQuestion, 2);
    QCOMPARE(back->followUpSeconds, 45);

    // A plan saved before follow-ups existed: none, and the default clock.
    QJsonObject old = plan.toJson();
    old.remove(QStringLiteral("followUps"));
    old.remove(QStringLiteral("followUpSeconds"));
    const auto older = LoopPlan::fromJson(old, &error);
    QVERIFY(older);
    QCOMPARE(older->followUpsPerQuestion, 0);
    QCOMPARE(older->followUpSeconds, 90);

    for (const QJsonValue &bad :
         {QJsonValue(3), QJsonValue(-1), QJsonValue(1.5), QJsonValue(QStringLiteral("1"))}) {
        QJsonObject o = plan.toJson();
        o.insert(QStringLiteral("followUps"), bad);
        error.clear();
        QVERIFY(!LoopPlan::fromJson(o, &error));
        QVERIFY(error.contains(QStringLiteral("followUps")));
    }
    QJsonObject o = plan.toJson();
    o.insert(QStringLiteral("followUpSeconds"), -5);
    QVERIFY(!LoopPlan::fromJson(o, &error));
    QVERIFY(error.contains(QStringLiteral("followUpSeconds")));
}

void TestFollowUpChoice::plan_presetsAndStrictMode_setFollowUps()
{
    const QList<std::pair<const char *, int>> expected = {{"quick", 0},         {"full", 1},
                                                          {"intern", 1},        {"behavioral", 1},
                                                          {"system_design", 2}, {"one_way", 0},
                                                          {"sony", 1}};
    for (const auto &[id, count] : expected) {
        const auto p = builtinPreset(QString::fromLatin1(id));
        QVERIFY(p);
        QCOMPARE(p->followUpsPerQuestion, count);
    }
    QCOMPARE(builtinPreset(QStringLiteral("system_design"))->followUpSeconds, 180);
    QCOMPARE(builtinPreset(QStringLiteral("full"))->followUpSeconds, 90);
    LoopPlan p = *builtinPreset(QStringLiteral("quick"));
    applyStrictMode(p);
    QCOMPARE(p.followUpsPerQuestion, 1);
    LoopPlan d = *builtinPreset(QStringLiteral("system_design"));
    applyStrictMode(d);
    QCOMPARE(d.followUpsPerQuestion, 1);
}

QTEST_GUILESS_MAIN(TestFollowUpChoice)
#include "test_followup_choice.moc"
