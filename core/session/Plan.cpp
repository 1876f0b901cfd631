#include "session/Plan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mockloop {

namespace {

void putOptional(QJsonObject &o, const QString &key, const std::optional<int> &value)
{
    if (value)
        o.insert(key, *value);
}

// Reads an optional non-negative integer; false on a present value of the wrong type.
bool readOptionalSeconds(const QJsonObject &o, const QString &key, std::optional<int> &out,
                         QString *error, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 24 * 3600
        || v.toDouble() != static_cast<double>(v.toInt())) {
        if (error)
            *error = QStringLiteral("%1.%2: expected a whole number of seconds between 0 and 86400")
                         .arg(where, key);
        return false;
    }
    out = v.toInt();
    return true;
}

} // namespace

int LoopPlan::effectivePrepSeconds(int round, int questionDefault) const
{
    if (const auto &r = rounds.at(round).prepSeconds)
        return *r;
    return prepSeconds.value_or(questionDefault);
}

int LoopPlan::effectiveAnswerSeconds(int round, int questionDefault) const
{
    if (const auto &r = rounds.at(round).answerSeconds)
        return *r;
    return answerSeconds.value_or(questionDefault);
}

int LoopPlan::effectiveRoundSeconds(int round) const
{
    return rounds.at(round).roundSeconds.value_or(roundSeconds);
}

ExpiryPolicy LoopPlan::effectiveExpiry(int round) const
{
    return rounds.at(round).expiry.value_or(expiry);
}

int LoopPlan::totalQuestionCount() const
{
    int total = 0;
    for (const RoundPlan &r : rounds)
        total += r.questionIds.isEmpty() ? r.questionCount : int(r.questionIds.size());
    return total;
}

QJsonObject LoopPlan::toJson() const
{
    QJsonObject o;
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    if (!track.isEmpty())
        o.insert(QStringLiteral("track"), track);
    if (!packs.isEmpty())
        o.insert(QStringLiteral("packs"), QJsonArray::fromStringList(packs));
    putOptional(o, QStringLiteral("prepSeconds"), prepSeconds);
    putOptional(o, QStringLiteral("answerSeconds"), answerSeconds);
    o.insert(QStringLiteral("roundSeconds"), roundSeconds);
    o.insert(QStringLiteral("expiry"), toKey(expiry));
    o.insert(QStringLiteral("pauseAllowed"), pauseAllowed);
    o.insert(QStringLiteral("gradingTiming"), toKey(gradingTiming));
    o.insert(QStringLiteral("hintsTiming"), toKey(hintsTiming));
    o.insert(QStringLiteral("retakeAllowed"), retakeAllowed);
    o.insert(QStringLiteral("closingSegment"), closingSegment);
    o.insert(QStringLiteral("answerAloud"), answerAloud);
    o.insert(QStringLiteral("followUps"), followUpsPerQuestion);
    o.insert(QStringLiteral("followUpSeconds"), followUpSeconds);
    QJsonArray rs;
    for (const RoundPlan &r : rounds) {
        QJsonObject ro;
        ro.insert(QStringLiteral("kind"), toKey(r.kind));
        ro.insert(QStringLiteral("questionCount"), r.questionCount);
        if (!r.questionIds.isEmpty())
            ro.insert(QStringLiteral("questionIds"), QJsonArray::fromStringList(r.questionIds));
        putOptional(ro, QStringLiteral("prepSeconds"), r.prepSeconds);
        putOptional(ro, QStringLiteral("answerSeconds"), r.answerSeconds);
        putOptional(ro, QStringLiteral("roundSeconds"), r.roundSeconds);
        if (r.expiry)
            ro.insert(QStringLiteral("expiry"), toKey(*r.expiry));
        rs.append(ro);
    }
    o.insert(QStringLiteral("rounds"), rs);
    return o;
}

