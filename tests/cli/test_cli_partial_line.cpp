// The line being typed in `mockloop-cli run` is part of the draft: on disk shortly after the
// keystroke, saved by Ctrl-C, SIGINT, SIGTERM and SIGHUP, and never doubled when the line is
// finished or the session resumed. The real program runs in a child process, once with pipes
// (as scripts feed it) and once on a pseudo-terminal (raw mode, its own line editor, Ctrl-C
// as a key), and the database is read beside it.
#include "bank/QuestionBank.h"
#include "base/Clock.h"
#include "base/DataDir.h"
#include "controller/SessionController.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "OneQuestionPlan.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

using namespace mockloop;

#define VERIFY_OR_DUMP(statement, log) \
    do { \
        if (!(statement)) { \
            qWarning().noquote() << QStringLiteral("--- transcript ---\n") + (log); \
            QFAIL(#statement); \
        } \
    } while (false)

namespace {

// How long a wait for the child may take before the test fails (a draft is due within 500 ms;
// the margin is for a busy machine, never a sleep: every wait ends as soon as its condition).
constexpr int kWaitMs = 10000;

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English messages
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("MOCKLOOP_DATA_DIR"));
    return env;
}

QStringList runArgs(const QString &dataDir)
{
    return {QStringLiteral("--data-dir"), dataDir, QStringLiteral("run")};
}

// The non-empty answer fields of one attempt as they are on disk now, in their order, read
// through a separate read-only connection while the program runs (WAL: readers never block
// the writer).
QStringList answerOnDisk(const QString &dataDir, qint64 sessionId, int position)
{
    static int counter = 0;
    const QString name = QStringLiteral("partial-line-%1").arg(++counter);
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath(dataDir));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=200"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT f.value FROM answer_fields f JOIN attempts a ON a.id = f.attempt_id "
                "WHERE a.session_id = ? AND a.position = ? AND f.value <> '' "
                "ORDER BY f.position"));
            q.addBindValue(sessionId);
            q.addBindValue(position);
            if (q.exec()) {
                while (q.next())
                    values.append(q.value(0).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

// The first attempt's answer on disk, its fields joined by " | " ("" when there is none).
QString firstAnswerOnDisk(const QString &dataDir, qint64 sessionId)
{
    return answerOnDisk(dataDir, sessionId, 0).join(QStringLiteral(" | "));
}

// The session's closing notes ("your questions for the interviewer") as they are on disk now.
QString closingNotesOnDisk(const QString &dataDir, qint64 sessionId)
{
    static int counter = 0;
    const QString name = QStringLiteral("closing-notes-%1").arg(++counter);
    QString notes;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath(dataDir));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=200"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT closing_notes FROM sessions WHERE id = ?"));
            q.addBindValue(sessionId);
            if (q.exec() && q.next())
                notes = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return notes;
}

qint64 sessionIdIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?:^|\\n)Session (\\d+): "));
    return re.match(text).captured(1).toLongLong();
}

// The program with piped stdin and stdout (not a terminal: prompts are plain lines, and the
// line being typed is whatever came after the last newline).
class PipeCli
{
public:
    explicit PipeCli(const QString &dataDir)
    {
        m_process.setProcessEnvironment(childEnvironment());
        m_process.start(QStringLiteral(MOCKLOOP_CLI), runArgs(dataDir));
    }
    ~PipeCli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool started() { return m_process.waitForStarted(kWaitMs); }
    qint64 pid() const { return m_process.processId(); }
    void type(const QString &text) { m_process.write(text.toUtf8()); }

