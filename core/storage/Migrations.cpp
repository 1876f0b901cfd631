#include "storage/Migrations.h"

#include "base/Clock.h"
#include "storage/ReviewStore.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace mockloop {

namespace {

class DbText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// Schema version 1: see docs/schema.md for every table and column.
bool migrateTo1(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral(R"(CREATE TABLE packs (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            version INTEGER NOT NULL,
            builtin INTEGER NOT NULL DEFAULT 0,
            installed_at TEXT NOT NULL))"),
                       QStringLiteral(R"(CREATE TABLE questions (
            id TEXT PRIMARY KEY,
            pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            difficulty TEXT NOT NULL DEFAULT '',
            prep_seconds INTEGER NOT NULL,
            answer_seconds INTEGER NOT NULL,
            data TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0))"),
                       QStringLiteral("CREATE INDEX questions_kind ON questions(kind, hidden)"),
                       QStringLiteral(R"(CREATE TABLE closing_entries (
            id TEXT PRIMARY KEY,
            pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            why TEXT NOT NULL DEFAULT ''))"),
                       QStringLiteral(R"(CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            plan_name TEXT NOT NULL,
            plan TEXT NOT NULL,
            seed INTEGER NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'abandoned')),
            state TEXT NOT NULL,
            paused_from TEXT NOT NULL,
            current_round INTEGER NOT NULL DEFAULT -1,
            current_attempt INTEGER NOT NULL DEFAULT -1,
            closing_notes TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            ended_at TEXT,
            saved_at TEXT NOT NULL))"),
                       QStringLiteral("CREATE INDEX sessions_started ON sessions(started_at)"),
                       QStringLiteral(R"(CREATE TABLE rounds (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            budget_ms INTEGER NOT NULL,
            expiry TEXT NOT NULL CHECK (expiry IN ('hard', 'soft')),
            used_ms INTEGER NOT NULL DEFAULT 0,
            overtime_started INTEGER NOT NULL DEFAULT 0,
            budget_expired INTEGER NOT NULL DEFAULT 0,
            UNIQUE (session_id, position)))"),
                       QStringLiteral(R"(CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question_id TEXT NOT NULL,
            question_version INTEGER NOT NULL,
            question_text TEXT NOT NULL,
            question_snapshot TEXT NOT NULL,
            status TEXT NOT NULL,
            prep_limit_ms INTEGER NOT NULL,
            answer_limit_ms INTEGER NOT NULL,
            prep_used_ms INTEGER NOT NULL DEFAULT 0,
            answer_used_ms INTEGER NOT NULL DEFAULT 0,
            paused_ms INTEGER NOT NULL DEFAULT 0,
            interrupted_ms INTEGER NOT NULL DEFAULT 0,
            locked_by_expiry INTEGER NOT NULL DEFAULT 0,
            overtime_started INTEGER NOT NULL DEFAULT 0,
            score INTEGER CHECK (score BETWEEN 1 AND 5),
            grade_note TEXT NOT NULL DEFAULT '',
            graded_at TEXT,
            started_at TEXT,
            submitted_at TEXT,
            UNIQUE (session_id, position)))"),
                       QStringLiteral(
                           "CREATE INDEX attempts_question ON attempts(question_id, started_at)"),
                       QStringLiteral("CREATE INDEX attempts_round ON attempts(round_id)"),
                       QStringLiteral(R"(CREATE TABLE answer_fields (
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (attempt_id, position)) WITHOUT ROWID)"),
                   },
                   error);
}

