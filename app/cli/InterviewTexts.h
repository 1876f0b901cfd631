#pragma once

#include "coach/AnswerTemplate.h"

#include <QList>
#include <QString>

namespace mockloop {
class SessionController;
struct Question;
} // namespace mockloop

namespace mockloop::cli {

// What `mockloop-cli run` shows of a session, as text: the round intro, a question, an answer,
// the grading screen, the round review, the closing segment, the status line and the help.
// Each is read from the SessionController at that moment; nothing here decides or changes
// anything. TerminalInterview prints them (the report at the end is core's, ReportText).
// The texts are TerminalInterview's to translate (TerminalInterview::tr).
class InterviewTexts
{
public:
    static QString help();
    static QString roundIntro(const SessionController &c);
    // The question of an attempt with its position and limits.
    static QString question(const SessionController &c, int attempt);
    // Answer fields (the one-field form without its name), or "(no answer)".
    static QString answer(const QList<AnswerField> &fields, const QString &indent);
    // The question's model outline and key points; empty when it has neither.
    static QString hints(const Question &q, const QString &indent);
    // The grading screen of an attempt whose answer is fields.
    static QString grading(const SessionController &c, int attempt, const QList<AnswerField> &fields);
    // A round's review table, shortened to lineWidth columns when that is set.
    static QString review(const SessionController &c, int round, int lineWidth);
    static QString closing(const SessionController &c);
    // "[Answering 01:10 left | round 1 of 2: 09:00 left | Q 1/3]"; empty outside a question.
    static QString status(const SessionController &c);
    // "2", or "2 (retake)": a retake is its question again.
    static QString questionNumber(const SessionController &c, int attempt);

    // "1 question", "3 questions"; "1 round", "2 rounds".
    static QString questions(int n);
    static QString rounds(int n);
    // Each line of text with indent in front, each ending in '\n'.
    static QString indented(const QString &text, const QString &indent);
};

} // namespace mockloop::cli
