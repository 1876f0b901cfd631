#include "practice/PrepPlan.h"

#include "base/Clock.h"
#include "base/Settings.h"
#include "base/TimeText.h"
#include "coach/Rubric.h"
#include "coach/StoryBank.h"
#include "storage/Database.h"
#include "storage/PrepTaskStore.h"
#include "storage/PresetStore.h"
#include "storage/ProgressQueries.h"
#include "storage/QuestionStore.h"
#include "storage/ReviewStore.h"
#include "tracker/Tracker.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace mockloop {

namespace {

class PrepText
{
    Q_DECLARE_TR_FUNCTIONS(PrepPlan)
};

const QString kWarmUpPrefix = QStringLiteral("warmup:");

bool isStoryKind(RoundKind kind)
{
    return kind == RoundKind::Behavioral || kind == RoundKind::CulturalFit
           || kind == RoundKind::Project;
}

QString criterionName(RoundKind kind, const QString &key)
{
    for (const RubricCriterion &c : rubricFor(kind).criteria)
        if (c.key == key)
            return c.name;
    return key;
}

QString elided(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1).trimmed() + QChar(0x2026);
}

// One day being filled.
struct DayFill
{
    PrepDay day;
    int used = 0;
    bool hasStory = false;
    int remaining() const { return day.budgetMinutes - used; }
};

} // namespace

QString toKey(PrepTaskKind kind)
{
    switch (kind) {
    case PrepTaskKind::Loop: return QStringLiteral("loop");
    case PrepTaskKind::DueQuestions: return QStringLiteral("due");
    case PrepTaskKind::WeakQuestion: return QStringLiteral("weak");
    case PrepTaskKind::WriteStory: return QStringLiteral("story");
    case PrepTaskKind::Rehearsal: return QStringLiteral("rehearsal");
    case PrepTaskKind::ReviewStories: return QStringLiteral("stories");
    }
    return QStringLiteral("loop");
}

std::optional<PrepTaskKind> prepTaskKindFromKey(const QString &key)
{
    for (const PrepTaskKind k :
         {PrepTaskKind::Loop, PrepTaskKind::DueQuestions, PrepTaskKind::WeakQuestion,
          PrepTaskKind::WriteStory, PrepTaskKind::Rehearsal, PrepTaskKind::ReviewStories})
        if (toKey(k) == key)
            return k;
    return std::nullopt;
}

QString PrepTask::title() const
{
    switch (kind) {
    case PrepTaskKind::Loop: {
        const bool warmUp = key.startsWith(kWarmUpPrefix);
        switch (roundKind) {
        case RoundKind::Technical:
            return warmUp ? PrepText::tr("Warm up: a %1-minute technical loop").arg(minutes)
                          : PrepText::tr("Run a %1-minute technical loop").arg(minutes);
        case RoundKind::SystemDesign:
            return warmUp ? PrepText::tr("Warm up: a %1-minute system design loop").arg(minutes)
                          : PrepText::tr("Run a %1-minute system design loop").arg(minutes);
        case RoundKind::Behavioral:
            return warmUp ? PrepText::tr("Warm up: a %1-minute behavioral loop").arg(minutes)
                          : PrepText::tr("Run a %1-minute behavioral loop").arg(minutes);
        case RoundKind::CulturalFit:
            return warmUp ? PrepText::tr("Warm up: a %1-minute cultural fit loop").arg(minutes)
                          : PrepText::tr("Run a %1-minute cultural fit loop").arg(minutes);
        case RoundKind::Project:
            return warmUp ? PrepText::tr("Warm up: a %1-minute project loop").arg(minutes)
                          : PrepText::tr("Run a %1-minute project loop").arg(minutes);
        }
        return {};
    }
    case PrepTaskKind::DueQuestions:
        // Spelled out rather than "%n question(s)": without an English catalogue that shows "(s)".
        return questionIds.size() == 1
                   ? PrepText::tr("Practise the question due for review")
                   : PrepText::tr("Practise these %1 due questions").arg(questionIds.size());
    case PrepTaskKind::WeakQuestion: {
        const QString text = elided(questionText, 60);
        switch (roundKind) {
        case RoundKind::Technical: return PrepText::tr("Mock technical: %1").arg(text);
        case RoundKind::SystemDesign: return PrepText::tr("Mock system design: %1").arg(text);
        case RoundKind::Behavioral: return PrepText::tr("Mock behavioral: %1").arg(text);
        case RoundKind::CulturalFit: return PrepText::tr("Mock cultural fit: %1").arg(text);
        case RoundKind::Project: return PrepText::tr("Mock project: %1").arg(text);
        }
        return text;
    }
    case PrepTaskKind::WriteStory: return PrepText::tr("Write a story for %1").arg(competency);
    case PrepTaskKind::Rehearsal:
        return PrepText::tr("Rehearse the whole loop: %1").arg(presetName);
    case PrepTaskKind::ReviewStories: return PrepText::tr("Read your STAR stories again");
    }
    return {};
}