    // Reads output until it holds `text` after what earlier waits consumed.
    bool waitFor(const QString &text)
    {
        for (int i = 0; i < kWaitMs / 50; ++i) {
            m_out += QString::fromUtf8(m_process.readAllStandardOutput());
            const qsizetype at = m_out.indexOf(text, m_from);
            if (at >= 0) {
                m_from = at + text.size();
                return true;
            }
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(50);
        }
        return false;
    }
    // Waits for the program to end; its exit code, or -1 for a crash or a hang.
    int exitCode()
    {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(kWaitMs))
            return -1;
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    int finish()
    {
        m_process.closeWriteChannel();
        return exitCode();
    }
    void kill()
    {
        m_process.kill(); // SIGKILL
        m_process.waitForFinished();
    }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QString output() const { return m_out; }
    QString log() const { return m_out + QStringLiteral("\n--- stderr ---\n") + m_err; }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
    qsizetype m_from = 0;
};

// The program on a pseudo-terminal, as a person runs it: stdin, stdout and stderr are the
// terminal, which is its controlling terminal (closing it hangs the program up). It edits the
// line itself in raw mode, so what is typed is echoed on its live line and Ctrl-C is a key.
class PtyCli
{
public:
    explicit PtyCli(const QString &dataDir)
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return;
        char name[128] = {};
        if (::ptsname_r(m_master, name, sizeof name) != 0)
            return;
        winsize ws = {};
        ws.ws_row = 50;
        ws.ws_col = 200; // wide: the live line shows all that the tests type
        ::ioctl(m_master, TIOCSWINSZ, &ws);
        const QByteArray slave(name);
        m_process.setProcessEnvironment(childEnvironment());
        // In the child, after QProcess has set up its pipes and before exec: a new session
        // whose controlling terminal is the pty, on fds 0, 1 and 2.
        m_process.setChildProcessModifier([slave] {
            ::setsid();
            const int fd = ::open(slave.constData(), O_RDWR);
            if (fd < 0)
                ::_exit(127);
            ::ioctl(fd, TIOCSCTTY, 0);
            ::dup2(fd, STDIN_FILENO);
            ::dup2(fd, STDOUT_FILENO);
            ::dup2(fd, STDERR_FILENO);
            if (fd > STDERR_FILENO)
                ::close(fd);
        });
        m_process.start(QStringLiteral(MOCKLOOP_CLI), runArgs(dataDir));
    }
    ~PtyCli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
        closeTerminal();
    }
    bool started() { return m_master >= 0 && m_process.waitForStarted(kWaitMs); }
    qint64 pid() const { return m_process.processId(); }
    void type(const QByteArray &keys)
    {
        [[maybe_unused]] auto n = ::write(m_master, keys.constData(), keys.size());
    }

    // Reads the terminal until its output holds `text` after what earlier waits consumed.
    bool waitFor(const QByteArray &text)
    {
        for (int i = 0; i < kWaitMs / 20; ++i) {
            const qsizetype at = m_out.indexOf(text, m_from);
            if (at >= 0) {
                m_from = at + text.size();
                return true;
            }
            if (!readSome(20))
                return false;
        }
        return false;
    }
    // Waits for the program to end (reading what it still writes); its exit code, or -1.
    int exitCode()
    {
        for (int i = 0; i < kWaitMs / 20 && m_process.state() != QProcess::NotRunning; ++i) {
            readSome(0);
            m_process.waitForFinished(20);
        }
        if (m_process.state() != QProcess::NotRunning)
            return -1;
        while (readSome(0)) {
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    void kill()
    {
        m_process.kill(); // SIGKILL
        m_process.waitForFinished();
    }
    void signal(int sig) { ::kill(pid_t(m_process.processId()), sig); }
    // The terminal window closes: the kernel hangs up the program's session.
    void closeTerminal()
    {
        if (m_master >= 0)
            ::close(m_master);
        m_master = -1;
    }
    // Whether the terminal is back in its ordinary (canonical, echoing) mode.
    bool terminalRestored() const
    {
        termios t = {};
        return m_master >= 0 && ::tcgetattr(m_master, &t) == 0 && (t.c_lflag & ICANON)
               && (t.c_lflag & ECHO);
    }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QByteArray output() const { return m_out; }
    QString log() const { return QString::fromUtf8(m_out); }

private:
    // Reads what is there within timeoutMs; false when the terminal has nothing more to give.
    bool readSome(int timeoutMs)
    {
        if (m_master < 0)
            return false;
        pollfd p = {m_master, POLLIN, 0};
        const int ready = ::poll(&p, 1, timeoutMs);
        if (ready == 0)
            return m_process.state() != QProcess::NotRunning;
        char buffer[4096];
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            return false; // EIO: the program has closed its side
        m_out.append(buffer, n);
        return true;
    }

    QProcess m_process;
    int m_master = -1;
    QByteArray m_out;
    qsizetype m_from = 0;
};

// From the start of a fresh session (piped) to the first answer field; the session's id.
qint64 pipeToFirstAnswer(PipeCli &cli)
{
    if (!cli.waitFor(QStringLiteral("Press Enter to begin the round.")))
        return 0;
    cli.type(QStringLiteral("\n"));
    if (!cli.waitFor(QStringLiteral("Press Enter to start answering.")))
        return 0;
    cli.type(QStringLiteral("\n"));
    if (!cli.waitFor(QStringLiteral("Type your answer line by line.")))
        return 0;
    return sessionIdIn(cli.output());
}

// The same on a terminal, where prompts are the live line's.
qint64 ptyToFirstAnswer(PtyCli &cli)
{
    if (!cli.waitFor("Press Enter to begin the round."))
        return 0;
    cli.type("\r");
    if (!cli.waitFor("Enter: start answering >"))
        return 0;
    cli.type("\r");
    if (!cli.waitFor("Type your answer line by line."))
        return 0;
    // The answer field's live prompt ("Answer > ") is drawn after the field is announced.
    if (!cli.waitFor(" > "))
        return 0;
    return sessionIdIn(QString::fromUtf8(cli.output()).remove(QLatin1Char('\r')));
}

// Whether the live line shows `typed` as what is being typed (the redraw ends it with the
// "erase to the end of the line" sequence).
QByteArray echoed(const QByteArray &typed)
{
    return typed + "\x1b[K";
}

} // namespace

class TestCliPartialLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sigkill_partialLineFromAPipe_isOnDisk_andEnterOrResumeDoublesNothing();
    void sigkill_partialLineOnATerminal_isOnDiskAsEdited();
    void ctrlC_onATerminal_savesThePartialLine_andSaysSaved();
    void signal_onATerminal_savesThePartialLine_andSaysSaved_data();
    void signal_onATerminal_savesThePartialLine_andSaysSaved();
    void signal_inAPipe_keepsThePartialLine_andSaysSaved_data();
    void signal_inAPipe_keepsThePartialLine_andSaysSaved();
    void terminalClosed_whileTyping_savesThePartialLine();
    void partialCommand_isNotAnswerText();
    void hardDeadline_whileTyping_locksTheLineInTheAnswer();
    void sigkill_partialClosingNote_isOnDisk();
    void secondTerminal_isRefusedTheSessionNamingTheFirst_whoTypesOn();
};

void TestCliPartialLine::sigkill_partialLineFromAPipe_isOnDisk_andEnterOrResumeDoublesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qint64 id = 0;
    {
        PipeCli cli(dir.path());
        QVERIFY(cli.started());
        id = pipeToFirstAnswer(cli);
        VERIFY_OR_DUMP(id > 0, cli.log());
        cli.type(QStringLiteral("first line\nhalf a sent"));
        // No Enter yet: the half line is on disk all the same.
        QTRY_COMPARE_WITH_TIMEOUT(firstAnswerOnDisk(dir.path(), id),
                                  QStringLiteral("first line\nhalf a sent"), kWaitMs);
        // Finished with Enter, it is one line, not two; the next half line follows it.
        cli.type(QStringLiteral("ence\nand mo"));
        QTRY_COMPARE_WITH_TIMEOUT(firstAnswerOnDisk(dir.path(), id),
                                  QStringLiteral("first line\nhalf a sentence\nand mo"), kWaitMs);
        cli.kill(); // SIGKILL: nothing runs in the program any more
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    }
    QCOMPARE(firstAnswerOnDisk(dir.path(), id),
             QStringLiteral("first line\nhalf a sentence\nand mo"));

    // Resumed, the answer so far is shown, and what is typed next follows it once.
    PipeCli cli(dir.path());
    QVERIFY(cli.started());
    VERIFY_OR_DUMP(cli.waitFor(QStringLiteral("Resume session %1 ").arg(id)), cli.log());
    cli.type(QStringLiteral("y\n"));
    VERIFY_OR_DUMP(cli.waitFor(QStringLiteral("Your answer so far:")), cli.log());
    VERIFY_OR_DUMP(cli.waitFor(QStringLiteral("and mo")), cli.log());
    VERIFY_OR_DUMP(cli.waitFor(QStringLiteral("Paused. Press Enter")), cli.log());
    cli.type(QStringLiteral("\n"));
    VERIFY_OR_DUMP(cli.waitFor(QStringLiteral("Resumed.")), cli.log());
    cli.type(QStringLiteral("re after the crash\nthe end"));
    QCOMPARE(cli.finish(), 0); // end of input: the last line counts, once
    VERIFY_OR_DUMP(cli.output().contains(QStringLiteral("Session %1 saved;").arg(id)), cli.log());
    QCOMPARE(firstAnswerOnDisk(dir.path(), id),
             QStringLiteral("first line\nhalf a sentence\nand mo\nre after the crash\nthe end"));
}