// Schema version 2: full-text search over every answer (SQLite FTS5, porter stemming over
// unicode61). The index row of an answer field has rowid attempt_id * 1024 + position, so
// triggers keep it in step with answer_fields by rowid, cascaded deletes included.
bool migrateTo2(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral(
                "CREATE VIRTUAL TABLE answer_search USING fts5(value, tokenize = 'porter unicode61')"),
            QStringLiteral(R"(CREATE TRIGGER answer_fields_search_insert AFTER INSERT ON answer_fields BEGIN
            INSERT INTO answer_search (rowid, value) VALUES (new.attempt_id * 1024 + new.position, new.value);
            END)"),
            QStringLiteral(R"(CREATE TRIGGER answer_fields_search_delete AFTER DELETE ON answer_fields BEGIN
            DELETE FROM answer_search WHERE rowid = old.attempt_id * 1024 + old.position;
            END)"),
            QStringLiteral(R"(CREATE TRIGGER answer_fields_search_update AFTER UPDATE ON answer_fields BEGIN
            DELETE FROM answer_search WHERE rowid = old.attempt_id * 1024 + old.position;
            INSERT INTO answer_search (rowid, value) VALUES (new.attempt_id * 1024 + new.position, new.value);
            END)"),
            QStringLiteral(
                "INSERT INTO answer_search (rowid, value) SELECT attempt_id * 1024 + position, value FROM answer_fields"),
            QStringLiteral("CREATE INDEX attempts_session ON attempts(session_id, status)"),
        },
        error);
}

// Schema version 3: the full self-grade. Rubric scores per criterion and the key-point
// checklist (pre-ticked by the coach, changed by the person) belong to an attempt.
bool migrateTo3(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral(R"(CREATE TABLE attempt_rubric (
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            criterion TEXT NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            PRIMARY KEY (attempt_id, criterion)) WITHOUT ROWID)"),
                       QStringLiteral(R"(CREATE TABLE attempt_key_points (
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            covered INTEGER NOT NULL CHECK (covered IN (0, 1)),
            PRIMARY KEY (attempt_id, position)) WITHOUT ROWID)"),
                   },
                   error);
}

// Schema version 4: a question's snapshot is stored once per distinct content (an attempt
// used to carry its own ~4 KB copy: 1 GB of duplicates at 250,000 attempts).
bool migrateTo4(QSqlDatabase &db, QString *error)
{
    if (!execAll(db,
                 {
                     QStringLiteral(R"(CREATE TABLE question_snapshots (
                id INTEGER PRIMARY KEY,
                question_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                digest BLOB NOT NULL UNIQUE,
                data TEXT NOT NULL))"),
                     QStringLiteral(
                         "ALTER TABLE attempts ADD COLUMN snapshot_id INTEGER REFERENCES question_snapshots(id)"),
                 },
                 error))
        return false;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral(
            "SELECT id, question_id, question_version, question_snapshot FROM attempts"))) {
        *error = read.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO question_snapshots (question_id, version, digest, data) VALUES (?, ?, ?, ?)"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("UPDATE attempts SET snapshot_id = ? WHERE id = ?"));
    QHash<QByteArray, qint64> ids;
    while (read.next()) {
        const QString data = read.value(3).toString();
        const QByteArray digest = snapshotDigest(data);
        auto it = ids.constFind(digest);
        if (it == ids.constEnd()) {
            insert.addBindValue(read.value(1));
            insert.addBindValue(read.value(2));
            insert.addBindValue(digest);
            insert.addBindValue(data);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                return false;
            }
            it = ids.insert(digest, insert.lastInsertId().toLongLong());
        }
        link.addBindValue(*it);
        link.addBindValue(read.value(0));
        if (!link.exec()) {
            *error = link.lastError().text();
            return false;
        }
    }
    return execAll(db, {QStringLiteral("ALTER TABLE attempts DROP COLUMN question_snapshot")}, error);
}

// The replay is scheduling policy (SM-2), which the store does not know: the one place it comes
// in is Database::setGradeReplay, from whoever opens the person's database (the programs hand
// in practice/GradeReplay.h). A database without grades has nothing to replay, so a new file
// (and a test that opens one) needs none; one with grades is not upgraded without it.
bool replayGrades(QSqlDatabase &db, const Database::GradeReplay &gradeReplay, QString *error)
{
    if (gradeReplay) {
        ReviewStore store(db);
        return gradeReplay(store, error);
    }
    QSqlQuery graded(db);
    if (!graded.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM attempts WHERE score IS NOT NULL "
                                    "AND graded_at IS NOT NULL)"))
        || !graded.next()) {
        *error = graded.lastError().text();
        return false;
    }
    if (graded.value(0).toBool()) {
        *error = DbText::tr("the review schedule cannot be rebuilt from the grades (no replay given)");
        return false;
    }
    return true;
}

