// `mockloop-cli run` as a person uses it: the real program, its prompts read from its output,
// answers typed on its stdin, then the database checked with core.
#include "bank/QuestionBank.h"
#include "base/DataDir.h"
#include "base/Translation.h"
#include "coach/AnswerTemplate.h"
#include "coach/FollowUpChoice.h"
#include "controller/SessionController.h"
#include "practice/Scheduler.h"
#include "report/ReportText.h"
#include "session/Plan.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "FakeClock.h"
#include "GradedSession.h"
#include "OneQuestionPlan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace mockloop;

// QtTest cuts long failure messages: on failure print the program's whole transcript.
#define VERIFY_OR_DUMP(statement, log) \
    do { \
        if (!(statement)) { \
            qWarning().noquote() << QStringLiteral("--- transcript ---\n") + (log); \
            QFAIL(#statement); \
        } \
    } while (false)

namespace {

// The field a prompt line opens ("Situation:" -> "situation"), or empty: the title of any
// section of any answer form. A field taken up again after a pause says "(continuing; ...)"
// after the colon and is not a new field.
QString fieldFor(const QString &line)
{
    for (AnswerForm form :
         {AnswerForm::Plain, AnswerForm::Star, AnswerForm::SystemDesign, AnswerForm::Project}) {
        for (const AnswerSection &section : answerSections(form)) {
            if (line == section.title + QLatin1Char(':'))
                return section.name;
        }
    }
    return {};
}

// One run of the program with piped stdin/stdout (not a terminal: prompts are plain lines).
class Cli
{
public:
    explicit Cli(const QString &dataDir, const QStringList &args = {QStringLiteral("run")})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English messages
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.remove(QStringLiteral("MOCKLOOP_DATA_DIR"));
        m_process.setProcessEnvironment(env);
        m_process.setProgram(QStringLiteral(MOCKLOOP_CLI));
        m_process.setArguments(QStringList{QStringLiteral("--data-dir"), dataDir} + args);
        m_process.start();
    }
    ~Cli()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    bool started() { return m_process.waitForStarted(10000); }
    void type(const QString &text) { m_process.write(text.toUtf8()); }
    void typeLine(const QString &line) { type(line + QLatin1Char('\n')); }

    // The next line of output; a null string when the program ended or nothing came in time.
    QString line(int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning
               && t.elapsed() < timeoutMs)
            m_process.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - t.elapsed())));
        QByteArray bytes;
        if (m_process.canReadLine())
            bytes = m_process.readLine();
        else if (m_process.state() == QProcess::NotRunning)
            bytes = m_process.readAllStandardOutput();
        if (bytes.isEmpty())
            return {};
        QString l = QString::fromUtf8(bytes);
        if (l.endsWith(QLatin1Char('\n')))
            l.chop(1);
        m_transcript += l + QLatin1Char('\n');
        return l;
    }

    // Reads up to and including the first line that starts with prefix.
    QString waitFor(const QString &prefix, int timeoutMs = 10000)
    {
        for (QString l = line(timeoutMs); !l.isNull(); l = line(timeoutMs)) {
            if (l.startsWith(prefix))
                return l;
        }
        return {};
    }

    // Closes stdin and waits; the exit code, or -1 for a crash or a hang.
    int finish(int timeoutMs = 15000)
    {
        m_process.closeWriteChannel();
        // (waitForFinished is false for a program that has already ended)
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs))
            return -1;
        while (!line(0).isNull()) {
        }
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QString transcript() const { return m_transcript; }
    QString log() const { return m_transcript + QStringLiteral("\n--- stderr ---\n") + m_err; }

private:
    QProcess m_process;
    QString m_transcript;
    QString m_err;
};

QString dbPath(const QTemporaryDir &dir)
{
    return databasePath(dir.path());
}

qint64 sessionIdFrom(const QString &line)
{
    // "Session 3: Quick warm-up ..."
    static const QRegularExpression re(QStringLiteral("^Session (\\d+):"));
    return re.match(line).captured(1).toLongLong();
}

// One answer field as it is on disk now, read through a separate read-only connection while
// the program runs (WAL: readers never block the writer).
QString fieldOnDisk(const QString &path, qint64 sessionId, int position, const QString &field)
{
    static int counter = 0;
    const QString name = QStringLiteral("poll-%1").arg(++counter);
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=200"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT f.value FROM answer_fields f JOIN attempts a ON a.id = f.attempt_id "
                "WHERE a.session_id = ? AND a.position = ? AND f.name = ?"));
            q.addBindValue(sessionId);
            q.addBindValue(position);
            q.addBindValue(field);
            if (q.exec() && q.next())
                value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

std::optional<SessionRecord> loadSession(const QTemporaryDir &dir, qint64 id, QString *error)
{
    Database db;
    if (!db.open(dbPath(dir), error))
        return std::nullopt;
    return SessionStore(db).load(id, error);
}

QString fieldValue(const QList<AnswerField> &fields, const QString &name)
{
    for (const AnswerField &f : fields) {
        if (f.name == name)
            return f.value;
    }
    return {};
}

// Drives the program from "Press Enter to begin the round." of the first round to the
// answer field of the first question; returns the field's name.
QString driveToFirstAnswer(Cli &cli, qint64 *sessionId)
{
    const QString session = cli.waitFor(QStringLiteral("Session "));
    if (sessionId)
        *sessionId = sessionIdFrom(session);
    if (cli.waitFor(QStringLiteral("Press Enter to begin the round.")).isNull())
        return {};
    cli.typeLine(QString());
    if (cli.waitFor(QStringLiteral("Press Enter to start answering.")).isNull())
        return {};
    cli.typeLine(QString());
    for (QString l = cli.line(); !l.isNull(); l = cli.line()) {
        if (const QString f = fieldFor(l); !f.isEmpty())
            return f;
    }
    return {};
}

