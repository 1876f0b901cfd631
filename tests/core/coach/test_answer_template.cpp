// The answer sections of each form, the per-question STAR decision, and older answers whose
// fields do not match the form (they open with nothing hidden).
#include "coach/AnswerTemplate.h"
#include "coach/Coach.h"
#include "report/SessionText.h"
#include "storage/SessionRecord.h"

#include <QTest>

#include <numeric>

using namespace mockloop;

namespace {

QStringList names(const QList<AnswerSection> &sections)
{
    QStringList out;
    for (const AnswerSection &s : sections)
        out.append(s.name);
    return out;
}

Question question(RoundKind kind, QStringList tags = {})
{
    Question q;
    q.id = QStringLiteral("t.q");
    q.kind = kind;
    q.text = QStringLiteral("A question");
    q.tags = std::move(tags);
    return q;
}

} // namespace

class TestAnswerTemplate : public QObject
{
    Q_OBJECT
private slots:
    void eachForm_hasItsSectionsInOrder_withTitlesAndPrompts();
    void starBudgets_addUpToTheWholeAnswer_actionTheLargest();
    void answerForm_perQuestion_data();
    void answerForm_perQuestion();
    void storedFieldsOfAnotherForm_areExtraSections_nothingHidden();
    void fieldsForSections_layOutTheStoredAnswer();
    void displayName_ofEverySection_isItsTitle();
    void wordCount_isThePureCountOfTheCoachsWords();
    void coach_iWeRule_followsTheStoryDecision();
};

void TestAnswerTemplate::eachForm_hasItsSectionsInOrder_withTitlesAndPrompts()
{
    QCOMPARE(names(answerSections(AnswerForm::Plain)), QStringList{QStringLiteral("answer")});
    QCOMPARE(names(answerSections(AnswerForm::Star)),
             (QStringList{QStringLiteral("situation"), QStringLiteral("task"),
                          QStringLiteral("action"), QStringLiteral("result")}));
    QCOMPARE(names(answerSections(AnswerForm::SystemDesign)),
             (QStringList{QStringLiteral("functional_requirements"),
                          QStringLiteral("non_functional_requirements"), QStringLiteral("estimates"),
                          QStringLiteral("api"), QStringLiteral("data_model"),
                          QStringLiteral("high_level_design"), QStringLiteral("deep_dive"),
                          QStringLiteral("bottlenecks_scaling"), QStringLiteral("trade_offs")}));
    QCOMPARE(names(answerSections(AnswerForm::Project)),
             (QStringList{QStringLiteral("context"), QStringLiteral("my_role"),
                          QStringLiteral("architecture_tech"), QStringLiteral("hardest_problem"),
                          QStringLiteral("outcome_metrics"), QStringLiteral("do_differently")}));
    for (AnswerForm form :
         {AnswerForm::Plain, AnswerForm::Star, AnswerForm::SystemDesign, AnswerForm::Project}) {
        for (const AnswerSection &s : answerSections(form)) {
            QVERIFY2(!s.title.isEmpty() && s.title != s.name, qPrintable(s.name));
            QVERIFY2(!s.prompt.isEmpty(), qPrintable(s.name));
            QVERIFY(s.known);
        }
    }
    QCOMPARE(answerSections(AnswerForm::SystemDesign).at(6).title, QStringLiteral("Deep dive"));
}

void TestAnswerTemplate::starBudgets_addUpToTheWholeAnswer_actionTheLargest()
{
    const QList<AnswerSection> star = answerSections(AnswerForm::Star);
    int total = 0;
    int largest = 0;
    for (const AnswerSection &s : star) {
        total += s.budgetPercent;
        largest = std::max(largest, s.budgetPercent);
    }
    QCOMPARE(total, 100);
    QCOMPARE(star.at(2).budgetPercent, largest);
    QCOMPARE(star.at(0).budgetPercent, 15);
    QCOMPARE(star.at(1).budgetPercent, 10);
    QCOMPARE(star.at(2).budgetPercent, 50);
    QCOMPARE(star.at(3).budgetPercent, 25);
    // The other forms suggest no split.
    for (const AnswerSection &s : answerSections(AnswerForm::SystemDesign))
        QCOMPARE(s.budgetPercent, 0);
}