QString PrepTask::reason() const
{
    switch (kind) {
    case PrepTaskKind::Loop:
        if (key.startsWith(kWarmUpPrefix))
            return PrepText::tr("The day before the interview: light practice only.");
        if (!criterion.isEmpty())
            return PrepText::tr("Watch %1: your recent average is %2 of 5.")
                .arg(criterionName(roundKind, criterion), formatDecimal(criterionAverage));
        return PrepText::tr("Keeps the kind of this interview in practice.");
    case PrepTaskKind::DueQuestions: return PrepText::tr("Due for review (spaced repetition).");
    case PrepTaskKind::WeakQuestion:
        return PrepText::tr("Your average grade on it is %1 of 5.").arg(formatDecimal(questionAverage));
    case PrepTaskKind::WriteStory: return PrepText::tr("No story of yours covers it yet.");
    case PrepTaskKind::Rehearsal:
        return PrepText::tr("The preset that fits this company, as a dress rehearsal.");
    case PrepTaskKind::ReviewStories:
        return PrepText::tr("The day before the interview: light practice only.");
    }
    return {};
}

bool PrepTask::startsLoop() const
{
    return kind != PrepTaskKind::WriteStory && kind != PrepTaskKind::ReviewStories;
}

QJsonObject PrepTask::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("kind"), toKey(kind));
    o.insert(QStringLiteral("day"), day.toString(Qt::ISODate));
    o.insert(QStringLiteral("minutes"), minutes);
    o.insert(QStringLiteral("round_kind"), mockloop::toKey(roundKind));
    if (!criterion.isEmpty()) {
        o.insert(QStringLiteral("criterion"), criterion);
        o.insert(QStringLiteral("criterion_average"), criterionAverage);
    }
    if (!questionIds.isEmpty())
        o.insert(QStringLiteral("questions"), QJsonArray::fromStringList(questionIds));
    if (!questionText.isEmpty()) {
        o.insert(QStringLiteral("question_text"), questionText);
        o.insert(QStringLiteral("question_average"), questionAverage);
    }
    if (!competency.isEmpty())
        o.insert(QStringLiteral("competency"), competency);
    if (!presetId.isEmpty()) {
        o.insert(QStringLiteral("preset"), presetId);
        o.insert(QStringLiteral("preset_name"), presetName);
    }
    if (moved)
        o.insert(QStringLiteral("moved"), true);
    return o;
}

std::optional<PrepTask> PrepTask::fromJson(const QJsonObject &o)
{
    PrepTask t;
    t.key = o.value(QStringLiteral("key")).toString();
    const auto kind = prepTaskKindFromKey(o.value(QStringLiteral("kind")).toString());
    const auto roundKind = roundKindFromKey(o.value(QStringLiteral("round_kind")).toString());
    t.day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
    if (t.key.isEmpty() || !kind || !roundKind || !t.day.isValid())
        return std::nullopt;
    t.kind = *kind;
    t.roundKind = *roundKind;
    t.minutes = o.value(QStringLiteral("minutes")).toInt();
    t.criterion = o.value(QStringLiteral("criterion")).toString();
    t.criterionAverage = o.value(QStringLiteral("criterion_average")).toDouble();
    for (const QJsonValue &v : o.value(QStringLiteral("questions")).toArray())
        t.questionIds.append(v.toString());
    t.questionText = o.value(QStringLiteral("question_text")).toString();
    t.questionAverage = o.value(QStringLiteral("question_average")).toDouble();
    t.competency = o.value(QStringLiteral("competency")).toString();
    t.presetId = o.value(QStringLiteral("preset")).toString();
    t.presetName = o.value(QStringLiteral("preset_name")).toString();
    t.moved = o.value(QStringLiteral("moved")).toBool();
    return t;
}