// Whether the program's report is core's (ReportText) for the stored session: every line of
// it, in order, after "Report: session". The times when it started and ended are left out
// (this process may format dates in another locale than the program's).
bool showsCoreReport(const QString &transcript, const SessionRecord &session)
{
    const qsizetype reportAt = transcript.indexOf(
        QStringLiteral("Report: session %1,").arg(session.id));
    if (reportAt < 0)
        return false;
    qsizetype at = reportAt;
    int lines = 0;
    for (const QString &line :
         reportText(buildReport(session)).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QStringLiteral("  Started: "))
            || line.startsWith(QStringLiteral("  Ended: ")))
            continue;
        at = transcript.indexOf(line + QLatin1Char('\n'), at);
        if (at < 0) {
            qWarning().noquote() << "not in the program's report:" << line;
            return false;
        }
        ++lines;
    }
    return lines > 3;
}

} // namespace

// The terminal's question after a grade when the plan allows a retake.
const QString kRetakePrompt = QStringLiteral("Answer this question again now?");

class TestCliRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QLocale::c()); // the program's numbers under LC_ALL=C.UTF-8
    }
    void wholeQuickLoop_savesEveryFieldGradeAndFinishes();
    void sigkillMidAnswer_resumesPausedWithDraftAndInterruptedTime();
    void sessionOwnedByAnotherProgram_isRefusedAndNotTaken();
    void endOfInputMidAnswer_savesExitsZeroAndResumes();
    void fullLoop_skipsGradesAtRoundEndAndSavesClosingNotes();
    void unknownPreset_isAUsageErrorListingPresets();
    void systemDesign_asksEverySectionWithItsPrompt_storedInOrder();
    void retake_afterGrading_asksTheQuestionAgainAndShowsTheChange();
    void strictMode_gradingHidesKeyPointsAndRetake_reportShowsThem();
    void due_listsWhatIsDue_andRunDuePractisesIt();
    void grading_wrongClaim_coachQuotesItWithTheCorrection();
    void followUp_askedAfterTheAnswer_answeredGradedAndInTheReport();
};

