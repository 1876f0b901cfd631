// The history page's first screen and a full-text search on a data dir of 10,000 sessions
// and 250,000 attempts (--full), each beside raw SQLite C API queries in the same run.
// Reported, never asserted. Goals: first screen <= 100 ms, a search <= 20 ms.
//
//   bench_history                   tiny smoke run (ctest): 40 sessions
//   bench_history --full            10,000 sessions (scripts/bench.sh)
//   bench_history --sessions N [--keep DIR]   DIR keeps the generated data for the next run
#include "practice/History.h"
#include "storage/Database.h"
#include "BenchSupport.h"
#include "HistoryData.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace mockloop;
using mockloop::bench::medianMs;

namespace {

int rawRows(sqlite3 *db, const char *sql, const QByteArray &bind = {})
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "raw: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
    if (!bind.isNull())
        sqlite3_bind_text(st, 1, bind.constData(), int(bind.size()), SQLITE_TRANSIENT);
    int rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c)
            sqlite3_column_text(st, c);
        ++rows;
    }
    sqlite3_finalize(st);
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bench::HistoryDataOptions options(QCoreApplication::arguments());
    const int sessions = options.sessions;
    const QString &path = options.path;

    if (!QFileInfo::exists(path)) {
        QElapsedTimer g;
        g.start();
        if (!bench::generateHistory(path, sessions))
            return 1;
        std::printf("generated %d sessions in %.1f s (%s, %.0f MB)\n", sessions,
                    g.elapsed() / 1000.0, qPrintable(path), QFileInfo(path).size() / 1e6);
    }
    Database db;
    QString error;
    if (!db.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSqlQuery count(db.connection());
    count.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM sessions), (SELECT count(*) FROM attempts)"));
    count.next();
    std::printf("data: %lld sessions, %lld attempts\n", count.value(0).toLongLong(),
                count.value(1).toLongLong());

    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);

    const int runs = sessions >= 1000 ? 21 : 3;
    History history(db);
    int shown = 0;
    const double page = medianMs(runs, [&] {
        shown = int(history.sessions({}, HistoryColumn::Started, true, 50).size());
    });
    const double rawSame = medianMs(runs, [&] {
        rawRows(raw,
                "SELECT s.id, s.started_at, s.plan_name, s.status, "
                "(SELECT coalesce(sum(a.prep_used_ms + a.answer_used_ms), 0) FROM attempts a WHERE a.session_id = s.id), "
                "(SELECT count(*) FROM rounds r WHERE r.session_id = s.id), "
                "(SELECT count(*) FROM attempts a WHERE a.session_id = s.id AND a.status = 'submitted'), "
                "(SELECT count(*) FROM attempts a WHERE a.session_id = s.id), "
                "(SELECT avg(a.score) FROM attempts a WHERE a.session_id = s.id) "
                "FROM sessions s ORDER BY s.started_at DESC, s.id DESC LIMIT 50");
    });
    const double rawBare = medianMs(runs, [&] {
        rawRows(raw,
                "SELECT id, started_at, plan_name, status FROM sessions ORDER BY started_at DESC LIMIT 50");
    });
    std::printf(
        "history first screen (%d rows): MockLoop %.2f ms | same SQL raw %.2f ms (%.2fx) | bare rows raw %.2f ms; goal <= 100 ms\n",
        shown, page, rawSame, page / rawSame, rawBare);

    // Sorted by a figure summed over each session's attempts: every session must be scored.
    const double byScore = medianMs(runs,
                                    [&] { history.sessions({}, HistoryColumn::Score, true, 50); });
    const double rawByScore = medianMs(runs, [&] {
        rawRows(raw,
                "SELECT s.id, s.started_at, s.plan_name, s.status, "
                "(SELECT coalesce(sum(a.prep_used_ms + a.answer_used_ms), 0) FROM attempts a WHERE a.session_id = s.id), "
                "(SELECT count(*) FROM rounds r WHERE r.session_id = s.id), "
                "(SELECT count(*) FROM attempts a WHERE a.session_id = s.id AND a.status = 'submitted'), "
                "(SELECT count(*) FROM attempts a WHERE a.session_id = s.id), "
                "(SELECT avg(a.score) FROM attempts a WHERE a.session_id = s.id) AS score "
                "FROM sessions s ORDER BY score DESC, s.id DESC LIMIT 50");
    });
    std::printf(
        "history sorted by average score (50 rows): MockLoop %.2f ms | one raw query %.2f ms (%.2fx)\n",
        byScore, rawByScore, byScore / rawByScore);

    HistoryFilter filtered;
    filtered.kind = RoundKind::SystemDesign;
    filtered.text = QStringLiteral("rate");
    const double filteredMs = medianMs(runs, [&] {
        history.sessions(filtered, HistoryColumn::Score, true, 50);
    });
    std::printf("history filtered by kind + text, sorted by score: %.2f ms\n", filteredMs);

    int hits = 0;
    const QString words = QStringLiteral("latency index");
    const double ranked = medianMs(runs, [&] {
        rawRows(raw,
                "SELECT rowid FROM answer_search WHERE answer_search MATCH ? ORDER BY rank LIMIT 100",
                History::matchQuery(words).toUtf8());
    });
    std::printf("(for comparison: the same search ordered by FTS5 rank instead of newest first: %.2f ms)\n",
                ranked);
    const double search = medianMs(runs, [&] { hits = int(history.search(words, 100).size()); });
    const QByteArray match = History::matchQuery(words).toUtf8();
    const double rawSearch = medianMs(runs, [&] {
        rawRows(raw,
                "SELECT rowid, snippet(answer_search, 0, '[', ']', '...', 16) FROM answer_search "
                "WHERE answer_search MATCH ? ORDER BY rowid DESC LIMIT 100",
                match);
    });
    std::printf(
        "full-text search \"%s\" (%d hits): MockLoop %.2f ms | raw FTS5 %.2f ms (%.2fx); goal <= 20 ms\n",
        qPrintable(words), hits, search, rawSearch, search / rawSearch);
    const double best = medianMs(runs, [&] {
        history.search(words, 100, nullptr, History::SearchOrder::BestMatch);
    });
    std::printf(
        "the same search, best match first (bm25): MockLoop %.2f ms | raw FTS5 by rank %.2f ms (%.2fx); goal <= 20 ms\n",
        best, ranked, best / ranked);
    sqlite3_close(raw);
    return 0;
}
