// The pitfall rule (docs/coach.md, "Pitfalls and clichés"): sentences, all terms in one sentence,
// negations, key points not credited inside a pitfall sentence, the shared clichés, the content
// of the built-in packs, and the precision measured on tests/data/pitfalls/answers.json.
#include "coach/Cliches.h"
#include "coach/Coach.h"
#include "coach/Pitfalls.h"
#include "coach/Sentences.h"
#include "BuiltinPacks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace mockloop;
using mockloop::test::builtinPacks;

namespace {

QList<AnswerField> plain(const QString &text)
{
    return {{QStringLiteral("answer"), text}};
}

Pitfall pitfall(const QString &text, const QList<QStringList> &terms,
                const QString &correction = QStringLiteral("The correction."))
{
    return {text, terms, correction};
}

const Pitfall &indexWrites()
{
    static const Pitfall p =
        pitfall(QStringLiteral("Indexes make writes faster."),
                {{QStringLiteral("index")},
                 {QStringLiteral("writes faster"), QStringLiteral("faster writes"),
                  QStringLiteral("speed up writes"), QStringLiteral("inserts faster")}},
                QStringLiteral("Every index must be updated on each write, so writes get slower."));
    return p;
}

const Question *builtinQuestion(const QString &id)
{
    static const QList<Pack> packs = builtinPacks();
    for (const Pack &p : packs) {
        for (const Question &q : p.questions) {
            if (q.id == id)
                return &q;
        }
    }
    return nullptr;
}

// "pitfalls[0]" or "cliche:team-player" for each finding.
QStringList findingKeys(const CoachReport &report)
{
    QStringList keys;
    for (const PitfallFinding &f : report.pitfalls)
        keys << (f.isCliche() ? QStringLiteral("cliche:") + f.clicheId
                              : QStringLiteral("pitfalls[%1]").arg(f.pitfall));
    keys.sort();
    return keys;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    out.sort();
    return out;
}

} // namespace

class TestPitfalls : public QObject
{
    Q_OBJECT
private slots:
    void sentences_splitAsDocumented_data();
    void sentences_splitAsDocumented();
    void statesPitfall_allTermsInOneSentenceAndNoNegationNearThem_data();
    void statesPitfall_allTermsInOneSentenceAndNoNegationNearThem();
    void coach_pitfallHint_quotesTheSentenceNamesThePitfallAndGivesTheCorrection();
    void coach_keyPointMatchedOnlyInsideAPitfallSentence_isNotCredited();
    void coach_issueExample_creditsFewerKeyPointsThanWithoutPitfalls();
    void coach_cliche_isAnInfoHint_andQuietWhereTheQuestionsOwnPitfallSpeaks();
    void builtinCliches_loadWithoutProblems_andEachStatesItsOwnText();
    void readCliches_badEntries_areLeftOutWithTheirPaths();
    void builtinQuestions_everyQuestionHasAPitfall();
    void builtinPitfalls_eachIsStatedByItsOwnText();
    void builtinPitfalls_silentOnTheirOwnQuestionsOutlineAndKeyPoints();
    void sampleAnswers_findExactlyTheExpectedPitfalls_precisionAndRecall();
};

void TestPitfalls::sentences_splitAsDocumented_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const char *text, std::initializer_list<const char *> sentences) {
        QStringList expected;
        for (const char *s : sentences)
            expected << QString::fromUtf8(s);
        QTest::newRow(name) << QString::fromUtf8(text) << expected;
    };
    row("marks", "One. Two! Three? Four; five", {"One.", "Two!", "Three?", "Four;", "five"});
    row("line breaks", "one\ntwo\r\nthree", {"one", "two", "three"});
    row("decimals and dotted words", "It took 2.5 s on node.js v1.2. Then it fell.",
        {"It took 2.5 s on node.js v1.2.", "Then it fell."});
    row("abbreviations", "Use a cache, e.g. Redis, i.e. in memory, vs. a disk. Done.",
        {"Use a cache, e.g. Redis, i.e. in memory, vs. a disk.", "Done."});
    row("etc before a capital ends", "Caches, queues etc. Then we shipped.",
        {"Caches, queues etc.", "Then we shipped."});
    row("etc before lower case", "caches, queues etc. and more.", {"caches, queues etc. and more."});
    row("closing quote", "He said \"it is fast.\" Then it was not.",
        {"He said \"it is fast.\"", "Then it was not."});
    row("ellipsis and runs", "Well... maybe?! Yes…  No", {"Well...", "maybe?!", "Yes…", "No"});
    row("no space after mark", "a.b.c", {"a.b.c"});
    row("blank", "  \n \n", {});
}