int PrepDay::plannedMinutes() const
{
    int sum = 0;
    for (const PrepTask &t : tasks)
        if (t.status != PrepTaskStatus::Dropped)
            sum += t.minutes;
    return sum;
}

const PrepDay *PrepPlan::day(const QDate &date) const
{
    for (const PrepDay &d : days)
        if (d.date == date)
            return &d;
    return nullptr;
}

QDate planStart(const PrepInputs &in)
{
    return std::max(in.today, in.interviewDay.addDays(-PrepRules::kHorizonDays));
}

QString countdownText(const QDate &today, const QDate &day)
{
    const qint64 days = today.daysTo(day);
    if (days == 0)
        return PrepText::tr("today");
    if (days == 1)
        return PrepText::tr("tomorrow");
    if (days < 0)
        return PrepText::tr("in the past");
    return PrepText::tr("in %1 days").arg(days);
}

QString unplannedText(int unplanned)
{
    if (unplanned <= 0)
        return {};
    return unplanned == 1
               ? PrepText::tr("1 task did not fit: give the plan more time a day to plan it.")
               : PrepText::tr("%1 tasks did not fit: give the plan more time a day to plan them.")
                     .arg(unplanned);
}

int minutesPerQuestion(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Technical: return 8;
    case RoundKind::SystemDesign: return 30;
    case RoundKind::Behavioral: return 6;
    case RoundKind::CulturalFit: return 5;
    case RoundKind::Project: return 8;
    }
    return 8;
}

int estimatedMinutes(const LoopPlan &plan)
{
    int minutes = 0;
    for (int i = 0; i < plan.rounds.size(); ++i) {
        const int budget = plan.effectiveRoundSeconds(i);
        minutes += budget > 0 ? (budget + 59) / 60
                              : plan.rounds.at(i).questionCount
                                    * minutesPerQuestion(plan.rounds.at(i).kind);
    }
    return (minutes + 4) / 5 * 5;
}