// Schema version 5: spaced repetition and the STAR story bank. review_state is keyed by the
// question id with no foreign key, so re-importing a pack or deleting a question never loses a
// schedule. Every grade saved so far is replayed into it, oldest first (docs/scheduling.md).
bool migrateTo5(QSqlDatabase &db, const Database::GradeReplay &gradeReplay, QString *error)
{
    if (!execAll(
            db,
            {
                QStringLiteral(R"(CREATE TABLE review_state (
                question_id TEXT PRIMARY KEY,
                repetitions INTEGER NOT NULL DEFAULT 0,
                lapses INTEGER NOT NULL DEFAULT 0,
                ease REAL NOT NULL,
                interval_days INTEGER NOT NULL DEFAULT 0,
                due_on TEXT NOT NULL,
                last_reviewed_at TEXT,
                last_grade INTEGER NOT NULL DEFAULT 0,
                suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1))) WITHOUT ROWID)"),
                QStringLiteral("CREATE INDEX review_state_due ON review_state(suspended, due_on)"),
                QStringLiteral(R"(CREATE TABLE review_log (
                id INTEGER PRIMARY KEY,
                question_id TEXT NOT NULL,
                attempt_id INTEGER REFERENCES attempts(id) ON DELETE SET NULL,
                reviewed_at TEXT NOT NULL,
                reviewed_on TEXT NOT NULL,
                grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 5),
                was_due INTEGER NOT NULL CHECK (was_due IN (0, 1)),
                interval_before INTEGER NOT NULL,
                interval_after INTEGER NOT NULL))"),
                QStringLiteral("CREATE INDEX review_log_day ON review_log(reviewed_on, was_due)"),
                QStringLiteral("CREATE INDEX review_log_attempt ON review_log(attempt_id)"),
                QStringLiteral(R"(CREATE TABLE stories (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                situation TEXT NOT NULL DEFAULT '',
                task TEXT NOT NULL DEFAULT '',
                action TEXT NOT NULL DEFAULT '',
                result TEXT NOT NULL DEFAULT '',
                source_attempt_id INTEGER REFERENCES attempts(id) ON DELETE SET NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
                QStringLiteral(R"(CREATE TABLE story_competencies (
                story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                competency TEXT NOT NULL,
                PRIMARY KEY (story_id, competency)) WITHOUT ROWID)"),
                QStringLiteral(R"(CREATE TABLE story_uses (
                id INTEGER PRIMARY KEY,
                story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
                attempt_id INTEGER REFERENCES attempts(id) ON DELETE SET NULL,
                question_id TEXT NOT NULL,
                used_at TEXT NOT NULL))"),
                QStringLiteral("CREATE INDEX story_uses_story ON story_uses(story_id)"),
                QStringLiteral("CREATE INDEX stories_source ON stories(source_attempt_id)"),
                // The progress page's all-time series read graded attempts only: covering partial
                // indexes make them index scans (50,000 attempts: 160 ms -> 20 ms, docs/progress.md).
                QStringLiteral("CREATE INDEX attempts_graded ON attempts(question_id, score, snapshot_id) "
                               "WHERE score IS NOT NULL"),
                QStringLiteral("CREATE INDEX attempts_graded_round ON attempts(round_id, score) "
                               "WHERE score IS NOT NULL"),
            },
            error))
        return false;
    return replayGrades(db, gradeReplay, error);
}

// Schema version 6: the person's own presets (named plans stored as plan JSON), and whether
// an attempt was answered aloud (the plan's "answer aloud" flag, recorded with the grade).
bool migrateTo6(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral(R"(CREATE TABLE own_presets (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            plan TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
                       QStringLiteral(
                           "ALTER TABLE attempts ADD COLUMN answered_aloud INTEGER NOT NULL DEFAULT 0 "
                           "CHECK (answered_aloud IN (0, 1))"),
                   },
                   error);
}

