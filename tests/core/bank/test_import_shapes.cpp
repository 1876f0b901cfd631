// The shapes question lists are published in (issue 17): a heading per question with link lines
// under it, questions in paragraphs with <br> breaks, question and answer pairs (Q:/A:,
// "Question"/"Answer" headings, two-column tables, <details> blocks), task lists and numbered
// lists, code under a question; the two readings of headings; and what is left out, with why.
// Each file in tests/data/markdown/ is written by the team in its own words.
#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "questions/MarkdownQuestions.h"
#include "questions/PackExport.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;

namespace {

QByteArray dataFile(const QString &relative)
{
    QFile f(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/markdown/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "Databases=3;Behavioral=3": the categories in file order with their counts.
QString categoryCounts(const ImportPreview &p)
{
    QStringList out;
    for (const ImportCategory &c : p.categories)
        out.append(c.name + QLatin1Char('=') + QString::number(c.count));
    return out.join(QLatin1Char(';'));
}

const Question *questionStarting(const ImportPreview &p, const QString &start)
{
    for (const Question &q : p.pack.questions) {
        if (q.text.startsWith(start))
            return &q;
    }
    return nullptr;
}

} // namespace

class TestImportShapes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void shapes_everyQuestionFoundInTheRightCategory_data();
    void shapes_everyQuestionFoundInTheRightCategory();
    void headingPerQuestion_keepsLinksAndCodeWithTheQuestion();
    void questionAnswerPairs_answerBecomesTheOutline();
    void readings_switchChangesCategoriesAndCounts();
    void leftOut_saysLineAndWhy();
    void codeUnderAQuestion_survivesMarkdownExportAndImport();
    void importedShapes_areSavedWithOutlineAndLinks();
    void publishedQuirks_data();
    void publishedQuirks();
    void longCodeUnderAQuestion_goesToTheNotes();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestImportShapes::init()
{
    m_db.close();
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("shapes.sqlite")));
    QString error;
    QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("shapes.sqlite")), &error), qPrintable(error));
}

void TestImportShapes::shapes_everyQuestionFoundInTheRightCategory_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("categories");
    QTest::addColumn<int>("reading");
    // Heading per question: "### 1. Indexes" titles under "## Databases"; a code question.
    QTest::newRow("heading per question")
        << QStringLiteral("heading_per_question.md") << 6 << "Databases=3;Behavioral=3"
        << int(HeadingReading::Questions);
    // Q:/A: paragraphs, <details>, a table, Question/Answer headings, task and numbered lists.
    QTest::newRow("question and answer pairs")
        << "question_answer_pairs.md" << 11 << "Caching=2;Details=2;Table=3;Tasks=4"
        << int(HeadingReading::Categories);
    // Paragraphs with <br>, emphasis, inline code; prompts that do not end in "?".
    QTest::newRow("paragraphs") << "paragraphs.md" << 6 << "Services=4;Me=2"
                                << int(HeadingReading::Categories);
    // The shapes the importer read before: kept as they were.
    QTest::newRow("list style") << "list_style.md" << 7 << "" << int(HeadingReading::Categories);
    QTest::newRow("heading + paragraph") << "heading_paragraph.md" << 4 << "Culture=2;Technical=2"
                                         << int(HeadingReading::Categories);
}

void TestImportShapes::shapes_everyQuestionFoundInTheRightCategory()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QString, categories);
    QFETCH(int, reading);
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(file), file, bank);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QCOMPARE(p.pack.questions.size(), count);
    if (!categories.isEmpty())
        QCOMPARE(categoryCounts(p), categories);
    QCOMPARE(int(p.reading), reading);
    QVERIFY(!p.shape.isEmpty());
}