void TestCliPartialLine::sigkill_partialLineOnATerminal_isOnDiskAsEdited()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PtyCli cli(dir.path());
    QVERIFY(cli.started());
    const qint64 id = ptyToFirstAnswer(cli);
    VERIFY_OR_DUMP(id > 0, cli.log());
    cli.type("a whole line\r");
    QTRY_COMPARE_WITH_TIMEOUT(firstAnswerOnDisk(dir.path(), id), QStringLiteral("a whole line"),
                              kWaitMs);
    // Backspace takes a character back, in the draft too.
    cli.type("half a sentx\x7f");
    VERIFY_OR_DUMP(cli.waitFor(echoed("half a sent")), cli.log());
    QTRY_COMPARE_WITH_TIMEOUT(firstAnswerOnDisk(dir.path(), id),
                              QStringLiteral("a whole line\nhalf a sent"), kWaitMs);
    // Ctrl-U empties the line, Ctrl-W takes the last word: the draft is what the line shows.
    cli.type("\x15kept words not this");
    cli.type("\x17");
    VERIFY_OR_DUMP(cli.waitFor(echoed("kept words not ")), cli.log());
    QTRY_COMPARE_WITH_TIMEOUT(firstAnswerOnDisk(dir.path(), id),
                              QStringLiteral("a whole line\nkept words not "), kWaitMs);
    cli.kill();
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    QCOMPARE(firstAnswerOnDisk(dir.path(), id), QStringLiteral("a whole line\nkept words not "));
}

