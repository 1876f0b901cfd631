#include "InterviewTexts.h"

#include "base/TimeText.h"
#include "coach/Coach.h"
#include "controller/SessionController.h"
#include "report/FollowUpText.h"
#include "report/SessionText.h"
#include "session/HintsRule.h"
#include "Terminal.h"
#include "TerminalInterview.h"
#include "TextTable.h"

#include <algorithm>

namespace mockloop::cli {

namespace {

constexpr int kQuestionColumns = 44;

// One printed piece: nothing when empty, else ending in '\n' (as Terminal prints lines).
QString line(const QString &text)
{
    if (text.isEmpty() || text.endsWith(QLatin1Char('\n')))
        return text;
    return text + QLatin1Char('\n');
}

// The coach's hints on an answer, as the desktop's grade panel lists them: wrong claims and
// clichés quoted with their correction, missing key points, STAR parts, fillers.
QString coachText(const CoachReport &report)
{
    if (report.hints.isEmpty())
        return TerminalInterview::tr("Coach: no remarks on this answer.") + QLatin1Char('\n');
    QString text = TerminalInterview::tr("Coach:") + QLatin1Char('\n');
    for (const Hint &h : report.hints)
        text += QStringLiteral("  - ") + h.message + QLatin1Char('\n');
    return text;
}

QString usedOfAllowed(qint64 used, qint64 limit)
{
    return limit > 0 ? QStringLiteral("%1 / %2").arg(formatDuration(used), formatDuration(limit))
                     : formatDuration(used) + QStringLiteral(" / –");
}

} // namespace

// Spelled out rather than "%n question(s)": without an English catalogue that shows "(s)".
QString InterviewTexts::questions(int n)
{
    return n == 1 ? TerminalInterview::tr("1 question")
                  : TerminalInterview::tr("%1 questions").arg(n);
}

QString InterviewTexts::rounds(int n)
{
    return n == 1 ? TerminalInterview::tr("1 round") : TerminalInterview::tr("%1 rounds").arg(n);
}

QString InterviewTexts::indented(const QString &text, const QString &indent)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += indent + line + QLatin1Char('\n');
    return out;
}

QString InterviewTexts::status(const SessionController &c)
{
    const Engine &engine = c.engine();
    const State state = engine.state();
    const int attempt = engine.currentAttempt();
    const int round = engine.currentRound();
    if ((state != State::Prep && state != State::Answering && state != State::Paused
         && state != State::FollowUpAnswering)
        || attempt < 0 || round < 0)
        return {};
    const AttemptTimes times = engine.attemptTimes(attempt);
    QString clock;
    if (engine.timedState() == State::FollowUpAnswering) {
        // The follow-up's own clock (docs/engine.md, "Follow-ups").
        const FollowUpTimes f = times.followUps.value(engine.currentFollowUp());
        const qint64 left = engine.answerRemainingMs();
        clock = f.answerLimitMs <= 0
                    ? TerminalInterview::tr("Follow-up %1 (no limit)").arg(formatDuration(f.answerUsedMs))
                : left >= 0 ? TerminalInterview::tr("Follow-up %1 left").arg(formatTimeLeft(left))
                            : TerminalInterview::tr("Follow-up %1 over").arg(formatTimeOver(-left));
    } else if (engine.timedState() == State::Prep) {
        clock = TerminalInterview::tr("Prep %1 left").arg(formatTimeLeft(engine.prepRemainingMs()));
    } else if (times.answerLimitMs > 0) {
        const qint64 left = engine.answerRemainingMs();
        clock = left >= 0 ? TerminalInterview::tr("Answering %1 left").arg(formatTimeLeft(left))
                          : TerminalInterview::tr("Answering %1 over").arg(formatTimeOver(-left));
    } else {
        clock = TerminalInterview::tr("Answering %1 (no limit)").arg(formatDuration(times.answerUsedMs));
    }
    if (state == State::Paused)
        clock = TerminalInterview::tr("Paused: %1").arg(clock);
    QStringList parts{clock};
    const RoundTimes rt = engine.roundTimes(round);
    QString roundPart = TerminalInterview::tr("round %1 of %2").arg(round + 1).arg(engine.roundCount());
    if (rt.budgetMs > 0) {
        const qint64 left = engine.roundRemainingMs();
        roundPart += QStringLiteral(": ")
                     + (left >= 0 ? TerminalInterview::tr("%1 left").arg(formatTimeLeft(left))
                                  : TerminalInterview::tr("%1 over").arg(formatTimeOver(-left)));
    }
    // A retake is its question again, not one more (SessionController::questionPosition).
    const auto position = c.questionPosition(attempt);
    parts << roundPart << TerminalInterview::tr("Q %1/%2").arg(position.number).arg(position.count);
    return QLatin1Char('[') + parts.join(QStringLiteral(" | ")) + QLatin1Char(']');
}