std::optional<LoopPlan> LoopPlan::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<LoopPlan> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    LoopPlan plan;
    plan.id = o.value(QStringLiteral("id")).toString();
    plan.name = o.value(QStringLiteral("name")).toString();
    plan.track = o.value(QStringLiteral("track")).toString();
    for (const QJsonValue &p : o.value(QStringLiteral("packs")).toArray())
        plan.packs.append(p.toString());
    const QString where = QStringLiteral("plan");
    if (!readOptionalSeconds(o, QStringLiteral("prepSeconds"), plan.prepSeconds, error, where)
        || !readOptionalSeconds(o, QStringLiteral("answerSeconds"), plan.answerSeconds, error, where))
        return std::nullopt;
    std::optional<int> roundSeconds;
    if (!readOptionalSeconds(o, QStringLiteral("roundSeconds"), roundSeconds, error, where))
        return std::nullopt;
    plan.roundSeconds = roundSeconds.value_or(0);

    if (o.contains(QStringLiteral("expiry"))) {
        const auto e = expiryFromKey(o.value(QStringLiteral("expiry")).toString());
        if (!e)
            return fail(QStringLiteral("plan.expiry: expected \"hard\" or \"soft\""));
        plan.expiry = *e;
    }
    if (o.contains(QStringLiteral("gradingTiming"))) {
        const auto g = gradingTimingFromKey(o.value(QStringLiteral("gradingTiming")).toString());
        if (!g)
            return fail(QStringLiteral("plan.gradingTiming: expected \"after_each_question\", "
                                       "\"end_of_round\" or \"end_of_loop\""));
        plan.gradingTiming = *g;
    }
    if (o.contains(QStringLiteral("hintsTiming"))) {
        const auto h = hintsTimingFromKey(o.value(QStringLiteral("hintsTiming")).toString());
        if (!h)
            return fail(QStringLiteral(
                "plan.hintsTiming: expected \"after_each_answer\" or \"end_of_loop\""));
        plan.hintsTiming = *h;
    }
    plan.pauseAllowed = o.value(QStringLiteral("pauseAllowed")).toBool(plan.pauseAllowed);
    plan.retakeAllowed = o.value(QStringLiteral("retakeAllowed")).toBool(plan.retakeAllowed);
    plan.closingSegment = o.value(QStringLiteral("closingSegment")).toBool(plan.closingSegment);
    plan.answerAloud = o.value(QStringLiteral("answerAloud")).toBool(plan.answerAloud);
    if (o.contains(QStringLiteral("followUps"))) {
        const QJsonValue v = o.value(QStringLiteral("followUps"));
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInt()) || v.toInt() < 0
            || v.toInt() > kMaxFollowUps)
            return fail(QStringLiteral("plan.followUps: expected 0, 1 or 2"));
        plan.followUpsPerQuestion = v.toInt();
    }
    std::optional<int> followUpSeconds;
    if (!readOptionalSeconds(o, QStringLiteral("followUpSeconds"), followUpSeconds, error, where))
        return std::nullopt;
    plan.followUpSeconds = followUpSeconds.value_or(LoopPlan::kDefaultFollowUpSeconds);

    const QJsonArray rs = o.value(QStringLiteral("rounds")).toArray();
    if (rs.isEmpty())
        return fail(QStringLiteral("plan.rounds: expected at least one round"));
    for (qsizetype i = 0; i < rs.size(); ++i) {
        const QString rw = QStringLiteral("plan.rounds[%1]").arg(i);
        const QJsonObject ro = rs.at(i).toObject();
        RoundPlan r;
        const auto kind = roundKindFromKey(ro.value(QStringLiteral("kind")).toString());
        if (!kind)
            return fail(rw
                        + QStringLiteral(".kind: expected one of technical, system_design, "
                                         "behavioral, cultural_fit, project"));
        r.kind = *kind;
        r.questionCount = ro.value(QStringLiteral("questionCount")).toInt(1);
        if (r.questionCount < 0 || r.questionCount > 100)
            return fail(rw + QStringLiteral(".questionCount: expected 0 to 100"));
        for (const QJsonValue &id : ro.value(QStringLiteral("questionIds")).toArray())
            r.questionIds.append(id.toString());
        if (!readOptionalSeconds(ro, QStringLiteral("prepSeconds"), r.prepSeconds, error, rw)
            || !readOptionalSeconds(ro, QStringLiteral("answerSeconds"), r.answerSeconds, error, rw)
            || !readOptionalSeconds(ro, QStringLiteral("roundSeconds"), r.roundSeconds, error, rw))
            return std::nullopt;
        if (ro.contains(QStringLiteral("expiry"))) {
            const auto e = expiryFromKey(ro.value(QStringLiteral("expiry")).toString());
            if (!e)
                return fail(rw + QStringLiteral(".expiry: expected \"hard\" or \"soft\""));
            r.expiry = *e;
        }
        plan.rounds.append(r);
    }
    return plan;
}

