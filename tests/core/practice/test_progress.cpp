// Chart data (core/Progress) on a history made the way the programs make it: sessions run
// through SessionController with a fake clock, answered, timed and graded.
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "practice/Progress.h"
#include "storage/DataTools.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "FakeClock.h"
#include "GradedSession.h"
#include "TempDatabase.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

using Asked = test::GradedAnswer;

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void scoreTrend_averagesPerRoundKindAndDay();
    void timeUse_andKeyPointCoverage_perDay();
    void sessionsPerDay_listsEveryDayWithZeros();
    void weakestQuestions_lowestAverageFirst_tenAtMost();
    void weakestCompetencies_fromTheQuestionsAsked();
    void generatedHistory_seriesAgreeWithEachOther();
    void scoreTotals_stayInSyncThroughGradeRetakeDeleteRestoreAndDeleteAll();
    void scoreTotals_migration8_countsTheGradesAlreadyThere();
    void retake_migration9_replacesTheGradeItRetakes_inEverySeries();

private:
    void run(const QList<Asked> &asked);
    QList<Question> withKeyPoints(RoundKind kind, int n) const;

    std::unique_ptr<test::TempDatabase> m_data;
    Database *m_db = nullptr;
    std::unique_ptr<FakeClock> m_clock;
};

void TestProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TZ", "UTC");
}

void TestProgress::init()
{
    m_clock = std::make_unique<FakeClock>();
    m_data = std::make_unique<test::TempDatabase>();
    m_db = &m_data->db;
    QString error;
    QVERIFY2(m_data->open(&error), qPrintable(error));
}

QList<Question> TestProgress::withKeyPoints(RoundKind kind, int n) const
{
    QList<Question> out;
    for (const Question &q : QuestionBank(*m_db).questions(kind))
        if (out.size() < n && q.keyPoints.size() >= 2)
            out << q;
    return out;
}

void TestProgress::run(const QList<Asked> &asked)
{
    QString error;
    QVERIFY2(test::runGradedSession(*m_db, *m_clock, asked, &error), qPrintable(error));
}

void TestProgress::scoreTrend_averagesPerRoundKindAndDay()
{
    const auto tech = withKeyPoints(RoundKind::Technical, 2);
    const auto design = withKeyPoints(RoundKind::SystemDesign, 1);
    run({{tech[0].id, RoundKind::Technical, 10, 2, {}},
         {tech[1].id, RoundKind::Technical, 10, 3, {}},
         {design[0].id, RoundKind::SystemDesign, 10, 4, {}}});
    m_clock->advanceWallOnlyMs(2 * kDayMs);
    run({{tech[0].id, RoundKind::Technical, 10, 5, {}}});
    const auto trend = Progress(*m_db).scoreTrend();
    QCOMPARE(trend.keys(), (QList<RoundKind>{RoundKind::Technical, RoundKind::SystemDesign}));
    const QDate day0(2026, 1, 5);
    QCOMPARE(trend[RoundKind::Technical],
             (QList<TrendPoint>{{day0, 2.5, 2}, {day0.addDays(2), 5.0, 1}}));
    QCOMPARE(trend[RoundKind::SystemDesign], (QList<TrendPoint>{{day0, 4.0, 1}}));
    // From a date: only what started on or after it.
    QCOMPARE(Progress(*m_db).scoreTrend(day0.addDays(1))[RoundKind::Technical].size(), 1);
}

void TestProgress::timeUse_andKeyPointCoverage_perDay()
{
    const auto tech = withKeyPoints(RoundKind::Technical, 2);
    const int n0 = int(tech[0].keyPoints.size());
    const int n1 = int(tech[1].keyPoints.size());
    QList<bool> allOf0(n0, true);
    QList<bool> noneOf1(n1, false);
    run({{tech[0].id, RoundKind::Technical, 50, 3, allOf0},
         {tech[1].id, RoundKind::Technical, 100, 3, noneOf1}});
    m_clock->advanceWallOnlyMs(kDayMs);
    run({{tech[0].id, RoundKind::Technical, 120, 3, {}}}); // soft expiry: 20 s of overtime
    Progress progress(*m_db);
    const auto time = progress.timeUseTrend();
    QCOMPARE(time.size(), 2);
    QCOMPARE(time[0].value, 150.0 / 200.0);
    QCOMPARE(time[0].count, 2);
    QCOMPARE(time[1].value, 1.2);
    const auto points = progress.keyPointTrend();
    QCOMPARE(points.size(), 1); // the second day was graded without the checklist
    QCOMPARE(points[0].value, double(n0) / double(n0 + n1));
    QCOMPARE(points[0].count, 2);
}

