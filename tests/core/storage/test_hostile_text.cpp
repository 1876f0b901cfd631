// Hostile and large text (issue 16): every sample of tests/support/HostileText.h stored as an
// answer, a grade note, a plan name, a story and an own question comes back byte for byte from
// the database, from the JSON and CSV exports, and from the pack exports read back through the
// importer (JSON exactly; the Markdown list keeps a question's words, as docs/import.md says).
// A 1 MB answer and a 10,000-line question list go the same way. Real SQLite files, fake clock.
#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "questions/MarkdownQuestions.h"
#include "questions/PackExport.h"
#include "report/Exporter.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "storage/StoryStore.h"
#include "FakeClock.h"
#include "HostileText.h"
#include "TempDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace mockloop;
using mockloop::test::FakeClock;
using mockloop::test::HostileSample;
using mockloop::test::hostileSamples;

namespace {

// RFC 4180 as the export writes it: fields separated by commas, records by CRLF, a quoted
// field doubles its quotes and may hold commas, quotes, CR and LF.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

// What a question can hold of a sample: no NUL (a pack refuses it, so an own question does
// too: see ownQuestion_withNul_isRefused), at most 4000 characters of text.
QString questionBody(const HostileSample &s)
{
    QString text = s.text;
    return text.remove(QChar(u'\0'));
}

QString questionText(const HostileSample &s)
{
    const QString text = questionBody(s);
    return text.trimmed().isEmpty() ? QStringLiteral("blank ") + s.name : text.left(4000);
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void answerNoteAndPlanName_eachSample_comeBackByteForByteFromStorageJsonAndCsv();
    void largeAnswer_oneMegabyte_comesBackByteForByteFromStorageJsonAndCsv();
    void story_eachSample_comesBackByteForByteFromStorageAndJson();
    void ownQuestion_eachSample_comesBackFromStorage_andThroughPackJsonImportExactly();
    void ownQuestion_withNul_isRefused();
    void ownQuestions_throughTheMarkdownList_comeBackWithTheirWords();
    void questionList_tenThousandLines_importsAndRoundTrips();
    void nonCharacters_comeBackAsReplacementCharacters_asSQLiteReadsThem();

private:
    // One finished session of one question: the answer and the grade note are the text.
    qint64 answerSession(const QString &planName, const QString &text);
    SessionRecord load(qint64 id);

    std::unique_ptr<test::TempDatabase> m_data;
    FakeClock m_clock;
};

void TestHostileText::init()
{
    m_data = std::make_unique<test::TempDatabase>();
    QString error;
    QVERIFY2(m_data->open(&error), qPrintable(error));
}

void TestHostileText::cleanup()
{
    m_data.reset();
}

qint64 TestHostileText::answerSession(const QString &planName, const QString &text)
{
    LoopPlan plan;
    plan.name = planName;
    plan.prepSeconds = 0;
    plan.answerSeconds = 60;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(m_data->db, plan, &m_clock, &error);
    if (!c)
        qFatal("%s", qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("answer"), text}});
    m_clock.advanceSeconds(20);
    if (!c->handle(Event::Submit) || !c->submitGrade(3, text))
        qFatal("submit or grade refused");
    while (c->state() != State::Finished) {
        if (!c->handle(Event::Continue))
            qFatal("cannot finish in %s", qPrintable(toKey(c->state())));
    }
    return c->sessionId();
}