void TestAnswerTemplate::answerForm_perQuestion_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<int>("form");
    QTest::addColumn<bool>("story");
    QTest::newRow("technical") << int(RoundKind::Technical) << QStringList{}
                               << int(AnswerForm::Plain) << false;
    QTest::newRow("system design")
        << int(RoundKind::SystemDesign) << QStringList{QStringLiteral("caching")}
        << int(AnswerForm::SystemDesign) << false;
    QTest::newRow("behavioral") << int(RoundKind::Behavioral)
                                << QStringList{QStringLiteral("conflict")} << int(AnswerForm::Star)
                                << true;
    QTest::newRow("behavioral situational")
        << int(RoundKind::Behavioral) << QStringList{QStringLiteral("situational")}
        << int(AnswerForm::Star) << true;
    QTest::newRow("project") << int(RoundKind::Project) << QStringList{} << int(AnswerForm::Project)
                             << true;
    QTest::newRow("fit: salary (hr)") << int(RoundKind::CulturalFit)
                                      << QStringList{QStringLiteral("hr"), QStringLiteral("salary")}
                                      << int(AnswerForm::Plain) << false;
    QTest::newRow("fit: why this company")
        << int(RoundKind::CulturalFit)
        << QStringList{QStringLiteral("motivation"), QStringLiteral("general"), QStringLiteral("hr")}
        << int(AnswerForm::Plain) << false;
    QTest::newRow("fit: story tag wins over hr")
        << int(RoundKind::CulturalFit)
        << QStringList{QStringLiteral("Story"), QStringLiteral("general"), QStringLiteral("hr")}
        << int(AnswerForm::Star) << true;
    QTest::newRow("fit: situational")
        << int(RoundKind::CulturalFit)
        << QStringList{QStringLiteral("prioritization"), QStringLiteral("situational")}
        << int(AnswerForm::Star) << true;
}

void TestAnswerTemplate::answerForm_perQuestion()
{
    QFETCH(int, kind);
    QFETCH(QStringList, tags);
    QFETCH(int, form);
    QFETCH(bool, story);
    const Question q = question(RoundKind(kind), tags);
    QCOMPARE(int(answerFormFor(q)), form);
    QCOMPARE(isStoryQuestion(q), story);
}

void TestAnswerTemplate::storedFieldsOfAnotherForm_areExtraSections_nothingHidden()
{
    // A project answer written in STAR fields by an older editor.
    const QList<AnswerField> stored = {{QStringLiteral("situation"), QStringLiteral("S text")},
                                       {QStringLiteral("task"), QString()},
                                       {QStringLiteral("my_role"), QStringLiteral("lead")},
                                       {QStringLiteral("x_custom"), QStringLiteral("kept")}};
    const QList<AnswerSection> sections = answerSectionsFor(question(RoundKind::Project), stored);
    QCOMPARE(sections.size(), 6 + 2); // the empty "task" adds nothing
    QCOMPARE(sections.at(6).name, QStringLiteral("situation"));
    QCOMPARE(sections.at(6).title, QStringLiteral("Situation"));
    QVERIFY(!sections.at(6).known);
    QVERIFY(sections.at(6).prompt.isEmpty());
    QCOMPARE(sections.at(7).title, QStringLiteral("x_custom"));
    const QList<AnswerField> laidOut = fieldsForSections(sections, stored);
    QCOMPARE(laidOut.size(), sections.size());
    QCOMPARE(laidOut.at(1), (AnswerField{QStringLiteral("my_role"), QStringLiteral("lead")}));
    QCOMPARE(laidOut.at(6).value, QStringLiteral("S text"));
    QCOMPARE(laidOut.at(7).value, QStringLiteral("kept"));
    QCOMPARE(laidOut.at(0).value, QString());
}

