#pragma once

#include "coach/Coach.h"
#include "session/SessionRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace mockloop {

// The session report: one model built from a stored session, and its renderers. The desktop
// report page, its exports, `mockloop-cli report` and `show`, and the Markdown export all read
// this model, so every number a person sees is computed once, here, from what was stored.

struct ReportCriterion
{
    QString key;  // the rubric's stable key ("trade_offs")
    QString name; // translated, from the rubric of the round kind; the key when unknown
    int score = 0;
};

struct ReportKeyPoint
{
    QString text;
    bool covered = false;
};

struct ReportQuestion
{
    int number = 0; // 1-based, within its round
    qint64 attemptId = 0;
    QString questionId;
    QString text;
    AttemptTimes times;                 // as stored: limits, used, paused, interrupted
    QString status;                     // translated: "submitted", "skipped", "not reached"…
    std::optional<int> score;           // the stored overall score
    QList<ReportCriterion> rubric;      // in the rubric's order
    QList<ReportKeyPoint> keyPoints;    // in the question's order
    int keyPointsCovered = 0;
    bool keyPointsFromGrade = false;    // true: the person's checklist; false: the coach's reading
    QList<AnswerField> answer;
    QList<Hint> hints;                  // the coach on the stored answer (submitted answers only)
    QString note;
    bool answeredAloud = false; // graded in an "answer aloud" plan: the fields are notes
    // A retake: the number (in its round) of the earlier attempt at the same question, and the
    // score change against the last graded attempt at it.
    std::optional<int> retakeOf;
    std::optional<int> scoreChange;
    // Whether it counts in the figures (AttemptRecord::counted): false for an answer a retake
    // replaced and for a retake left unanswered. Shown either way.
    bool counted = true;

    bool answered() const { return times.status == AttemptStatus::Submitted; }
    bool hasAnswerText() const;
};

// Counts and averages (here and in SessionReport) are over the counted attempts: each question
// once, at its latest answer; times are every attempt's.
struct ReportRound
{
    int position = 0;
    RoundTimes times;
    QList<ReportQuestion> questions; // every attempt, retakes and replaced answers included
    int answered = 0;
    int graded = 0;
    std::optional<double> averageScore;
};

struct ReportKindAverage
{
    RoundKind kind = RoundKind::Technical;
    int graded = 0;
    double average = 0;
};

struct SessionReport
{
    qint64 sessionId = 0;
    QString title;       // the plan's name, or "Session N"
    QString statusKey;   // running / finished / abandoned
    QString status;      // translated
    QDateTime startedAt;
    QDateTime endedAt;
    ExpiryPolicy expiry = ExpiryPolicy::Soft;
    bool hintsShown = true; // false while a session with end-of-loop hints is still running
    QList<ReportRound> rounds;
    int questions = 0;
    int answered = 0;
    int skipped = 0;
    int notReached = 0;
    int abandoned = 0; // the question open when the session was abandoned (0 or 1)
    int graded = 0;
    std::optional<double> averageScore;
    QList<ReportKindAverage> kindAverages; // in the order the kinds first appear
    qint64 totalUsedMs = 0;        // prep + answer time of every round (pauses excluded)
    qint64 totalPausedMs = 0;
    qint64 totalInterruptedMs = 0;
    qint64 totalOvertimeMs = 0;    // answer overtime summed over the questions
    bool closingSegment = false;
    QString closingNotes;
};

SessionReport buildReport(const SessionRecord &session);

// Markdown for reading as text and for any Markdown viewer: the report's own texts are
// escaped; the person's answers and notes stay their Markdown (lists, code blocks), quoted,
// with code re-fenced safely, headings below the report's and no HTML (AnswerMarkdown.h).
QString reportMarkdown(const SessionReport &report);

// The colours of reportHtml's style sheet, as CSS colour texts ("#202124"). The defaults are
// for paper (the exports and the PDF); the desktop's report page passes its palette's, so the
// report reads in a dark theme too. Core knows no palette: the colours come in as strings.
struct ReportColours
{
    QString text = QStringLiteral("#202124");
    QString heading = QStringLiteral("#1a4b8c");    // round titles
    QString muted = QStringLiteral("#444444");      // labels, sub-headings, notes
    QString border = QStringLiteral("#bbbbbb");     // table grid
    QString headerBackground = QStringLiteral("#e8eef7");
    QString background;                             // empty: none (the page or paper shows)
};

// A self-contained HTML document (inline style, no scripts, no external files) that reads
// in a browser, prints with each round on a new page, and shows in a QTextBrowser. Every
// stored text is escaped; the person's answers and notes are rendered from their Markdown.
QString reportHtml(const SessionReport &report, const ReportColours &colours = {});

// "1:05 of 2:00" style texts the renderers share, exposed for the programs' own views.
QString reportScoreText(const std::optional<int> &score);
QString reportAverageText(const std::optional<double> &average);

} // namespace mockloop
