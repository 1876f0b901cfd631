#include "practice/Scheduler.h"

#include "base/Clock.h"
#include "storage/ReviewStore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace mockloop {

Scheduler::Scheduler(Database &db, const Clock *clock, Parameters parameters)
    : m_db(db)
    , m_clock(clock)
    , m_parameters(parameters)
{
}

int Scheduler::qualityFor(int overallGrade)
{
    return std::clamp(overallGrade, 0, 5);
}

ReviewState Scheduler::next(const ReviewState &before, int overallGrade,
                            const QDateTime &reviewedAt, const Parameters &p)
{
    ReviewState s = before;
    const int q = qualityFor(overallGrade);
    if (s.lastGrade == 0 && s.repetitions == 0 && s.lapses == 0)
        s.ease = p.initialEase;
    if (q >= p.passingQuality) {
        if (s.repetitions == 0)
            s.intervalDays = p.firstIntervalDays;
        else if (s.repetitions == 1)
            s.intervalDays = p.secondIntervalDays;
        else
            s.intervalDays = int(std::lround(s.intervalDays * s.ease));
        ++s.repetitions;
        // SM-2: EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), never below 1.3.
        const int miss = 5 - q;
        s.ease = std::max(p.minimumEase, s.ease + (0.1 - miss * (0.08 + miss * 0.02)));
    } else {
        // A lapse: the repetitions start again from the first interval; SM-2 keeps the E-Factor.
        s.repetitions = 0;
        s.intervalDays = p.firstIntervalDays;
        ++s.lapses;
    }
    s.lastGrade = overallGrade;
    s.lastReviewedAt = reviewedAt.toUTC();
    s.dueOn = reviewedAt.toLocalTime().date().addDays(s.intervalDays);
    return s;
}

bool Scheduler::recordGrade(ReviewStore &store, const QString &questionId, qint64 attemptId,
                            int overallGrade, const QDateTime &now, QString *error,
                            const Parameters &parameters)
{
    QString readError;
    const std::optional<ReviewState> stored = store.state(questionId, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    ReviewState before = stored.value_or(ReviewState{});
    before.questionId = questionId;
    const QDate day = now.toLocalTime().date();
    const bool wasDue = stored && !stored->suspended && stored->lastReviewedAt.isValid()
                        && stored->dueOn <= day;
    const ReviewState after = next(before, overallGrade, now, parameters);
    return store.saveState(after, error)
           && store.logReview(attemptId, before, after, now, wasDue, error);
}

bool Scheduler::replayAllGrades(ReviewStore &store, QString *error, const Parameters &parameters)
{
    QHash<QString, ReviewState> states;
    const bool replayed = store.forEachGrade(
        [&](const ReviewStore::StoredGrade &grade) {
            const auto it = states.constFind(grade.questionId);
            ReviewState before = it == states.constEnd() ? ReviewState{} : *it;
            before.questionId = grade.questionId;
            const bool wasDue = it != states.constEnd()
                                && before.dueOn <= grade.gradedAt.toLocalTime().date();
            const ReviewState after = next(before, grade.grade, grade.gradedAt, parameters);
            if (!store.logReview(grade.attemptId, before, after, grade.gradedAt, wasDue, error))
                return false;
            states.insert(grade.questionId, after);
            return true;
        },
        error);
    if (!replayed)
        return false;
    for (const ReviewState &state : std::as_const(states))
        if (!store.saveState(state, error))
            return false;
    return true;
}

QDate Scheduler::today() const
{
    Q_ASSERT(m_clock);
    return m_clock->today();
}

std::optional<ReviewState> Scheduler::state(const QString &questionId) const
{
    QString ignored;
    return ReviewStore(m_db).state(questionId, &ignored);
}

QList<ReviewState> Scheduler::states() const
{
    return ReviewStore(m_db).states();
}

bool Scheduler::setSuspended(const QString &questionId, bool suspended, QString *error)
{
    ReviewStore store(m_db);
    QString readError;
    std::optional<ReviewState> s = store.state(questionId, &readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    if (!s) {
        // Never reviewed: a row that only says "suspended"; its first grade schedules it.
        s = ReviewState{};
        s->questionId = questionId;
        s->ease = m_parameters.initialEase; // due_on stays empty until the first review
    }
    s->suspended = suspended;
    return store.saveState(*s, error);
}

QList<DueQuestion> Scheduler::due(int limit) const
{
    return ReviewStore(m_db).due(today(), limit);
}

int Scheduler::dueCount() const
{
    return ReviewStore(m_db).dueCount(today());
}

int Scheduler::reviewedDueToday() const
{
    return ReviewStore(m_db).reviewedDueOn(today());
}

QList<DueQuestion> Scheduler::dueToday() const
{
    const int left = std::max(0, m_parameters.dailyCap - reviewedDueToday());
    return left == 0 ? QList<DueQuestion>() : due(left);
}

LoopPlan Scheduler::practiceDuePlan() const
{
    QList<PlannedQuestion> due;
    for (const DueQuestion &d : dueToday())
        due.append({d.questionId, d.kind});
    LoopPlan plan = planOfQuestions(due);
    plan.id = QLatin1String(kPracticeDuePlanId);
    plan.name = QCoreApplication::translate("Scheduler", "Practice due questions");
    applyPracticeMode(plan);
    return plan;
}

QString Scheduler::dueSummary(const QList<DueQuestion> &dueToday) const
{
    const int total = dueCount();
    const int today = int(dueToday.size());
    // Spelled out rather than "%n question(s)": without an English catalogue that shows "(s)".
    if (total == 0)
        return QCoreApplication::translate("Scheduler",
                                           "Nothing is due. Questions you grade come back here "
                                           "when spaced repetition says so: a low grade "
                                           "tomorrow, a good one later.");
    if (today == 0) {
        const int cap = m_parameters.dailyCap;
        return total == 1 ? QCoreApplication::translate("Scheduler",
                                                        "1 question is due, but today's limit of "
                                                        "%1 is reached. More tomorrow.")
                                .arg(cap)
                          : QCoreApplication::translate("Scheduler",
                                                        "%1 questions are due, but today's limit "
                                                        "of %2 is reached. More tomorrow.")
                                .arg(total)
                                .arg(cap);
    }
    if (today < total)
        return QCoreApplication::translate("Scheduler",
                                           "%1 questions are due; %2 of them today (a daily "
                                           "limit).")
            .arg(total)
            .arg(today);
    return total == 1
               ? QCoreApplication::translate("Scheduler", "1 question is due today.")
               : QCoreApplication::translate("Scheduler", "%1 questions are due today.").arg(total);
}

} // namespace mockloop