void TestImportShapes::headingPerQuestion_keepsLinksAndCodeWithTheQuestion()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("heading_per_question.md")),
                                          QStringLiteral("heading_per_question.md"), bank);
    // The paragraph ending in "?<br/>" is the question; the "[Resources](…)" line under it is a
    // reference on it, not a question and not left out.
    const Question *index = questionStarting(p, QStringLiteral("What is a database index"));
    QVERIFY(index);
    QCOMPARE(index->text,
             QStringLiteral(
                 "What is a database index, and when would adding one make things slower?"));
    QCOMPARE(index->guidance, QStringLiteral("Resources: https://example.org/indexes"));
    const Question *acid = questionStarting(p, QStringLiteral("Explain what ACID"));
    QVERIFY(acid);
    QCOMPARE(acid->guidance, QStringLiteral("Resources: https://example.org/acid\n"
                                            "Answer: https://example.org/acid-answer"));
    // "Tell me about…" and "Describe…" are prompts, not left out.
    QVERIFY(questionStarting(p, QStringLiteral("Tell me about a time you disagreed")));
    QVERIFY(questionStarting(p, QStringLiteral("Describe a project that failed")));
    // Code under a question stays with it.
    const Question *code = questionStarting(p, QStringLiteral("What does this print?"));
    QVERIFY(code);
    QCOMPARE(code->text, QStringLiteral("What does this print?\n\n```\nprint(sum(range(4)))\n```"));
    QVERIFY2(p.shape.contains(QStringLiteral("a heading for each question (6)")),
             qPrintable(p.shape));
    QVERIFY2(p.shape.contains(QStringLiteral("2 with links")), qPrintable(p.shape));
    QVERIFY2(p.shape.contains(QStringLiteral("1 with code")), qPrintable(p.shape));
}

void TestImportShapes::questionAnswerPairs_answerBecomesTheOutline()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("question_answer_pairs.md")),
                                          QStringLiteral("question_answer_pairs.md"), bank);
    auto outline = [&p](const char *start) {
        const Question *q = questionStarting(p, QString::fromUtf8(start));
        return q ? q->outline : QStringLiteral("(no question)");
    };
    QCOMPARE(outline("What is a cache stampede?"),
             QStringLiteral("Many requests miss at once and all hit the database."));
    QCOMPARE(outline("How do you pick a TTL?"),
             QStringLiteral("From how stale the data may be. Shorter for prices."));
    QCOMPARE(outline("What is a write-ahead log?"),
             QStringLiteral("Changes are written to an append-only log before the data files."));
    QCOMPARE(outline("Why use a message queue?"),
             QStringLiteral("To decouple producers from consumers."));
    QCOMPARE(outline("What is sharding?"), QStringLiteral("Splitting data across machines by key."));
    QCOMPARE(outline("What is a bloom filter?"),
             QStringLiteral("A probabilistic set: no false negatives."));
    // Task list boxes and "1)" numbers are not part of the text.
    QVERIFY(questionStarting(p, QStringLiteral("Design a URL shortener")));
    QVERIFY(questionStarting(p, QStringLiteral("What is a semaphore?")));
    QVERIFY2(p.shape.contains(QStringLiteral("6 with an answer")) == false, qPrintable(p.shape));
    QVERIFY2(p.shape.contains(QStringLiteral("7 with an answer")), qPrintable(p.shape));
}

void TestImportShapes::readings_switchChangesCategoriesAndCounts()
{
    QuestionBank bank(m_db);
    const QByteArray bytes = dataFile(QStringLiteral("heading_per_question.md"));
    const ImportPreview asQuestions = previewImport(bytes, QStringLiteral("h.md"), bank);
    QCOMPARE(asQuestions.reading, HeadingReading::Questions);
    QCOMPARE(asQuestions.categories.size(), 2);
    ImportOptions categories;
    categories.reading = HeadingReading::Categories;
    const ImportPreview asCategories = previewImport(bytes, QStringLiteral("h.md"), bank, categories);
    QCOMPARE(asCategories.reading, HeadingReading::Categories);
    // Every title heading is a category of one question in this reading.
    QCOMPARE(asCategories.categories.size(), 6);
    QCOMPARE(asCategories.categories.first().name, QStringLiteral("Indexes"));
    QCOMPARE(asCategories.pack.questions.size(), 6);
    QVERIFY(asQuestions.readingsDiffer);
    QVERIFY(asCategories.readingsDiffer);
    // A list under each heading reads the same either way: no switch to offer.
    const ImportPreview list = previewImport(dataFile(QStringLiteral("list_style.md")),
                                             QStringLiteral("list_style.md"), bank);
    QVERIFY(!list.readingsDiffer);
}

