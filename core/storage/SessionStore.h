#pragma once

#include "storage/SessionRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>

class QSqlQuery;

namespace mockloop {

class Database;

// The SQL for sessions, rounds, attempts and answers. Every statement binds its values.
class SessionStore
{
public:
    explicit SessionStore(Database &db);
    ~SessionStore();
    SessionStore(const SessionStore &) = delete;
    SessionStore &operator=(const SessionStore &) = delete;

    // Inserts the session with its rounds and attempts (question snapshots included) and the
    // follow-ups each attempt plans (initial.attempts[i].followUps).
    std::optional<qint64> create(const LoopPlan &plan, quint32 seed,
                                 const QList<Question> &questions, const EngineSnapshot &initial,
                                 const QDateTime &now, QString *error);
    std::optional<SessionRecord> load(qint64 sessionId, QString *error) const;

    // Attempts with their answers and grades: a session's in order, a question's oldest first
    // (answered or skipped only), or one attempt.
    enum class AttemptsOf { Session, Question, Attempt };
    std::optional<QList<AttemptRecord>> loadAttempts(AttemptsOf which, const QVariant &key,
                                                     QString *error) const;

    // Saves in one transaction: the engine's state and the closing notes; the times of the
    // rounds in changedRounds; the times of the attempts in changedAttempts with their start and
    // submit stamps as `record` holds them (a stamp on disk is never moved); and the answer
    // fields of every attempt in answerAttempts, as `record` holds them. The follow-ups of an
    // attempt in either list are written whole: their times and status, question and answer. Indexes are positions
    // in the session. The controller passes everything that changed since its last successful
    // save, so a failed save loses nothing: the next one writes it all.
    bool saveProgress(const SessionRecord &record, const EngineSnapshot &snapshot,
                      const QList<int> &changedRounds, const QList<int> &changedAttempts,
                      const QList<int> &answerAttempts, const QString &closingNotes,
                      const QDateTime &now, QString *error);
    // A pending attempt at `position` with the same round, question snapshot and limits as
    // sourceAttemptId (a retake), planning the same follow-ups. Returns its id.
    std::optional<qint64> addRetake(qint64 sourceAttemptId, int position, QString *error);
    // Writes a grade (overall score, note, rubric, key points) onto its attempt and returns the
    // id of the question graded. Opens no transaction: the caller's holds the grade together
    // with its spaced-repetition review (SessionController::recordGrade).
    std::optional<QString> saveGrade(qint64 attemptId, const Grade &grade, const QDateTime &now,
                                     QString *error);

    // Deletes a session with its rounds, attempts and answers.
    bool remove(qint64 sessionId, QString *error);
    // Several at once, in one transaction: all of them or none.
    bool remove(const QList<qint64> &sessionIds, QString *error);

    // Every session's id, oldest start first (then by id): the order of the exports.
    std::optional<QList<qint64>> sessionIds(QString *error) const;
    QList<SessionSummary> recent(int limit) const;
    QList<SessionSummary> unfinished() const;
    std::optional<PracticeTotals> totals(QString *error) const;

private:
    std::optional<qint64> insertRetake(qint64 sourceAttemptId, int position, QString *error);
    QList<SessionSummary> summaries(const QString &where, int limit) const;
    QSqlQuery &cached(int slot, const QString &sql);

    Database &m_db;
    std::array<std::unique_ptr<QSqlQuery>, 6> m_cache;
};

} // namespace mockloop
