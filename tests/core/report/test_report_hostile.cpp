// The report with hostile text (issue 16): an answer or note holding a heading, a fence, HTML,
// a link reference or control characters stays inside its own block quote in the Markdown and
// changes no block of the report around it; the report's own texts (title, question) show as
// written; the HTML escapes every character of it, so a <script> arrives as "&lt;script&gt;"
// and reads back as text. The Markdown and HTML are read back by Qt's own parsers
// (QTextDocument: md4c for Markdown, the HTML reader the desktop page and the PDF use).
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "report/ReportHtml.h"
#include "report/ReportMarkdown.h"
#include "report/ReportModel.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "FakeClock.h"
#include "HostileText.h"
#include "TempDatabase.h"

#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace mockloop;
using mockloop::test::FakeClock;
using mockloop::test::HostileSample;

namespace {

// One block of a rendered document: what it is, where, and its text.
struct Block
{
    int heading = 0;
    int quoteLevel = 0;
    bool code = false;
    bool rule = false;
    QString text;

    QString describe() const
    {
        return QStringLiteral("[h%1 q%2 %3] %4")
            .arg(QString::number(heading), QString::number(quoteLevel),
                 code ? QStringLiteral("code")
                      : (rule ? QStringLiteral("rule") : QStringLiteral("text")),
                 text);
    }
    friend bool operator==(const Block &, const Block &) = default;
};

QList<Block> blocksOf(const QTextDocument &document)
{
    QList<Block> blocks;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        const QTextBlockFormat f = b.blockFormat();
        blocks.append({f.headingLevel(), f.property(QTextFormat::BlockQuoteLevel).toInt(),
                       f.hasProperty(QTextFormat::BlockCodeFence) || f.nonBreakableLines(),
                       f.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth), b.text()});
    }
    return blocks;
}

QList<Block> markdownBlocks(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    return blocksOf(document);
}

// Whether a block is the person's text: inside a block quote, or a heading below the report's
// own three levels, code or a rule (the report writes none of them). QTextDocument's Markdown
// reader keeps the quote level of paragraphs and list items only, not of headings, code or
// rules in a quote.
bool personsBlock(const Block &b)
{
    return b.quoteLevel > 0 || b.heading >= 4 || b.code || b.rule;
}

// The blocks a person's text cannot have made.
QList<Block> reportOwnBlocks(const QList<Block> &blocks)
{
    QList<Block> own;
    for (const Block &b : blocks) {
        if (!personsBlock(b))
            own.append(b);
    }
    return own;
}

QString describe(const QList<Block> &blocks)
{
    QStringList lines;
    for (const Block &b : blocks)
        lines << b.describe();
    return lines.join(QLatin1Char('\n'));
}

// Where two block lists part: the first block that differs, with its neighbours.
QString firstDifference(const QList<Block> &actual, const QList<Block> &expected)
{
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i))
        ++i;
    const qsizetype from = std::max<qsizetype>(0, i - 2);
    return QStringLiteral("block %1 of %2 (expected %3)\nactual:\n%4\nexpected:\n%5")
        .arg(QString::number(i), QString::number(actual.size()), QString::number(expected.size()),
             describe(actual.mid(from, 5)), describe(expected.mid(from, 5)));
}

} // namespace

class TestReportHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void markdown_answerAndNote_eachSample_stayInTheirQuote_andChangeNoBlockOfTheReport();
    void markdown_titleAndQuestion_eachSample_showAsWritten_inTheSameBlocks();
    void html_eachSample_isEscaped_andReadsBackAsText();
    void html_scriptAndLinks_neverBecomeMarkup();
    void html_fenceLeftOpenAtTheEnd_keepsItsLinesAsCode();

private:
    // The report of a real stored session (one graded answer), its hints left out: each test
    // puts a sample into it and renders it.
    SessionReport m_report;
    SessionReport withAnswer(const QString &text) const;
};

