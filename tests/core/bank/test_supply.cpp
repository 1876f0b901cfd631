// What a plan draws of each round kind against what the bank can supply (QuestionBank::supply,
// the shortfall Setup shows): drawn rounds of a kind add up, chosen questions draw none, and
// only questions of the plan's track and packs that are not hidden count. A real SQLite file
// in a QTemporaryDir with a small pack of its own.
#include "bank/QuestionBank.h"
#include "session/Plan.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;

namespace {

Question question(const QString &id, RoundKind kind, const QStringList &tracks = {})
{
    Question q;
    q.id = id;
    q.kind = kind;
    q.text = QStringLiteral("Question %1?").arg(id);
    q.tracks = tracks;
    return q;
}

RoundPlan drawn(RoundKind kind, int count)
{
    RoundPlan r;
    r.kind = kind;
    r.questionCount = count;
    return r;
}

const KindSupply &of(const QList<KindSupply> &supply, RoundKind kind)
{
    for (const KindSupply &s : supply) {
        if (s.kind == kind)
            return s;
    }
    static const KindSupply none{};
    QTest::qFail("a round kind is missing from the supply", __FILE__, __LINE__);
    return none;
}

} // namespace

class TestSupply : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void supply_everyKindInOrder_drawnRoundsAddUp_chosenQuestionsDrawNone();
    void supply_countsOnlyTheSourceAndLeavesHiddenOut();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
};

void TestSupply::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(m_db.open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    Pack a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("Pack A");
    a.questions = {
        question(QStringLiteral("a.t1"), RoundKind::Technical, {QStringLiteral("backend")}),
        question(QStringLiteral("a.t2"), RoundKind::Technical, {QStringLiteral("backend")}),
        question(QStringLiteral("a.t3"), RoundKind::Technical),
        question(QStringLiteral("a.b1"), RoundKind::Behavioral, {QStringLiteral("backend")})};
    Pack b;
    b.id = QStringLiteral("b");
    b.name = QStringLiteral("Pack B");
    b.questions = {question(QStringLiteral("b.t1"), RoundKind::Technical),
                   question(QStringLiteral("b.s1"), RoundKind::SystemDesign,
                            {QStringLiteral("backend")})};
    QuestionBank bank(m_db);
    QVERIFY2(bank.installPack(a, false, &error), qPrintable(error));
    QVERIFY2(bank.installPack(b, false, &error), qPrintable(error));
}

void TestSupply::supply_everyKindInOrder_drawnRoundsAddUp_chosenQuestionsDrawNone()
{
    LoopPlan plan;
    RoundPlan chosen;
    chosen.kind = RoundKind::Behavioral;
    chosen.questionIds = {QStringLiteral("a.b1")};
    chosen.questionCount = 5; // ignored: chosen questions are asked, not drawn
    plan.rounds = {drawn(RoundKind::Technical, 3), chosen, drawn(RoundKind::Technical, 2),
                   drawn(RoundKind::Project, 1)};
    const QList<KindSupply> supply = QuestionBank(m_db).supply(plan);
    QCOMPARE(supply.size(), qsizetype(std::size(kAllRoundKinds)));
    for (int i = 0; i < supply.size(); ++i)
        QCOMPARE(supply[i].kind, kAllRoundKinds[i]);

    // Technical: two rounds want 3 + 2 = 5 of the 4 in the bank.
    QCOMPARE(of(supply, RoundKind::Technical).wanted, 5);
    QCOMPARE(of(supply, RoundKind::Technical).available, 4);
    QVERIFY(of(supply, RoundKind::Technical).isShort());
    QCOMPARE(of(supply, RoundKind::Behavioral).wanted, 0);
    QCOMPARE(of(supply, RoundKind::Behavioral).available, 1);
    QVERIFY(!of(supply, RoundKind::Behavioral).isShort());
    QCOMPARE(of(supply, RoundKind::SystemDesign).wanted, 0);
    QCOMPARE(of(supply, RoundKind::SystemDesign).available, 1);
    QCOMPARE(of(supply, RoundKind::Project).wanted, 1);
    QCOMPARE(of(supply, RoundKind::Project).available, 0);
    QVERIFY(of(supply, RoundKind::Project).isShort());
    QVERIFY(!of(supply, RoundKind::CulturalFit).isShort());

    // Exactly as many as wanted is enough.
    plan.rounds = {drawn(RoundKind::Technical, 4)};
    QVERIFY(!of(QuestionBank(m_db).supply(plan), RoundKind::Technical).isShort());
}

void TestSupply::supply_countsOnlyTheSourceAndLeavesHiddenOut()
{
    LoopPlan plan;
    plan.rounds = {drawn(RoundKind::Technical, 3)};
    QString error;
    QVERIFY2(QuestionBank(m_db).setHidden(QStringLiteral("a.t3"), true, &error), qPrintable(error));
    QCOMPARE(of(QuestionBank(m_db).supply(plan), RoundKind::Technical).available, 3);

    plan.packs = {QStringLiteral("a")};
    KindSupply technical = of(QuestionBank(m_db).supply(plan), RoundKind::Technical);
    QCOMPARE(technical.available, 2); // a.t1, a.t2; a.t3 is hidden
    QVERIFY(technical.isShort());

    plan.packs.clear();
    plan.track = QStringLiteral("backend");
    const QList<KindSupply> backend = QuestionBank(m_db).supply(plan);
    QCOMPARE(of(backend, RoundKind::Technical).available, 2);
    QCOMPARE(of(backend, RoundKind::SystemDesign).available, 1);
    QCOMPARE(of(backend, RoundKind::Behavioral).available, 1);
}

QTEST_GUILESS_MAIN(TestSupply)
#include "test_supply.moc"
