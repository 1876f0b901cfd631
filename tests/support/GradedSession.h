#pragma once

// Shared by the progress tests: one session run the way the programs run it (through
// SessionController, with the fake clock), each question answered for a given time and graded.
#include "controller/SessionController.h"
#include "FakeClock.h"

#include <QHash>

namespace mockloop::test {

struct GradedAnswer
{
    QString questionId;
    RoundKind kind = RoundKind::Technical;
    int answerSeconds = 10; // of answerLimitSeconds allowed (soft expiry: more is overtime)
    int score = 3;
    QList<bool> keyPoints; // empty: graded without the checklist
};

// One round per answer, in order, in a plan named planName. False with *error set when a step
// is refused.
inline bool runGradedSession(Database &db, FakeClock &clock, const QList<GradedAnswer> &answers,
                             QString *error, int answerLimitSeconds = 100,
                             const QString &planName = QStringLiteral("graded"),
                             const QHash<QString, QString> &answerTexts = {},
                             const QHash<QString, QList<std::pair<QString, int>>> &rubrics = {})
{
    LoopPlan plan;
    plan.name = planName;
    plan.prepSeconds = 0;
    plan.answerSeconds = answerLimitSeconds;
    plan.closingSegment = false;
    for (const GradedAnswer &a : answers)
        plan.rounds.append(RoundPlan{a.kind, 1, {a.questionId}, {}, {}, {}, {}});
    auto c = SessionController::start(db, plan, &clock, error, 5u);
    if (!c || !c->handle(Event::Start).accepted)
        return false;
    for (const GradedAnswer &a : answers) {
        // Round review, then the next round's intro: continue until the answer clock runs.
        for (int step = 0; step < 3 && c->state() != State::Answering; ++step)
            c->handle(Event::Continue);
        if (c->state() != State::Answering) {
            *error = QStringLiteral("not answering: %1").arg(toKey(c->state()));
            return false;
        }
        // By question id: what the answer says (default "words").
        c->setAnswer(
            {{QStringLiteral("answer"), answerTexts.value(a.questionId, QStringLiteral("words"))}});
        clock.advanceSeconds(a.answerSeconds);
        if (!c->handle(Event::Submit).accepted)
            return false;
        Grade g;
        g.overall = a.score;
        g.keyPointsCovered = a.keyPoints;
        g.rubric = rubrics.value(a.questionId); // by question id: criterion key -> 1..5
        if (const auto r = c->submitGrade(g); !r.accepted) {
            *error = r.reason;
            return false;
        }
    }
    while (!c->engine().isTerminal())
        if (!c->handle(Event::Continue).accepted)
            return false;
    return true;
}

} // namespace mockloop::test
