// Reading CSV and TSV files (spreadsheet exports, Anki's plain-text note exports) into
// questions: separator detection, RFC 4180 quoting with positions, a BOM, CRLF, header rows,
// Anki's header lines, HTML cells, problems at line:column and rows left out.
#include "questions/DelimitedQuestions.h"

#include <QFile>
#include <QTest>

using namespace mockloop;

namespace {

QByteArray dataFile(const QString &relative)
{
    QFile f(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/delimited/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList texts(const DelimitedQuestions &d)
{
    QStringList out;
    for (const DelimitedQuestion &q : d.questions)
        out.append(q.text);
    return out;
}

QStringList messages(const DelimitedQuestions &d)
{
    QStringList out;
    for (const DelimitedProblem &p : d.problems)
        out.append(p.message);
    return out;
}

} // namespace

class TestDelimitedQuestions : public QObject
{
    Q_OBJECT
private slots:
    void separator_commaSemicolonTab_isDetectedFromConsistentFieldCounts_data();
    void separator_commaSemicolonTab_isDetectedFromConsistentFieldCounts();
    void separator_tsvName_meansTabUnlessTheContentHasNoTabs();
    void separator_insideQuotes_isNotCounted();
    void quotes_separatorsLineBreaksAndDoubledQuotes_stayInOneField();
    void positions_fieldAfterAMultiLineField_isOnItsLaterLine();
    void bomAndCrlf_areNotPartOfAnyCell();
    void header_namedColumns_areGuessedAndMapped();
    void header_noKnownNames_firstColumnIsQuestionSecondIsAnswer();
    void header_override_readsTheFirstRowAsData();
    void mapping_override_replacesTheGuess();
    void mapping_setRole_movesARoleAndFreesTheColumn();
    void germanSemicolonFile_isReadWithItsGermanHeader();
    void anki_headerLines_areHonouredAndAreNotData();
    void anki_htmlCells_becomePlainText();
    void multiLineAnswer_keepsItsLineBreaksInTheOutline();
    void unterminatedQuote_isAProblemAtItsLineAndColumn();
    void unknownRoundKind_isAProblemNamingItsCell();
    void roundKindCell_acceptsTheCommonSpellings();
    void emptyQuestionCell_isLeftOutWithItsLine_blankLinesSilently();
    void notUtf8OrNul_isAProblemWithItsLine();
    void tags_splitOnSpacesAndCommas();
    void writeDelimited_quotesWhatNeedsIt_andReadsBackTheSameCells();
    void isDelimitedFile_byNameOrAnkiFirstLine();
};

void TestDelimitedQuestions::separator_commaSemicolonTab_isDetectedFromConsistentFieldCounts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("separator");
    QTest::newRow("comma") << QByteArray("What is a heap?,A tree; kept ordered\nWhat is a trie?,A "
                                         "prefix tree\nWhat is a graph?,Nodes and edges\n")
                           << QStringLiteral(",");
    QTest::newRow("semicolon") << QByteArray("What is a heap?;A tree, kept ordered\nWhat is a "
                                             "trie?;A prefix tree, for words, and more\n")
                               << QStringLiteral(";");
    QTest::newRow("tab") << QByteArray("What is a heap?\tA tree, kept; ordered\nWhat is a "
                                       "trie?\tA prefix tree, for words\n")
                         << QStringLiteral("\t");
}

void TestDelimitedQuestions::separator_commaSemicolonTab_isDetectedFromConsistentFieldCounts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, separator);
    const DelimitedQuestions d = readDelimitedQuestions(bytes, QStringLiteral("list.csv"));
    QCOMPARE(QString(d.separator), separator);
    QVERIFY(d.problems.isEmpty());
    QCOMPARE(texts(d).mid(0, 2),
             QStringList({QStringLiteral("What is a heap?"), QStringLiteral("What is a trie?")}));
    QCOMPARE(d.columnCount, 2);
}

