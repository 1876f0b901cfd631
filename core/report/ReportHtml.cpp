#include "report/ReportHtml.h"

#include "base/TimeText.h"
#include "report/AnswerMarkdown.h"
#include "report/ReportFacts.h"
#include "report/SessionText.h"

namespace mockloop {

using namespace reportfacts;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString htmlRows(const QList<std::pair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto &[k, v] : rows)
        html += QStringLiteral("<tr><td class=\"label\">") + esc(k) + QStringLiteral("</td><td>")
                + esc(v) + QStringLiteral("</td></tr>");
    return html + QStringLiteral("</table>");
}

QString preText(const QString &text)
{
    return QStringLiteral("<p class=\"text\">") + esc(text) + QStringLiteral("</p>");
}

// The person's text rendered from their Markdown, every character escaped.
QString personText(const QString &text)
{
    return text.trimmed().isEmpty() ? preText(ReportFacts::tr("(empty)"))
                                    : answerHtml(text, kAnswerHeadingShift);
}

QString sub(const QString &title)
{
    return QStringLiteral("<p class=\"sub\">") + esc(title) + QStringLiteral("</p>");
}

void questionHtml(QString &html, const ReportQuestion &q)
{
    html += QStringLiteral("<h3>") + esc(ReportFacts::tr("Question %1").arg(q.number))
            + QStringLiteral("</h3>");
    html += QStringLiteral("<p class=\"question\">") + esc(q.text) + QStringLiteral("</p>");
    html += htmlRows(questionRows(q));
    if (!q.rubric.isEmpty()) {
        html += sub(ReportFacts::tr("Rubric"));
        QList<std::pair<QString, QString>> rows;
        for (const ReportCriterion &c : q.rubric)
            rows.append({c.name, reportScoreText(c.score)});
        html += htmlRows(rows);
    }
    if (!q.keyPoints.isEmpty()) {
        html += sub(keyPointsHeading(q)) + QStringLiteral("<ul class=\"checks\">");
        for (const ReportKeyPoint &k : q.keyPoints)
            html += QStringLiteral("<li>")
                    + (!q.answered() ? QStringLiteral("&#x2022; ")
                       : k.covered   ? QStringLiteral("&#x2611; ")
                                     : QStringLiteral("&#x2610; "))
                    + esc(k.text) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    if (q.hasAnswerText()) {
        for (const AnswerField &f : q.answer)
            html += sub(answerFieldDisplayName(f.name)) + personText(f.value);
    }
    // The follow-ups the interviewer asked, each with its answer (docs/engine.md).
    for (const AskedFollowUp &f : q.followUps) {
        html += sub(ReportFacts::tr("Follow-up %1: %2").arg(f.number).arg(f.question));
        html += f.answer.trimmed().isEmpty() ? QStringLiteral("<p><i>") + esc(followUpStatusText(f))
                                                   + QStringLiteral("</i></p>")
                                             : personText(f.answer);
    }
    if (!q.hints.isEmpty()) {
        html += sub(ReportFacts::tr("Coach hints")) + QStringLiteral("<ul>");
        for (const Hint &h : q.hints)
            html += QStringLiteral("<li><b>") + esc(severityMark(h.severity))
                    + QStringLiteral(":</b> ") + esc(h.message) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    if (!q.note.trimmed().isEmpty())
        html += sub(ReportFacts::tr("Note")) + personText(q.note);
}

} // namespace

QString reportHtml(const SessionReport &r, const ReportColours &c)
{
    // Only CSS that both browsers and QTextDocument (the report page, the PDF) understand.
    const QString background = c.background.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" background-color: %1;").arg(c.background);
    const QString style =
        QStringLiteral("body { font-family: sans-serif; font-size: 10.5pt; color: %1;%2 }\n")
            .arg(c.text, background)
        + QStringLiteral(
              "h1 { font-size: 18pt; margin-bottom: 6px; }\n"
              "h2 { font-size: 14pt; margin-top: 24px; margin-bottom: 6px; color: %1; }\n"
              "h2.next { page-break-before: always; }\n"
              "h3 { font-size: 11.5pt; margin-top: 22px; margin-bottom: 2px; }\n"
              "p.question { font-weight: bold; margin-top: 2px; margin-bottom: 6px; }\n"
              "p.sub { font-style: italic; color: %2; margin-top: 10px; margin-bottom: 2px; }\n"
              "p.text { white-space: pre-wrap; margin-top: 0; margin-left: 16px; }\n"
              "p.info { color: %2; }\n"
              "td { vertical-align: top; }\n"
              "td.label { color: %2; padding-right: 16px; }\n"
              "table.grid { margin-top: 10px; margin-bottom: 4px; border-color: %3; }\n"
              "th { background-color: %4; text-align: left; }\n"
              "ul { margin-top: 0; }\n"
              "ul.checks { list-style-type: none; margin-left: 0; }\n")
              .arg(c.heading, c.muted, c.border, c.headerBackground);

    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>")
                   + esc(r.title) + QStringLiteral("</title>\n<style>\n") + style
                   + answerHtmlStyle() + QStringLiteral("</style>\n</head><body>\n");
    html += QStringLiteral("<h1>") + esc(r.title) + QStringLiteral("</h1>\n");
    html += htmlRows(sessionRows(r)) + QLatin1Char('\n');
    if (!r.kindAverages.isEmpty()) {
        html += QStringLiteral(
                    "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\"><tr><th>")
                + esc(ReportFacts::tr("Round kind")) + QStringLiteral("</th><th>")
                + esc(ReportFacts::tr("Graded")) + QStringLiteral("</th><th>")
                + esc(ReportFacts::tr("Average score")) + QStringLiteral("</th></tr>");
        for (const ReportKindAverage &k : r.kindAverages)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(displayName(k.kind)))
                        .arg(k.graded)
                        .arg(esc(reportAverageText(k.average)));
        html += QStringLiteral("</table>\n");
    }
    if (!r.hintsShown)
        html += QStringLiteral("<p class=\"info\">")
                + esc(ReportFacts::tr(
                    "Coach hints appear when the loop ends (the plan's hints timing)."))
                + QStringLiteral("</p>\n");

    bool first = true;
    for (const ReportRound &round : r.rounds) {
        html += (first ? QStringLiteral("<h2>") : QStringLiteral("<h2 class=\"next\">"))
                + esc(roundTitle(round)) + QStringLiteral("</h2>");
        first = false;
        html += htmlRows(roundRows(round)) + QLatin1Char('\n');
        if (!round.questions.isEmpty()) {
            html += QStringLiteral(
                "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\"><tr>");
            for (const QString &h : overviewHeader())
                html += QStringLiteral("<th>") + esc(h) + QStringLiteral("</th>");
            html += QStringLiteral("</tr>");
            for (const ReportQuestion &q : round.questions) {
                html += QStringLiteral("<tr>");
                for (const QString &cell : overviewRow(q))
                    html += QStringLiteral("<td>") + esc(cell) + QStringLiteral("</td>");
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>\n");
        }
        for (const ReportQuestion &q : round.questions) {
            questionHtml(html, q);
            html += QLatin1Char('\n');
        }
    }
    if (r.closingSegment) {
        html += QStringLiteral("<h2>") + esc(ReportFacts::tr("Your questions for the interviewer"))
                + QStringLiteral("</h2>");
        html += r.closingNotes.trimmed().isEmpty()
                    ? QStringLiteral("<p>") + esc(ReportFacts::tr("(none written)"))
                          + QStringLiteral("</p>")
                    : answerHtml(r.closingNotes, kAnswerHeadingShift);
    }
    html += QStringLiteral("\n</body></html>\n");
    return html;
}

} // namespace mockloop