// Schema version 7: Home lists the unfinished sessions at every start. A partial index over
// the running ones makes that list an index lookup instead of a scan of every session
// (10,000 sessions: 4 ms -> 0.01 ms, docs/benchmarks.md "bench_window"). And questions.data
// becomes TEXT: earlier versions bound it as bytes, so SQLite stored a BLOB, which SQLite
// 3.45 and later take for JSONB in json_each() instead of JSON text. And an index that covers
// the per-session figures of the history page.
bool migrateTo7(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral("CREATE INDEX sessions_running ON sessions(started_at) "
                           "WHERE status = 'running'"),
            QStringLiteral(
                "UPDATE questions SET data = CAST(data AS TEXT) WHERE typeof(data) = 'blob'"),
            // The history page sorts sessions by duration, score or answered count: figures
            // summed over each session's attempts; the progress page's time-use trend sums used
            // against limit. Covering them in one index reads index pages instead of attempt rows
            // (10,000 sessions sorted by score: 63 ms -> 24 ms). It starts with (session_id,
            // status), so it replaces attempts_session.
            QStringLiteral("CREATE INDEX attempts_session_summary ON attempts(session_id, status, "
                           "score, prep_used_ms, answer_used_ms, answer_limit_ms)"),
            QStringLiteral("DROP INDEX attempts_session"),
        },
        error);
}

// Schema version 8: the graded-score totals per question snapshot, kept by triggers on
// attempts (like the answer search), so the progress page's weakest questions and
// competencies read a few hundred rows instead of aggregating every graded attempt at each
// open (250,000 attempts: ~95 ms). A derived table: restore rebuilds it from the attempts it
// copies (DataTools), never copies it. And an index from snapshot to session for the history
// page's text filter.
bool migrateTo8(QSqlDatabase &db, QString *error)
{
    // One snapshot's totals: snapshot 0 stands for an attempt without one.
    const QString add = QStringLiteral(
        "INSERT INTO snapshot_scores (question_id, snapshot_id, graded, score_sum) "
        "SELECT NEW.question_id, coalesce(NEW.snapshot_id, 0), 1, NEW.score WHERE NEW.score IS NOT NULL "
        "ON CONFLICT (question_id, snapshot_id) DO UPDATE SET graded = graded + 1, "
        "score_sum = score_sum + excluded.score_sum;");
    const QString remove = QStringLiteral(
        "UPDATE snapshot_scores SET graded = graded - 1, score_sum = score_sum - OLD.score "
        "WHERE OLD.score IS NOT NULL AND question_id = OLD.question_id "
        "AND snapshot_id = coalesce(OLD.snapshot_id, 0);");
    return execAll(
        db,
        {
            QStringLiteral(R"(CREATE TABLE snapshot_scores (
            question_id TEXT NOT NULL,
            snapshot_id INTEGER NOT NULL,
            graded INTEGER NOT NULL,
            score_sum INTEGER NOT NULL,
            PRIMARY KEY (question_id, snapshot_id)) WITHOUT ROWID)"),
            QStringLiteral("INSERT INTO snapshot_scores (question_id, snapshot_id, graded, score_sum) "
                           "SELECT question_id, coalesce(snapshot_id, 0), count(*), sum(score) "
                           "FROM attempts WHERE score IS NOT NULL "
                           "GROUP BY question_id, coalesce(snapshot_id, 0)"),
            QStringLiteral("CREATE TRIGGER attempts_scores_insert AFTER INSERT ON attempts BEGIN ")
                + add + QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER attempts_scores_delete AFTER DELETE ON attempts BEGIN ")
                + remove + QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER attempts_scores_update AFTER UPDATE OF score, question_id, "
                           "snapshot_id ON attempts BEGIN ")
                + remove + QLatin1Char(' ') + add + QStringLiteral(" END"),
            // The history text filter: from the question snapshots whose text matches straight to
            // their sessions, from the index alone.
            QStringLiteral("CREATE INDEX attempts_snapshot ON attempts(snapshot_id, session_id)"),
        },
        error);
}