void TestPitfalls::sentences_splitAsDocumented()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(coaching::sentences(text), expected);
}

void TestPitfalls::statesPitfall_allTermsInOneSentenceAndNoNegationNearThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("states");
    auto row = [](const char *text, bool states) {
        QTest::newRow(text) << QString::fromUtf8(text) << states;
    };
    row("Indexes make writes faster.", true);
    row("indexes do not speed up writes", false);
    row("Indexes don't make writes faster.", false);
    row("An index never makes inserts faster.", false);
    row("Indexes make reads faster rather than writes faster.", false);
    row("It is a myth that indexes make writes faster.", false);
    row("Unlike what many think, indexes make writes faster.", true); // "unlike" in another clause
    row("It is not true that indexes make writes faster.", false);
    row("No, indexes make writes faster.", true);                 // the "No" is its own clause
    row("Indexes make writes faster, not slower.", true);         // the "not" is in the next clause
    row("Indexes make writes faster and no one notices.", false); // "no" two units after: a miss
    row("Indexes make writes faster and the team was never told.", true); // "never" five after
    // The tightest choice of places decides: the second "indexes" states it.
    row("Indexes do not slow reads, and indexes make writes faster.", true);
    row("Indexes help. Writes faster? No.", false);             // the terms are in two sentences
    row("An index, e.g. on email, makes writes faster.", true); // "e.g." ends no sentence
    row("Indexes make\nwrites faster.", false);                 // a line break ends the sentence
    row("Without an index, writes are faster.", false);         // a negation before the first term
    row("We added an index and writes got faster", false);      // no term: "got faster" is not one
    row("Every index we added made writes faster.", true);
}

void TestPitfalls::statesPitfall_allTermsInOneSentenceAndNoNegationNearThem()
{
    QFETCH(QString, text);
    QFETCH(bool, states);
    QCOMPARE(coaching::statesPitfall(text, indexWrites()), states);
}

void TestPitfalls::coach_pitfallHint_quotesTheSentenceNamesThePitfallAndGivesTheCorrection()
{
    Question q;
    q.id = QStringLiteral("test.q");
    q.text = QStringLiteral("What is an index?");
    q.pitfalls = {indexWrites()};
    const CoachReport report = coach(q,
                                     plain(QStringLiteral(
                                         "An index is a sorted copy of a column. Indexes make "
                                         "every insert and update faster, writes faster too.")),
                                     0, 0);
    QCOMPARE(report.pitfalls.size(), 1);
    const PitfallFinding &f = report.pitfalls.first();
    QCOMPARE(f.field, QStringLiteral("answer"));
    QCOMPARE(f.pitfall, 0);
    QVERIFY(!f.isCliche());
    QCOMPARE(f.sentence,
             QStringLiteral("Indexes make every insert and update faster, writes faster too."));
    const Hint *hint = nullptr;
    for (const Hint &h : report.hints)
        if (h.code == QLatin1String("pitfall.claim"))
            hint = &h;
    QVERIFY(hint);
    QCOMPARE(hint->severity, HintSeverity::Warning);
    QCOMPARE(hint->field, QStringLiteral("answer"));
    QVERIFY2(hint->message.contains(f.sentence), qPrintable(hint->message));
    QVERIFY(hint->message.contains(indexWrites().text));
    QVERIFY(hint->message.contains(indexWrites().correction));
    // The pitfall comes after the other rules (docs/coach.md).
    QCOMPARE(report.hints.last().code, QStringLiteral("pitfall.claim"));
}