void TestDelimitedQuestions::separator_tsvName_meansTabUnlessTheContentHasNoTabs()
{
    // Both separators split these rows into two: the name decides.
    const QByteArray both(
        "What is a heap?\tA tree, ordered\nWhat is a trie?\tA prefix tree, for words\n");
    QCOMPARE(readDelimitedQuestions(both, QStringLiteral("a.tsv")).separator, QLatin1Char('\t'));
    QCOMPARE(readDelimitedQuestions(both, QStringLiteral("a.tab")).separator, QLatin1Char('\t'));
    // A .tsv that a spreadsheet really wrote with semicolons.
    const QByteArray semicolons("What is a heap?;A tree\nWhat is a trie?;A prefix tree\n");
    const DelimitedQuestions d = readDelimitedQuestions(semicolons, QStringLiteral("b.tsv"));
    QCOMPARE(d.separator, QLatin1Char(';'));
    QCOMPARE(d.questions.size(), 2);
    QCOMPARE(d.questions.at(1).outline, QStringLiteral("A prefix tree"));
}

void TestDelimitedQuestions::separator_insideQuotes_isNotCounted()
{
    // Every row has two semicolons, but only inside quotes: comma is the separator.
    const QByteArray bytes("\"What; why; how?\",short\n\"Which; when; where?\",also short\n"
                           "\"Who; whom; whose?\",three\n");
    const DelimitedQuestions d = readDelimitedQuestions(bytes, QStringLiteral("q.csv"));
    QCOMPARE(d.separator, QLatin1Char(','));
    QCOMPARE(d.questions.first().text, QStringLiteral("What; why; how?"));
}

void TestDelimitedQuestions::quotes_separatorsLineBreaksAndDoubledQuotes_stayInOneField()
{
    qsizetype open = -1;
    const QList<DelimitedRecord> records =
        splitDelimited(QStringLiteral("a,\"b, with \"\"quotes\"\"\nand a line\",c\n\"\",\"x\"y,\n"),
                       QLatin1Char(','), &open);
    QCOMPARE(open, -1);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).fields.size(), 3);
    QCOMPARE(records.at(0).fields.at(1).text, QStringLiteral("b, with \"quotes\"\nand a line"));
    QCOMPARE(records.at(0).fields.at(2).text, QStringLiteral("c"));
    QCOMPARE(records.at(1).fields.size(), 3);
    QCOMPARE(records.at(1).fields.at(0).text, QString());
    QCOMPARE(records.at(1).fields.at(1).text, QStringLiteral("xy")); // text after the quote kept
    QCOMPARE(records.at(1).fields.at(2).text, QString()); // "…," ends with an empty field
}

void TestDelimitedQuestions::positions_fieldAfterAMultiLineField_isOnItsLaterLine()
{
    const QList<DelimitedRecord> records = splitDelimited(
        QStringLiteral("q1,\"one\ntwo\nthree\",tail\nq2,\"é\",x\n"), QLatin1Char(','));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).line, 1);
    QCOMPARE(records.at(0).fields.at(1).line, 1);
    QCOMPARE(records.at(0).fields.at(1).column, 4);
    QCOMPARE(records.at(0).fields.at(2).line, 3); // after "three",
    QCOMPARE(records.at(0).fields.at(2).column, 8);
    QCOMPARE(records.at(1).line, 4);
    QCOMPARE(records.at(1).fields.at(2).column, 8);
    // A character outside the BMP is one column, not two UTF-16 units.
    const QList<DelimitedRecord> wide = splitDelimited(QStringLiteral("\U0001F600,b"),
                                                       QLatin1Char(','));
    QCOMPARE(wide.at(0).fields.at(1).column, 3);
}

