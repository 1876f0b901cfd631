#include "report/ReportMarkdown.h"

#include "base/TimeText.h"
#include "report/AnswerMarkdown.h"
#include "report/ReportFacts.h"
#include "report/SessionText.h"

namespace mockloop {

using namespace reportfacts;

namespace {

// Backslash-escapes what Markdown or HTML would read as markup in the report's own texts
// (question texts, names, key points), so they show as written, on one line: they are not
// the person's Markdown. The person's answers and notes keep theirs (quoteBlock).
QString mdEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += u' ';
            continue;
        }
        static const QString always = QStringLiteral("\\`*_[]<>&|~");
        if (always.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

// The person's text as their own Markdown (AnswerMarkdown.h), in a block quote: the quote
// marks where it starts and ends, and no block of theirs can run on into the report.
QString quoteBlock(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("> ") + ReportFacts::tr("(empty)") + QLatin1Char('\n');
    QString out;
    for (const QString &line : answerMarkdown(text, kAnswerHeadingShift).split(QLatin1Char('\n')))
        out += (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line)
               + QLatin1Char('\n');
    return out;
}

QString mdTable(const QList<std::pair<QString, QString>> &rows)
{
    QString md = QStringLiteral("| | |\n|---|---|\n");
    for (const auto &[k, v] : rows)
        md += QStringLiteral("| %1 | %2 |\n").arg(mdEscape(k), mdEscape(v));
    return md + QLatin1Char('\n');
}

void questionMarkdown(QString &md, const ReportQuestion &q)
{
    md += QStringLiteral("### ") + ReportFacts::tr("Question %1").arg(q.number)
          + QStringLiteral("\n\n");
    md += QStringLiteral("**") + mdEscape(q.text) + QStringLiteral("**\n\n");
    md += mdTable(questionRows(q));
    if (!q.rubric.isEmpty()) {
        md += ReportFacts::tr("Rubric:") + QStringLiteral("\n\n");
        for (const ReportCriterion &c : q.rubric)
            md += QStringLiteral("- ") + mdEscape(c.name) + QStringLiteral(": ")
                  + reportScoreText(c.score) + QLatin1Char('\n');
        md += QLatin1Char('\n');
    }
    if (!q.keyPoints.isEmpty()) {
        md += keyPointsHeading(q) + QStringLiteral(":\n\n");
        for (const ReportKeyPoint &k : q.keyPoints)
            md += (!q.answered() ? QStringLiteral("- ")
                   : k.covered   ? QStringLiteral("- [x] ")
                                 : QStringLiteral("- [ ] "))
                  + mdEscape(k.text) + QLatin1Char('\n');
        md += QLatin1Char('\n');
    }
    if (q.hasAnswerText()) {
        for (const AnswerField &f : q.answer) {
            md += QStringLiteral("*") + mdEscape(answerFieldDisplayName(f.name))
                  + QStringLiteral("*\n\n");
            md += quoteBlock(f.value) + QLatin1Char('\n');
        }
    }
    // The follow-ups the interviewer asked, each with its answer (docs/engine.md).
    for (const AskedFollowUp &f : q.followUps) {
        md += QStringLiteral("*")
              + mdEscape(ReportFacts::tr("Follow-up %1: %2").arg(f.number).arg(f.question))
              + QStringLiteral("*\n\n");
        md += (f.answer.trimmed().isEmpty()
                   ? QStringLiteral("_") + mdEscape(followUpStatusText(f)) + QStringLiteral("_\n")
                   : quoteBlock(f.answer))
              + QLatin1Char('\n');
    }
    if (!q.hints.isEmpty()) {
        md += ReportFacts::tr("Coach hints:") + QStringLiteral("\n\n");
        for (const Hint &h : q.hints)
            md += QStringLiteral("- ") + severityMark(h.severity) + QStringLiteral(": ")
                  + mdEscape(h.message) + QLatin1Char('\n');
        md += QLatin1Char('\n');
    }
    if (!q.note.trimmed().isEmpty())
        md += ReportFacts::tr("Note:") + QStringLiteral("\n\n") + quoteBlock(q.note)
              + QLatin1Char('\n');
}

} // namespace

QString reportMarkdown(const SessionReport &r)
{
    QString md = QStringLiteral("# ") + mdEscape(r.title) + QStringLiteral("\n\n");
    for (const auto &[k, v] : sessionRows(r))
        md += QStringLiteral("- ") + k + QStringLiteral(": ") + mdEscape(v) + QLatin1Char('\n');
    md += QLatin1Char('\n');
    if (!r.kindAverages.isEmpty()) {
        md += QStringLiteral("| ") + ReportFacts::tr("Round kind") + QStringLiteral(" | ")
              + ReportFacts::tr("Graded") + QStringLiteral(" | ") + ReportFacts::tr("Average score")
              + QStringLiteral(" |\n|---|---|---|\n");
        for (const ReportKindAverage &k : r.kindAverages)
            md += QStringLiteral("| %1 | %2 | %3 |\n")
                      .arg(displayName(k.kind))
                      .arg(k.graded)
                      .arg(reportAverageText(k.average));
        md += QLatin1Char('\n');
    }
    if (!r.hintsShown)
        md += ReportFacts::tr("Coach hints appear when the loop ends (the plan's hints timing).")
              + QStringLiteral("\n\n");

    for (const ReportRound &round : r.rounds) {
        md += QStringLiteral("## ") + roundTitle(round) + QStringLiteral("\n\n");
        md += ReportFacts::tr("Time used %1; overtime %2; average score %3.")
                  .arg(roundTimeText(round.times), formatDurationMs(round.times.overtimeMs()),
                       reportAverageText(round.averageScore))
              + QStringLiteral("\n\n");
        if (round.times.budgetExpired)
            md += ReportFacts::tr("The round's time ran out; the remaining questions were not reached.")
                  + QStringLiteral("\n\n");
        if (!round.questions.isEmpty()) {
            const QStringList header = overviewHeader();
            md += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|")
                  + QStringLiteral("---|").repeated(header.size()) + QLatin1Char('\n');
            for (const ReportQuestion &q : round.questions) {
                QStringList cells = overviewRow(q);
                for (QString &cell : cells)
                    cell = mdEscape(cell);
                md += QStringLiteral("| ") + cells.join(QStringLiteral(" | "))
                      + QStringLiteral(" |\n");
            }
            md += QLatin1Char('\n');
        }
        for (const ReportQuestion &q : round.questions)
            questionMarkdown(md, q);
    }
    if (r.closingSegment && !r.closingNotes.trimmed().isEmpty()) {
        md += QStringLiteral("## ") + ReportFacts::tr("Your questions for the interviewer")
              + QStringLiteral("\n\n");
        md += quoteBlock(r.closingNotes) + QLatin1Char('\n');
    }
    return md;
}

} // namespace mockloop
