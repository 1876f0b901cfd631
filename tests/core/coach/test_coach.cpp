// The coach: the sample answers in tests/data/coach/ produce exactly the hints and the covered
// key points they expect; the tokenizer, stemmer and term matcher follow docs/coach.md; the
// report is the same every time for the same input.
#include "coach/Coach.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace mockloop;

namespace {

QString dataDir()
{
    return QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/coach");
}

QStringList sampleFiles()
{
    return QDir(dataDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

struct Sample
{
    Question question;
    QList<AnswerField> answer;
    qint64 usedMs = 0;
    qint64 limitMs = 0;
    QStringList expectedHints;
    QList<int> expectedCovered;
};

bool loadSample(const QString &name, Sample *sample, QString *error)
{
    QFile f(QDir(dataDir()).filePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + f.fileName();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = name + QStringLiteral(": not a JSON object: ") + parseError.errorString();
        return false;
    }
    const QJsonObject o = doc.object();
    for (const char *key : {"question", "answer", "answerUsedMs", "answerLimitMs", "expectedHints",
                            "expectedCovered"}) {
        if (!o.contains(QLatin1String(key))) {
            *error = name + QStringLiteral(": missing ") + QLatin1String(key);
            return false;
        }
    }
    sample->question = Question::fromJson(o.value(QStringLiteral("question")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("answer")).toArray()) {
        const QJsonObject field = v.toObject();
        sample->answer.append({field.value(QStringLiteral("name")).toString(),
                               field.value(QStringLiteral("value")).toString()});
    }
    sample->usedMs = o.value(QStringLiteral("answerUsedMs")).toInteger();
    sample->limitMs = o.value(QStringLiteral("answerLimitMs")).toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("expectedHints")).toArray())
        sample->expectedHints.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("expectedCovered")).toArray())
        sample->expectedCovered.append(v.toInt());
    return true;
}

QList<int> coveredIndices(const CoachReport &report)
{
    QList<int> out;
    for (qsizetype i = 0; i < report.keyPointsCovered.size(); ++i) {
        if (report.keyPointsCovered.at(i))
            out.append(int(i));
    }
    return out;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QList<AnswerField> star(const QString &s, const QString &t, const QString &a, const QString &r)
{
    return {{QStringLiteral("situation"), s},
            {QStringLiteral("task"), t},
            {QStringLiteral("action"), a},
            {QStringLiteral("result"), r}};
}

QList<AnswerField> plain(const QString &text)
{
    return {{QStringLiteral("answer"), text}};
}

Question questionWith(RoundKind kind, const QList<KeyPoint> &keyPoints)
{
    Question q;
    q.id = QStringLiteral("test.question");
    q.kind = kind;
    q.text = QStringLiteral("A question for the test.");
    q.keyPoints = keyPoints;
    return q;
}

const Hint *findHint(const CoachReport &report, const QString &code)
{
    for (const Hint &h : report.hints) {
        if (h.code == code)
            return &h;
    }
    return nullptr;
}

QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCoach : public QObject
{
    Q_OBJECT
private slots:
    // The sample answers.
    void samples_atLeastTwentyAndAllLoad();
    void sample_matchesItsExpectedHintsAndCoverage_data();
    void sample_matchesItsExpectedHintsAndCoverage();
    void sample_coachedTwice_givesIdenticalReports_data();
    void sample_coachedTwice_givesIdenticalReports();

    // The text rules.
    void words_keepsTechnicalTokensWhole_data();
    void words_keepsTechnicalTokensWhole();
    void stem_reducesInflections_data();
    void stem_reducesInflections();
    void stem_meetsAtTheSameForm_data();
    void stem_meetsAtTheSameForm();
    void matchUnits_splitsHyphensSlashesUnderscores();
    void mentions_followsTheMatchingRules_data();
    void mentions_followsTheMatchingRules();
    void keyPointTerm_doesNotMatchAcrossFields();
    void pastActionKeyPoint_notTickedWhereTheAnswerSaysItWasNotDone_data();
    void pastActionKeyPoint_notTickedWhereTheAnswerSaysItWasNotDone();
    void result_numbersInWords_countAsQuantified_data();
    void result_numbersInWords_countAsQuantified();

    // The report's counts and the hints' details.
    void counts_wordsPerFieldPronounsFillersAndPace();
    void fillers_kindOfAfterADeterminer_isNotCounted();
    void missingPart_namesThePartInFieldAndMessage();
    void actionNotLargest_namesTheLargestPartAndCounts();
    void weOverI_messageSaysTheCounts();
    void weOverI_belowFortyWords_isNotHinted();
    void filler_messageListsTheTopThreeWithCounts();
    void filler_atExactlyThreePerHundred_isNotHinted();
    void shortForTime_and_endedEarly_neverBothFire();
    void noAnswerTime_givesNoLengthHintsAndZeroPace();
    void storyAnsweredInOneField_skipsStarRules();
    void questionWithoutKeyPoints_neverHintsCoverage();
    void coverageAtExactlySixtyPercent_isNotHinted();
    void everyHint_hasAMessageAndAStableCode();
};

void TestCoach::samples_atLeastTwentyAndAllLoad()
{
    const QStringList files = sampleFiles();
    QVERIFY2(files.size() >= 20, qPrintable(QString::number(files.size())));
    for (const QString &name : files) {
        Sample s;
        QString error;
        QVERIFY2(loadSample(name, &s, &error), qPrintable(error));
        QVERIFY2(!s.question.id.isEmpty(), qPrintable(name));
        for (int i : std::as_const(s.expectedCovered))
            QVERIFY2(i >= 0 && i < s.question.keyPoints.size(), qPrintable(name));
    }
}

void TestCoach::sample_matchesItsExpectedHintsAndCoverage_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = sampleFiles();
    // An empty data table aborts QtTest; one empty row fails cleanly instead.
    if (files.isEmpty())
        QTest::newRow("no samples found") << QString();
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << name;
}

