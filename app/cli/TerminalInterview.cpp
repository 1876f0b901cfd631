// `mockloop-cli run`'s session loop: starting or resuming a session, the engine's ticks and
// changes of state, and what each state shows (texts from InterviewTexts, the report from
// core). What typed lines do is in TerminalInterviewInput.cpp.
#include "TerminalInterview.h"

#include "base/TimeText.h"
#include "coach/AnswerTemplate.h"
#include "controller/SessionController.h"
#include "report/ReportText.h"
#include "session/HintsRule.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "Commands.h"
#include "InterviewTexts.h"
#include "Terminal.h"

#include <QEventLoop>

namespace mockloop::cli {

namespace {

constexpr int kTickMs = 100;

} // namespace

TerminalInterview::TerminalInterview(Database &db, LoopPlan plan, Terminal &terminal,
                                     const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_plan(std::move(plan))
    , m_terminal(terminal)
    , m_clock(clock)
{
    // Deadlines and autosave: SessionController::tick() every 100 ms. All times shown are
    // read from the engine at that moment, never counted from these ticks.
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &TerminalInterview::onTick);
    connect(&m_terminal, &Terminal::lineEntered, this, &TerminalInterview::onLine);
    connect(&m_terminal, &Terminal::typingChanged, this, &TerminalInterview::onTyping);
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
    askYesNo(tr("Resume session %1 (%2, started %3)?").arg(m_offered.id).arg(m_offered.planName, started),
             true);
}

void TerminalInterview::resumeSession(qint64 id)
{
    QString error;
    m_controller = SessionController::resume(m_db, id, m_clock, &error);
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
    m_controller = SessionController::start(m_db, m_plan, m_clock, &error);
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
        + InterviewTexts::rounds(engine.roundCount()) + QStringLiteral(", ")
        + InterviewTexts::questions(engine.attemptCount()) + QStringLiteral(". ") + grading
        + QLatin1Char('\n')
        + tr("Type :help for the commands; end of input (Ctrl-D) saves the session for later."));
    report(m_controller->handle(Event::Start));
}