namespace {

// One pass of the rules. pinned: tasks the person moved, placed first on their new day.
PrepPlan buildPlan(const PrepInputs &in, const QList<PrepTask> &pinned)
{
    PrepPlan plan;
    plan.interviewDay = in.interviewDay;

    QHash<QString, PrepTaskState> states;
    for (const PrepTaskState &s : in.states) {
        states.insert(s.key, s);
        if (s.status == PrepTaskStatus::Done)
            ++plan.doneCount;
    }
    if (!in.today.isValid() || !in.interviewDay.isValid() || in.interviewDay <= in.today)
        return plan;

    const QList<RoundKind> kinds = practiceKinds(in.interviewKind);
    const bool wantsStories = std::any_of(kinds.cbegin(), kinds.cend(), isStoryKind);
    const QDate lightDay = in.interviewDay.addDays(-1);

    QList<DayFill> fill;
    const QDate start = planStart(in);
    for (QDate d = start; d < in.interviewDay; d = d.addDays(1)) {
        DayFill f;
        f.day.date = d;
        f.day.light = d == lightDay;
        f.day.budgetMinutes = f.day.light ? std::min(PrepRules::kLightDayMinutes, in.dailyMinutes)
                                          : in.dailyMinutes;
        fill.append(f);
    }
    const int fullDays = int(fill.size()) - 1; // the last is the light day
    auto indexOf = [&](const QDate &d) { return int(start.daysTo(d)); };

    // Ticked tasks stay as they were, on the day they were ticked, and use that day's time.
    for (const PrepTaskState &s : in.states) {
        if (s.status != PrepTaskStatus::Done)
            continue;
        const int i = indexOf(s.day);
        if (i < 0 || i >= fill.size())
            continue;
        std::optional<PrepTask> t = PrepTask::fromJson(
            QJsonDocument::fromJson(s.task.toUtf8()).object());
        if (!t)
            continue;
        t->day = s.day;
        t->status = PrepTaskStatus::Done;
        fill[i].used += t->minutes;
        fill[i].hasStory = fill[i].hasStory || t->kind == PrepTaskKind::WriteStory;
        fill[i].day.tasks.append(*t);
    }
    auto place = [&](int i, PrepTask task) {
        task.day = fill[i].day.date;
        fill[i].used += task.minutes;
        fill[i].hasStory = fill[i].hasStory || task.kind == PrepTaskKind::WriteStory;
        fill[i].day.tasks.append(task);
    };
    // Moved tasks are on their new day before anything else is placed.
    QSet<QString> pinnedKeys;
    for (const PrepTask &t : pinned) {
        place(indexOf(t.day), t);
        pinnedKeys.insert(t.key);
    }
    // Ticked, dropped and moved keys are never placed by the rules again.
    auto taken = [&](const QString &key) {
        const auto it = states.constFind(key);
        return (it != states.constEnd() && it->status != PrepTaskStatus::Open)
               || pinnedKeys.contains(key);
    };

    // 1. The light day: stories read again (when the interview asks for them) and a warm-up.
    {
        const int light = int(fill.size()) - 1;
        PrepTask stories;
        stories.kind = PrepTaskKind::ReviewStories;
        stories.key = QStringLiteral("stories");
        stories.minutes = PrepRules::kReviewStoriesMinutes;
        if (wantsStories && !taken(stories.key) && fill[light].remaining() >= stories.minutes)
            place(light, stories);
        PrepTask warmUp;
        warmUp.kind = PrepTaskKind::Loop;
        warmUp.roundKind = kinds.constFirst();
        warmUp.key = kWarmUpPrefix + mockloop::toKey(warmUp.roundKind);
        warmUp.minutes = std::min(PrepRules::kMinLoopMinutes, fill[light].remaining());
        if (!taken(warmUp.key) && warmUp.minutes >= PrepRules::kMinLoopMinutes)
            place(light, warmUp);
    }

    // 2. The rehearsal: the fitting preset's whole loop on the last full day.
    if (in.preset && fullDays > 0) {
        PrepTask rehearsal;
        rehearsal.kind = PrepTaskKind::Rehearsal;
        rehearsal.key = QStringLiteral("rehearsal:") + in.preset->id;
        rehearsal.presetId = in.preset->id;
        rehearsal.presetName = in.preset->name;
        rehearsal.minutes = in.preset->minutes;
        rehearsal.roundKind = kinds.constFirst();
        const int i = fullDays - 1;
        if (!taken(rehearsal.key)) {
            if (fill[i].remaining() >= rehearsal.minutes)
                place(i, rehearsal);
            else
                ++plan.unplanned;
        }
    }

    // 3. Due questions of the interview's kinds, on the day they fall due (today if overdue),
    // at most kDuePerDay a day, in tasks of kDueChunk; what does not fit moves to the next day.
    QSet<QString> planned;
    if (fullDays > 0) {
        QList<QList<DueQuestion>> perDay(fullDays);
        for (const DueQuestion &q : in.due) {
            if (!kinds.contains(q.kind))
                continue;
            int i = std::clamp(indexOf(std::max(q.dueOn, start)), 0, fullDays - 1);
            while (i < fullDays && perDay[i].size() >= PrepRules::kDuePerDay)
                ++i;
            if (i == fullDays) {
                ++plan.unplanned;
                continue;
            }
            perDay[i].append(q);
        }
        QList<DueQuestion> carry;
        for (int i = 0; i < fullDays; ++i) {
            QList<DueQuestion> today = carry + perDay[i];
            carry.clear();
            int chunkNumber = 0;
            for (int from = 0; from < today.size(); from += PrepRules::kDueChunk) {
                PrepTask task;
                task.kind = PrepTaskKind::DueQuestions;
                task.key = QStringLiteral("due:%1:%2")
                               .arg(fill[i].day.date.toString(Qt::ISODate))
                               .arg(++chunkNumber);
                const QList<DueQuestion> chunk = today.mid(from, PrepRules::kDueChunk);
                for (const DueQuestion &q : chunk) {
                    task.questionIds.append(q.questionId);
                    task.minutes += minutesPerQuestion(q.kind);
                }
                task.roundKind = chunk.constFirst().kind;
                if (taken(task.key))
                    continue;
                if (fill[i].remaining() >= task.minutes) {
                    place(i, task);
                    for (const QString &id : task.questionIds)
                        planned.insert(id);
                } else if (i + 1 < fullDays) {
                    carry += chunk;
                } else {
                    ++plan.unplanned;
                }
            }
        }
    }

    // 4. Stories for competencies no story covers (at most one a day), then the weakest
    // questions of the interview's kinds, each on the first full day with time for it.
    QList<PrepTask> queue;
    if (wantsStories) {
        for (const QString &competency : in.storyGaps) {
            if (queue.size() >= PrepRules::kMaxStoryTasks)
                break;
            PrepTask task;
            task.kind = PrepTaskKind::WriteStory;
            task.key = QStringLiteral("story:") + competency;
            task.competency = competency;
            task.minutes = PrepRules::kStoryMinutes;
            task.roundKind = RoundKind::Behavioral;
            if (!taken(task.key))
                queue.append(task);
        }
    }
    int weak = 0;
    for (const WeakQuestion &q : in.weakQuestions) {
        if (weak >= PrepRules::kMaxWeakQuestions)
            break;
        if (!kinds.contains(q.kind) || q.averageScore >= PrepRules::kWeakBelow
            || planned.contains(q.questionId))
            continue;
        ++weak;
        PrepTask task;
        task.kind = PrepTaskKind::WeakQuestion;
        task.key = QStringLiteral("weak:") + q.questionId;
        task.questionIds = {q.questionId};
        task.questionText = q.text;
        task.questionAverage = q.averageScore;
        task.roundKind = q.kind;
        task.minutes = minutesPerQuestion(q.kind);
        if (!taken(task.key))
            queue.append(task);
    }
    for (int i = 0; i < fullDays && !queue.isEmpty(); ++i) {
        for (auto it = queue.begin(); it != queue.end();) {
            const bool secondStory = it->kind == PrepTaskKind::WriteStory && fill[i].hasStory;
            if (!secondStory && fill[i].remaining() >= it->minutes) {
                place(i, *it);
                it = queue.erase(it);
            } else {
                ++it;
            }
        }
    }
    if (fullDays > 0) // with the light day only, nothing new is planned: no time is missing
        plan.unplanned += int(queue.size());

    // 5. A loop fills what is left of each full day: the interview's kinds in turn, each
    // naming its weak criteria (below kWeakBelow) in turn, lowest first.
    QHash<RoundKind, QList<CriterionAverage>> weakCriteria;
    for (const CriterionAverage &c : in.criteria)
        if (c.average < PrepRules::kWeakBelow)
            weakCriteria[c.kind].append(c);
    QHash<RoundKind, int> loopsOfKind;
    for (int i = 0; i < fullDays; ++i) {
        const int remaining = fill[i].remaining() / 5 * 5;
        if (remaining < PrepRules::kMinLoopMinutes)
            continue;
        PrepTask task;
        task.kind = PrepTaskKind::Loop;
        task.roundKind = kinds.at(i % kinds.size());
        task.key = QStringLiteral("loop:%1:%2")
                       .arg(mockloop::toKey(task.roundKind), fill[i].day.date.toString(Qt::ISODate));
        task.minutes = std::min(PrepRules::kMaxLoopMinutes, remaining);
        const QList<CriterionAverage> &weakOnes = weakCriteria[task.roundKind];
        if (!weakOnes.isEmpty()) {
            const CriterionAverage &c = weakOnes.at(loopsOfKind[task.roundKind] % weakOnes.size());
            task.criterion = c.criterion;
            task.criterionAverage = c.average;
        }
        ++loopsOfKind[task.roundKind];
        if (!taken(task.key))
            place(i, task);
    }

    for (const DayFill &f : fill)
        plan.days.append(f.day);
    return plan;
}

} // namespace