void TestPitfalls::coach_keyPointMatchedOnlyInsideAPitfallSentence_isNotCredited()
{
    Question q;
    q.id = QStringLiteral("test.q");
    q.text = QStringLiteral("What is a B-tree?");
    q.keyPoints = {{QStringLiteral("Many keys per node"), {QStringLiteral("b-tree")}},
                   {QStringLiteral("Shallow"), {QStringLiteral("levels")}}};
    q.pitfalls = {pitfall(QStringLiteral("A B-tree is a binary tree."),
                          {{QStringLiteral("b-tree is a binary")}})};
    // Only inside the pitfall sentence: not credited.
    CoachReport r = coach(q, plain(QStringLiteral("A B-tree is a binary tree with few levels.")), 0,
                          0);
    QCOMPARE(r.pitfalls.size(), 1);
    QCOMPARE(r.keyPointsCovered, (QList<bool>{false, false}));
    // The same words in another sentence are credited.
    r = coach(q,
              plain(QStringLiteral("A B-tree is a binary tree. PostgreSQL keeps a B-tree for "
                                   "each index, three levels deep.")),
              0, 0);
    QCOMPARE(r.keyPointsCovered, (QList<bool>{true, true}));
    // In another field too, and a negated pitfall sentence credits its key point.
    r = coach(q, plain(QStringLiteral("A B-tree is not a binary tree: it has few levels.")), 0, 0);
    QVERIFY(r.pitfalls.isEmpty());
    QCOMPARE(r.keyPointsCovered, (QList<bool>{true, true}));
}

void TestPitfalls::coach_issueExample_creditsFewerKeyPointsThanWithoutPitfalls()
{
    const Question *q = builtinQuestion(QStringLiteral("tech.database-indexes"));
    QVERIFY(q);
    const QList<AnswerField> answer = plain(QStringLiteral(
        "Indexes make every query faster, including inserts. A B-tree is a binary tree, so a "
        "lookup reads a sorted structure instead of scanning the table."));
    Question without = *q;
    without.pitfalls.clear();
    const CoachReport before = coach(without, answer, 0, 0);
    const CoachReport after = coach(*q, answer, 0, 0);
    QVERIFY(after.pitfalls.size() >= 2);
    QVERIFY2(after.keyPointsCoveredCount() < before.keyPointsCoveredCount(),
             qPrintable(QStringLiteral("%1 / %2")
                            .arg(after.keyPointsCoveredCount())
                            .arg(before.keyPointsCoveredCount())));
}

void TestPitfalls::coach_cliche_isAnInfoHint_andQuietWhereTheQuestionsOwnPitfallSpeaks()
{
    Question q;
    q.id = QStringLiteral("test.q");
    q.kind = RoundKind::CulturalFit;
    q.text = QStringLiteral("Why you?");
    CoachReport r = coach(q, plain(QStringLiteral("I am a team player. I ship.")), 0, 0);
    QCOMPARE(findingKeys(r), QStringList{QStringLiteral("cliche:team-player")});
    QCOMPARE(r.pitfalls.first().sentence, QStringLiteral("I am a team player."));
    QVERIFY(r.hintCodes().contains(QStringLiteral("pitfall.cliche")));
    for (const Hint &h : r.hints)
        if (h.code == QLatin1String("pitfall.cliche"))
            QCOMPARE(h.severity, HintSeverity::Info);

    // The question's own pitfall names the sentence; the cliché speaks only elsewhere.
    q.pitfalls = {pitfall(QStringLiteral("Perfectionism as a weakness."),
                          {{QStringLiteral("perfectionist")}})};
    r = coach(q, plain(QStringLiteral("My weakness: I am a perfectionist.")), 0, 0);
    QCOMPARE(findingKeys(r), QStringList{QStringLiteral("pitfalls[0]")});
    r = coach(q, plain(QStringLiteral("My weakness: I am a perfectionist. A team player, too.")), 0,
              0);
    QCOMPARE(findingKeys(r),
             (QStringList{QStringLiteral("cliche:team-player"), QStringLiteral("pitfalls[0]")}));
}