void TestAnswerTemplate::fieldsForSections_layOutTheStoredAnswer()
{
    const QList<AnswerSection> star = answerSections(AnswerForm::Star);
    // Out of order and a repeated name: laid out in section order, repeats joined.
    const QList<AnswerField> stored = {{QStringLiteral("result"), QStringLiteral("R")},
                                       {QStringLiteral("situation"), QStringLiteral("S1")},
                                       {QStringLiteral("situation"), QStringLiteral("S2")}};
    const QList<AnswerField> out = fieldsForSections(star, stored);
    QCOMPARE(out, (QList<AnswerField>{{QStringLiteral("situation"), QStringLiteral("S1\n\nS2")},
                                      {QStringLiteral("task"), QString()},
                                      {QStringLiteral("action"), QString()},
                                      {QStringLiteral("result"), QStringLiteral("R")}}));
}

void TestAnswerTemplate::displayName_ofEverySection_isItsTitle()
{
    QCOMPARE(answerFieldDisplayName(QStringLiteral("situation")), QStringLiteral("Situation"));
    QCOMPARE(answerFieldDisplayName(QStringLiteral("answer")), QStringLiteral("Answer"));
    QCOMPARE(answerFieldDisplayName(QStringLiteral("bottlenecks_scaling")),
             QStringLiteral("Bottlenecks and scaling"));
    QCOMPARE(answerFieldDisplayName(QStringLiteral("do_differently")),
             QStringLiteral("What I would do differently"));
    QCOMPARE(answerFieldDisplayName(QStringLiteral("not_a_section")),
             QStringLiteral("not_a_section"));
}

void TestAnswerTemplate::wordCount_isThePureCountOfTheCoachsWords()
{
    QCOMPARE(coaching::wordCount(QString()), 0);
    QCOMPARE(coaching::wordCount(QStringLiteral("  -- + ")), 0);
    QCOMPARE(coaching::wordCount(QStringLiteral("I cut p99 latency by 30% with a key-value cache.")),
             10);
    QCOMPARE(coaching::wordCount(QStringLiteral("```cpp\nint x = 1;\n```")), 4);
}

void TestAnswerTemplate::coach_iWeRule_followsTheStoryDecision()
{
    // 40+ words told as "we": a story question gets the hint, a plain HR question does not.
    const QString text = QStringLiteral(
        "We wanted a team where we trust each other. We pair on hard problems, we review each "
        "other's code kindly, and we share on-call fairly. Our best team had a weekly demo where "
        "we showed what we learned, and our manager protected our focus time every week.");
    QVERIFY(coaching::wordCount(text) >= coaching::kStoryMinWordsForPronouns);
    const QList<AnswerField> plain = {{QStringLiteral("answer"), text}};
    const CoachReport hr = coach(question(RoundKind::CulturalFit,
                                          QStringList{QStringLiteral("work-style"),
                                                      QStringLiteral("hr")}),
                                 plain, 0, 0);
    QVERIFY(!hr.hintCodes().contains(QStringLiteral("story.we_over_i")));
    const CoachReport story = coach(question(RoundKind::CulturalFit,
                                             QStringList{QStringLiteral("story")}),
                                    plain, 0, 0);
    QVERIFY(story.hintCodes().contains(QStringLiteral("story.we_over_i")));
    // Word counts per part come with the report, in answer order.
    const QList<AnswerField> parts = {{QStringLiteral("situation"), QStringLiteral("one two three")},
                                      {QStringLiteral("action"), QStringLiteral("I did it")}};
    const CoachReport r = coach(question(RoundKind::Behavioral), parts, 0, 0);
    QCOMPARE(r.wordCounts, (QList<FieldWordCount>{{QStringLiteral("situation"), 3},
                                                  {QStringLiteral("action"), 3}}));
}

QTEST_GUILESS_MAIN(TestAnswerTemplate)
#include "test_answer_template.moc"