void TestCliRun::wholeQuickLoop_savesEveryFieldGradeAndFinishes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Cli cli(dir.path(), {QStringLiteral("run"), QStringLiteral("--preset"), QStringLiteral("quick")});
    QVERIFY(cli.started());

    // What was typed, per attempt in the order asked (= attempt position).
    QList<QList<AnswerField>> typed;
    QStringList scoreInputs = {QStringLiteral("7"), QStringLiteral("abc")}; // re-asked
    QList<int> scores;
    QStringList notes;
    int question = 0;
    int grade = 0;
    bool triedRefusal = false;
    bool triedPause = false;
    QString closingNotes;
    qint64 sessionId = 0;

    for (QString l = cli.line(); !l.isNull(); l = cli.line()) {
        if (l.startsWith(QStringLiteral("Session ")) && sessionId == 0)
            sessionId = sessionIdFrom(l);
        if (l == QStringLiteral("Press Enter to begin the round.")) {
            if (!triedRefusal) {
                // Refusals come from the engine and are printed, never swallowed.
                triedRefusal = true;
                cli.typeLine(QStringLiteral(":pause"));
            }
            cli.typeLine(QString());
        } else if (l == QStringLiteral("Press Enter to start answering.")) {
            typed.append(QList<AnswerField>());
            ++question;
            cli.typeLine(QString());
        } else if (const QString field = fieldFor(l); !field.isEmpty() && !typed.isEmpty()) {
            QStringList lines = {QStringLiteral("Q%1 %2 first line").arg(question).arg(field),
                                 QStringLiteral("  second line: Ünïcode ✓ (%1)").arg(field)};
            if (!triedPause) {
                // Pause mid-answer; a line typed while paused is refused, not kept.
                triedPause = true;
                cli.typeLine(lines[0]);
                cli.typeLine(QStringLiteral(":pause"));
                cli.typeLine(QStringLiteral("typed while paused"));
                cli.typeLine(QStringLiteral(":resume"));
                cli.typeLine(lines[1]);
            } else {
                for (const QString &x : lines)
                    cli.typeLine(x);
            }
            typed.last().append({field, lines.join(QLatin1Char('\n'))});
            cli.typeLine(QStringLiteral("."));
        } else if (l == QStringLiteral("Score 1-5:")) {
            if (!scoreInputs.isEmpty()) {
                cli.typeLine(scoreInputs.takeFirst());
            } else {
                const int score = 1 + (grade % 5);
                scores.append(score);
                cli.typeLine(QString::number(score));
            }
        } else if (l.startsWith(kRetakePrompt)) {
            cli.typeLine(QString());
        } else if (l == QStringLiteral("Note (one line, Enter for none):")) {
            const QString note = grade % 2 == 0
                                     ? QStringLiteral("note %1: missed the trade-offs").arg(grade)
                                     : QString();
            notes.append(note);
            ++grade;
            cli.typeLine(note);
        } else if (l == QStringLiteral("Press Enter to continue.")) {
            cli.typeLine(QString());
        } else if (l.startsWith(QStringLiteral("Write the questions you would ask"))) {
            closingNotes = QStringLiteral("What does on-call look like?\nHow are incidents reviewed?");
            for (const QString &x : closingNotes.split(QLatin1Char('\n')))
                cli.typeLine(x);
            cli.typeLine(QStringLiteral("."));
        }
    }
    const int exitCode = cli.finish();
    VERIFY_OR_DUMP(exitCode == 0, cli.log());
    const QString out = cli.transcript();
    VERIFY_OR_DUMP(out.contains(
                       QStringLiteral("\"Pause\" is not possible in the round introduction state.")),
                   cli.log());
    VERIFY_OR_DUMP(out.contains(QStringLiteral("Paused: that line was not added")), cli.log());
    VERIFY_OR_DUMP(out.contains(QStringLiteral("A score is a whole number from 1 to 5.")), cli.log());
    VERIFY_OR_DUMP(out.contains(QStringLiteral("Model outline:")), cli.log());
    VERIFY_OR_DUMP(out.contains(QStringLiteral("Report: session")), cli.log());
    VERIFY_OR_DUMP(out.contains(QStringLiteral("is finished.")), cli.log());
    QVERIFY(sessionId > 0);

    const LoopPlan quick = *builtinPreset(QStringLiteral("quick"));
    QString error;
    const auto s = loadSession(dir, sessionId, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->status, QStringLiteral("finished"));
    QCOMPARE(s->attempts.size(), quick.totalQuestionCount());
    QCOMPARE(typed.size(), s->attempts.size());
    QCOMPARE(scores.size(), s->attempts.size());
    for (int i = 0; i < s->attempts.size(); ++i) {
        const AttemptRecord &a = s->attempts[i];
        QCOMPARE(a.times.status, AttemptStatus::Submitted);
        // Every section of the question's form was asked, in order.
        QCOMPARE(typed[i].size(), answerSections(answerFormFor(a.question)).size());
        QCOMPARE(a.answer.size(), typed[i].size());
        for (int f = 0; f < typed[i].size(); ++f) {
            QCOMPARE(a.answer[f].name, typed[i][f].name); // in order
            QCOMPARE(a.answer[f].value, typed[i][f].value);
        }
        QCOMPARE(a.score, std::optional<int>(scores[i]));
        QCOMPARE(a.gradeNote, notes[i]);
    }
    QCOMPARE(s->closingNotes, closingNotes);
    // The report at the end is core's: each question once, the figures every view shows.
    VERIFY_OR_DUMP(showsCoreReport(out, *s), cli.log());

    // And what a person takes away: the export holds every typed field and grade.
    QProcess exporter;
    exporter.start(QStringLiteral(MOCKLOOP_CLI),
                   {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("export"),
                    QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(exporter.waitForFinished(30000));
    QCOMPARE(exporter.exitCode(), 0);
    const QJsonArray sessions = QJsonDocument::fromJson(exporter.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("sessions"))
                                    .toArray();
    QCOMPARE(sessions.size(), 1);
    QJsonArray exported;
    for (const QJsonValue &round :
         sessions.first().toObject().value(QStringLiteral("rounds")).toArray())
        for (const QJsonValue &attempt : round.toObject().value(QStringLiteral("attempts")).toArray())
            exported.append(attempt);
    QCOMPARE(exported.size(), typed.size());
    for (int i = 0; i < exported.size(); ++i) {
        const QJsonObject a = exported[i].toObject();
        const QJsonArray fields = a.value(QStringLiteral("answer")).toArray();
        QCOMPARE(fields.size(), typed[i].size());
        for (int f = 0; f < fields.size(); ++f)
            QCOMPARE(fields[f].toObject().value(QStringLiteral("value")).toString(),
                     typed[i][f].value);
        QCOMPARE(a.value(QStringLiteral("grade")).toObject().value(QStringLiteral("score")).toInt(),
                 scores[i]);
    }
    QCOMPARE(sessions.first().toObject().value(QStringLiteral("closingNotes")).toString(),
             closingNotes);
}

void TestCliRun::sigkillMidAnswer_resumesPausedWithDraftAndInterruptedTime()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qint64 sessionId = 0;
    const QString draft = QStringLiteral("first draft line\nsecond draft line");
    QString field;
    {
        Cli cli(dir.path());
        QVERIFY(cli.started());
        field = driveToFirstAnswer(cli, &sessionId);
        VERIFY_OR_DUMP(!field.isEmpty() && sessionId > 0, cli.log());
        cli.typeLine(QStringLiteral("first draft line"));
        cli.typeLine(QStringLiteral("second draft line"));
        // The program says nothing about saves: watch the file until the draft is on disk.
        QElapsedTimer t;
        t.start();
        while (fieldOnDisk(dbPath(dir), sessionId, 0, field) != draft && t.elapsed() < 5000)
            QTest::qWait(50);
        QCOMPARE(fieldOnDisk(dbPath(dir), sessionId, 0, field), draft);
        cli.kill(); // SIGKILL: no final save, the lock file stays behind
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    }

    Cli cli(dir.path());
    QVERIFY(cli.started());
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Resume session %1 ").arg(sessionId)).isNull(),
                   cli.log());
    cli.typeLine(QStringLiteral("y"));
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Paused. Press Enter")).isNull(), cli.log());
    VERIFY_OR_DUMP(cli.transcript().contains(QStringLiteral("Your answer so far:")), cli.log());
    VERIFY_OR_DUMP(cli.transcript().contains(QStringLiteral("second draft line")), cli.log());
    VERIFY_OR_DUMP(cli.transcript().contains(QStringLiteral("[Paused: Answering ")), cli.log());
    cli.typeLine(QString()); // resume
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Resumed.")).isNull(), cli.log());
    cli.typeLine(QStringLiteral("third line after the crash"));
    cli.typeLine(QStringLiteral(":submit"));
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Press Enter to continue.")).isNull(), cli.log());
    QCOMPARE(cli.finish(), 0); // end of input in the round review: saved

    QString error;
    const auto s = loadSession(dir, sessionId, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->status, QStringLiteral("running"));
    const AttemptRecord &a = s->attempts.first();
    QCOMPARE(a.times.status, AttemptStatus::Submitted);
    QCOMPARE(fieldValue(a.answer, field), draft + QStringLiteral("\nthird line after the crash"));
    QVERIFY(a.times.interruptedMs > 0);
    QVERIFY(a.times.answerUsedMs > 0);
}

