#include "SessionMarkdown.h"

#include "TimeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace mockloop {

namespace {

class MdText
{
    Q_DECLARE_TR_FUNCTIONS(SessionMarkdown)
};

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("–");
}

// Markdown treats a few characters at line starts specially; answers are the person's own
// text, so quote them as a block and keep their line breaks.
QString quoteBlock(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("> ") + MdText::tr("(empty)") + QLatin1Char('\n');
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += QStringLiteral("> ") + line + QLatin1Char('\n');
    return out;
}

} // namespace

QString formatDurationMs(qint64 ms)
{
    return (ms < 0 ? QStringLiteral("-") : QString()) + formatClock((ms < 0 ? -ms : ms) / 1000);
}

QString sessionMarkdown(const SessionRecord &s)
{
    QString md;
    md += QStringLiteral("# %1\n\n").arg(s.plan.name.isEmpty() ? MdText::tr("Session %1").arg(s.id) : s.plan.name);
    md += MdText::tr("- Session: %1").arg(s.id) + QLatin1Char('\n');
    md += MdText::tr("- Status: %1").arg(sessionStatusDisplayName(s.status)) + QLatin1Char('\n');
    md += MdText::tr("- Started: %1").arg(when(s.startedAt)) + QLatin1Char('\n');
    md += MdText::tr("- Ended: %1").arg(when(s.endedAt)) + QLatin1Char('\n');
    int graded = 0;
    int sum = 0;
    for (const AttemptRecord &a : s.attempts) {
        if (a.score) {
            ++graded;
            sum += *a.score;
        }
    }
    if (graded > 0)
        md += MdText::tr("- Average score: %1 / 5").arg(QLocale::c().toString(double(sum) / graded, 'f', 1)) + QLatin1Char('\n');
    md += QLatin1Char('\n');

    for (const RoundRecord &r : s.rounds) {
        md += QStringLiteral("## ") + MdText::tr("Round %1: %2").arg(r.position + 1).arg(displayName(r.times.kind)) + QStringLiteral("\n\n");
        if (r.times.budgetMs > 0)
            md += MdText::tr("Time used %1 of %2; overtime %3.")
                      .arg(formatDurationMs(r.times.usedMs), formatDurationMs(r.times.budgetMs),
                           formatDurationMs(r.times.overtimeMs()))
                  + QStringLiteral("\n\n");
        else
            md += MdText::tr("Time used %1 (no round budget).").arg(formatDurationMs(r.times.usedMs)) + QStringLiteral("\n\n");
        int number = 0;
        for (const AttemptRecord &a : s.attempts) {
            if (a.times.round != r.position)
                continue;
            ++number;
            md += QStringLiteral("### ") + MdText::tr("Question %1").arg(number) + QStringLiteral("\n\n");
            md += QStringLiteral("**") + a.question.text + QStringLiteral("**\n\n");
            md += QStringLiteral("| | |\n|---|---|\n");
            auto row = [&md](const QString &k, const QString &v) {
                md += QStringLiteral("| %1 | %2 |\n").arg(k, v);
            };
            row(MdText::tr("Status"), attemptStatusDisplayName(a.times));
            row(MdText::tr("Score"), a.score ? QStringLiteral("%1 / 5").arg(*a.score) : QStringLiteral("–"));
            row(MdText::tr("Answer time"),
                a.times.answerLimitMs > 0 ? MdText::tr("%1 of %2").arg(formatDurationMs(a.times.answerUsedMs), formatDurationMs(a.times.answerLimitMs))
                                          : formatDurationMs(a.times.answerUsedMs));
            row(MdText::tr("Preparation"), MdText::tr("%1 of %2").arg(formatDurationMs(a.times.prepUsedMs), formatDurationMs(a.times.prepLimitMs)));
            row(MdText::tr("Overtime"), formatDurationMs(a.times.overtimeMs()));
            row(MdText::tr("Paused"), formatDurationMs(a.times.pausedMs));
            row(MdText::tr("Interrupted"), formatDurationMs(a.times.interruptedMs));
            md += QLatin1Char('\n');
            for (const AnswerField &f : a.answer) {
                md += QStringLiteral("*") + answerFieldDisplayName(f.name) + QStringLiteral("*\n\n");
                md += quoteBlock(f.value) + QLatin1Char('\n');
            }
            if (!a.gradeNote.isEmpty())
                md += MdText::tr("Note:") + QLatin1Char(' ') + a.gradeNote + QStringLiteral("\n\n");
        }
    }
    if (!s.closingNotes.trimmed().isEmpty()) {
        md += QStringLiteral("## ") + MdText::tr("Questions for the interviewer") + QStringLiteral("\n\n");
        md += quoteBlock(s.closingNotes) + QLatin1Char('\n');
    }
    return md;
}

} // namespace mockloop