SessionRecord TestHostileText::load(qint64 id)
{
    QString error;
    const auto s = SessionStore(m_data->db).load(id, &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    return *s;
}

void TestHostileText::answerNoteAndPlanName_eachSample_comeBackByteForByteFromStorageJsonAndCsv()
{
    const QList<HostileSample> samples = hostileSamples();
    QList<qint64> ids;
    for (const HostileSample &s : samples)
        ids << answerSession(test::oneLine(s.text).left(200), s.text);

    for (qsizetype i = 0; i < samples.size(); ++i) {
        const HostileSample &s = samples.at(i);
        const SessionRecord r = load(ids.at(i));
        QCOMPARE(r.attempts.size(), 1);
        QVERIFY2(r.attempts.first().answer.first().value.toUtf8() == s.text.toUtf8(),
                 qPrintable(s.name));
        QVERIFY2(r.attempts.first().gradeNote.toUtf8() == s.text.toUtf8(), qPrintable(s.name));
        QVERIFY2(r.plan.name == test::oneLine(s.text).left(200), qPrintable(s.name));
    }

    // JSON: written, read back, the same strings.
    QString error;
    const QByteArray json =
        QJsonDocument(exportAllJson(m_data->db, m_clock.wallTime(), &error)).toJson();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QJsonParseError parseError;
    const QJsonArray sessions =
        QJsonDocument::fromJson(json, &parseError).object().value(QStringLiteral("sessions")).toArray();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(sessions.size(), samples.size());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const HostileSample &s = samples.at(i);
        const QJsonObject session = sessions.at(i).toObject();
        QCOMPARE(session.value(QStringLiteral("id")).toInteger(), ids.at(i));
        const QJsonObject attempt = session.value(QStringLiteral("rounds"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("attempts"))
                                        .toArray()
                                        .first()
                                        .toObject();
        const QString answer = attempt.value(QStringLiteral("answer"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("value"))
                                   .toString();
        QVERIFY2(answer.toUtf8() == s.text.toUtf8(), qPrintable(s.name));
        const QString note =
            attempt.value(QStringLiteral("grade")).toObject().value(QStringLiteral("note")).toString();
        QVERIFY2(note.toUtf8() == s.text.toUtf8(), qPrintable(s.name));
        QVERIFY2(session.value(QStringLiteral("planName")).toString()
                     == test::oneLine(s.text).left(200),
                 qPrintable(s.name));
    }

    // CSV: one row per attempt; quoted fields hold CR, LF, commas and quotes as they are.
    const QList<QStringList> rows = parseCsv(exportAllCsv(m_data->db, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), samples.size() + 1);
    const QStringList header = rows.first();
    QCOMPARE(header, csvColumns());
    const qsizetype answerColumn = header.indexOf(QStringLiteral("answer"));
    const qsizetype noteColumn = header.indexOf(QStringLiteral("grade_note"));
    const qsizetype planColumn = header.indexOf(QStringLiteral("plan_name"));
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const HostileSample &s = samples.at(i);
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), header.size());
        QVERIFY2(row.at(answerColumn).toUtf8() == (QStringLiteral("answer: ") + s.text).toUtf8(),
                 qPrintable(s.name));
        QVERIFY2(row.at(noteColumn).toUtf8() == s.text.toUtf8(), qPrintable(s.name));
        QVERIFY2(row.at(planColumn) == test::oneLine(s.text).left(200), qPrintable(s.name));
    }
}

void TestHostileText::largeAnswer_oneMegabyte_comesBackByteForByteFromStorageJsonAndCsv()
{
    const QString big = test::largeAnswer();
    QVERIFY(big.toUtf8().size() >= 1024 * 1024);
    const qint64 id = answerSession(QStringLiteral("large"), big);
    QVERIFY(load(id).attempts.first().answer.first().value == big);

    QString error;
    const QJsonObject root =
        QJsonDocument::fromJson(
            QJsonDocument(exportAllJson(m_data->db, m_clock.wallTime(), &error)).toJson())
            .object();
    const QString fromJson = root.value(QStringLiteral("sessions"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("rounds"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("attempts"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("answer"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("value"))
                                 .toString();
    QVERIFY(fromJson == big);
    const QList<QStringList> rows = parseCsv(exportAllCsv(m_data->db, &error));
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(1).at(csvColumns().indexOf(QStringLiteral("answer")))
            == QStringLiteral("answer: ") + big);
}

void TestHostileText::story_eachSample_comesBackByteForByteFromStorageAndJson()
{
    StoryStore store(m_data->db);
    QList<qint64> ids;
    for (const HostileSample &s : hostileSamples()) {
        Story story;
        story.title = s.text;
        story.situation = s.text;
        story.task = s.name;
        story.action = s.text;
        story.result = s.text;
        bool missing = false;
        QString error;
        const auto id = store.save(story, m_clock.wallTime(), &missing, &error);
        QVERIFY2(id, qPrintable(s.name + QStringLiteral(": ") + error));
        ids << *id;
    }
    const QList<Story> stories = store.stories();
    QString error;
    const QJsonArray exported =
        QJsonDocument::fromJson(
            QJsonDocument(exportAllJson(m_data->db, m_clock.wallTime(), &error)).toJson())
            .object()
            .value(QStringLiteral("stories"))
            .toArray();
    const QList<HostileSample> samples = hostileSamples();
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const HostileSample &s = samples.at(i);
        const auto it = std::find_if(stories.cbegin(), stories.cend(),
                                     [&](const Story &st) { return st.id == ids.at(i); });
        QVERIFY2(it != stories.cend(), qPrintable(s.name));
        QVERIFY2(it->title.toUtf8() == s.text.toUtf8(), qPrintable(s.name));
        QVERIFY2(it->situation.toUtf8() == s.text.toUtf8(), qPrintable(s.name));
        QVERIFY2(it->action.toUtf8() == s.text.toUtf8(), qPrintable(s.name));
        QVERIFY2(it->result.toUtf8() == s.text.toUtf8(), qPrintable(s.name));
        bool found = false;
        for (const QJsonValue &v : exported) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toInteger() != ids.at(i))
                continue;
            found = true;
            QVERIFY2(o.value(QStringLiteral("title")).toString().toUtf8() == s.text.toUtf8(),
                     qPrintable(s.name));
            QVERIFY2(o.value(QStringLiteral("situation")).toString().toUtf8() == s.text.toUtf8(),
                     qPrintable(s.name));
        }
        QVERIFY2(found, qPrintable(s.name));
    }
}