void TestCoach::sample_matchesItsExpectedHintsAndCoverage()
{
    QFETCH(QString, file);
    Sample s;
    QString error;
    QVERIFY2(loadSample(file, &s, &error), qPrintable(error));
    const CoachReport report = coach(s.question, s.answer, s.usedMs, s.limitMs);
    // Hint codes as a multiset: two missing STAR parts are two hints.
    QCOMPARE(sorted(report.hintCodes()), sorted(s.expectedHints));
    QCOMPARE(coveredIndices(report), s.expectedCovered);
    QCOMPARE(report.keyPointsCovered.size(), s.question.keyPoints.size());
}

void TestCoach::sample_coachedTwice_givesIdenticalReports_data()
{
    sample_matchesItsExpectedHintsAndCoverage_data();
}

void TestCoach::sample_coachedTwice_givesIdenticalReports()
{
    QFETCH(QString, file);
    Sample s;
    QString error;
    QVERIFY2(loadSample(file, &s, &error), qPrintable(error));
    const CoachReport first = coach(s.question, s.answer, s.usedMs, s.limitMs);
    const CoachReport second = coach(s.question, s.answer, s.usedMs, s.limitMs);
    QVERIFY(first == second);
    // A fresh copy of every input, too: nothing is cached between calls.
    Sample again;
    QVERIFY(loadSample(file, &again, &error));
    QVERIFY(coach(again.question, again.answer, again.usedMs, again.limitMs) == first);
}

void TestCoach::words_keepsTechnicalTokensWhole_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("c++ and n+1") << QStringLiteral("Use C++, avoid N+1!")
                                 << split("use c++ avoid n+1");
    // A lone '+' is no word; matchUnits() keeps it so "n + 1" still matches "n+1".
    QTest::newRow("n + 1 with spaces")
        << QStringLiteral("the N + 1 problem") << split("the n 1 problem");
    QTest::newRow("n+ 1 and n +1") << QStringLiteral("n+ 1 or n +1") << split("n+ 1 or n +1");
    QTest::newRow("c# and f#") << QStringLiteral("C# or F#.") << split("c# or f#");
    QTest::newRow("hyphen, slash, underscore")
        << QStringLiteral("key-value CI/CD select_related I/O-bound")
        << split("key-value ci/cd select_related i/o-bound");
    QTest::newRow("dots inside, not at the end")
        << QStringLiteral("Node.js runs on V8. See e.g. levels.fyi.")
        << split("node.js runs on v8 see e.g levels.fyi");
    QTest::newRow("apostrophes, curly too")
        << QStringLiteral("don\u2019t; the team's 'quoted' users'")
        << split("don't the team's quoted users");
    QTest::newRow("unicode hyphen") << QStringLiteral("key\u2011value") << split("key-value");
    QTest::newRow("numbers") << QStringLiteral("p99 of 401s, 1,000 rows, 30% and 2.5x")
                             << split("p99 of 401s 1,000 rows 30 and 2.5x");
    QTest::newRow("comma between words splits")
        << QStringLiteral("cache,queue") << split("cache queue");
    QTest::newRow("symbols only are no words") << QStringLiteral("-- + / ... & #") << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("r&d and o(log n)") << QStringLiteral("R&D: O(log n)") << split("r&d o log n");
}

void TestCoach::words_keepsTechnicalTokensWhole()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(coaching::words(text), words);
}

