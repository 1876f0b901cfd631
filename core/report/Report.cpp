#include "report/Report.h"

#include "report/AnswerMarkdown.h"
#include "report/SessionText.h"
#include "session/HintsRule.h"
#include "coach/Rubric.h"
#include "base/TimeText.h"

#include <QCoreApplication>

namespace mockloop {

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Local time, as the person lived it (and as the history page shows it), with the zone so a
// report read elsewhere is still exact.
QString when(const QDateTime &t)
{
    return t.isValid() ? formatDateTimeWithZone(t) : QStringLiteral("–");
}

QString criterionName(const Rubric &rubric, const QString &key)
{
    for (const RubricCriterion &c : rubric.criteria) {
        if (c.key == key)
            return c.name;
    }
    return key;
}

// Stored rubric scores in the rubric's order; keys the rubric no longer has come last.
QList<ReportCriterion> criteriaOf(RoundKind kind, const QList<std::pair<QString, int>> &stored)
{
    const Rubric rubric = rubricFor(kind);
    QList<ReportCriterion> out;
    for (const RubricCriterion &c : rubric.criteria) {
        for (const auto &[key, score] : stored) {
            if (key == c.key)
                out.append({key, c.name, score});
        }
    }
    for (const auto &[key, score] : stored) {
        // A named copy: clang 14 cannot capture a structured binding (the fuzz build uses it).
        const QString &criterion = key;
        const bool known = std::any_of(rubric.criteria.cbegin(), rubric.criteria.cend(),
                                       [&criterion](const RubricCriterion &c) { return c.key == criterion; });
        if (!known)
            out.append({key, criterionName(rubric, key), score});
    }
    return out;
}

ReportQuestion questionOf(const AttemptRecord &a, int number, bool withHints)
{
    ReportQuestion q;
    q.number = number;
    q.attemptId = a.id;
    q.questionId = a.question.id;
    q.text = a.question.text;
    q.times = a.times;
    q.status = attemptStatusDisplayName(a.times);
    q.score = a.score;
    q.rubric = criteriaOf(a.question.kind, a.rubric);
    q.answer = a.answer;
    q.note = a.gradeNote;
    q.answeredAloud = a.answeredAloud;

    // The person's checklist when they graded with one; otherwise what the coach finds in the
    // stored answer (an answer that was never submitted covers nothing).
    const bool fromGrade = a.keyPointsCovered.size() == a.question.keyPoints.size()
                           && !a.keyPointsCovered.isEmpty();
    CoachReport coached;
    if (q.answered())
        coached = coach(a.question, a.answer, a.times.answerUsedMs, a.times.answerLimitMs);
    q.keyPointsFromGrade = fromGrade;
    for (qsizetype i = 0; i < a.question.keyPoints.size(); ++i) {
        const bool covered = fromGrade ? a.keyPointsCovered.at(i)
                                       : i < coached.keyPointsCovered.size() && coached.keyPointsCovered.at(i);
        q.keyPoints.append({a.question.keyPoints.at(i).text, covered});
        q.keyPointsCovered += covered ? 1 : 0;
    }
    if (withHints && q.answered())
        q.hints = coached.hints;
    return q;
}

std::optional<double> mean(int sum, int count)
{
    return count > 0 ? std::optional<double>(double(sum) / count) : std::nullopt;
}

QString keyPointsText(const ReportQuestion &q)
{
    return ReportText::tr("%1 of %2").arg(q.keyPointsCovered).arg(q.keyPoints.size());
}

QString answerTimeText(const AttemptTimes &t)
{
    return t.answerLimitMs > 0
               ? ReportText::tr("%1 of %2").arg(formatDurationMs(t.answerUsedMs), formatDurationMs(t.answerLimitMs))
               : ReportText::tr("%1 (untimed)").arg(formatDurationMs(t.answerUsedMs));
}

QString roundTimeText(const RoundTimes &t)
{
    return t.budgetMs > 0
               ? ReportText::tr("%1 of %2").arg(formatDurationMs(t.usedMs), formatDurationMs(t.budgetMs))
               : ReportText::tr("%1 (no round budget)").arg(formatDurationMs(t.usedMs));
}

QString roundTitle(const ReportRound &r)
{
    return ReportText::tr("Round %1: %2").arg(r.position + 1).arg(displayName(r.times.kind));
}

QString answeredText(const SessionReport &r)
{
    // The parts add up to the questions; the one left open by abandoning is named only then.
    if (r.abandoned > 0)
        return ReportText::tr("%1 of %2 questions (skipped %3, not reached %4, left open when abandoned %5)")
            .arg(r.answered)
            .arg(r.questions)
            .arg(r.skipped)
            .arg(r.notReached)
            .arg(r.abandoned);
    return ReportText::tr("%1 of %2 questions (skipped %3, not reached %4)")
        .arg(r.answered)
        .arg(r.questions)
        .arg(r.skipped)
        .arg(r.notReached);
}

QString totalTimeText(const SessionReport &r)
{
    return ReportText::tr("%1 (paused %2, interrupted %3, answer overtime %4)")
        .arg(formatDurationMs(r.totalUsedMs), formatDurationMs(r.totalPausedMs),
             formatDurationMs(r.totalInterruptedMs), formatDurationMs(r.totalOvertimeMs));
}

QString expiryText(ExpiryPolicy expiry)
{
    return expiry == ExpiryPolicy::Hard ? ReportText::tr("hard (answers lock at the deadline)")
                                        : ReportText::tr("soft (overtime is recorded)");
}

QString keyPointsHeading(const ReportQuestion &q)
{
    if (!q.answered())
        return ReportText::tr("Key points an answer would cover");
    return q.keyPointsFromGrade ? ReportText::tr("Key points (as ticked when grading)")
                                : ReportText::tr("Key points (as the coach found them)");
}

// The rows of a question's table, shared by both renderers.
// "retake of 1, +2" for a retake; empty otherwise.
QString retakeText(const ReportQuestion &q)
{
    if (!q.retakeOf)
        return {};
    return q.scoreChange ? ReportText::tr("retake of %1, %2").arg(*q.retakeOf).arg(scoreChangeText(*q.scoreChange))
                         : ReportText::tr("retake of %1").arg(*q.retakeOf);
}

QList<std::pair<QString, QString>> questionRows(const ReportQuestion &q)
{
    const AttemptTimes &t = q.times;
    QList<std::pair<QString, QString>> rows = {
        {ReportText::tr("Status"), q.status},
        {ReportText::tr("Score"),
         q.score ? reportScoreText(q.score) : (q.answered() ? ReportText::tr("not graded") : QStringLiteral("–"))},
        {ReportText::tr("Answer time"), answerTimeText(t)},
        {ReportText::tr("Preparation"),
         ReportText::tr("%1 of %2").arg(formatDurationMs(t.prepUsedMs), formatDurationMs(t.prepLimitMs))},
        {ReportText::tr("Overtime"), formatDurationMs(t.overtimeMs())},
        {ReportText::tr("Paused"), formatDurationMs(t.pausedMs)},
        {ReportText::tr("Interrupted"), formatDurationMs(t.interruptedMs)},
    };
    if (q.retakeOf) {
        rows.insert(1, {ReportText::tr("Retake of"), ReportText::tr("question %1").arg(*q.retakeOf)});
        if (q.scoreChange)
            rows.insert(3, {ReportText::tr("Score change"), scoreChangeText(*q.scoreChange)});
    }
    if (!q.keyPoints.isEmpty() && q.answered())
        rows.append({ReportText::tr("Key points covered"), keyPointsText(q)});
    if (q.answeredAloud)
        rows.append({ReportText::tr("Answer"),
                     ReportText::tr("spoken aloud; the fields below are notes")});
    return rows;
}

// The round's overview: one line per question, the columns both renderers show.
QStringList overviewHeader()
{
    return {ReportText::tr("#"), ReportText::tr("Question"), ReportText::tr("Status"), ReportText::tr("Score"),
            ReportText::tr("Answer time"), ReportText::tr("Key points")};
}

QStringList overviewRow(const ReportQuestion &q)
{
    QString status = q.retakeOf ? ReportText::tr("%1 (%2)").arg(q.status, retakeText(q)) : q.status;
    if (!q.counted && q.answered())
        status = ReportText::tr("%1; replaced by a retake").arg(status);
    return {QString::number(q.number), q.text, status, reportScoreText(q.score), answerTimeText(q.times),
            q.keyPoints.isEmpty() || !q.answered() ? QStringLiteral("–") : keyPointsText(q)};
}

QList<std::pair<QString, QString>> sessionRows(const SessionReport &r)
{
    return {
        {ReportText::tr("Session"), QString::number(r.sessionId)},
        {ReportText::tr("Status"), r.status},
        {ReportText::tr("Started"), when(r.startedAt)},
        {ReportText::tr("Ended"), when(r.endedAt)},
        {ReportText::tr("Answered"), answeredText(r)},
        {ReportText::tr("Average score"), reportAverageText(r.averageScore)},
        {ReportText::tr("Time used"), totalTimeText(r)},
        {ReportText::tr("Time limits"), expiryText(r.expiry)},
    };
}

// --- Markdown ---------------------------------------------------------------------------

// Headings in the person's text go below "### Question n".
constexpr int kAnswerHeadingShift = 3;

// Backslash-escapes what Markdown or HTML would read as markup in the report's own texts
// (question texts, names, key points), so they show as written, on one line: they are not
// the person's Markdown. The person's answers and notes keep theirs (quoteBlock).
QString mdEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            out += u' ';
            continue;
        }
        static const QString always = QStringLiteral("\\`*_[]<>&|");
        if (always.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

// The person's text as their own Markdown (AnswerMarkdown.h), in a block quote: the quote
// marks where it starts and ends, and no block of theirs can run on into the report.
QString quoteBlock(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("> ") + ReportText::tr("(empty)") + QLatin1Char('\n');
    QString out;
    for (const QString &line : answerMarkdown(text, kAnswerHeadingShift).split(QLatin1Char('\n')))
        out += (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line) + QLatin1Char('\n');
    return out;
}

QString mdTable(const QList<std::pair<QString, QString>> &rows)
{
    QString md = QStringLiteral("| | |\n|---|---|\n");
    for (const auto &[k, v] : rows)
        md += QStringLiteral("| %1 | %2 |\n").arg(mdEscape(k), mdEscape(v));
    return md + QLatin1Char('\n');
}

QString severityMark(HintSeverity s)
{
    return s == HintSeverity::Warning ? ReportText::tr("Warning") : ReportText::tr("Tip");
}

void questionMarkdown(QString &md, const ReportQuestion &q)
{
    md += QStringLiteral("### ") + ReportText::tr("Question %1").arg(q.number) + QStringLiteral("\n\n");
    md += QStringLiteral("**") + mdEscape(q.text) + QStringLiteral("**\n\n");
    md += mdTable(questionRows(q));
    if (!q.rubric.isEmpty()) {
        md += ReportText::tr("Rubric:") + QStringLiteral("\n\n");
        for (const ReportCriterion &c : q.rubric)
            md += QStringLiteral("- ") + mdEscape(c.name) + QStringLiteral(": ") + reportScoreText(c.score) + QLatin1Char('\n');
        md += QLatin1Char('\n');
    }
    if (!q.keyPoints.isEmpty()) {
        md += keyPointsHeading(q) + QStringLiteral(":\n\n");
        for (const ReportKeyPoint &k : q.keyPoints)
            md += (!q.answered() ? QStringLiteral("- ") : k.covered ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] "))
                  + mdEscape(k.text) + QLatin1Char('\n');
        md += QLatin1Char('\n');
    }
    if (q.hasAnswerText()) {
        for (const AnswerField &f : q.answer) {
            md += QStringLiteral("*") + mdEscape(answerFieldDisplayName(f.name)) + QStringLiteral("*\n\n");
            md += quoteBlock(f.value) + QLatin1Char('\n');
        }
    }
    if (!q.hints.isEmpty()) {
        md += ReportText::tr("Coach hints:") + QStringLiteral("\n\n");
        for (const Hint &h : q.hints)
            md += QStringLiteral("- ") + severityMark(h.severity) + QStringLiteral(": ") + mdEscape(h.message) + QLatin1Char('\n');
        md += QLatin1Char('\n');
    }
    if (!q.note.trimmed().isEmpty())
        md += ReportText::tr("Note:") + QStringLiteral("\n\n") + quoteBlock(q.note) + QLatin1Char('\n');
}

// --- HTML -------------------------------------------------------------------------------

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString htmlRows(const QList<std::pair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto &[k, v] : rows)
        html += QStringLiteral("<tr><td class=\"label\">") + esc(k) + QStringLiteral("</td><td>") + esc(v)
                + QStringLiteral("</td></tr>");
    return html + QStringLiteral("</table>");
}