void TestImportShapes::leftOut_saysLineAndWhy()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("heading_per_question.md")),
                                          QStringLiteral("heading_per_question.md"), bank);
    QCOMPARE(
        p.leftOut,
        (QStringList{QStringLiteral("line 3: A collection of questions. Contributions welcome! (text "
                                    "that asks nothing)"),
                     QStringLiteral("line 7: Databases (links only, with no question above them)"),
                     QStringLiteral("line 8: Behavioral (links only, with no question above them)"),
                     QStringLiteral("line 47: MIT (a label or topic, not a question)")}));
    const ImportPreview readme = previewImport(dataFile(QStringLiteral("readme_with_toc.md")),
                                               QStringLiteral("README.md"), bank);
    const QString all = readme.leftOut.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(
                 QStringLiteral("line 25: Status | Meaning (a table without a question column)")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("line 35: How is this code block not a question? (code "
                                         "with no question above it)")),
             qPrintable(all));
}

void TestImportShapes::codeUnderAQuestion_survivesMarkdownExportAndImport()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("heading_per_question.md")),
                                          QStringLiteral("heading_per_question.md"), bank);
    const QString md = questionsToMarkdown(QStringLiteral("Back"), p.pack.questions);
    const MarkdownQuestions back = readMarkdownQuestions(md);
    QCOMPARE(back.questions.size(), p.pack.questions.size());
    for (qsizetype i = 0; i < back.questions.size(); ++i)
        QCOMPARE(textWithCode(back.questions.at(i)), p.pack.questions.at(i).text);
}

void TestImportShapes::importedShapes_areSavedWithOutlineAndLinks()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("question_answer_pairs.md")),
                                          QStringLiteral("question_answer_pairs.md"), bank);
    QString error;
    QVERIFY2(applyImport(bank, p, &error), qPrintable(error));
    const std::optional<Pack> saved = bank.pack(p.pack.id);
    QVERIFY(saved);
    QCOMPARE(saved->questions.size(), 11);
    bool found = false;
    for (const Question &q : saved->questions) {
        if (q.text == u"What is sharding?") {
            QCOMPARE(q.outline, QStringLiteral("Splitting data across machines by key."));
            found = true;
        }
    }
    QVERIFY(found);
}

