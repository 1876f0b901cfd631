#include "report/ReportFacts.h"

#include "base/TimeText.h"
#include "report/SessionText.h"

namespace mockloop::reportfacts {

// Local time, as the person lived it (and as the history page shows it), with the zone so a
// report read elsewhere is still exact.
QString when(const QDateTime &t)
{
    return t.isValid() ? formatDateTimeWithZone(t) : QStringLiteral("–");
}

QString keyPointsText(const ReportQuestion &q)
{
    return ReportFacts::tr("%1 of %2").arg(q.keyPointsCovered).arg(q.keyPoints.size());
}

QString answerTimeText(const AttemptTimes &t)
{
    return t.answerLimitMs > 0
               ? ReportFacts::tr("%1 of %2")
                     .arg(formatDurationMs(t.answerUsedMs), formatDurationMs(t.answerLimitMs))
               : ReportFacts::tr("%1 (untimed)").arg(formatDurationMs(t.answerUsedMs));
}

QString roundTimeText(const RoundTimes &t)
{
    return t.budgetMs > 0
               ? ReportFacts::tr("%1 of %2").arg(formatDurationMs(t.usedMs), formatDurationMs(t.budgetMs))
               : ReportFacts::tr("%1 (no round budget)").arg(formatDurationMs(t.usedMs));
}

QString roundTitle(const ReportRound &r)
{
    return ReportFacts::tr("Round %1: %2").arg(r.position + 1).arg(displayName(r.times.kind));
}

QString answeredText(const SessionReport &r)
{
    // The parts add up to the questions; the one left open by abandoning is named only then.
    if (r.abandoned > 0)
        return ReportFacts::tr(
                   "%1 of %2 questions (skipped %3, not reached %4, left open when abandoned %5)")
            .arg(r.answered)
            .arg(r.questions)
            .arg(r.skipped)
            .arg(r.notReached)
            .arg(r.abandoned);
    return ReportFacts::tr("%1 of %2 questions (skipped %3, not reached %4)")
        .arg(r.answered)
        .arg(r.questions)
        .arg(r.skipped)
        .arg(r.notReached);
}

QString totalTimeText(const SessionReport &r)
{
    return ReportFacts::tr("%1 (paused %2, interrupted %3, answer overtime %4)")
        .arg(formatDurationMs(r.totalUsedMs), formatDurationMs(r.totalPausedMs),
             formatDurationMs(r.totalInterruptedMs), formatDurationMs(r.totalOvertimeMs));
}

QString expiryText(ExpiryPolicy expiry)
{
    return expiry == ExpiryPolicy::Hard ? ReportFacts::tr("hard (answers lock at the deadline)")
                                        : ReportFacts::tr("soft (overtime is recorded)");
}

QString keyPointsHeading(const ReportQuestion &q)
{
    if (!q.answered())
        return ReportFacts::tr("Key points an answer would cover");
    return q.keyPointsFromGrade ? ReportFacts::tr("Key points (as ticked when grading)")
                                : ReportFacts::tr("Key points (as the coach found them)");
}

// The rows of a question's table, shared by both renderers.
// "retake of 1, +2" for a retake; empty otherwise.
QString retakeText(const ReportQuestion &q)
{
    if (!q.retakeOf)
        return {};
    return q.scoreChange
               ? ReportFacts::tr("retake of %1, %2").arg(*q.retakeOf).arg(scoreChangeText(*q.scoreChange))
               : ReportFacts::tr("retake of %1").arg(*q.retakeOf);
}

QList<std::pair<QString, QString>> questionRows(const ReportQuestion &q)
{
    const AttemptTimes &t = q.times;
    QList<std::pair<QString, QString>> rows = {
        {ReportFacts::tr("Status"), q.status},
        {ReportFacts::tr("Score"),
         q.score ? reportScoreText(q.score)
                 : (q.answered() ? ReportFacts::tr("not graded") : QStringLiteral("–"))},
        {ReportFacts::tr("Answer time"), answerTimeText(t)},
        {ReportFacts::tr("Preparation"),
         ReportFacts::tr("%1 of %2")
             .arg(formatDurationMs(t.prepUsedMs), formatDurationMs(t.prepLimitMs))},
        {ReportFacts::tr("Overtime"), formatDurationMs(t.overtimeMs())},
        {ReportFacts::tr("Paused"), formatDurationMs(t.pausedMs)},
        {ReportFacts::tr("Interrupted"), formatDurationMs(t.interruptedMs)},
    };
    if (q.retakeOf) {
        rows.insert(1,
                    {ReportFacts::tr("Retake of"), ReportFacts::tr("question %1").arg(*q.retakeOf)});
        if (q.scoreChange)
            rows.insert(3, {ReportFacts::tr("Score change"), scoreChangeText(*q.scoreChange)});
    }
    if (!q.keyPoints.isEmpty() && q.answered())
        rows.append({ReportFacts::tr("Key points covered"), keyPointsText(q)});
    if (q.answeredAloud)
        rows.append({ReportFacts::tr("Answer"),
                     ReportFacts::tr("spoken aloud; the fields below are notes")});
    return rows;
}

// The round's overview: one line per question, the columns both renderers show.
QStringList overviewHeader()
{
    return {ReportFacts::tr("#"),           ReportFacts::tr("Question"),
            ReportFacts::tr("Status"),      ReportFacts::tr("Score"),
            ReportFacts::tr("Answer time"), ReportFacts::tr("Key points")};
}

QStringList overviewRow(const ReportQuestion &q)
{
    QString status = q.retakeOf ? ReportFacts::tr("%1 (%2)").arg(q.status, retakeText(q)) : q.status;
    if (!q.counted && q.answered())
        status = ReportFacts::tr("%1; replaced by a retake").arg(status);
    return {QString::number(q.number),
            q.text,
            status,
            reportScoreText(q.score),
            answerTimeText(q.times),
            q.keyPoints.isEmpty() || !q.answered() ? QStringLiteral("–") : keyPointsText(q)};
}

QList<std::pair<QString, QString>> sessionRows(const SessionReport &r)
{
    return QList<std::pair<QString, QString>>{
               {ReportFacts::tr("Session"), QString::number(r.sessionId)},
               {ReportFacts::tr("Status"), r.status},
           }
           + sessionFigureRows(r);
}

QList<std::pair<QString, QString>> sessionFigureRows(const SessionReport &r)
{
    return {
        {ReportFacts::tr("Started"), when(r.startedAt)},
        {ReportFacts::tr("Ended"), when(r.endedAt)},
        {ReportFacts::tr("Answered"), answeredText(r)},
        {ReportFacts::tr("Average score"), reportAverageText(r.averageScore)},
        {ReportFacts::tr("Time used"), totalTimeText(r)},
        {ReportFacts::tr("Time limits"), expiryText(r.expiry)},
    };
}

QList<std::pair<QString, QString>> roundRows(const ReportRound &round)
{
    QList<std::pair<QString, QString>> rows = {
        {ReportFacts::tr("Time used"), roundTimeText(round.times)},
        {ReportFacts::tr("Round overtime"), formatDurationMs(round.times.overtimeMs())},
        {ReportFacts::tr("Average score"), reportAverageText(round.averageScore)},
    };
    if (round.times.budgetExpired)
        rows.append({ReportFacts::tr("Budget"),
                     ReportFacts::tr("ran out; the remaining questions were not reached")});
    return rows;
}

QString severityMark(HintSeverity s)
{
    return s == HintSeverity::Warning ? ReportFacts::tr("Warning") : ReportFacts::tr("Tip");
}

} // namespace mockloop::reportfacts