void TestCoach::stem_reducesInflections_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    auto row = [](const char *word, const char *stem) {
        QTest::newRow(word) << QString::fromUtf8(word) << QString::fromUtf8(stem);
    };
    // Plurals.
    row("transactions", "transaction");
    row("queries", "query");
    row("indexes", "index");
    row("indices", "index");
    row("classes", "class");
    row("keys", "key");
    // Words that only look plural stay.
    row("status", "status");
    row("analysis", "analysis");
    row("class", "class");
    row("this", "this");
    row("has", "has");
    row("its", "its");
    // Past and progressive.
    row("queried", "query");
    row("cached", "cach");
    row("caching", "cach");
    row("logging", "log");
    row("shipped", "ship");
    row("indexed", "index");
    row("sharding", "shard");
    row("speed", "speed");
    row("need", "need");
    row("string", "str");
    row("thing", "thing");
    row("used", "used");
    // -er and -ly need a four-letter stem.
    row("faster", "fast");
    row("workers", "work");
    row("user", "user");
    row("layer", "layer");
    row("quickly", "quick");
    row("apply", "apply");
    row("only", "only");
    // -es after x, ch, sh, ss.
    row("boxes", "box");
    row("batches", "batch");
    row("pushes", "push");
    // Final e: dropped from words of five letters or more, kept by four-letter words, and
    // given back to a short consonant-vowel-consonant stem.
    row("cache", "cach");
    row("scale", "scal");
    row("use", "use");
    row("code", "code");
    row("coding", "code");
    row("noted", "note");
    row("notes", "note");
    row("not", "not");
    row("typed", "type");
    row("hopped", "hop");
    row("fixed", "fix");
    row("owned", "own");
    // Anything with a digit or a symbol: only a plural after a digit goes.
    row("401s", "401");
    row("p99s", "p99");
    row("p99", "p99");
    row("n+1", "n+1");
    row("c++", "c++");
    row("node.js", "node.js");
    row("don't", "don't");
    // Short words are left alone.
    row("is", "is");
    row("bus", "bus");
    row("red", "red");
    row("", "");
}

void TestCoach::stem_reducesInflections()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(coaching::stem(word), stem);
    // Stemming a stem again is not required to be stable, but it must be deterministic.
    QCOMPARE(coaching::stem(word), coaching::stem(word));
}

void TestCoach::stem_meetsAtTheSameForm_data()
{
    QTest::addColumn<QStringList>("forms");
    QTest::newRow("index") << split("index indexes indexed indexing indices");
    QTest::newRow("cache") << split("cache caches cached caching");
    QTest::newRow("transaction") << split("transaction transactions");
    QTest::newRow("query") << split("query queries queried querying");
    QTest::newRow("log") << split("log logs logged logging logger");
    QTest::newRow("scale") << split("scale scales scaled scaling");
    QTest::newRow("shard") << split("shard shards sharded sharding");
    QTest::newRow("queue") << split("queue queues queued queuing queueing");
    QTest::newRow("commit") << split("commit commits committed committing");
    QTest::newRow("agree") << split("agree agrees agreed");
    QTest::newRow("speed") << split("speed speeds");
    QTest::newRow("consume") << split("consume consumes consumed consumer consumers");
    QTest::newRow("cluster") << split("cluster clusters clustered clustering");
    QTest::newRow("reduce") << split("reduce reduces reduced reducing");
    QTest::newRow("code") << split("code codes coded coding");
    QTest::newRow("note") << split("note notes noted noting");
    QTest::newRow("rate") << split("rate rates rated rating");
    QTest::newRow("time") << split("time times timed timing");
    QTest::newRow("save") << split("save saves saved saving savings");
    QTest::newRow("box") << split("box boxes");
    QTest::newRow("fix") << split("fix fixes fixed fixing");
}

void TestCoach::stem_meetsAtTheSameForm()
{
    QFETCH(QStringList, forms);
    const QString first = coaching::stem(forms.first());
    for (const QString &form : forms)
        QVERIFY2(coaching::stem(form) == first,
                 qPrintable(form + QStringLiteral(" -> ") + coaching::stem(form)
                            + QStringLiteral(" != ") + first));
}

