// The rubric: every round kind has its criteria in the documented order, each with five
// distinct, non-empty anchors; the default overall score is the mean rounded half up.
#include "coach/Rubric.h"

#include <QSet>
#include <QTest>

using namespace mockloop;

Q_DECLARE_METATYPE(mockloop::RoundKind)

class TestRubric : public QObject
{
    Q_OBJECT
private slots:
    void rubricFor_hasTheCriteriaInOrder_data();
    void rubricFor_hasTheCriteriaInOrder();
    void everyCriterion_hasFiveDistinctAnchors();
    void criterionNamesAndKeys_areDistinctWithinAKind();
    void anchor_outsideOneToFive_isEmpty();
    void rubricFor_isTheSameEveryTime();
    void defaultOverall_roundsTheMeanHalfUp_data();
    void defaultOverall_roundsTheMeanHalfUp();
};

void TestRubric::rubricFor_hasTheCriteriaInOrder_data()
{
    QTest::addColumn<RoundKind>("kind");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("names");
    auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *s : items)
            out.append(QLatin1String(s));
        return out;
    };
    QTest::newRow("technical") << RoundKind::Technical
                               << list({"correctness", "depth", "clarity", "trade_offs"})
                               << list({"Correctness", "Depth", "Clarity", "Trade-offs"});
    QTest::newRow("system_design")
        << RoundKind::SystemDesign
        << list({"requirements", "high_level_design", "scaling", "trade_offs", "communication"})
        << list({"Requirements", "High-level design", "Scaling", "Trade-offs", "Communication"});
    QTest::newRow("behavioral") << RoundKind::Behavioral
                                << list({"structure", "ownership", "impact", "reflection"})
                                << list({"Structure", "Ownership", "Impact", "Reflection"});
    QTest::newRow("cultural_fit") << RoundKind::CulturalFit
                                  << list({"alignment", "self_awareness", "specificity"})
                                  << list({"Alignment", "Self-awareness", "Specificity"});
    QTest::newRow("project") << RoundKind::Project
                             << list({"role_clarity", "technical_depth", "outcome", "lessons"})
                             << list({"Role clarity", "Technical depth", "Outcome", "Lessons"});
}

void TestRubric::rubricFor_hasTheCriteriaInOrder()
{
    QFETCH(RoundKind, kind);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, names);
    const Rubric rubric = rubricFor(kind);
    QCOMPARE(rubric.kind, kind);
    QStringList actualKeys;
    QStringList actualNames;
    for (const RubricCriterion &c : rubric.criteria) {
        actualKeys.append(c.key);
        actualNames.append(c.name);
    }
    QCOMPARE(actualKeys, keys);
    // No translator is installed here, so the names are the English source strings.
    QCOMPARE(actualNames, names);
}

void TestRubric::everyCriterion_hasFiveDistinctAnchors()
{
    QSet<QString> allAnchors;
    int anchorCount = 0;
    for (RoundKind kind : kAllRoundKinds) {
        for (const RubricCriterion &c : rubricFor(kind).criteria) {
            QSet<QString> distinct;
            for (int score = kRubricMinScore; score <= kRubricMaxScore; ++score) {
                const QString a = c.anchor(score);
                QVERIFY2(!a.trimmed().isEmpty(), qPrintable(c.key));
                // A sentence a person can hold themselves to, not a single word.
                QVERIFY2(a.split(QLatin1Char(' ')).size() >= 5,
                         qPrintable(c.key + QLatin1Char(' ') + a));
                QVERIFY2(a.endsWith(QLatin1Char('.')), qPrintable(a));
                distinct.insert(a);
                allAnchors.insert(a);
                ++anchorCount;
            }
            QCOMPARE(distinct.size(), 5);
        }
    }
    // No anchor text is reused anywhere, even between kinds that share a criterion key.
    QCOMPARE(allAnchors.size(), anchorCount);
    QCOMPARE(anchorCount, (4 + 5 + 4 + 3 + 4) * 5);
}