void TestDelimitedQuestions::bomAndCrlf_areNotPartOfAnyCell()
{
    const DelimitedQuestions d = readDelimitedQuestions(
        QByteArray("\xEF\xBB\xBFQuestion,Answer\r\nWhat is TCP?,\"A stream,\r\nordered\"\r\n"),
        QStringLiteral("x.csv"));
    QVERIFY(d.header);
    QCOMPARE(d.columnNames, QStringList({QStringLiteral("Question"), QStringLiteral("Answer")}));
    QCOMPARE(d.questions.size(), 1);
    QCOMPARE(d.questions.first().text, QStringLiteral("What is TCP?"));
    QCOMPARE(d.questions.first().outline, QStringLiteral("A stream,\nordered"));
    QCOMPARE(d.questions.first().line, 2);
}

void TestDelimitedQuestions::header_namedColumns_areGuessedAndMapped()
{
    const DelimitedQuestions d = readDelimitedQuestions(dataFile(QStringLiteral("spreadsheet.csv")),
                                                        QStringLiteral("spreadsheet.csv"));
    QVERIFY2(d.problems.isEmpty(), qPrintable(messages(d).join(u'\n')));
    QVERIFY(d.header);
    QCOMPARE(d.separator, QLatin1Char(','));
    QCOMPARE(d.mapping, (ColumnMapping{0, 1, 2, 3, 4}));
    QCOMPARE(texts(d), QStringList({
                           QStringLiteral("What does a database index cost on writes?"),
                           QStringLiteral("How would you explain \"eventual consistency\" to a "
                                          "product manager?"),
                           QStringLiteral("Tell me about a time you disagreed with a reviewer."),
                           QStringLiteral("Design a URL shortener."),
                           QStringLiteral("Why do you want to work here?"),
                       }));
    const DelimitedQuestion &first = d.questions.first();
    QCOMPARE(first.category, QStringLiteral("Databases"));
    QCOMPARE(first.tags, QStringList({QStringLiteral("sql"), QStringLiteral("indexing")}));
    QVERIFY(!first.kind);
    QCOMPARE(d.questions.at(2).kind, RoundKind::Behavioral);
    QCOMPARE(d.questions.at(3).kind, RoundKind::SystemDesign);
    QCOMPARE(d.questions.at(4).kind, RoundKind::CulturalFit);
    QCOMPARE(d.questions.at(4).outline, QString());
}

void TestDelimitedQuestions::header_noKnownNames_firstColumnIsQuestionSecondIsAnswer()
{
    const DelimitedQuestions d = readDelimitedQuestions(
        QByteArray("What is a CDN?,Caches near users,web\nWhat is DNS?,Names to addresses,net\n"),
        QStringLiteral("x.csv"));
    QVERIFY(!d.header);
    QCOMPARE(d.mapping, (ColumnMapping{0, 1, -1, -1, -1}));
    QCOMPARE(d.columnNames, QStringList({QString(), QString(), QString()}));
    QCOMPARE(d.questions.size(), 2);
    QCOMPARE(d.questions.at(1).outline, QStringLiteral("Names to addresses"));
    QVERIFY(d.questions.at(1).tags.isEmpty());
    // One column: no answer.
    const DelimitedQuestions one = readDelimitedQuestions(QByteArray("What is a CDN?\nWhat is DNS?\n"),
                                                          QStringLiteral("y.csv"));
    QCOMPARE(one.mapping, (ColumnMapping{0, -1, -1, -1, -1}));
    QCOMPARE(one.questions.size(), 2);
}

void TestDelimitedQuestions::header_override_readsTheFirstRowAsData()
{
    const QByteArray bytes("Question,Answer\nWhat is a CDN?,Caches near users\n");
    DelimitedOptions options;
    options.header = false;
    const DelimitedQuestions d = readDelimitedQuestions(bytes, QStringLiteral("x.csv"), options);
    QVERIFY(!d.header);
    QCOMPARE(texts(d), QStringList({QStringLiteral("Question"), QStringLiteral("What is a CDN?")}));
    // And the other way round: a first row that names nothing known is still a header.
    options.header = true;
    const DelimitedQuestions h = readDelimitedQuestions(
        QByteArray("Prompt text,Notes\nWhat is a CDN?,Caches\n"), QStringLiteral("x.csv"), options);
    QCOMPARE(h.columnNames, QStringList({QStringLiteral("Prompt text"), QStringLiteral("Notes")}));
    QCOMPARE(texts(h), QStringList({QStringLiteral("What is a CDN?")}));
    QCOMPARE(h.mapping.question, 0);
    QCOMPARE(h.mapping.answer, -1); // named columns that name nothing known are not imported
}