void TestProgress::sessionsPerDay_listsEveryDayWithZeros()
{
    const auto tech = withKeyPoints(RoundKind::Technical, 1);
    run({{tech[0].id, RoundKind::Technical, 10, 3, {}}});
    run({{tech[0].id, RoundKind::Technical, 10, 3, {}}});
    m_clock->advanceWallOnlyMs(3 * kDayMs);
    run({{tech[0].id, RoundKind::Technical, 10, 3, {}}});
    const QDate day0(2026, 1, 5);
    const auto perDay = Progress(*m_db).sessionsPerDay(day0.addDays(-1), day0.addDays(4));
    QCOMPARE(perDay.size(), 6);
    QList<int> counts;
    for (const TrendPoint &p : perDay)
        counts << p.count;
    QCOMPARE(counts, (QList<int>{0, 2, 0, 0, 1, 0}));
    QCOMPARE(perDay[1].day, day0);
}

void TestProgress::weakestQuestions_lowestAverageFirst_tenAtMost()
{
    const auto tech = withKeyPoints(RoundKind::Technical, 12);
    QCOMPARE(tech.size(), 12);
    // Question i gets score 1 + i % 5; question 3 also a second, better attempt.
    QList<Asked> asked;
    for (int i = 0; i < 12; ++i)
        asked.append({tech[i].id, RoundKind::Technical, 10, 1 + i % 5, {}});
    run(asked);
    run({{tech[5].id, RoundKind::Technical, 10, 4, {}}}); // 1 then 4: average 2.5
    const auto weak = Progress(*m_db).weakestQuestions();
    QCOMPARE(weak.size(), 10);
    QCOMPARE(weak[0].averageScore, 1.0);
    QCOMPARE(weak[0].questionId, tech[0].id); // 0 and 10 score 1; 5 has average 2.5
    QCOMPARE(weak[1].questionId, tech[10].id);
    QCOMPARE(weak[0].text, tech[0].text);
    QCOMPARE(weak[0].kind, RoundKind::Technical);
    for (int i = 1; i < weak.size(); ++i)
        QVERIFY(weak[i - 1].averageScore <= weak[i].averageScore);
    const auto five = std::find_if(weak.cbegin(), weak.cend(), [&](const WeakQuestion &w) {
        return w.questionId == tech[5].id;
    });
    QVERIFY(five != weak.cend());
    QCOMPARE(five->averageScore, 2.5);
    QCOMPARE(five->attempts, 2);
    QCOMPARE(five->lastScore, 4);
}

void TestProgress::weakestCompetencies_fromTheQuestionsAsked()
{
    QList<Question> story;
    for (const Question &q : QuestionBank(*m_db).questions(RoundKind::Behavioral))
        if (story.size() < 2 && !q.competencies.isEmpty())
            story << q;
    QCOMPARE(story.size(), 2);
    run({{story[0].id, RoundKind::Behavioral, 10, 1, {}},
         {story[1].id, RoundKind::Behavioral, 10, 5, {}}});
    const auto weak = Progress(*m_db).weakestCompetencies(50);
    QVERIFY(!weak.isEmpty());
    // Expected: each competency's mean over the two questions that name it.
    QMap<QString, QList<int>> scores;
    for (const QString &c : story[0].competencies)
        scores[c.toLower()] << 1;
    for (const QString &c : story[1].competencies)
        scores[c.toLower()] << 5;
    QCOMPARE(weak.size(), scores.size());
    for (const WeakCompetency &w : weak) {
        const QList<int> s = scores.value(w.competency);
        QVERIFY2(!s.isEmpty(), qPrintable(w.competency));
        QCOMPARE(w.attempts, int(s.size()));
        QCOMPARE(w.averageScore, std::accumulate(s.cbegin(), s.cend(), 0.0) / s.size());
    }
    QVERIFY(weak.first().averageScore <= weak.last().averageScore);
}

