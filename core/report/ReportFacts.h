#pragma once

#include "report/ReportModel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// The labelled facts every report renderer shows (ReportMarkdown, ReportHtml, ReportText): the
// same labels, the same figures, worded once. Private to core/report: the programs read the
// model (ReportModel.h) or a renderer's output.
namespace mockloop::reportfacts {

// The translation context of the report's texts ("Report").
class ReportFacts
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using Rows = QList<std::pair<QString, QString>>;

// Headings in the person's text go below "### Question n" (Markdown and HTML).
constexpr int kAnswerHeadingShift = 3;

// A moment in local time with its zone, or "–".
QString when(const QDateTime &t);
QString keyPointsText(const ReportQuestion &q); // "2 of 5"
QString answerTimeText(const AttemptTimes &t);  // "1:15 of 1:00", "0:40 (untimed)"
QString roundTimeText(const RoundTimes &t);     // "1:23 of 10:00", "… (no round budget)"
QString roundTitle(const ReportRound &r);       // "Round 1: Technical"
QString answeredText(const SessionReport &r);   // "2 of 4 questions (skipped 1, …)"
QString totalTimeText(const SessionReport &r);  // "… (paused …, interrupted …, …)"
QString expiryText(ExpiryPolicy expiry);
QString keyPointsHeading(const ReportQuestion &q); // whose reading of the key points
QString retakeText(const ReportQuestion &q);       // "retake of 1, +2", or empty
QString severityMark(HintSeverity s);              // "Tip", "Warning"

// A question's facts: status, score, times, retake, key points covered.
Rows questionRows(const ReportQuestion &q);
// A round's overview table: one row per question.
QStringList overviewHeader();
QStringList overviewRow(const ReportQuestion &q);
// The session's facts: its id and status, then sessionFigureRows (times, counts, average).
Rows sessionRows(const SessionReport &r);
Rows sessionFigureRows(const SessionReport &r);
// A round's figures: time used, overtime, average score, and whether the budget ran out.
Rows roundRows(const ReportRound &round);

} // namespace mockloop::reportfacts