PrepPlan makePrepPlan(const PrepInputs &in)
{
    // The person's moves: the rules place every task first; a moved one still among them is
    // then pinned to its new day, and the rules run again around it (so the day it left is
    // filled again, and a task that no longer fits the rules is not moved back in).
    const PrepPlan first = buildPlan(in, {});
    QList<PrepTask> pinned;
    for (const PrepTaskState &s : in.states) {
        if (s.status != PrepTaskStatus::Open || s.day < planStart(in) || s.day >= in.interviewDay)
            continue;
        for (const PrepDay &d : first.days)
            for (const PrepTask &t : d.tasks)
                if (t.key == s.key && t.status == PrepTaskStatus::Open) {
                    PrepTask moved = t;
                    moved.day = s.day;
                    moved.moved = true;
                    pinned.append(moved);
                }
    }
    return pinned.isEmpty() ? first : buildPlan(in, pinned);
}

std::optional<LoopPlan> practicePlan(const PrepTask &task, Database &db, QString *error)
{
    LoopPlan plan;
    switch (task.kind) {
    case PrepTaskKind::WriteStory:
    case PrepTaskKind::ReviewStories: return std::nullopt;
    case PrepTaskKind::Rehearsal: {
        if (const std::optional<qint64> own = PresetStore::idFromPlanId(task.presetId)) {
            if (const std::optional<OwnPreset> preset = PresetStore(db).find(*own, error))
                return preset->plan;
        } else if (const std::optional<LoopPlan> builtin = builtinPreset(task.presetId)) {
            return builtin;
        }
        if (error && error->isEmpty())
            *error = PrepText::tr("The preset “%1” is no longer there.").arg(task.presetName);
        return std::nullopt;
    }
    case PrepTaskKind::Loop: {
        RoundPlan round;
        round.kind = task.roundKind;
        round.questionCount = std::max(1, task.minutes / minutesPerQuestion(task.roundKind));
        plan.rounds = {round};
        plan.closingSegment = false;
        break;
    }
    case PrepTaskKind::DueQuestions:
    case PrepTaskKind::WeakQuestion: {
        const QuestionStore store(db);
        QList<PlannedQuestion> questions;
        for (const QString &id : task.questionIds)
            if (const std::optional<Question> q = store.question(id))
                questions.append({q->id, q->kind});
        if (questions.isEmpty()) {
            if (error)
                *error = PrepText::tr("The questions of this task are no longer in the bank.");
            return std::nullopt;
        }
        plan = planOfQuestions(questions);
        break;
    }
    }
    plan.id = QStringLiteral("prep");
    plan.name = task.title();
    applyPracticeMode(plan);
    return plan;
}

