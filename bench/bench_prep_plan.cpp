// The preparation plan of one scheduled interview (core/practice/PrepPlan, docs/prep-plan.md)
// on a generated practice history: reading its inputs (due reviews, weakest questions, recent
// rubric criteria, the story matrix, the fitting preset) and making the plan, beside the history
// page's first screen (History::sessions, 50 rows) as the baseline in the same run. Reported,
// never asserted. Goal (issue 20): plan generation ≤ 20 ms at 10,000 sessions.
//
//   bench_prep_plan                  tiny smoke run (ctest): 40 sessions
//   bench_prep_plan --full           10,000 sessions (scripts/bench.sh)
//   bench_prep_plan --sessions N [--keep DIR]
#include "base/Clock.h"
#include "coach/Rubric.h"
#include "coach/StoryBank.h"
#include "practice/History.h"
#include "practice/PrepPlan.h"
#include "practice/Scheduler.h"
#include "storage/Database.h"
#include "storage/ProgressQueries.h"
#include "storage/ReviewStore.h"
#include "tracker/Tracker.h"
#include "BenchSupport.h"
#include "HistoryData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <utility>
#include <vector>

using namespace mockloop;
using mockloop::bench::medianMs;

namespace {

// The generated history has overall grades only: give every graded attempt a score per rubric
// criterion of its round kind, and replay the grades into spaced repetition, as the programs
// would have.
bool addGradeDetail(Database &db, QString *error)
{
    return db.inTransaction(error, [&] {
        for (const RoundKind kind : kAllRoundKinds)
            for (const RubricCriterion &c : rubricFor(kind).criteria) {
                QSqlQuery q(db.connection());
                q.prepare(QStringLiteral(
                    "INSERT OR IGNORE INTO attempt_rubric (attempt_id, criterion, score) "
                    "SELECT a.id, ?, (a.score + a.id + length(?)) % 5 + 1 FROM attempts a "
                    "JOIN rounds r ON r.id = a.round_id WHERE r.kind = ? AND a.score IS NOT NULL"));
                q.addBindValue(c.key);
                q.addBindValue(c.key);
                q.addBindValue(toKey(kind));
                if (!q.exec()) {
                    *error = q.lastError().text();
                    return false;
                }
            }
        ReviewStore reviews(db);
        return Scheduler::replayAllGrades(reviews, error);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bench::HistoryDataOptions options(QCoreApplication::arguments());
    // Its own copy of the shared generated history: the grade details and the scheduled
    // interview it adds must not change what the other benchmarks measure.
    const QString path =
        QString(options.path).replace(QStringLiteral(".sqlite"), QStringLiteral("-prep.sqlite"));
    const bool fresh = !QFileInfo::exists(path);
    if (fresh) {
        if (!QFileInfo::exists(options.path)) {
            QElapsedTimer g;
            g.start();
            if (!bench::generateHistory(options.path, options.sessions))
                return 1;
            std::printf("generated %d sessions in %.1f s\n", options.sessions, g.elapsed() / 1000.0);
        }
        if (!QFile::copy(options.path, path)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(options.path));
            return 1;
        }
    }
    SystemClock clock;
    Database db(clock);
    QString error;
    if (!db.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Tracker tracker(db, clock);
    if (fresh) {
        QElapsedTimer g;
        g.start();
        if (!addGradeDetail(db, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        Application a;
        a.company = QStringLiteral("Sony Interactive Entertainment");
        a.role = QStringLiteral("Backend engineer");
        ScheduledInterview i;
        i.applicationId = tracker.saveApplication(a, &error).value_or(0);
        i.kind = InterviewKind::Technical;
        i.start = QDateTime(clock.today().addDays(10), QTime(10, 0), QTimeZone::utc());
        if (!tracker.saveInterview(i, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("added rubric grades and review states in %.1f s\n", g.elapsed() / 1000.0);
    }
    QSqlQuery count(db.connection());
    count.exec(QStringLiteral("SELECT (SELECT count(*) FROM sessions), (SELECT count(*) FROM "
                              "attempt_rubric), (SELECT count(*) FROM review_state)"));
    count.next();
    std::printf("data: %lld sessions, %lld rubric grades, %lld review states\n",
                count.value(0).toLongLong(), count.value(1).toLongLong(),
                count.value(2).toLongLong());
    const qint64 interviewId = tracker.interviews(0).value(0).id;

    History history(db);
    PrepPlanner planner(db, clock, 60);
    const int runs = 5;
    const double baseline = medianMs(runs, [&] {
        history.sessions({}, HistoryColumn::Started, true, 50);
    });
    std::printf("%-34s %9.2f ms\n", "baseline: history first screen", baseline);
    // The inputs' parts, each as PrepPlanner::inputs reads it.
    const QDate before = clock.today().addDays(9);
    const ProgressQueries progress(db);
    const std::vector<std::pair<const char *, std::function<void()>>> parts = {
        {"  due reviews up to the interview", [&] { ReviewStore(db).due(before, -1); }},
        {"  weakest questions (50)", [&] { progress.weakestQuestions(50); }},
        {"  recent criteria (technical)",
         [&] { progress.recentCriterionAverages(RoundKind::Technical, PrepRules::kRecentGrades); }},
        {"  story matrix gaps", [&] { StoryBank(db).matrix().gaps(); }},
        {"  weakest competencies", [&] { progress.weakestCompetencies(200); }},
        {"  built-in presets", [&] { builtinPresets(); }},
    };
    for (const auto &[name, fn] : parts) {
        const double ms = medianMs(runs, fn);
        std::printf("%-34s %9.2f ms  (%.1fx baseline)\n", name, ms, ms / baseline);
    }
    std::optional<PrepInputs> in;
    const double inputs = medianMs(runs, [&] { in = planner.inputs(interviewId, &error); });
    if (!in) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%-34s %9.2f ms  (%.1fx baseline)\n", "read the plan's inputs", inputs,
                inputs / baseline);
    int tasks = 0;
    const double rule = medianMs(runs, [&] {
        const PrepPlan p = makePrepPlan(*in);
        tasks = 0;
        for (const PrepDay &d : p.days)
            tasks += int(d.tasks.size());
    });
    std::printf("%-34s %9.2f ms  (%.1fx baseline, %d tasks)\n", "make the plan (the rule)", rule,
                rule / baseline, tasks);
    const double whole = medianMs(runs, [&] { planner.plan(interviewId, &error); });
    std::printf("%-34s %9.2f ms  (%.1fx baseline; goal <= 20 ms)\n", "plan of one interview", whole,
                whole / baseline);
    return 0;
}
