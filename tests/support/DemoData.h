#pragma once

// A believable history for screenshots: two weeks of graded sessions whose scores improve, one
// question answered twice (so History can compare the attempts), a STAR story, and one session
// left unfinished. Everything goes through SessionController and StoryBank as the programs do.
#include "bank/QuestionBank.h"
#include "coach/StoryBank.h"
#include "storage/SessionRecord.h"
#include "FakeClock.h"
#include "GradedSession.h"

namespace mockloop::test {

inline bool seedDemoData(Database &db, FakeClock &clock, QString *error)
{
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    const QList<Question> tech = QuestionBank(db).questions(RoundKind::Technical);
    const QList<Question> design = QuestionBank(db).questions(RoundKind::SystemDesign);
    const QList<Question> behavioral = QuestionBank(db).questions(RoundKind::Behavioral);
    if (tech.size() < 8 || design.isEmpty() || behavioral.isEmpty()) {
        *error = QStringLiteral("the built-in packs are missing");
        return false;
    }
    const QString repeated = tech.at(0).id;
    const QStringList cacheAnswers = {
        QStringLiteral("Put a cache in front of the database so reads are fast."),
        QStringLiteral("Put a cache in front of the database with write-through updates and "
                       "explicit invalidation on writes, so reads are fast and never stale for "
                       "long; measure the hit rate.")};
    const int scores[][2] = {{2, 3}, {3, 2}, {3, 4}, {4, 3}, {4, 4}, {5, 4}};
    for (int day = 0; day < 6; ++day) {
        const QList<GradedAnswer> answers = {{day % 5 == 0 ? repeated : tech.at(1 + day).id,
                                              RoundKind::Technical,
                                              70 + day * 5,
                                              scores[day][0],
                                              {}},
                                             {design.at(day % design.size()).id,
                                              RoundKind::SystemDesign,
                                              90 + day * 4,
                                              scores[day][1],
                                              {}}};
        const QString name = day % 2 == 0 ? QStringLiteral("Technical and design")
                                          : QStringLiteral("Evening practice");
        if (!runGradedSession(db, clock, answers, error, 100 + day * 10, name,
                              {{repeated, cacheAnswers.at(day < 5 ? 0 : 1)}}))
            return false;
        clock.advanceWallOnlyMs(2 * kDayMs);
    }

    Story story;
    story.title = QStringLiteral("The billing rollback");
    story.situation = QStringLiteral("A release double-charged a few hundred customers.");
    story.task = QStringLiteral("Stop the damage and make the fix safe to ship.");
    story.action = QStringLiteral("Rolled back, wrote the refund script with a dry run, told "
                                  "support in writing what to say.");
    story.result = QStringLiteral("Every customer refunded in a day; the release gate now "
                                  "checks invoice totals.");
    story.competencies = {QStringLiteral("ownership"), QStringLiteral("communication")};
    if (!StoryBank(db).save(story, clock.wallTime(), error))
        return false;

    // Left while preparing the first question: Home offers to resume it.
    LoopPlan plan;
    plan.name = QStringLiteral("Backend loop (practice)");
    plan.prepSeconds = 60;
    plan.answerSeconds = 300;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 2, {}, {}, {}, {}, {}},
                   RoundPlan{RoundKind::Behavioral, 1, {}, {}, {}, {}, {}}};
    auto c = SessionController::start(db, plan, &clock, error, 7u);
    if (!c || !c->handle(Event::Start).accepted)
        return false;
    clock.advanceWallOnlyMs(kDayMs / 2);
    return true;
}

} // namespace mockloop::test
