#include "ReportHtml.h"

#include "TimeFormat.h"

#include <QLocale>

namespace mockloop::desktop {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px; color: #555;\">") + esc(label)
           + QStringLiteral("</td><td>") + esc(value) + QStringLiteral("</td></tr>");
}

QString preText(const QString &text)
{
    return QStringLiteral("<p style=\"white-space: pre-wrap; margin-left: 12px;\">") + esc(text)
           + QStringLiteral("</p>");
}

QString attemptHtml(const AttemptRecord &a, int number)
{
    const AttemptTimes &t = a.times;
    QString html = QStringLiteral("<h4>") + esc(ReportHtml::tr("Question %1").arg(number))
                   + QStringLiteral("</h4><p><b>") + esc(a.question.text)
                   + QStringLiteral("</b></p><table>");
    html += row(ReportHtml::tr("Status"), attemptStatusDisplayName(t));
    html += row(ReportHtml::tr("Score"),
                a.score ? ReportHtml::tr("%1 / 5").arg(*a.score)
                        : (t.status == AttemptStatus::Submitted ? ReportHtml::tr("not graded")
                                                                : ReportHtml::tr("–")));
    html += row(ReportHtml::tr("Answer time"),
                t.answerLimitMs > 0
                    ? ReportHtml::tr("%1 of %2").arg(formatDuration(t.answerUsedMs),
                                                     formatDuration(t.answerLimitMs))
                    : ReportHtml::tr("%1 (untimed)").arg(formatDuration(t.answerUsedMs)));
    html += row(ReportHtml::tr("Preparation"),
                ReportHtml::tr("%1 of %2").arg(formatDuration(t.prepUsedMs),
                                               formatDuration(t.prepLimitMs)));
    html += row(ReportHtml::tr("Overtime"),
                t.overtimeMs() > 0 ? formatDuration(t.overtimeMs()) : ReportHtml::tr("none"));
    html += row(ReportHtml::tr("Paused"), formatDuration(t.pausedMs));
    html += row(ReportHtml::tr("Interrupted (MockLoop closed or crashed)"), formatDuration(t.interruptedMs));
    if (a.answeredAloud)
        html += row(ReportHtml::tr("Answer"), ReportHtml::tr("spoken aloud; the fields below are notes"));
    html += QStringLiteral("</table>");

    bool anyAnswer = false;
    for (const AnswerField &f : a.answer)
        anyAnswer = anyAnswer || !f.value.trimmed().isEmpty();
    if (anyAnswer) {
        for (const AnswerField &f : a.answer) {
            html += QStringLiteral("<p style=\"margin-bottom: 0;\"><i>") + esc(answerFieldDisplayName(f.name))
                    + QStringLiteral("</i></p>") + preText(f.value);
        }
    }
    if (!a.gradeNote.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-bottom: 0;\"><i>") + esc(ReportHtml::tr("Note"))
                + QStringLiteral("</i></p>") + preText(a.gradeNote);
    }
    if (!a.question.keyPoints.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-bottom: 0;\"><i>")
                + esc(ReportHtml::tr("Key points")) + QStringLiteral("</i></p><ul>");
        for (const KeyPoint &kp : a.question.keyPoints)
            html += QStringLiteral("<li>") + esc(kp.text) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace

QString ReportHtml::build(const SessionRecord &s)
{
    int submitted = 0;
    int graded = 0;
    int scoreSum = 0;
    for (const AttemptRecord &a : s.attempts) {
        submitted += a.times.status == AttemptStatus::Submitted ? 1 : 0;
        if (a.score) {
            ++graded;
            scoreSum += *a.score;
        }
    }

    QString html = QStringLiteral("<h2>") + esc(s.plan.name) + QStringLiteral("</h2><table>");
    html += row(tr("Status"), sessionStatusDisplayName(s.status));
    html += row(tr("Started"), formatDateTime(s.startedAt));
    html += row(tr("Ended"), formatDateTime(s.endedAt));
    html += row(tr("Answered"), tr("%1 of %2 questions").arg(submitted).arg(s.attempts.size()));
    html += row(tr("Average score"),
                graded > 0 ? QLocale().toString(double(scoreSum) / graded, 'f', 1) + tr(" / 5")
                           : tr("–"));
    html += row(tr("Time limits"), s.plan.expiry == ExpiryPolicy::Hard
                                       ? tr("hard (answers lock at the deadline)")
                                       : tr("soft (overtime is recorded)"));
    html += QStringLiteral("</table>");

    for (const RoundRecord &r : s.rounds) {
        const RoundTimes &t = r.times;
        html += QStringLiteral("<hr><h3>")
                + esc(tr("Round %1: %2").arg(r.position + 1).arg(displayName(t.kind)))
                + QStringLiteral("</h3><table>");
        html += row(tr("Time used"),
                    t.budgetMs > 0 ? tr("%1 of %2").arg(formatDuration(t.usedMs),
                                                        formatDuration(t.budgetMs))
                                   : tr("%1 (no round budget)").arg(formatDuration(t.usedMs)));
        html += row(tr("Round overtime"),
                    t.overtimeMs() > 0 ? formatDuration(t.overtimeMs()) : tr("none"));
        if (t.budgetExpired)
            html += row(tr("Budget"), tr("ran out; the remaining questions were not reached"));
        html += QStringLiteral("</table>");
        int number = 0;
        for (const AttemptRecord &a : s.attempts) {
            if (a.times.round == r.position)
                html += attemptHtml(a, ++number);
        }
    }

    if (s.plan.closingSegment) {
        html += QStringLiteral("<hr><h3>") + esc(tr("Your questions for the interviewer"))
                + QStringLiteral("</h3>");
        html += s.closingNotes.isEmpty()
                    ? QStringLiteral("<p>") + esc(tr("(none written)")) + QStringLiteral("</p>")
                    : preText(s.closingNotes);
    }
    return html;
}

} // namespace mockloop::desktop