void TestDelimitedQuestions::mapping_override_replacesTheGuess()
{
    DelimitedOptions options;
    options.mapping = ColumnMapping{1, 0, -1, -1, 2};
    const DelimitedQuestions d = readDelimitedQuestions(QByteArray(
                                                            "An answer,What is asked?,project\n"),
                                                        QStringLiteral("x.csv"), options);
    QCOMPARE(d.questions.size(), 1);
    QCOMPARE(d.questions.first().text, QStringLiteral("What is asked?"));
    QCOMPARE(d.questions.first().outline, QStringLiteral("An answer"));
    QCOMPARE(d.questions.first().kind, RoundKind::Project);
    QCOMPARE(d.questions.first().column, 11);
}

void TestDelimitedQuestions::mapping_setRole_movesARoleAndFreesTheColumn()
{
    ColumnMapping m{0, 1, -1, -1, -1};
    m.setRole(2, ColumnRole::Question);
    QCOMPARE(m, (ColumnMapping{2, 1, -1, -1, -1}));
    m.setRole(1, ColumnRole::Tags);
    QCOMPARE(m, (ColumnMapping{2, -1, -1, 1, -1}));
    m.setRole(2, ColumnRole::None);
    QCOMPARE(m, (ColumnMapping{-1, -1, -1, 1, -1}));
    QCOMPARE(m.roleOf(1), ColumnRole::Tags);
    QCOMPARE(m.roleOf(0), ColumnRole::None);
}

void TestDelimitedQuestions::germanSemicolonFile_isReadWithItsGermanHeader()
{
    const DelimitedQuestions d = readDelimitedQuestions(dataFile(
                                                            QStringLiteral("german_semicolon.csv")),
                                                        QStringLiteral("german_semicolon.csv"));
    QVERIFY2(d.problems.isEmpty(), qPrintable(messages(d).join(u'\n')));
    QCOMPARE(d.separator, QLatin1Char(';'));
    QVERIFY(d.header);
    QCOMPARE(d.mapping, (ColumnMapping{0, 1, 2, -1, -1}));
    QCOMPARE(d.questions.size(), 4); // the blank line is skipped silently
    QVERIFY(d.leftOut.isEmpty());
    QCOMPARE(d.questions.at(1).outline,
             QStringLiteral("Ein Schlüssel wird gehasht, der Wert zeigt auf die Zeile."));
    QCOMPARE(d.questions.at(2).outline, QStringLiteral("Ziel; Ihre Rolle; Ergebnis"));
    QCOMPARE(d.questions.at(3).line, 6);
    QCOMPARE(d.questions.at(3).category, QStringLiteral("Motivation"));
}