QString InterviewTexts::help()
{
    return TerminalInterview::tr(
        "Commands, each on a line of its own:\n"
        "  .          end this part of the answer (Situation, Task, Action, Result);\n"
        "             after the last part the answer is submitted\n"
        "  :submit    submit the answer now\n"
        "  :skip      skip this question\n"
        "  :pause     stop the clock (when the plan allows it)\n"
        "  :resume    start the clock again\n"
        "  :abandon   end the session for good (asks first)\n"
        "  :help      this list\n"
        "Enter on an empty line goes on at round intros, preparation and reviews.\n"
        "End of input (Ctrl-D) or Ctrl-C saves the session; `mockloop-cli run` resumes it.");
}

QString InterviewTexts::roundIntro(const SessionController &c)
{
    const Engine &engine = c.engine();
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
    const int count = c.questionCount(round);
    QString text = QLatin1Char('\n')
                   + TerminalInterview::tr("Round %1 of %2: %3")
                         .arg(round + 1)
                         .arg(engine.roundCount())
                         .arg(displayName(rt.kind))
                   + QLatin1Char('\n');
    text += QStringLiteral("  ") + questions(count) + QLatin1Char('\n');
    if (count > 0) {
        text += QStringLiteral("  ")
                + (prepMax <= 0 ? TerminalInterview::tr("no preparation time")
                                : TerminalInterview::tr("preparation %1 per question")
                                      .arg(formatDurationRange(prepMin, prepMax)))
                + QLatin1Char('\n');
        text += QStringLiteral("  ")
                + (answerMax <= 0 ? TerminalInterview::tr("no answer time limit")
                                  : TerminalInterview::tr("answer %1 per question")
                                        .arg(formatDurationRange(answerMin, answerMax)))
                + QLatin1Char('\n');
    }
    text += QStringLiteral("  ")
            + (rt.budgetMs > 0
                   ? TerminalInterview::tr("round budget %1").arg(formatDuration(rt.budgetMs))
                   : TerminalInterview::tr("no round budget"))
            + QLatin1Char('\n');
    text += QStringLiteral("  ")
            + (rt.expiry == ExpiryPolicy::Hard
                   ? TerminalInterview::tr(
                       "hard deadlines: when time is up the answer is submitted and locked")
                   : TerminalInterview::tr("soft deadlines: you may run over; overtime is recorded"))
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
                + TerminalInterview::tr("story questions in %1 parts: %2; the others in one text")
                      .arg(star.size())
                      .arg(star.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
    } else if (parts.size() > 1) {
        text += QStringLiteral("  ")
                + TerminalInterview::tr("answers in %1 parts: %2")
                      .arg(parts.size())
                      .arg(parts.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
    }
    return text;
}

QString InterviewTexts::question(const SessionController &c, int attempt)
{
    const Engine &engine = c.engine();
    const AttemptTimes t = engine.attemptTimes(attempt);
    const Question &q = c.question(attempt);
    QString limits;
    if (t.prepLimitMs > 0)
        limits = TerminalInterview::tr("prep %1").arg(formatDuration(t.prepLimitMs))
                 + QStringLiteral(", ");
    limits += t.answerLimitMs > 0
                  ? TerminalInterview::tr("answer %1").arg(formatDuration(t.answerLimitMs))
                  : TerminalInterview::tr("no answer limit");
    const auto position = c.questionPosition(attempt);
    return QLatin1Char('\n')
           + (position.retake ? TerminalInterview::tr("Question %1 of %2, retake (round %3, %4; %5):")
                              : TerminalInterview::tr("Question %1 of %2 (round %3, %4; %5):"))
                 .arg(position.number)
                 .arg(position.count)
                 .arg(t.round + 1)
                 .arg(displayName(engine.roundTimes(t.round).kind), limits)
           + QLatin1Char('\n') + indented(q.text, QStringLiteral("  "));
}

QString InterviewTexts::answer(const QList<AnswerField> &fields, const QString &indent)
{
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
    return any ? text : indent + TerminalInterview::tr("(no answer)");
}

QString InterviewTexts::hints(const Question &q, const QString &indent)
{
    QString text;
    if (!q.outline.isEmpty())
        text += indent + TerminalInterview::tr("Model outline:") + QLatin1Char('\n')
                + indented(q.outline, indent + QStringLiteral("  "));
    if (!q.keyPoints.isEmpty()) {
        text += indent + TerminalInterview::tr("Key points:") + QLatin1Char('\n');
        for (const KeyPoint &k : q.keyPoints)
            text += indent + QStringLiteral("  - ") + k.text + QLatin1Char('\n');
    }
    return text;
}

QString InterviewTexts::grading(const SessionController &c, int attempt,
                                const QList<AnswerField> &fields)
{
    const Engine &engine = c.engine();
    const AttemptTimes t = engine.attemptTimes(attempt);
    const Question &q = c.question(attempt);
    const RoundKind kind = engine.roundTimes(t.round).kind;
    const auto position = c.questionPosition(attempt);
    QString text = QLatin1Char('\n')
                   + TerminalInterview::tr("Grade your answer: round %1 (%2), question %3 of %4")
                         .arg(t.round + 1)
                         .arg(displayName(kind))
                         .arg(position.number)
                         .arg(position.count)
                   + QLatin1Char('\n') + indented(q.text, QStringLiteral("  "));
    text += line(TerminalInterview::tr("Your answer:"));
    text += line(answer(fields, QStringLiteral("  ")));
    // The grade covers the follow-ups too.
    AttemptRecord withTimes = c.attemptRecord(attempt);
    withTimes.times = t;
    if (const QString followUps = followUpsPlainText(withTimes); !followUps.isEmpty())
        text += line(indented(followUps, QStringLiteral("  ")));
    if (hintsShown(c.plan(), c.engine().state())) {
        text += line(coachText(coach(q, fields, t.answerUsedMs, t.answerLimitMs)));
        text += line(hints(q, QString()));
    } else
        text += line(TerminalInterview::tr(
            "This plan shows the model outline and key points at the end of the loop, "
            "in the report."));
    // Anchors, so a score means the same thing every time.
    text += line(isStoryQuestion(q)
                     ? TerminalInterview::tr(
                         "1 no real example · 2 vague, no clear result · 3 all four parts, thin · "
                         "4 specific, your actions, a measurable result · 5 concise, numbers, lessons")
                     : TerminalInterview::tr(
                         "1 could not answer · 2 partly right · 3 main points, little depth · "
                         "4 structured, most key points, trade-offs · 5 complete, with examples"));
    return text;
}

QString InterviewTexts::review(const SessionController &c, int round, int lineWidth)
{
    const Engine &engine = c.engine();
    const RoundTimes rt = engine.roundTimes(round);
    QString text = QLatin1Char('\n')
                   + TerminalInterview::tr("Round %1 of %2 review: %3")
                         .arg(round + 1)
                         .arg(engine.roundCount())
                         .arg(displayName(rt.kind))
                   + QLatin1Char('\n');
    text += rt.budgetMs > 0
                ? TerminalInterview::tr("Round time %1 of %2")
                      .arg(formatDuration(rt.usedMs), formatDuration(rt.budgetMs))
                : TerminalInterview::tr("Round time %1 (no budget)").arg(formatDuration(rt.usedMs));
    if (rt.overtimeMs() > 0)
        text += TerminalInterview::tr(", %1 over").arg(formatDuration(rt.overtimeMs()));
    if (rt.budgetExpired)
        text += TerminalInterview::tr("; the budget ran out");
    text += QLatin1Char('\n');
    QList<QStringList> rows;
    for (int i = 0; i < engine.attemptCount(); ++i) {
        const AttemptTimes t = engine.attemptTimes(i);
        if (t.round != round)
            continue;
        const auto score = c.score(i);
        rows.append({questionNumber(c, i), elide(c.question(i).text.simplified(), kQuestionColumns),
                     attemptStatusDisplayName(t), usedOfAllowed(t.answerUsedMs, t.answerLimitMs),
                     t.overtimeMs() > 0 ? formatDuration(t.overtimeMs()) : QStringLiteral("–"),
                     score ? QString::number(*score) : QStringLiteral("–")});
    }
    TextTable table;
    table.header = {TerminalInterview::tr("#"),        TerminalInterview::tr("Question"),
                    TerminalInterview::tr("Status"),   TerminalInterview::tr("Used / allowed"),
                    TerminalInterview::tr("Overtime"), TerminalInterview::tr("Score")};
    table.rows = rows;
    table.maxWidth = lineWidth;
    return text + table.text();
}

// "2", or "2 (retake)" for a retake: a retake is its question again.
QString InterviewTexts::questionNumber(const SessionController &c, int attempt)
{
    const auto position = c.questionPosition(attempt);
    return position.retake ? TerminalInterview::tr("%1 (retake)").arg(position.number)
                           : QString::number(position.number);
}

QString InterviewTexts::closing(const SessionController &c)
{
    QString text = QLatin1Char('\n') + TerminalInterview::tr("Your questions for the interviewer")
                   + QLatin1Char('\n');
    const QList<ClosingEntry> suggestions = c.closingSuggestions();
    if (!suggestions.isEmpty())
        text += TerminalInterview::tr("Some worth asking:") + QLatin1Char('\n');
    for (const ClosingEntry &e : suggestions) {
        text += QStringLiteral("  - ") + e.text + QLatin1Char('\n');
        if (!e.why.isEmpty())
            text += QStringLiteral("      ") + e.why + QLatin1Char('\n');
    }
    const QString notes = c.closingNotes();
    if (!notes.isEmpty())
        text += TerminalInterview::tr("Your notes so far:") + QLatin1Char('\n')
                + indented(notes, QStringLiteral("  "));
    text += TerminalInterview::tr(
        "Write the questions you would ask, one per line; a line with just . finishes "
        "the session.");
    return text;
}

} // namespace mockloop::cli