void TestCliPartialLine::ctrlC_onATerminal_savesThePartialLine_andSaysSaved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qint64 id = 0;
    {
        PtyCli cli(dir.path());
        QVERIFY(cli.started());
        id = ptyToFirstAnswer(cli);
        VERIFY_OR_DUMP(id > 0, cli.log());
        // Ctrl-C right behind the typing, in one read: no autosave ran in between, the
        // interrupt's own save writes the line.
        cli.type("typed, then Ctrl-C\x03");
        VERIFY_OR_DUMP(cli.waitFor("^C"), cli.log());
        VERIFY_OR_DUMP(
            cli.waitFor(
                QStringLiteral("Session %1 saved; resume it with `mockloop-cli run`.").arg(id).toUtf8()),
            cli.log());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.terminalRestored());
        QCOMPARE(firstAnswerOnDisk(dir.path(), id), QStringLiteral("typed, then Ctrl-C"));
    }

    // Resumed on a terminal, the answer so far is shown and the next line follows it once.
    PtyCli cli(dir.path());
    QVERIFY(cli.started());
    VERIFY_OR_DUMP(cli.waitFor(QStringLiteral("Resume session %1 ").arg(id).toUtf8()), cli.log());
    cli.type("y\r");
    VERIFY_OR_DUMP(cli.waitFor("typed, then Ctrl-C"), cli.log());
    VERIFY_OR_DUMP(cli.waitFor("Enter: resume >"), cli.log());
    cli.type("\r");
    VERIFY_OR_DUMP(cli.waitFor("Resumed."), cli.log());
    cli.type("and after the resume");
    VERIFY_OR_DUMP(cli.waitFor(echoed("and after the resume")), cli.log());
    cli.type("\x03");
    VERIFY_OR_DUMP(cli.waitFor(QStringLiteral("Session %1 saved;").arg(id).toUtf8()), cli.log());
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(firstAnswerOnDisk(dir.path(), id),
             QStringLiteral("typed, then Ctrl-C\nand after the resume"));
}

void TestCliPartialLine::signal_onATerminal_savesThePartialLine_andSaysSaved_data()
{
    QTest::addColumn<int>("sig");
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGHUP") << SIGHUP;
}

void TestCliPartialLine::signal_onATerminal_savesThePartialLine_andSaysSaved()
{
    QFETCH(int, sig);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PtyCli cli(dir.path());
    QVERIFY(cli.started());
    const qint64 id = ptyToFirstAnswer(cli);
    VERIFY_OR_DUMP(id > 0, cli.log());
    cli.type("line one\r");
    cli.type("and half of line two");
    // Once the live line shows it, the program has read it; signal at once.
    VERIFY_OR_DUMP(cli.waitFor(echoed("and half of line two")), cli.log());
    cli.signal(sig);
    VERIFY_OR_DUMP(
        cli.waitFor(
            QStringLiteral("Session %1 saved; resume it with `mockloop-cli run`.").arg(id).toUtf8()),
        cli.log());
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.terminalRestored());
    QCOMPARE(firstAnswerOnDisk(dir.path(), id), QStringLiteral("line one\nand half of line two"));
}

void TestCliPartialLine::signal_inAPipe_keepsThePartialLine_andSaysSaved_data()
{
    signal_onATerminal_savesThePartialLine_andSaysSaved_data();
}

void TestCliPartialLine::signal_inAPipe_keepsThePartialLine_andSaysSaved()
{
    QFETCH(int, sig);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PipeCli cli(dir.path());
    QVERIFY(cli.started());
    const qint64 id = pipeToFirstAnswer(cli);
    VERIFY_OR_DUMP(id > 0, cli.log());
    cli.type(QStringLiteral("line one\nand half of line two"));
    // A pipe echoes nothing: the draft on disk shows the program has read the half line.
    QTRY_COMPARE_WITH_TIMEOUT(firstAnswerOnDisk(dir.path(), id),
                              QStringLiteral("line one\nand half of line two"), kWaitMs);
    ::kill(pid_t(cli.pid()), sig);
    VERIFY_OR_DUMP(cli.waitFor(
                       QStringLiteral("Session %1 saved; resume it with `mockloop-cli run`.").arg(id)),
                   cli.log());
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(firstAnswerOnDisk(dir.path(), id), QStringLiteral("line one\nand half of line two"));
}

void TestCliPartialLine::terminalClosed_whileTyping_savesThePartialLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PtyCli cli(dir.path());
    QVERIFY(cli.started());
    const qint64 id = ptyToFirstAnswer(cli);
    VERIFY_OR_DUMP(id > 0, cli.log());
    cli.type("typed as the window closed");
    VERIFY_OR_DUMP(cli.waitFor(echoed("typed as the window closed")), cli.log());
    cli.closeTerminal(); // the kernel sends SIGHUP; nothing can be shown any more
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(firstAnswerOnDisk(dir.path(), id), QStringLiteral("typed as the window closed"));
}

