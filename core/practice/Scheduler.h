#pragma once

#include "base/Types.h"
#include "session/Plan.h"
#include "storage/ReviewRecord.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mockloop {

class ReviewStore;

class Clock;
class Database;
class ReviewStore;

// SM-2's parameters (docs/scheduling.md) and the daily cap.
struct SchedulerParameters
{
    double initialEase = kStartingEase;
    double minimumEase = 1.3;
    int firstIntervalDays = 1;
    int secondIntervalDays = 6;
    int passingQuality = 3; // SM-2: a response below 3 is a lapse
    int dailyCap = 10;      // due questions practised per day
};

// Spaced repetition over self-grades: the policy (SM-2, due lists, the daily cap); its SQL is
// storage/ReviewStore. Every saved grade is one review: SessionController::recordGrade, the one
// place grading meets scheduling, saves the grade and calls recordGrade in one transaction. A
// low grade brings the question back tomorrow, a good one pushes it further out. Dates come
// from the injected clock's local date.
class Scheduler
{
public:
    using Parameters = SchedulerParameters;

    // clock may be null for state() and setSuspended(), which need no date.
    Scheduler(Database &db, const Clock *clock, Parameters parameters = {});

    // SM-2's quality (0..5) for our overall grade (1..5): the same number (docs/scheduling.md).
    static int qualityFor(int overallGrade);
    // The pure SM-2 step: the state after a review graded `overallGrade` on `reviewedOn`.
    static ReviewState next(const ReviewState &before, int overallGrade,
                            const QDateTime &reviewedAt, const Parameters &parameters);
    // Applies one grade to the stored state and logs the review, through the caller's store,
    // inside the caller's transaction (SessionController::recordGrade: the grade and its
    // review commit together).
    static bool recordGrade(ReviewStore &reviews, const QString &questionId, qint64 attemptId,
                            int overallGrade, const QDateTime &now, QString *error,
                            const Parameters &parameters = {});

    // The entry points for storage's own transactions, on their connection:
    // every stored grade replayed oldest first into review_state and review_log (the schema 5
    // upgrade). States are kept in memory and written once: one pass, two prepared statements.
    static bool replayAllGrades(ReviewStore &store, QString *error,
                                const Parameters &parameters = {});

    QDate today() const;
    std::optional<ReviewState> state(const QString &questionId) const;
    // Every stored review state, by question id (for the export).
    QList<ReviewState> states() const;
    // A suspended question is never due; unsuspending keeps its schedule.
    bool setSuspended(const QString &questionId, bool suspended, QString *error);
    // Due today and not suspended (hidden or deleted questions are left out): questions asked
    // in a real interview first (the tracker), then most overdue, then hardest (lowest ease).
    // limit < 0: all of them.
    QList<DueQuestion> due(int limit = -1) const;
    int dueCount() const;
    // Reviews today of questions that were due: they count against the daily cap.
    int reviewedDueToday() const;
    // The due list for today, capped: dailyCap minus what was already practised today.
    QList<DueQuestion> dueToday() const;
    // "Practice due questions": today's due list as a loop plan, one round per round kind in
    // the usual order, practice mode, no closing segment. No rounds when nothing is due.
    LoopPlan practiceDuePlan() const;
    // One sentence on what is due ("3 questions are due today.", the daily limit when it
    // holds some back, or nothing due): Home's due box and `mockloop-cli due` say the same.
    // today: what dueToday() returned (the callers list it too; it is not read twice).
    QString dueSummary(const QList<DueQuestion> &today) const;

    const Parameters &parameters() const { return m_parameters; }

private:
    Database &m_db;
    const Clock *m_clock;
    Parameters m_parameters;
};

inline constexpr auto kPracticeDuePlanId = "due";

} // namespace mockloop
