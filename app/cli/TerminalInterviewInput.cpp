// TerminalInterview's side of the terminal: what a typed line does in each state and at each
// question asked, the prompts that ask for them, and the answer being typed part by part.
// The session loop and what each state shows are in TerminalInterview.cpp.
#include "coach/AnswerTemplate.h"
#include "controller/SessionController.h"
#include "report/SessionText.h"
#include "session/HintsRule.h"
#include "Commands.h"
#include "InterviewTexts.h"
#include "Terminal.h"
#include "TerminalInterview.h"

#include <QRegularExpression>

namespace mockloop::cli {

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
    case Ask::None: break;
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
    case State::Answering: onAnswerLine(line); break;
    case State::FollowUpAnswering: onFollowUpLine(line); break;
    case State::FollowUpAsked:
        if (empty)
            report(m_controller->handle(Event::BeginAnswer));
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
    case State::Grading: onGradeLine(line); break;
    case State::RoundReview:
        if (empty)
            report(m_controller->handle(Event::Continue));
        else
            say(tr("Press Enter to continue (that line was not used)."));
        break;
    case State::Closing: onClosingLine(line); break;
    case State::Finished:
    case State::Abandoned: break;
    }
}

// The line being typed is part of the draft: the controller's autosave writes it within
// 500 ms of the keystroke, and the save on an interrupt writes it too. The fields kept here
// stay what was entered; Enter then makes the same text, so nothing is doubled.
void TerminalInterview::onTyping(const QString &typed)
{
    if (m_done || !m_controller || m_ask != Ask::None)
        return;
    switch (m_controller->state()) {
    case State::Answering: {
        loadFields();
        if (m_fieldIndex >= m_fields.size())
            return;
        QList<AnswerField> draft = m_fields;
        draft[m_fieldIndex].value = withTyped(draft[m_fieldIndex].value, typed);
        m_controller->setAnswer(draft);
        break;
    }
    case State::Closing: m_controller->setClosingNotes(withTyped(m_closingNotes, typed)); break;
    case State::FollowUpAnswering:
        m_controller->setFollowUpAnswer(withTyped(m_followUpAnswer, typed));
        break;
    default: break; // not text of an answer (a prompt's reply, or typed while paused)
    }
}

void TerminalInterview::onCommand(const QString &name)
{
    if (name == QLatin1String("help")) {
        say(InterviewTexts::help());
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
        say(tr("Unknown command \":%1\" (that line was not used). Type :help for the list.").arg(name));
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

void TerminalInterview::onFollowUpLine(const QString &line)
{
    if (line.trimmed() == QLatin1String(".")) {
        report(m_controller->handle(Event::Submit));
        return;
    }
    if (m_followUpAnswer.isEmpty() && line.trimmed().isEmpty())
        return; // no blank lines before the first words
    m_followUpAnswer = m_followUpAnswer.isEmpty() ? line
                                                  : m_followUpAnswer + QLatin1Char('\n') + line;
    // Saved by the controller's tick within 500 ms, and at every transition.
    if (!m_controller->setFollowUpAnswer(m_followUpAnswer))
        say(tr("The answer can only change while you answer; that line was not kept."));
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
    onTyping(m_terminal.typed()); // (already given; an interrupt must not depend on it)
    if (!m_controller->saveNow()) {
        m_terminal.printError(
            tr("mockloop-cli: session %1 could not be saved: %2").arg(id).arg(m_controller->lastError())
            + QLatin1Char('\n'));
        finish(DatabaseProblem);
        return;
    }
    say(tr("Session %1 saved; resume it with `mockloop-cli run`.").arg(id));
    finish(Ok);
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
    case State::Ready: ask(tr("Press Enter to start.")); break;
    case State::RoundIntro: ask(tr("Press Enter to begin the round.")); break;
    case State::Prep:
        ask(tr("Press Enter to start answering."), tr("Enter: start answering >"));
        break;
    case State::Answering:
        m_terminal.setPrompt(m_sections.value(m_fieldIndex).title + QStringLiteral(" > "));
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
    case State::RoundReview: ask(tr("Press Enter to continue.")); break;
    case State::Closing: m_terminal.setPrompt(tr("Notes >") + QLatin1Char(' ')); break;
    case State::FollowUpAsked:
    case State::FollowUpAnswering:
        m_terminal.setPrompt(tr("Follow-up >") + QLatin1Char(' '));
        break;
    case State::Finished:
    case State::Abandoned: m_terminal.setPrompt({}); break;
    }
}

void TerminalInterview::updateStatus()
{
    if (m_terminal.isLive() && m_controller)
        m_terminal.setStatus(InterviewTexts::status(*m_controller));
}

// ---------------------------------------------------------------------------------------------
// The answer being typed

QString TerminalInterview::withTyped(const QString &text, const QString &typed)
{
    static const QRegularExpression notText(QStringLiteral("^(\\.|:[A-Za-z-]*)$"));
    const QString t = typed.trimmed();
    if (typed.isEmpty() || (text.isEmpty() && t.isEmpty()) || notText.match(t).hasMatch())
        return text;
    return text.isEmpty() ? typed : text + QLatin1Char('\n') + typed;
}

// The fields of an attempt: the ones being typed, else the stored answer.
QList<AnswerField> TerminalInterview::fieldsOf(int attempt) const
{
    return attempt == m_fieldsAttempt ? m_fields : m_controller->answer(attempt);
}

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
                + InterviewTexts::indented(field.value, QStringLiteral("  | "));
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