void TestProgress::generatedHistory_seriesAgreeWithEachOther()
{
    // Forty sessions over forty days, a mix of kinds and scores: the series must agree with
    // one another and with what was run.
    const auto tech = withKeyPoints(RoundKind::Technical, 3);
    const auto design = withKeyPoints(RoundKind::SystemDesign, 2);
    int graded = 0;
    double scoreSum = 0;
    for (int day = 0; day < 40; ++day) {
        const int s1 = 1 + day % 5;
        const int s2 = 1 + (day * 3) % 5;
        run({{tech[day % 3].id, RoundKind::Technical, 30 + day, s1, {}},
             {design[day % 2].id, RoundKind::SystemDesign, 60, s2, {}}});
        graded += 2;
        scoreSum += s1 + s2;
        m_clock->advanceWallOnlyMs(kDayMs);
    }
    Progress progress(*m_db);
    QElapsedTimer timer;
    timer.start();
    const auto trend = progress.scoreTrend();
    int count = 0;
    double sum = 0;
    for (const auto &series : trend)
        for (const TrendPoint &p : series) {
            count += p.count;
            sum += p.value * p.count;
        }
    QCOMPARE(count, graded);
    QCOMPARE(sum, scoreSum);
    const auto perDay = progress.sessionsPerDay(QDate(2026, 1, 5), QDate(2026, 1, 5).addDays(39));
    QVERIFY(std::all_of(perDay.cbegin(), perDay.cend(),
                        [](const TrendPoint &p) { return p.count == 1; }));
    QCOMPARE(progress.timeUseTrend().size(), 40);
    QCOMPARE(progress.weakestQuestions().size(), 5);
    qInfo("all series in %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestProgress)
namespace {

// The programs only run on the latest schema, so data at an older version is made here: the
// rows of `from` (sessions run by this version) copied into `older`, the columns both have.
// Derived tables (the search index, snapshot_scores) are left to the older version's triggers.
bool copyRowsInto(Database &from, Database &older, QString *error)
{
    QSqlQuery q(older.connection());
    auto failed = [&q, error] {
        *error = q.lastError().text();
        return false;
    };
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return failed();
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS newer"));
    q.addBindValue(from.path());
    if (!q.exec())
        return failed();
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                               "AND name NOT LIKE 'answer_search%' AND name <> 'snapshot_scores' "
                               "ORDER BY rowid")))
        return failed();
    while (q.next())
        tables << q.value(0).toString();
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (!q.exec(QStringLiteral("DELETE FROM main.%1").arg(*it)))
            return failed();
    }
    for (const QString &table : tables) {
        QStringList columns;
        q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?, 'main') WHERE name IN "
                                 "(SELECT name FROM pragma_table_info(?, 'newer'))"));
        q.addBindValue(table);
        q.addBindValue(table);
        if (!q.exec())
            return failed();
        while (q.next())
            columns << q.value(0).toString();
        const QString list = columns.join(QStringLiteral(", "));
        if (!columns.isEmpty()
            && !q.exec(
                QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM newer.%1").arg(table, list)))
            return failed();
    }
    return (q.exec(QStringLiteral("DETACH DATABASE newer"))
            && q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
           || failed();
}

// snapshot_scores (kept by triggers) against the same totals counted from the attempts now:
// the counted ones (a retake replaces the answer it retakes, schema 9).
QString scoreTotalsMismatch(Database &db)
{
    auto rows = [&db](const QString &sql) {
        QStringList out;
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            return QStringList{q.lastError().text()};
        while (q.next())
            out << QStringLiteral("%1/%2: %3 graded, sum %4")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString());
        return out;
    };
    const QStringList kept = rows(QStringLiteral(
        "SELECT question_id, snapshot_id, graded, score_sum FROM snapshot_scores WHERE graded <> 0 "
        "ORDER BY 1, 2"));
    const QStringList counted = rows(QStringLiteral(
        "SELECT question_id, coalesce(snapshot_id, 0), count(*), sum(score) FROM attempts "
        "WHERE score IS NOT NULL AND counted = 1 GROUP BY 1, 2 ORDER BY 1, 2"));
    return kept == counted ? QString()
                           : QStringLiteral("kept:\n%1\ncounted:\n%2")
                                 .arg(kept.join(QLatin1Char('\n')), counted.join(QLatin1Char('\n')));
}

} // namespace

