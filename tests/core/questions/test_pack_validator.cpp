// The pack validator and its JSON position index: every malformed file in
// tests/data/malformed/ gives exactly the messages in its .expected sibling, the built-in packs
// read the same as through QJsonDocument, and hostile input (deep nesting, limits, bad bytes)
// ends in a message, never a crash or a hang.
#include "questions/JsonIndex.h"
#include "questions/PackExport.h"
#include "questions/PackValidator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(mockloop::Pack)

using namespace mockloop;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString malformedDir()
{
    return QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/malformed");
}

} // namespace

class TestPackValidator : public QObject
{
    Q_OBJECT
private slots:
    void malformedPack_reportsTheExpectedMessages_data();
    void malformedPack_reportsTheExpectedMessages();
    void malformedCorpus_hasAtLeastThirtyFiles();
    void builtinPacks_readTheSameAsQJsonDocument();
    void positions_countCharactersNotBytes();
    void missingField_pointsAtItsObject();
    void duplicateKey_firstWinsAndBothPlacesAreNamed();
    void keysWithDots_areQuotedInPaths();
    void deepNesting_stopsAtTheLimitQuickly();
    void limits_refuseTooManyValuesAndTooManyBytes();
    void everyPrefixOfAPack_endsInAMessage();
    void readFile_refusesAFileOverTheLimitBeforeReading();
    void checkPack_findsWhatValidateFindsInTheSamePackAsJson_data();
    void checkPack_findsWhatValidateFindsInTheSamePackAsJson();
};

void TestPackValidator::malformedPack_reportsTheExpectedMessages_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(malformedDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << name;
}

void TestPackValidator::malformedPack_reportsTheExpectedMessages()
{
    QFETCH(QString, file);
    const QByteArray bytes = readAll(malformedDir() + QLatin1Char('/') + file);
    Pack pack;
    QStringList errors;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!parsePack(bytes, file, &pack, &errors));
    QVERIFY2(timer.elapsed() < 5000, "a malformed pack took too long");
    QVERIFY(!errors.isEmpty());
    const QString expectedPath = malformedDir() + QLatin1Char('/')
                                 + QFileInfo(file).completeBaseName() + QStringLiteral(".expected");
    const QString actual = errors.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (qEnvironmentVariableIsSet("MOCKLOOP_WRITE_EXPECTED")) {
        // Writes the current messages for a new file; read each one before committing it.
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
    }
    QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath + QStringLiteral(" is missing")));
    QCOMPARE(actual, QString::fromUtf8(readAll(expectedPath)));
}

void TestPackValidator::malformedCorpus_hasAtLeastThirtyFiles()
{
    const QDir dir(malformedDir());
    QVERIFY(dir.entryList({QStringLiteral("*.json")}, QDir::Files).size() >= 30);
    QCOMPARE(dir.entryList({QStringLiteral("*.expected")}, QDir::Files).size(),
             dir.entryList({QStringLiteral("*.json")}, QDir::Files).size());
}

