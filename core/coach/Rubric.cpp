#include "coach/Rubric.h"

#include <QCoreApplication>

#include <utility>

namespace mockloop {

namespace {

// Criterion names and anchors, translated in the "Rubric" context.
class RubricText
{
    Q_DECLARE_TR_FUNCTIONS(Rubric)
};

RubricCriterion criterion(const char *key, QString name, QString a1, QString a2, QString a3,
                          QString a4, QString a5)
{
    return {QLatin1String(key),
            std::move(name),
            {std::move(a1), std::move(a2), std::move(a3), std::move(a4), std::move(a5)}};
}

QList<RubricCriterion> technical()
{
    return {
        criterion("correctness", RubricText::tr("Correctness"),
                  RubricText::tr("The core idea is wrong or missing: someone who relied on the "
                                 "answer would build the wrong thing."),
                  RubricText::tr("Partly right, but with a serious error or two concepts mixed up "
                                 "(for example authentication and authorization)."),
                  RubricText::tr("The main idea is right; details are vague or one secondary "
                                 "point is wrong."),
                  RubricText::tr("Correct in every main point and in the details that matter; "
                                 "nothing the interviewer has to correct."),
                  RubricText::tr("Correct and precise, including edge cases and failure "
                                 "conditions, with exact terms, limits and guarantees where they "
                                 "matter.")),
        criterion("depth", RubricText::tr("Depth"),
                  RubricText::tr("Only names the topic or gives a one-line definition; nothing on "
                                 "how it works."),
                  RubricText::tr("Says what it is but not how it works or why; the first "
                                 "follow-up question would stop the answer."),
                  RubricText::tr("Explains the mechanism one level down, with one example."),
                  RubricText::tr("Goes below the surface: internals, costs and when it breaks, tied "
                                 "to an example from real work."),
                  RubricText::tr("Working depth: internals, failure modes, how to measure or debug "
                                 "it, and the likely follow-ups answered before they are asked.")),
        criterion("clarity", RubricText::tr("Clarity"),
                  RubricText::tr("Hard to follow: no clear point, jumps between ideas; the "
                                 "listener could not repeat the answer back."),
                  RubricText::tr("The point is there but buried under detours, repetition or "
                                 "unexplained jargon."),
                  RubricText::tr("Understandable with some effort: mostly in a logical order, a "
                                 "few detours or undefined terms."),
                  RubricText::tr("Starts with the direct answer, then supports it in a logical "
                                 "order; every term is defined or obvious."),
                  RubricText::tr("Answer first, then a structure the listener can hold (\"three "
                                 "reasons\"), a fitting example and a one-sentence summary; no "
                                 "wasted words.")),
        criterion("trade_offs", RubricText::tr("Trade-offs"),
                  RubricText::tr("Presents one option as always right; no costs and no "
                                 "alternatives."),
                  RubricText::tr("Says there are downsides or alternatives but cannot name them "
                                 "or say when they matter."),
                  RubricText::tr("Names at least one alternative and one real cost, in general "
                                 "terms."),
                  RubricText::tr("Compares the options on concrete dimensions (latency, "
                                 "consistency, complexity, cost) and says when each one wins."),
                  RubricText::tr("Chooses for a stated context, says what is given up and how to "
                                 "detect or soften it, and what would change the decision.")),
    };
}

QList<RubricCriterion> systemDesign()
{
    return {
        criterion("requirements", RubricText::tr("Requirements"),
                  RubricText::tr("Starts drawing without asking anything; requirements are "
                                 "assumed silently or ignored."),
                  RubricText::tr("Asks one or two generic questions but the design does not use "
                                 "the answers."),
                  RubricText::tr("Lists the main functional and a few non-functional "
                                 "requirements; the scale is a guess without numbers."),
                  RubricText::tr("Clarifies functional and non-functional requirements (latency, "
                                 "availability, consistency) and estimates the load with rough "
                                 "numbers: requests per second, storage."),
                  RubricText::tr("Scopes the problem out loud (in scope, out of scope), sizes "
                                 "load and storage on the back of an envelope and names the few "
                                 "requirements that drive the design.")),
        criterion("high_level_design", RubricText::tr("High-level design"),
                  RubricText::tr("No working architecture: components are missing or do not "
                                 "connect into a request path."),
                  RubricText::tr("Boxes for the main components, but the request flow or the "
                                 "data model is unclear or wrong."),
                  RubricText::tr("Workable components, API and data model for the main use case; "
                                 "secondary flows are missing."),
                  RubricText::tr("Clear components, APIs and data model; walks the main read and "
                                 "write paths end to end and justifies the storage choices."),
                  RubricText::tr("A complete, consistent design for every main flow, a data model "
                                 "shaped by the access patterns, one clear owner for every piece "
                                 "of data; nothing hand-waved.")),
        criterion("scaling", RubricText::tr("Scaling"),
                  RubricText::tr("Does not address growth, bottlenecks or failures."),
                  RubricText::tr("Drops words (sharding, caching, microservices) without saying "
                                 "where, why or what they cost."),
                  RubricText::tr("Finds the main bottleneck and proposes a reasonable fix, such as "
                                 "a cache or read replicas."),
                  RubricText::tr("Finds the bottlenecks from the numbers, scales the hot paths "
                                 "(caching, partitioning, queues) and covers the failure of key "
                                 "components."),
                  RubricText::tr("Scales each component for a reason tied to the estimates, "
                                 "handles hot keys, failure and recovery, and says how the system "
                                 "is monitored and how it degrades under overload.")),
        criterion("trade_offs", RubricText::tr("Trade-offs"),
                  RubricText::tr("No alternatives discussed; every choice is presented as "
                                 "obvious."),
                  RubricText::tr("Mentions alternatives only when prompted, with no reasoning."),
                  RubricText::tr("Explains one or two choices with a pro and a con each."),
                  RubricText::tr("Weighs the key decisions (SQL or NoSQL, sync or async, "
                                 "consistency or availability) against the stated requirements."),
                  RubricText::tr("Makes each key decision against the requirements, names what is "
                                 "sacrificed and the risk, and says which decision to revisit at "
                                 "ten times the load.")),
        criterion("communication", RubricText::tr("Communication"),
                  RubricText::tr("Works in silence or talks without structure; the interviewer "
                                 "can neither follow nor steer."),
                  RubricText::tr("Explains when asked, but the interviewer drives the whole "
                                 "discussion."),
                  RubricText::tr("Narrates the design in a mostly logical order and checks in now "
                                 "and then."),
                  RubricText::tr("Opens with a plan (requirements, high level, deep dive), "
                                 "explains each decision as it is made and takes hints well."),
                  RubricText::tr("Drives the session: an agenda, time-boxed steps, decisions "
                                 "summarised, challenge invited, and the design adapted to "
                                 "feedback without losing the thread.")),
    };
}

QList<RubricCriterion> behavioral()
{
    return {
        criterion("structure", RubricText::tr("Structure"),
                  RubricText::tr("No story: general claims (\"I always...\") or a rambling account "
                                 "with no clear situation or ending."),
                  RubricText::tr("A story, but STAR parts are missing or out of order; the "
                                 "listener has to ask what actually happened."),
                  RubricText::tr("All four STAR parts are there but out of balance (a long "
                                 "situation, a short action) or the result is vague."),
                  RubricText::tr("Clear STAR order: a brief situation, a specific task, most of "
                                 "the time on the actions, and it ends with the result."),
                  RubricText::tr("Tight, well paced STAR in about two minutes: one sentence of "
                                 "context, a clear task, detailed actions, a measured result and a "
                                 "closing reflection.")),
        criterion("ownership", RubricText::tr("Ownership"),
                  RubricText::tr("Cannot say what they did personally; \"we\" or other people did "
                                 "everything."),
                  RubricText::tr("Their own role is unclear or passive (followed instructions), or "
                                 "the outcome is blamed on others."),
                  RubricText::tr("Describes their own actions, but mixed with the team's so their "
                                 "share is partly unclear."),
                  RubricText::tr("Separates their own decisions and actions from the team's (\"I "
                                 "proposed\", \"I wrote\") and owns their mistakes."),
                  RubricText::tr("Owns the decisions, risks and mistakes, took initiative beyond "
                                 "the assigned role, and credits others accurately.")),
        criterion("impact", RubricText::tr("Impact"),
                  RubricText::tr("No outcome, or the story stops before anything happened."),
                  RubricText::tr("An outcome, but only a vague one (\"it went well\", \"the team "
                                 "was happy\")."),
                  RubricText::tr("A concrete outcome without numbers or evidence (\"the service "
                                 "got faster\")."),
                  RubricText::tr("A measured result (numbers, before and after, time or money "
                                 "saved) clearly caused by the actions described."),
                  RubricText::tr("A measured result and its wider effect on users, the team or the "
                                 "business, with how it was measured and how long it lasted.")),
        criterion("reflection", RubricText::tr("Reflection"),
                  RubricText::tr("No reflection, or blames others and would change nothing."),
                  RubricText::tr("A generic lesson (\"communication matters\") not tied to this "
                                 "story."),
                  RubricText::tr("A specific lesson from this story, but no sign it was ever "
                                 "applied."),
                  RubricText::tr("A specific lesson and what they have done differently since, "
                                 "with an example."),
                  RubricText::tr("An honest analysis of what they would do differently, how they "
                                 "have applied it since, and how it changed their habits or their "
                                 "team's practice.")),
    };
}

QList<RubricCriterion> culturalFit()
{
    return {
        criterion("alignment", RubricText::tr("Alignment"),
                  RubricText::tr("The answer would fit any company or none; it ignores this role, "
                                 "or contradicts what the role needs."),
                  RubricText::tr("Generic enthusiasm (\"great company, great culture\") with no "
                                 "link to this role or team."),
                  RubricText::tr("Links their values or goals to the role in general terms."),
                  RubricText::tr("Connects their values, way of working and goals to specific "
                                 "things about this team, product or role."),
                  RubricText::tr("Researched, specific fit (the product, the engineering "
                                 "practices, the company's stage), what they would add, and honest "
                                 "about where they differ.")),
        criterion("self_awareness", RubricText::tr("Self-awareness"),
                  RubricText::tr("No insight: denies any weakness, or offers a strength in "
                                 "disguise (\"I work too hard\")."),
                  RubricText::tr("Names a trait but cannot say how it affects their work or other "
                                 "people."),
                  RubricText::tr("Names a real trait and its effect, with little sign of working "
                                 "on it."),
                  RubricText::tr("Describes a real strength or weakness, its effect on others and "
                                 "the concrete steps taken about it."),
                  RubricText::tr("A candid, balanced view of themselves backed by feedback they "
                                 "received, visible progress over time, and knowing when to ask "
                                 "for help.")),
        criterion("specificity", RubricText::tr("Specificity"),
                  RubricText::tr("Only abstractions and cliches; no example at all."),
                  RubricText::tr("A hypothetical (\"I would...\") instead of something that "
                                 "happened."),
                  RubricText::tr("One real example, but thin on detail: when, what exactly, who."),
                  RubricText::tr("A real example with concrete details: the setting, what they said "
                                 "or did, what happened next."),
                  RubricText::tr("Well-chosen real examples whose details and outcomes prove the "
                                 "claim being made, and nothing that does not.")),
    };
}

QList<RubricCriterion> project()
{
    return {
        criterion("role_clarity", RubricText::tr("Role clarity"),
                  RubricText::tr("Describes the project, not their part in it; cannot say what they "
                                 "built or decided."),
                  RubricText::tr("A title only (\"I was the backend developer\"), without what they "
                                 "owned."),
                  RubricText::tr("Says what they worked on, but the line between their work and "
                                 "the team's is fuzzy."),
                  RubricText::tr("States which parts they designed, built or decided, and who else "
                                 "was involved."),
                  RubricText::tr("Precise ownership: their decisions and the alternatives they "
                                 "weighed, what they delegated or took from others, where their "
                                 "responsibility ended.")),
        criterion("technical_depth", RubricText::tr("Technical depth"),
                  RubricText::tr("Lists technologies without saying how they were used."),
                  RubricText::tr("Boxes-and-arrows only; cannot answer \"why this?\" or \"how does "
                                 "that work?\"."),
                  RubricText::tr("Explains the main components and one design decision with its "
                                 "reason."),
                  RubricText::tr("Explains the architecture, the data model and the key decisions "
                                 "with their trade-offs; handles follow-ups on their own part."),
                  RubricText::tr("Command of their part: internals, failure modes, measurements, "
                                 "the alternatives rejected and why; goes as deep as the "
                                 "interviewer wants.")),
        criterion("outcome", RubricText::tr("Outcome"),
                  RubricText::tr("No result: what became of the project, or what it changed, is "
                                 "unknown."),
                  RubricText::tr("A vague result (\"it shipped\", \"users liked it\")."),
                  RubricText::tr("A concrete result without numbers (went live for customers, "
                                 "replaced the old system)."),
                  RubricText::tr("A measured result (users, latency, cost, error rate, time saved) "
                                 "with before and after."),
                  RubricText::tr("Measured results with their effect on users or the business, "
                                 "how they were measured, and an honest account of what did not "
                                 "work.")),
        criterion("lessons", RubricText::tr("Lessons"),
                  RubricText::tr("Learned nothing, or would change nothing."),
                  RubricText::tr("A generic lesson that has nothing to do with this project."),
                  RubricText::tr("A specific technical or process lesson from this project."),
                  RubricText::tr("Specific lessons and what they would do differently in the "
                                 "design or the process, with the reasons."),
                  RubricText::tr("Specific, honest lessons including their own mistakes, how they "
                                 "have applied them since, and what they would change at a larger "
                                 "scale.")),
    };
}

} // namespace

QString RubricCriterion::anchor(int score) const
{
    if (score < kRubricMinScore || score > kRubricMaxScore)
        return {};
    return anchors[std::size_t(score - kRubricMinScore)];
}

Rubric rubricFor(RoundKind kind)
{
    Rubric rubric;
    rubric.kind = kind;
    switch (kind) {
    case RoundKind::Technical: rubric.criteria = technical(); break;
    case RoundKind::SystemDesign: rubric.criteria = systemDesign(); break;
    case RoundKind::Behavioral: rubric.criteria = behavioral(); break;
    case RoundKind::CulturalFit: rubric.criteria = culturalFit(); break;
    case RoundKind::Project: rubric.criteria = project(); break;
    }
    return rubric;
}

int defaultOverall(const QList<int> &scores)
{
    qint64 sum = 0;
    qint64 count = 0;
    for (int s : scores) {
        if (s < kRubricMinScore || s > kRubricMaxScore)
            continue;
        sum += s;
        ++count;
    }
    if (count == 0)
        return 0;
    // Round half up in whole numbers: floor(sum / count + 1/2) = floor((2 sum + count) / 2 count).
    return int((2 * sum + count) / (2 * count));
}

} // namespace mockloop
