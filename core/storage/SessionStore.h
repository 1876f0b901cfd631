#pragma once

#include "session/Engine.h"
#include "session/Plan.h"
#include "bank/Question.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>

class QSqlQuery;

namespace mockloop {

class Database;

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

struct AttemptRecord
{
    qint64 id = 0;
    qint64 sessionId = 0;
    int position = 0;
    Question question; // the snapshot taken when the session was created
    AttemptTimes times;
    QList<AnswerField> answer;
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
// A change of score as people read it: "+2", "−1" (a minus sign, not a hyphen), "±0".
QString scoreChangeText(int change);

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

// The SQL for sessions, rounds, attempts and answers. Every statement binds its values.
class SessionStore
{
public:
    explicit SessionStore(Database &db);
    ~SessionStore();
    SessionStore(const SessionStore &) = delete;
    SessionStore &operator=(const SessionStore &) = delete;

    // Inserts the session with its rounds and attempts (question snapshots included).
    std::optional<qint64> create(const LoopPlan &plan, quint32 seed,
                                 const QList<Question> &questions, const EngineSnapshot &initial,
                                 const QDateTime &now, QString *error);
    std::optional<SessionRecord> load(qint64 sessionId, QString *error) const;

    // Attempts with their answers and grades: a session's in order, a question's oldest first
    // (answered or skipped only), or one attempt.
    enum class AttemptsOf { Session, Question, Attempt };
    std::optional<QList<AttemptRecord>> loadAttempts(AttemptsOf which, const QVariant &key,
                                                     QString *error) const;

    // Saves the engine's state, the given rounds' and attempts' times, one attempt's answer
    // fields (when answerAttempt >= 0) and the closing notes, in one transaction.
    bool saveProgress(const SessionRecord &ids, const EngineSnapshot &snapshot,
                      const QList<int> &changedRounds, const QList<int> &changedAttempts,
                      int answerAttempt,
                      const QList<AnswerField> &answer, const QString &closingNotes,
                      const QDateTime &now, QString *error);
    // A pending attempt at `position` with the same round, question snapshot and limits as
    // sourceAttemptId (a retake). Returns its id.
    std::optional<qint64> addRetake(qint64 sourceAttemptId, int position, QString *error);
    bool saveGrade(qint64 attemptId, const Grade &grade, const QDateTime &now, QString *error);
    bool markAttemptStarted(qint64 attemptId, const QDateTime &now, QString *error);
    bool markAttemptSubmitted(qint64 attemptId, const QDateTime &now, QString *error);

    // Deletes a session with its rounds, attempts and answers.
    bool remove(qint64 sessionId, QString *error);

    QList<SessionSummary> recent(int limit) const;
    QList<SessionSummary> unfinished() const;
    std::optional<PracticeTotals> totals(QString *error) const;

private:
    QList<SessionSummary> summaries(const QString &where, int limit) const;
    QSqlQuery &cached(int slot, const QString &sql);

    Database &m_db;
    std::array<std::unique_ptr<QSqlQuery>, 5> m_cache;
};

QString sessionStatusFor(State state);
// Translated names for people: a session status key, an answer field name.
QString sessionStatusDisplayName(const QString &statusKey);
QString answerFieldDisplayName(const QString &fieldName);
// An attempt's status as people read it ("submitted, locked at the deadline", "not reached"…).
QString attemptStatusDisplayName(const AttemptTimes &times);

} // namespace mockloop