// Schema version 9: a retake replaces. Within a session the attempts at one question (a
// retake keeps its source's round, question and snapshot) are one question, and one of them
// counts in every figure (answered, skipped, not reached, scores and their averages): the
// latest answered one, or, when none was answered, the first (a retake left unanswered never
// replaces an answer). `attempts.counted` holds that, kept by triggers on the rows it comes
// from like snapshot_scores, so every reader (report, history, Home, progress, the terminal's
// figures) filters on one column instead of repeating the rule. snapshot_scores then totals
// only counted grades, and the indexes the per-session figures and the score trend read from
// cover the column.
bool migrateTo9(QSqlDatabase &db, QString *error)
{
    // The rule, for the row being updated (`attempts`) against the others of its question.
    const QString same = QStringLiteral(
        "SELECT 1 FROM attempts o WHERE o.session_id = attempts.session_id "
        "AND o.round_id = attempts.round_id AND o.question_id = attempts.question_id "
        "AND o.id <> attempts.id AND ");
    const QString rule =
        QStringLiteral("(CASE WHEN status = 'submitted' THEN NOT EXISTS (") + same
        + QStringLiteral("o.status = 'submitted' AND o.position > attempts.position) "
                         "ELSE NOT EXISTS (")
        + same + QStringLiteral("(o.status = 'submitted' OR o.position < attempts.position)) END)");
    // Only rows whose value changes are written, so snapshot_scores' update trigger sees real
    // changes only.
    const QString recount = QStringLiteral("UPDATE attempts SET counted = ") + rule
                            + QStringLiteral(" WHERE counted IS NOT ") + rule;
    const QString ofNewQuestion = QStringLiteral(
        " AND session_id = NEW.session_id AND round_id = NEW.round_id "
        "AND question_id = NEW.question_id;");
    // snapshot_scores as in version 8, for counted grades only.
    const QString add = QStringLiteral(
        "INSERT INTO snapshot_scores (question_id, snapshot_id, graded, score_sum) "
        "SELECT NEW.question_id, coalesce(NEW.snapshot_id, 0), 1, NEW.score "
        "WHERE NEW.score IS NOT NULL AND NEW.counted = 1 "
        "ON CONFLICT (question_id, snapshot_id) DO UPDATE SET graded = graded + 1, "
        "score_sum = score_sum + excluded.score_sum;");
    const QString remove = QStringLiteral(
        "UPDATE snapshot_scores SET graded = graded - 1, score_sum = score_sum - OLD.score "
        "WHERE OLD.score IS NOT NULL AND OLD.counted = 1 AND question_id = OLD.question_id "
        "AND snapshot_id = coalesce(OLD.snapshot_id, 0);");
    return execAll(
        db,
        {
            QStringLiteral("ALTER TABLE attempts ADD COLUMN counted INTEGER NOT NULL DEFAULT 1 "
                           "CHECK (counted IN (0, 1))"),
            recount,
            QStringLiteral("DROP TRIGGER attempts_scores_insert"),
            QStringLiteral("DROP TRIGGER attempts_scores_delete"),
            QStringLiteral("DROP TRIGGER attempts_scores_update"),
            QStringLiteral("DELETE FROM snapshot_scores"),
            QStringLiteral("INSERT INTO snapshot_scores (question_id, snapshot_id, graded, score_sum) "
                           "SELECT question_id, coalesce(snapshot_id, 0), count(*), sum(score) "
                           "FROM attempts WHERE score IS NOT NULL AND counted = 1 "
                           "GROUP BY question_id, coalesce(snapshot_id, 0)"),
            // A new attempt (a retake, a restored row) first adds its grade as inserted, then
            // recounts its question: a change there goes through the update trigger, which takes
            // back what was added. One trigger, so the order is fixed (SQLite does not promise one
            // between triggers).
            QStringLiteral("CREATE TRIGGER attempts_scores_insert AFTER INSERT ON attempts BEGIN ")
                + add + QLatin1Char(' ') + recount + ofNewQuestion + QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER attempts_scores_delete AFTER DELETE ON attempts BEGIN ")
                + remove + QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER attempts_scores_update AFTER UPDATE OF score, question_id, "
                           "snapshot_id, counted ON attempts BEGIN ")
                + remove + QLatin1Char(' ') + add + QStringLiteral(" END"),
            // An attempt answered (or closed) recounts its question. Deleting a single attempt is
            // no path: a session goes with all of its attempts.
            QStringLiteral("CREATE TRIGGER attempts_counted_status AFTER UPDATE OF status ON attempts "
                           "WHEN OLD.status IS NOT NEW.status BEGIN ")
                + recount + ofNewQuestion + QStringLiteral(" END"),
            QStringLiteral("DROP INDEX attempts_session_summary"),
            QStringLiteral("CREATE INDEX attempts_session_summary ON attempts(session_id, status, "
                           "score, prep_used_ms, answer_used_ms, answer_limit_ms, counted)"),
            QStringLiteral("DROP INDEX attempts_graded_round"),
            QStringLiteral("CREATE INDEX attempts_graded_round ON attempts(round_id, score) "
                           "WHERE score IS NOT NULL AND counted = 1"),
        },
        error);
}