void TestDelimitedQuestions::anki_headerLines_areHonouredAndAreNotData()
{
    const DelimitedQuestions d = readDelimitedQuestions(dataFile(QStringLiteral("anki_export.txt")),
                                                        QStringLiteral("anki_export.txt"));
    QVERIFY2(d.problems.isEmpty(), qPrintable(messages(d).join(u'\n')));
    QCOMPARE(d.separator, QLatin1Char('\t'));
    QVERIFY(d.html);
    QVERIFY(!d.header);
    QCOMPARE(d.mapping, (ColumnMapping{0, 1, -1, 2, -1}));
    QCOMPARE(d.questions.size(), 3);
    QCOMPARE(d.questions.first().line, 4); // after three header lines
    QCOMPARE(d.questions.first().tags,
             QStringList({QStringLiteral("concurrency"), QStringLiteral("threads")}));
    QCOMPARE(d.leftOut.size(), 1);
    QCOMPARE(d.leftOut.first().line, 7);

    // #columns names the columns (no header row), #deck gives rows a category, #notetype column
    // is never a question, and the separator comes from #separator even though commas abound.
    const QByteArray named("#separator:Semicolon\n#columns:Type;Front;Back;Deck\n#notetype column:1\n"
                           "#deck column:4\n#tags:imported mine\n"
                           "Basic;What is a B-tree, really?;A balanced, wide tree;Databases\n"
                           "Basic;What is WAL, briefly?;Log first, then pages;\n");
    const DelimitedQuestions n = readDelimitedQuestions(named, QStringLiteral("deck.txt"));
    QVERIFY2(n.problems.isEmpty(), qPrintable(messages(n).join(u'\n')));
    QCOMPARE(n.separator, QLatin1Char(';'));
    QCOMPARE(n.columnNames, QStringList({QStringLiteral("Type"), QStringLiteral("Front"),
                                         QStringLiteral("Back"), QStringLiteral("Deck")}));
    QCOMPARE(n.mapping, (ColumnMapping{1, 2, 3, -1, -1}));
    QCOMPARE(texts(n), QStringList({QStringLiteral("What is a B-tree, really?"),
                                    QStringLiteral("What is WAL, briefly?")}));
    QCOMPARE(n.questions.first().category, QStringLiteral("Databases"));
    QCOMPARE(n.questions.first().tags,
             QStringList({QStringLiteral("imported"), QStringLiteral("mine")}));
    QCOMPARE(n.questions.at(1).line, 7);
}

void TestDelimitedQuestions::anki_htmlCells_becomePlainText()
{
    const DelimitedQuestions d = readDelimitedQuestions(dataFile(QStringLiteral("anki_export.txt")),
                                                        QStringLiteral("anki_export.txt"));
    QCOMPARE(d.questions.at(0).outline,
             QStringLiteral("Two threads touch shared state and the result depends on timing.\n"
                            "Fix it with a lock or by not sharing."));
    QCOMPARE(d.questions.at(1).text, QStringLiteral("Explain the CAP theorem."));
    QCOMPARE(d.questions.at(1).outline,
             QStringLiteral("Consistency, availability, partition tolerance:\npick two when the "
                            "network splits.\nMost systems choose between C and A."));
    QCOMPARE(d.questions.at(2).text,
             QStringLiteral("What does \"idempotent\" mean for an HTTP method?"));
    QCOMPARE(d.questions.at(2).outline,
             QStringLiteral("Calling it twice has the same effect as once & is safe to retry."));
    QCOMPARE(plainTextOfHtml(QStringLiteral("a &lt;b&gt; &#39;c&#x27; 1 < 2 &unknown; &")),
             QStringLiteral("a <b> 'c' 1 < 2 &unknown; &"));
    QCOMPARE(plainTextOfHtml(QStringLiteral("<b>Bold</b> first<br>then &lt;not a tag")),
             QStringLiteral("Bold first\nthen <not a tag"));
    QCOMPARE(plainTextOfHtml(QStringLiteral("<div>one</div><div>two</div>")),
             QStringLiteral("one\ntwo"));
    // Without #html:true, markup is text.
    const DelimitedQuestions plain = readDelimitedQuestions(QByteArray("Is <b>this</b> bold?,no\n"),
                                                            QStringLiteral("x.csv"));
    QCOMPARE(plain.questions.first().text, QStringLiteral("Is <b>this</b> bold?"));
}

void TestDelimitedQuestions::multiLineAnswer_keepsItsLineBreaksInTheOutline()
{
    const DelimitedQuestions d = readDelimitedQuestions(dataFile(
                                                            QStringLiteral("multiline_answer.tsv")),
                                                        QStringLiteral("multiline_answer.tsv"));
    QVERIFY2(d.problems.isEmpty(), qPrintable(messages(d).join(u'\n')));
    QCOMPARE(d.questions.size(), 2);
    QCOMPARE(d.questions.at(0).outline,
             QStringLiteral("Expand first:\n- add the new column\n- write to both\n- backfill\n"
                            "Then contract: drop the old column."));
    QCOMPARE(d.questions.at(1).line, 6);
    QCOMPARE(d.records.at(1).fields.at(1).line, 6);
    QCOMPARE(d.records.at(1).fields.at(1).column, 21);
}