void TestCliPartialLine::partialCommand_isNotAnswerText()
{
    // ":sub" on its way to ":submit", or the "." that ends a part, is no answer text: once the
    // half line in the draft gives way to it, a stop while it is typed leaves the answer as
    // entered.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PtyCli cli(dir.path());
    QVERIFY(cli.started());
    const qint64 id = ptyToFirstAnswer(cli);
    VERIFY_OR_DUMP(id > 0, cli.log());
    cli.type("the answer\rhalf a line");
    QTRY_COMPARE_WITH_TIMEOUT(firstAnswerOnDisk(dir.path(), id),
                              QStringLiteral("the answer\nhalf a line"), kWaitMs);
    cli.type("\x15:sub");
    VERIFY_OR_DUMP(cli.waitFor(echoed(":sub")), cli.log());
    cli.signal(SIGTERM);
    VERIFY_OR_DUMP(cli.waitFor(QStringLiteral("Session %1 saved;").arg(id).toUtf8()), cli.log());
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(firstAnswerOnDisk(dir.path(), id), QStringLiteral("the answer"));
}

void TestCliPartialLine::hardDeadline_whileTyping_locksTheLineInTheAnswer()
{
    // A session of one question with a 4 s hard answer limit, left in Answering by this
    // process (as if another run had been killed): the program resumes it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qint64 id = 0;
    {
        Database db;
        QString error;
        QVERIFY2(db.open(databasePath(dir.path()), &error), qPrintable(error));
        QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
        LoopPlan plan = test::oneQuestionPlan(QStringLiteral("tech.sql-injection"));
        plan.answerSeconds = 4;
        plan.expiry = ExpiryPolicy::Hard;
        const SystemClock clock;
        auto c = SessionController::start(db, plan, &clock, &error);
        QVERIFY2(c, qPrintable(error));
        id = c->sessionId();
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        if (c->state() == State::Prep) // (no prep time: straight to answering)
            QVERIFY(c->handle(Event::BeginAnswer));
        QCOMPARE(c->state(), State::Answering);
    }
    PtyCli cli(dir.path());
    QVERIFY(cli.started());
    VERIFY_OR_DUMP(cli.waitFor(QStringLiteral("Resume session %1 ").arg(id).toUtf8()), cli.log());
    cli.type("y\r");
    VERIFY_OR_DUMP(cli.waitFor("Enter: resume >"), cli.log());
    cli.type("\r");
    VERIFY_OR_DUMP(cli.waitFor("Resumed."), cli.log());
    cli.type("typed up to the deadline");
    VERIFY_OR_DUMP(cli.waitFor(echoed("typed up to the deadline")), cli.log());
    // Typed before the deadline, the line is part of the answer that the deadline locks, as
    // text in the desktop editor would be; the program says so.
    VERIFY_OR_DUMP(cli.waitFor("Time is up: the answer was locked and submitted at the deadline."),
                   cli.log());
    VERIFY_OR_DUMP(cli.waitFor("The line you were typing is part of the locked answer: typed up "
                               "to the deadline"),
                   cli.log());
    VERIFY_OR_DUMP(cli.waitFor("Score 1-5:"), cli.log());
    cli.type("\x03");
    VERIFY_OR_DUMP(cli.waitFor(QStringLiteral("Session %1 saved;").arg(id).toUtf8()), cli.log());
    QCOMPARE(cli.exitCode(), 0);

    Database db;
    QString error;
    QVERIFY2(db.open(databasePath(dir.path()), &error), qPrintable(error));
    const auto s = SessionStore(db).load(id, &error);
    QVERIFY2(s, qPrintable(error));
    const AttemptRecord &a = s->attempts.first();
    QVERIFY(a.times.lockedByExpiry);
    QCOMPARE(a.times.status, AttemptStatus::Submitted);
    QCOMPARE(a.times.answerUsedMs, 4000);
    QCOMPARE(firstAnswerOnDisk(dir.path(), id), QStringLiteral("typed up to the deadline"));
}

