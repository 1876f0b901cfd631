// The session report model and its Markdown, HTML and plain-text renderers, on a real session stored in a
// real database (QTemporaryDir) and driven by the fake clock: every number in the report is
// the stored one, the person's text is escaped, skipped and not-reached questions say so.
#include "bank/QuestionBank.h"
#include "base/TimeText.h"
#include "coach/Coach.h"
#include "coach/Rubric.h"
#include "controller/SessionController.h"
#include "practice/History.h"
#include "report/Exporter.h"
#include "report/ReportHtml.h"
#include "report/ReportMarkdown.h"
#include "report/ReportModel.h"
#include "report/ReportText.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "FakeClock.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

// No preparation, 60 s answers, no closing segment: the plans of the retake and abandon tests.
LoopPlan plainPlan(const QString &name, GradingTiming grading, const QList<RoundPlan> &rounds)
{
    LoopPlan plan;
    plan.name = name;
    plan.prepSeconds = 0;
    plan.answerSeconds = 60;
    plan.retakeAllowed = true;
    plan.closingSegment = false;
    plan.gradingTiming = grading;
    plan.rounds = rounds;
    return plan;
}

const QString kHostile = QStringLiteral(
    "Use <b>indexes</b> & a <script>alert(1)</script> cache\n# not a heading");

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void build_numbersEqualTheStoredOnes();
    void build_skippedAndNotReached_haveStatusAndNoScoreOrHints();
    void build_keyPoints_fromTheChecklistOrTheCoach();
    void build_endOfLoopHints_hiddenWhileRunning();
    void html_escapesTheAnswer_andIsOneDocument();
    void markdown_escapesTheAnswer_andShowsTheNumbers();
    void markdownAnswer_keepsListsAndCode_inMarkdownHtmlAndExport();
    void build_retake_pointsAtTheFirstAttemptWithTheScoreChange();
    void build_retake_replaces_countsAndAveragesUseTheLatestAnswer();
    void build_abandoned_openQuestionClosed_unreachedRoundsNotReached();
    void text_hasTheMarkdownsFigures_withoutTheAnswers();
    void text_retake_replacedAnswerSaysSo_averageIsTheModels();
    void text_modelOutline_onlyWhereGradingHeldItBack();

private:
    // Round 1 (technical, soft, 60 s per answer): an answer with markup characters, paused
    // 10 s, 75 s used (15 s overtime), graded with the rubric and a checklist; then a skip.
    // Round 2 (behavioral, hard 50 s round budget): the first answer runs into the budget, the
    // second is not reached.
    qint64 runSession(HintsTiming hints = HintsTiming::AfterEachAnswer, bool finish = true);
    SessionRecord load(qint64 id);
    qint64 runRetakeSession(bool skipTheRetake);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
};

void TestReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
}

void TestReport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestReport::runSession(HintsTiming hints, bool finish)
{
    LoopPlan plan;
    plan.name = QStringLiteral("report <test> & more");
    plan.prepSeconds = 5;
    plan.answerSeconds = 60;
    plan.hintsTiming = hints;
    plan.closingSegment = false;
    plan.gradingTiming = GradingTiming::AfterEachQuestion;
    plan.rounds = {
        RoundPlan{RoundKind::Technical,
                  2,
                  {QStringLiteral("tech.sql-vs-nosql"), QStringLiteral("tech.database-indexes")},
                  {},
                  {},
                  {},
                  {}},
        RoundPlan{RoundKind::Behavioral,
                  2,
                  {QStringLiteral("beh.production-bug"), QStringLiteral("beh.teammate-conflict")},
                  {},
                  120,
                  50,
                  ExpiryPolicy::Hard}};
    QString error;
    auto c = SessionController::start(*m_db, plan, &m_clock, &error, 7u);
    if (!c)
        qFatal("%s", qPrintable(error));
    auto step = [&c](Event e) {
        const auto r = c->handle(e);
        if (!r)
            qFatal("%s refused in %s: %s", qPrintable(toKey(e)), qPrintable(toKey(c->state())),
                   qPrintable(r.reason));
    };
    step(Event::Start);    // RoundIntro
    step(Event::Continue); // Prep
    m_clock.advanceSeconds(3);
    step(Event::BeginAnswer); // Answering
    c->setAnswer({{QStringLiteral("answer"), kHostile}});
    m_clock.advanceSeconds(30);
    step(Event::Pause);
    m_clock.advanceSeconds(10);
    step(Event::Resume);
    m_clock.advanceSeconds(45); // 75 s answering: 15 s over the soft limit
    c->tick();
    step(Event::Submit);
    Grade grade;
    grade.rubric = {{QStringLiteral("correctness"), 4},
                    {QStringLiteral("depth"), 3},
                    {QStringLiteral("clarity"), 5},
                    {QStringLiteral("trade_offs"), 2}};
    grade.overall = 4;
    grade.keyPointsCovered = QList<bool>(5, false);
    grade.keyPointsCovered[1] = true;
    grade.keyPointsCovered[3] = true;
    grade.note = QStringLiteral("name <the> trade-offs & costs");
    if (!c->submitGrade(grade))
        qFatal("grade refused");
    if (c->state() != State::Prep) // grading leads to the next question's Prep
        qFatal("not in prep after grading: %s", qPrintable(toKey(c->state())));
    step(Event::Skip);
    step(Event::Continue); // round review -> round 2 intro
    step(Event::Continue); // Prep of round 2
    m_clock.advanceSeconds(5);
    c->tick(); // prep expired -> Answering
    c->setAnswer({{QStringLiteral("situation"), QStringLiteral("Our checkout failed at night.")},
                  {QStringLiteral("task"), QString()},
                  {QStringLiteral("action"), QStringLiteral("I rolled back.")},
                  {QStringLiteral("result"), QString()}});
    m_clock.advanceSeconds(60);
    c->tick(); // the 50 s round budget ran out: submitted, rest not reached
    if (c->state() == State::Grading)
        c->submitGrade(3, QString());
    if (finish) {
        while (c->state() != State::Finished) {
            const auto r = c->handle(Event::Continue);
            if (!r)
                qFatal("cannot finish in %s: %s", qPrintable(toKey(c->state())),
                       qPrintable(r.reason));
        }
    }
    return c->sessionId();
}