void TestDelimitedQuestions::unterminatedQuote_isAProblemAtItsLineAndColumn()
{
    const DelimitedQuestions d = readDelimitedQuestions(dataFile(QStringLiteral("unterminated.csv")),
                                                        QStringLiteral("unterminated.csv"));
    QCOMPARE(messages(d),
             QStringList({QStringLiteral("unterminated.csv:4:21: answer: a quoted field is not "
                                         "closed; expected a closing \"")}));
    QCOMPARE(d.problems.first().line, 4);
    QCOMPARE(d.problems.first().column, 21);
    QCOMPARE(d.questions.size(), 2); // the rows before it are read (for the preview)
    // In a column with no role, the problem names the column.
    const DelimitedQuestions other = readDelimitedQuestions(QByteArray("What is it?,fine,\"open\n"),
                                                            QStringLiteral("x.csv"));
    QCOMPARE(messages(other),
             QStringList({QStringLiteral("x.csv:1:18: column 3: a quoted field is not closed; expected a "
                                         "closing \"")}));
    // Also when the open quote is in the header row.
    DelimitedOptions header;
    header.header = true;
    const DelimitedQuestions inHeader = readDelimitedQuestions(
        QByteArray("question,\"answer\nWhat is it?,fine\n"), QStringLiteral("h.csv"), header);
    QCOMPARE(messages(inHeader),
             QStringList({QStringLiteral("h.csv:1:10: column 2: a quoted field is not closed; "
                                         "expected a closing \"")}));
    QVERIFY(inHeader.questions.isEmpty());
}

void TestDelimitedQuestions::unknownRoundKind_isAProblemNamingItsCell()
{
    const DelimitedQuestions d = readDelimitedQuestions(
        QByteArray("question,kind\nWhat is a queue?,technical\nWhy this team?,  sales pitch \n"),
        QStringLiteral("kinds.csv"));
    QCOMPARE(messages(d), QStringList({QStringLiteral(
                              "kinds.csv:3:16: kind: \"sales pitch\" is not a round kind; expected "
                              "technical, system design, behavioral, cultural fit or project")}));
    QCOMPARE(d.questions.first().kind, RoundKind::Technical);
}

void TestDelimitedQuestions::roundKindCell_acceptsTheCommonSpellings()
{
    QCOMPARE(roundKindFromCell(QStringLiteral("System Design")), RoundKind::SystemDesign);
    QCOMPARE(roundKindFromCell(QStringLiteral("system_design")), RoundKind::SystemDesign);
    QCOMPARE(roundKindFromCell(QStringLiteral("SYSTEM-DESIGN")), RoundKind::SystemDesign);
    QCOMPARE(roundKindFromCell(QStringLiteral("behavioural")), RoundKind::Behavioral);
    QCOMPARE(roundKindFromCell(QStringLiteral(" Behavioral ")), RoundKind::Behavioral);
    QCOMPARE(roundKindFromCell(QStringLiteral("cultural fit")), RoundKind::CulturalFit);
    QCOMPARE(roundKindFromCell(QStringLiteral("cultural_fit")), RoundKind::CulturalFit);
    QCOMPARE(roundKindFromCell(QStringLiteral("Project")), RoundKind::Project);
    QCOMPARE(roundKindFromCell(QStringLiteral("technical")), RoundKind::Technical);
    QVERIFY(!roundKindFromCell(QStringLiteral("design")));
    QVERIFY(!roundKindFromCell(QString()));
}