void TestCliRun::sessionOwnedByAnotherProgram_isRefusedAndNotTaken()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(dir), &error), qPrintable(error));
    QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
    SystemClock clock;
    qint64 id = 0;
    {
        auto first = SessionController::start(db, *builtinPreset(QStringLiteral("quick")), &clock,
                                              &error);
        QVERIFY2(first, qPrintable(error));
        id = first->sessionId();
        QVERIFY(first->handle(Event::Start));
        QVERIFY(first->handle(Event::Continue));
    }
    // This test process is "the other program": it holds the session.
    auto held = SessionController::resume(db, id, &clock, &error);
    QVERIFY2(held, qPrintable(error));
    const EngineSnapshot before = SessionStore(db).load(id, &error)->snapshot;

    {
        Cli cli(dir.path());
        QVERIFY(cli.started());
        VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Resume session %1 ").arg(id)).isNull(),
                       cli.log());
        cli.typeLine(QStringLiteral("y"));
        QCOMPARE(cli.finish(), 3); // refused, then input ended: nothing started
        const QString lockMessage =
            QStringLiteral("Session %1 is open in another MockLoop program").arg(id);
        VERIFY_OR_DUMP(cli.log().contains(lockMessage), cli.log());
        VERIFY_OR_DUMP(cli.log().contains(QStringLiteral("Start a new session instead? [Y/n]")),
                       cli.log());
    }
    // Not taken: the lock is still this process's, the session is as it was, no new session.
    QLockFile lock(SessionController::lockPath(dir.path(), id));
    qint64 pid = 0;
    QString host, app;
    QVERIFY(lock.getLockInfo(&pid, &host, &app));
    QCOMPARE(pid, QCoreApplication::applicationPid());
    QVERIFY(SessionStore(db).load(id, &error)->snapshot == before);
    QCOMPARE(SessionStore(db).recent(10).size(), 1);
    QVERIFY(held->saveNow());

    // Offered a new session instead, the person takes it.
    Cli second(dir.path());
    QVERIFY(second.started());
    QVERIFY(!second.waitFor(QStringLiteral("Resume session %1 ").arg(id)).isNull());
    second.typeLine(QStringLiteral("y"));
    QVERIFY(!second.waitFor(QStringLiteral("Start a new session instead?")).isNull());
    second.typeLine(QStringLiteral("y"));
    QString started; // "Session N: plan", not the refusal's "Session 1 is open ..."
    do {
        started = second.waitFor(QStringLiteral("Session "));
    } while (!started.isNull() && sessionIdFrom(started) == 0);
    const qint64 newId = sessionIdFrom(started);
    VERIFY_OR_DUMP(newId > id, second.log());
    QCOMPARE(second.finish(), 0);
    QVERIFY(second.transcript().contains(
        QStringLiteral("Session %1 saved; resume it with `mockloop-cli run`.").arg(newId)));
    QVERIFY(lock.getLockInfo(&pid, &host, &app));
    QCOMPARE(pid, QCoreApplication::applicationPid());
}

void TestCliRun::endOfInputMidAnswer_savesExitsZeroAndResumes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qint64 sessionId = 0;
    QString field;
    {
        Cli cli(dir.path());
        QVERIFY(cli.started());
        field = driveToFirstAnswer(cli, &sessionId);
        VERIFY_OR_DUMP(!field.isEmpty(), cli.log());
        cli.typeLine(QStringLiteral("typed just before the end of input"));
        cli.type(QStringLiteral("and a last line without a newline"));
        QCOMPARE(cli.finish(), 0);
        VERIFY_OR_DUMP(
            cli.transcript().contains(
                QStringLiteral("Session %1 saved; resume it with `mockloop-cli run`.").arg(sessionId)),
            cli.log());
    }
    const QString draft = QStringLiteral(
        "typed just before the end of input\nand a last line without a newline");
    QString error;
    auto s = loadSession(dir, sessionId, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->status, QStringLiteral("running"));
    QCOMPARE(fieldValue(s->attempts.first().answer, field), draft);

    {
        // A later run resumes it, shows the draft, and input ending again saves again.
        Cli cli(dir.path());
        QVERIFY(cli.started());
        QVERIFY(!cli.waitFor(QStringLiteral("Resume session %1 ").arg(sessionId)).isNull());
        cli.typeLine(QString()); // Enter = yes
        VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Paused. Press Enter")).isNull(), cli.log());
        QVERIFY(cli.transcript().contains(QStringLiteral("and a last line without a newline")));
        QCOMPARE(cli.finish(), 0);
        QVERIFY(cli.transcript().contains(QStringLiteral("Session %1 saved;").arg(sessionId)));
    }

    {
        // And the person can abandon it (after confirming); the report still shows.
        Cli cli(dir.path());
        QVERIFY(cli.started());
        QVERIFY(!cli.waitFor(QStringLiteral("Resume session %1 ").arg(sessionId)).isNull());
        cli.typeLine(QStringLiteral("y"));
        QVERIFY(!cli.waitFor(QStringLiteral("Paused. Press Enter")).isNull());
        cli.typeLine(QStringLiteral(":abandon"));
        QVERIFY(!cli.waitFor(QStringLiteral("Abandon this session? [y/N]")).isNull());
        cli.typeLine(QStringLiteral("")); // default: no
        QVERIFY(!cli.waitFor(QStringLiteral("The session goes on.")).isNull());
        cli.typeLine(QStringLiteral(":abandon"));
        cli.typeLine(QStringLiteral("y"));
        VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Session %1 was abandoned.").arg(sessionId)).isNull(),
                       cli.log());
        QCOMPARE(cli.finish(), 0);
        QVERIFY(cli.transcript().contains(QStringLiteral("Report: session %1").arg(sessionId)));
    }
    s = loadSession(dir, sessionId, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->status, QStringLiteral("abandoned"));
    QCOMPARE(fieldValue(s->attempts.first().answer, field), draft);
    QVERIFY(s->attempts.first().times.interruptedMs > 0);
}

