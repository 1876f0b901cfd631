// The kill -9 soak (issue 16, docs/reliability.md "Killed at any moment"). Each trial runs a
// real program — the terminal interview (`mockloop-cli run`, stdin a pipe) or the desktop app
// (soak_desktop_host: the real MainWindow on the offscreen platform) — types answers at a
// steady 5 characters a second, kills the process with SIGKILL at a moment drawn from the
// trial's seed (while typing, while the draft is being saved, during a pause in the typing,
// during a transition, during grading, during a migration of an old database, during a
// restore), restarts the program, lets it resume, and checks the promises against what it
// typed and when:
//
//   - no submitted answer or grade is lost (every answer whose submit the program confirmed is
//     stored exactly as typed; every confirmed grade is stored);
//   - a draft loses at most the last 500 ms of typing (characters whose key was sent more
//     than 500 ms before the kill are stored);
//   - the session resumes paused at the same question, the answer (or preparation) time stored
//     is within 1 s of the time that had really run at the kill, and the downtime is recorded
//     as interrupted time;
//   - PRAGMA integrity_check says ok; the restarted program opened the file (no "damaged");
//   - a migration killed half way leaves the old data whole, upgraded by the next start; a
//     restore killed half way leaves either the old data or the backup's, and then the old
//     data is in the copy the restore made first.
//
// Usage: soak [--trials N] [--seed S] [--program terminal|desktop|both] [--phase P]
//             [--terminal-draft-promise] [--thinking-time-promise] [--upgrade-copy-promise]
//             [--verbose]
// Exit code 0 when every enforced promise held in every trial. Three promises that main broke
// when the soak was written (see Gap below) are enforced by default now that they are fixed,
// each by a CMake option that a build may turn off to measure without failing: the terminal's
// typing promises (MOCKLOOP_SOAK_TERMINAL_DRAFT_PROMISE; issue 16's defect 5), the clock time
// after a kill during a pause in the typing (MOCKLOOP_SOAK_THINKING_TIME_PROMISE) and a start
// right after a kill during the copy taken before an upgrade (MOCKLOOP_SOAK_UPGRADE_COPY_PROMISE).
// The switches --terminal-draft-promise, --thinking-time-promise and --upgrade-copy-promise
// turn one on for a run of a build that has it off.
//
// Real time on purpose: a kill lands between real keystrokes, saves and transitions of a
// running program; nothing here reads a fake clock. Durations are read from core's SystemClock.
#include "bank/QuestionBank.h"
#include "base/Clock.h"
#include "base/DataDir.h"
#include "storage/DataTools.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "FakeClock.h"
#include "GradedSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <optional>

using namespace mockloop;

namespace {

constexpr qint64 kKeyIntervalMs = 200; // 5 characters a second
constexpr qint64 kDraftPromiseMs = 500;
constexpr qint64 kTimePromiseMs = 1000;
constexpr int kAckTimeoutMs = 20000;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// ---------------------------------------------------------------------------------------------
// A child program: its output read line by line, its input written, killed with SIGKILL.

class Child
{
public:
    explicit Child(const Clock &clock)
        : m_clock(clock)
    {
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    bool start(const QString &program, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English messages
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("MOCKLOOP_DATA_DIR"));
        env.remove(QStringLiteral("MOCKLOOP_SETTINGS"));
        m_process.setProcessEnvironment(env);
        m_process.setProgram(program);
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_startedAt = m_clock.monotonicMs();
        m_process.start();
        return m_process.waitForStarted(10000);
    }
    qint64 startedAt() const { return m_startedAt; }

    // Writes bytes and returns the time they were handed to the pipe.
    qint64 send(const QByteArray &bytes)
    {
        m_process.write(bytes);
        m_process.waitForBytesWritten(1000);
        const qint64 now = m_clock.monotonicMs();
        m_transcript += QStringLiteral("  <<< %1\n").arg(QString::fromUtf8(bytes).trimmed());
        return now;
    }

    // The first unread line containing one of needles (the line), or a null string when the
    // program ended or nothing came within timeoutMs. *which gets the index of the needle.
    QString waitFor(const QStringList &needles, int *which = nullptr, int timeoutMs = kAckTimeoutMs)
    {
        const qint64 deadline = m_clock.monotonicMs() + timeoutMs;
        for (;;) {
            while (!m_lines.isEmpty()) {
                const QString line = m_lines.takeFirst();
                for (int i = 0; i < needles.size(); ++i) {
                    if (line.contains(needles[i])) {
                        if (which)
                            *which = i;
                        return line;
                    }
                }
            }
            const qint64 left = deadline - m_clock.monotonicMs();
            if (left <= 0 || m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(int(std::min<qint64>(left, 1000)));
            readLines();
        }
    }
    QString waitFor(const QString &needle, int timeoutMs = kAckTimeoutMs)
    {
        return waitFor(QStringList{needle}, nullptr, timeoutMs);
    }

    // Reads output (and keeps it) until the monotonic time `until`.
    void pumpUntil(qint64 until)
    {
        for (qint64 left = until - m_clock.monotonicMs(); left > 0;
             left = until - m_clock.monotonicMs()) {
            if (m_process.state() == QProcess::NotRunning)
                return;
            m_process.waitForReadyRead(int(left));
            readLines();
        }
    }

    // SIGKILL; returns the time of the signal.
    qint64 kill()
    {
        const qint64 at = m_clock.monotonicMs();
        m_process.kill();
        m_process.waitForFinished(10000);
        readLines();
        m_transcript += QStringLiteral("  *** SIGKILL\n");
        return at;
    }

    // Closes stdin and waits for the end: the exit code, or -1 for a crash or a hang.
    int finish(int timeoutMs = kAckTimeoutMs)
    {
        m_process.closeWriteChannel();
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs))
            return -1;
        readLines();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    // Waits for the program to end by itself.
    int waitForExit(int timeoutMs = kAckTimeoutMs)
    {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs))
            return -1;
        readLines();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    const QString &transcript() const { return m_transcript; }

private:
    void readLines()
    {
        m_buffer += m_process.readAll();
        qsizetype nl;
        while ((nl = m_buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_buffer.left(nl));
            m_buffer.remove(0, nl + 1);
            m_lines.append(line);
            m_transcript += line + QLatin1Char('\n');
        }
    }

    const Clock &m_clock;
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
    QString m_transcript;
    qint64 m_startedAt = 0;
};

// ---------------------------------------------------------------------------------------------
// Files

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