PrepPlanner::PrepPlanner(Database &db, const Clock &clock, int dailyMinutes)
    : m_db(db)
    , m_clock(clock)
    , m_dailyMinutes(std::clamp(dailyMinutes, kMinPrepDailyMinutes, kMaxPrepDailyMinutes))
{
}

QDate PrepPlanner::today() const
{
    return m_clock.today();
}

namespace {

// The preset that fits a company (docs/prep-plan.md): an own preset whose name has one of the
// company's words (3 letters or more, legal forms left out), else a built-in one whose id or
// track is one of them.
std::optional<PrepPreset> fittingPreset(Database &db, const QString &company)
{
    static const QSet<QString> legal = {QStringLiteral("inc"),  QStringLiteral("ltd"),
                                        QStringLiteral("llc"),  QStringLiteral("gmbh"),
                                        QStringLiteral("corp"), QStringLiteral("the"),
                                        QStringLiteral("plc"),  QStringLiteral("and"),
                                        QStringLiteral("co")};
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> words;
    for (const QString &w : company.toLower().split(separators, Qt::SkipEmptyParts))
        if (w.size() >= 3 && !legal.contains(w))
            words.insert(w);
    if (words.isEmpty())
        return std::nullopt;
    if (const auto own = PresetStore(db).list()) {
        for (const OwnPreset &p : *own) // by name
            for (const QString &w : p.name.toLower().split(separators, Qt::SkipEmptyParts))
                if (words.contains(w))
                    return PrepPreset{p.plan.id, p.name, estimatedMinutes(p.plan)};
    }
    for (const LoopPlan &p : builtinPresets())
        if (words.contains(p.id) || words.contains(p.track))
            return PrepPreset{p.id, p.name, estimatedMinutes(p)};
    return std::nullopt;
}

} // namespace