void TestCliRun::fullLoop_skipsGradesAtRoundEndAndSavesClosingNotes()
{
    // The full preset grades at the end of each round and ends with the closing segment. The
    // first question is answered, every other one skipped (skipped answers are not graded).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Cli cli(dir.path(), {QStringLiteral("run"), QStringLiteral("--preset"), QStringLiteral("full")});
    QVERIFY(cli.started());
    qint64 sessionId = 0;
    int questions = 0;
    int grades = 0;
    for (QString l = cli.line(); !l.isNull(); l = cli.line()) {
        if (sessionId == 0)
            sessionId = sessionIdFrom(l);
        if (l == QStringLiteral("Press Enter to begin the round.")
            || l == QStringLiteral("Press Enter to continue.")) {
            cli.typeLine(QString());
        } else if (l == QStringLiteral("Press Enter to start answering.")) {
            cli.typeLine(questions++ == 0 ? QString() : QStringLiteral(":skip"));
        } else if (l == QStringLiteral("Answer:")) {
            cli.typeLine(QStringLiteral("Normalize first; denormalize measured hot reads."));
            cli.typeLine(QStringLiteral("."));
        } else if (l.startsWith(QStringLiteral("Answer the follow-up"))) {
            // The full preset asks one follow-up after an answer (docs/presets.md).
            cli.typeLine(QStringLiteral("I would measure before changing the schema."));
            cli.typeLine(QStringLiteral("."));
        } else if (l == QStringLiteral("Score 1-5:")) {
            ++grades;
            cli.typeLine(QStringLiteral("2"));
        } else if (l.startsWith(kRetakePrompt)) {
            cli.typeLine(QString());
        } else if (l == QStringLiteral("Note (one line, Enter for none):")) {
            cli.typeLine(QStringLiteral("too short"));
        } else if (l.startsWith(QStringLiteral("Write the questions you would ask"))) {
            cli.typeLine(QStringLiteral("How is on-call shared?"));
            cli.typeLine(QStringLiteral("What would my first project be?"));
            cli.typeLine(QStringLiteral("."));
        }
    }
    const int exitCode = cli.finish();
    VERIFY_OR_DUMP(exitCode == 0, cli.log());
    VERIFY_OR_DUMP(cli.transcript().contains(QStringLiteral("Your questions for the interviewer")),
                   cli.log());
    QCOMPARE(grades, 1);

    QString error;
    const auto s = loadSession(dir, sessionId, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->status, QStringLiteral("finished"));
    QCOMPARE(questions, s->attempts.size());
    QCOMPARE(s->attempts[0].times.status, AttemptStatus::Submitted);
    QCOMPARE(s->attempts[0].score, std::optional<int>(2));
    QCOMPARE(s->attempts[0].gradeNote, QStringLiteral("too short"));
    for (int i = 1; i < s->attempts.size(); ++i) {
        QCOMPARE(s->attempts[i].times.status, AttemptStatus::Skipped);
        QVERIFY(!s->attempts[i].score);
    }
    QCOMPARE(s->closingNotes,
             QStringLiteral("How is on-call shared?\nWhat would my first project be?"));
}

void TestCliRun::unknownPreset_isAUsageErrorListingPresets()
{
    QTemporaryDir dir;
    Cli cli(dir.path(),
            {QStringLiteral("run"), QStringLiteral("--preset"), QStringLiteral("marathon")});
    QVERIFY(cli.started());
    QCOMPARE(cli.finish(), 1);
    const QString log = cli.log();
    VERIFY_OR_DUMP(log.contains(QStringLiteral("unknown preset \"marathon\"")), log);
    for (const LoopPlan &p : builtinPresets())
        QVERIFY2(log.contains(p.id), qPrintable(p.id));
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(dir), &error), qPrintable(error));
    QCOMPARE(SessionStore(db).recent(10).size(), 0);
}

namespace {

// What a scripted run of the system design preset types at each prompt.
struct SystemDesignScript
{
    std::function<QString(const QString &field)> part; // the text for one section
    QStringList scores;                                // then "3"
    QStringList retakeAnswers;                         // then Enter
};

const QStringList kSystemDesignRun = {QStringLiteral("run"), QStringLiteral("--preset"),
                                      QStringLiteral("system_design")};

// Drives a started `mockloop-cli run --preset system_design`, answering as the script says;
// the prompts every run shows (Enter to go on, the note, the closing list) get Enter or ".".
// Returns the session id, or 0.
qint64 runSystemDesign(Cli *cli, SystemDesignScript script)
{
    qint64 sessionId = 0;
    for (QString l = cli->line(); !l.isNull(); l = cli->line()) {
        if (sessionId == 0)
            sessionId = sessionIdFrom(l);
        if (l == QStringLiteral("Press Enter to begin the round.")
            || l == QStringLiteral("Press Enter to continue.")
            || l == QStringLiteral("Press Enter to start answering.")
            || l == QStringLiteral("Note (one line, Enter for none):")) {
            cli->typeLine(QString());
        } else if (const QString field = fieldFor(l); !field.isEmpty()) {
            cli->typeLine(script.part(field));
            cli->typeLine(QStringLiteral("."));
        } else if (l.startsWith(QStringLiteral("Answer the follow-up"))) {
            // The system design preset asks two follow-ups (docs/presets.md).
            cli->typeLine(QStringLiteral("a follow-up answer"));
            cli->typeLine(QStringLiteral("."));
        } else if (l == QStringLiteral("Score 1-5:")) {
            cli->typeLine(script.scores.isEmpty() ? QStringLiteral("3") : script.scores.takeFirst());
        } else if (l.startsWith(kRetakePrompt)) {
            cli->typeLine(script.retakeAnswers.isEmpty() ? QString()
                                                         : script.retakeAnswers.takeFirst());
        } else if (l.startsWith(QStringLiteral("Write the questions you would ask"))) {
            cli->typeLine(QStringLiteral("."));
        }
    }
    return sessionId;
}

} // namespace