void TestRubric::criterionNamesAndKeys_areDistinctWithinAKind()
{
    for (RoundKind kind : kAllRoundKinds) {
        QSet<QString> keys;
        QSet<QString> names;
        const Rubric rubric = rubricFor(kind);
        for (const RubricCriterion &c : rubric.criteria) {
            QVERIFY(!c.key.isEmpty());
            QVERIFY(!c.name.isEmpty());
            // Keys are stored: lowercase ASCII and underscores only.
            for (QChar ch : c.key)
                QVERIFY2((ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || ch == QLatin1Char('_'),
                         qPrintable(c.key));
            keys.insert(c.key);
            names.insert(c.name);
        }
        QCOMPARE(keys.size(), rubric.criteria.size());
        QCOMPARE(names.size(), rubric.criteria.size());
    }
}

void TestRubric::anchor_outsideOneToFive_isEmpty()
{
    const RubricCriterion c = rubricFor(RoundKind::Technical).criteria.first();
    QVERIFY(c.anchor(0).isEmpty());
    QVERIFY(c.anchor(6).isEmpty());
    QVERIFY(c.anchor(-1).isEmpty());
    QCOMPARE(c.anchor(1), c.anchors[0]);
    QCOMPARE(c.anchor(5), c.anchors[4]);
    QVERIFY(c.anchor(1).contains(QLatin1String("wrong or missing")));
}

void TestRubric::rubricFor_isTheSameEveryTime()
{
    for (RoundKind kind : kAllRoundKinds)
        QCOMPARE(rubricFor(kind), rubricFor(kind));
}

void TestRubric::defaultOverall_roundsTheMeanHalfUp_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<int>("overall");
    QTest::newRow("3,4 -> 3.5 -> 4") << QList<int>{3, 4} << 4;
    QTest::newRow("2,3,3 -> 2.67 -> 3") << QList<int>{2, 3, 3} << 3;
    QTest::newRow("1,2 -> 1.5 -> 2") << QList<int>{1, 2} << 2;
    QTest::newRow("2,3 -> 2.5 -> 3") << QList<int>{2, 3} << 3;
    QTest::newRow("4,5 -> 4.5 -> 5") << QList<int>{4, 5} << 5;
    QTest::newRow("1,1,2 -> 1.33 -> 1") << QList<int>{1, 1, 2} << 1;
    QTest::newRow("2,2,3 -> 2.33 -> 2") << QList<int>{2, 2, 3} << 2;
    QTest::newRow("3,3,4,4 -> 3.5 -> 4") << QList<int>{3, 3, 4, 4} << 4;
    QTest::newRow("1,2,2,2 -> 1.75 -> 2") << QList<int>{1, 2, 2, 2} << 2;
    QTest::newRow("one score") << QList<int>{5} << 5;
    QTest::newRow("all fives") << QList<int>{5, 5, 5, 5, 5} << 5;
    QTest::newRow("all ones") << QList<int>{1, 1, 1, 1} << 1;
    QTest::newRow("missing 0 ignored: 0,3,4 -> 4") << QList<int>{0, 3, 4} << 4;
    QTest::newRow("missing 0 ignored: 2,0,0 -> 2") << QList<int>{2, 0, 0} << 2;
    QTest::newRow("out of range ignored: 6,-1,3 -> 3") << QList<int>{6, -1, 3} << 3;
    QTest::newRow("none -> 0") << QList<int>{} << 0;
    QTest::newRow("only missing -> 0") << QList<int>{0, 0, 0} << 0;
}

void TestRubric::defaultOverall_roundsTheMeanHalfUp()
{
    QFETCH(QList<int>, scores);
    QFETCH(int, overall);
    QCOMPARE(defaultOverall(scores), overall);
}

QTEST_GUILESS_MAIN(TestRubric)
#include "test_rubric.moc"
