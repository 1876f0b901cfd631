// The draft-autosave path (SessionController::saveNow: session row, attempt times and the
// answer fields in one transaction) against a raw SQLite C API commit of the same rows with
// the same pragmas, in the same run. Prints the ratio; the goal is <= 1.5x. Never asserted.
//
//   bench_autosave                 a tiny smoke run (ctest)
//   bench_autosave --full          the full size (scripts/bench.sh)
//   bench_autosave --iterations N
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <memory>

using namespace mockloop;

namespace {

std::unique_ptr<SessionController> answeringSession(Database &db, const Clock *clock)
{
    QString error;
    LoopPlan plan;
    plan.name = QStringLiteral("bench");
    plan.rounds = {RoundPlan{RoundKind::Behavioral, 1, {}, {}, {}, {}, {}}};
    auto c = SessionController::start(db, plan, clock, &error, 7u);
    if (!c) {
        std::fprintf(stderr, "cannot start a session: %s\n", qPrintable(error));
        std::exit(1);
    }
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->handle(Event::BeginAnswer);
    return c;
}

QList<AnswerField> draft(int i)
{
    // A realistic STAR answer of about 1,200 characters that changes on every save.
    const QString body =
        QStringLiteral("We had a p99 latency regression after the cache change; ").repeated(5);
    return {{QStringLiteral("situation"), body + QString::number(i)},
            {QStringLiteral("task"), body},
            {QStringLiteral("action"), body + body},
            {QStringLiteral("result"), QStringLiteral("Latency back to 120 ms; %1").arg(i)}};
}

bool check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        std::exit(1);
    }
    return true;
}

void exec(sqlite3 *db, const char *sql)
{
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db);
}

struct Raw
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *session = nullptr, *round = nullptr, *attempt = nullptr, *del = nullptr,
                 *field = nullptr;
    qint64 sessionId = 0, roundId = 0, attemptId = 0;

    explicit Raw(const QString &path)
    {
        check(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db);
        exec(db, "PRAGMA journal_mode=WAL");
        exec(db, "PRAGMA foreign_keys=ON");
        exec(db, "PRAGMA synchronous=FULL");
        sqlite3_busy_timeout(db, 5000);
        auto prep = [this](const char *sql, sqlite3_stmt **s) {
            check(sqlite3_prepare_v2(db, sql, -1, s, nullptr), db);
        };
        prep("UPDATE sessions SET status = ?, state = ?, paused_from = ?, current_round = ?, "
             "current_attempt = ?, closing_notes = ?, saved_at = ?, ended_at = CASE WHEN ? = "
             "'running' THEN NULL ELSE coalesce(ended_at, ?) END WHERE id = ?",
             &session);
        prep("UPDATE rounds SET used_ms = ?, overtime_started = ?, budget_expired = ? WHERE id = ?",
             &round);
        prep("UPDATE attempts SET status = ?, prep_used_ms = ?, answer_used_ms = ?, paused_ms = ?, "
             "interrupted_ms = ?, locked_by_expiry = ?, overtime_started = ? WHERE id = ?",
             &attempt);
        prep("DELETE FROM answer_fields WHERE attempt_id = ? AND position >= ?", &del);
        prep("INSERT INTO answer_fields (attempt_id, position, name, value) VALUES (?, ?, ?, ?) "
             "ON CONFLICT(attempt_id, position) DO UPDATE SET name = excluded.name, value = "
             "excluded.value",
             &field);
        sqlite3_stmt *ids = nullptr;
        prep("SELECT session_id, round_id, id FROM attempts ORDER BY id LIMIT 1", &ids);
        check(sqlite3_step(ids), db);
        sessionId = sqlite3_column_int64(ids, 0);
        roundId = sqlite3_column_int64(ids, 1);
        attemptId = sqlite3_column_int64(ids, 2);
        sqlite3_finalize(ids);
    }
    ~Raw()
    {
        for (sqlite3_stmt *s : {session, round, attempt, del, field})
            sqlite3_finalize(s);
        sqlite3_close(db);
    }
    static void text(sqlite3_stmt *s, int i, const QByteArray &v)
    {
        sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    void save(int i, const QList<AnswerField> &fields)
    {
        exec(db, "BEGIN");
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        text(session, 1, "running");
        text(session, 2, "answering");
        text(session, 3, "ready");
        sqlite3_bind_int(session, 4, 0);
        sqlite3_bind_int(session, 5, 0);
        text(session, 6, "");
        text(session, 7, now);
        text(session, 8, "running");
        text(session, 9, now);
        sqlite3_bind_int64(session, 10, sessionId);
        check(sqlite3_step(session), db);
        sqlite3_reset(session);
        sqlite3_bind_int64(round, 1, 1000 + i);
        sqlite3_bind_int(round, 2, 0);
        sqlite3_bind_int(round, 3, 0);
        sqlite3_bind_int64(round, 4, roundId);
        check(sqlite3_step(round), db);
        sqlite3_reset(round);
        text(attempt, 1, "active");
        sqlite3_bind_int64(attempt, 2, 0);
        sqlite3_bind_int64(attempt, 3, 1000 + i);
        sqlite3_bind_int64(attempt, 4, 0);
        sqlite3_bind_int64(attempt, 5, 0);
        sqlite3_bind_int(attempt, 6, 0);
        sqlite3_bind_int(attempt, 7, 0);
        sqlite3_bind_int64(attempt, 8, attemptId);
        check(sqlite3_step(attempt), db);
        sqlite3_reset(attempt);
        sqlite3_bind_int64(del, 1, attemptId);
        sqlite3_bind_int(del, 2, int(fields.size()));
        check(sqlite3_step(del), db);
        sqlite3_reset(del);
        for (int f = 0; f < fields.size(); ++f) {
            sqlite3_bind_int64(field, 1, attemptId);
            sqlite3_bind_int(field, 2, f);
            text(field, 3, fields[f].name.toUtf8());
            text(field, 4, fields[f].value.toUtf8());
            check(sqlite3_step(field), db);
            sqlite3_reset(field);
        }
        exec(db, "COMMIT");
    }
};