// A preset's name counts its rounds (%n) from the plan itself, so the name and the rounds strip
// cannot disagree. The closing segment is not a round (core/Types.h) and is not counted; the
// strip shows it as its own chip after the rounds.
QList<LoopPlan> builtinPresets()
{
    QList<LoopPlan> presets;

    LoopPlan quick;
    quick.id = QStringLiteral("quick");
    quick.prepSeconds = 30;
    quick.answerSeconds = 240;
    quick.roundSeconds = 0;
    quick.expiry = ExpiryPolicy::Soft;
    quick.gradingTiming = GradingTiming::EndOfLoop;
    quick.closingSegment = false;
    // No follow-ups: a warm-up moves on.
    quick.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}},
                    RoundPlan{RoundKind::Behavioral, 1, {}, {}, {}, {}, {}},
                    RoundPlan{RoundKind::CulturalFit, 1, {}, {}, {}, {}, {}}};
    quick.name = QCoreApplication::translate("Presets", "Quick warm-up (%n rounds, 15 min)",
                                             nullptr, int(quick.rounds.size()));
    presets.append(quick);

    LoopPlan full;
    full.id = QStringLiteral("full");
    full.expiry = ExpiryPolicy::Hard;
    full.gradingTiming = GradingTiming::EndOfRound;
    full.closingSegment = true;
    full.followUpsPerQuestion = 1;
    full.rounds = {
        RoundPlan{RoundKind::Technical, 2, {}, 60, 300, 720, {}},
        RoundPlan{RoundKind::SystemDesign, 1, {}, 180, 1500, 1800, {}},
        RoundPlan{RoundKind::Behavioral, 2, {}, 45, 180, 480, {}},
        RoundPlan{RoundKind::CulturalFit, 2, {}, 30, 150, 360, {}},
        RoundPlan{RoundKind::Project, 1, {}, 60, 420, 600, {}},
    };
    full.name = QCoreApplication::translate("Presets", "Full backend loop (%n rounds, about 70 min)",
                                            nullptr, int(full.rounds.size()));
    presets.append(full);

    LoopPlan intern;
    intern.id = QStringLiteral("intern");
    intern.track = QStringLiteral("intern");
    intern.prepSeconds = 60;
    intern.answerSeconds = 240;
    intern.expiry = ExpiryPolicy::Soft;
    intern.gradingTiming = GradingTiming::AfterEachQuestion;
    intern.hintsTiming = HintsTiming::AfterEachAnswer;
    intern.closingSegment = true;
    intern.followUpsPerQuestion = 1;
    intern.rounds = {RoundPlan{RoundKind::Technical, 2, {}, {}, {}, {}, {}},
                     RoundPlan{RoundKind::Behavioral, 1, {}, {}, {}, {}, {}},
                     RoundPlan{RoundKind::CulturalFit, 1, {}, {}, {}, {}, {}},
                     RoundPlan{RoundKind::Project, 1, {}, {}, {}, {}, {}}};
    intern.name = QCoreApplication::translate("Presets", "Intern loop (%n rounds, about 30 min)",
                                              nullptr, int(intern.rounds.size()));
    presets.append(intern);

    LoopPlan behavioral;
    behavioral.id = QStringLiteral("behavioral");
    behavioral.name = QCoreApplication::translate("Presets",
                                                  "Behavioral only: STAR stories (4 questions)");
    behavioral.prepSeconds = 45;
    behavioral.answerSeconds = 180;
    behavioral.expiry = ExpiryPolicy::Soft;
    behavioral.gradingTiming = GradingTiming::AfterEachQuestion;
    behavioral.hintsTiming = HintsTiming::AfterEachAnswer;
    behavioral.closingSegment = false;
    behavioral.followUpsPerQuestion = 1;
    behavioral.rounds = {RoundPlan{RoundKind::Behavioral, 4, {}, {}, {}, {}, {}}};
    presets.append(behavioral);

    LoopPlan design;
    design.id = QStringLiteral("system_design");
    design.name = QCoreApplication::translate("Presets", "System design deep dive (45 min)");
    design.expiry = ExpiryPolicy::Hard;
    design.gradingTiming = GradingTiming::EndOfRound;
    design.hintsTiming = HintsTiming::AfterEachAnswer;
    design.closingSegment = false;
    design.followUpsPerQuestion = 2;
    design.followUpSeconds = 180;
    design.rounds = {RoundPlan{RoundKind::SystemDesign, 1, {}, 300, 2400, 2700, {}}};
    presets.append(design);

    // One-way video interviews: a short read, a fixed answer window, no second chances.
    LoopPlan oneWay;
    oneWay.id = QStringLiteral("one_way");
    oneWay.name = QCoreApplication::translate("Presets",
                                              "One-way interview style (30 s prep, 2 min answers)");
    oneWay.prepSeconds = 30;
    oneWay.answerSeconds = 120;
    oneWay.expiry = ExpiryPolicy::Hard;
    oneWay.pauseAllowed = false;
    oneWay.retakeAllowed = false;
    oneWay.gradingTiming = GradingTiming::EndOfLoop;
    oneWay.hintsTiming = HintsTiming::EndOfLoop;
    oneWay.closingSegment = false;
    // No follow-ups: a recorded one-way interview has nobody to ask back.
    oneWay.rounds = {RoundPlan{RoundKind::CulturalFit, 2, {}, {}, {}, {}, {}},
                     RoundPlan{RoundKind::Behavioral, 2, {}, {}, {}, {}, {}},
                     RoundPlan{RoundKind::Project, 1, {}, {}, {}, {}, {}}};
    presets.append(oneWay);

    LoopPlan sony;
    sony.id = QStringLiteral("sony");
    sony.packs = {QStringLiteral("sony")};
    sony.expiry = ExpiryPolicy::Hard;
    sony.gradingTiming = GradingTiming::EndOfRound;
    sony.closingSegment = true;
    sony.followUpsPerQuestion = 1;
    sony.rounds = {RoundPlan{RoundKind::Technical, 3, {}, 60, 300, 1080, {}},
                   RoundPlan{RoundKind::SystemDesign, 1, {}, 180, 1500, 1800, {}},
                   RoundPlan{RoundKind::Project, 1, {}, 60, 300, 420, {}},
                   RoundPlan{RoundKind::CulturalFit, 1, {}, 45, 180, 240, {}}};
    sony.name = QCoreApplication::translate("Presets", "Sony-style backend (%n rounds, about 60 min)",
                                            nullptr, int(sony.rounds.size()));
    presets.append(sony);
    return presets;
}