// Schema version 10: what the person chose when importing a file, kept per source file for the
// next import of it (docs/import.md): the category → round kind mapping today, other import
// settings (a CSV column mapping) in the same JSON object later, so a new setting needs no new
// column. A source is the file's canonical absolute path, or its name when there is no path.
bool migrateTo10(QSqlDatabase &db, QString *error)
{
    return execAll(db,
                   {
                       QStringLiteral(R"(CREATE TABLE import_sources (
            source TEXT PRIMARY KEY CHECK (length(source) > 0),
            settings TEXT NOT NULL CHECK (json_valid(settings) AND json_type(settings) = 'object'),
            updated_at TEXT NOT NULL))"),
                   },
                   error);
}

// Schema version 11: the interview tracker (docs/schema.md, "Tracker"). Applications move
// through stages the person can rename, add, reorder and hide (never delete: the history points
// at them); every stage change is appended to a history that no UPDATE may change, so a
// rejection never erases that interviews happened. Scheduled interviews are the real
// conversations (not the rounds of a practice loop): the local start and its IANA time zone are
// what the person entered, starts_at the same moment in UTC for sorting and overlaps. Contacts
// link to applications and scheduled interviews; a question asked in a scheduled interview may
// name the own question made from it (no foreign key, like attempts.question_id).
bool migrateTo11(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral(R"(CREATE TABLE tracker_stages (
            id INTEGER PRIMARY KEY,
            key TEXT UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
            CHECK (key IS NOT NULL OR length(trim(name)) > 0)))"),
            QStringLiteral("INSERT INTO tracker_stages (id, key, position) VALUES "
                           "(1, 'wishlist', 1), (2, 'applied', 2), (3, 'screening', 3), "
                           "(4, 'interviewing', 4), (5, 'offer', 5), (6, 'accepted', 6), "
                           "(7, 'rejected', 7), (8, 'withdrawn', 8), (9, 'ghosted', 9)"),
            QStringLiteral(R"(CREATE TABLE applications (
            id INTEGER PRIMARY KEY,
            company TEXT NOT NULL CHECK (length(trim(company)) > 0),
            role TEXT NOT NULL CHECK (length(trim(role)) > 0),
            level TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            salary_range TEXT NOT NULL DEFAULT '',
            excitement INTEGER CHECK (excitement BETWEEN 1 AND 5),
            job_description TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT '',
            stage_id INTEGER NOT NULL REFERENCES tracker_stages(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            last_activity_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX applications_stage ON applications(stage_id)"),
            QStringLiteral(R"(CREATE TABLE application_tags (
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            tag TEXT NOT NULL CHECK (length(tag) > 0),
            PRIMARY KEY (application_id, tag)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE application_stage_history (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            stage_id INTEGER NOT NULL REFERENCES tracker_stages(id),
            changed_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX application_stage_history_application ON "
                           "application_stage_history(application_id, changed_at)"),
            QStringLiteral("CREATE TRIGGER application_stage_history_append_only BEFORE UPDATE ON "
                           "application_stage_history BEGIN "
                           "SELECT RAISE(ABORT, 'the stage history is append-only'); END"),
            QStringLiteral(R"(CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '',
            reach TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE application_contacts (
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            PRIMARY KEY (application_id, contact_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX application_contacts_contact ON "
                           "application_contacts(contact_id)"),
            QStringLiteral(R"(CREATE TABLE scheduled_interviews (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('technical', 'system_design', 'behavioral',
                'cultural_fit', 'project', 'screening_call', 'hr', 'take_home', 'other')),
            starts_local TEXT NOT NULL,
            time_zone TEXT NOT NULL CHECK (length(time_zone) > 0),
            starts_at TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
            format TEXT NOT NULL CHECK (format IN ('phone', 'video', 'on_site')),
            self_rating INTEGER CHECK (self_rating BETWEEN 1 AND 5),
            retrospective TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX scheduled_interviews_start ON "
                           "scheduled_interviews(starts_at)"),
            QStringLiteral("CREATE INDEX scheduled_interviews_application ON "
                           "scheduled_interviews(application_id, starts_at)"),
            QStringLiteral(R"(CREATE TABLE interview_contacts (
            interview_id INTEGER NOT NULL REFERENCES scheduled_interviews(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            PRIMARY KEY (interview_id, contact_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX interview_contacts_contact ON interview_contacts(contact_id)"),
            QStringLiteral(R"(CREATE TABLE asked_questions (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES scheduled_interviews(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            question_id TEXT,
            UNIQUE (interview_id, position)))"),
            QStringLiteral("CREATE INDEX asked_questions_question ON asked_questions(question_id) "
                           "WHERE question_id IS NOT NULL"),
        },
        error);
}

// Schema version 12: follow-ups (docs/engine.md, "Follow-ups"). The follow-ups planned for an
// attempt, each with the question the interviewer asked (chosen when it is asked, empty until
// then), its answer, status and own answer clock. Their answers are searched with the others:
// in answer_search at rowid attempt_id * 1024 + 1000 + position (answer fields use positions
// below 1000), kept by triggers like answer_fields'.
bool migrateTo12(QSqlDatabase &db, QString *error)
{
    return execAll(
        db,
        {
            QStringLiteral(R"(CREATE TABLE attempt_follow_ups (
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 23),
            question_text TEXT NOT NULL DEFAULT '',
            answer TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active',
                'submitted', 'skipped', 'not_reached', 'abandoned')),
            answer_limit_ms INTEGER NOT NULL CHECK (answer_limit_ms >= 0),
            answer_used_ms INTEGER NOT NULL DEFAULT 0,
            locked_by_expiry INTEGER NOT NULL DEFAULT 0 CHECK (locked_by_expiry IN (0, 1)),
            overtime_started INTEGER NOT NULL DEFAULT 0 CHECK (overtime_started IN (0, 1)),
            PRIMARY KEY (attempt_id, position)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TRIGGER attempt_follow_ups_search_insert AFTER INSERT ON attempt_follow_ups BEGIN
            INSERT INTO answer_search (rowid, value) VALUES (new.attempt_id * 1024 + 1000 + new.position, new.answer);
            END)"),
            QStringLiteral(R"(CREATE TRIGGER attempt_follow_ups_search_delete AFTER DELETE ON attempt_follow_ups BEGIN
            DELETE FROM answer_search WHERE rowid = old.attempt_id * 1024 + 1000 + old.position;
            END)"),
            QStringLiteral(R"(CREATE TRIGGER attempt_follow_ups_search_update AFTER UPDATE OF answer ON attempt_follow_ups
            WHEN old.answer IS NOT new.answer BEGIN
            DELETE FROM answer_search WHERE rowid = old.attempt_id * 1024 + 1000 + old.position;
            INSERT INTO answer_search (rowid, value) VALUES (new.attempt_id * 1024 + 1000 + new.position, new.answer);
            END)"),
        },
        error);
}