SessionRecord TestReport::load(qint64 id)
{
    QString error;
    const auto s = SessionStore(*m_db).load(id, &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    return *s;
}

void TestReport::build_numbersEqualTheStoredOnes()
{
    const SessionRecord s = load(runSession());
    const SessionReport r = buildReport(s);
    QCOMPARE(r.sessionId, s.id);
    QCOMPARE(r.title, s.plan.name);
    QCOMPARE(r.statusKey, QStringLiteral("finished"));
    QCOMPARE(r.rounds.size(), 2);
    QCOMPARE(r.questions, 4);
    QCOMPARE(r.answered, 2);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(r.notReached, 1);

    // Every stored time is in the report unchanged.
    qint64 used = 0;
    qint64 paused = 0;
    for (int i = 0; i < s.rounds.size(); ++i) {
        QCOMPARE(r.rounds[i].times, s.rounds[i].times);
        used += s.rounds[i].times.usedMs;
    }
    int n = 0;
    for (const ReportRound &round : r.rounds) {
        for (const ReportQuestion &q : round.questions) {
            const AttemptRecord &a = s.attempts.at(n++);
            QCOMPARE(q.attemptId, a.id);
            QCOMPARE(q.text, a.question.text);
            QCOMPARE(q.times, a.times);
            QCOMPARE(q.score, a.score);
            QCOMPARE(q.note, a.gradeNote);
            QCOMPARE(q.answer, a.answer);
            paused += a.times.pausedMs;
        }
    }
    QCOMPARE(n, s.attempts.size());
    QCOMPARE(r.totalUsedMs, used);
    QCOMPARE(r.totalPausedMs, paused);

    // And they are the times the fake clock produced.
    const ReportQuestion &first = r.rounds[0].questions[0];
    QCOMPARE(first.times.prepUsedMs, 3'000);
    QCOMPARE(first.times.answerUsedMs, 75'000);
    QCOMPARE(first.times.answerLimitMs, 60'000);
    QCOMPARE(first.times.overtimeMs(), 15'000);
    QCOMPARE(first.times.pausedMs, 10'000);
    QCOMPARE(r.totalPausedMs, 10'000);
    QCOMPARE(r.totalOvertimeMs, 15'000);
    QCOMPARE(first.score, std::optional<int>(4));
    QCOMPARE(first.note, QStringLiteral("name <the> trade-offs & costs"));
    // The rubric in its order, with the translated names of the technical rubric.
    const Rubric rubric = rubricFor(RoundKind::Technical);
    QCOMPARE(first.rubric.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(first.rubric[i].key, rubric.criteria[i].key);
        QCOMPARE(first.rubric[i].name, rubric.criteria[i].name);
        // The store keeps its own order; the report puts the stored scores in the rubric's.
        const auto stored = std::find_if(s.attempts[0].rubric.cbegin(), s.attempts[0].rubric.cend(),
                                         [&](const auto &p) {
                                             return p.first == rubric.criteria[i].key;
                                         });
        QVERIFY(stored != s.attempts[0].rubric.cend());
        QCOMPARE(first.rubric[i].score, stored->second);
    }
    // Averages: the technical round has one graded answer (4), the behavioral one (3).
    QCOMPARE(r.graded, 2);
    QCOMPARE(r.averageScore, std::optional<double>(3.5));
    QCOMPARE(r.rounds[0].averageScore, std::optional<double>(4.0));
    QCOMPARE(r.rounds[1].averageScore, std::optional<double>(3.0));
    QCOMPARE(r.kindAverages.size(), 2);
    QCOMPARE(r.kindAverages[0].kind, RoundKind::Technical);
    QCOMPARE(r.kindAverages[0].average, 4.0);
    QCOMPARE(r.kindAverages[1].kind, RoundKind::Behavioral);
    QCOMPARE(r.kindAverages[1].graded, 1);
}

void TestReport::build_skippedAndNotReached_haveStatusAndNoScoreOrHints()
{
    const SessionReport r = buildReport(load(runSession()));
    const ReportQuestion &skipped = r.rounds[0].questions[1];
    QCOMPARE(skipped.number, 2);
    QCOMPARE(skipped.times.status, AttemptStatus::Skipped);
    QCOMPARE(skipped.status, QStringLiteral("skipped"));
    QVERIFY(!skipped.score);
    QVERIFY(skipped.hints.isEmpty());
    QCOMPARE(skipped.keyPointsCovered, 0);

    QVERIFY(r.rounds[1].times.budgetExpired);
    const ReportQuestion &cut = r.rounds[1].questions[0];
    QCOMPARE(cut.times.status, AttemptStatus::Submitted);
    QCOMPARE(cut.times.answerUsedMs + cut.times.prepUsedMs, 50'000); // locked at the round deadline
    const ReportQuestion &notReached = r.rounds[1].questions[1];
    QCOMPARE(notReached.times.status, AttemptStatus::NotReached);
    QCOMPARE(notReached.status, QStringLiteral("not reached"));
    QVERIFY(!notReached.score);

    const QString md = reportMarkdown(r);
    QVERIFY(md.contains(QStringLiteral("| Status | skipped |")));
    QVERIFY(md.contains(QStringLiteral("| Status | not reached |")));
    QVERIFY(md.contains(QStringLiteral("the remaining questions were not reached")));
    QVERIFY(md.contains(QStringLiteral("2 of 4 questions (skipped 1, not reached 1)")));
}

void TestReport::build_keyPoints_fromTheChecklistOrTheCoach()
{
    const SessionRecord s = load(runSession());
    const SessionReport r = buildReport(s);
    // Graded with a checklist: the person's ticks, not the coach's.
    const ReportQuestion &graded = r.rounds[0].questions[0];
    QVERIFY(graded.keyPointsFromGrade);
    QCOMPARE(graded.keyPoints.size(), 5);
    QCOMPARE(graded.keyPointsCovered, 2);
    QVERIFY(graded.keyPoints[1].covered && graded.keyPoints[3].covered
            && !graded.keyPoints[0].covered);
    QCOMPARE(graded.keyPoints[1].text, s.attempts[0].question.keyPoints[1].text);
    // The coach's hints on the stored answer, the same as calling the coach directly.
    const AttemptRecord &a = s.attempts[0];
    QCOMPARE(graded.hints,
             coach(a.question, a.answer, a.times.answerUsedMs, a.times.answerLimitMs).hints);
    QVERIFY(!graded.hints.isEmpty());

    // Graded with a score only: the coach's reading of the answer.
    const ReportQuestion &story = r.rounds[1].questions[0];
    const AttemptRecord &b = s.attempts[2];
    QVERIFY(!story.keyPointsFromGrade);
    const CoachReport coached = coach(b.question, b.answer, b.times.answerUsedMs,
                                      b.times.answerLimitMs);
    QCOMPARE(story.keyPointsCovered, coached.keyPointsCoveredCount());
    QVERIFY(story.hints.size() > 0); // task and result are empty: STAR parts missing
    QVERIFY(coached.hintCodes().contains(QStringLiteral("star.missing_part")));

    // Deterministic: building twice gives the same Markdown and HTML.
    QCOMPARE(reportMarkdown(buildReport(s)), reportMarkdown(r));
    QCOMPARE(reportHtml(buildReport(s)), reportHtml(r));
}

void TestReport::build_endOfLoopHints_hiddenWhileRunning()
{
    const qint64 id = runSession(HintsTiming::EndOfLoop, false);
    const SessionReport running = buildReport(load(id));
    QCOMPARE(running.statusKey, QStringLiteral("running"));
    QVERIFY(!running.hintsShown);
    QVERIFY(running.rounds[0].questions[0].hints.isEmpty());
    QVERIFY(reportMarkdown(running).contains(QStringLiteral("Coach hints appear when the loop ends")));
}

void TestReport::html_escapesTheAnswer_andIsOneDocument()
{
    const SessionReport r = buildReport(load(runSession()));
    const QString html = reportHtml(r);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<title>report &lt;test&gt; &amp; more</title>")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<b>indexes")));
    QVERIFY(html.contains(QStringLiteral(
        "Use &lt;b&gt;indexes&lt;/b&gt; &amp; a &lt;script&gt;alert(1)&lt;/script&gt; cache")));
    QVERIFY(html.contains(QStringLiteral("name &lt;the&gt; trade-offs &amp; costs")));
    // Self-contained: no link, image or script pulls anything in.
    QVERIFY(!html.contains(QStringLiteral("<link")));
    QVERIFY(!html.contains(QStringLiteral("src=")));
    QVERIFY(!html.contains(QStringLiteral("http")));
    QVERIFY(html.contains(QStringLiteral("1:15 of 1:00")));
    QVERIFY(html.contains(QStringLiteral("4 / 5")));
    QVERIFY(html.contains(rubricFor(RoundKind::Technical).criteria[2].name.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("2 of 5")));
    // Each round after the first starts a new page when printed.
    QCOMPARE(html.count(QStringLiteral("<h2 class=\"next\">")), 1);
}

void TestReport::markdownAnswer_keepsListsAndCode_inMarkdownHtmlAndExport()
{
    const QStringList code = {QStringLiteral("-- a fence inside the code: ```"),
                              QStringLiteral("SELECT * FROM orders WHERE user_id = 1;"),
                              QStringLiteral("```")};
    const QString answer = QStringLiteral("The plan:\n\n"
                                          "- build an index on (user_id, created_at)\n"
                                          "- check the plan with `EXPLAIN`\n"
                                          "  - nested: a covering index\n\n"
                                          "# not a heading of the report\n\n"
                                          "````sql\n")
                           + code.join(QLatin1Char('\n'))
                           + QStringLiteral("\n````\n\nDone when p99 < 20 ms & stable.");
    LoopPlan plan;
    plan.name = QStringLiteral("markdown answer");
    plan.prepSeconds = 0;
    plan.closingSegment = false;
    plan.rounds = {
        RoundPlan{RoundKind::Technical, 1, {QStringLiteral("tech.database-indexes")}, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(*m_db, plan, &m_clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), answer}}));
    m_clock.advanceSeconds(30);
    QVERIFY(c->handle(Event::Submit));
    QVERIFY(c->submitGrade(4, {}));
    const qint64 id = c->sessionId();
    c.reset();
    const SessionReport r = buildReport(load(id));

    // Markdown: the answer is quoted line by line; inside the quote it parses as the person wrote it.
    const QString md = reportMarkdown(r);
    QStringList quoted;
    for (const QString &line : md.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('>')))
            quoted << line.mid(line.startsWith(QStringLiteral("> ")) ? 2 : 1);
    }
    QVERIFY2(quoted.contains(QStringLiteral("- build an index on (user_id, created_at)")),
             qPrintable(md));
    QVERIFY(quoted.contains(QStringLiteral("- check the plan with `EXPLAIN`")));
    QVERIFY(quoted.contains(QStringLiteral("  - nested: a covering index")));
    QVERIFY(quoted.contains(QStringLiteral("#### not a heading of the report")));
    QVERIFY(!md.contains(QRegularExpression(QStringLiteral("^#{1,3} not a heading"),
                                            QRegularExpression::MultilineOption)));
    QVERIFY(quoted.contains(QStringLiteral("Done when p99 \\< 20 ms \\& stable.")));
    // The code block: verbatim between fences longer than any fence in the answer.
    const qsizetype open = quoted.indexOf(QRegularExpression(QStringLiteral("^`{5,}sql$")));
    QVERIFY2(open >= 0, qPrintable(quoted.join(QLatin1Char('\n'))));
    const QString fence = quoted.at(open).chopped(3);
    QCOMPARE(quoted.mid(open + 1, code.size()), code);
    QCOMPARE(quoted.value(open + 1 + code.size()), fence);
    // No line of the answer outside the quote: the report goes on after it.
    QVERIFY(!md.contains(QStringLiteral("\nSELECT")));

    // HTML: a list, a nested list, a code block and a heading below the report's.
    const QString html = reportHtml(r);
    QVERIFY2(html.contains(QStringLiteral("<ul><li>build an index on (user_id, created_at)</li>"
                                          "<li>check the plan with <code>EXPLAIN</code>"
                                          "<ul><li>nested: a covering index</li></ul></li></ul>")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<pre><code>") + code.join(QLatin1Char('\n')).toHtmlEscaped()
                          + QStringLiteral("</code></pre>")));
    QVERIFY(html.contains(QStringLiteral("<h4>not a heading of the report</h4>")));
    QVERIFY(html.contains(QStringLiteral("<p>Done when p99 &lt; 20 ms &amp; stable.</p>")));

    // The export of all sessions moves the report's headings down, never the code's lines.
    const QString all = exportAllMarkdown(*m_db, m_clock.wallTime(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(all.contains(QStringLiteral("\n> ") + code.join(QStringLiteral("\n> "))
                         + QLatin1Char('\n')));
    QVERIFY(all.contains(QStringLiteral("\n> - build an index on (user_id, created_at)\n")));
}

void TestReport::markdown_escapesTheAnswer_andShowsTheNumbers()
{
    const SessionReport r = buildReport(load(runSession()));
    const QString md = reportMarkdown(r);
    QVERIFY(md.startsWith(QStringLiteral("# report \\<test\\> \\& more\n")));
    // The person's Markdown stays theirs; only HTML is escaped and headings go below the report's.
    QVERIFY(md.contains(
        QStringLiteral("> Use \\<b>indexes\\</b> \\& a \\<script>alert(1)\\</script> cache\n")));
    QVERIFY(md.contains(QStringLiteral("> #### not a heading\n")));
    QVERIFY(!md.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<script"))));
    QVERIFY(md.contains(QStringLiteral("| Answer time | 1:15 of 1:00 |")));
    QVERIFY(md.contains(QStringLiteral("| Overtime | 0:15 |")));
    QVERIFY(md.contains(QStringLiteral("| Paused | 0:10 |")));
    QVERIFY(md.contains(QStringLiteral("| Score | 4 / 5 |")));
    QVERIFY(md.contains(QStringLiteral("| Key points covered | 2 of 5 |")));
    QVERIFY(md.contains(QStringLiteral("- ") + rubricFor(RoundKind::Technical).criteria[0].name
                        + QStringLiteral(": 4 / 5")));
    QVERIFY(md.contains(QStringLiteral("- Average score: 3.5 / 5")));
    QVERIFY(md.contains(QStringLiteral("| Technical | 1 | 4.0 / 5 |")));
    QVERIFY(md.contains(
        QStringLiteral("Time used: %1 (paused 0:10").arg(formatDurationMs(r.totalUsedMs))));
    QVERIFY(md.contains(QStringLiteral("- [x] ") + r.rounds[0].questions[0].keyPoints[1].text));
    QVERIFY(md.contains(QStringLiteral("Coach hints:")));
}

void TestReport::build_retake_pointsAtTheFirstAttemptWithTheScoreChange()
{
    const LoopPlan plan = plainPlan(
        QStringLiteral("retake"), GradingTiming::AfterEachQuestion,
        {RoundPlan{RoundKind::Technical, 1, {QStringLiteral("tech.database-indexes")}, {}, {}, {}, {}}});
    QString error;
    auto c = SessionController::start(*m_db, plan, &m_clock, &error, 7u);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("an index")}}));
    m_clock.advanceSeconds(20);
    QVERIFY(c->handle(Event::Submit));
    Grade first;
    first.overall = 2;
    QVERIFY(c->retake(0, first));
    QVERIFY(c->setAnswer(
        {{QStringLiteral("answer"), QStringLiteral("a B-tree index, checked with EXPLAIN")}}));
    m_clock.advanceSeconds(30);
    QVERIFY(c->handle(Event::Submit));
    Grade second;
    second.overall = 4;
    QVERIFY(c->submitGrade(second));
    const qint64 id = c->sessionId();
    c.reset();

    const auto stored = SessionStore(*m_db).load(id, &error);
    QVERIFY2(stored, qPrintable(error));
    const SessionReport r = buildReport(*stored);
    QCOMPARE(r.rounds.size(), 1);
    const QList<ReportQuestion> &qs = r.rounds.first().questions;
    QCOMPARE(qs.size(), 2);
    QCOMPARE(qs.at(0).retakeOf, std::nullopt);
    QCOMPARE(qs.at(1).retakeOf, std::optional<int>(1));
    QCOMPARE(qs.at(1).scoreChange, std::optional<int>(2));
    const QString md = reportMarkdown(r);
    QVERIFY2(md.contains(QStringLiteral("retake of 1, +2")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("| Score change | +2 |")));
    QVERIFY(reportHtml(r).contains(QStringLiteral("retake of 1, +2")));
}

// Two questions; the first answered (graded 2), retaken (graded 4) or its retake skipped, the
// second graded 5.
qint64 TestReport::runRetakeSession(bool skipTheRetake)
{
    const LoopPlan plan = plainPlan(QStringLiteral("retake counts"), GradingTiming::AfterEachQuestion,
                                    {RoundPlan{RoundKind::Technical,
                                               2,
                                               {QStringLiteral("tech.database-indexes"),
                                                QStringLiteral("tech.sql-vs-nosql")},
                                               {},
                                               {},
                                               {},
                                               {}}});
    QString error;
    auto c = SessionController::start(*m_db, plan, &m_clock, &error, 7u);
    if (!c)
        qFatal("%s", qPrintable(error));
    auto step = [&c](bool ok, const char *what) {
        if (!ok)
            qFatal("%s refused in %s", what, qPrintable(toKey(c->state())));
    };
    step(bool(c->handle(Event::Start)) && bool(c->handle(Event::Continue)), "start");
    step(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("an index")}}), "answer");
    m_clock.advanceSeconds(20);
    step(bool(c->handle(Event::Submit)), "submit");
    Grade first;
    first.overall = 2;
    step(bool(c->retake(0, first)), "retake");
    m_clock.advanceSeconds(30);
    if (skipTheRetake) {
        step(bool(c->handle(Event::Skip)), "skip the retake");
    } else {
        step(c->setAnswer(
                 {{QStringLiteral("answer"), QStringLiteral("a B-tree, checked with EXPLAIN")}}),
             "answer");
        step(bool(c->handle(Event::Submit)), "submit the retake");
        step(bool(c->submitGrade(4, {})), "grade the retake");
    }
    step(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("documents or rows")}}), "answer");
    m_clock.advanceSeconds(25);
    step(bool(c->handle(Event::Submit)), "submit");
    step(bool(c->submitGrade(5, {})), "grade");
    step(bool(c->handle(Event::Continue)), "finish");
    if (c->state() != State::Finished)
        qFatal("not finished: %s", qPrintable(toKey(c->state())));
    return c->sessionId();
}