void TestCliRun::systemDesign_asksEverySectionWithItsPrompt_storedInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<AnswerField> typed;
    auto cli = std::make_unique<Cli>(dir.path(), kSystemDesignRun);
    QVERIFY(cli->started());
    const qint64 sessionId =
        runSystemDesign(cli.get(), {[&typed](const QString &field) {
                                        typed.append({field, QStringLiteral("about ") + field});
                                        return typed.last().value;
                                    },
                                    {},
                                    {}});
    const int exitCode = cli->finish();
    VERIFY_OR_DUMP(exitCode == 0, cli->log());
    const QList<AnswerSection> sections = answerSections(AnswerForm::SystemDesign);
    const QString out = cli->transcript();
    // Each part is announced with its place and its prompt; the round says what to expect.
    VERIFY_OR_DUMP(out.contains(QStringLiteral("(part 1 of 9) ") + sections.first().prompt),
                   cli->log());
    VERIFY_OR_DUMP(out.contains(QStringLiteral("(part 9 of 9) ") + sections.last().prompt),
                   cli->log());
    VERIFY_OR_DUMP(out.contains(QStringLiteral("answers in 9 parts: Functional requirements, ")),
                   cli->log());

    QString error;
    const auto s = loadSession(dir, sessionId, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->attempts.size(), 1);
    QCOMPARE(typed.size(), sections.size());
    for (int i = 0; i < sections.size(); ++i)
        QCOMPARE(typed[i].name, sections[i].name); // asked in order
    QCOMPARE(s->attempts[0].answer, typed);
    QCOMPARE(s->attempts[0].score, std::optional<int>(3));
}

void TestCliRun::retake_afterGrading_asksTheQuestionAgainAndShowsTheChange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int parts = 0;
    auto cli = std::make_unique<Cli>(dir.path(), kSystemDesignRun);
    QVERIFY(cli->started());
    const qint64 sessionId = runSystemDesign(
        cli.get(), {[&parts](const QString &field) {
                        return QStringLiteral("try %1: %2").arg(parts++ < 9 ? 1 : 2).arg(field);
                    },
                    {QStringLiteral("2"), QStringLiteral("4")},
                    {QStringLiteral("y")}});
    const int exitCode = cli->finish();
    VERIFY_OR_DUMP(exitCode == 0, cli->log());
    VERIFY_OR_DUMP(cli->transcript().contains(
                       QStringLiteral("Retake: 4 / 5 against 2 / 5 last time +2")),
                   cli->log());
    // The retake is the round's one question again, not a second question.
    VERIFY_OR_DUMP(cli->transcript().contains(QStringLiteral("Question 1 of 1, retake (round 1")),
                   cli->log());
    QString error;
    const auto s = loadSession(dir, sessionId, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->attempts.size(), 2);
    QCOMPARE(s->attempts[1].question, s->attempts[0].question);
    QCOMPARE(s->attempts[0].score, std::optional<int>(2));
    QCOMPARE(s->attempts[1].score, std::optional<int>(4));
    QVERIFY(s->attempts[0].answer.first().value.startsWith(QStringLiteral("try 1")));
    QVERIFY(s->attempts[1].answer.first().value.startsWith(QStringLiteral("try 2")));
}