// What the real public lists measured in docs/import.md do, each case written anew in our own
// words: the Markdown, the questions expected ("text @ category", in order), and a field of the
// first question to check ("notes:", "outline:" or nothing).
void TestImportShapes::publishedQuirks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("firstField");
    QTest::newRow("numbered item holding a heading, contents table")
        << QStringLiteral("# JS\n\n### Table of Contents\n\n| No. | Questions |\n|---|---|\n"
                          "| 1 | [What is a closure](#what-is-a-closure) |\n\n"
                          "1. ### What is a closure\n\n    A function and the scope it was made "
                          "in.\n\n2. ### What is hoisting\n\n    Declarations move up.\n\n"
                          "    - If it is a var, it starts undefined.\n")
        << QStringList{QStringLiteral("What is a closure @ JS"),
                       QStringLiteral("What is hoisting @ JS")}
        << QStringLiteral("notes:A function and the scope it was made in.");
    QTest::newRow("question heading whose answer has a list")
        << QStringLiteral("# Node\n\n## Q. What is the event loop?\n\nIt runs callbacks.\n\n"
                          "* Timers first.\n* Then I/O.\n\n## Q. What is a stream?\n\nData in "
                          "chunks.\n")
        << QStringList{QStringLiteral("What is the event loop? @ Node"),
                       QStringLiteral("What is a stream? @ Node")}
        << QStringLiteral("notes:It runs callbacks.\n- Timers first.\n- Then I/O.");
    QTest::newRow("task heading ending in a full stop")
        << QStringLiteral("# B\n\n### Explain RESTful API principles.\n\nResources, verbs.\n")
        << QStringList{QStringLiteral("Explain RESTful API principles. @ B")} << QString();
    QTest::newRow("question heading with sub-headings")
        << QStringLiteral("# M\n\n## 1. What is a service mesh?\n\nSidecars.\n\n### Core "
                          "parts\n\nA data plane.\n\n## 2. How do services find each other?\n\n"
                          "A registry.\n")
        << QStringList{QStringLiteral("What is a service mesh? @ M"),
                       QStringLiteral("How do services find each other? @ M")}
        << QStringLiteral("notes:Sidecars.\n\nCore parts\n\nA data plane.");
    QTest::newRow("task verbs, contractions, an opening phrase")
        << QStringLiteral("## Design\n\n- What's the gap between design and architecture? "
                          "Discuss.\n- Using any language, write a small REPL.\n- Generate unique "
                          "random numbers.\n- Defend the monolith.\n")
        << QStringList{QStringLiteral("What's the gap between design and architecture? Discuss. @ "
                                      "Design"),
                       QStringLiteral("Using any language, write a small REPL. @ Design"),
                       QStringLiteral("Generate unique random numbers. @ Design"),
                       QStringLiteral("Defend the monolith. @ Design")}
        << QString();
    QTest::newRow("answer lines under a question are notes, not questions")
        << QStringLiteral("## What does a cache-aside read do?\n\nIt looks in the cache first.\n\n"
                          "- If the key is there, it returns it.\n- Can be turned off.\n- How it "
                          "works: a TTL.\n")
        << QStringList{QStringLiteral("What does a cache-aside read do? @ ")}
        << QStringLiteral("notes:It looks in the cache first.\n- If the key is there, it returns "
                          "it.\n- Can be turned off.\n- How it works: a TTL.");
    QTest::newRow("true or false in a details block")
        << QStringLiteral("## Git\n\n<details>\n<summary>True or False? git fetch changes your "
                          "files</summary><br><b>\nFalse\n</b></details>\n")
        << QStringList{QStringLiteral("True or False? git fetch changes your files @ Git")}
        << QStringLiteral("outline:False");
    QTest::newRow("title over a context sentence and a question")
        << QStringLiteral("## Patterns\n\n#### Singletons\nWhy are singletons hard to test?\n\n"
                          "#### Demeter\nThe Law of Demeter limits who a unit talks to.<br/>\nWould "
                          "you break it, and then fix it?<br/>\n\n#### Active Record\nWhat are its "
                          "drawbacks?\n")
        << QStringList{QStringLiteral("Why are singletons hard to test? @ Patterns"),
                       QStringLiteral("The Law of Demeter limits who a unit talks to. Would you "
                                      "break it, and then fix it? @ Patterns"),
                       QStringLiteral("What are its drawbacks? @ Patterns")}
        << QString();
    QTest::newRow("title over a paragraph that asks in its last sentence")
        << QStringLiteral("## Agile\n\n#### Manifesto\nPeople over process is one of its values. "
                          "Discuss.\n\n#### Late projects\nHow would you run a late project?\n")
        << QStringList{QStringLiteral("People over process is one of its values. Discuss. @ Agile"),
                       QStringLiteral("How would you run a late project? @ Agile")}
        << QString();
    QTest::newRow("markup in a category heading, front matter title")
        << QStringLiteral("---\ntitle: My list\n---\n\n## [[↑]](#toc) <a name='p'>About "
                          "patterns:</a>\n\n- What is a factory?\n")
        << QStringList{QStringLiteral("What is a factory? @ About patterns")} << QString();
    QTest::newRow("divider heading over question headings of its own level")
        << QStringLiteral("# Node\n\n## # 1. INTRO\n\n<br/>\n\n## Q. What is Node?\n\nA "
                          "runtime.\n\n## # 2. STREAMS\n\n## Q. What is a pipe?\n\nIt joins "
                          "streams.\n")
        << QStringList{QStringLiteral("What is Node? @ INTRO"),
                       QStringLiteral("What is a pipe? @ STREAMS")}
        << QString();
    QTest::newRow("a heading indented into an item, an answer heading")
        << QStringLiteral("# JS\n\n1. ### What is call?\n\n    It calls.\n\n  ## Key points\n\n"
                          "  - Fast.\n\n2. ### What is bind?\n\n    It binds.\n\n### Coding\n\n"
                          "#### 1. What is the output of this code\n\n```js\nlog(1)\n```\n\n"
                          "##### Answer: 4\n\nIt logs one.\n")
        << QStringList{QStringLiteral("What is call? @ JS"), QStringLiteral("What is bind? @ JS"),
                       QStringLiteral("What is the output of this code\n\n```\nlog(1)\n``` @ Coding")}
        << QStringLiteral("notes:It calls.\n\nKey points\n- Fast.");
    QTest::newRow("a paragraph under an item, a fence that ends with its item")
        << QStringLiteral("# R\n\n1. What does useMemo do?\n\n    It caches a value.\n\n"
                          "    ```js\n    const v = f(a);\n    ```\n    A stray fence:\n    ```\n\n"
                          "[Back to top](#top)\n\n2. What does useRef do?\n\n    It keeps a box.\n")
        << QStringList{QStringLiteral("What does useMemo do?\n\n```\nconst v = f(a);\n``` @ R"),
                       QStringLiteral("What does useRef do? @ R")}
        << QStringLiteral("notes:It caches a value.");
}

