#pragma once

#include "base/Types.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mockloop {

// One round of a loop plan. Every unset value defaults from the plan; an unset per-question
// limit on both falls back to the question's own default (see docs/engine.md).
struct RoundPlan
{
    RoundKind kind = RoundKind::Technical;
    int questionCount = 1;
    QStringList questionIds; // chosen questions; when set they replace drawing
    std::optional<int> prepSeconds;
    std::optional<int> answerSeconds;
    std::optional<int> roundSeconds; // 0 = no round budget
    std::optional<ExpiryPolicy> expiry;

    friend bool operator==(const RoundPlan &, const RoundPlan &) = default;
};

struct LoopPlan
{
    QString id;   // preset id, empty for a custom plan
    QString name; // shown to people
    QList<RoundPlan> rounds;

    // Which questions are drawn: only those on this track (intern, backend, senior, sony)
    // and/or from these packs; empty = the whole bank.
    QString track;
    QStringList packs;

    // Defaults for every round.
    std::optional<int> prepSeconds;
    std::optional<int> answerSeconds;
    int roundSeconds = 0; // 0 = no round budget
    ExpiryPolicy expiry = ExpiryPolicy::Soft;

    // Plan flags.
    bool pauseAllowed = true;
    GradingTiming gradingTiming = GradingTiming::AfterEachQuestion;
    HintsTiming hintsTiming = HintsTiming::AfterEachAnswer;
    bool retakeAllowed = true;
    bool closingSegment = true; // "your questions for the interviewer" at the end
    // Answer aloud, as in a real interview: the editor is a notes pad; the clock and grading
    // work the same, and each grade records that the answer was spoken.
    bool answerAloud = false;
    // Follow-ups (docs/engine.md, "Follow-ups"): after each answered question the interviewer
    // asks up to this many of its follow-ups (0, 1 or 2), each with its own answer clock.
    int followUpsPerQuestion = 0;
    int followUpSeconds = kDefaultFollowUpSeconds; // 0 = untimed
    static constexpr int kDefaultFollowUpSeconds = 90;
    static constexpr int kMaxFollowUps = 2;

    // Effective values for round i (round → plan → question default).
    int effectivePrepSeconds(int round, int questionDefault) const;
    int effectiveAnswerSeconds(int round, int questionDefault) const;
    int effectiveRoundSeconds(int round) const;
    ExpiryPolicy effectiveExpiry(int round) const;
    int totalQuestionCount() const;

    QJsonObject toJson() const;
    // Returns std::nullopt and sets *error when the object is not a valid plan.
    static std::optional<LoopPlan> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const LoopPlan &, const LoopPlan &) = default;
};

// Strict mode (no pause, hard expiry, hints only at the end, one follow-up per question) and practice mode (pause, soft
// expiry, hints after each answer) are values of the plan flags, applied to any plan.
void applyStrictMode(LoopPlan &plan);
void applyPracticeMode(LoopPlan &plan);

// A question a plan asks by name: its id and the kind of round it belongs in.
struct PlannedQuestion
{
    QString id;
    RoundKind kind = RoundKind::Technical;
};

// A plan of exactly these questions (the library's picked questions, today's due list): one
// round per round kind in the usual order, each asking the questions of its kind in the order
// given, each once; a kind without a question has no round. No closing segment: the person
// chose what to practise. The id, the name and the mode are the caller's.
LoopPlan planOfQuestions(const QList<PlannedQuestion> &questions);

// Plans that ship built in (docs/presets.md).
QList<LoopPlan> builtinPresets();
std::optional<LoopPlan> builtinPreset(const QString &id);

} // namespace mockloop