std::optional<PrepInputs> PrepPlanner::inputs(qint64 interviewId, QString *error) const
{
    const Tracker tracker(m_db, m_clock);
    const std::optional<ScheduledInterview> interview = tracker.interview(interviewId);
    if (!interview) {
        if (error)
            *error = PrepText::tr("There is no scheduled interview %1.").arg(interviewId);
        return std::nullopt;
    }
    PrepInputs in;
    in.today = today();
    in.interviewDay = interview->start.toLocalTime().date();
    in.interviewKind = interview->kind;
    in.dailyMinutes = m_dailyMinutes;
    if (in.interviewDay > in.today)
        in.due = ReviewStore(m_db).due(in.interviewDay.addDays(-1), -1);

    const ProgressQueries progress(m_db);
    in.weakQuestions = progress.weakestQuestions(50);
    for (const RoundKind kind : practiceKinds(interview->kind))
        in.criteria += progress.recentCriterionAverages(kind, PrepRules::kRecentGrades);
    std::stable_sort(in.criteria.begin(), in.criteria.end(),
                     [](const CriterionAverage &a, const CriterionAverage &b) {
                         return a.average < b.average;
                     });

    // Gaps, the competencies graded lowest first, then the rest by name.
    const QStringList gaps = StoryBank(m_db).matrix().gaps();
    for (const WeakCompetency &c : progress.weakestCompetencies(int(gaps.size()) + 50))
        if (gaps.contains(c.competency) && !in.storyGaps.contains(c.competency))
            in.storyGaps.append(c.competency);
    QStringList rest;
    for (const QString &g : gaps)
        if (!in.storyGaps.contains(g))
            rest.append(g);
    rest.sort(Qt::CaseInsensitive);
    in.storyGaps += rest;

    if (const std::optional<Application> application = tracker.application(interview->applicationId))
        in.preset = fittingPreset(m_db, application->company);
    in.states = PrepTaskStore(m_db).states(interviewId);
    return in;
}

std::optional<PrepPlan> PrepPlanner::plan(qint64 interviewId, QString *error) const
{
    const std::optional<PrepInputs> in = inputs(interviewId, error);
    if (!in)
        return std::nullopt;
    PrepPlan plan = makePrepPlan(*in);
    plan.interviewId = interviewId;
    return plan;
}

QList<ScheduledInterview> PrepPlanner::upcoming() const
{
    const QDate day = today();
    QList<ScheduledInterview> out;
    for (const ScheduledInterview &i : Tracker(m_db, m_clock).interviews(0))
        if (i.start.toLocalTime().date() >= day)
            out.append(i);
    return out;
}

QList<std::pair<ScheduledInterview, PrepTask>> PrepPlanner::tasksOn(const QDate &day,
                                                                    QString *error) const
{
    QList<std::pair<ScheduledInterview, PrepTask>> out;
    for (const ScheduledInterview &interview : upcoming()) {
        const std::optional<PrepPlan> p = plan(interview.id, error);
        if (!p)
            continue;
        if (const PrepDay *d = p->day(day.isValid() ? day : today()))
            for (const PrepTask &t : d->tasks)
                out.append({interview, t});
    }
    return out;
}

bool PrepPlanner::setDone(qint64 interviewId, const PrepTask &task, bool done, QString *error)
{
    PrepTaskStore store(m_db);
    if (!done) {
        // Unticked, a moved task keeps its move; any other goes back to the rules.
        if (task.moved) {
            PrepTaskState s{task.key, PrepTaskStatus::Open, task.day, {}};
            return store.save(interviewId, s, m_clock.wallTime(), error);
        }
        return store.remove(interviewId, task.key, error);
    }
    PrepTask snapshot = task;
    snapshot.status = PrepTaskStatus::Done;
    const PrepTaskState s{task.key, PrepTaskStatus::Done, task.day.isValid() ? task.day : today(),
                          QString::fromUtf8(
                              QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact))};
    return store.save(interviewId, s, m_clock.wallTime(), error);
}

bool PrepPlanner::move(qint64 interviewId, const PrepTask &task, const QDate &day, QString *error)
{
    const std::optional<PrepInputs> in = inputs(interviewId, error);
    if (!in)
        return false;
    if (!day.isValid() || day < planStart(*in) || day >= in->interviewDay) {
        if (error)
            *error = PrepText::tr("A task can move to a day of its plan: from %1 to the day "
                                  "before the interview (%2).")
                         .arg(formatDate(planStart(*in)), formatDate(in->interviewDay.addDays(-1)));
        return false;
    }
    const PrepTaskState s{task.key, PrepTaskStatus::Open, day, {}};
    return PrepTaskStore(m_db).save(interviewId, s, m_clock.wallTime(), error);
}

bool PrepPlanner::drop(qint64 interviewId, const PrepTask &task, QString *error)
{
    const PrepTaskState s{task.key, PrepTaskStatus::Dropped, task.day, {}};
    return PrepTaskStore(m_db).save(interviewId, s, m_clock.wallTime(), error);
}

} // namespace mockloop