void TestImportShapes::publishedQuirks()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, expected);
    QFETCH(QString, firstField);
    const MarkdownQuestions doc = readMarkdownQuestions(markdown);
    QStringList found;
    for (const MarkdownQuestion &q : doc.questions)
        found.append(textWithCode(q) + QStringLiteral(" @ ") + q.category);
    QCOMPARE(found, expected);
    if (firstField.startsWith(QStringLiteral("notes:")))
        QCOMPARE(doc.questions.first().notes, firstField.mid(6));
    else if (firstField.startsWith(QStringLiteral("outline:")))
        QCOMPARE(doc.questions.first().outline, firstField.mid(8));
}

void TestImportShapes::longCodeUnderAQuestion_goesToTheNotes()
{
    // A question with 90 lines of code is longer than a pack question may be: the code goes to
    // its notes instead of refusing the whole file.
    QString code;
    for (int i = 0; i < 90; ++i)
        code += QStringLiteral("const value%1 = computeSomething(value%1, options);\n").arg(i);
    const QString md = QStringLiteral("# N\n\n## Q. How do you set up a pool?\n\nCreate it once."
                                      "\n\n```js\n")
                       + code + QStringLiteral("```\n\n## Q. What is a stream?\n\nChunks.\n");
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(md.toUtf8(), QStringLiteral("n.md"), bank);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QCOMPARE(p.pack.questions.size(), 2);
    QCOMPARE(p.pack.questions.first().text, QStringLiteral("How do you set up a pool?"));
    QVERIFY(p.pack.questions.first().guidance.startsWith(QStringLiteral("```\nconst value0 =")));
    QVERIFY(p.pack.questions.first().guidance.endsWith(QStringLiteral("Create it once.")));
}

QTEST_GUILESS_MAIN(TestImportShapes)
#include "test_import_shapes.moc"
