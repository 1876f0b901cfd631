#include "report/ReportText.h"

#include "base/TimeText.h"
#include "report/ReportFacts.h"

namespace mockloop {

using namespace reportfacts;

namespace {

const QString kQuestionIndent = QStringLiteral("     "); // under "  1. "

QString factsLine(const Rows &rows)
{
    QStringList facts;
    for (const auto &[label, value] : rows)
        facts.append(ReportFacts::tr("%1: %2").arg(label, value));
    return facts.join(QStringLiteral(" · "));
}

QString indented(const QString &text, const QString &indent)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += indent + line + QLatin1Char('\n');
    return out;
}

QString questionText(const ReportQuestion &q, bool withOutline)
{
    Rows rows = questionRows(q);
    if (!q.counted && q.answered())
        rows.first().second = ReportFacts::tr("%1; replaced by a retake").arg(q.status);
    QString text = QStringLiteral("  %1. ").arg(q.number) + q.text.simplified() + QLatin1Char('\n')
                   + kQuestionIndent + factsLine(rows) + QLatin1Char('\n');
    if (!q.rubric.isEmpty()) {
        Rows rubric;
        for (const ReportCriterion &c : q.rubric)
            rubric.append({c.name, reportScoreText(c.score)});
        text += kQuestionIndent + ReportFacts::tr("Rubric:") + QLatin1Char(' ') + factsLine(rubric)
                + QLatin1Char('\n');
    }
    const QString inner = kQuestionIndent + QStringLiteral("  ");
    if (withOutline && !q.outline.trimmed().isEmpty())
        text += kQuestionIndent + ReportFacts::tr("Model outline:") + QLatin1Char('\n')
                + indented(q.outline.trimmed(), inner);
    if (!q.keyPoints.isEmpty()) {
        text += kQuestionIndent + keyPointsHeading(q) + QStringLiteral(":\n");
        for (const ReportKeyPoint &k : q.keyPoints)
            text += inner
                    + (!q.answered() ? QStringLiteral("- ")
                       : k.covered   ? QStringLiteral("[x] ")
                                     : QStringLiteral("[ ] "))
                    + k.text.simplified() + QLatin1Char('\n');
    }
    // The follow-ups the interviewer asked: the question, how it went, the answer.
    for (const AskedFollowUp &f : q.followUps) {
        text += kQuestionIndent
                + ReportFacts::tr("Follow-up %1 (%2): %3")
                      .arg(f.number)
                      .arg(followUpStatusText(f), f.question.simplified())
                + QLatin1Char('\n');
        if (!f.answer.trimmed().isEmpty())
            text += indented(f.answer.trimmed(), inner);
    }
    if (!q.hints.isEmpty()) {
        text += kQuestionIndent + ReportFacts::tr("Coach hints:") + QLatin1Char('\n');
        for (const Hint &h : q.hints)
            text += inner + QStringLiteral("- ") + severityMark(h.severity) + QStringLiteral(": ")
                    + h.message.simplified() + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString reportText(const SessionReport &r)
{
    QString text = ReportFacts::tr("Report: session %1, %2 (%3)").arg(r.sessionId).arg(r.title, r.status)
                   + QLatin1Char('\n');
    for (const auto &[label, value] : sessionFigureRows(r))
        text += QStringLiteral("  ") + ReportFacts::tr("%1: %2").arg(label, value)
                + QLatin1Char('\n');
    for (const ReportKindAverage &k : r.kindAverages)
        text += QStringLiteral("  ")
                + factsLine({{ReportFacts::tr("Round kind"), displayName(k.kind)},
                             {ReportFacts::tr("Graded"), QString::number(k.graded)},
                             {ReportFacts::tr("Average score"), reportAverageText(k.average)}})
                + QLatin1Char('\n');
    if (!r.hintsShown)
        text += ReportFacts::tr("Coach hints appear when the loop ends (the plan's hints timing).")
                + QLatin1Char('\n');
    for (const ReportRound &round : r.rounds) {
        text += QLatin1Char('\n') + roundTitle(round) + QLatin1Char('\n');
        text += QStringLiteral("  ") + factsLine(roundRows(round)) + QLatin1Char('\n');
        for (const ReportQuestion &q : round.questions)
            text += questionText(q, !r.gradingShowedHints);
    }
    return text;
}

} // namespace mockloop