void TestCoach::matchUnits_splitsHyphensSlashesUnderscores()
{
    QCOMPARE(coaching::matchUnits(QStringLiteral("Key-value stores")), split("key valu stor"));
    QCOMPARE(coaching::matchUnits(QStringLiteral("CI/CD pipelines")), split("ci cd pipelin"));
    QCOMPARE(coaching::matchUnits(QStringLiteral("select_related")), split("select relat"));
    QCOMPARE(coaching::matchUnits(QStringLiteral("the team's N+1 queries")),
             split("the team n + 1 query"));
    QCOMPARE(coaching::matchUnits(QStringLiteral("/v1/users")), split("v1 user"));
    QCOMPARE(coaching::matchUnits(QStringLiteral("C++ and C# ++")), split("c++ and c#"));
    for (const char *form : {"n+1", "N + 1", "n+ 1", "n +1"})
        QCOMPARE(coaching::matchUnits(QLatin1String(form)), split("n + 1"));
    QCOMPARE(coaching::matchUnits(QStringLiteral("Redis + Postgres")), split("redis + postgr"));
}

void TestCoach::mentions_followsTheMatchingRules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("term");
    QTest::addColumn<bool>("expected");
    auto row = [](const char *name, const char *text, const char *term, bool expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(term) << expected;
    };
    row("plural in answer", "I added two indexes", "index", true);
    row("irregular plural", "the indices were stale", "index", true);
    row("past vs gerund", "we cached the result", "caching", true);
    row("plural transactions", "both transactions rolled back", "transaction", true);
    row("plural term, singular answer", "one transaction", "transactions", true);
    row("case-insensitive", "Run EXPLAIN ANALYZE first", "explain analyze", true);
    row("case-insensitive term", "use redis", "Redis", true);
    row("multi-word in order", "it did full table scans", "full table scan", true);
    row("multi-word out of order", "a scan of the full table", "full table scan", true);
    row("multi-word interrupted", "full, slow table scan", "full table scan", false);
    row("other order, content word between", "the index helps only", "index only", false);
    row("other order across sentences", "Scan the table. It is full", "full table scan", false);
    row("told is tell", "I told the release owner", "tell the release owner", true);
    row("wrote is write", "I wrote it down", "write", true);
    row("written is writing", "a written summary", "in writing", true);
    row("in writing is written", "I told them in writing", "written", true);
    row("owner of the release", "the owner of the release", "release owner", true);
    row("irregular past", "we built and ran it", "build", true);
    row("hyphen vs space", "a key value store", "key-value", true);
    row("space vs hyphen", "a key-value store", "key value", true);
    row("n+1", "classic N+1 problem", "n+1", true);
    row("n + 1 spaced", "classic N + 1 problem", "n+1", true);
    row("n+ 1 half spaced", "classic N+ 1 problem", "n+1", true);
    row("plus between words", "Redis + Postgres", "redis", true);
    row("n+1 is not n", "n was one", "n+1", false);
    row("401", "returns HTTP 401.", "401", true);
    row("401s", "too many 401s", "401", true);
    row("4010 is not 401", "error 4010", "401", false);
    row("p99", "the P99 latency", "p99", true);
    row("p99 is not p95", "the p95 latency", "p99", false);
    row("c++", "written in C++", "c++", true);
    row("c is not c++", "written in C", "c++", false);
    row("c++ is not c", "written in C++", "c", false);
    row("not is not note", "this is not it", "notes", false);
    row("notes", "I took notes", "note", true);
    row("noted", "I noted the risk", "notes", true);
    row("cat not in concatenate", "we concatenate strings", "cat", false);
    row("cats is cat", "two cats", "cat", true);
    row("log not in catalog", "the product catalog", "log", false);
    row("api not in rapid", "rapid growth", "api", false);
    row("slash term", "we run CI/CD on every push", "ci/cd", true);
    row("part of a slash word", "we run CI/CD on every push", "ci", true);
    row("i/o bound", "it is I/O-bound", "i/o bound", true);
    row("possessive", "the cache's hit ratio", "cache", true);
    row("underscore term", "use select_related here", "select_related", true);
    row("parentheses", "O(log n) lookups", "o(log n)", true);
    row("dotted", "Node.js services", "node.js", true);
    row("empty term", "anything", "", false);
    row("symbol-only term", "anything + more", "+", false);
    row("empty text", "", "cache", false);
}

void TestCoach::mentions_followsTheMatchingRules()
{
    QFETCH(QString, text);
    QFETCH(QString, term);
    QFETCH(bool, expected);
    QCOMPARE(coaching::mentions(text, term), expected);
}

void TestCoach::keyPointTerm_doesNotMatchAcrossFields()
{
    const Question q = questionWith(RoundKind::Behavioral,
                                    {{QStringLiteral("ft"), {QStringLiteral("feature flag")}}});
    const QList<AnswerField> answer = star(QStringLiteral("we shipped a new feature"),
                                           QStringLiteral("flag the risky parts of it"),
                                           QStringLiteral("nothing else"), QString());
    QCOMPARE(coach(q, answer, 0, 0).keyPointsCovered, QList<bool>{false});
    const QList<AnswerField> inOne = star(QStringLiteral("we shipped a new feature flag"),
                                          QString(), QString(), QString());
    QCOMPARE(coach(q, inOne, 0, 0).keyPointsCovered, QList<bool>{true});
}

