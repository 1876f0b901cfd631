#pragma once

#include "storage/ReviewRecord.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace mockloop {

class Database;

// The SQL of spaced repetition: review_state (one row per question), review_log (one row per
// review) and the graded attempts a replay reads. Statements and row mapping only: what a
// grade does to a state, and when a question is due, is Scheduler's (docs/scheduling.md).
class ReviewStore
{
public:
    // On a bare connection, so a migration or a data tool can use it inside its own transaction.
    explicit ReviewStore(const QSqlDatabase &db);
    explicit ReviewStore(const Database &db);
    ~ReviewStore();
    ReviewStore(const ReviewStore &) = delete;
    ReviewStore &operator=(const ReviewStore &) = delete;

    // The connection it runs on (a test's check inside a replay, say).
    QSqlDatabase connection() const { return m_db; }

    // The stored state of one question: nothing when none is stored, or on an error, which
    // then fills *error.
    std::optional<ReviewState> state(const QString &questionId, QString *error) const;
    // Every stored state, by question id.
    QList<ReviewState> states() const;
    // Inserts or replaces the question's state.
    bool saveState(const ReviewState &state, QString *error);
    // One row of review_log (attemptId 0: none). The statement is prepared once per store.
    bool logReview(qint64 attemptId, const ReviewState &before, const ReviewState &after,
                   const QDateTime &at, bool wasDue, QString *error);

    struct StoredGrade
    {
        QString questionId;
        qint64 attemptId = 0;
        int grade = 0;
        QDateTime gradedAt; // UTC
    };
    // Every graded attempt, oldest grade first (then by attempt id), handed to fn while the
    // rows are read; fn returning false stops and fails the walk.
    bool forEachGrade(const std::function<bool(const StoredGrade &)> &fn, QString *error) const;

    // Deletes the whole review log and every state that is not suspended; a suspended state
    // keeps its flag, the rest of it reset as never reviewed (ease = initialEase).
    bool clearReviews(double initialEase, QString *error);

    // States due on or before `day` (review_state.due_on), never the suspended ones, the ones
    // never reviewed, or those of hidden or deleted questions. Questions asked in a real
    // interview (asked_questions.question_id, the tracker) first, then by due date, ease,
    // question id. limit < 0: all of them.
    QList<DueQuestion> due(const QDate &day, int limit) const;
    int dueCount(const QDate &day) const;
    // Distinct questions reviewed on `day` that were due when reviewed.
    int reviewedDueOn(const QDate &day) const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_log;
};

} // namespace mockloop