// Version 13: what the person did with the tasks of a preparation plan (docs/prep-plan.md).
bool migrateTo13(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral(R"(CREATE TABLE prep_task_states (
            interview_id INTEGER NOT NULL REFERENCES scheduled_interviews(id) ON DELETE CASCADE,
            task_key TEXT NOT NULL CHECK (length(task_key) > 0),
            status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
            day TEXT NOT NULL DEFAULT '',
            task TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (interview_id, task_key)) WITHOUT ROWID)")},
                   error);
}

} // namespace

QList<Database::Migration> migrationSteps(const Database::GradeReplay &gradeReplay)
{
    const auto migrateTo5WithReplay = [gradeReplay](QSqlDatabase &db, QString *error) {
        return migrateTo5(db, gradeReplay, error);
    };
    return {{1, migrateTo1},           {2, migrateTo2},   {3, migrateTo3},   {4, migrateTo4},
            {5, migrateTo5WithReplay}, {6, migrateTo6},   {7, migrateTo7},   {8, migrateTo8},
            {9, migrateTo9},           {10, migrateTo10}, {11, migrateTo11}, {12, migrateTo12},
            {13, migrateTo13}};
}

QString pragmaText(QSqlDatabase &db, const QString &pragma, bool *ok)
{
    QSqlQuery q(db);
    *ok = q.exec(pragma) && q.next();
    return *ok ? q.value(0).toString() : q.lastError().text();
}