void TestHostileText::ownQuestion_eachSample_comesBackFromStorage_andThroughPackJsonImportExactly()
{
    QuestionBank bank(m_data->db, &m_clock);
    QHash<QString, QString> idOf; // sample name → saved id
    for (const HostileSample &s : hostileSamples()) {
        Question q;
        q.kind = RoundKind::Technical;
        q.text = questionText(s);
        q.guidance = questionBody(s);
        q.followUps = {questionText(s)};
        QString id;
        QString error;
        QVERIFY2(bank.saveOwnQuestion(q, &id, &error),
                 qPrintable(s.name + QStringLiteral(": ") + error));
        idOf.insert(s.name, id);
    }
    for (const HostileSample &s : hostileSamples()) {
        const auto q = bank.question(idOf.value(s.name));
        QVERIFY2(q, qPrintable(s.name));
        QVERIFY2(q->text.toUtf8() == questionText(s).toUtf8(), qPrintable(s.name));
        QVERIFY2(q->guidance.toUtf8() == questionBody(s).toUtf8(), qPrintable(s.name));
        QVERIFY2(q->followUps == QStringList{questionText(s)}, qPrintable(s.name));
    }

    // The own pack as JSON, imported into another database: the same questions, exactly.
    const auto pack = bank.pack(QuestionBank::ownPackId());
    QVERIFY(pack);
    const QByteArray json = packToJson(*pack);
    test::TempDatabase other;
    QString error;
    QVERIFY2(other.open(&error), qPrintable(error));
    QuestionBank otherBank(other.db, &m_clock);
    const ImportPreview preview = previewImport(json, QStringLiteral("mine.json"), otherBank);
    QVERIFY2(preview.problems.isEmpty(), qPrintable(preview.problems.join(QLatin1Char('\n'))));
    QVERIFY2(applyImport(otherBank, preview, &error), qPrintable(error));
    for (const HostileSample &s : hostileSamples()) {
        const auto q = otherBank.question(idOf.value(s.name));
        QVERIFY2(q, qPrintable(s.name));
        QVERIFY2(q->text.toUtf8() == questionText(s).toUtf8(), qPrintable(s.name));
        QVERIFY2(q->guidance.toUtf8() == questionBody(s).toUtf8(), qPrintable(s.name));
        QVERIFY2(q->followUps == QStringList{questionText(s)}, qPrintable(s.name));
    }
}

void TestHostileText::ownQuestion_withNul_isRefused()
{
    // A pack with a NUL is refused on import (JsonIndex), so an own question holding one would
    // export to a pack that never reads back: it is refused when saved, with the same words.
    QuestionBank bank(m_data->db, &m_clock);
    Question q;
    q.kind = RoundKind::Technical;
    q.text = QStringLiteral("What is a NUL");
    q.text += QChar(u'\0');
    q.text += QStringLiteral("?");
    QString id;
    QString error;
    QVERIFY(!bank.saveOwnQuestion(q, &id, &error));
    QVERIFY2(error.contains(QStringLiteral("U+0000")), qPrintable(error));
    q.text = QStringLiteral("What is a NUL?");
    q.guidance = QStringLiteral("Say ");
    q.guidance += QChar(u'\0');
    QVERIFY(!bank.saveOwnQuestion(q, &id, &error));
    QVERIFY2(error.contains(QStringLiteral("U+0000")), qPrintable(error));
    QVERIFY(!bank.question(QStringLiteral("mine.what-is-a-nul")));
}

