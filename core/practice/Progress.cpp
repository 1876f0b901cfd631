#include "practice/Progress.h"

#include "storage/ProgressQueries.h"

namespace mockloop {

namespace {

// The first moment of a local calendar day: trends count sessions by the day they started on
// where the person lives. An invalid date: no bound (every session).
QDateTime startOf(const QDate &day)
{
    return day.isValid() ? day.startOfDay() : QDateTime();
}

} // namespace

Progress::Progress(Database &db)
    : m_db(db)
{
}

QMap<RoundKind, QList<TrendPoint>> Progress::scoreTrend(const QDate &from) const
{
    return ProgressQueries(m_db).scoreByKindAndDay(startOf(from));
}

QList<TrendPoint> Progress::timeUseTrend(const QDate &from) const
{
    return ProgressQueries(m_db).answerTimeUseByDay(startOf(from));
}

QList<TrendPoint> Progress::keyPointTrend(const QDate &from) const
{
    return ProgressQueries(m_db).keyPointsCoveredByDay(startOf(from));
}

QList<TrendPoint> Progress::sessionsPerDay(const QDate &from, const QDate &to) const
{
    const QMap<QDate, int> counts = ProgressQueries(m_db).sessionsByDay(startOf(from),
                                                                        startOf(to.addDays(1)));
    // Every day of the range, the ones without a session as zero.
    QList<TrendPoint> out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        const int n = counts.value(d);
        out.append({d, double(n), n});
    }
    return out;
}

QList<WeakQuestion> Progress::weakestQuestions(int limit) const
{
    return ProgressQueries(m_db).weakestQuestions(limit);
}

QList<WeakCompetency> Progress::weakestCompetencies(int limit) const
{
    return ProgressQueries(m_db).weakestCompetencies(limit);
}

} // namespace mockloop