void TestCoach::pastActionKeyPoint_notTickedWhereTheAnswerSaysItWasNotDone_data()
{
    QTest::addColumn<QString>("keyPoint");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("covered");
    const QString proposal = QStringLiteral("Wrote a clear proposal before the meeting.");
    const QStringList proposalTerms = {QStringLiteral("proposal"),
                                       QStringLiteral("wrote a proposal")};
    const QString told = QStringLiteral("Told the release owner in writing.");
    const QStringList toldTerms = {QStringLiteral("told the release owner"),
                                   QStringLiteral("in writing")};
    auto row = [](const char *name, const QString &kp, const QStringList &terms, const char *answer,
                  bool covered) {
        QTest::newRow(name) << kp << terms << QString::fromUtf8(answer) << covered;
    };
    row("done", proposal, proposalTerms, "I wrote a clear proposal and shared it.", true);
    row("other tense and order", proposal, proposalTerms,
        "The proposal I had written went out on Monday.", true);
    row("learned to", proposal, proposalTerms, "I learned to write the proposal first.", false);
    row("learnt to", proposal, proposalTerms, "I learnt to always write a proposal.", false);
    row("should have", proposal, proposalTerms, "I should have written a proposal.", false);
    row("next time I would", proposal, proposalTerms,
        "Next time, I would write the proposal first.", false);
    row("did not", proposal, proposalTerms, "We didn't write a proposal at all.", false);
    row("never", proposal, proposalTerms, "I never wrote a proposal.", false);
    row("planned to", proposal, proposalTerms, "I planned to write a proposal.", false);
    row("cue in another sentence", proposal, proposalTerms,
        "I did not wait. I wrote a proposal that night.", true);
    row("cue in another clause", proposal, proposalTerms,
        "It was not easy, but I wrote a proposal that night.", true);
    row("cue after the match", proposal, proposalTerms,
        "I wrote the proposal, which nobody would read.", true);
    row("done once, not done once", proposal, proposalTerms,
        "I learned to write the proposal first. So I wrote a proposal for the next change.", true);
    row("exact phrase", told, toldTerms, "I told the release owner in writing.", true);
    row("tell, written", told, toldTerms,
        "My job was to tell the release owner; I put it in a written note.", true);
    row("would tell", told, toldTerms, "I would tell the release owner in writing.", false);
    // The key point of beh.release-blocker-found (resources/packs/backend.json), its own terms.
    row("pack key point, the exact phrase",
        QStringLiteral(
            "Tells the release owner promptly and in writing instead of waiting or hiding it."),
        {QStringLiteral("release manager"), QStringLiteral("escalate"), QStringLiteral("same day"),
         QStringLiteral("written"), QStringLiteral("transparent")},
        "I told the release owner in writing.", true);
    // A key point that does not start with a past verb is ticked by any mention.
    row("not a past action", QStringLiteral("Tells the release owner promptly."), toldTerms,
        "I would tell the release owner in writing.", true);
}

void TestCoach::pastActionKeyPoint_notTickedWhereTheAnswerSaysItWasNotDone()
{
    QFETCH(QString, keyPoint);
    QFETCH(QStringList, terms);
    QFETCH(QString, answer);
    QFETCH(bool, covered);
    const Question q = questionWith(RoundKind::Behavioral, {{keyPoint, terms}});
    QCOMPARE(coach(q, plain(answer), 0, 0).keyPointsCovered, QList<bool>{covered});
}

void TestCoach::result_numbersInWords_countAsQuantified_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<bool>("quantified");
    QTest::newRow("zero") << QStringLiteral("Zero records corrupted and the team kept its date.")
                          << true;
    QTest::newRow("fifteen")
        << QStringLiteral("Support tickets about it went down to fifteen a month.") << true;
    QTest::newRow("twenty-five") << QStringLiteral("The job ran twenty-five times without an error.")
                                 << true;
    QTest::newRow("percent") << QStringLiteral("Errors went down by ten percent in the first week.")
                             << true;
    QTest::newRow("dozen") << QStringLiteral("A dozen teams adopted the same checklist.") << true;
    QTest::newRow("one is no number")
        << QStringLiteral("One day the team was happy with the result.") << false;
    QTest::newRow("no number") << QStringLiteral("The team was happy with the way it went.") << false;
}