void TestCliRun::strictMode_gradingHidesKeyPointsAndRetake_reportShowsThem()
{
    // A strict session (hints at the end of the loop, retakes allowed by the plan) answered up
    // to its grading here; the terminal resumes it there (it can only start built-in presets).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    Question question;
    qint64 id = 0;
    {
        Database db;
        QVERIFY2(db.open(dbPath(dir), &error), qPrintable(error));
        QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
        question = *QuestionBank(db).question(QStringLiteral("tech.sql-vs-nosql"));
        QVERIFY(question.keyPoints.size() >= 3);
        LoopPlan plan = test::oneQuestionPlan(question.id);
        applyStrictMode(plan);
        SystemClock clock;
        auto controller = SessionController::start(db, plan, &clock, &error);
        QVERIFY2(controller, qPrintable(error));
        id = controller->sessionId();
        QVERIFY(controller->handle(Event::Start));
        QVERIFY(controller->handle(Event::Continue));
        if (controller->state() == State::Prep)
            QVERIFY(controller->handle(Event::BeginAnswer));
        QCOMPARE(controller->state(), State::Answering);
        QVERIFY(controller->setAnswer(
            {{QStringLiteral("answer"), QStringLiteral("Tables and joins.")}}));
        QVERIFY(controller->handle(Event::Submit));
        // Strict mode asks one follow-up (docs/presets.md); skipped here.
        QCOMPARE(controller->state(), State::FollowUpAsked);
        QVERIFY(controller->handle(Event::Skip));
        QCOMPARE(controller->state(), State::Grading);
    }

    Cli cli(dir.path());
    QVERIFY(cli.started());
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Resume session %1 ").arg(id)).isNull(), cli.log());
    cli.typeLine(QString());
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Score 1-5:")).isNull(), cli.log());
    const QString grading = cli.transcript();
    cli.typeLine(QStringLiteral("3"));
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Note (one line")).isNull(), cli.log());
    cli.typeLine(QString());
    // No retake question: the round review comes next.
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Press Enter to continue.")).isNull(), cli.log());
    cli.typeLine(QString());
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Session %1 is finished.").arg(id)).isNull(),
                   cli.log());
    QCOMPARE(cli.finish(), 0);
    const QString out = cli.transcript();
    VERIFY_OR_DUMP(!out.contains(kRetakePrompt), cli.log());

    // Grading said where the hints are and showed none of them; the report at the end does.
    VERIFY_OR_DUMP(grading.contains(QStringLiteral("at the end of the loop, in the report")),
                   cli.log());
    const qsizetype reportAt = out.indexOf(QStringLiteral("Report: session %1").arg(id));
    VERIFY_OR_DUMP(reportAt >= grading.size(), cli.log());
    for (const KeyPoint &kp : question.keyPoints) {
        VERIFY_OR_DUMP(!grading.contains(kp.text), cli.log());
        VERIFY_OR_DUMP(out.indexOf(kp.text, reportAt) > reportAt, cli.log());
    }
    // The outline too, which grading held back; and every figure is core's report's.
    VERIFY_OR_DUMP(!grading.contains(QStringLiteral("Model outline:")), cli.log());
    VERIFY_OR_DUMP(out.indexOf(QStringLiteral("Model outline:"), reportAt) > reportAt, cli.log());
    const auto s = loadSession(dir, id, &error);
    QVERIFY2(s, qPrintable(error));
    VERIFY_OR_DUMP(showsCoreReport(out, *s), cli.log());
}

void TestCliRun::grading_wrongClaim_coachQuotesItWithTheCorrection()
{
    // A one-question session started by core and left at its answer; the person types a wrong
    // claim in the terminal and the grading screen quotes it with the pitfall and its correction.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    Question question;
    qint64 id = 0;
    {
        Database db;
        QVERIFY2(db.open(dbPath(dir), &error), qPrintable(error));
        QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
        question = *QuestionBank(db).question(QStringLiteral("tech.database-indexes"));
        QVERIFY(!question.pitfalls.isEmpty());
        SystemClock clock;
        auto controller = SessionController::start(db, test::oneQuestionPlan(question.id), &clock,
                                                   &error);
        QVERIFY2(controller, qPrintable(error));
        id = controller->sessionId();
        QVERIFY(controller->handle(Event::Start));
        QVERIFY(controller->handle(Event::Continue));
        if (controller->state() == State::Prep)
            QVERIFY(controller->handle(Event::BeginAnswer));
        QCOMPARE(controller->state(), State::Answering);
    }

    Cli cli(dir.path());
    QVERIFY(cli.started());
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Resume session %1 ").arg(id)).isNull(), cli.log());
    cli.typeLine(QString());
    // A resumed session opens paused (docs/reliability.md): Enter goes on answering.
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Paused. Press Enter")).isNull(), cli.log());
    cli.typeLine(QString());
    QString l = cli.line();
    while (!l.isNull() && fieldFor(l).isEmpty())
        l = cli.line();
    VERIFY_OR_DUMP(!l.isNull(), cli.log());
    const QString wrong = QStringLiteral("Indexes make every query faster, including inserts.");
    cli.typeLine(QStringLiteral("An index is a sorted structure that points at rows. ") + wrong);
    cli.typeLine(QStringLiteral("."));
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Score 1-5:")).isNull(), cli.log());
    const QString grading = cli.transcript();
    const qsizetype coachAt = grading.indexOf(QStringLiteral("\nCoach:\n"));
    VERIFY_OR_DUMP(coachAt > 0, cli.log());
    const QString coached = grading.mid(coachAt);
    VERIFY_OR_DUMP(coached.contains(QStringLiteral("You wrote: \"") + wrong + QLatin1Char('"')),
                   cli.log());
    VERIFY_OR_DUMP(coached.contains(question.pitfalls.first().text), cli.log());
    VERIFY_OR_DUMP(coached.contains(question.pitfalls.first().correction), cli.log());
}