void TestProgress::scoreTotals_stayInSyncThroughGradeRetakeDeleteRestoreAndDeleteAll()
{
    const QList<Question> tech = withKeyPoints(RoundKind::Technical, 2);
    QVERIFY(tech.size() == 2);
    QString error;
    QVERIFY2(test::runGradedSession(*m_db, *m_clock,
                                    {{tech[0].id, RoundKind::Technical, 10, 2, {}},
                                     {tech[1].id, RoundKind::Technical, 10, 5, {}}},
                                    &error),
             qPrintable(error));
    QVERIFY2(test::runGradedSession(*m_db, *m_clock,
                                    {{tech[0].id, RoundKind::Technical, 10, 4, {}}}, &error),
             qPrintable(error));
    QString mismatch = scoreTotalsMismatch(*m_db);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QCOMPARE(Progress(*m_db).weakestQuestions(10).first().averageScore, 3.0); // (2 + 4) / 2

    // A retake: the grade of the first answer and then of the second.
    LoopPlan plan;
    plan.prepSeconds = 0;
    plan.retakeAllowed = true;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {tech[1].id}, {}, {}, {}, {}}};
    qint64 retaken = 0;
    {
        auto c = SessionController::start(*m_db, plan, m_clock.get(), &error, 3u);
        QVERIFY2(c, qPrintable(error));
        retaken = c->sessionId();
        c->handle(Event::Start);
        c->handle(Event::Continue);
        c->setAnswer({{QStringLiteral("answer"), QStringLiteral("first")}});
        QVERIFY(c->handle(Event::Submit));
        Grade low;
        low.overall = 1;
        QVERIFY(c->retake(0, low));
        c->setAnswer({{QStringLiteral("answer"), QStringLiteral("second")}});
        QVERIFY(c->handle(Event::Submit));
        QVERIFY(c->submitGrade(3, {}));
    }
    mismatch = scoreTotalsMismatch(*m_db);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    // A backup, then one session deleted, then the backup restored: no total counted twice.
    const QString backupFile = m_data->dir.filePath(QStringLiteral("backup.sqlite"));
    QVERIFY2(datatools::backup(*m_db, backupFile, &error), qPrintable(error));
    QVERIFY2(SessionStore(*m_db).remove(retaken, &error), qPrintable(error));
    mismatch = scoreTotalsMismatch(*m_db);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QString saved;
    QVERIFY2(datatools::restore(*m_db, backupFile, &saved, &error), qPrintable(error));
    mismatch = scoreTotalsMismatch(*m_db);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QSqlQuery graded(m_db->connection());
    QVERIFY(graded.exec(QStringLiteral("SELECT sum(graded) FROM snapshot_scores")) && graded.next());
    QCOMPARE(graded.value(0).toInt(), 4); // 2 + 1 + the retaken question's latest grade

    QVERIFY2(datatools::deleteAllSessions(*m_db, &error), qPrintable(error));
    mismatch = scoreTotalsMismatch(*m_db);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    QVERIFY(Progress(*m_db).weakestQuestions(10).isEmpty());
    QVERIFY(Progress(*m_db).weakestCompetencies(10).isEmpty());
}