void TestDelimitedQuestions::emptyQuestionCell_isLeftOutWithItsLine_blankLinesSilently()
{
    const DelimitedQuestions d = readDelimitedQuestions(
        QByteArray("question,answer\n\nWhat is a queue?,FIFO\n,An orphan answer\n,,\n  \n"
                   "What is a stack?,LIFO\n"),
        QStringLiteral("x.csv"));
    QCOMPARE(texts(d),
             QStringList({QStringLiteral("What is a queue?"), QStringLiteral("What is a stack?")}));
    QCOMPARE(d.leftOut.size(), 1);
    QCOMPARE(d.leftOut.first().line, 4);
    QCOMPARE(d.leftOut.first().reason,
             QStringLiteral("the question cell (column 1) is empty: An orphan answer"));
    QVERIFY(d.problems.isEmpty());
}

void TestDelimitedQuestions::notUtf8OrNul_isAProblemWithItsLine()
{
    const DelimitedQuestions bad = readDelimitedQuestions(QByteArray("a,b\nWhat is \xff?,x\n"),
                                                          QStringLiteral("x.csv"));
    QCOMPARE(messages(bad),
             QStringList({QStringLiteral("x.csv:2: not UTF-8 text; save the file as UTF-8")}));
    QCOMPARE(bad.problems.first().line, 2);
    QCOMPARE(bad.problems.first().column, 1);
    const DelimitedQuestions nul = readDelimitedQuestions(QByteArray("a,b\nc,d\nWhat\0?,x\n", 18),
                                                          QStringLiteral("x.csv"));
    QCOMPARE(messages(nul), QStringList({QStringLiteral("x.csv:3: a NUL byte; expected text")}));
}

void TestDelimitedQuestions::tags_splitOnSpacesAndCommas()
{
    const DelimitedQuestions d = readDelimitedQuestions(
        QByteArray("Question\tTags\nWhat is a lock?\tconcurrency,  os threads,,os\n"),
        QStringLiteral("t.tsv"));
    QCOMPARE(d.questions.first().tags,
             QStringList(
                 {QStringLiteral("concurrency"), QStringLiteral("os"), QStringLiteral("threads")}));
}

void TestDelimitedQuestions::writeDelimited_quotesWhatNeedsIt_andReadsBackTheSameCells()
{
    const QList<QStringList> rows = {
        {QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("say \"hi\"")},
        {QString()},
        {QStringLiteral("two\nlines"), QString(), QStringLiteral(" padded ")},
        {QStringLiteral("\"starts quoted\" then"), QStringLiteral("cr\ronly")},
    };
    for (const QChar sep : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const QString text = writeDelimited(rows, sep);
        qsizetype open = -1;
        const QList<DelimitedRecord> back = splitDelimited(text, sep, &open);
        QCOMPARE(open, -1);
        QCOMPARE(back.size(), rows.size());
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QStringList cells;
            for (const DelimitedField &f : back.at(r).fields)
                cells.append(f.text);
            QCOMPARE(cells, rows.at(r));
        }
    }
    QCOMPARE(writeDelimited({{QStringLiteral("a,b"), QStringLiteral("c")}}, QLatin1Char(',')),
             QStringLiteral("\"a,b\",c"));
}

void TestDelimitedQuestions::isDelimitedFile_byNameOrAnkiFirstLine()
{
    QVERIFY(isDelimitedFile(QStringLiteral("x.CSV"), {}));
    QVERIFY(isDelimitedFile(QStringLiteral("x.tsv"), {}));
    QVERIFY(isDelimitedFile(QStringLiteral("x.tab"), {}));
    QVERIFY(isDelimitedFile(QStringLiteral("deck.txt"), QByteArray("#separator:tab\nA\tB\n")));
    QVERIFY(isDelimitedFile(QStringLiteral("deck.txt"), QByteArray("\xEF\xBB\xBF#separator:Comma\n")));
    QVERIFY(!isDelimitedFile(QStringLiteral("notes.txt"), QByteArray("# Questions\n- What?\n")));
    QVERIFY(!isDelimitedFile(QStringLiteral("notes.md"), QByteArray("#separator:tab\n")));
}

QTEST_GUILESS_MAIN(TestDelimitedQuestions)
#include "test_delimited_questions.moc"