void applyStrictMode(LoopPlan &plan)
{
    plan.pauseAllowed = false;
    plan.expiry = ExpiryPolicy::Hard;
    for (RoundPlan &r : plan.rounds)
        r.expiry.reset();
    plan.hintsTiming = HintsTiming::EndOfLoop;
    plan.followUpsPerQuestion = 1;
}

void applyPracticeMode(LoopPlan &plan)
{
    plan.pauseAllowed = true;
    plan.expiry = ExpiryPolicy::Soft;
    for (RoundPlan &r : plan.rounds)
        r.expiry.reset();
    plan.hintsTiming = HintsTiming::AfterEachAnswer;
}

LoopPlan planOfQuestions(const QList<PlannedQuestion> &questions)
{
    LoopPlan plan;
    plan.closingSegment = false;
    for (RoundKind kind : kAllRoundKinds) {
        RoundPlan round;
        round.kind = kind;
        for (const PlannedQuestion &q : questions) {
            if (q.kind == kind && !round.questionIds.contains(q.id))
                round.questionIds.append(q.id);
        }
        if (round.questionIds.isEmpty())
            continue;
        round.questionCount = int(round.questionIds.size());
        plan.rounds.append(round);
    }
    return plan;
}

std::optional<LoopPlan> builtinPreset(const QString &id)
{
    for (const LoopPlan &p : builtinPresets()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

} // namespace mockloop