void TestCoach::result_numbersInWords_countAsQuantified()
{
    QFETCH(QString, result);
    QFETCH(bool, quantified);
    const Question q = questionWith(RoundKind::Behavioral, {});
    const CoachReport r = coach(
        q,
        star(QStringLiteral("Two days before a release I found a bug that corrupted customer records."),
             QStringLiteral("I had to decide whether the release could go out on time."),
             QStringLiteral("I reproduced it with a failing test, told the release owner in writing "
                            "the same day and proposed shipping with the path behind a flag."),
             result),
        0, 0);
    QCOMPARE(findHint(r, QStringLiteral("star.result_unquantified")) == nullptr, quantified);
}

void TestCoach::counts_wordsPerFieldPronounsFillersAndPace()
{
    const Question q = questionWith(RoundKind::Behavioral, {});
    const QList<AnswerField> answer = star(
        QStringLiteral("We had a slow build, and I think it was basically the tests."),      // 13
        QStringLiteral("My job: make it fast."),                                             // 5
        QStringLiteral("I profiled it, I'm sure we cached the deps and I split the suite."), // 14
        QStringLiteral("Builds fell from 20 to 8 minutes for us."));                         // 9
    const CoachReport r = coach(q, answer, 120'000, 180'000);
    QCOMPARE(r.wordCounts.size(), 4);
    QCOMPARE(r.wordCounts.at(0), (FieldWordCount{QStringLiteral("situation"), 13}));
    QCOMPARE(r.wordCounts.at(1), (FieldWordCount{QStringLiteral("task"), 5}));
    QCOMPARE(r.wordCounts.at(2), (FieldWordCount{QStringLiteral("action"), 14}));
    QCOMPARE(r.wordCounts.at(3), (FieldWordCount{QStringLiteral("result"), 9}));
    QCOMPARE(r.totalWords, 41);
    // I: "I" (think), "My", "I", "I'm", "I" = 5; we: "We", "we", "us" = 3.
    QCOMPARE(r.iCount, 5);
    QCOMPARE(r.weCount, 3);
    QCOMPARE(r.fillerCounts.value(QStringLiteral("i think")), 1);
    QCOMPARE(r.fillerCounts.value(QStringLiteral("basically")), 1);
    QCOMPARE(r.fillerCounts.size(), 2);
    QCOMPARE(r.fillerTotal, 2);
    // 41 words in 2 minutes: 20.5, rounded half up.
    QCOMPARE(r.wordsPerMinute, 21);
}

void TestCoach::fillers_kindOfAfterADeterminer_isNotCounted()
{
    const Question q = questionWith(RoundKind::Technical, {});
    const CoachReport r = coach(
        q,
        plain(QStringLiteral("What kind of index you need depends; it is sort of a B-tree, a kind "
                             "of sorted tree. Do you know the plan? You know, umm, uh, UMM.")),
        0, 0);
    QCOMPARE(r.fillerCounts.value(QStringLiteral("kind of")), 0);
    QCOMPARE(r.fillerCounts.value(QStringLiteral("sort of")), 1);
    QCOMPARE(r.fillerCounts.value(QStringLiteral("you know")), 1);
    QCOMPARE(r.fillerCounts.value(QStringLiteral("um")), 2);
    QCOMPARE(r.fillerCounts.value(QStringLiteral("uh")), 1);
    QVERIFY(!r.fillerCounts.contains(QStringLiteral("umm")));
    QCOMPARE(r.fillerTotal, 5);
}

void TestCoach::missingPart_namesThePartInFieldAndMessage()
{
    const Question q = questionWith(RoundKind::Behavioral, {});
    const CoachReport r = coach(
        q,
        star(QStringLiteral("Our nightly import job failed twice a week."), QString(),
             QStringLiteral("I added retries with backoff and an alert on the third failure, then "
                            "I moved the job off the shared database host."),
             QStringLiteral("Only two.")),
        0, 0);
    QStringList fields;
    for (const Hint &h : r.hints) {
        if (h.code == QLatin1String("star.missing_part")) {
            fields.append(h.field);
            QCOMPARE(h.severity, HintSeverity::Warning);
        }
    }
    QCOMPARE(fields, (QStringList{QStringLiteral("task"), QStringLiteral("result")}));
    QVERIFY(r.hints.at(0).message.startsWith(QLatin1String("Task is missing.")));
    QVERIFY2(r.hints.at(1).message.startsWith(QLatin1String("Result has only 2 words.")),
             qPrintable(r.hints.at(1).message));
}