void TestReport::build_retake_replaces_countsAndAveragesUseTheLatestAnswer()
{
    // Two questions; the first answered (graded 2), retaken (graded 4), the second graded 5.
    // Then a second session where the retake is skipped: a retake left unanswered replaces
    // nothing.
    const qint64 retaken = runRetakeSession(false);
    SessionReport r = buildReport(load(retaken));
    // Every attempt is shown, the retake with its change...
    QCOMPARE(r.rounds.size(), 1);
    const QList<ReportQuestion> &qs = r.rounds.first().questions;
    QCOMPARE(qs.size(), 3);
    QCOMPARE(qs.at(2).retakeOf, std::optional<int>(1));
    QCOMPARE(qs.at(2).scoreChange, std::optional<int>(2));
    QVERIFY(!qs.at(0).counted);
    QVERIFY(qs.at(1).counted && qs.at(2).counted);
    // ...but each question counts once, at its latest answer: 2 questions, (4 + 5) / 2.
    QCOMPARE(r.questions, 2);
    QCOMPARE(r.answered, 2);
    QCOMPARE(r.graded, 2);
    QCOMPARE(r.averageScore, std::optional<double>(4.5));
    QCOMPARE(r.rounds.first().answered, 2);
    QCOMPARE(r.rounds.first().graded, 2);
    QCOMPARE(r.rounds.first().averageScore, std::optional<double>(4.5));
    QCOMPARE(r.kindAverages.size(), 1);
    QCOMPARE(r.kindAverages.first().graded, 2);
    QCOMPARE(r.kindAverages.first().average, 4.5);
    const QString md = reportMarkdown(r);
    QVERIFY2(md.contains(QStringLiteral("2 of 2 questions (skipped 0, not reached 0)")),
             qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("- Average score: 4.5 / 5")));
    QVERIFY(md.contains(QStringLiteral("replaced by a retake")));
    QVERIFY(reportHtml(r).contains(QStringLiteral("2 of 2 questions")));

    // The session lists (Home, the terminal's history) and the history page count the same.
    QString error;
    const QList<SessionSummary> summaries = SessionStore(*m_db).recent(10);
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().attempts, 2);
    QCOMPARE(summaries.first().answered, 2);
    QCOMPARE(summaries.first().averageScore, std::optional<double>(4.5));
    const QList<HistoryRow> rows = History(*m_db).sessions({}, HistoryColumn::Started, true, 10, 0,
                                                           &error);
    QVERIFY2(rows.size() == 1, qPrintable(error));
    QCOMPARE(rows.first().attempts, 2);
    QCOMPARE(rows.first().answered, 2);
    QCOMPARE(rows.first().averageScore, std::optional<double>(4.5));
    // The totals of `mockloop-cli stats` count the same way; practice time is every attempt's.
    const auto totals = SessionStore(*m_db).totals(&error);
    QVERIFY2(totals, qPrintable(error));
    QCOMPARE(totals->sessions, 1);
    QCOMPARE(totals->questions, 2);
    QCOMPARE(totals->answered, 2);
    QCOMPARE(totals->averageScore, std::optional<double>(4.5));
    QCOMPARE(totals->perKind.size(), 1);
    QCOMPARE(totals->perKind.first().questions, 2);
    QCOMPARE(totals->perKind.first().averageScore, std::optional<double>(4.5));

    // A skipped retake: the first answer still counts (2), and the skip is no question more.
    const qint64 skipped = runRetakeSession(true);
    r = buildReport(load(skipped));
    QCOMPARE(r.rounds.first().questions.size(), 3);
    QVERIFY(r.rounds.first().questions.at(0).counted);
    QCOMPARE(r.rounds.first().questions.at(2).retakeOf, std::optional<int>(1));
    QVERIFY(!r.rounds.first().questions.at(2).counted); // the skipped retake
    QCOMPARE(r.questions, 2);
    QCOMPARE(r.answered, 2);
    QCOMPARE(r.skipped, 0);
    QCOMPARE(r.averageScore, std::optional<double>(3.5)); // (2 + 5) / 2
    const QList<SessionSummary> both = SessionStore(*m_db).recent(10);
    QCOMPARE(both.size(), 2);
    const SessionSummary &second = both.first().id == skipped ? both.first() : both.last();
    QCOMPARE(second.attempts, 2);
    QCOMPARE(second.averageScore, std::optional<double>(3.5));
}

