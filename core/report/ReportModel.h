#pragma once

#include "coach/Coach.h"
#include "report/FollowUpText.h"
#include "storage/SessionRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace mockloop {

// The session report's model, built from a stored session. Its renderers (ReportMarkdown,
// ReportHtml, ReportText) and the programs' own views (the desktop report page and its
// exports, `mockloop-cli report`, `show` and `run`, the Markdown export) all read it, so every
// number a person sees is computed once, here, from what was stored.

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
    AttemptTimes times;              // as stored: limits, used, paused, interrupted
    QString status;                  // translated: "submitted", "skipped", "not reached"…
    std::optional<int> score;        // the stored overall score
    QList<ReportCriterion> rubric;   // in the rubric's order
    QList<ReportKeyPoint> keyPoints; // in the question's order
    int keyPointsCovered = 0;
    bool keyPointsFromGrade = false; // true: the person's checklist; false: the coach's reading
    QString outline;                 // the question's model outline
    QList<AnswerField> answer;
    QList<AskedFollowUp> followUps; // the follow-ups asked, with their answers, in order
    QList<Hint> hints;              // the coach on the stored answer (submitted answers only)
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
    QString title;     // the plan's name, or "Session N"
    QString statusKey; // running / finished / abandoned
    QString status;    // translated
    QDateTime startedAt;
    QDateTime endedAt;
    ExpiryPolicy expiry = ExpiryPolicy::Soft;
    bool hintsShown = true; // false while a session with end-of-loop hints is still running
    // Whether grading showed the model outline and key points (HintsRule); when it did not,
    // the end of the loop is the first time the person sees them.
    bool gradingShowedHints = true;
    QList<ReportRound> rounds;
    int questions = 0;
    int answered = 0;
    int skipped = 0;
    int notReached = 0;
    int abandoned = 0; // the question open when the session was abandoned (0 or 1)
    int graded = 0;
    std::optional<double> averageScore;
    QList<ReportKindAverage> kindAverages; // in the order the kinds first appear
    qint64 totalUsedMs = 0;                // prep + answer time of every round (pauses excluded)
    qint64 totalPausedMs = 0;
    qint64 totalInterruptedMs = 0;
    qint64 totalOvertimeMs = 0; // answer overtime summed over the questions
    bool closingSegment = false;
    QString closingNotes;
};

SessionReport buildReport(const SessionRecord &session);

// "4 / 5" and "3.5 / 5": the scores as every renderer writes them, exposed for the programs'
// own views; "–" for none.
QString reportScoreText(const std::optional<int> &score);
QString reportAverageText(const std::optional<double> &average);

} // namespace mockloop