QString preText(const QString &text)
{
    return QStringLiteral("<p class=\"text\">") + esc(text) + QStringLiteral("</p>");
}

// The person's text rendered from their Markdown, every character escaped.
QString personText(const QString &text)
{
    return text.trimmed().isEmpty() ? preText(ReportText::tr("(empty)")) : answerHtml(text, kAnswerHeadingShift);
}

QString sub(const QString &title)
{
    return QStringLiteral("<p class=\"sub\">") + esc(title) + QStringLiteral("</p>");
}

void questionHtml(QString &html, const ReportQuestion &q)
{
    html += QStringLiteral("<h3>") + esc(ReportText::tr("Question %1").arg(q.number)) + QStringLiteral("</h3>");
    html += QStringLiteral("<p class=\"question\">") + esc(q.text) + QStringLiteral("</p>");
    html += htmlRows(questionRows(q));
    if (!q.rubric.isEmpty()) {
        html += sub(ReportText::tr("Rubric"));
        QList<std::pair<QString, QString>> rows;
        for (const ReportCriterion &c : q.rubric)
            rows.append({c.name, reportScoreText(c.score)});
        html += htmlRows(rows);
    }
    if (!q.keyPoints.isEmpty()) {
        html += sub(keyPointsHeading(q)) + QStringLiteral("<ul class=\"checks\">");
        for (const ReportKeyPoint &k : q.keyPoints)
            html += QStringLiteral("<li>")
                    + (!q.answered() ? QStringLiteral("&#x2022; ") : k.covered ? QStringLiteral("&#x2611; ") : QStringLiteral("&#x2610; "))
                    + esc(k.text) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    if (q.hasAnswerText()) {
        for (const AnswerField &f : q.answer)
            html += sub(answerFieldDisplayName(f.name)) + personText(f.value);
    }
    if (!q.hints.isEmpty()) {
        html += sub(ReportText::tr("Coach hints")) + QStringLiteral("<ul>");
        for (const Hint &h : q.hints)
            html += QStringLiteral("<li><b>") + esc(severityMark(h.severity)) + QStringLiteral(":</b> ")
                    + esc(h.message) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    if (!q.note.trimmed().isEmpty())
        html += sub(ReportText::tr("Note")) + personText(q.note);
}

} // namespace

bool ReportQuestion::hasAnswerText() const
{
    return std::any_of(answer.cbegin(), answer.cend(),
                       [](const AnswerField &f) { return !f.value.trimmed().isEmpty(); });
}

QString reportScoreText(const std::optional<int> &score)
{
    return score ? ReportText::tr("%1 / 5").arg(*score) : QStringLiteral("–");
}

QString reportAverageText(const std::optional<double> &average)
{
    return average ? ReportText::tr("%1 / 5").arg(formatDecimal(*average)) : QStringLiteral("–");
}

SessionReport buildReport(const SessionRecord &s)
{
    SessionReport r;
    r.sessionId = s.id;
    r.title = s.plan.name.trimmed().isEmpty() ? ReportText::tr("Session %1").arg(s.id) : s.plan.name;
    r.statusKey = s.status;
    r.status = sessionStatusDisplayName(s.status);
    r.startedAt = s.startedAt;
    r.endedAt = s.endedAt;
    r.expiry = s.plan.expiry;
    r.hintsShown = hintsShown(s.plan, s.status == QLatin1String("running") ? s.snapshot.state : State::Finished);
    r.closingSegment = s.plan.closingSegment;
    r.closingNotes = s.closingNotes;

    int scoreSum = 0;
    QList<std::pair<RoundKind, std::pair<int, int>>> byKind; // kind -> (sum, count)
    for (const RoundRecord &rr : s.rounds) {
        ReportRound round;
        round.position = rr.position;
        round.times = rr.times;
        int roundSum = 0;
        int counted = 0;
        for (int i = 0; i < s.attempts.size(); ++i) {
            const AttemptRecord &a = s.attempts.at(i);
            if (a.times.round != rr.position)
                continue;
            ReportQuestion q = questionOf(a, int(round.questions.size()) + 1, r.hintsShown);
            // Retakes stay in their round (docs/engine.md): point at the first attempt there.
            for (const ReportQuestion &earlier : std::as_const(round.questions)) {
                if (earlier.questionId == q.questionId) {
                    q.retakeOf = earlier.number;
                    break;
                }
            }
            if (const auto previous = previousScoreOf(s.attempts, i); q.retakeOf && previous && q.score)
                q.scoreChange = *q.score - *previous;
            r.totalPausedMs += a.times.pausedMs;
            r.totalInterruptedMs += a.times.interruptedMs;
            r.totalOvertimeMs += a.times.overtimeMs();
            // Each question counts once, at the attempt the store marks (a retake replaces).
            q.counted = a.counted;
            if (q.counted) {
                ++counted;
                round.answered += q.answered() ? 1 : 0;
                r.skipped += a.times.status == AttemptStatus::Skipped ? 1 : 0;
                r.notReached += a.times.status == AttemptStatus::NotReached ? 1 : 0;
                r.abandoned += a.times.status == AttemptStatus::Abandoned ? 1 : 0;
                if (q.score) {
                    ++round.graded;
                    roundSum += *q.score;
                }
            }
            round.questions.append(q);
        }
        round.averageScore = mean(roundSum, round.graded);
        r.questions += counted;
        r.answered += round.answered;
        r.graded += round.graded;
        r.totalUsedMs += rr.times.usedMs;
        scoreSum += roundSum;
        auto it = std::find_if(byKind.begin(), byKind.end(),
                               [&rr](const auto &k) { return k.first == rr.times.kind; });
        if (it == byKind.end())
            it = byKind.insert(byKind.end(), {rr.times.kind, {0, 0}});
        it->second.first += roundSum;
        it->second.second += round.graded;
        r.rounds.append(round);
    }
    r.averageScore = mean(scoreSum, r.graded);
    for (const auto &[kind, sumCount] : byKind) {
        if (sumCount.second > 0)
            r.kindAverages.append({kind, sumCount.second, double(sumCount.first) / sumCount.second});
    }
    return r;
}

QString reportMarkdown(const SessionReport &r)
{
    QString md = QStringLiteral("# ") + mdEscape(r.title) + QStringLiteral("\n\n");
    for (const auto &[k, v] : sessionRows(r))
        md += QStringLiteral("- ") + k + QStringLiteral(": ") + mdEscape(v) + QLatin1Char('\n');
    md += QLatin1Char('\n');
    if (!r.kindAverages.isEmpty()) {
        md += QStringLiteral("| ") + ReportText::tr("Round kind") + QStringLiteral(" | ") + ReportText::tr("Graded")
              + QStringLiteral(" | ") + ReportText::tr("Average score") + QStringLiteral(" |\n|---|---|---|\n");
        for (const ReportKindAverage &k : r.kindAverages)
            md += QStringLiteral("| %1 | %2 | %3 |\n").arg(displayName(k.kind)).arg(k.graded).arg(reportAverageText(k.average));
        md += QLatin1Char('\n');
    }
    if (!r.hintsShown)
        md += ReportText::tr("Coach hints appear when the loop ends (the plan's hints timing).") + QStringLiteral("\n\n");

    for (const ReportRound &round : r.rounds) {
        md += QStringLiteral("## ") + roundTitle(round) + QStringLiteral("\n\n");
        md += ReportText::tr("Time used %1; overtime %2; average score %3.")
                  .arg(roundTimeText(round.times), formatDurationMs(round.times.overtimeMs()),
                       reportAverageText(round.averageScore))
              + QStringLiteral("\n\n");
        if (round.times.budgetExpired)
            md += ReportText::tr("The round's time ran out; the remaining questions were not reached.") + QStringLiteral("\n\n");
        if (!round.questions.isEmpty()) {
            const QStringList header = overviewHeader();
            md += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|")
                  + QStringLiteral("---|").repeated(header.size()) + QLatin1Char('\n');
            for (const ReportQuestion &q : round.questions) {
                QStringList cells = overviewRow(q);
                for (QString &cell : cells)
                    cell = mdEscape(cell);
                md += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            }
            md += QLatin1Char('\n');
        }
        for (const ReportQuestion &q : round.questions)
            questionMarkdown(md, q);
    }
    if (r.closingSegment && !r.closingNotes.trimmed().isEmpty()) {
        md += QStringLiteral("## ") + ReportText::tr("Your questions for the interviewer") + QStringLiteral("\n\n");
        md += quoteBlock(r.closingNotes) + QLatin1Char('\n');
    }
    return md;
}

QString reportHtml(const SessionReport &r, const ReportColours &c)
{
    // Only CSS that both browsers and QTextDocument (the report page, the PDF) understand.
    const QString background = c.background.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" background-color: %1;").arg(c.background);
    const QString style =
        QStringLiteral("body { font-family: sans-serif; font-size: 10.5pt; color: %1;%2 }\n").arg(c.text, background)
        + QStringLiteral(
              "h1 { font-size: 18pt; margin-bottom: 6px; }\n"
              "h2 { font-size: 14pt; margin-top: 24px; margin-bottom: 6px; color: %1; }\n"
              "h2.next { page-break-before: always; }\n"
              "h3 { font-size: 11.5pt; margin-top: 22px; margin-bottom: 2px; }\n"
              "p.question { font-weight: bold; margin-top: 2px; margin-bottom: 6px; }\n"
              "p.sub { font-style: italic; color: %2; margin-top: 10px; margin-bottom: 2px; }\n"
              "p.text { white-space: pre-wrap; margin-top: 0; margin-left: 16px; }\n"
              "p.info { color: %2; }\n"
              "td { vertical-align: top; }\n"
              "td.label { color: %2; padding-right: 16px; }\n"
              "table.grid { margin-top: 10px; margin-bottom: 4px; border-color: %3; }\n"
              "th { background-color: %4; text-align: left; }\n"
              "ul { margin-top: 0; }\n"
              "ul.checks { list-style-type: none; margin-left: 0; }\n")
              .arg(c.heading, c.muted, c.border, c.headerBackground);

    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>") + esc(r.title)
                   + QStringLiteral("</title>\n<style>\n") + style + answerHtmlStyle() + QStringLiteral("</style>\n</head><body>\n");
    html += QStringLiteral("<h1>") + esc(r.title) + QStringLiteral("</h1>\n");
    html += htmlRows(sessionRows(r)) + QLatin1Char('\n');
    if (!r.kindAverages.isEmpty()) {
        html += QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\"><tr><th>") + esc(ReportText::tr("Round kind"))
                + QStringLiteral("</th><th>") + esc(ReportText::tr("Graded")) + QStringLiteral("</th><th>")
                + esc(ReportText::tr("Average score")) + QStringLiteral("</th></tr>");
        for (const ReportKindAverage &k : r.kindAverages)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(displayName(k.kind)))
                        .arg(k.graded)
                        .arg(esc(reportAverageText(k.average)));
        html += QStringLiteral("</table>\n");
    }
    if (!r.hintsShown)
        html += QStringLiteral("<p class=\"info\">")
                + esc(ReportText::tr("Coach hints appear when the loop ends (the plan's hints timing)."))
                + QStringLiteral("</p>\n");

    bool first = true;
    for (const ReportRound &round : r.rounds) {
        html += (first ? QStringLiteral("<h2>") : QStringLiteral("<h2 class=\"next\">")) + esc(roundTitle(round))
                + QStringLiteral("</h2>");
        first = false;
        QList<std::pair<QString, QString>> rows = {
            {ReportText::tr("Time used"), roundTimeText(round.times)},
            {ReportText::tr("Round overtime"), formatDurationMs(round.times.overtimeMs())},
            {ReportText::tr("Average score"), reportAverageText(round.averageScore)},
        };
        if (round.times.budgetExpired)
            rows.append({ReportText::tr("Budget"), ReportText::tr("ran out; the remaining questions were not reached")});
        html += htmlRows(rows) + QLatin1Char('\n');
        if (!round.questions.isEmpty()) {
            html += QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\"><tr>");
            for (const QString &h : overviewHeader())
                html += QStringLiteral("<th>") + esc(h) + QStringLiteral("</th>");
            html += QStringLiteral("</tr>");
            for (const ReportQuestion &q : round.questions) {
                html += QStringLiteral("<tr>");
                for (const QString &cell : overviewRow(q))
                    html += QStringLiteral("<td>") + esc(cell) + QStringLiteral("</td>");
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>\n");
        }
        for (const ReportQuestion &q : round.questions) {
            questionHtml(html, q);
            html += QLatin1Char('\n');
        }
    }
    if (r.closingSegment) {
        html += QStringLiteral("<h2>") + esc(ReportText::tr("Your questions for the interviewer")) + QStringLiteral("</h2>");
        html += r.closingNotes.trimmed().isEmpty()
                    ? QStringLiteral("<p>") + esc(ReportText::tr("(none written)")) + QStringLiteral("</p>")
                    : answerHtml(r.closingNotes, kAnswerHeadingShift);
    }
    html += QStringLiteral("\n</body></html>\n");
    return html;
}

} // namespace mockloop