void TestReportHostile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    test::TempDatabase data;
    QString error;
    QVERIFY2(data.open(&error), qPrintable(error));
    FakeClock clock;
    LoopPlan plan;
    plan.name = QStringLiteral("Hostile text");
    plan.prepSeconds = 0;
    plan.answerSeconds = 60;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    auto c = SessionController::start(data.db, plan, &clock, &error);
    QVERIFY2(c, qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("answer"), QStringLiteral("placeholder")}});
    clock.advanceSeconds(30);
    QVERIFY(c->handle(Event::Submit));
    QVERIFY(c->submitGrade(4, QStringLiteral("placeholder")));
    while (c->state() != State::Finished)
        QVERIFY(c->handle(Event::Continue));
    const auto s = SessionStore(data.db).load(c->sessionId(), &error);
    QVERIFY2(s, qPrintable(error));
    m_report = buildReport(*s);
    QCOMPARE(m_report.rounds.size(), 1);
    QCOMPARE(m_report.rounds.first().questions.size(), 1);
    // The coach's hints read the answer: they are the report's own words about it.
    m_report.rounds.first().questions.first().hints.clear();
}

SessionReport TestReportHostile::withAnswer(const QString &text) const
{
    SessionReport r = m_report;
    ReportQuestion &q = r.rounds.first().questions.first();
    q.answer = {{QStringLiteral("answer"), text}, {QStringLiteral("situation"), text}};
    q.note = text;
    return r;
}

void TestReportHostile::markdown_answerAndNote_eachSample_stayInTheirQuote_andChangeNoBlockOfTheReport()
{
    const QList<Block> expected = reportOwnBlocks(
        markdownBlocks(reportMarkdown(withAnswer(QStringLiteral("placeholder")))));
    QVERIFY(expected.size() > 10);
    for (const HostileSample &s : test::hostileSamples()) {
        const QString markdown = reportMarkdown(withAnswer(s.text));
        const QList<Block> blocks = markdownBlocks(markdown);
        const QList<Block> own = reportOwnBlocks(blocks);
        QVERIFY2(own == expected,
                 qPrintable(s.name + QStringLiteral(": ") + firstDifference(own, expected)));
        // Every heading of the person's is below the report's ("### Question 1"): the report's
        // own headings, levels 1 to 3, are exactly those of the plain report (compared above).
    }
}

void TestReportHostile::markdown_titleAndQuestion_eachSample_showAsWritten_inTheSameBlocks()
{
    const QList<Block> expected = markdownBlocks(reportMarkdown(m_report));
    for (const HostileSample &s : test::hostileSamples()) {
        // The report's own texts are one line; a NUL is dropped by every Markdown reader.
        QString line = test::oneLine(s.text).simplified();
        line.remove(QChar(u'\0'));
        if (line.isEmpty())
            continue;
        SessionReport r = m_report;
        r.title = line;
        r.rounds.first().questions.first().text = line;
        const QList<Block> blocks = markdownBlocks(reportMarkdown(r));
        QCOMPARE(blocks.size(), expected.size());
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            QVERIFY2(blocks.at(i).heading == expected.at(i).heading
                         && blocks.at(i).quoteLevel == expected.at(i).quoteLevel
                         && blocks.at(i).code == expected.at(i).code,
                     qPrintable(s.name + QStringLiteral(": ") + blocks.at(i).describe()));
        }
        QCOMPARE(blocks.first().heading, 1);
        QVERIFY2(blocks.first().text == line,
                 qPrintable(s.name + QStringLiteral(": ") + blocks.first().text));
        const bool questionShown = std::any_of(blocks.cbegin(), blocks.cend(), [&line](const Block &b) {
            return b.heading == 0 && b.quoteLevel == 0 && b.text == line;
        });
        QVERIFY2(questionShown, qPrintable(s.name));
    }
}