void TestReport::build_abandoned_openQuestionClosed_unreachedRoundsNotReached()
{
    // Three rounds of one question. Abandoned at the first round's review after a skip: the
    // two later rounds were not reached. Abandoned while answering: that question was left
    // open, and says so instead of "in progress".
    const LoopPlan plan = plainPlan(
        QStringLiteral("abandoned"), GradingTiming::EndOfLoop,
        {RoundPlan{RoundKind::Technical, 1, {QStringLiteral("tech.database-indexes")}, {}, {}, {}, {}},
         RoundPlan{RoundKind::Behavioral, 1, {QStringLiteral("beh.production-bug")}, {}, {}, {}, {}},
         RoundPlan{RoundKind::Technical, 1, {QStringLiteral("tech.sql-vs-nosql")}, {}, {}, {}, {}}});
    QString error;
    qint64 atReview = 0;
    {
        auto c = SessionController::start(*m_db, plan, &m_clock, &error, 7u);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        m_clock.advanceSeconds(10);
        QVERIFY(c->handle(Event::Skip));
        QCOMPARE(c->state(), State::RoundReview);
        QVERIFY(c->handle(Event::Abandon));
        atReview = c->sessionId();
    }
    SessionReport r = buildReport(load(atReview));
    QCOMPARE(r.statusKey, QStringLiteral("abandoned"));
    QCOMPARE(r.questions, 3);
    QCOMPARE(r.answered, 0);
    QCOMPARE(r.skipped, 1);
    QCOMPARE(r.notReached, 2);
    QCOMPARE(r.abandoned, 0);
    QCOMPARE(r.rounds[1].questions.first().times.status, AttemptStatus::NotReached);
    QCOMPARE(r.rounds[2].questions.first().status, QStringLiteral("not reached"));
    QVERIFY(reportMarkdown(r).contains(QStringLiteral("0 of 3 questions (skipped 1, not reached 2)")));

    qint64 answering = 0;
    {
        auto c = SessionController::start(*m_db, plan, &m_clock, &error, 7u);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        QCOMPARE(c->state(), State::Answering);
        QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("half an answer")}}));
        m_clock.advanceSeconds(25);
        QVERIFY(c->handle(Event::Abandon));
        answering = c->sessionId();
    }
    const SessionRecord stored = load(answering);
    QCOMPARE(stored.attempts.first().times.status, AttemptStatus::Abandoned);
    QCOMPARE(stored.attempts.first().times.answerUsedMs, 25'000);
    QCOMPARE(stored.attempts.first().answer.value(0).value, QStringLiteral("half an answer"));
    r = buildReport(stored);
    QCOMPARE(r.questions, 3);
    QCOMPARE(r.answered + r.skipped + r.notReached + r.abandoned, r.questions);
    QCOMPARE(r.abandoned, 1);
    QCOMPARE(r.notReached, 2);
    const ReportQuestion &open = r.rounds[0].questions.first();
    QCOMPARE(open.status, QStringLiteral("not answered, session abandoned"));
    QVERIFY(!open.answered());
    QVERIFY(reportMarkdown(r).contains(
        QStringLiteral("0 of 3 questions (skipped 0, not reached 2, left open when abandoned 1)")));
}

