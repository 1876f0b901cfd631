// The Progress page's chart data (core/Progress) on a generated history, each series beside
// the history page's first screen (History::sessions, 50 rows) as the baseline in the same
// run. Reported, never asserted. Goal: every series within a few times the baseline, and the
// whole page under 300 ms at 250,000 attempts.
//
//   bench_progress                  tiny smoke run (ctest): 40 sessions
//   bench_progress --full           10,000 sessions (scripts/bench.sh)
//   bench_progress --sessions N [--keep DIR]
#include "practice/History.h"
#include "practice/Progress.h"
#include "storage/Database.h"
#include "BenchSupport.h"
#include "HistoryData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstdio>
#include <functional>
#include <utility>
#include <vector>

using namespace mockloop;
using mockloop::bench::medianMs;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bench::HistoryDataOptions options(QCoreApplication::arguments());
    if (!QFileInfo::exists(options.path)) {
        QElapsedTimer g;
        g.start();
        if (!bench::generateHistory(options.path, options.sessions))
            return 1;
        std::printf("generated %d sessions in %.1f s\n", options.sessions, g.elapsed() / 1000.0);
    }
    Database db;
    QString error;
    if (!db.open(options.path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery count(db.connection());
    count.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM sessions), (SELECT count(*) FROM attempts), "
        "(SELECT min(started_at) FROM sessions), (SELECT max(started_at) FROM sessions)"));
    count.next();
    std::printf("data: %lld sessions, %lld attempts, %s .. %s\n", count.value(0).toLongLong(),
                count.value(1).toLongLong(), qPrintable(count.value(2).toString().left(10)),
                qPrintable(count.value(3).toString().left(10)));
    const QDate last = QDate::fromString(count.value(3).toString().left(10), Qt::ISODate);
    const QDate from = last.addDays(-364);

    History history(db);
    Progress progress(db);
    const int runs = 5;
    const double baseline = medianMs(runs, [&] {
        history.sessions({}, HistoryColumn::Started, true, 50);
    });
    std::printf("%-34s %9.2f ms\n", "baseline: history first screen", baseline);
    const std::vector<std::pair<const char *, std::function<void()>>> series = {
        {"score trend (12 months)", [&] { progress.scoreTrend(from); }},
        {"time use trend (12 months)", [&] { progress.timeUseTrend(from); }},
        {"key-point trend (12 months)", [&] { progress.keyPointTrend(from); }},
        {"sessions per day (12 months)", [&] { progress.sessionsPerDay(from, last); }},
        {"ten weakest questions", [&] { progress.weakestQuestions(10); }},
        {"weakest competencies", [&] { progress.weakestCompetencies(8); }},
    };
    double total = 0;
    for (const auto &[name, fn] : series) {
        const double ms = medianMs(runs, fn);
        total += ms;
        std::printf("%-34s %9.2f ms  (%.1fx baseline)\n", name, ms, ms / baseline);
    }
    std::printf("%-34s %9.2f ms  (%.1fx baseline)\n", "whole progress page", total, total / baseline);
    return 0;
}