void TestReportHostile::html_eachSample_isEscaped_andReadsBackAsText()
{
    const QString plain = reportHtml(withAnswer(QStringLiteral("placeholder")));
    auto tags = [](const QString &html) {
        QStringList names;
        static const QRegularExpression tag(QStringLiteral("<(/?[a-zA-Z][a-zA-Z0-9]*)"));
        for (auto it = tag.globalMatch(html); it.hasNext();)
            names << it.next().captured(1).toLower();
        return names;
    };
    for (const HostileSample &s : test::hostileSamples()) {
        SessionReport r = withAnswer(s.text);
        r.title = test::oneLine(s.text);
        r.rounds.first().questions.first().text = s.text;
        const QString html = reportHtml(r);
        // No tag of the sample's: the person's Markdown adds only its own kinds (p, br, ul, li,
        // pre, code, h4…, blockquote, b, i, a with http links), never script, style, img, div.
        for (const QString &name : tags(html)) {
            static const QStringList allowed = {
                QStringLiteral("!doctype"), QStringLiteral("html"),       QStringLiteral("head"),
                QStringLiteral("meta"),     QStringLiteral("title"),      QStringLiteral("style"),
                QStringLiteral("body"),     QStringLiteral("h1"),         QStringLiteral("h2"),
                QStringLiteral("h3"),       QStringLiteral("h4"),         QStringLiteral("h5"),
                QStringLiteral("h6"),       QStringLiteral("p"),          QStringLiteral("br"),
                QStringLiteral("table"),    QStringLiteral("tr"),         QStringLiteral("td"),
                QStringLiteral("th"),       QStringLiteral("ul"),         QStringLiteral("ol"),
                QStringLiteral("li"),       QStringLiteral("pre"),        QStringLiteral("code"),
                QStringLiteral("div"),      QStringLiteral("blockquote"), QStringLiteral("b"),
                QStringLiteral("i"),        QStringLiteral("a"),          QStringLiteral("hr")};
            const QString bare = name.startsWith(QLatin1Char('/')) ? name.mid(1) : name;
            QVERIFY2(allowed.contains(bare), qPrintable(s.name + QStringLiteral(": <") + name));
        }
        QCOMPARE(html.count(QStringLiteral("<style")), plain.count(QStringLiteral("<style")));
        QCOMPARE(html.count(QStringLiteral("<div")), plain.count(QStringLiteral("<div")));
        QCOMPARE(html.count(QStringLiteral("<h1")), 1);
        QCOMPARE(html.count(QStringLiteral("<h2")), plain.count(QStringLiteral("<h2")));
        QCOMPARE(html.count(QStringLiteral("<h3")), plain.count(QStringLiteral("<h3")));
        QCOMPARE(html.count(QStringLiteral("</body>")), 1);

        // Read back as the desktop page and the PDF read it: the question is its text.
        QTextDocument document;
        document.setHtml(html);
        const QString shown = document.toPlainText();
        // Control characters are not text: QTextDocument shows none of them.
        auto visible = [](const QString &text) {
            QString out;
            for (const QChar ch : text)
                out += ch.category() == QChar::Other_Control ? QChar(u' ') : ch;
            return out.simplified();
        };
        QVERIFY2(visible(shown).contains(visible(s.text).left(200)), qPrintable(s.name));
    }
}

void TestReportHostile::html_scriptAndLinks_neverBecomeMarkup()
{
    const QString text = QStringLiteral(
        "<script>alert('x')</script> <img src=x onerror=alert(1)> [a](javascript:alert(1)) "
        "<a href=\"javascript:alert(2)\">b</a> [c](http://ok.example/\"onmouseover=\"x) &amp;");
    SessionReport r = withAnswer(text);
    r.title = text;
    r.rounds.first().questions.first().text = text;
    const QString html = reportHtml(r);
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("href=\"javascript")));
    QVERIFY(html.contains(QStringLiteral("&amp;amp;")));
    // A link's address cannot close its attribute.
    QVERIFY(!html.contains(QStringLiteral("\"onmouseover=")));
    QTextDocument document;
    document.setHtml(html);
    QVERIFY(document.toPlainText().contains(QStringLiteral("<script>alert('x')</script>")));
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            QVERIFY2(href.isEmpty() || href.startsWith(QLatin1String("http://ok.example/")),
                     qPrintable(href));
        }
    }
}

void TestReportHostile::html_fenceLeftOpenAtTheEnd_keepsItsLinesAsCode()
{
    // The Markdown closes a block left open at the end of the text; the HTML (the report page,
    // the PDF) dropped its lines.
    const QString html = reportHtml(withAnswer(
        QStringLiteral("Before the code:\n```sql\nSELECT * FROM t WHERE a < 3;\n-- never closed")));
    QVERIFY2(html.contains(QStringLiteral(
                 "<pre><code>SELECT * FROM t WHERE a &lt; 3;\n-- never closed</code></pre>")),
             qPrintable(html));
    QTextDocument document;
    document.setHtml(html);
    QVERIFY(document.toPlainText().contains(QStringLiteral("-- never closed")));
}

QTEST_MAIN(TestReportHostile)
#include "test_report_hostile.moc"
