#include "report/ReportModel.h"

#include "base/TimeText.h"
#include "coach/Rubric.h"
#include "report/SessionText.h"
#include "session/HintsRule.h"

#include <QCoreApplication>

namespace mockloop {

namespace {

class ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString criterionName(const Rubric &rubric, const QString &key)
{
    for (const RubricCriterion &c : rubric.criteria) {
        if (c.key == key)
            return c.name;
    }
    return key;
}

// Stored rubric scores in the rubric's order; keys the rubric no longer has come last.
QList<ReportCriterion> criteriaOf(RoundKind kind, const QList<std::pair<QString, int>> &stored)
{
    const Rubric rubric = rubricFor(kind);
    QList<ReportCriterion> out;
    for (const RubricCriterion &c : rubric.criteria) {
        for (const auto &[key, score] : stored) {
            if (key == c.key)
                out.append({key, c.name, score});
        }
    }
    for (const auto &[key, score] : stored) {
        // A named copy: clang 14 cannot capture a structured binding (the fuzz build uses it).
        const QString &criterion = key;
        const bool known = std::any_of(rubric.criteria.cbegin(), rubric.criteria.cend(),
                                       [&criterion](const RubricCriterion &c) {
                                           return c.key == criterion;
                                       });
        if (!known)
            out.append({key, criterionName(rubric, key), score});
    }
    return out;
}

ReportQuestion questionOf(const AttemptRecord &a, int number, bool withHints)
{
    ReportQuestion q;
    q.number = number;
    q.attemptId = a.id;
    q.questionId = a.question.id;
    q.text = a.question.text;
    q.times = a.times;
    q.status = attemptStatusDisplayName(a.times);
    q.score = a.score;
    q.rubric = criteriaOf(a.question.kind, a.rubric);
    q.outline = a.question.outline;
    q.answer = a.answer;
    q.followUps = askedFollowUps(a);
    q.note = a.gradeNote;
    q.answeredAloud = a.answeredAloud;

    // The person's checklist when they graded with one; otherwise what the coach finds in the
    // stored answer (an answer that was never submitted covers nothing).
    const bool fromGrade = a.keyPointsCovered.size() == a.question.keyPoints.size()
                           && !a.keyPointsCovered.isEmpty();
    CoachReport coached;
    if (q.answered())
        coached = coach(a.question, a.answer, a.times.answerUsedMs, a.times.answerLimitMs);
    q.keyPointsFromGrade = fromGrade;
    for (qsizetype i = 0; i < a.question.keyPoints.size(); ++i) {
        const bool covered = fromGrade ? a.keyPointsCovered.at(i)
                                       : i < coached.keyPointsCovered.size()
                                             && coached.keyPointsCovered.at(i);
        q.keyPoints.append({a.question.keyPoints.at(i).text, covered});
        q.keyPointsCovered += covered ? 1 : 0;
    }
    if (withHints && q.answered())
        q.hints = coached.hints;
    return q;
}

std::optional<double> mean(int sum, int count)
{
    return count > 0 ? std::optional<double>(double(sum) / count) : std::nullopt;
}

} // namespace

bool ReportQuestion::hasAnswerText() const
{
    return std::any_of(answer.cbegin(), answer.cend(),
                       [](const AnswerField &f) { return !f.value.trimmed().isEmpty(); });
}

QString reportScoreText(const std::optional<int> &score)
{
    return score ? ReportTr::tr("%1 / 5").arg(*score) : QStringLiteral("–");
}

QString reportAverageText(const std::optional<double> &average)
{
    return average ? ReportTr::tr("%1 / 5").arg(formatDecimal(*average)) : QStringLiteral("–");
}

SessionReport buildReport(const SessionRecord &s)
{
    SessionReport r;
    r.sessionId = s.id;
    r.title = s.plan.name.trimmed().isEmpty() ? ReportTr::tr("Session %1").arg(s.id) : s.plan.name;
    r.statusKey = s.status;
    r.status = sessionStatusDisplayName(s.status);
    r.startedAt = s.startedAt;
    r.endedAt = s.endedAt;
    r.expiry = s.plan.expiry;
    r.hintsShown = hintsShown(s.plan, s.status == QLatin1String("running") ? s.snapshot.state
                                                                           : State::Finished);
    r.gradingShowedHints = hintsShown(s.plan, State::Grading);
    r.closingSegment = s.plan.closingSegment;
    r.closingNotes = s.closingNotes;

    int scoreSum = 0;
    QList<std::pair<RoundKind, std::pair<int, int>>> byKind; // kind -> (sum, count)
    for (const RoundRecord &rr : s.rounds) {
        ReportRound round;
        round.position = rr.position;
        round.times = rr.times;
        int roundSum = 0;
        int counted = 0;
        for (int i = 0; i < s.attempts.size(); ++i) {
            const AttemptRecord &a = s.attempts.at(i);
            if (a.times.round != rr.position)
                continue;
            ReportQuestion q = questionOf(a, int(round.questions.size()) + 1, r.hintsShown);
            // Retakes stay in their round (docs/engine.md): point at the first attempt there.
            for (const ReportQuestion &earlier : std::as_const(round.questions)) {
                if (earlier.questionId == q.questionId) {
                    q.retakeOf = earlier.number;
                    break;
                }
            }
            if (const auto previous = previousScoreOf(s.attempts, i);
                q.retakeOf && previous && q.score)
                q.scoreChange = *q.score - *previous;
            r.totalPausedMs += a.times.pausedMs;
            r.totalInterruptedMs += a.times.interruptedMs;
            r.totalOvertimeMs += a.times.overtimeMs();
            // Each question counts once, at the attempt the store marks (a retake replaces).
            q.counted = a.counted;
            if (q.counted) {
                ++counted;
                round.answered += q.answered() ? 1 : 0;
                r.skipped += a.times.status == AttemptStatus::Skipped ? 1 : 0;
                r.notReached += a.times.status == AttemptStatus::NotReached ? 1 : 0;
                r.abandoned += a.times.status == AttemptStatus::Abandoned ? 1 : 0;
                if (q.score) {
                    ++round.graded;
                    roundSum += *q.score;
                }
            }
            round.questions.append(q);
        }
        round.averageScore = mean(roundSum, round.graded);
        r.questions += counted;
        r.answered += round.answered;
        r.graded += round.graded;
        r.totalUsedMs += rr.times.usedMs;
        scoreSum += roundSum;
        auto it = std::find_if(byKind.begin(), byKind.end(),
                               [&rr](const auto &k) { return k.first == rr.times.kind; });
        if (it == byKind.end())
            it = byKind.insert(byKind.end(), {rr.times.kind, {0, 0}});
        it->second.first += roundSum;
        it->second.second += round.graded;
        r.rounds.append(round);
    }
    r.averageScore = mean(scoreSum, r.graded);
    for (const auto &[kind, sumCount] : byKind) {
        if (sumCount.second > 0)
            r.kindAverages.append({kind, sumCount.second, double(sumCount.first) / sumCount.second});
    }
    return r;
}

} // namespace mockloop