void TestHostileText::ownQuestions_throughTheMarkdownList_comeBackWithTheirWords()
{
    // A Markdown list holds one line per question: the contract (docs/import.md) is the words,
    // blanks collapsed (QString::simplified), for every sample.
    QList<Question> questions;
    for (const HostileSample &s : hostileSamples()) {
        Question q;
        q.id = QStringLiteral("mine.") + s.name;
        q.kind = RoundKind::Technical;
        q.text = questionText(s);
        q.followUps = {QStringLiteral("Why? ") + s.name};
        questions << q;
    }
    const QString markdown = questionsToMarkdown(QStringLiteral("Hostile <list> # "), questions);
    const MarkdownQuestions back = readMarkdownQuestions(markdown);
    QCOMPARE(back.title, QStringLiteral("Hostile <list> #"));
    QCOMPARE(back.questions.size(), questions.size());
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString name = hostileSamples().at(i).name;
        QVERIFY2(back.questions.at(i).text == questions.at(i).text.simplified(),
                 qPrintable(name + QStringLiteral(": ") + back.questions.at(i).text));
        QVERIFY2(back.questions.at(i).followUps == questions.at(i).followUps, qPrintable(name));
    }
}

void TestHostileText::questionList_tenThousandLines_importsAndRoundTrips()
{
    // 100 categories of 99 questions with a follow-up each on every tenth: 10,000+ lines.
    QString markdown = QStringLiteral("# Ten thousand lines\n");
    int questionCount = 0;
    for (int c = 0; c < 100; ++c) {
        markdown += QStringLiteral("\n## Databases part %1\n\n").arg(c + 1);
        for (int q = 0; q < 90; ++q) {
            markdown += QStringLiteral("- How would you index table %1 of shard %2 for query "
                                       "%3?\n")
                            .arg(q)
                            .arg(c)
                            .arg(q * 7 + c);
            ++questionCount;
            if (q % 9 == 0)
                markdown += QStringLiteral("  - What if the table has %1 rows?\n").arg(q * 1000);
        }
    }
    QVERIFY(markdown.count(QLatin1Char('\n')) >= 10000);

    QuestionBank bank(m_data->db, &m_clock);
    QElapsedTimer stopwatch;
    stopwatch.start();
    const ImportPreview preview = previewImport(markdown.toUtf8(),
                                                QStringLiteral("ten-thousand.md"), bank);
    const qint64 previewMs = stopwatch.restart();
    QVERIFY2(preview.problems.isEmpty(), qPrintable(preview.problems.join(QLatin1Char('\n'))));
    QCOMPARE(preview.pack.questions.size(), questionCount);
    QVERIFY(preview.duplicates.isEmpty());
    QString error;
    QVERIFY2(applyImport(bank, preview, &error), qPrintable(error));
    const qint64 saveMs = stopwatch.restart();
    const auto pack = bank.pack(preview.pack.id);
    QVERIFY(pack);
    QCOMPARE(pack->questions.size(), questionCount);
    const QString exported = questionsToMarkdown(pack->name, pack->questions);
    const MarkdownQuestions back = readMarkdownQuestions(exported);
    const qint64 roundTripMs = stopwatch.elapsed();
    QCOMPARE(back.questions.size(), questionCount);
    QSet<QString> texts;
    for (const Question &q : pack->questions)
        texts.insert(q.text);
    for (const MarkdownQuestion &q : back.questions)
        QVERIFY2(texts.contains(q.text), qPrintable(q.text));
    qInfo("10,000-line list (%d questions, %lld lines): preview %lld ms, import %lld ms, export "
          "and read back %lld ms",
          questionCount, qlonglong(markdown.count(QLatin1Char('\n'))), previewMs, saveMs,
          roundTripMs);
    // A generous bound: a slow debug build on a busy machine, not a target.
    QVERIFY2(previewMs + saveMs < 60000, "importing 10,000 lines took over a minute");
}

void TestHostileText::nonCharacters_comeBackAsReplacementCharacters_asSQLiteReadsThem()
{
    // The one known change (docs/export.md): SQLite's UTF-8 reader turns the noncharacters
    // U+FFFE and U+FFFF (reserved for a program's internal use, never for text) into U+FFFD.
    // Every other code point, other noncharacters such as U+FDD0 included, comes back.
    const QString text = QStringLiteral("a\ufffe b\uffff c\ufdd0 d\U0010FFFF");
    const qint64 id = answerSession(QStringLiteral("noncharacters"), text);
    QCOMPARE(load(id).attempts.first().answer.first().value,
             QStringLiteral("a\ufffd b\ufffd c\ufdd0 d\U0010FFFF"));
}

QTEST_GUILESS_MAIN(TestHostileText)
#include "test_hostile_text.moc"