void TestPitfalls::builtinCliches_loadWithoutProblems_andEachStatesItsOwnText()
{
    QFile f(QStringLiteral(":/coach/cliches.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList problems;
    const QList<Cliche> list = readCliches(f.readAll(), QStringLiteral("cliches.json"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(list.size() >= 20);
    QCOMPARE(builtinCliches(), list);
    QSet<QString> ids;
    for (const QString &must : {QStringLiteral("team-player"), QStringLiteral("fast-learner"),
                                QStringLiteral("passionate"), QStringLiteral("perfectionist"),
                                QStringLiteral("work-too-hard"), QStringLiteral("outside-the-box")})
        ids.insert(must);
    for (const Cliche &c : list) {
        ids.remove(c.id);
        QVERIFY2(coaching::statesPitfall(c.pitfall.text, c.pitfall), qPrintable(c.id));
    }
    QVERIFY2(ids.isEmpty(), qPrintable(QStringList(ids.cbegin(), ids.cend()).join(u',')));
}

void TestPitfalls::readCliches_badEntries_areLeftOutWithTheirPaths()
{
    const QByteArray json = R"({"format": "mockloop-cliches", "cliches": [
        {"id": "ok", "text": "A team player.", "terms": ["team player"], "correction": "Show it."},
        {"id": "ok", "text": "Again.", "terms": ["again"], "correction": "x"},
        {"id": "bad", "text": "", "terms": ["x", ["--"]], "correction": "x", "tip": 1}
    ]})";
    QStringList problems;
    const QList<Cliche> list = readCliches(json, QStringLiteral("c.json"), &problems);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id, QStringLiteral("ok"));
    QCOMPARE(problems,
             (QStringList{QStringLiteral("c.json: cliches[1].id: expected a unique non-empty id"),
                          QStringLiteral("c.json: cliches[2].terms[1][0]: expected a term with a "
                                         "letter or a digit, found \"--\""),
                          QStringLiteral("c.json: cliches[2].text: expected a non-empty string"),
                          QStringLiteral("c.json: cliches[2].tip: unknown field; expected one of "
                                         "\"text\", \"terms\", \"correction\"")}));
}

void TestPitfalls::builtinQuestions_everyQuestionHasAPitfall()
{
    int questions = 0;
    for (const Pack &p : builtinPacks()) {
        for (const Question &q : p.questions) {
            ++questions;
            // Technical and system design: a real misconception; the people rounds: a cliché or
            // humble-brag of their own (the shared list applies to every answer as well).
            QVERIFY2(!q.pitfalls.isEmpty(), qPrintable(q.id));
            for (const Pitfall &pf : q.pitfalls) {
                QVERIFY2(!pf.text.trimmed().isEmpty() && !pf.correction.trimmed().isEmpty(),
                         qPrintable(q.id));
                QVERIFY2(!pf.terms.isEmpty(), qPrintable(q.id));
            }
        }
    }
    QVERIFY(questions >= 150);
}

void TestPitfalls::builtinPitfalls_eachIsStatedByItsOwnText()
{
    for (const Pack &p : builtinPacks()) {
        for (const Question &q : p.questions) {
            for (qsizetype i = 0; i < q.pitfalls.size(); ++i) {
                const Pitfall &pf = q.pitfalls.at(i);
                QVERIFY2(coaching::statesPitfall(pf.text, pf),
                         qPrintable(
                             QStringLiteral("%1 pitfalls[%2]: %3").arg(q.id).arg(i).arg(pf.text)));
                // Through the coach too: the claim as an answer is found, quoted whole.
                const CoachReport r = coach(q, plain(pf.text), 0, 0);
                const bool found = std::any_of(r.pitfalls.cbegin(), r.pitfalls.cend(),
                                               [&](const PitfallFinding &f) {
                                                   return f.pitfall == i && f.sentence == pf.text;
                                               });
                QVERIFY2(found, qPrintable(q.id));
            }
        }
    }
}