void TestProgress::scoreTotals_migration8_countsTheGradesAlreadyThere()
{
    // A database at version 7 with grades in it, opened by this version.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mockloop.sqlite"));
    QString error;
    QList<WeakQuestion> before;
    {
        Database old;
        QVERIFY2(old.open(path, Database::migrations().mid(0, 7), &error), qPrintable(error));
        const QList<Question> tech = QuestionBank(*m_db).questions(RoundKind::Technical).mid(0, 2);
        QVERIFY2(test::runGradedSession(*m_db, *m_clock,
                                        {{tech[0].id, RoundKind::Technical, 10, 2, {}},
                                         {tech[1].id, RoundKind::Technical, 10, 4, {}}},
                                        &error),
                 qPrintable(error));
        QVERIFY2(copyRowsInto(*m_db, old, &error), qPrintable(error));
    }
    Database db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    const QString mismatch = scoreTotalsMismatch(db);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    const QList<WeakQuestion> weak = Progress(db).weakestQuestions(10);
    QCOMPARE(weak.size(), 2);
    QCOMPARE(weak.first().averageScore, 2.0);
    QCOMPARE(weak.first().lastScore, 2);
}

void TestProgress::retake_migration9_replacesTheGradeItRetakes_inEverySeries()
{
    // A database at version 8 with a retaken question (graded 1, then 2 at the retake) and
    // another question graded 5, opened by this version: the retake replaces the first grade
    // in the totals, the trend and the weakest questions, and it keeps doing so for new
    // sessions (the triggers).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mockloop.sqlite"));
    QString error;
    auto retakeSession = [this, &error](Database &db, const QString &first, const QString &second) {
        LoopPlan plan;
        plan.prepSeconds = 0;
        plan.retakeAllowed = true;
        plan.closingSegment = false;
        plan.rounds = {RoundPlan{RoundKind::Technical, 2, {first, second}, {}, {}, {}, {}}};
        auto c = SessionController::start(db, plan, m_clock.get(), &error, 3u);
        if (!c)
            return false;
        Grade low;
        low.overall = 1;
        const bool ok = c->handle(Event::Start) && c->handle(Event::Continue)
                        && c->setAnswer({{QStringLiteral("answer"), QStringLiteral("first")}})
                        && c->handle(Event::Submit) && c->retake(0, low)
                        && c->setAnswer({{QStringLiteral("answer"), QStringLiteral("second")}})
                        && c->handle(Event::Submit) && c->submitGrade(2, {})
                        && c->setAnswer({{QStringLiteral("answer"), QStringLiteral("other")}})
                        && c->handle(Event::Submit) && c->submitGrade(5, {});
        if (!ok)
            error = QStringLiteral("the retake session stopped in %1").arg(toKey(c->state()));
        return ok;
    };
    QStringList ids;
    {
        Database old;
        QVERIFY2(old.open(path, Database::migrations().mid(0, 8), &error), qPrintable(error));
        for (const Question &q : QuestionBank(*m_db).questions(RoundKind::Technical).mid(0, 2))
            ids << q.id;
        QVERIFY2(retakeSession(*m_db, ids[0], ids[1]), qPrintable(error));
        QVERIFY2(copyRowsInto(*m_db, old, &error), qPrintable(error));
        // Version 8 counted the replaced grade too: (1 + 2) / 2.
        QCOMPARE(Progress(old).weakestQuestions(10).first().averageScore, 1.5);
    }
    Database db;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion()); // through 9, and any later step
    auto check = [&](const char *when) {
        const QString mismatch = scoreTotalsMismatch(db);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        const QList<WeakQuestion> weak = Progress(db).weakestQuestions(10);
        QCOMPARE(weak.size(), 2);
        QCOMPARE(weak.first().questionId, ids[0]);
        QVERIFY2(weak.first().averageScore == 2.0, when); // not (1 + 2) / 2
        const auto trend = Progress(db).scoreTrend().value(RoundKind::Technical);
        QCOMPARE(trend.size(), 1);
        QCOMPARE(trend.first().count, int(weak.first().attempts + weak.last().attempts));
    };
    check("after the upgrade");
    QCOMPARE(Progress(db).scoreTrend().value(RoundKind::Technical).first().value, 3.5); // (2 + 5) / 2
    QVERIFY2(retakeSession(db, ids[0], ids[1]), qPrintable(error));
    check("after a new session");
    QCOMPARE(Progress(db).weakestQuestions(10).first().attempts, 2);
}

#include "test_progress.moc"