void TestCoach::actionNotLargest_namesTheLargestPartAndCounts()
{
    const Question q = questionWith(RoundKind::Behavioral, {});
    const CoachReport r =
        coach(q,
              star(QStringLiteral("one two three four five six seven eight nine ten"),
                   QStringLiteral("one two three four five six seven eight nine ten eleven twelve"),
                   QStringLiteral("I fixed the flaky test quickly"),
                   QStringLiteral("The build went green 3 days in a row")),
              0, 0);
    const Hint *h = findHint(r, QStringLiteral("star.action_not_largest"));
    QVERIFY(h);
    QCOMPARE(h->field, QStringLiteral("action"));
    QCOMPARE(h->severity, HintSeverity::Info);
    QVERIFY2(h->message.contains(QLatin1String("Action has 6 words but Task has 12 words")),
             qPrintable(h->message));
}

void TestCoach::weOverI_messageSaysTheCounts()
{
    const Question q = questionWith(RoundKind::Project, {});
    const QString text = QStringLiteral(
        "We built a billing service for our customers. We chose Postgres because our team knew it "
        "and we needed transactions. We split the work, and I wrote the invoice module. We "
        "shipped it in three months, and our error rate dropped to almost nothing for us.");
    const CoachReport r = coach(q, plain(text), 0, 0);
    QVERIFY(r.totalWords >= coaching::kStoryMinWordsForPronouns);
    QCOMPARE(r.iCount, 1);
    QCOMPARE(r.weCount, 9);
    const Hint *h = findHint(r, QStringLiteral("story.we_over_i"));
    QVERIFY(h);
    QVERIFY2(h->message.contains(QLatin1String("(we, us, our): 9;"))
                 && h->message.contains(QLatin1String("(I, me, my): 1.")),
             qPrintable(h->message));
}

void TestCoach::weOverI_belowFortyWords_isNotHinted()
{
    const Question q = questionWith(RoundKind::Behavioral, {});
    const CoachReport r = coach(
        q, plain(QStringLiteral("We fixed it. We shipped it. We were happy. Our users too.")), 0, 0);
    QVERIFY(r.weCount > r.iCount);
    QVERIFY(!findHint(r, QStringLiteral("story.we_over_i")));
}

void TestCoach::filler_messageListsTheTopThreeWithCounts()
{
    const Question q = questionWith(RoundKind::Technical, {});
    const CoachReport r = coach(
        q,
        plain(QStringLiteral("Basically an index is basically a tree. I think it is just sorted, "
                             "I think. Maybe it is really fast, basically. Just use it, I think, "
                             "basically.")),
        0, 0);
    const Hint *h = findHint(r, QStringLiteral("filler.high"));
    QVERIFY(h);
    // basically 4, i think 3, just 2, maybe 1, really 1: the top three in that order.
    QVERIFY2(h->message.contains(QLatin1String("\"basically\" (4), \"I think\" (3), \"just\" (2)")),
             qPrintable(h->message));
    QVERIFY(!h->message.contains(QLatin1String("maybe")));
    QCOMPARE(r.fillerTotal, 11);
}

void TestCoach::filler_atExactlyThreePerHundred_isNotHinted()
{
    const Question q = questionWith(RoundKind::Technical, {});
    // 3 fillers in 100 words: exactly 3 per 100, not more.
    QStringList w;
    w << QStringLiteral("basically") << QStringLiteral("just") << QStringLiteral("maybe");
    while (w.size() < 100)
        w << QStringLiteral("word");
    CoachReport r = coach(q, plain(w.join(QLatin1Char(' '))), 0, 0);
    QCOMPARE(r.totalWords, 100);
    QCOMPARE(r.fillerTotal, 3);
    QVERIFY(!findHint(r, QStringLiteral("filler.high")));
    // One word fewer and the rate is above 3 per 100.
    w.removeLast();
    r = coach(q, plain(w.join(QLatin1Char(' '))), 0, 0);
    QVERIFY(findHint(r, QStringLiteral("filler.high")));
    // A high rate with only two fillers is not enough.
    r = coach(q, plain(QStringLiteral("basically just a tree")), 0, 0);
    QCOMPARE(r.fillerTotal, 2);
    QVERIFY(!findHint(r, QStringLiteral("filler.high")));
}

void TestCoach::shortForTime_and_endedEarly_neverBothFire()
{
    const Question q = questionWith(RoundKind::Technical, {});
    const QList<AnswerField> shortAnswer = plain(QStringLiteral("An index is a sorted tree."));
    // 2:00 used of a 10:00 limit: both conditions hold; the short-for-time hint wins.
    CoachReport r = coach(q, shortAnswer, 120'000, 600'000);
    QCOMPARE(r.hintCodes(), QStringList{QStringLiteral("length.short_for_time")});
    QVERIFY2(r.hints.first().message.contains(QLatin1String("Only 6 words after 2:00")),
             qPrintable(r.hints.first().message));
    // 1:59 used: not yet two minutes, so only "ended early".
    r = coach(q, shortAnswer, 119'999, 600'000);
    QCOMPARE(r.hintCodes(), QStringList{QStringLiteral("length.ended_early")});
    QVERIFY2(r.hints.first().message.contains(QLatin1String("1:59 of 10:00 with 6 words")),
             qPrintable(r.hints.first().message));
    // Exactly half the limit used is not "more than half unused".
    r = coach(q, shortAnswer, 60'000, 120'000);
    QVERIFY(r.hints.isEmpty());
}

