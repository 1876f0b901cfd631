// Pitfalls in the pack format (docs/pack-format.md): kept through Question::toJson/fromJson (the
// stored snapshot), exported and read back exactly, written as format 2 only when a pack has
// them, checked in memory with the same paths, and stored in the database with the question.
#include "bank/QuestionBank.h"
#include "questions/PackExport.h"
#include "questions/PackValidator.h"
#include "questions/Question.h"
#include "BuiltinPacks.h"
#include "TempDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mockloop;
using mockloop::test::builtinPacks;

namespace {

Question questionWithPitfalls()
{
    Question q;
    q.id = QStringLiteral("mine.index");
    q.text = QStringLiteral("What is an index?");
    q.pitfalls = {{QStringLiteral("Indexes make writes faster."),
                   {{QStringLiteral("index")},
                    {QStringLiteral("writes faster"), QStringLiteral("speed up writes")}},
                   QStringLiteral("Every index must be updated on each write.")},
                  {QStringLiteral("A B-tree is a binary tree."),
                   {{QStringLiteral("b-tree is a binary")}},
                   QStringLiteral("Each node has many children.")}};
    return q;
}

Pack packOf(const QList<Question> &questions)
{
    Pack p;
    p.id = QStringLiteral("mine");
    p.name = QStringLiteral("Mine");
    p.version = 3;
    p.questions = questions;
    for (Question &q : p.questions)
        q.packId = p.id;
    return p;
}

bool readBack(const QByteArray &json, Pack *pack, QStringList *errors)
{
    return parsePack(json, QStringLiteral("mine.json"), pack, errors);
}

} // namespace

class TestPackPitfalls : public QObject
{
    Q_OBJECT
private slots:
    void toJsonAndFromJson_keepEveryPitfall();
    void export_withPitfalls_isFormat2AndReadsBackExactly();
    void export_withoutPitfalls_staysFormat1();
    void builtinPacks_exportAndReadBack_areExactlyTheSame();
    void checkQuestion_badPitfall_namesThePathsFromTheQuestion();
    void checkPack_findsWhatValidateFindsInPitfalls();
    void fieldDisplayName_namesPitfallParts();
    void database_storesAndReturnsPitfalls();
};

void TestPackPitfalls::toJsonAndFromJson_keepEveryPitfall()
{
    const Question q = questionWithPitfalls();
    const QJsonObject o = q.toJson();
    // One alternative is a plain string, several an array.
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QVERIFY2(json.contains(R"("terms":["index",["writes faster","speed up writes"]])"),
             json.constData());
    QCOMPARE(Question::fromJson(o), q);
    Question none = q;
    none.pitfalls.clear();
    QVERIFY(!none.toJson().contains(QStringLiteral("pitfalls")));
    QCOMPARE(Question::fromJson(none.toJson()), none);
}

