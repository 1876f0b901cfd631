#pragma once

#include "base/Clock.h"
#include "coach/AnswerTemplate.h"
#include "session/Engine.h"
#include "session/Plan.h"
#include "storage/SessionRecord.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QEventLoop;

namespace mockloop {
class Database;
class SessionController;
} // namespace mockloop

namespace mockloop::cli {

class Terminal;

// `mockloop-cli run`: one session in a terminal. It shows what the engine's state asks for
// (round intro, question, countdown, answer fields, self-grading, round review, closing,
// report) and turns typed lines into engine events. The texts it shows are InterviewTexts';
// the report at the end is core's (ReportText). It decides nothing itself: every
// transition and every refusal comes from SessionController / Engine.
class TerminalInterview : public QObject
{
    Q_OBJECT
public:
    // clock: the program's (CommandContext::clock), read for every time of the session.
    TerminalInterview(Database &db, LoopPlan plan, Terminal &terminal, const Clock *clock,
                      QObject *parent = nullptr);
    ~TerminalInterview() override;

    // Offers to resume the most recent unfinished session, else starts one with the plan, and
    // runs until the session ends, input ends or a problem stops it. Returns the exit code.
    int exec();

private:
    enum class Ask { None, Resume, NewAfterRefusal, Abandon };
    enum class GradeStep { Score, Note, Retake };

    // Before a session.
    void askResume();
    void resumeSession(qint64 id);
    void startSession();
    void attach();

    // Input.
    void onLine(const QString &line);
    void onTyping(const QString &typed);
    void onEndOfInput();
    void onCommand(const QString &name);
    void onAnswerLine(const QString &line);
    void onGradeLine(const QString &line);
    void onFollowUpLine(const QString &line);
    void onClosingLine(const QString &line);
    void report(const Engine::Result &result);

    // Engine.
    void onTick();
    void onStateChanged(State from, State to);
    void showState(State state, State from, bool resumed);
    void announceExpiries();

    // Output.
    void say(const QString &text);
    void ask(const QString &prompt, const QString &livePrompt = {});
    void askYesNo(const QString &question, bool defaultYes);
    void askForState();
    void updateStatus();
    void showQuestion(int attempt);
    void printReport();

    // The answer being typed.
    // text with the line being typed after it, as it will be once entered: the draft. Nothing
    // is added for a line that is not text (the "." that ends a part, a command on its way,
    // blanks before the first words).
    static QString withTyped(const QString &text, const QString &typed);
    QList<AnswerField> fieldsOf(int attempt) const;
    void loadFields();
    void announceField();

    void finish(int exitCode);

    Database &m_db;
    LoopPlan m_plan;
    Terminal &m_terminal;
    const Clock *m_clock;
    std::unique_ptr<SessionController> m_controller;
    QTimer m_ticker;
    QEventLoop *m_loop = nullptr;
    bool m_done = false;
    int m_exitCode = 0;

    Ask m_ask = Ask::None;
    SessionSummary m_offered;
    GradeStep m_gradeStep = GradeStep::Score;
    int m_pendingScore = 0;
    QString m_pendingNote;
    bool m_inTick = false;
    bool m_helpShown = false;
    int m_shownQuestion = -1; // the attempt whose question text is on screen
    QSet<int> m_announcedLocks;
    QSet<int> m_announcedBudgets;
    QString m_lastSaveError;

    int m_fieldsAttempt = -1;        // the attempt m_fields belongs to
    QList<AnswerSection> m_sections; // the question's sections, parallel to m_fields
    QList<AnswerField> m_fields;
    int m_fieldIndex = 0;
    QString m_closingNotes;
    // The follow-up being answered (attempt * 16 + follow-up) and its answer as entered.
    int m_followUpKey = -1;
    QString m_followUpAnswer;
};

} // namespace mockloop::cli