// The runner: an existing file is copied first (VACUUM INTO, named with the clock's time), then
// every step above the stored version runs in one transaction with the new version numbers.
bool Database::migrate(const QList<Migration> &steps, QString *error)
{
    bool ok = false;
    m_version = pragmaText(m_db, QStringLiteral("PRAGMA user_version"), &ok).toInt();
    if (!ok) {
        *error = DbText::tr("Cannot read the database version of %1.").arg(m_path);
        return false;
    }
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (m_version >= latest)
        return true;

    if (m_version > 0) {
        // A consistent copy of the old version before anything changes. It is written under a
        // ".partial" name and renamed when whole, so a kill during the copy leaves no file with
        // the backup's name (the next start, perhaps in the same second, would be refused by
        // VACUUM INTO "output file already exists"); a leftover ".partial" is from such a kill
        // and is replaced. When a whole copy of this second exists already (a start killed
        // after its copy, before the upgrade's commit), this copy gets a number after it.
        const QString stamp = m_clock->wallTime().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString base = m_path + QStringLiteral(".v%1-%2").arg(m_version).arg(stamp);
        m_backupPath = base + QStringLiteral(".bak");
        for (int n = 2; QFileInfo::exists(m_backupPath); ++n)
            m_backupPath = base + QStringLiteral("-%1.bak").arg(n);
        const QString partial = m_backupPath + QStringLiteral(".partial");
        QFile::remove(partial);
        QSqlQuery backup(m_db);
        backup.prepare(QStringLiteral("VACUUM INTO ?"));
        backup.addBindValue(partial);
        const bool copied = backup.exec();
        if (!copied || !QFile::rename(partial, m_backupPath)) {
            const QString why = copied ? DbText::tr("the copy could not be renamed to %1")
                                             .arg(QDir::toNativeSeparators(m_backupPath))
                                       : sqlErrorText(backup.lastError());
            QFile::remove(partial);
            *error = DbText::tr("Cannot back up %1 before upgrading it: %2").arg(m_path, why);
            m_backupPath.clear();
            return false;
        }
    }

    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    for (const Migration &step : steps) {
        if (step.version <= m_version)
            continue;
        QString stepError;
        if (!step.apply(m_db, &stepError)) {
            m_db.rollback();
            *error = DbText::tr("Upgrading %1 to database version %2 failed: %3. Nothing was "
                                "changed.")
                         .arg(m_path)
                         .arg(step.version)
                         .arg(stepError);
            return false;
        }
    }
    // PRAGMA takes no bound values; both numbers are ours, never user input.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(latest))
        || !q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)) || !m_db.commit()) {
        *error = q.lastError().text();
        m_db.rollback();
        return false;
    }
    m_version = latest;
    return true;
}

} // namespace mockloop