// A raw connection to a database file, as an outside reader sees it.
class RawFile
{
public:
    explicit RawFile(const QString &path)
        : m_name(QStringLiteral("soak-raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawFile(const RawFile &) = delete;
    RawFile &operator=(const RawFile &) = delete;

    bool isOpen() const { return m_open; }
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return {QStringLiteral("(query failed: %1)").arg(q.lastError().text())};
        while (q.next())
            values.append(q.value(0).toString());
        return values;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

QString integrityOf(const QString &path)
{
    const RawFile file(path);
    if (!file.isOpen())
        return QStringLiteral("cannot open");
    return file.column(QStringLiteral("PRAGMA integrity_check")).join(QLatin1Char(' '));
}

// Every answer and grade in a file: one line per attempt that has either, keyed by its
// session's start and plan and the attempt's position (a restore renumbers rows).
QStringList workIn(const QString &path)
{
    const RawFile file(path);
    if (!file.isOpen())
        return {QStringLiteral("(cannot open)")};
    QStringList work = file.column(QStringLiteral(
        "SELECT s.started_at || '|' || s.plan_name || '|' || a.position || '|' || a.status || '|' "
        "|| coalesce(a.score, '-') || '|' || a.grade_note || '|' || coalesce((SELECT "
        "group_concat(f.name || '=' || f.value, char(31)) FROM (SELECT name, value FROM "
        "answer_fields WHERE attempt_id = a.id ORDER BY position) f), '') FROM attempts a "
        "JOIN sessions s ON s.id = a.session_id WHERE a.score IS NOT NULL OR EXISTS (SELECT 1 "
        "FROM answer_fields f WHERE f.attempt_id = a.id AND f.value <> '')"));
    work.sort();
    return work;
}

// ---------------------------------------------------------------------------------------------
// Fixtures, made once per run with core (SQL only for the old schema, which core no longer
// writes).

struct Fixtures
{
    QTemporaryDir dir;
    QString oldDataDir;  // a data dir whose database has schema version 4
    QStringList oldWork; // its answers and grades
    QString liveDataDir; // a current database with two graded sessions
    QStringList liveWork;
    QString backupFile; // a backup of another database with two other graded sessions
    QStringList backupWork;
    int oldVersion = 4;
};

bool makeOldDatabase(const QString &path, QString *error)
{
    Database old;
    if (!old.open(path, Database::migrations().mid(0, 4), error))
        return false;
    QSqlQuery q(old.connection());
    // A year of practice, as an earlier MockLoop stored it: 120 finished sessions of three
    // graded answers each.
    if (!old.inTransaction([&] {
            for (int s = 1; s <= 120; ++s) {
                const QString started = QStringLiteral("2025-%1-%2T09:00:00.000Z")
                                            .arg(1 + (s % 12), 2, 10, QLatin1Char('0'))
                                            .arg(1 + (s % 28), 2, 10, QLatin1Char('0'));
                q.prepare(QStringLiteral(
                    "INSERT INTO sessions (id, plan_name, plan, seed, status, state, paused_from, "
                    "started_at, ended_at, saved_at) VALUES (?, ?, '{}', 1, 'finished', "
                    "'Finished', 'Ready', ?, ?, ?)"));
                q.addBindValue(s);
                q.addBindValue(QStringLiteral("practice %1").arg(s));
                q.addBindValue(started);
                q.addBindValue(started);
                q.addBindValue(started);
                if (!q.exec())
                    return false;
                for (int a = 0; a < 3; ++a) {
                    const int id = s * 10 + a;
                    q.prepare(QStringLiteral("INSERT INTO rounds (id, session_id, position, kind, "
                                             "budget_ms, expiry) VALUES (?, ?, ?, 'technical', "
                                             "0, 'soft')"));
                    q.addBindValue(id);
                    q.addBindValue(s);
                    q.addBindValue(a);
                    if (!q.exec())
                        return false;
                    q.prepare(QStringLiteral(
                        "INSERT INTO attempts (id, session_id, round_id, position, question_id, "
                        "question_version, question_text, status, prep_limit_ms, "
                        "answer_limit_ms, answer_used_ms, score, grade_note, graded_at, "
                        "started_at, submitted_at) VALUES (?, ?, ?, ?, ?, 1, ?, 'submitted', 0, "
                        "240000, ?, ?, ?, ?, ?, ?)"));
                    q.addBindValue(id);
                    q.addBindValue(s);
                    q.addBindValue(id);
                    q.addBindValue(a);
                    q.addBindValue(QStringLiteral("soak.q%1").arg((s + a) % 17));
                    q.addBindValue(QStringLiteral("Question %1 of the old bank?").arg((s + a) % 17));
                    q.addBindValue(60000 + s * 100 + a);
                    q.addBindValue(1 + (s + a) % 5);
                    q.addBindValue(QStringLiteral("note %1.%2").arg(s).arg(a));
                    q.addBindValue(started);
                    q.addBindValue(started);
                    q.addBindValue(started);
                    if (!q.exec())
                        return false;
                    q.prepare(QStringLiteral("INSERT INTO answer_fields (attempt_id, position, "
                                             "name, value) VALUES (?, 0, 'answer', ?)"));
                    q.addBindValue(id);
                    q.addBindValue(QStringLiteral("answer %1 of session %2: an index, a cache "
                                                  "and a queue, with the trade-offs named")
                                       .arg(a)
                                       .arg(s));
                    if (!q.exec())
                        return false;
                }
            }
            return true;
        })) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool makeGradedDatabase(const QString &path, const QString &planName, int scoreBase, QString *error)
{
    test::FakeClock clock;
    Database db(clock);
    if (!db.open(path, error) || !QuestionBank(db).installBuiltinPacks(error))
        return false;
    const QList<Question> tech = QuestionBank(db).questions(RoundKind::Technical);
    if (tech.size() < 4) {
        *error = QStringLiteral("the built-in packs are missing");
        return false;
    }
    for (int s = 0; s < 2; ++s) {
        QHash<QString, QString> texts;
        texts.insert(tech.at(2 * s).id, QStringLiteral("%1: first answer %2").arg(planName).arg(s));
        texts.insert(tech.at(2 * s + 1).id,
                     QStringLiteral("%1: second answer %2").arg(planName).arg(s));
        const QList<test::GradedAnswer> answers = {
            {tech.at(2 * s).id, RoundKind::Technical, 30, scoreBase, {}},
            {tech.at(2 * s + 1).id, RoundKind::Technical, 40, scoreBase + 1, {}}};
        if (!test::runGradedSession(db, clock, answers, error, 100, planName, texts))
            return false;
        clock.advanceWallOnlyMs(3600 * 1000);
    }
    return true;
}

bool makeFixtures(Fixtures &f, QString *error)
{
    if (!f.dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    f.oldDataDir = f.dir.filePath(QStringLiteral("old"));
    f.liveDataDir = f.dir.filePath(QStringLiteral("live"));
    f.backupFile = f.dir.filePath(QStringLiteral("backup/mockloop-backup.sqlite"));
    QDir().mkpath(f.oldDataDir);
    QDir().mkpath(f.liveDataDir);
    QDir().mkpath(QFileInfo(f.backupFile).absolutePath());
    if (!makeOldDatabase(databasePath(f.oldDataDir), error)
        || !makeGradedDatabase(databasePath(f.liveDataDir), QStringLiteral("before the restore"), 2,
                               error))
        return false;
    {
        const QString otherDir = f.dir.filePath(QStringLiteral("other"));
        QDir().mkpath(otherDir);
        if (!makeGradedDatabase(databasePath(otherDir), QStringLiteral("from the backup"), 4, error))
            return false;
        Database other;
        if (!other.open(databasePath(otherDir), error)
            || !datatools::backup(other, f.backupFile, error))
            return false;
    }
    f.oldWork = workIn(databasePath(f.oldDataDir));
    f.liveWork = workIn(databasePath(f.liveDataDir));
    f.backupWork = workIn(f.backupFile);
    if (f.oldWork.size() != 360 || f.liveWork.size() != 4 || f.backupWork.size() != 4) {
        *error = QStringLiteral("fixtures hold %1, %2 and %3 answers")
                     .arg(f.oldWork.size())
                     .arg(f.liveWork.size())
                     .arg(f.backupWork.size());
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// What a trial does and finds

enum class Program { Terminal, Desktop };
enum class Phase { Typing, Saving, Thinking, Transition, Grading, Migration, Restore };

QString nameOf(Program p)
{
    return p == Program::Terminal ? QStringLiteral("terminal") : QStringLiteral("desktop");
}
QString nameOf(Phase p)
{
    switch (p) {
    case Phase::Typing: return QStringLiteral("typing");
    case Phase::Saving: return QStringLiteral("saving");
    case Phase::Thinking: return QStringLiteral("thinking");
    case Phase::Transition: return QStringLiteral("transition");
    case Phase::Grading: return QStringLiteral("grading");
    case Phase::Migration: return QStringLiteral("migration");
    case Phase::Restore: return QStringLiteral("restore");
    }
    return {};
}
std::optional<Phase> phaseFromName(const QString &name)
{
    for (Phase p : {Phase::Typing, Phase::Saving, Phase::Thinking, Phase::Transition,
                    Phase::Grading, Phase::Migration, Phase::Restore}) {
        if (nameOf(p) == name)
            return p;
    }
    return std::nullopt;
}

struct Result
{
    Program program = Program::Terminal;
    Phase phase = Phase::Typing;
    quint32 seed = 0;
    QString moment;               // where the kill landed
    std::optional<int> charsLost; // a draft was being typed
    std::optional<qint64> msLost;
    std::optional<qint64> timeGivenBackMs; // true clock time at the kill minus the stored one
    std::optional<qint64> interruptedMs;
    std::optional<qint64> downtimeMs;
    QString outcome;            // migration / restore: what the kill left
    QStringList failures;       // enforced promises broken
    QStringList pendingPromise; // the terminal's typing promises, broken while not enforced
    QString transcript;
};

// The state the engine is in after an action, as far as the trial knows it.
struct Expect
{
    State state = State::Ready;
    int attempt = -1; // -1: any
};

// One step of a session script. Only `send` may be interrupted by the kill.
struct Action
{
    enum Kind { BeginRound, BeginAnswer, Key, Think, LineEnd, Submit, Continue, Grade } kind;
    int question = 0;
    char key = 0;
    qint64 thinkMs = 0; // Think: a pause in the typing
};

// The promises the soak measures but, by default, does not fail on, because main breaks them
// today (issue 16); each is turned on by a CMake option or a command-line switch.
enum class Gap {
    // The terminal drops the line being typed (defect 5): its draft loss and, while a line is
    // typed, its clock time (no draft save, so times are saved every 5 s only).
    TerminalDraft,
    // A kill while the person pauses in the middle of an answer: elapsed times were saved with
    // each draft save and otherwise only every 5 s, so up to 5 s of answer time came back
    // after a resume (now every SessionController::kTimesSaveMs, 500 ms).
    ThinkingTime,
    // A kill while Database::migrate copied the old file (VACUUM INTO
    // mockloop.sqlite.v<N>-<yyyyMMdd-HHmmss>.bak) left a partial copy under the name the next
    // start picked in the same second: that start was refused ("output file already exists").
    // Now the copy is written as ".partial" and renamed when whole.
    UpgradeCopy,
};
struct Enforce
{
    bool terminalDraft = false;
    bool thinkingTime = false;
    bool upgradeCopy = false;
};

// ---------------------------------------------------------------------------------------------
// The two programs behind one face

class Front
{
public:
    explicit Front(const Clock &clock)
        : m_clock(clock)
    {
    }
    virtual ~Front() = default;
    virtual Program program() const = 0;
    // Starts the program on a data dir and waits until it takes input; false with *why.
    virtual bool launch(Child &child, const QString &dataDir, QString *why) = 0;
    // Starts the quick preset: the session id, or 0 with *why.
    virtual qint64 startSession(Child &child, QString *why) = 0;
    // What comes before an action and may not be interrupted (e.g. the terminal's "." lines).
    virtual bool prepare(Child &, const Action &, QString *) { return true; }
    virtual QByteArray bytesOf(const Action &action) const = 0;
    // Waits for the program to confirm the action (nothing for a key press).
    virtual bool ack(Child &child, const Action &action, QString *why) = 0;
    // After the kill: starts the program again, resumes the session if it offers one (times
    // of asking and of the answer in *asked, *resumed), and closes it as a person would.
    virtual bool restartAndResume(Child &child, const QString &dataDir, qint64 sessionId,
                                  qint64 *asked, qint64 *resumed, QString *why) = 0;
    // Starts again on a data dir and ends at once (after a migration or restore).
    virtual bool restartOnly(Child &child, const QString &dataDir, QString *why) = 0;
    // Starts a restore of `backup`; the moment of the request (the program's start for the
    // terminal). restoreDone waits for its end.
    virtual qint64 startRestore(Child &child, const QString &dataDir, const QString &backup,
                                QString *why) = 0;
    virtual bool restoreDone(Child &child, QString *why) = 0;
    // Whether the answer's first field is all the script types into (the terminal adds lines).
    virtual bool needsLineEnd() const = 0;

protected:
    const Clock &m_clock;
};

class TerminalFront final : public Front
{
public:
    using Front::Front;
    Program program() const override { return Program::Terminal; }
    bool needsLineEnd() const override { return true; }

    bool launch(Child &child, const QString &dataDir, QString *why) override
    {
        if (!child.start(QStringLiteral(MOCKLOOP_CLI),
                         {QStringLiteral("--data-dir"), dataDir, QStringLiteral("run"),
                          QStringLiteral("--preset"), QStringLiteral("quick")})) {
            *why = QStringLiteral("mockloop-cli did not start");
            return false;
        }
        return true;
    }

    qint64 startSession(Child &child, QString *why) override
    {
        const QString line = child.waitFor(QStringLiteral("Session "));
        if (line.isNull()
            || child.waitFor(QStringLiteral("Press Enter to begin the round.")).isNull()) {
            *why = QStringLiteral("no session started");
            return 0;
        }
        return line.section(QLatin1Char(' '), 1, 1).remove(QLatin1Char(':')).toLongLong();
    }

    QByteArray bytesOf(const Action &a) const override
    {
        switch (a.kind) {
        case Action::BeginRound:
        case Action::BeginAnswer:
        case Action::LineEnd:
        case Action::Continue: return "\n";
        case Action::Key: return QByteArray(1, a.key);
        case Action::Think: return {};
        case Action::Submit: return ":submit\n";
        case Action::Grade: return "ok\n"; // the note; the score went first (prepare)
        }
        return {};
    }

    bool prepare(Child &child, const Action &a, QString *why) override
    {
        if (a.kind != Action::Grade)
            return true;
        child.send(QByteArray::number(3 + a.question % 3) + '\n');
        if (child.waitFor(QStringLiteral("Note (one line")).isNull()) {
            *why = QStringLiteral("no note asked after the score");
            return false;
        }
        return true;
    }

    bool ack(Child &child, const Action &a, QString *why) override
    {
        QStringList needles;
        switch (a.kind) {
        case Action::Key:
        case Action::Think:
        case Action::LineEnd: return true;
        case Action::BeginRound:
            needles = {QStringLiteral("Press Enter to start answering.")};
            break;
        case Action::BeginAnswer: needles = {QStringLiteral("Answer now.")}; break;
        case Action::Submit: needles = {QStringLiteral("Press Enter to continue.")}; break;
        case Action::Continue:
            needles = {a.question < 2 ? QStringLiteral("Press Enter to begin the round.")
                                      : QStringLiteral("Score 1-5:")};
            break;
        case Action::Grade: {
            int which = -1;
            const QStringList next = {QStringLiteral("Answer this question again now?"),
                                      QStringLiteral("Score 1-5:")};
            if (child.waitFor(next, &which).isNull())
                break;
            if (which == 0) { // a retake offered: no, go on (the grade is saved now)
                child.send("\n");
                if (child.waitFor(QStringLiteral("Score 1-5:")).isNull())
                    break;
            }
            return true;
        }
        }
        if (!needles.isEmpty() && !child.waitFor(needles).isNull())
            return true;
        *why = QStringLiteral("no answer from the program after step %1").arg(int(a.kind));
        return false;
    }

    bool restartAndResume(Child &child, const QString &dataDir, qint64 sessionId, qint64 *asked,
                          qint64 *resumed, QString *why) override
    {
        if (!launch(child, dataDir, why))
            return false;
        int which = -1;
        const QString first = child.waitFor({QStringLiteral("Resume session"),
                                             QStringLiteral("Session "),
                                             QStringLiteral("mockloop-cli:")},
                                            &which);
        if (which != 0) {
            *why = first.isNull() ? QStringLiteral("the restarted program said nothing")
                                  : QStringLiteral("the restart offered no resume: ") + first;
            child.finish();
            return false;
        }
        if (!first.contains(QStringLiteral("Resume session %1 ").arg(sessionId))) {
            *why = QStringLiteral("the restart offered another session: ") + first;
            child.finish();
            return false;
        }
        *asked = child.send("y\n");
        if (child.waitFor(QStringLiteral("Resumed session %1").arg(sessionId)).isNull()) {
            *why = QStringLiteral("the session did not resume");
            child.finish();
            return false;
        }
        *resumed = m_clock.monotonicMs();
        const int code = child.finish(); // end of input: "Session N saved"
        if (code != 0) {
            *why = QStringLiteral("the resumed program ended with %1").arg(code);
            return false;
        }
        return true;
    }

    bool restartOnly(Child &child, const QString &dataDir, QString *why) override
    {
        if (!launch(child, dataDir, why))
            return false;
        // End of input at once: it opened the database (or says why not) and ends.
        const int code = child.finish();
        if (code != 0) {
            *why = QStringLiteral("the restarted program ended with %1").arg(code);
            return false;
        }
        return true;
    }

    qint64 startRestore(Child &child, const QString &dataDir, const QString &backup,
                        QString *why) override
    {
        if (!child.start(QStringLiteral(MOCKLOOP_CLI), {QStringLiteral("--data-dir"), dataDir,
                                                        QStringLiteral("restore"), backup})) {
            *why = QStringLiteral("mockloop-cli did not start");
            return -1;
        }
        return child.startedAt();
    }
    bool restoreDone(Child &child, QString *why) override
    {
        const int code = child.waitForExit();
        if (code != 0)
            *why = QStringLiteral("restore ended with %1").arg(code);
        return code == 0;
    }
};

class DesktopFront final : public Front
{
public:
    using Front::Front;
    Program program() const override { return Program::Desktop; }
    bool needsLineEnd() const override { return false; }

    bool launch(Child &child, const QString &dataDir, QString *why) override
    {
        if (!child.start(QStringLiteral(MOCKLOOP_SOAK_DESKTOP_HOST), {dataDir})) {
            *why = QStringLiteral("soak_desktop_host did not start");
            return false;
        }
        int which = -1;
        const QString line = child.waitFor({QStringLiteral("ready"), QStringLiteral("cannot-start")},
                                           &which);
        if (which != 0) {
            *why = line.isNull() ? QStringLiteral("the window never came up") : line;
            return false;
        }
        return true;
    }

    qint64 startSession(Child &child, QString *why) override
    {
        child.send("start quick\n");
        const QString line = child.waitFor({QStringLiteral("ok "), QStringLiteral("refused")});
        if (!line.startsWith(QLatin1String("ok round_intro"))) {
            *why = QStringLiteral("no session started: ") + line;
            return 0;
        }
        return line.section(QLatin1Char(' '), 3, 3).toLongLong();
    }

    QByteArray bytesOf(const Action &a) const override
    {
        switch (a.kind) {
        case Action::BeginRound: return "click startRoundButton\n";
        case Action::BeginAnswer: return "click beginAnswerButton\n";
        case Action::Key: return "key " + QByteArray::number(int(a.key)) + '\n';
        case Action::Think: return {};
        case Action::LineEnd: return {};
        case Action::Submit: return "click submitButton\n";
        case Action::Continue: return "click continueButton\n";
        case Action::Grade: return "grade " + QByteArray::number(3 + a.question % 3) + '\n';
        }
        return {};
    }

    bool ack(Child &child, const Action &a, QString *why) override
    {
        if (a.kind == Action::Key || a.kind == Action::Think || a.kind == Action::LineEnd)
            return true;
        const QString line = child.waitFor({QStringLiteral("ok "), QStringLiteral("refused")});
        if (line.startsWith(QLatin1String("ok ")))
            return true;
        *why = QStringLiteral("step %1: %2").arg(int(a.kind)).arg(line);
        return false;
    }

    bool restartAndResume(Child &child, const QString &dataDir, qint64 sessionId, qint64 *asked,
                          qint64 *resumed, QString *why) override
    {
        if (!launch(child, dataDir, why))
            return false;
        *asked = child.send("resume\n");
        const QString line = child.waitFor({QStringLiteral("ok "), QStringLiteral("refused")});
        *resumed = m_clock.monotonicMs();
        if (!line.startsWith(QLatin1String("ok "))
            || !line.endsWith(QStringLiteral(" %1").arg(sessionId))) {
            *why = QStringLiteral("no resume of session %1: %2").arg(sessionId).arg(line);
            return false;
        }
        child.send("quit\n");
        const int code = child.waitForExit();
        if (code != 0) {
            *why = QStringLiteral("the resumed program ended with %1").arg(code);
            return false;
        }
        return true;
    }

    bool restartOnly(Child &child, const QString &dataDir, QString *why) override
    {
        if (!launch(child, dataDir, why))
            return false;
        child.send("quit\n");
        const int code = child.waitForExit();
        if (code != 0) {
            *why = QStringLiteral("the restarted program ended with %1").arg(code);
            return false;
        }
        return true;
    }

    qint64 startRestore(Child &child, const QString &dataDir, const QString &backup,
                        QString *why) override
    {
        if (!launch(child, dataDir, why))
            return -1;
        return child.send("restore " + backup.toUtf8() + '\n');
    }
    bool restoreDone(Child &child, QString *why) override
    {
        int which = -1;
        const QString line = child.waitFor({QStringLiteral("restored"), QStringLiteral("problem")},
                                           &which);
        if (which != 0)
            *why = line.isNull() ? QStringLiteral("no end of the restore") : line;
        return which == 0;
    }
};

// ---------------------------------------------------------------------------------------------
// A trial

QString randomWords(QRandomGenerator &rng, int length)
{
    static const char *const words[] = {"index", "cache", "queue", "shard", "lock",  "retry",
                                        "log",   "hash",  "tree",  "page",  "batch", "write"};
    QString text;
    while (text.size() < length) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += QLatin1String(words[rng.bounded(int(std::size(words)))]);
    }
    return text.left(length).trimmed();
}

class Trial
{
public:
    Trial(Front &front, const Fixtures &fixtures, const Clock &clock, Enforce enforce)
        : m_front(front)
        , m_fixtures(fixtures)
        , m_clock(clock)
        , m_enforce(enforce)
    {
    }

    Result run(Phase phase, quint32 seed)
    {
        m_result = Result{};
        m_result.program = m_front.program();
        m_result.phase = phase;
        m_result.seed = seed;
        QRandomGenerator rng(seed);
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(dataDir);
        switch (phase) {
        case Phase::Migration: migration(dataDir, rng); break;
        case Phase::Restore: restore(dataDir, rng); break;
        default: session(dataDir, phase, rng); break;
        }
        m_result.transcript = m_transcript;
        return m_result;
    }

    // Milliseconds from launch to the first prompt on an old database (migration) and from the
    // request to the end of a restore, measured once without a kill: the window the kill is
    // drawn from.
    static inline std::map<std::pair<Program, Phase>, qint64> s_windows;

private:
    void fail(const QString &what) { m_result.failures.append(what); }
    // A promise main breaks today: a failure when enforced, else noted with its gap's name.
    void failKnown(Gap gap, const QString &what)
    {
        const bool enforced = gap == Gap::TerminalDraft  ? m_enforce.terminalDraft
                              : gap == Gap::ThinkingTime ? m_enforce.thinkingTime
                                                         : m_enforce.upgradeCopy;
        const QString name = gap == Gap::TerminalDraft  ? QStringLiteral("[terminal draft] ")
                             : gap == Gap::ThinkingTime ? QStringLiteral("[thinking time] ")
                                                        : QStringLiteral("[upgrade copy] ");
        if (enforced)
            fail(what);
        else
            m_result.pendingPromise.append(name + what);
    }
    // The typing promises: known broken for the terminal (defect 5), enforced for the desktop.
    void failTyping(const QString &what)
    {
        if (m_front.program() == Program::Terminal)
            failKnown(Gap::TerminalDraft, what);
        else
            fail(what);
    }
    void keep(const Child &child, const QString &title)
    {
        m_transcript += QStringLiteral("--- %1 ---\n").arg(title) + child.transcript();
    }

    // ---- kills during a session

    void session(const QString &dataDir, Phase phase, QRandomGenerator &rng)
    {
        // Three answers (the quick preset: technical, behavioral, cultural fit); the first is
        // the long one, where most typing kills land.
        const QStringList answers = {randomWords(rng, 4 + rng.bounded(9)), randomWords(rng, 3),
                                     randomWords(rng, 3)};
        // Thinking: one pause of 1.5 to 6 s somewhere in the first answer (before its first
        // key, between two keys or after the last).
        const int thinkBefore = phase == Phase::Thinking
                                    ? int(rng.bounded(int(answers[0].size()) + 1))
                                    : -1;
        const qint64 thinkMs = 1500 + rng.bounded(4500);
        QList<Action> script;
        for (int q = 0; q < 3; ++q) {
            script.append({Action::BeginRound, q, 0});
            script.append({Action::BeginAnswer, q, 0});
            for (int k = 0; k <= answers[q].size(); ++k) {
                if (q == 0 && k == thinkBefore)
                    script.append({Action::Think, q, 0, thinkMs});
                if (k < answers[q].size())
                    script.append({Action::Key, q, char(answers[q][k].unicode())});
            }
            if (m_front.needsLineEnd())
                script.append({Action::LineEnd, q, 0});
            script.append({Action::Submit, q, 0});
            script.append({Action::Continue, q, 0});
        }
        script.append({Action::Grade, 0, 0});
        script.append({Action::Grade, 1, 0});

        // The moment: an action of the phase, and a time after it was sent.
        QList<int> candidates;
        for (int i = 0; i < script.size(); ++i) {
            const Action &a = script[i];
            const bool lastOfAnswer = i + 1 < script.size()
                                      && (script[i + 1].kind == Action::Submit
                                          || (script[i + 1].kind == Action::LineEnd));
            const bool matches = (phase == Phase::Typing && a.kind == Action::Key)
                                 || (phase == Phase::Saving
                                     && (a.kind == Action::LineEnd
                                         || (!m_front.needsLineEnd() && a.kind == Action::Key
                                             && lastOfAnswer)))
                                 || (phase == Phase::Transition
                                     && (a.kind == Action::BeginRound || a.kind == Action::BeginAnswer
                                         || a.kind == Action::Submit || a.kind == Action::Continue))
                                 || (phase == Phase::Thinking && a.kind == Action::Think)
                                 || (phase == Phase::Grading && a.kind == Action::Grade);
            if (matches)
                candidates.append(i);
        }
        const int killAt = candidates.at(rng.bounded(int(candidates.size())));
        const qint64 window = phase == Phase::Typing     ? kKeyIntervalMs
                              : phase == Phase::Saving   ? 700
                              : phase == Phase::Thinking ? thinkMs
                                                         : 60;
        const qint64 offset = rng.bounded(int(window));

        Child child(m_clock);
        QString why;
        if (!m_front.launch(child, dataDir, &why)) {
            keep(child, QStringLiteral("run"));
            fail(QStringLiteral("start: ") + why);
            return;
        }
        const qint64 sessionId = m_front.startSession(child, &why);
        if (sessionId <= 0) {
            keep(child, QStringLiteral("run"));
            fail(QStringLiteral("start: ") + why);
            return;
        }

        // What the program confirmed, and when each step was sent.
        Expect confirmed{State::RoundIntro, -1};
        std::optional<Expect> inFlight;
        QList<QString> typed(3);
        QList<QList<qint64>> keyTimes(3);
        QList<bool> submitted(3, false);
        QList<bool> graded(2, false);
        QList<qint64> roundSent(3, -1);
        QList<qint64> answerSent(3, -1);
        qint64 killedAt = -1;
        for (int i = 0; i < script.size(); ++i) {
            const Action &a = script[i];
            if (!m_front.prepare(child, a, &why)) {
                keep(child, QStringLiteral("run"));
                fail(QStringLiteral("script: ") + why);
                return;
            }
            const QByteArray bytes = m_front.bytesOf(a);
            if (bytes.isEmpty() && i != killAt)
                continue;
            // A person types at a steady pace; the other steps follow at once.
            if (a.kind == Action::Key && !keyTimes[a.question].isEmpty())
                child.pumpUntil(keyTimes[a.question].constLast() + kKeyIntervalMs);
            const qint64 sent = bytes.isEmpty() ? m_clock.monotonicMs() : child.send(bytes);
            const Expect after = expectAfter(a);
            switch (a.kind) {
            case Action::Key:
                typed[a.question] += QLatin1Char(a.key);
                keyTimes[a.question].append(sent);
                break;
            case Action::BeginRound: roundSent[a.question] = sent; break;
            case Action::BeginAnswer: answerSent[a.question] = sent; break;
            default: break;
            }
            if (i == killAt) {
                inFlight = after;
                child.pumpUntil(sent + offset);
                killedAt = child.kill();
                m_result.moment = describe(a, typed[a.question].size(), answers[a.question].size(),
                                           killedAt - sent);
                break;
            }
            if (!m_front.ack(child, a, &why)) {
                keep(child, QStringLiteral("run"));
                fail(QStringLiteral("script: ") + why);
                return;
            }
            confirmed = after;
            if (a.kind == Action::Submit)
                submitted[a.question] = true;
            if (a.kind == Action::Grade)
                graded[a.question] = true;
        }
        keep(child, QStringLiteral("run, killed"));

        // Restart; the program resumes the session and is closed as a person closes it.
        Child again(m_clock);
        qint64 asked = -1;
        qint64 resumedAt = -1;
        const bool resumed = m_front.restartAndResume(again, dataDir, sessionId, &asked, &resumedAt,
                                                      &why);
        keep(again, QStringLiteral("restart"));
        if (!resumed)
            fail(QStringLiteral("restart: ") + why);

        const QString integrity = integrityOf(databasePath(dataDir));
        if (integrity != QLatin1String("ok"))
            fail(QStringLiteral("integrity_check: ") + integrity);

        Database db;
        QString error;
        if (!db.open(databasePath(dataDir), &error)) {
            fail(QStringLiteral("the database does not open: ") + error);
            return;
        }
        const auto stored = SessionStore(db).load(sessionId, &error);
        if (!stored) {
            fail(QStringLiteral("session %1 is gone: %2").arg(sessionId).arg(error));
            return;
        }

        // No submitted answer or grade lost; a draft loses at most the last 500 ms.
        for (int q = 0; q < 3; ++q) {
            if (q >= stored->attempts.size())
                break;
            const AttemptRecord &rec = stored->attempts[q];
            const QString value = rec.answer.isEmpty() ? QString() : rec.answer.first().value;
            if (submitted[q]) {
                if (value != typed[q])
                    fail(QStringLiteral("submitted answer %1 stored as \"%2\", typed \"%3\"")
                             .arg(q + 1)
                             .arg(value, typed[q]));
                continue;
            }
            if (typed[q].isEmpty())
                continue;
            int kept = 0;
            while (kept < value.size() && kept < typed[q].size() && value[kept] == typed[q][kept])
                ++kept;
            if (kept < value.size())
                fail(QStringLiteral("draft %1 stored as \"%2\", typed \"%3\"")
                         .arg(q + 1)
                         .arg(value, typed[q]));
            const int lost = int(typed[q].size()) - kept;
            const qint64 ms = lost > 0 ? killedAt - keyTimes[q][kept] : 0;
            m_result.charsLost = lost;
            m_result.msLost = ms;
            if (ms > kDraftPromiseMs)
                failTyping(QStringLiteral("draft %1 lost %2 characters, the oldest typed %3 ms "
                                          "before the kill")
                               .arg(q + 1)
                               .arg(lost)
                               .arg(ms));
        }
        for (int q = 0; q < 2; ++q) {
            if (graded[q] && (q >= stored->attempts.size() || stored->attempts[q].score != 3 + q % 3))
                fail(QStringLiteral("grade %1 lost").arg(q + 1));
        }

        // Resumed where it was: paused at the same question for a running clock, else the
        // same state; the clock's time right within 1 s; the downtime as interrupted time.
        const EngineSnapshot &snap = stored->snapshot;
        auto matches = [&](const Expect &e) {
            const bool timed = e.state == State::Prep || e.state == State::Answering;
            if (timed)
                return snap.state == State::Paused && snap.pausedFrom == e.state
                       && snap.attempt == e.attempt;
            return snap.state == e.state && (e.attempt < 0 || snap.attempt == e.attempt);
        };
        if (!matches(confirmed) && !(inFlight && matches(*inFlight)))
            fail(QStringLiteral("resumed in %1 (from %2) at question %3; killed in %4 at question "
                                "%5")
                     .arg(toKey(snap.state), toKey(snap.pausedFrom))
                     .arg(snap.attempt + 1)
                     .arg(toKey(inFlight ? inFlight->state : confirmed.state))
                     .arg((inFlight ? inFlight->attempt : confirmed.attempt) + 1));
        if (snap.state == State::Paused && snap.attempt >= 0 && snap.attempt < 3
            && snap.attempt < snap.attempts.size()) {
            const int q = snap.attempt;
            const AttemptTimes &t = snap.attempts[q];
            qint64 trueMs = -1;
            qint64 storedMs = 0;
            if (snap.pausedFrom == State::Answering && answerSent[q] >= 0) {
                trueMs = killedAt - answerSent[q];
                storedMs = t.answerUsedMs;
            } else if (snap.pausedFrom == State::Prep && roundSent[q] >= 0) {
                trueMs = killedAt - roundSent[q];
                storedMs = t.prepUsedMs;
            }
            if (trueMs >= 0) {
                m_result.timeGivenBackMs = trueMs - storedMs;
                const QString what = QStringLiteral("the %1 time stored is %2 ms, %3 ms had run "
                                                    "at the kill")
                                         .arg(toKey(snap.pausedFrom))
                                         .arg(storedMs)
                                         .arg(trueMs);
                if (std::abs(trueMs - storedMs) > kTimePromiseMs) {
                    if (phase == Phase::Thinking)
                        failKnown(Gap::ThinkingTime, what);
                    else
                        failTyping(what);
                }
            }
            if (resumed) {
                m_result.interruptedMs = t.interruptedMs;
                m_result.downtimeMs = asked - killedAt;
                // The program measures the downtime by the wall clock from its last save, so
                // it is at least the time from the kill to the resume (a little slack for the
                // two clocks' readings).
                if (t.interruptedMs < asked - killedAt - 50)
                    fail(QStringLiteral("interrupted time %1 ms, down for at least %2 ms")
                             .arg(t.interruptedMs)
                             .arg(asked - killedAt));
            }
        }
    }

    Expect expectAfter(const Action &a) const
    {
        switch (a.kind) {
        case Action::BeginRound: return {State::Prep, a.question};
        case Action::BeginAnswer:
        case Action::Key:
        case Action::Think:
        case Action::LineEnd: return {State::Answering, a.question};
        case Action::Submit: return {State::RoundReview, -1};
        case Action::Continue:
            return a.question < 2 ? Expect{State::RoundIntro, -1} : Expect{State::Grading, 0};
        case Action::Grade: return {State::Grading, a.question + 1};
        }
        return {};
    }

    static QString describe(const Action &a, qsizetype typedCount, qsizetype answerLength,
                            qint64 after)
    {
        QString what;
        switch (a.kind) {
        case Action::BeginRound: what = QStringLiteral("begin round"); break;
        case Action::BeginAnswer: what = QStringLiteral("begin answer"); break;
        case Action::Key:
            what = QStringLiteral("key %1/%2").arg(typedCount).arg(answerLength);
            break;
        case Action::Think:
            what = QStringLiteral("pause after key %1/%2").arg(typedCount).arg(answerLength);
            break;
        case Action::LineEnd: what = QStringLiteral("Enter"); break;
        case Action::Submit: what = QStringLiteral("submit"); break;
        case Action::Continue: what = QStringLiteral("continue"); break;
        case Action::Grade: what = QStringLiteral("grade"); break;
        }
        return QStringLiteral("q%1 %2 +%3 ms").arg(a.question + 1).arg(what).arg(after);
    }

    // ---- a kill while an old database is upgraded

    void migration(const QString &dataDir, QRandomGenerator &rng)
    {
        const auto key = std::make_pair(m_front.program(), Phase::Migration);
        if (!s_windows.count(key)) {
            // The window: from launch to taking input, with the upgrade, once without a kill.
            QTemporaryDir calibration;
            const QString calibrationDir = calibration.filePath(QStringLiteral("data"));
            copyTree(m_fixtures.oldDataDir, calibrationDir);
            Child child(m_clock);
            QString why;
            const bool up = m_front.launch(child, calibrationDir, &why)
                            && (m_front.program() == Program::Desktop
                                || !child.waitFor(QStringLiteral("Session ")).isNull());
            s_windows[key] = up ? m_clock.monotonicMs() - child.startedAt() : 2000;
        }
        // A quarter more than the window: some kills land just after the upgrade.
        const qint64 window = s_windows[key] * 5 / 4;
        if (!copyTree(m_fixtures.oldDataDir, dataDir)) {
            fail(QStringLiteral("cannot copy the old database"));
            return;
        }
        const qint64 offset = rng.bounded(int(std::max<qint64>(1, window)));
        Child child(m_clock);
        QString why;
        if (!child.start(m_front.program() == Program::Terminal
                             ? QStringLiteral(MOCKLOOP_CLI)
                             : QStringLiteral(MOCKLOOP_SOAK_DESKTOP_HOST),
                         m_front.program() == Program::Terminal
                             ? QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("run")}
                             : QStringList{dataDir})) {
            fail(QStringLiteral("the program did not start"));
            return;
        }
        child.pumpUntil(child.startedAt() + offset);
        const qint64 killedAt = child.kill();
        keep(child, QStringLiteral("run on the old database, killed"));
        m_result.moment =
            QStringLiteral("+%1 ms of %2 ms").arg(killedAt - child.startedAt()).arg(window);
        // What the kill interrupted, from the program's output and the file listing only
        // (nothing opens the database before the program does): whether it had come up, and
        // whether the upgrade had begun (the copy Database::migrate takes first).
        const bool cameUp = child.transcript().contains(m_front.program() == Program::Terminal
                                                            ? QStringLiteral("Session ")
                                                            : QStringLiteral("ready"));
        const bool copyBegun = !QDir(dataDir)
                                    .entryList({QStringLiteral("*.v%1-*").arg(m_fixtures.oldVersion)},
                                               QDir::Files)
                                    .isEmpty();
        m_result.outcome = cameUp      ? QStringLiteral("after the start")
                           : copyBegun ? QStringLiteral("during the upgrade")
                                       : QStringLiteral("before the upgrade");

        bool restarted = false;
        bool refusedInTheSameSecond = false;
        {
            Child again(m_clock);
            restarted = m_front.restartOnly(again, dataDir, &why);
            keep(again, QStringLiteral("restart"));
            refusedInTheSameSecond = !restarted
                                     && again.transcript().contains(QStringLiteral("already exists"));
        }
        if (refusedInTheSameSecond) {
            // Only where the upgrade-copy fix is absent (Database::migrate writes the copy as
            // ".partial"): measured as the gap, and the trial checks nothing more, as no start
            // came up to check.
            failKnown(Gap::UpgradeCopy,
                      QStringLiteral("the restart in the same second was refused: ") + why);
            return;
        }
        if (!restarted)
            fail(QStringLiteral("restart: ") + why);
        checkFile(dataDir, {m_fixtures.oldWork});
        const QString version =
            RawFile(databasePath(dataDir)).column(QStringLiteral("PRAGMA user_version")).value(0);
        if (version != QString::number(Database::latestVersion()))
            fail(QStringLiteral("not upgraded by the restart: version %1").arg(version));
    }

    // ---- a kill while a backup is restored

    void restore(const QString &dataDir, QRandomGenerator &rng)
    {
        const auto key = std::make_pair(m_front.program(), Phase::Restore);
        if (!s_windows.count(key)) {
            QTemporaryDir calibration;
            const QString calibrationDir = calibration.filePath(QStringLiteral("data"));
            copyTree(m_fixtures.liveDataDir, calibrationDir);
            Child child(m_clock);
            QString why;
            const qint64 asked = m_front.startRestore(child, calibrationDir, m_fixtures.backupFile,
                                                      &why);
            const bool done = asked >= 0 && m_front.restoreDone(child, &why);
            s_windows[key] = done ? m_clock.monotonicMs() - asked : 2000;
        }
        // A quarter more than the window: some kills land just after the restore.
        const qint64 window = s_windows[key] * 5 / 4;
        if (!copyTree(m_fixtures.liveDataDir, dataDir)) {
            fail(QStringLiteral("cannot copy the database"));
            return;
        }
        const qint64 offset = rng.bounded(int(std::max<qint64>(1, window)));
        Child child(m_clock);
        QString why;
        const qint64 asked = m_front.startRestore(child, dataDir, m_fixtures.backupFile, &why);
        if (asked < 0) {
            keep(child, QStringLiteral("restore"));
            fail(QStringLiteral("restore: ") + why);
            return;
        }
        child.pumpUntil(asked + offset);
        const qint64 killedAt = child.kill();
        keep(child, QStringLiteral("restore, killed"));
        m_result.moment = QStringLiteral("+%1 ms of %2 ms").arg(killedAt - asked).arg(window);

        Child again(m_clock);
        const bool restarted = m_front.restartOnly(again, dataDir, &why);
        keep(again, QStringLiteral("restart"));
        if (!restarted)
            fail(QStringLiteral("restart: ") + why);
        const int which = checkFile(dataDir, {m_fixtures.liveWork, m_fixtures.backupWork});
        m_result.outcome = which == 0   ? QStringLiteral("old data")
                           : which == 1 ? QStringLiteral("restored")
                                        : QString();
        if (which == 1) {
            // The data the restore replaced is in the copy it made first.
            bool kept = false;
            QDirIterator it(dataDir, {QStringLiteral("*.sqlite")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path != databasePath(dataDir) && workIn(path) == m_fixtures.liveWork)
                    kept = true;
            }
            if (!kept)
                fail(QStringLiteral("restored, but the replaced answers are in no copy"));
        }
    }

    // integrity_check, and the answers and grades are exactly one of `expected`; its index.
    int checkFile(const QString &dataDir, const QList<QStringList> &expected)
    {
        const QString integrity = integrityOf(databasePath(dataDir));
        if (integrity != QLatin1String("ok"))
            fail(QStringLiteral("integrity_check: ") + integrity);
        const QStringList work = workIn(databasePath(dataDir));
        for (int i = 0; i < expected.size(); ++i) {
            if (work == expected[i])
                return i;
        }
        int missing = 0;
        for (const QString &w : expected.first())
            missing += work.contains(w) ? 0 : 1;
        fail(QStringLiteral("answers and grades changed: %1 stored, %2 of the %3 before are "
                            "missing")
                 .arg(work.size())
                 .arg(missing)
                 .arg(expected.first().size()));
        return -1;
    }

    Front &m_front;
    const Fixtures &m_fixtures;
    const Clock &m_clock;
    Enforce m_enforce;
    Result m_result;
    QString m_transcript;
};

// ---------------------------------------------------------------------------------------------
// Figures

template<class T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T{} : values[values.size() / 2];
}

void printTimes(const QString &what, QList<qint64> given)
{
    if (given.isEmpty())
        return;
    auto absLess = [](qint64 a, qint64 b) { return std::abs(a) < std::abs(b); };
    out() << "  clock time given back, " << what << " (" << given.size() << " kills): median "
          << median(given) << " ms, worst "
          << *std::max_element(given.cbegin(), given.cend(), absLess) << " ms\n";
}

void summarize(const QList<Result> &results, Program program)
{
    QList<int> chars;
    QList<qint64> ms;
    QList<qint64> given;
    QList<qint64> givenThinking;
    QList<qint64> interrupted;
    int trials = 0;
    int failed = 0;
    std::map<QString, int> pending;
    std::map<QString, int> outcomes;
    for (const Result &r : results) {
        if (r.program != program)
            continue;
        ++trials;
        failed += r.failures.isEmpty() ? 0 : 1;
        QSet<QString> gaps;
        for (const QString &p : r.pendingPromise)
            gaps.insert(p.section(QLatin1Char(']'), 0, 0) + QLatin1Char(']'));
        for (const QString &g : std::as_const(gaps))
            ++pending[g];
        if (r.charsLost) {
            chars.append(*r.charsLost);
            ms.append(*r.msLost);
        }
        if (r.timeGivenBackMs)
            (r.phase == Phase::Thinking ? givenThinking : given).append(*r.timeGivenBackMs);
        if (r.interruptedMs && r.downtimeMs)
            interrupted.append(*r.interruptedMs - *r.downtimeMs);
        if (!r.outcome.isEmpty())
            ++outcomes[nameOf(r.phase) + QLatin1Char(' ') + r.outcome];
    }
    if (trials == 0)
        return;
    out() << "\n"
          << nameOf(program) << ": " << trials << " trials, " << failed
          << " broke an enforced promise\n";
    for (const auto &[gap, count] : pending)
        out() << "  " << count << " broke a promise not enforced: " << gap << "\n";
    if (!chars.isEmpty()) {
        out() << "  draft lost (" << chars.size() << " kills with a draft open): characters median "
              << median(chars) << ", worst " << *std::max_element(chars.cbegin(), chars.cend())
              << "; milliseconds median " << median(ms) << ", worst "
              << *std::max_element(ms.cbegin(), ms.cend()) << "\n";
    }
    printTimes(QStringLiteral("typing, saving, transitions"), given);
    printTimes(QStringLiteral("after a pause in the typing"), givenThinking);
    if (!interrupted.isEmpty()) {
        out() << "  interrupted time recorded minus downtime: median " << median(interrupted)
              << " ms, largest " << *std::max_element(interrupted.cbegin(), interrupted.cend())
              << " ms\n";
    }
    for (const auto &[what, count] : outcomes)
        out() << "  " << what << ": " << count << "\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The kill -9 soak of MockLoop's two programs."));
    parser.addHelpOption();
    const QCommandLineOption trialsOption(QStringLiteral("trials"),
                                          QStringLiteral("Number of trials (default 25)."),
                                          QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the kill moments (default: new)."),
                                        QStringLiteral("S"));
    const QCommandLineOption programOption(QStringLiteral("program"),
                                           QStringLiteral("terminal, desktop or both (default)."),
                                           QStringLiteral("P"), QStringLiteral("both"));
    const QCommandLineOption phaseOption(QStringLiteral("phase"),
                                         QStringLiteral("Only this moment: typing, saving, "
                                                        "thinking, transition, grading, "
                                                        "migration, restore."),
                                         QStringLiteral("PHASE"));
    const QCommandLineOption promiseOption(
        QStringLiteral("terminal-draft-promise"),
        QStringLiteral("Fail on the terminal's draft loss over 500 ms and answer time off by "
                       "over 1 s (on when built with MOCKLOOP_SOAK_TERMINAL_DRAFT_PROMISE)."));
    const QCommandLineOption thinkingOption(
        QStringLiteral("thinking-time-promise"),
        QStringLiteral("Fail on clock time off by over 1 s after a kill during a pause in the "
                       "typing (on when built with MOCKLOOP_SOAK_THINKING_TIME_PROMISE)."));
    const QCommandLineOption upgradeCopyOption(
        QStringLiteral("upgrade-copy-promise"),
        QStringLiteral("Fail when a start right after a kill during the copy before an upgrade "
                       "is refused (on when built with MOCKLOOP_SOAK_UPGRADE_COPY_PROMISE)."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Print every trial's transcript."));
    parser.addOptions({trialsOption, seedOption, programOption, phaseOption, promiseOption,
                       thinkingOption, upgradeCopyOption, verboseOption});
    parser.process(app);

    const int trials = parser.value(trialsOption).toInt();
    const quint32 seed = parser.isSet(seedOption) ? parser.value(seedOption).toUInt()
                                                  : QRandomGenerator::global()->bounded(1000000u);
    Enforce enforce;
    enforce.terminalDraft = MOCKLOOP_SOAK_TERMINAL_DRAFT_PROMISE || parser.isSet(promiseOption);
    enforce.thinkingTime = MOCKLOOP_SOAK_THINKING_TIME_PROMISE || parser.isSet(thinkingOption);
    enforce.upgradeCopy = MOCKLOOP_SOAK_UPGRADE_COPY_PROMISE || parser.isSet(upgradeCopyOption);
    QList<Program> programs;
    const QString which = parser.value(programOption);
    if (which != QLatin1String("desktop"))
        programs.append(Program::Terminal);
    if (which != QLatin1String("terminal")) {
        if (QStringLiteral(MOCKLOOP_SOAK_DESKTOP_HOST).isEmpty())
            out() << "The desktop app is not built (MOCKLOOP_BUILD_DESKTOP=OFF): terminal only.\n";
        else
            programs.append(Program::Desktop);
    }
    std::optional<Phase> onlyPhase;
    if (parser.isSet(phaseOption)) {
        onlyPhase = phaseFromName(parser.value(phaseOption));
        if (!onlyPhase) {
            out() << "unknown phase " << parser.value(phaseOption) << "\n";
            return 2;
        }
    }

    out() << "kill -9 soak: " << trials << " trials, seed " << seed << " (repeat with --seed "
          << seed << "); the terminal's typing promises "
          << (enforce.terminalDraft ? "enforced" : "measured, not enforced")
          << "; the clock time after a pause in the typing "
          << (enforce.thinkingTime ? "enforced" : "measured, not enforced")
          << "; a start right after a kill during the upgrade's copy "
          << (enforce.upgradeCopy ? "enforced" : "measured, not enforced") << "\n";
    out().flush();

    const SystemClock clock;
    const qint64 began = clock.monotonicMs();
    Fixtures fixtures;
    QString error;
    if (!makeFixtures(fixtures, &error)) {
        out() << "fixtures: " << error << "\n";
        return 2;
    }
    TerminalFront terminal(clock);
    DesktopFront desktop(clock);

    // The moments: typing most, then saving and transitions, then the rest.
    const Phase weighted[] = {Phase::Typing,     Phase::Typing,     Phase::Typing,
                              Phase::Saving,     Phase::Saving,     Phase::Thinking,
                              Phase::Transition, Phase::Transition, Phase::Grading,
                              Phase::Migration,  Phase::Restore};
    QRandomGenerator rng(seed);
    QList<Result> results;
    int failedTrials = 0;
    for (int i = 0; i < trials; ++i) {
        const Program program = programs.at(i % programs.size());
        const Phase phase = onlyPhase.value_or(weighted[rng.bounded(int(std::size(weighted)))]);
        const quint32 trialSeed = rng.generate();
        Front &front = program == Program::Terminal ? static_cast<Front &>(terminal) : desktop;
        Trial trial(front, fixtures, clock, enforce);
        const Result r = trial.run(phase, trialSeed);
        results.append(r);
        out() << QStringLiteral("%1 %2 %3 %4")
                     .arg(i + 1, 4)
                     .arg(nameOf(program), -9)
                     .arg(nameOf(phase), -11)
                     .arg(r.moment, -28);
        if (r.charsLost)
            out() << QStringLiteral(" lost %1 ch / %2 ms").arg(*r.charsLost).arg(*r.msLost);
        if (r.timeGivenBackMs)
            out() << QStringLiteral(" time back %1 ms").arg(*r.timeGivenBackMs);
        if (r.interruptedMs && r.downtimeMs)
            out() << QStringLiteral(" interrupted %1 ms (down %2)").arg(*r.interruptedMs).arg(*r.downtimeMs);
        if (!r.outcome.isEmpty())
            out() << ' ' << r.outcome;
        out() << (r.failures.isEmpty() ? (r.pendingPromise.isEmpty() ? " ok" : " ok*") : " FAIL")
              << "\n";
        for (const QString &f : r.failures)
            out() << "       broken: " << f << "\n";
        for (const QString &f : r.pendingPromise)
            out() << "       not enforced: " << f << "\n";
        if (!r.failures.isEmpty() || parser.isSet(verboseOption))
            out() << r.transcript;
        out().flush();
        failedTrials += r.failures.isEmpty() ? 0 : 1;
    }
    for (Program p : programs)
        summarize(results, p);
    out() << "\n"
          << trials << " trials in " << (clock.monotonicMs() - began) / 1000 << " s, "
          << failedTrials << " broke an enforced promise\n";
    return failedTrials == 0 ? 0 : 1;
}