void TestCliPartialLine::sigkill_partialClosingNote_isOnDisk()
{
    // A session of one question, answered and graded by this process, left at "your questions
    // for the interviewer": the notes typed there are a draft too.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qint64 id = 0;
    {
        Database db;
        QString error;
        QVERIFY2(db.open(databasePath(dir.path()), &error), qPrintable(error));
        QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
        LoopPlan plan = test::oneQuestionPlan(QStringLiteral("tech.sql-injection"));
        plan.closingSegment = true;
        const SystemClock clock;
        auto c = SessionController::start(db, plan, &clock, &error);
        QVERIFY2(c, qPrintable(error));
        id = c->sessionId();
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        if (c->state() == State::Prep)
            QVERIFY(c->handle(Event::BeginAnswer));
        QVERIFY(c->handle(Event::Submit));
        QVERIFY(c->submitGrade(3, QString()));
        for (int i = 0; i < 3 && c->state() != State::Closing; ++i)
            QVERIFY(c->handle(Event::Continue));
        QCOMPARE(c->state(), State::Closing);
    }
    PtyCli cli(dir.path());
    QVERIFY(cli.started());
    VERIFY_OR_DUMP(cli.waitFor(QStringLiteral("Resume session %1 ").arg(id).toUtf8()), cli.log());
    cli.type("y\r");
    VERIFY_OR_DUMP(cli.waitFor("Notes > "), cli.log());
    cli.type("What does on-call look like?\rHow are incidents rev");
    QTRY_COMPARE_WITH_TIMEOUT(closingNotesOnDisk(dir.path(), id),
                              QStringLiteral("What does on-call look like?\nHow are incidents rev"),
                              kWaitMs);
    cli.kill();
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    QCOMPARE(closingNotesOnDisk(dir.path(), id),
             QStringLiteral("What does on-call look like?\nHow are incidents rev"));
}

// Two terminal programs on one data dir (issue 16, "Two programs, one data dir"): the second is
// offered the first one's unfinished session, is refused with a message naming the program that
// owns it and its process, and may start a session of its own; the first types on unharmed.
void TestCliPartialLine::secondTerminal_isRefusedTheSessionNamingTheFirst_whoTypesOn()
{
    QTemporaryDir dir;
    PipeCli first(dir.path());
    QVERIFY(first.started());
    const qint64 id = pipeToFirstAnswer(first);
    VERIFY_OR_DUMP(id > 0, first.log());
    first.type(QStringLiteral("typed by the first\n"));
    QTRY_COMPARE_WITH_TIMEOUT(firstAnswerOnDisk(dir.path(), id), QStringLiteral("typed by the first"),
                              kWaitMs);

    PipeCli second(dir.path());
    QVERIFY(second.started());
    VERIFY_OR_DUMP(second.waitFor(QStringLiteral("Resume session %1 ").arg(id)), second.log());
    second.type(QStringLiteral("y\n"));
    const QString refusal = QStringLiteral("Session %1 is open in another MockLoop program: the "
                                           "terminal program mockloop-cli (process %2).")
                                .arg(id)
                                .arg(first.pid());
    VERIFY_OR_DUMP(second.waitFor(refusal), second.log());
    VERIFY_OR_DUMP(second.waitFor(QStringLiteral("Start a new session instead?")), second.log());
    second.type(QStringLiteral("n\n"));
    second.finish();

    first.type(QStringLiteral("and more\n"));
    QTRY_COMPARE_WITH_TIMEOUT(firstAnswerOnDisk(dir.path(), id),
                              QStringLiteral("typed by the first\nand more"), kWaitMs);
    QCOMPARE(first.finish(), 0);
}

QTEST_GUILESS_MAIN(TestCliPartialLine)
#include "test_cli_partial_line.moc"
