// The built-in question bank: every pack loads, ids are unique, the counts and the content
// rules of docs/pack-format.md hold, and every seed question maps to questions that exist.
#include "questions/Question.h"
#include "BuiltinPacks.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <map>

using namespace mockloop;
using mockloop::test::builtinPacks;

namespace {

const QStringList kCompetencies = {
    QStringLiteral("ownership"),    QStringLiteral("teamwork"),
    QStringLiteral("conflict"),     QStringLiteral("failure"),
    QStringLiteral("learning"),     QStringLiteral("communication"),
    QStringLiteral("adaptability"), QStringLiteral("attention to detail"),
    QStringLiteral("leadership")};

} // namespace

class TestPacks : public QObject
{
    Q_OBJECT
private slots:
    void everyBuiltinPack_loadsWithoutProblems();
    void theFourPacks_areThere();
    void questionIds_areUniqueAcrossPacks();
    void counts_perKindAndInAll();
    void everyQuestion_followsTheContentRules();
    void seedCoverage_everyMappedIdExists();
};

void TestPacks::everyBuiltinPack_loadsWithoutProblems()
{
    const QDir dir(QStringLiteral(":/packs"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Pack pack;
        QStringList errors;
        QVERIFY2(parsePack(f.readAll(), name, &pack, &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY2(!pack.questions.isEmpty(), qPrintable(name));
    }
}

void TestPacks::theFourPacks_areThere()
{
    QSet<QString> ids;
    for (const Pack &p : builtinPacks())
        ids.insert(p.id);
    for (const char *id : {"backend", "intern", "senior", "sony"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void TestPacks::questionIds_areUniqueAcrossPacks()
{
    QSet<QString> ids;
    for (const Pack &p : builtinPacks()) {
        for (const Question &q : p.questions) {
            QVERIFY2(!ids.contains(q.id), qPrintable(q.id));
            ids.insert(q.id);
        }
        for (const ClosingEntry &c : p.closing) {
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids.insert(c.id);
        }
    }
}

void TestPacks::counts_perKindAndInAll()
{
    std::map<RoundKind, int> perKind;
    int total = 0;
    int closing = 0;
    for (const Pack &p : builtinPacks()) {
        for (const Question &q : p.questions) {
            ++perKind[q.kind];
            ++total;
        }
        closing += int(p.closing.size());
    }
    for (RoundKind kind : kAllRoundKinds)
        QVERIFY2(perKind[kind] >= 15,
                 qPrintable(QStringLiteral("%1: %2").arg(toKey(kind)).arg(perKind[kind])));
    QVERIFY2(total >= 150, qPrintable(QString::number(total)));
    QVERIFY2(closing >= 10, qPrintable(QString::number(closing)));
}

void TestPacks::everyQuestion_followsTheContentRules()
{
    const QStringList difficulties = {QStringLiteral("intern"), QStringLiteral("junior"),
                                      QStringLiteral("mid"), QStringLiteral("senior")};
    for (const Pack &p : builtinPacks()) {
        for (const Question &q : p.questions) {
            const QByteArray idBytes = q.id.toUtf8();
            const char *id = idBytes.constData();
            QVERIFY2(difficulties.contains(q.difficulty), id);
            QVERIFY2(!q.tracks.isEmpty(), id);
            QVERIFY2(!q.tags.isEmpty(), id);
            QVERIFY2(!q.guidance.trimmed().isEmpty(), id);
            QVERIFY2(!q.outline.trimmed().isEmpty(), id);
            QVERIFY2(q.keyPoints.size() >= 3 && q.keyPoints.size() <= 8, id);
            for (const KeyPoint &kp : q.keyPoints) {
                QVERIFY2(!kp.text.trimmed().isEmpty(), id);
                QVERIFY2(!kp.terms.isEmpty(),
                         (idBytes + " has a key point without match terms").constData());
                for (const QString &term : kp.terms)
                    QVERIFY2(!term.trimmed().isEmpty(), id);
            }
            QVERIFY2(q.followUps.size() <= 3, id);
            QVERIFY2(q.prepSeconds >= 0 && q.answerSeconds > 0, id);
            // Competencies belong to the people rounds: behavioral, cultural fit, project.
            if (q.kind != RoundKind::Technical && q.kind != RoundKind::SystemDesign) {
                QVERIFY2(!q.competencies.isEmpty() && q.competencies.size() <= 3, id);
                for (const QString &c : q.competencies)
                    QVERIFY2(kCompetencies.contains(c), (idBytes + ' ' + c.toUtf8()).constData());
            } else {
                QVERIFY2(q.competencies.isEmpty(), id);
            }
        }
        for (const ClosingEntry &c : p.closing) {
            QVERIFY2(!c.text.trimmed().isEmpty(), qPrintable(c.id));
            QVERIFY2(!c.why.trimmed().isEmpty(), qPrintable(c.id));
        }
    }
}

void TestPacks::seedCoverage_everyMappedIdExists()
{
    QSet<QString> ids;
    for (const Pack &p : builtinPacks()) {
        for (const Question &q : p.questions)
            ids.insert(q.id);
        for (const ClosingEntry &c : p.closing)
            ids.insert(c.id);
    }
    QFile f(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/seed_coverage.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QJsonParseError pe;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    const QJsonArray entries = root.value(QStringLiteral("questions")).toArray();
    QVERIFY(entries.size() >= 60);
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QString quote = e.value(QStringLiteral("quote")).toString();
        QVERIFY2(!quote.trimmed().isEmpty(), "an entry without its quoted seed question");
        const QJsonArray mapped = e.value(QStringLiteral("ids")).toArray();
        QVERIFY2(!mapped.isEmpty(), qPrintable(quote + QStringLiteral(": no bank question")));
        for (const QJsonValue &id : mapped)
            QVERIFY2(ids.contains(id.toString()),
                     qPrintable(quote + QStringLiteral(" -> missing id ") + id.toString()));
    }
}

QTEST_GUILESS_MAIN(TestPacks)
#include "test_packs.moc"
