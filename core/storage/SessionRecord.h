#pragma once

#include "questions/Question.h"
#include "session/Engine.h"
#include "session/Plan.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace mockloop {

// The plain records of a stored session: what SessionStore reads and writes and what the
// report, the history, the coach and both front ends read. No SQL here (storage/SessionStore).

// One named field of an answer (situation/task/action/result, or "answer"). Answers are
// stored as ordered named fields so every editor, old or new, opens and exports them.
struct AnswerField
{
    QString name;
    QString value;
    friend bool operator==(const AnswerField &, const AnswerField &) = default;
};

// A self-grade: the overall score (by default the rounded mean of the rubric), rubric scores
// by criterion key, the key-point checklist in the question's order, and a note.
struct Grade
{
    int overall = 0;
    QList<std::pair<QString, int>> rubric; // criterion key -> 1..5, in the rubric's order
    QList<bool> keyPointsCovered;
    QString note;
    bool answeredAloud = false; // set by SessionController from the plan's flag
    friend bool operator==(const Grade &, const Grade &) = default;
};

// A follow-up of an attempt (docs/engine.md, "Follow-ups"): the question the interviewer asked
// (empty until it is asked) and the answer. Its times and status are AttemptTimes::followUps.
struct FollowUpRecord
{
    QString question;
    QString answer;
    friend bool operator==(const FollowUpRecord &, const FollowUpRecord &) = default;
};

struct AttemptRecord
{
    qint64 id = 0;
    qint64 sessionId = 0;
    int position = 0;
    Question question; // the snapshot taken when the session was created
    AttemptTimes times;
    QList<AnswerField> answer;
    // One per planned follow-up, in the order asked (times.followUps has their clocks).
    QList<FollowUpRecord> followUps;
    std::optional<int> score;
    QString gradeNote;
    QList<std::pair<QString, int>> rubric;
    QList<bool> keyPointsCovered; // empty when not graded with the checklist
    bool answeredAloud = false;   // graded in an "answer aloud" plan (schema 5)
    // Whether it counts in the session's figures (schema 9, kept by triggers): of the attempts
    // at one question in a session, the latest answered one counts (a retake replaces), or the
    // first when none was answered. Reports show every attempt but count only these.
    bool counted = true;
    QDateTime gradedAt;
    QDateTime startedAt;
    QDateTime submittedAt;
};

// The score of the last graded attempt at the same question before attempts[index] (what a
// retake is compared with), if there is one.
std::optional<int> previousScoreOf(const QList<AttemptRecord> &attempts, int index);

struct RoundRecord
{
    qint64 id = 0;
    int position = 0;
    RoundTimes times;
};

struct SessionRecord
{
    qint64 id = 0;
    LoopPlan plan;
    quint32 seed = 0;
    QString status; // running / finished / abandoned
    EngineSnapshot snapshot;
    QString closingNotes;
    QDateTime startedAt;
    QDateTime endedAt;
    QDateTime savedAt;
    QList<RoundRecord> rounds;
    QList<AttemptRecord> attempts;
};

struct SessionSummary
{
    qint64 id = 0;
    QString planName;
    QString status;
    QString state;
    QDateTime startedAt;
    QDateTime endedAt;
    int attempts = 0;
    int answered = 0;
    std::optional<double> averageScore;
};

// Totals over every session, for `mockloop-cli stats`. Questions and scores count each question
// of a session once (a retake replaces its answer: attempts.counted); practice time is every
// attempt's.
struct PracticeTotals
{
    struct PerKind
    {
        QString kindKey; // RoundKind key as stored
        int questions = 0;
        int answered = 0;
        std::optional<double> averageScore;
    };
    int sessions = 0;
    int finished = 0;
    int abandoned = 0;
    int unfinished = 0;
    int questions = 0;
    int answered = 0;
    int skipped = 0;
    qint64 practiceMs = 0;
    std::optional<double> averageScore;
    QList<PerKind> perKind; // by kind key
};

// The status key stored for a session in this engine state: running / finished / abandoned.
QString sessionStatusFor(State state);

} // namespace mockloop
