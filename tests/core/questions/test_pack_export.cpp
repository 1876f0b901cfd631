// Export: a pack as JSON reads back through the validator to the same pack, and any question
// list as Markdown reads back through the Markdown importer to the same questions.
#include "questions/KindGuess.h"
#include "questions/MarkdownQuestions.h"
#include "questions/PackExport.h"
#include "questions/PackValidator.h"
#include "BuiltinPacks.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace mockloop;
using mockloop::test::builtinPacks;

namespace {

void compareRoundTrip(const QList<Question> &questions)
{
    const QString md = questionsToMarkdown(QStringLiteral("Round trip"), questions);
    const MarkdownQuestions back = readMarkdownQuestions(md);
    QCOMPARE(back.title, QStringLiteral("Round trip"));
    QCOMPARE(back.questions.size(), questions.size());
    // The export groups by kind in the usual order; compare kind by kind.
    qsizetype n = 0;
    for (RoundKind kind : kAllRoundKinds) {
        for (const Question &q : questions) {
            if (q.kind != kind)
                continue;
            const MarkdownQuestion &m = back.questions.at(n++);
            QCOMPARE(m.text, q.text.simplified());
            QCOMPARE(m.followUps.size(), q.followUps.size());
            for (qsizetype i = 0; i < q.followUps.size(); ++i)
                QCOMPARE(m.followUps.at(i), q.followUps.at(i).simplified());
            QCOMPARE(guessRoundKind(m.category, {}).kind, kind);
        }
    }
}

} // namespace

class TestPackExport : public QObject
{
    Q_OBJECT
private slots:
    void builtinPacks_roundTripThroughJson();
    void builtinQuestions_roundTripThroughMarkdown();
    void awkwardTexts_roundTripThroughMarkdown();
    void exportedJson_leavesOutEmptyOptionalFields();
};

void TestPackExport::builtinPacks_roundTripThroughJson()
{
    const QList<Pack> packs = builtinPacks();
    QCOMPARE(packs.size(), 4);
    for (const Pack &pack : packs) {
        PackValidator v(pack.id + QStringLiteral(".json"));
        Pack back;
        QVERIFY2(v.validate(packToJson(pack), &back),
                 qPrintable(v.messages().join(QLatin1Char('\n'))));
        QCOMPARE(back.id, pack.id);
        QCOMPARE(back.name, pack.name);
        QCOMPARE(back.version, pack.version);
        QCOMPARE(back.questions, pack.questions);
        QCOMPARE(back.closing, pack.closing);
    }
}

void TestPackExport::builtinQuestions_roundTripThroughMarkdown()
{
    QList<Question> all;
    for (const Pack &pack : builtinPacks())
        all += pack.questions;
    QVERIFY(all.size() > 100);
    compareRoundTrip(all);
}

void TestPackExport::awkwardTexts_roundTripThroughMarkdown()
{
    auto q = [](RoundKind kind, const QString &text, const QStringList &followUps = {}) {
        Question out;
        out.kind = kind;
        out.text = text;
        out.followUps = followUps;
        out.guidance = QStringLiteral("- What to say first?\n- keep it short");
        return out;
    };
    compareRoundTrip({
        q(RoundKind::Technical, QStringLiteral("What does `git rebase -i` do to *history*?")),
        q(RoundKind::Technical, QStringLiteral("Reverse a linked list in place."),
          {QStringLiteral("Now recursively.")}),
        q(RoundKind::Project,
          QStringLiteral("Q3. Which of your projects used [brackets] and <tags>?")),
        q(RoundKind::SystemDesign, QStringLiteral("# of shards: how do you pick it?")),
        q(RoundKind::Behavioral, QStringLiteral("A time you were wrong \\ and said so")),
        q(RoundKind::CulturalFit, QStringLiteral("Why us?")),
    });
}

void TestPackExport::exportedJson_leavesOutEmptyOptionalFields()
{
    Pack pack;
    pack.id = QStringLiteral("mine");
    pack.name = QStringLiteral("Mine");
    Question q;
    q.id = QStringLiteral("mine.q");
    q.text = QStringLiteral("What is a B-tree?");
    pack.questions = {q};
    const QByteArray json = packToJson(pack);
    QVERIFY(!json.contains("\"guidance\""));
    QVERIFY(!json.contains("\"pack\""));
    QVERIFY(!json.contains("\"closing\""));
    QVERIFY(json.contains("\"formatVersion\": 1"));
}

QTEST_GUILESS_MAIN(TestPackExport)
#include "test_pack_export.moc"