void TestPitfalls::builtinPitfalls_silentOnTheirOwnQuestionsOutlineAndKeyPoints()
{
    // The model outline and the key points are right answers: a pitfall that fires on them
    // would be a false alarm on the best possible answer.
    for (const Pack &p : builtinPacks()) {
        for (const Question &q : p.questions) {
            QStringList texts = {q.outline};
            for (const KeyPoint &kp : q.keyPoints)
                texts << kp.text;
            for (const QString &text : std::as_const(texts)) {
                for (qsizetype i = 0; i < q.pitfalls.size(); ++i) {
                    QVERIFY2(!coaching::statesPitfall(text, q.pitfalls.at(i)),
                             qPrintable(QStringLiteral("%1 pitfalls[%2] fires on: %3")
                                            .arg(q.id)
                                            .arg(i)
                                            .arg(text.left(300))));
                }
            }
        }
    }
}

void TestPitfalls::sampleAnswers_findExactlyTheExpectedPitfalls_precisionAndRecall()
{
    QFile f(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/pitfalls/answers.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QJsonArray answers =
        QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("answers")).toArray();
    QVERIFY(answers.size() >= 40);
    int expectedTotal = 0;
    int found = 0;
    int falseAlarms = 0;
    int missed = 0;
    QSet<QString> kinds;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QJsonObject a = answers.at(i).toObject();
        const QString id = a.value(QStringLiteral("question")).toString();
        const Question *q = builtinQuestion(id);
        QVERIFY2(q, qPrintable(id));
        kinds.insert(a.value(QStringLiteral("kind")).toString());
        const QStringList expected = strings(a.value(QStringLiteral("expected")));
        const QStringList misses = strings(a.value(QStringLiteral("coachMisses")));
        const QStringList alarms = strings(a.value(QStringLiteral("coachFalseAlarms")));
        const QStringList got = findingKeys(
            coach(*q, plain(a.value(QStringLiteral("answer")).toString()), 0, 0));
        // Exact: what a reader expects, minus the documented misses, plus the documented false
        // alarms.
        QStringList want;
        for (const QString &e : expected)
            if (!misses.contains(e))
                want << e;
        want << alarms;
        want.sort();
        QVERIFY2(got == want, qPrintable(QStringLiteral("answer %1 (%2): found [%3], documented [%4]")
                                             .arg(i)
                                             .arg(id, got.join(u','), want.join(u','))));
        expectedTotal += int(expected.size());
        for (const QString &e : expected)
            (got.contains(e) ? found : missed) += 1;
        for (const QString &g : got)
            falseAlarms += expected.contains(g) ? 0 : 1;
    }
    QVERIFY(kinds.contains(QStringLiteral("right")) && kinds.contains(QStringLiteral("wrong"))
            && kinds.contains(QStringLiteral("cliche")));
    qInfo("answers %lld, pitfalls expected %d, found %d, false alarms %d, missed %d",
          qlonglong(answers.size()), expectedTotal, found, falseAlarms, missed);
    // The figures in docs/coach.md ("Precision"): a change to the rule or the content that moves
    // them must update the table.
    QCOMPARE(int(answers.size()), 53);
    QCOMPARE(expectedTotal, 34);
    QCOMPARE(found, 33);
    QCOMPARE(falseAlarms, 2);
    QCOMPARE(missed, 1);
}

QTEST_GUILESS_MAIN(TestPitfalls)
#include "test_pitfalls.moc"
