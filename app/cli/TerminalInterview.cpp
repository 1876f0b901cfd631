#include "TerminalInterview.h"

#include "coach/AnswerTemplate.h"
#include "Commands.h"
#include "storage/Database.h"
#include "session/HintsRule.h"
#include "report/ReportModel.h"
#include "session/SessionController.h"
#include "Terminal.h"
#include "base/TimeText.h"

#include <QEventLoop>
#include <QRegularExpression>

#include <algorithm>

namespace mockloop::cli {

namespace {

constexpr int kTickMs = 100;
constexpr int kQuestionColumns = 44;

// Spelled out rather than "%n question(s)": without an English catalogue that shows "(s)".
QString questionsText(int n)
{
    return n == 1 ? TerminalInterview::tr("1 question")
                  : TerminalInterview::tr("%1 questions").arg(n);
}

QString roundsText(int n)
{
    return n == 1 ? TerminalInterview::tr("1 round") : TerminalInterview::tr("%1 rounds").arg(n);
}

// A duration that was used: whole seconds, rounded down.
QString duration(qint64 ms)
{
    return formatDuration(ms);
}

// Time left: rounded up, so 00:00 shows only when the time is really up.
QString countdown(qint64 remainingMs)
{
    return formatClock((std::max<qint64>(0, remainingMs) + 999) / 1000, true);
}

// Time past a deadline: rounded down.
QString overrun(qint64 ms)
{
    return formatClock(std::max<qint64>(0, ms) / 1000, true);
}

QString indented(const QString &text, const QString &indent)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += indent + line + QLatin1Char('\n');
    return out;
}

// Left-aligned columns, two spaces apart, a rule under the header. When maxWidth is set and
// the table is wider, the flexible column's cells are shortened.
QString table(const QStringList &header, QList<QStringList> rows, int maxWidth = 0,
              int flexibleColumn = 1)
{
    auto columnWidths = [&header, &rows] {
        QList<int> widths(header.size(), 0);
        for (const QStringList &row : QList<QStringList>{header} + rows) {
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
        return widths;
    };
    QList<int> widths = columnWidths();
    int total = 2 * int(widths.size() - 1);
    for (int w : widths)
        total += w;
    if (maxWidth > 0 && total > maxWidth) {
        const int flexible = std::max(16, widths[flexibleColumn] - (total - maxWidth));
        for (QStringList &row : rows)
            row[flexibleColumn] = elide(row[flexibleColumn], flexible);
        widths = columnWidths();
    }
    auto line = [&widths](const QStringList &row) {
        QString out;
        for (qsizetype c = 0; c < row.size(); ++c) {
            out += row[c];
            if (c + 1 < row.size())
                out += QString(widths[c] - displayWidth(row[c]) + 2, QLatin1Char(' '));
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(header);
    QStringList rule;
    for (int w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    out += line(rule);
    for (const QStringList &row : std::as_const(rows))
        out += line(row);
    return out;
}

} // namespace

TerminalInterview::TerminalInterview(Database &db, LoopPlan plan, Terminal &terminal,
                                     QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_plan(std::move(plan))
    , m_terminal(terminal)
{
    // Deadlines and autosave: SessionController::tick() every 100 ms. All times shown are
    // read from the engine at that moment, never counted from these ticks.
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &TerminalInterview::onTick);
    connect(&m_terminal, &Terminal::lineEntered, this, &TerminalInterview::onLine);
    connect(&m_terminal, &Terminal::endOfInput, this, &TerminalInterview::onEndOfInput);
    connect(&m_terminal, &Terminal::interrupted, this, &TerminalInterview::onEndOfInput);
}

TerminalInterview::~TerminalInterview() = default;

int TerminalInterview::exec()
{
    m_terminal.start();
    const QList<SessionSummary> unfinished = SessionStore(m_db).unfinished();
    if (!unfinished.isEmpty()) {
        m_offered = unfinished.first(); // the most recent
        askResume();
    } else {
        startSession();
    }
    if (!m_done) {
        QEventLoop loop;
        m_loop = &loop;
        loop.exec();
        m_loop = nullptr;
    }
    m_terminal.stop();
    return m_exitCode;
}

void TerminalInterview::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_exitCode = exitCode;
    m_ticker.stop();
    m_terminal.setStatus({});
    m_terminal.stop();
    if (m_loop)
        m_loop->exit(exitCode);
}

// ---------------------------------------------------------------------------------------------
// Before a session

void TerminalInterview::askResume()
{
    m_ask = Ask::Resume;
    const QString started = formatDateTime(m_offered.startedAt);
    askYesNo(tr("Resume session %1 (%2, started %3)?")
                 .arg(m_offered.id)
                 .arg(m_offered.planName, started),
             true);
}

void TerminalInterview::resumeSession(qint64 id)
{
    QString error;
    m_controller = SessionController::resume(m_db, id, &m_clock, &error);
    if (!m_controller) {
        // Most often another program owns it (the message names it); never take it over.
        say(error);
        m_ask = Ask::NewAfterRefusal;
        askYesNo(tr("Start a new session instead?"), true);
        return;
    }
    attach();
    const Engine &engine = m_controller->engine();
    say(tr("Resumed session %1: %2.").arg(id).arg(m_controller->plan().name));
    showState(engine.state(), engine.state(), true);
}

void TerminalInterview::startSession()
{
    QString error;
    m_controller = SessionController::start(m_db, m_plan, &m_clock, &error);
    if (!m_controller) {
        m_terminal.printError(tr("mockloop-cli: cannot start a session: %1").arg(error)
                              + QLatin1Char('\n'));
        finish(DatabaseProblem);
        return;
    }
    attach();
    const Engine &engine = m_controller->engine();
    QString grading;
    switch (m_plan.gradingTiming) {
    case GradingTiming::AfterEachQuestion:
        grading = tr("You grade each answer right after it.");
        break;
    case GradingTiming::EndOfRound:
        grading = tr("You grade the answers at the end of each round.");
        break;
    case GradingTiming::EndOfLoop:
        grading = tr("You grade the answers at the end of the loop.");
        break;
    }
    say(tr("Session %1: %2").arg(m_controller->sessionId()).arg(m_plan.name) + QLatin1Char('\n')
        + roundsText(engine.roundCount()) + QStringLiteral(", ")
        + questionsText(engine.attemptCount()) + QStringLiteral(". ") + grading + QLatin1Char('\n')
        + tr("Type :help for the commands; end of input (Ctrl-D) saves the session for later."));
    report(m_controller->handle(Event::Start));
}

void TerminalInterview::attach()
{
    connect(m_controller.get(), &SessionController::stateChanged, this,
            &TerminalInterview::onStateChanged);
    connect(m_controller.get(), &SessionController::saveFailed, this,
            [this](const QString &message) {
                // The draft stays in memory and the next tick tries again; say it once.
                if (message != m_lastSaveError) {
                    m_terminal.printError(tr("mockloop-cli: could not save (will retry): %1")
                                              .arg(message)
                                          + QLatin1Char('\n'));
                }
                m_lastSaveError = message;
            });
    connect(m_controller.get(), &SessionController::saved, this, [this] {
        if (!m_lastSaveError.isEmpty())
            say(tr("Saved again."));
        m_lastSaveError.clear();
    });
    // A resumed session's earlier locks were announced in that earlier run.
    for (int i = 0; i < m_controller->engine().attemptCount(); ++i) {
        if (m_controller->engine().attemptTimes(i).lockedByExpiry)
            m_announcedLocks.insert(i);
    }
    for (int r = 0; r < m_controller->engine().roundCount(); ++r) {
        if (m_controller->engine().roundTimes(r).budgetExpired)
            m_announcedBudgets.insert(r);
    }
    m_ticker.start();
}

// ---------------------------------------------------------------------------------------------
// Input

namespace {

// y / n; an empty line is the default.
std::optional<bool> yesNo(const QString &line, bool defaultYes)
{
    const QString t = line.trimmed().toLower();
    if (t.isEmpty())
        return defaultYes;
    if (t == QLatin1String("y") || t == QLatin1String("yes")
        || t == TerminalInterview::tr("y", "answer: yes") || t == TerminalInterview::tr("yes"))
        return true;
    if (t == QLatin1String("n") || t == QLatin1String("no")
        || t == TerminalInterview::tr("n", "answer: no") || t == TerminalInterview::tr("no"))
        return false;
    return std::nullopt;
}

} // namespace

void TerminalInterview::onLine(const QString &line)
{
    if (m_done)
        return;
    switch (m_ask) {
    case Ask::Resume: {
        const auto yes = yesNo(line, true);
        if (!yes) {
            say(tr("Please answer y or n."));
            askResume();
            return;
        }
        m_ask = Ask::None;
        if (*yes) {
            resumeSession(m_offered.id);
        } else {
            say(tr("Session %1 stays unfinished; starting a new one.").arg(m_offered.id));
            startSession();
        }
        return;
    }
    case Ask::NewAfterRefusal: {
        const auto yes = yesNo(line, true);
        if (!yes) {
            say(tr("Please answer y or n."));
            askYesNo(tr("Start a new session instead?"), true);
            return;
        }
        m_ask = Ask::None;
        if (*yes) {
            startSession();
        } else {
            say(tr("Nothing was started."));
            finish(Ok);
        }
        return;
    }
    case Ask::Abandon: {
        const auto yes = yesNo(line, false);
        if (!yes) {
            say(tr("Please answer y or n."));
            askYesNo(tr("Abandon this session?"), false);
            return;
        }
        m_ask = Ask::None;
        if (*yes) {
            report(m_controller->handle(Event::Abandon));
        } else {
            say(tr("The session goes on."));
            askForState();
        }
        return;
    }
    case Ask::None:
        break;
    }
    if (!m_controller)
        return;

    // Commands are whole lines of one word after a colon; anything else is text.
    static const QRegularExpression commandPattern(QStringLiteral("^:([A-Za-z-]+)$"));
    const QRegularExpressionMatch command = commandPattern.match(line.trimmed());
    if (command.hasMatch()) {
        onCommand(command.captured(1).toLower());
        return;
    }

    const bool empty = line.trimmed().isEmpty();
    switch (m_controller->state()) {
    case State::Ready:
        if (empty)
            report(m_controller->handle(Event::Start));
        else
            say(tr("Press Enter to start (that line was not used)."));
        break;
    case State::RoundIntro:
        if (empty)
            report(m_controller->handle(Event::Continue));
        else
            say(tr("Press Enter to begin the round (that line was not used)."));
        break;
    case State::Prep:
        // Text here is not an answer yet: it may be the end of the previous answer, typed as
        // its hard deadline moved the session on. Show it back rather than file it here.
        if (empty)
            report(m_controller->handle(Event::BeginAnswer));
        else
            say(tr("Not used (press Enter to start answering first): %1").arg(line));
        break;
    case State::Answering:
        onAnswerLine(line);
        break;
    case State::Paused:
        if (empty) {
            report(m_controller->handle(Event::Resume));
        } else {
            say(tr("Paused: that line was not added to your answer (press Enter or type :resume "
                   "to continue, then type it again): %1")
                    .arg(line));
        }
        break;
    case State::Grading:
        onGradeLine(line);
        break;
    case State::RoundReview:
        if (empty)
            report(m_controller->handle(Event::Continue));
        else
            say(tr("Press Enter to continue (that line was not used)."));
        break;
    case State::Closing:
        onClosingLine(line);
        break;
    case State::Finished:
    case State::Abandoned:
        break;
    }
}

void TerminalInterview::onCommand(const QString &name)
{
    if (name == QLatin1String("help")) {
        printHelp();
        askForState();
    } else if (name == QLatin1String("submit")) {
        report(m_controller->handle(Event::Submit));
    } else if (name == QLatin1String("skip")) {
        report(m_controller->handle(Event::Skip));
    } else if (name == QLatin1String("pause")) {
        report(m_controller->handle(Event::Pause));
    } else if (name == QLatin1String("resume")) {
        report(m_controller->handle(Event::Resume));
    } else if (name == QLatin1String("abandon")) {
        const Engine::Result r = m_controller->engine().check(Event::Abandon);
        if (!r) {
            report(r);
            return;
        }
        m_ask = Ask::Abandon;
        askYesNo(tr("Abandon this session?"), false);
    } else {
        say(tr("Unknown command \":%1\" (that line was not used). Type :help for the list.")
                .arg(name));
    }
}

void TerminalInterview::onAnswerLine(const QString &line)
{
    loadFields();
    if (line.trimmed() == QLatin1String(".")) {
        if (m_fieldIndex + 1 < m_fields.size()) {
            ++m_fieldIndex;
            announceField();
        } else {
            report(m_controller->handle(Event::Submit));
        }
        return;
    }
    QString &value = m_fields[m_fieldIndex].value;
    if (value.isEmpty() && line.trimmed().isEmpty())
        return; // no blank lines before the first words
    value = value.isEmpty() ? line : value + QLatin1Char('\n') + line;
    // Saved by the controller's tick within 500 ms, and at every transition.
    if (!m_controller->setAnswer(m_fields))
        say(tr("The answer can only change while you prepare or answer; that line was not kept."));
}

void TerminalInterview::onGradeLine(const QString &line)
{
    if (m_gradeStep == GradeStep::Score) {
        bool ok = false;
        const int score = line.trimmed().toInt(&ok);
        if (!ok || score < 1 || score > 5) {
            say(tr("A score is a whole number from 1 to 5."));
            askForState();
            return;
        }
        m_pendingScore = score;
        m_gradeStep = GradeStep::Note;
        askForState();
        return;
    }
    const int attempt = m_controller->engine().currentAttempt();
    if (m_gradeStep == GradeStep::Note) {
        m_pendingNote = line.trimmed();
        // Offered only when the plan and the engine allow it (the round's time, the status).
        if (retakesOffered(m_controller->plan()) && m_controller->engine().checkRetake(attempt)) {
            m_gradeStep = GradeStep::Retake;
            askForState();
            return;
        }
    }
    Grade grade;
    grade.overall = m_pendingScore;
    grade.note = m_pendingNote;
    const QString answer = line.trimmed().toLower();
    const bool retake = m_gradeStep == GradeStep::Retake
                        && (answer == QLatin1String("y") || answer == tr("y").toLower());
    if (const auto previous = m_controller->previousScore(attempt))
        say(tr("Retake: %1 / 5 against %2 / 5 last time %3")
                .arg(grade.overall)
                .arg(*previous)
                .arg(scoreChangeText(grade.overall - *previous)));
    const Engine::Result r = retake ? m_controller->retake(attempt, grade)
                                    : m_controller->submitGrade(grade);
    if (!r) {
        report(r);
        m_gradeStep = GradeStep::Score;
        askForState();
    }
}

void TerminalInterview::onClosingLine(const QString &line)
{
    if (line.trimmed() == QLatin1String(".")) {
        report(m_controller->handle(Event::Submit));
        return;
    }
    if (m_closingNotes.isEmpty() && line.trimmed().isEmpty())
        return;
    m_closingNotes = m_closingNotes.isEmpty() ? line : m_closingNotes + QLatin1Char('\n') + line;
    m_controller->setClosingNotes(m_closingNotes);
}

void TerminalInterview::report(const Engine::Result &result)
{
    if (!result)
        say(result.reason);
}

void TerminalInterview::onEndOfInput()
{
    if (m_done)
        return;
    if (!m_controller) {
        if (m_ask == Ask::NewAfterRefusal) {
            m_terminal.printError(tr("mockloop-cli: no session was started.") + QLatin1Char('\n'));
            finish(DatabaseProblem);
        } else {
            say(tr("No answer: nothing was started."));
            finish(Ok);
        }
        return;
    }
    const qint64 id = m_controller->sessionId();
    if (!m_controller->saveNow()) {
        m_terminal.printError(tr("mockloop-cli: session %1 could not be saved: %2")
                                  .arg(id)
                                  .arg(m_controller->lastError())
                              + QLatin1Char('\n'));
        finish(DatabaseProblem);
        return;
    }
    say(tr("Session %1 saved; resume it with `mockloop-cli run`.").arg(id));
    finish(Ok);
}

// ---------------------------------------------------------------------------------------------
// Engine

void TerminalInterview::onTick()
{
    if (!m_controller || m_done)
        return;
    const Engine &engine = m_controller->engine();
    const int attempt = engine.currentAttempt();
    const int round = engine.currentRound();
    const bool answerOver = attempt >= 0 && engine.attemptTimes(attempt).overtimeStarted;
    const bool roundOver = round >= 0 && engine.roundTimes(round).overtimeStarted;
    m_inTick = true;
    m_controller->tick();
    m_inTick = false;
    if (m_done)
        return;
    // Soft expiries change no state: say them here.
    if (attempt >= 0 && attempt == engine.currentAttempt() && !answerOver
        && engine.attemptTimes(attempt).overtimeStarted) {
        say(tr("Answer time is up: you are in overtime now, and it is recorded. Finish with . "
               "or :submit."));
    }
    if (round >= 0 && round == engine.currentRound() && !roundOver
        && engine.roundTimes(round).overtimeStarted) {
        say(tr("The round's time budget is used up: round overtime is recorded from now on."));
    }
    updateStatus();
}

void TerminalInterview::onStateChanged(State from, State to)
{
    if (m_done)
        return;
    announceExpiries();
    if (m_inTick && from == State::Prep && to == State::Answering)
        say(tr("Preparation time is up: answer now."));
    showState(to, from, false);
}

void TerminalInterview::announceExpiries()
{
    const Engine &engine = m_controller->engine();
    bool typingLocked = false; // the answer being typed was just locked
    for (int r = 0; r < engine.roundCount(); ++r) {
        if (engine.roundTimes(r).budgetExpired && !m_announcedBudgets.contains(r)) {
            m_announcedBudgets.insert(r);
            say(tr("The round's time budget ran out: the answer was submitted and locked as it "
                   "was, and the rest of the round was not reached."));
            for (int i = 0; i < engine.attemptCount(); ++i) {
                if (engine.attemptTimes(i).round == r && !m_announcedLocks.contains(i)) {
                    m_announcedLocks.insert(i);
                    typingLocked = typingLocked || i == m_fieldsAttempt;
                }
            }
        }
    }
    for (int i = 0; i < engine.attemptCount(); ++i) {
        if (engine.attemptTimes(i).lockedByExpiry && !m_announcedLocks.contains(i)) {
            m_announcedLocks.insert(i);
            typingLocked = typingLocked || i == m_fieldsAttempt;
            say(tr("Time is up: the answer was locked and submitted at the deadline."));
        }
    }
    // Half a line typed when the deadline came cannot join the locked answer: show it back.
    if (typingLocked) {
        const QString typed = m_terminal.takeTyped();
        if (!typed.isEmpty())
            say(tr("Not added to the locked answer: %1").arg(typed));
    }
}

void TerminalInterview::showState(State state, State from, bool resumed)
{
    const Engine &engine = m_controller->engine();
    const int attempt = engine.currentAttempt();
    switch (state) {
    case State::Ready:
        break;
    case State::RoundIntro:
        printRoundIntro();
        break;
    case State::Prep:
        if (attempt != m_shownQuestion)
            printQuestion(attempt);
        if (from == State::Paused)
            say(tr("Resumed."));
        else
            say(tr("Preparation: %1 to think before answering.")
                    .arg(duration(engine.attemptTimes(attempt).prepLimitMs)));
        break;
    case State::Answering: {
        const bool sameQuestion = attempt == m_shownQuestion;
        if (!sameQuestion)
            printQuestion(attempt);
        if (from == State::Paused && sameQuestion)
            say(tr("Resumed."));
        else if (from == State::Prep && sameQuestion && !m_inTick)
            say(tr("Answer now."));
        if (!m_helpShown) {
            m_helpShown = true;
            say(tr("Type your answer line by line. A line with just . ends the part; after "
                   "the last part it submits. :help lists the commands."));
        }
        loadFields();
        break;
    }
    case State::Paused:
        if (attempt != m_shownQuestion) {
            printQuestion(attempt);
            loadFields();
            bool any = false;
            for (const AnswerField &f : std::as_const(m_fields))
                any = any || !f.value.isEmpty();
            if (any) {
                say(tr("Your answer so far:"));
                printAnswer(attempt, QStringLiteral("  "));
            }
        }
        if (resumed && attempt >= 0) {
            const qint64 interrupted = engine.attemptTimes(attempt).interruptedMs;
            if (interrupted > 0)
                say(tr("Interrupted time on this question: %1 (recorded; the clock did not "
                       "run meanwhile).")
                        .arg(interrupted < 1000 ? tr("under a second") : duration(interrupted)));
        }
        if (m_terminal.isLive())
            say(tr("Paused: the clock is stopped."));
        break;
    case State::Grading:
        m_gradeStep = GradeStep::Score;
        printGrading(attempt);
        break;
    case State::RoundReview:
        printReview(engine.currentRound());
        break;
    case State::Closing:
        printClosing();
        break;
    case State::Finished:
    case State::Abandoned:
        printReport();
        say(state == State::Finished
                ? tr("Session %1 is finished.").arg(m_controller->sessionId())
                : tr("Session %1 was abandoned.").arg(m_controller->sessionId()));
        finish(Ok);
        return;
    }
    // Without a live line the countdown is printed once per change of state.
    if (!m_terminal.isLive()
        && (state == State::Prep || state == State::Answering || state == State::Paused))
        say(statusText());
    updateStatus();
    if (state == State::Answering)
        announceField();
    else
        askForState();
}

// ---------------------------------------------------------------------------------------------
// Output

void TerminalInterview::say(const QString &text)
{
    if (text.isEmpty())
        return;
    m_terminal.print(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void TerminalInterview::ask(const QString &prompt, const QString &livePrompt)
{
    m_terminal.setPrompt((livePrompt.isEmpty() ? prompt : livePrompt) + QLatin1Char(' '));
    if (!m_terminal.isLive())
        say(prompt);
}

// A question with a default answer: one line in scripts; on a terminal the question stays in
// the scrollback and the live line holds only "[Y/n] >".
void TerminalInterview::askYesNo(const QString &question, bool defaultYes)
{
    const QString choices = defaultYes ? tr("[Y/n]") : tr("[y/N]");
    if (m_terminal.isLive()) {
        say(question);
        m_terminal.setPrompt(choices + QStringLiteral(" > "));
    } else {
        say(question + QLatin1Char(' ') + choices);
    }
}

// The prompt for what the current state waits for (the live line, or a plain line).
void TerminalInterview::askForState()
{
    if (m_ask != Ask::None || !m_controller || m_done)
        return;
    switch (m_controller->state()) {
    case State::Ready:
        ask(tr("Press Enter to start."));
        break;
    case State::RoundIntro:
        ask(tr("Press Enter to begin the round."));
        break;
    case State::Prep:
        ask(tr("Press Enter to start answering."), tr("Enter: start answering >"));
        break;
    case State::Answering:
        m_terminal.setPrompt(m_sections.value(m_fieldIndex).title
                             + QStringLiteral(" > "));
        break;
    case State::Paused:
        ask(tr("Paused. Press Enter or type :resume to continue."), tr("Enter: resume >"));
        break;
    case State::Grading:
        if (m_gradeStep == GradeStep::Score)
            ask(tr("Score 1-5:"));
        else if (m_gradeStep == GradeStep::Note)
            ask(tr("Note (one line, Enter for none):"));
        else
            ask(tr("Answer this question again now? y = retake, Enter = go on:"));
        break;
    case State::RoundReview:
        ask(tr("Press Enter to continue."));
        break;
    case State::Closing:
        m_terminal.setPrompt(tr("Notes >") + QLatin1Char(' '));
        break;
    case State::Finished:
    case State::Abandoned:
        m_terminal.setPrompt({});
        break;
    }
}

void TerminalInterview::updateStatus()
{
    if (m_terminal.isLive() && m_controller)
        m_terminal.setStatus(statusText());
}

QString TerminalInterview::statusText() const
{
    const Engine &engine = m_controller->engine();
    const State state = engine.state();
    const int attempt = engine.currentAttempt();
    const int round = engine.currentRound();
    if ((state != State::Prep && state != State::Answering && state != State::Paused)
        || attempt < 0 || round < 0)
        return {};
    const AttemptTimes times = engine.attemptTimes(attempt);
    QString clock;
    if (engine.timedState() == State::Prep) {
        clock = tr("Prep %1 left").arg(countdown(engine.prepRemainingMs()));
    } else if (times.answerLimitMs > 0) {
        const qint64 left = engine.answerRemainingMs();
        clock = left >= 0 ? tr("Answering %1 left").arg(countdown(left))
                          : tr("Answering %1 over").arg(overrun(-left));
    } else {
        clock = tr("Answering %1 (no limit)").arg(duration(times.answerUsedMs));
    }
    if (state == State::Paused)
        clock = tr("Paused: %1").arg(clock);
    QStringList parts{clock};
    const RoundTimes rt = engine.roundTimes(round);
    QString roundPart = tr("round %1 of %2").arg(round + 1).arg(engine.roundCount());
    if (rt.budgetMs > 0) {
        const qint64 left = engine.roundRemainingMs();
        roundPart += QStringLiteral(": ")
                     + (left >= 0 ? tr("%1 left").arg(countdown(left))
                                  : tr("%1 over").arg(overrun(-left)));
    }
    // A retake is its question again, not one more (SessionController::questionPosition).
    const auto position = m_controller->questionPosition(attempt);
    parts << roundPart << tr("Q %1/%2").arg(position.number).arg(position.count);
    return QLatin1Char('[') + parts.join(QStringLiteral(" | ")) + QLatin1Char(']');
}

void TerminalInterview::printHelp()
{
    say(tr("Commands, each on a line of its own:\n"
           "  .          end this part of the answer (Situation, Task, Action, Result);\n"
           "             after the last part the answer is submitted\n"
           "  :submit    submit the answer now\n"
           "  :skip      skip this question\n"
           "  :pause     stop the clock (when the plan allows it)\n"
           "  :resume    start the clock again\n"
           "  :abandon   end the session for good (asks first)\n"
           "  :help      this list\n"
           "Enter on an empty line goes on at round intros, preparation and reviews.\n"
           "End of input (Ctrl-D) or Ctrl-C saves the session; `mockloop-cli run` resumes it."));
}

void TerminalInterview::printRoundIntro()
{
    const Engine &engine = m_controller->engine();
    const int round = engine.currentRound();
    const RoundTimes rt = engine.roundTimes(round);
    qint64 prepMin = -1, prepMax = -1, answerMin = -1, answerMax = -1;
    for (int i = 0; i < engine.attemptCount(); ++i) {
        const AttemptTimes t = engine.attemptTimes(i);
        if (t.round != round)
            continue;
        prepMin = prepMin < 0 ? t.prepLimitMs : std::min(prepMin, t.prepLimitMs);
        prepMax = std::max(prepMax, t.prepLimitMs);
        answerMin = answerMin < 0 ? t.answerLimitMs : std::min(answerMin, t.answerLimitMs);
        answerMax = std::max(answerMax, t.answerLimitMs);
    }
    auto range = [](qint64 lo, qint64 hi) {
        return lo == hi ? duration(lo) : duration(lo) + QStringLiteral("–") + duration(hi);
    };
    const int count = m_controller->questionCount(round);
    QString text = QLatin1Char('\n')
                   + tr("Round %1 of %2: %3")
                         .arg(round + 1)
                         .arg(engine.roundCount())
                         .arg(displayName(rt.kind))
                   + QLatin1Char('\n');
    text += QStringLiteral("  ") + questionsText(count) + QLatin1Char('\n');
    if (count > 0) {
        text += QStringLiteral("  ")
                + (prepMax <= 0 ? tr("no preparation time")
                                : tr("preparation %1 per question").arg(range(prepMin, prepMax)))
                + QLatin1Char('\n');
        text += QStringLiteral("  ")
                + (answerMax <= 0 ? tr("no answer time limit")
                                  : tr("answer %1 per question").arg(range(answerMin, answerMax)))
                + QLatin1Char('\n');
    }
    text += QStringLiteral("  ")
            + (rt.budgetMs > 0 ? tr("round budget %1").arg(duration(rt.budgetMs))
                               : tr("no round budget"))
            + QLatin1Char('\n');
    text += QStringLiteral("  ")
            + (rt.expiry == ExpiryPolicy::Hard
                   ? tr("hard deadlines: when time is up the answer is submitted and locked")
                   : tr("soft deadlines: you may run over; overtime is recorded"))
            + QLatin1Char('\n');
    // The parts answers are typed in (docs/editors.md): a cultural-fit round mixes forms.
    QStringList parts;
    for (const AnswerSection &section : answerSections(answerFormFor(rt.kind)))
        parts.append(section.title);
    if (rt.kind == RoundKind::CulturalFit) {
        QStringList star;
        for (const AnswerSection &section : answerSections(AnswerForm::Star))
            star.append(section.title);
        text += QStringLiteral("  ")
                + tr("story questions in %1 parts: %2; the others in one text")
                      .arg(star.size())
                      .arg(star.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
    } else if (parts.size() > 1) {
        text += QStringLiteral("  ")
                + tr("answers in %1 parts: %2").arg(parts.size()).arg(parts.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
    }
    say(text);
}

void TerminalInterview::printQuestion(int attempt)
{
    const Engine &engine = m_controller->engine();
    const AttemptTimes t = engine.attemptTimes(attempt);
    const Question &q = m_controller->question(attempt);
    m_shownQuestion = attempt;
    QString limits;
    if (t.prepLimitMs > 0)
        limits = tr("prep %1").arg(duration(t.prepLimitMs)) + QStringLiteral(", ");
    limits += t.answerLimitMs > 0 ? tr("answer %1").arg(duration(t.answerLimitMs))
                                  : tr("no answer limit");
    const auto position = m_controller->questionPosition(attempt);
    say(QLatin1Char('\n')
        + (position.retake ? tr("Question %1 of %2, retake (round %3, %4; %5):")
                           : tr("Question %1 of %2 (round %3, %4; %5):"))
              .arg(position.number)
              .arg(position.count)
              .arg(t.round + 1)
              .arg(displayName(engine.roundTimes(t.round).kind), limits)
        + QLatin1Char('\n') + indented(q.text, QStringLiteral("  ")));
}

void TerminalInterview::printAnswer(int attempt, const QString &indent)
{
    const QList<AnswerField> fields =
        attempt == m_fieldsAttempt ? m_fields : m_controller->answer(attempt);
    QString text;
    bool any = false;
    for (const AnswerField &f : fields) {
        if (f.value.isEmpty())
            continue;
        any = true;
        if (fields.size() == 1 && f.name == QLatin1String("answer")) {
            text += indented(f.value, indent);
        } else {
            text += indent + answerFieldDisplayName(f.name) + QStringLiteral(":\n")
                    + indented(f.value, indent + QStringLiteral("  "));
        }
    }
    say(any ? text : indent + tr("(no answer)"));
}

QString TerminalInterview::hintsText(const Question &q, const QString &indent) const
{
    QString text;
    if (!q.outline.isEmpty())
        text += indent + tr("Model outline:") + QLatin1Char('\n')
                + indented(q.outline, indent + QStringLiteral("  "));
    if (!q.keyPoints.isEmpty()) {
        text += indent + tr("Key points:") + QLatin1Char('\n');
        for (const KeyPoint &k : q.keyPoints)
            text += indent + QStringLiteral("  - ") + k.text + QLatin1Char('\n');
    }
    return text;
}

void TerminalInterview::printGrading(int attempt)
{
    const Engine &engine = m_controller->engine();
    const AttemptTimes t = engine.attemptTimes(attempt);
    const Question &q = m_controller->question(attempt);
    const RoundKind kind = engine.roundTimes(t.round).kind;
    const auto position = m_controller->questionPosition(attempt);
    say(QLatin1Char('\n')
        + tr("Grade your answer: round %1 (%2), question %3 of %4")
              .arg(t.round + 1)
              .arg(displayName(kind))
              .arg(position.number)
              .arg(position.count)
        + QLatin1Char('\n') + indented(q.text, QStringLiteral("  ")));
    say(tr("Your answer:"));
    printAnswer(attempt, QStringLiteral("  "));
    if (hintsShown(m_controller->plan(), m_controller->engine().state()))
        say(hintsText(q, QString()));
    else
        say(tr("This plan shows the model outline and key points at the end of the loop, in "
               "the report."));
    // Anchors, so a score means the same thing every time.
    say(isStoryQuestion(q)
            ? tr("1 no real example · 2 vague, no clear result · 3 all four parts, thin · "
                 "4 specific, your actions, a measurable result · 5 concise, numbers, lessons")
            : tr("1 could not answer · 2 partly right · 3 main points, little depth · "
                 "4 structured, most key points, trade-offs · 5 complete, with examples"));
}

namespace {

QString usedOfAllowed(qint64 used, qint64 limit)
{
    return limit > 0 ? QStringLiteral("%1 / %2").arg(duration(used), duration(limit))
                     : duration(used) + QStringLiteral(" / –");
}

} // namespace

void TerminalInterview::printReview(int round)
{
    const Engine &engine = m_controller->engine();
    const RoundTimes rt = engine.roundTimes(round);
    QString text = QLatin1Char('\n')
                   + tr("Round %1 of %2 review: %3")
                         .arg(round + 1)
                         .arg(engine.roundCount())
                         .arg(displayName(rt.kind))
                   + QLatin1Char('\n');
    text += rt.budgetMs > 0
                ? tr("Round time %1 of %2").arg(duration(rt.usedMs), duration(rt.budgetMs))
                : tr("Round time %1 (no budget)").arg(duration(rt.usedMs));
    if (rt.overtimeMs() > 0)
        text += tr(", %1 over").arg(duration(rt.overtimeMs()));
    if (rt.budgetExpired)
        text += tr("; the budget ran out");
    text += QLatin1Char('\n');
    QList<QStringList> rows;
    for (int i = 0; i < engine.attemptCount(); ++i) {
        const AttemptTimes t = engine.attemptTimes(i);
        if (t.round != round)
            continue;
        const auto score = m_controller->score(i);
        rows.append({questionNumber(i),
                     elide(m_controller->question(i).text.simplified(), kQuestionColumns),
                     attemptStatusDisplayName(t), usedOfAllowed(t.answerUsedMs, t.answerLimitMs),
                     t.overtimeMs() > 0 ? duration(t.overtimeMs()) : QStringLiteral("–"),
                     score ? QString::number(*score) : QStringLiteral("–")});
    }
    text += table({tr("#"), tr("Question"), tr("Status"), tr("Used / allowed"), tr("Overtime"),
                   tr("Score")},
                  rows, m_terminal.lineWidth());
    say(text);
}

// "2", or "2 (retake)" for a retake: a retake is its question again.
QString TerminalInterview::questionNumber(int attempt) const
{
    const auto position = m_controller->questionPosition(attempt);
    return position.retake ? tr("%1 (retake)").arg(position.number) : QString::number(position.number);
}

void TerminalInterview::printClosing()
{
    QString text = QLatin1Char('\n') + tr("Your questions for the interviewer") + QLatin1Char('\n');
    const QList<ClosingEntry> suggestions = m_controller->closingSuggestions();
    if (!suggestions.isEmpty())
        text += tr("Some worth asking:") + QLatin1Char('\n');
    for (const ClosingEntry &e : suggestions) {
        text += QStringLiteral("  - ") + e.text + QLatin1Char('\n');
        if (!e.why.isEmpty())
            text += QStringLiteral("      ") + e.why + QLatin1Char('\n');
    }
    m_closingNotes = m_controller->closingNotes();
    if (!m_closingNotes.isEmpty())
        text += tr("Your notes so far:") + QLatin1Char('\n')
                + indented(m_closingNotes, QStringLiteral("  "));
    text += tr("Write the questions you would ask, one per line; a line with just . finishes "
               "the session.");
    say(text);
}

void TerminalInterview::printReport()
{
    const Engine &engine = m_controller->engine();
    QString text = QLatin1Char('\n')
                   + tr("Report: session %1, %2 (%3)")
                         .arg(m_controller->sessionId())
                         .arg(m_controller->plan().name,
                              sessionStatusDisplayName(sessionStatusFor(engine.state())))
                   + QLatin1Char('\n');
    for (int r = 0; r < engine.roundCount(); ++r) {
        const RoundTimes rt = engine.roundTimes(r);
        text += QLatin1Char('\n') + tr("Round %1: %2").arg(r + 1).arg(displayName(rt.kind))
                + QStringLiteral(" — ")
                + (rt.budgetMs > 0
                       ? tr("round time %1 of %2").arg(duration(rt.usedMs), duration(rt.budgetMs))
                       : tr("round time %1 (no budget)").arg(duration(rt.usedMs)));
        if (rt.overtimeMs() > 0)
            text += tr(", %1 over").arg(duration(rt.overtimeMs()));
        text += QLatin1Char('\n');
        // Two lines a question: eight columns do not fit a terminal.
        for (int i = 0; i < engine.attemptCount(); ++i) {
            const AttemptTimes t = engine.attemptTimes(i);
            if (t.round != r)
                continue;
            const auto score = m_controller->score(i);
            const QStringList facts = {
                attemptStatusDisplayName(t),
                tr("score %1").arg(score ? QString::number(*score) : QStringLiteral("–")),
                t.answerLimitMs > 0
                    ? tr("answer %1 of %2").arg(duration(t.answerUsedMs), duration(t.answerLimitMs))
                    : tr("answer %1 (no limit)").arg(duration(t.answerUsedMs)),
                tr("overtime %1")
                    .arg(t.overtimeMs() > 0 ? duration(t.overtimeMs()) : QStringLiteral("–")),
                tr("paused %1").arg(duration(t.pausedMs)),
                tr("interrupted %1").arg(duration(t.interruptedMs))};
            text += QStringLiteral("  %1. ").arg(questionNumber(i))
                    + elide(m_controller->question(i).text.simplified(), 90) + QLatin1Char('\n')
                    + QStringLiteral("     ") + facts.join(QStringLiteral(" · "))
                    + QLatin1Char('\n');
            // Hints that grading held back are shown here, at the end of the loop.
            if (!hintsShown(m_controller->plan(), State::Grading))
                text += hintsText(m_controller->question(i), QStringLiteral("     "));
        }
    }
    text += QLatin1Char('\n');
    // The figures are the report's (core/Report): each question once, a retake replacing the
    // answer it retakes, as the desktop and `mockloop-cli report` count them.
    QString error;
    const auto stored = SessionStore(m_controller->database()).load(m_controller->sessionId(), &error);
    const SessionReport report = stored ? buildReport(*stored) : SessionReport();
    const int graded = report.graded;
    const QString average = formatDecimal(report.averageScore.value_or(0));
    text += graded == 0   ? tr("No answer was graded.")
            : graded == 1 ? tr("Average score %1 over 1 graded answer.").arg(average)
                          : tr("Average score %1 over %2 graded answers.").arg(average).arg(graded);
    say(text);
}

// ---------------------------------------------------------------------------------------------
// The answer being typed

void TerminalInterview::loadFields()
{
    const Engine &engine = m_controller->engine();
    const int attempt = engine.currentAttempt();
    if (attempt == m_fieldsAttempt || attempt < 0)
        return;
    m_fieldsAttempt = attempt;
    // The question's sections, plus any stored field an older editor wrote (nothing hidden).
    const QList<AnswerField> stored = m_controller->answer(attempt);
    m_sections = answerSectionsFor(m_controller->question(attempt), stored);
    m_fields = fieldsForSections(m_sections, stored);
    // Continue where the draft stops.
    m_fieldIndex = 0;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (!m_fields[i].value.isEmpty())
            m_fieldIndex = i;
    }
}

void TerminalInterview::announceField()
{
    const AnswerField &field = m_fields.value(m_fieldIndex);
    const AnswerSection section = m_sections.value(m_fieldIndex);
    QString text = section.title + QLatin1Char(':');
    if (!field.value.isEmpty()) {
        text += QLatin1Char(' ') + tr("(continuing; so far:)") + QLatin1Char('\n')
                + indented(field.value, QStringLiteral("  | "));
    } else if (m_fields.size() > 1 || !section.prompt.isEmpty()) {
        // The section's prompt on a line of its own, so the title line stays "Situation:".
        QString about = m_fields.size() > 1
                            ? tr("(part %1 of %2)").arg(m_fieldIndex + 1).arg(m_fields.size())
                            : QString();
        if (!section.prompt.isEmpty())
            about += (about.isEmpty() ? QString() : QStringLiteral(" ")) + section.prompt;
        text += QLatin1Char('\n') + QStringLiteral("  ") + about;
    }
    say(text);
    askForState();
}

} // namespace mockloop::cli