// The terminal's report (`mockloop-cli run` prints it at the end): every figure the Markdown
// shows, worded the same, for the session, each round and each question; the person's
// answers and notes are left out.
void TestReport::text_hasTheMarkdownsFigures_withoutTheAnswers()
{
    const SessionReport r = buildReport(load(runSession()));
    const QString text = reportText(r);
    const QString md = reportMarkdown(r);
    QVERIFY2(text.startsWith(QStringLiteral("Report: session %1, report <test> & more (finished)\n")
                                 .arg(r.sessionId)),
             qPrintable(text));
    // The session's facts: each "- Label: value" line of the Markdown is a "Label: value" here
    // (the Markdown escapes the values; these have nothing to escape).
    int sessionFacts = 0;
    for (const QString &line : md.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QStringLiteral("- ")) || line.startsWith(QStringLiteral("- Session:"))
            || line.startsWith(QStringLiteral("- Status:")) || !line.contains(QStringLiteral(": ")))
            continue;
        if (line.startsWith(QStringLiteral("- [")) || line.startsWith(QStringLiteral("- Tip"))
            || line.startsWith(QStringLiteral("- Warning")))
            continue; // key points and hints: below
        if (md.indexOf(line) > md.indexOf(QStringLiteral("\n## ")))
            continue; // the rubric: below
        QVERIFY2(text.contains(QStringLiteral("  ") + line.mid(2) + QLatin1Char('\n')),
                 qPrintable(line + QLatin1Char('\n') + text));
        ++sessionFacts;
    }
    QCOMPARE(sessionFacts, 6); // started, ended, answered, average, time used, time limits
    QVERIFY(
        text.contains(QStringLiteral("  Answered: 2 of 4 questions (skipped 1, not reached 1)\n")));
    QVERIFY(text.contains(QStringLiteral("  Average score: 3.5 / 5\n")));
    QVERIFY(text.contains(
        QStringLiteral("  Round kind: Technical · Graded: 1 · Average score: 4.0 / 5\n")));
    QVERIFY(text.contains(
        QStringLiteral("  Round kind: Behavioral · Graded: 1 · Average score: 3.0 / 5\n")));

    // Each round's figures, as the HTML's round table has them.
    QVERIFY(text.contains(
        QStringLiteral(
            "\nRound 1: Technical\n  Time used: %1 · Round overtime: 0:00 · Average score: 4.0 / 5\n")
            .arg(QStringLiteral("%1 (no round budget)")
                     .arg(formatDurationMs(r.rounds[0].times.usedMs)))));
    QVERIFY(text.contains(QStringLiteral(
        "Average score: 3.0 / 5 · Budget: ran out; the remaining questions were not reached\n")));

    // Each question's facts in the Markdown's order, on the line under its text.
    const ReportQuestion &first = r.rounds[0].questions[0];
    QVERIFY2(text.contains(QStringLiteral("  1. ") + first.text.simplified()
                           + QStringLiteral("\n     Status: submitted · Score: 4 / 5 · "
                                            "Answer time: 1:15 of 1:00 · Preparation: 0:03 of 0:05 · "
                                            "Overtime: 0:15 · Paused: 0:10 · Interrupted: 0:00 · "
                                            "Key points covered: 2 of 5\n")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("     Status: skipped · Score: – · ")));
    QVERIFY(text.contains(QStringLiteral("     Status: not reached · Score: – · ")));
    // The rubric, the person's ticks and the coach's hints.
    const Rubric rubric = rubricFor(RoundKind::Technical);
    QVERIFY(text.contains(QStringLiteral("     Rubric: %1: 4 / 5 · %2: 3 / 5 · ")
                              .arg(rubric.criteria[0].name, rubric.criteria[1].name)));
    QVERIFY(text.contains(QStringLiteral("     Key points (as ticked when grading):\n       [ ] ")
                          + first.keyPoints[0].text));
    QVERIFY(
        text.contains(QStringLiteral("       [x] ") + first.keyPoints[1].text + QLatin1Char('\n')));
    QVERIFY(!first.hints.isEmpty());
    for (const Hint &h : first.hints)
        QVERIFY2(text.contains(QStringLiteral(": ") + h.message.simplified() + QLatin1Char('\n')),
                 qPrintable(h.message));
    // Not the answers or the note: the person just typed them.
    QVERIFY(!text.contains(QStringLiteral("alert(1)")));
    QVERIFY(!text.contains(QStringLiteral("not a heading")));
    QVERIFY(!text.contains(QStringLiteral("Our checkout failed")));
    QVERIFY(!text.contains(first.note));
    // Grading showed the outline (hints after each answer): the report does not repeat it.
    QVERIFY(!text.contains(QStringLiteral("Model outline:")));
}