// A clock that moves 1 ms per reading, so every save has new elapsed times to write.
class SteppingClock final : public Clock
{
public:
    qint64 monotonicMs() const override { return ++m_ms; }
    QDateTime wallTime() const override { return QDateTime::currentDateTimeUtc(); }

private:
    mutable qint64 m_ms = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int iterations = 5;
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--full")))
        iterations = 1000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--iterations"));
        i >= 0 && i + 1 < args.size())
        iterations = args.at(i + 1).toInt();

    QTemporaryDir dir;
    SteppingClock clock;
    const QString corePath = dir.filePath(QStringLiteral("core/mockloop.sqlite"));
    const QString rawPath = dir.filePath(QStringLiteral("raw/mockloop.sqlite"));
    QString error;
    {
        // The raw side gets the identical schema and rows, made by the same code.
        Database seed;
        if (!seed.open(rawPath, &error) || !QuestionBank(seed).installBuiltinPacks(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        answeringSession(seed, &clock)->saveNow();
    }
    Database db;
    if (!db.open(corePath, &error) || !QuestionBank(db).installBuiltinPacks(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto session = answeringSession(db, &clock);
    Raw raw(rawPath);

    // Alternate blocks so disk cache and CPU frequency treat both sides alike.
    qint64 coreNs = 0;
    qint64 rawNs = 0;
    const int blocks = iterations >= 20 ? 4 : 1;
    const int perBlock = std::max(1, iterations / blocks);
    int n = 0;
    for (int b = 0; b < blocks; ++b) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < perBlock; ++i) {
            raw.save(n + i, draft(n + i));
        }
        rawNs += t.nsecsElapsed();
        t.restart();
        for (int i = 0; i < perBlock; ++i) {
            session->setAnswer(draft(n + i));
            if (!session->saveNow()) {
                std::fprintf(stderr, "save failed: %s\n", qPrintable(session->lastError()));
                return 1;
            }
        }
        coreNs += t.nsecsElapsed();
        n += perBlock;
    }
    const double coreUs = double(coreNs) / n / 1000.0;
    const double rawUs = double(rawNs) / n / 1000.0;
    std::printf("draft autosave, %d saves of a ~1.2 KB STAR answer (WAL, synchronous=FULL)\n", n);
    std::printf("  MockLoop SessionController::saveNow  %9.1f us/save\n", coreUs);
    std::printf("  raw SQLite C API, same rows/pragmas  %9.1f us/save\n", rawUs);
    std::printf("  ratio %.2fx (goal <= 1.50x; reported, not asserted)\n", coreUs / rawUs);
    return 0;
}