void TestPackPitfalls::export_withPitfalls_isFormat2AndReadsBackExactly()
{
    const Pack pack = packOf({questionWithPitfalls()});
    const QByteArray json = packToJson(pack);
    QVERIFY(json.contains("\"formatVersion\": 2"));
    Pack read;
    QStringList errors;
    QVERIFY2(readBack(json, &read, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.questions, pack.questions);
    QCOMPARE(packToJson(read), json);
}

void TestPackPitfalls::export_withoutPitfalls_staysFormat1()
{
    Question q = questionWithPitfalls();
    q.pitfalls.clear();
    const QByteArray json = packToJson(packOf({q}));
    QVERIFY(json.contains("\"formatVersion\": 1"));
    QVERIFY(!json.contains("pitfalls"));
}

void TestPackPitfalls::builtinPacks_exportAndReadBack_areExactlyTheSame()
{
    const QList<Pack> packs = builtinPacks();
    QCOMPARE(packs.size(), 4);
    int pitfalls = 0;
    for (const Pack &pack : packs) {
        const QByteArray json = packToJson(pack);
        Pack read;
        QStringList errors;
        QVERIFY2(readBack(json, &read, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(read.id, pack.id);
        QCOMPARE(read.version, pack.version);
        QCOMPARE(read.closing, pack.closing);
        QCOMPARE(read.questions.size(), pack.questions.size());
        for (qsizetype i = 0; i < pack.questions.size(); ++i) {
            QCOMPARE(read.questions.at(i).pitfalls, pack.questions.at(i).pitfalls);
            pitfalls += int(read.questions.at(i).pitfalls.size());
        }
        QCOMPARE(read.questions, pack.questions);
        QCOMPARE(packToJson(read), json);
    }
    QVERIFY(pitfalls >= 155);
}

void TestPackPitfalls::checkQuestion_badPitfall_namesThePathsFromTheQuestion()
{
    Question q = questionWithPitfalls();
    q.pitfalls[1].terms = {{QStringLiteral("b-tree")}, {QStringLiteral("--"), QString()}};
    q.pitfalls[1].correction.clear();
    QStringList found;
    for (const PackProblem &p : PackValidator::checkQuestion(q))
        found << p.path + QStringLiteral(": ") + p.message;
    QCOMPARE(found,
             (QStringList{QStringLiteral("pitfalls[1].terms[1][0]: expected a term with a letter or "
                                         "a digit, found \"--\""),
                          QStringLiteral("pitfalls[1].terms[1][1]: expected a non-empty string"),
                          QStringLiteral("pitfalls[1].correction: expected a non-empty string")}));
}

void TestPackPitfalls::checkPack_findsWhatValidateFindsInPitfalls()
{
    Question q = questionWithPitfalls();
    q.pitfalls[0].text = QStringLiteral(" ");
    q.pitfalls[0].terms.append(QStringList{});
    Pack pack = packOf({q});
    auto listed = [](const QList<PackProblem> &problems) {
        QStringList out;
        for (const PackProblem &p : problems)
            out << p.path + QStringLiteral(": ") + p.message;
        out.sort();
        return out;
    };
    PackValidator validator(QStringLiteral("mine.json"));
    Pack read;
    QVERIFY(!validator.validate(packToJson(pack), &read));
    const QStringList inMemory = listed(PackValidator::checkPack(pack));
    QCOMPARE(inMemory, listed(validator.problems()));
    QCOMPARE(inMemory,
             (QStringList{QStringLiteral("questions[0].pitfalls[0].terms[2]: expected at least "
                                         "one alternative"),
                          QStringLiteral(
                              "questions[0].pitfalls[0].text: expected a non-empty string")}));
}

void TestPackPitfalls::fieldDisplayName_namesPitfallParts()
{
    QCOMPARE(PackValidator::fieldDisplayName(QStringLiteral("pitfalls[1].terms[0]")),
             QStringLiteral("pitfall 2, match term 1"));
    QCOMPARE(PackValidator::fieldDisplayName(QStringLiteral("pitfalls[0].correction")),
             QStringLiteral("pitfall 1, correction"));
}

void TestPackPitfalls::database_storesAndReturnsPitfalls()
{
    test::TempDatabase t;
    QString error;
    QVERIFY2(t.open(&error), qPrintable(error));
    QuestionBank bank(t.db);
    // Built in: installed with the packs.
    const auto stored = bank.question(QStringLiteral("tech.database-indexes"));
    QVERIFY(stored);
    QVERIFY(stored->pitfalls.size() >= 2);
    for (const Pack &p : builtinPacks())
        for (const Question &q : p.questions)
            if (q.id == stored->id)
                QCOMPARE(stored->pitfalls, q.pitfalls);
    // An own question keeps its pitfalls, and so does its copy.
    QString id;
    Question own = questionWithPitfalls();
    own.id.clear();
    QVERIFY2(bank.saveOwnQuestion(own, &id, &error), qPrintable(error));
    QCOMPARE(bank.question(id)->pitfalls, own.pitfalls);
    QString copyId;
    QVERIFY2(bank.copyToOwnPack(stored->id, &copyId, &error), qPrintable(error));
    QCOMPARE(bank.question(copyId)->pitfalls, stored->pitfalls);
}

QTEST_GUILESS_MAIN(TestPackPitfalls)
#include "test_pack_pitfalls.moc"