void TestCliRun::followUp_askedAfterTheAnswer_answeredGradedAndInTheReport()
{
    // A one-question session with one follow-up, started by core and left at its answer; the
    // person answers in the terminal, the interviewer asks back, the follow-up is answered,
    // graded with both answers shown, and the report has it (docs/engine.md, "Follow-ups").
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    Question question;
    qint64 id = 0;
    {
        Database db;
        QVERIFY2(db.open(dbPath(dir), &error), qPrintable(error));
        QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
        question = *QuestionBank(db).question(QStringLiteral("tech.database-indexes"));
        LoopPlan plan = test::oneQuestionPlan(question.id);
        plan.followUpsPerQuestion = 1;
        SystemClock clock;
        auto controller = SessionController::start(db, plan, &clock, &error);
        QVERIFY2(controller, qPrintable(error));
        id = controller->sessionId();
        QVERIFY(controller->handle(Event::Start));
        QVERIFY(controller->handle(Event::Continue));
        QCOMPARE(controller->state(), State::Answering);
    }

    Cli cli(dir.path());
    QVERIFY(cli.started());
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Resume session %1 ").arg(id)).isNull(), cli.log());
    cli.typeLine(QString());
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Paused. Press Enter")).isNull(), cli.log());
    cli.typeLine(QString());
    QString l = cli.line();
    while (!l.isNull() && fieldFor(l).isEmpty())
        l = cli.line();
    VERIFY_OR_DUMP(!l.isNull(), cli.log());
    const QString answer = QStringLiteral("An index avoids a full scan; EXPLAIN shows the plan.");
    cli.typeLine(answer);
    cli.typeLine(QStringLiteral("."));
    const QString expected = question.followUps.at(chooseFollowUp(question.followUps, answer));
    const QString asked = cli.waitFor(QStringLiteral("The interviewer asks back: "));
    VERIFY_OR_DUMP(asked == QStringLiteral("The interviewer asks back: ") + expected, cli.log());
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Answer the follow-up within 1:30")).isNull(),
                   cli.log());
    const QString followUpAnswer = QStringLiteral("Sort pg_stat_statements by total time.");
    cli.typeLine(followUpAnswer);
    cli.typeLine(QStringLiteral("."));
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Score 1-5:")).isNull(), cli.log());
    const QString grading = cli.transcript();
    VERIFY_OR_DUMP(grading.contains(QStringLiteral("Follow-up 1: ") + expected), cli.log());
    VERIFY_OR_DUMP(grading.contains(followUpAnswer), cli.log());
    cli.typeLine(QStringLiteral("4"));
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Note (one line")).isNull(), cli.log());
    cli.typeLine(QString());
    VERIFY_OR_DUMP(!cli.waitFor(kRetakePrompt).isNull(), cli.log());
    cli.typeLine(QString());
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Press Enter to continue.")).isNull(), cli.log());
    cli.typeLine(QString());
    VERIFY_OR_DUMP(!cli.waitFor(QStringLiteral("Session %1 is finished.").arg(id)).isNull(),
                   cli.log());
    QCOMPARE(cli.finish(), 0);
    const QString out = cli.transcript();
    const qsizetype reportAt = out.indexOf(QStringLiteral("Report: session %1").arg(id));
    VERIFY_OR_DUMP(reportAt > 0, cli.log());
    VERIFY_OR_DUMP(out.indexOf(QStringLiteral("Follow-up 1 (answered): ") + expected, reportAt) > 0,
                   cli.log());
    VERIFY_OR_DUMP(out.indexOf(followUpAnswer, reportAt) > 0, cli.log());

    const auto s = loadSession(dir, id, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->attempts[0].followUps.size(), 1);
    QCOMPARE(s->attempts[0].followUps[0].question, expected);
    QCOMPARE(s->attempts[0].followUps[0].answer, followUpAnswer);
    QCOMPARE(s->attempts[0].times.followUps[0].status, AttemptStatus::Submitted);
    QCOMPARE(s->attempts[0].score, std::optional<int>(4));
}

QTEST_GUILESS_MAIN(TestCliRun)
void TestCliRun::due_listsWhatIsDue_andRunDuePractisesIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString questionId = QStringLiteral("tech.sql-injection");
    {
        // Nothing graded yet: nothing is due, and run --due says so instead of starting.
        Cli run(dir.path(), {QStringLiteral("run"), QStringLiteral("--due")});
        QVERIFY(run.started());
        QCOMPARE(run.finish(), 0);
        VERIFY_OR_DUMP(run.transcript().startsWith(QStringLiteral("Nothing is due.")), run.log());
        Cli both(dir.path(), {QStringLiteral("run"), QStringLiteral("--due"),
                              QStringLiteral("--preset"), QStringLiteral("quick")});
        QVERIFY(both.started());
        QCOMPARE(both.finish(), 1);
    }
    {
        // Graded 1 ten days ago: due again since the day after.
        Database db;
        QString error;
        QVERIFY2(db.open(dbPath(dir), &error), qPrintable(error));
        QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
        test::FakeClock clock(QDateTime::currentDateTimeUtc().addDays(-10));
        QVERIFY2(test::runGradedSession(db, clock, {{questionId, RoundKind::Technical, 10, 1, {}}},
                                        &error),
                 qPrintable(error));
    }
    const QString text = [&] {
        Database db;
        QString error;
        return db.open(dbPath(dir), &error) ? QuestionBank(db).question(questionId)->text : QString();
    }();
    QVERIFY(!text.isEmpty());

    Cli due(dir.path(), {QStringLiteral("due")});
    QVERIFY(due.started());
    QCOMPARE(due.finish(), 0);
    VERIFY_OR_DUMP(due.transcript().startsWith(QStringLiteral("1 question is due today.")),
                   due.log());
    VERIFY_OR_DUMP(due.transcript().contains(questionId), due.log());
    VERIFY_OR_DUMP(due.transcript().contains(text.left(30)), due.log());
    VERIFY_OR_DUMP(due.transcript().contains(QStringLiteral("mockloop-cli run --due")), due.log());

    // run --due asks exactly that question, in practice mode.
    qint64 sessionId = 0;
    {
        Cli run(dir.path(), {QStringLiteral("run"), QStringLiteral("--due")});
        QVERIFY(run.started());
        const QString field = driveToFirstAnswer(run, &sessionId);
        VERIFY_OR_DUMP(!field.isEmpty(), run.log());
        VERIFY_OR_DUMP(run.transcript().contains(text.left(30)), run.log());
        run.typeLine(QStringLiteral("parameters, not string concatenation"));
        QCOMPARE(run.finish(), 0);
    }
    QString error;
    const auto s = loadSession(dir, sessionId, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->attempts.size(), 1);
    QCOMPARE(s->attempts.first().question.id, questionId);
    QCOMPARE(s->plan.id, QString::fromLatin1(kPracticeDuePlanId));
}

#include "test_cli_run.moc"