void TerminalInterview::attach()
{
    connect(m_controller.get(), &SessionController::stateChanged, this,
            &TerminalInterview::onStateChanged);
    connect(m_controller.get(), &SessionController::saveFailed, this, [this](const QString &message) {
        // The draft stays in memory and the next tick tries again; say it once.
        if (message != m_lastSaveError) {
            m_terminal.printError(tr("mockloop-cli: could not save (will retry): %1").arg(message)
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
    for (int i = 0; i < engine.attemptCount(); ++i) {
        const QList<FollowUpTimes> followUps = engine.attemptTimes(i).followUps;
        for (int f = 0; f < followUps.size(); ++f) {
            if (followUps[f].lockedByExpiry && !m_announcedLocks.contains(-(i * 16 + f) - 1)) {
                m_announcedLocks.insert(-(i * 16 + f) - 1); // follow-ups: negative keys
                say(tr("Time is up: the follow-up answer was locked and submitted at the "
                       "deadline."));
            }
        }
    }
    // Half a line typed when the deadline came was part of the draft, so it is part of the
    // locked answer (as the text in the desktop editor is); the live line starts afresh.
    if (typingLocked) {
        const QString typed = m_terminal.takeTyped();
        if (m_fieldIndex < m_fields.size()) {
            QString &value = m_fields[m_fieldIndex].value;
            const QString locked = withTyped(value, typed);
            if (locked != value) {
                value = locked;
                say(tr("The line you were typing is part of the locked answer: %1").arg(typed));
            } else if (!typed.isEmpty()) {
                say(tr("Not added to the locked answer: %1").arg(typed));
            }
        }
    }
}

void TerminalInterview::showState(State state, State from, bool resumed)
{
    const Engine &engine = m_controller->engine();
    const int attempt = engine.currentAttempt();
    switch (state) {
    case State::Ready: break;
    case State::RoundIntro: say(InterviewTexts::roundIntro(*m_controller)); break;
    case State::Prep:
        if (attempt != m_shownQuestion)
            showQuestion(attempt);
        if (from == State::Paused)
            say(tr("Resumed."));
        else
            say(tr("Preparation: %1 to think before answering.")
                    .arg(formatDuration(engine.attemptTimes(attempt).prepLimitMs)));
        break;
    case State::Answering: {
        const bool sameQuestion = attempt == m_shownQuestion;
        if (!sameQuestion)
            showQuestion(attempt);
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
            showQuestion(attempt);
            loadFields();
            bool any = false;
            for (const AnswerField &f : std::as_const(m_fields))
                any = any || !f.value.isEmpty();
            if (any) {
                say(tr("Your answer so far:"));
                say(InterviewTexts::answer(fieldsOf(attempt), QStringLiteral("  ")));
            }
        }
        if (resumed && attempt >= 0) {
            const qint64 interrupted = engine.attemptTimes(attempt).interruptedMs;
            if (interrupted > 0)
                say(tr("Interrupted time on this question: %1 (recorded; the clock did not "
                       "run meanwhile).")
                        .arg(formatNonZeroDuration(interrupted)));
        }
        // Reopened in a follow-up: the follow-up and what was answered to it.
        if (resumed && engine.pausedFrom() == State::FollowUpAnswering) {
            if (const FollowUpRecord *followUp = m_controller->currentFollowUp()) {
                say(tr("The interviewer asks back: %1").arg(followUp->question));
                m_followUpKey = attempt * 16 + engine.currentFollowUp();
                m_followUpAnswer = followUp->answer;
                if (!followUp->answer.isEmpty()) {
                    say(tr("Your answer to it so far:"));
                    say(InterviewTexts::indented(followUp->answer, QStringLiteral("  ")));
                }
            }
        }
        // The engine paused by itself (the computer slept): its reason says why.
        if (const QString why = engine.pauseReason(); !why.isEmpty())
            say(why);
        if (m_terminal.isLive())
            say(tr("Paused: the clock is stopped."));
        break;
    case State::FollowUpAsked:
        // The interviewer asks back; the follow-up's clock starts at once (docs/engine.md).
        if (const FollowUpRecord *followUp = m_controller->currentFollowUp())
            say(QLatin1Char('\n') + tr("The interviewer asks back: %1").arg(followUp->question));
        report(m_controller->handle(Event::BeginAnswer));
        return;
    case State::FollowUpAnswering: {
        const int key = attempt * 16 + engine.currentFollowUp();
        if (key != m_followUpKey) {
            m_followUpKey = key;
            const FollowUpRecord *followUp = m_controller->currentFollowUp();
            m_followUpAnswer = followUp ? followUp->answer : QString();
        }
        if (from == State::Paused) {
            say(tr("Resumed."));
        } else {
            const FollowUpTimes f = engine.attemptTimes(attempt).followUps.value(
                engine.currentFollowUp());
            say(f.answerLimitMs > 0
                    ? tr("Answer the follow-up within %1. A line with just . submits it.")
                          .arg(formatDuration(f.answerLimitMs))
                    : tr("Answer the follow-up. A line with just . submits it."));
        }
        break;
    }
    case State::Grading:
        m_gradeStep = GradeStep::Score;
        say(InterviewTexts::grading(*m_controller, attempt, fieldsOf(attempt)));
        break;
    case State::RoundReview:
        say(InterviewTexts::review(*m_controller, engine.currentRound(), m_terminal.lineWidth()));
        break;
    case State::Closing:
        m_closingNotes = m_controller->closingNotes();
        say(InterviewTexts::closing(*m_controller));
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
        && (state == State::Prep || state == State::Answering || state == State::Paused
            || state == State::FollowUpAnswering))
        say(InterviewTexts::status(*m_controller));
    updateStatus();
    if (state == State::Answering)
        announceField();
    else
        askForState();
}

void TerminalInterview::showQuestion(int attempt)
{
    m_shownQuestion = attempt;
    say(InterviewTexts::question(*m_controller, attempt));
}

// The report is core's (ReportText), read from the stored session as every other view reads
// it: each question once, a retake replacing the answer it retakes.
void TerminalInterview::printReport()
{
    QString error;
    const auto stored = SessionStore(m_controller->database()).load(m_controller->sessionId(), &error);
    if (!stored) {
        m_terminal.printError(QStringLiteral("mockloop-cli: ") + error + QLatin1Char('\n'));
        return;
    }
    say(QLatin1Char('\n') + reportText(buildReport(*stored)));
}

} // namespace mockloop::cli
