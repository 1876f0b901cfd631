#pragma once

#include "base/Types.h"
#include "session/Plan.h"
#include "storage/PrepTaskRecord.h"
#include "storage/ProgressRecord.h"
#include "storage/ReviewRecord.h"
#include "storage/TrackerRecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mockloop {

class Clock;
class Database;

// The preparation plan for one scheduled interview (issue 20, docs/prep-plan.md): a day-by-day
// list of practice tasks from today to the day before the interview, made deterministically
// from what the person's own practice shows. makePrepPlan is the pure rule; PrepPlanner reads
// its inputs from the database and keeps what the person did with the tasks (ticked, moved,
// dropped) so a re-formed plan keeps it.

enum class PrepTaskKind {
    Loop,         // a practice loop of one round kind, optionally naming a criterion to watch
    DueQuestions, // questions due for review on or before that day
    WeakQuestion, // one question the person's grades show is weak, asked again
    WriteStory,   // a STAR story for a competency no story covers yet
    Rehearsal,    // the whole loop of the preset that fits the company
    ReviewStories // the light day: read your stories again
};
QString toKey(PrepTaskKind kind);
std::optional<PrepTaskKind> prepTaskKindFromKey(const QString &key);

struct PrepTask
{
    // Stable across re-forming while the task still fits: "story:conflict", "weak:<question>",
    // "due:2026-12-08:1", "loop:technical:2026-12-08", "rehearsal:sony", "stories".
    QString key;
    PrepTaskKind kind = PrepTaskKind::Loop;
    QDate day;
    int minutes = 0;
    RoundKind roundKind = RoundKind::Technical; // Loop, WeakQuestion
    QString criterion;                          // Loop: a rubric criterion key to watch, or empty
    double criterionAverage = 0;                // its recent average (1..5)
    QStringList questionIds;                    // DueQuestions, WeakQuestion
    QString questionText;                       // WeakQuestion: its text as last asked
    double questionAverage = 0;                 // WeakQuestion: its average grade
    QString competency;                         // WriteStory
    QString presetId;                           // Rehearsal: a built-in id or "own:<n>"
    QString presetName;                         // Rehearsal
    PrepTaskStatus status = PrepTaskStatus::Open;
    bool moved = false; // the person moved it to this day

    // "Run a 45-minute behavioral loop", "Practise these 5 due questions", …
    QString title() const;
    // Why it is in the plan: "your weakest criterion here: trade-offs, 2.4 of 5".
    QString reason() const;
    // Whether starting it runs a practice loop (practicePlan) or opens the story bank.
    bool startsLoop() const;

    QJsonObject toJson() const;
    static std::optional<PrepTask> fromJson(const QJsonObject &object);
    friend bool operator==(const PrepTask &, const PrepTask &) = default;
};

struct PrepDay
{
    QDate date;
    int budgetMinutes = 0;
    bool light = false; // the day before the interview
    QList<PrepTask> tasks;

    int plannedMinutes() const; // the open and done tasks' minutes
};

// A built-in or own preset that fits the company (a rehearsal of the real loop).
struct PrepPreset
{
    QString id; // built-in id, or "own:<n>" (PresetStore::planId)
    QString name;
    int minutes = 0;
};

// Everything a plan is made from. PrepPlanner fills it from the database; tests write it.
struct PrepInputs
{
    QDate today;
    QDate interviewDay; // the local day of the scheduled interview's start
    InterviewKind interviewKind = InterviewKind::Other;
    int dailyMinutes = 60;
    QList<DueQuestion> due;            // due on or before the day before the interview
    QList<WeakQuestion> weakQuestions; // lowest average first
    QList<CriterionAverage> criteria;  // lowest average first
    QStringList storyGaps;             // competencies without a story, weakest first
    std::optional<PrepPreset> preset;  // the fitting preset, if any
    QList<PrepTaskState> states;       // what the person did with tasks of this plan
};

struct PrepPlan
{
    qint64 interviewId = 0;
    QDate interviewDay;
    // From planStart to the day before the interview; empty when it is today or past.
    QList<PrepDay> days;
    int doneCount = 0; // tasks ticked, the shown ones and earlier days' together
    int unplanned = 0; // tasks that did not fit the daily time: raise it to plan them

    const PrepDay *day(const QDate &date) const;
};

// The tuning of the rules, in one place (docs/prep-plan.md says each).
struct PrepRules
{
    static constexpr int kLightDayMinutes = 30; // at most, the day before the interview
    static constexpr int kDueChunk = 5;         // due questions per task
    static constexpr int kDuePerDay = 10;       // as the review scheduler's daily cap
    static constexpr int kStoryMinutes = 20;    // to write one STAR story
    static constexpr int kReviewStoriesMinutes = 15;
    static constexpr int kMaxStoryTasks = 3;
    static constexpr int kMaxWeakQuestions = 5;
    static constexpr double kWeakBelow = 3.5; // an average below this is weak
    static constexpr int kMinLoopMinutes = 15;
    static constexpr int kMaxLoopMinutes = 45;
    static constexpr int kRecentGrades = 30; // criteria: the last graded attempts of a kind
    static constexpr int kHorizonDays = 28;  // a plan starts at most four weeks ahead
};

// The plan's first day: today, or four weeks before the interview when it is further away.
QDate planStart(const PrepInputs &in);
// How far a day is: "today", "tomorrow", "in 4 days" (Home's countdown, the terminal).
QString countdownText(const QDate &today, const QDate &day);
// What the plan could not place, in a sentence; empty when everything fitted.
QString unplannedText(int unplanned);

// Minutes to practise and grade one question of a kind (the rules' estimate).
int minutesPerQuestion(RoundKind kind);
// The rough length of a loop plan: round budgets, or questions × their minutes.
int estimatedMinutes(const LoopPlan &plan);

// The rule: the plan from its inputs, nothing else read. Deterministic.
PrepPlan makePrepPlan(const PrepInputs &inputs);

// The practice a task starts: a loop plan for Loop, DueQuestions, WeakQuestion and Rehearsal
// (the preset as stored, built-in or own); nullopt for the story tasks (they open the story
// bank) and when a preset is gone (*error says so).
std::optional<LoopPlan> practicePlan(const PrepTask &task, Database &db, QString *error);

// The plans of the scheduled interviews ahead, over the database, with the clock's today.
class PrepPlanner
{
public:
    PrepPlanner(Database &db, const Clock &clock, int dailyMinutes = 60);

    // The inputs of one scheduled interview's plan, read now; nullopt if it does not exist.
    std::optional<PrepInputs> inputs(qint64 interviewId, QString *error) const;
    std::optional<PrepPlan> plan(qint64 interviewId, QString *error) const;
    // Scheduled interviews from today on, soonest first.
    QList<ScheduledInterview> upcoming() const;
    // Every upcoming interview's tasks on a day (default today), soonest interview first.
    QList<std::pair<ScheduledInterview, PrepTask>> tasksOn(const QDate &day, QString *error) const;

    // Ticks a task (done) or unticks it; moves it to another day of the plan; drops it. The plan
    // re-forms around them. Refused with *error: a day outside the plan, an unknown interview.
    bool setDone(qint64 interviewId, const PrepTask &task, bool done, QString *error);
    bool move(qint64 interviewId, const PrepTask &task, const QDate &day, QString *error);
    bool drop(qint64 interviewId, const PrepTask &task, QString *error);

    QDate today() const;

private:
    Database &m_db;
    const Clock &m_clock;
    int m_dailyMinutes;
};

} // namespace mockloop