void TestCoach::noAnswerTime_givesNoLengthHintsAndZeroPace()
{
    const Question q = questionWith(RoundKind::Technical, {});
    const CoachReport r = coach(q, plain(QStringLiteral("An index is a sorted tree.")), 0, 0);
    QVERIFY(r.hints.isEmpty());
    QCOMPARE(r.wordsPerMinute, 0);
}

void TestCoach::storyAnsweredInOneField_skipsStarRules()
{
    const Question q = questionWith(RoundKind::Behavioral, {});
    const CoachReport r = coach(q, plain(QStringLiteral("I fixed the build and it went well.")), 0,
                                0);
    for (const Hint &h : r.hints)
        QVERIFY2(!h.code.startsWith(QLatin1String("star.")), qPrintable(h.code));
    // The same text in STAR fields is judged by STAR rules.
    const CoachReport starred = coach(q,
                                      star(QString(), QString(),
                                           QStringLiteral("I fixed the build and it went well."),
                                           QString()),
                                      0, 0);
    QVERIFY(findHint(starred, QStringLiteral("star.missing_part")));
}

void TestCoach::questionWithoutKeyPoints_neverHintsCoverage()
{
    const Question q = questionWith(RoundKind::Technical, {});
    const CoachReport r = coach(q, plain(QStringLiteral("Some answer about nothing in particular.")),
                                0, 0);
    QVERIFY(r.keyPointsCovered.isEmpty());
    QVERIFY(!findHint(r, QStringLiteral("keypoints.low_coverage")));
}

void TestCoach::coverageAtExactlySixtyPercent_isNotHinted()
{
    QList<KeyPoint> kps;
    for (const char *t : {"alpha", "beta", "gamma", "delta", "epsilon"})
        kps.append({QString::fromLatin1(t).toUpper(), {QString::fromLatin1(t)}});
    const Question q = questionWith(RoundKind::Technical, kps);
    CoachReport r = coach(q, plain(QStringLiteral("alpha beta gamma")), 0, 0);
    QCOMPARE(r.keyPointsCoveredCount(), 3);
    QVERIFY(!findHint(r, QStringLiteral("keypoints.low_coverage")));
    r = coach(q, plain(QStringLiteral("alpha beta")), 0, 0);
    const Hint *h = findHint(r, QStringLiteral("keypoints.low_coverage"));
    QVERIFY(h);
    QVERIFY2(h->message.contains(QLatin1String("2 of 5"))
                 && h->message.contains(QLatin1String("GAMMA | DELTA | EPSILON")),
             qPrintable(h->message));
}

void TestCoach::everyHint_hasAMessageAndAStableCode()
{
    static const QStringList kCodes = {QStringLiteral("answer.empty"),
                                       QStringLiteral("star.missing_part"),
                                       QStringLiteral("star.action_not_largest"),
                                       QStringLiteral("star.result_unquantified"),
                                       QStringLiteral("story.we_over_i"),
                                       QStringLiteral("filler.high"),
                                       QStringLiteral("length.short_for_time"),
                                       QStringLiteral("length.ended_early"),
                                       QStringLiteral("keypoints.low_coverage")};
    QSet<QString> seen;
    for (const QString &name : sampleFiles()) {
        Sample s;
        QString error;
        QVERIFY(loadSample(name, &s, &error));
        for (const Hint &h : coach(s.question, s.answer, s.usedMs, s.limitMs).hints) {
            QVERIFY2(kCodes.contains(h.code), qPrintable(h.code));
            QVERIFY2(!h.message.trimmed().isEmpty(), qPrintable(h.code));
            // No unfilled placeholders.
            QVERIFY2(!h.message.contains(QRegularExpression(QStringLiteral("%\\d"))),
                     qPrintable(h.message));
            seen.insert(h.code);
        }
    }
    // The samples exercise every rule.
    for (const QString &code : kCodes)
        QVERIFY2(seen.contains(code), qPrintable(code));
    QCOMPARE(toKey(HintSeverity::Info), QStringLiteral("info"));
    QCOMPARE(toKey(HintSeverity::Warning), QStringLiteral("warning"));
}

QTEST_GUILESS_MAIN(TestCoach)
#include "test_coach.moc"