void TestPackValidator::builtinPacks_readTheSameAsQJsonDocument()
{
    const QDir dir(QStringLiteral(":/packs"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names) {
        const QByteArray bytes = readAll(dir.filePath(name));
        JsonIndex index;
        QVERIFY2(index.parse(bytes), qPrintable(name));
        QCOMPARE(index.root(), QJsonValue(QJsonDocument::fromJson(bytes).object()));
        QVERIFY(index.contains(QStringLiteral("questions[0].keyPoints[0].terms[0]")));
    }
}

void TestPackValidator::positions_countCharactersNotBytes()
{
    JsonIndex index;
    QVERIFY(index.parse(QByteArrayLiteral("{\n  \"é\": \"äöü\", \"b\": [1,\n   true]}")));
    QCOMPARE(index.position(QStringLiteral("é")), (JsonPosition{2, 8}));
    QCOMPARE(index.position(QStringLiteral("b")), (JsonPosition{2, 20}));
    QCOMPARE(index.position(QStringLiteral("b[1]")), (JsonPosition{3, 4}));
    QCOMPARE(index.position(QString()), (JsonPosition{1, 1}));
}

void TestPackValidator::missingField_pointsAtItsObject()
{
    const QByteArray bytes = "{\"format\": \"mockloop-pack\", \"formatVersion\": 1, \"id\": \"p\",\n"
                             "\"name\": \"P\", \"version\": 1, \"questions\": [\n"
                             "  {\"id\": \"q\", \"kind\": \"technical\"}]}";
    PackValidator v(QStringLiteral("p.json"));
    Pack pack;
    QVERIFY(!v.validate(bytes, &pack));
    QCOMPARE(v.messages(),
             QStringList{QStringLiteral(
                 "p.json:3:3: questions[0].text: missing; expected a non-empty string")});
}

void TestPackValidator::duplicateKey_firstWinsAndBothPlacesAreNamed()
{
    JsonIndex index;
    QVERIFY(!index.parse(QByteArrayLiteral("{\"a\": 1,\n \"a\": 2}")));
    QVERIFY(index.syntaxOk());
    QCOMPARE(index.root().toObject().value(QStringLiteral("a")).toInt(), 1);
    QCOMPARE(index.problems().size(), 1);
    QCOMPARE(index.problems().first().at, (JsonPosition{2, 2}));
    QCOMPARE(index.problems().first().message,
             QStringLiteral("duplicate key \"a\" (first at line 1, column 7)"));
}

void TestPackValidator::keysWithDots_areQuotedInPaths()
{
    JsonIndex index;
    QVERIFY(index.parse(QByteArrayLiteral("{\"a.b\": {\"c\": [0]}}")));
    QVERIFY(index.contains(QStringLiteral("[\"a.b\"].c[0]")));
    // A missing field under a quoted key still finds its object.
    QCOMPARE(index.position(QStringLiteral("[\"a.b\"].missing")), (JsonPosition{1, 9}));
}

void TestPackValidator::deepNesting_stopsAtTheLimitQuickly()
{
    QByteArray bytes(2'000'000, '[');
    QElapsedTimer timer;
    timer.start();
    JsonIndex index;
    QVERIFY(!index.parse(bytes));
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(index.problems().size(), 1);
    QCOMPARE(index.problems().first().message, QStringLiteral("nested deeper than 64 levels"));
    QCOMPARE(index.problems().first().at, (JsonPosition{1, 65}));
}

void TestPackValidator::limits_refuseTooManyValuesAndTooManyBytes()
{
    JsonIndex::Limits limits;
    limits.maxValues = 10;
    JsonIndex index;
    QVERIFY(!index.parse(QByteArrayLiteral("[1,2,3,4,5,6,7,8,9,10,11]"), limits));
    QCOMPARE(index.problems().first().message, QStringLiteral("more than 10 values"));
    limits = {};
    limits.maxBytes = 4;
    QVERIFY(!index.parse(QByteArrayLiteral("[1, 2]"), limits));
    QVERIFY(index.problems().first().message.startsWith(QStringLiteral("the file is larger than")));
}

void TestPackValidator::everyPrefixOfAPack_endsInAMessage()
{
    // Cut a real pack at every byte of its first 3 KiB: each cut is refused with a position.
    const QByteArray whole = readAll(QStringLiteral(":/packs/intern.json"));
    QVERIFY(whole.size() > 3000);
    for (qsizetype n = 0; n < 3000; ++n) {
        PackValidator v(QStringLiteral("cut.json"));
        Pack pack;
        QVERIFY(!v.validate(whole.left(n), &pack));
        QVERIFY(!v.problems().isEmpty());
        QVERIFY(v.messages().first().startsWith(QStringLiteral("cut.json:")));
    }
}

void TestPackValidator::readFile_refusesAFileOverTheLimitBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(JsonIndex::Limits{}.maxBytes + 1)); // sparse: no disk used
    f.close();
    QByteArray bytes;
    QString error;
    QVERIFY(!PackValidator::readFile(path, &bytes, &error));
    QVERIFY(bytes.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("larger than 32 MiB")), qPrintable(error));
    QVERIFY(!PackValidator::readFile(dir.filePath(QStringLiteral("missing.json")), &bytes, &error));
}

// A Markdown or CSV list is checked in memory (checkPack) instead of being written as JSON and
// read back: the two must find the same problems at the same paths.
void TestPackValidator::checkPack_findsWhatValidateFindsInTheSamePackAsJson_data()
{
    QTest::addColumn<Pack>("pack");
    QTest::addColumn<int>("expectedProblems");
    auto base = [] {
        Pack p;
        p.id = QStringLiteral("mine");
        p.name = QStringLiteral("Mine");
        p.version = 1;
        for (int i = 0; i < 3; ++i) {
            Question q;
            q.id = QStringLiteral("mine.q%1").arg(i);
            q.text = QStringLiteral("Question %1?").arg(i);
            q.packId = p.id;
            p.questions.append(q);
        }
        return p;
    };
    QTest::newRow("valid") << base() << 0;
    Pack p = base();
    p.id = QStringLiteral("has space");
    QTest::newRow("pack id") << p << 1;
    p = base();
    p.name = QStringLiteral("  ");
    QTest::newRow("empty name") << p << 1;
    p = base();
    p.questions[2].id = p.questions[0].id;
    QTest::newRow("id twice") << p << 1;
    p = base();
    p.questions[1].followUps = {QStringLiteral("ok"), QStringLiteral("a\u0000b")};
    QTest::newRow("NUL in a follow-up") << p << 1;
    p = base();
    p.questions[0].guidance = QString(PackValidator::kMaxLongText + 1, QLatin1Char('g'));
    p.questions[1].tags = {QString(PackValidator::kMaxTextLength + 5, QLatin1Char('t'))};
    QTest::newRow("too long") << p << 2;
    p = base();
    p.questions[0].difficulty = QStringLiteral("extreme");
    p.questions[1].prepSeconds = 4000;
    p.questions[2].keyPoints = {{QString(), {QStringLiteral("term")}}};
    QTest::newRow("values") << p << 3;
    p = base();
    p.questions.clear();
    QTest::newRow("no questions") << p << 1;
}

void TestPackValidator::checkPack_findsWhatValidateFindsInTheSamePackAsJson()
{
    QFETCH(Pack, pack);
    QFETCH(int, expectedProblems);
    auto listed = [](const QList<PackProblem> &problems) {
        QStringList out;
        for (const PackProblem &p : problems)
            out << p.path + QStringLiteral(": ") + p.message;
        out.sort();
        return out;
    };
    PackValidator validator(QStringLiteral("mine.json"));
    Pack read;
    validator.validate(packToJson(pack), &read);
    const QStringList fromJson = listed(validator.problems());
    const QStringList inMemory = listed(PackValidator::checkPack(pack));
    QCOMPARE(inMemory, fromJson);
    QCOMPARE(inMemory.size(), expectedProblems);
}

QTEST_GUILESS_MAIN(TestPackValidator)
#include "test_pack_validator.moc"