void TestReport::text_retake_replacedAnswerSaysSo_averageIsTheModels()
{
    const QString text = reportText(buildReport(load(runRetakeSession(false))));
    // Each question once at its latest answer (4 and 5), as the model counts: not (2 + 4 + 5) / 3.
    QVERIFY2(text.contains(
                 QStringLiteral("  Answered: 2 of 2 questions (skipped 0, not reached 0)\n")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("  Average score: 4.5 / 5\n")));
    QVERIFY(text.contains(
        QStringLiteral("     Status: submitted; replaced by a retake · Score: 2 / 5")));
    QVERIFY(text.contains(QStringLiteral("  3. ")));
    QVERIFY(text.contains(
        QStringLiteral(" · Retake of: question 1 · Score: 4 / 5 · Score change: +2 · ")));
}

void TestReport::text_modelOutline_onlyWhereGradingHeldItBack()
{
    // Hints at the end of the loop: grading showed neither outline nor key points, so the
    // end of the loop is where the person first sees them.
    const SessionReport r = buildReport(load(runSession(HintsTiming::EndOfLoop)));
    QVERIFY(!r.gradingShowedHints);
    const QString text = reportText(r);
    const ReportQuestion &first = r.rounds[0].questions[0];
    QVERIFY(!first.outline.isEmpty());
    QVERIFY2(text.contains(QStringLiteral("     Model outline:\n       ")
                           + first.outline.trimmed().section(QLatin1Char('\n'), 0, 0)),
             qPrintable(text));
    for (const ReportKeyPoint &k : first.keyPoints)
        QVERIFY(text.contains(k.text));
    // A question never answered lists its key points without ticks.
    const ReportQuestion &skipped = r.rounds[0].questions[1];
    QVERIFY(!skipped.keyPoints.isEmpty());
    QVERIFY(text.contains(QStringLiteral("     Key points an answer would cover:\n       - ")
                          + skipped.keyPoints[0].text));
}

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
