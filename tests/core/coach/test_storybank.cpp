// The STAR story bank on a real database file.
#include "bank/QuestionBank.h"
#include "coach/StoryBank.h"
#include "controller/SessionController.h"
#include "practice/History.h"
#include "report/Exporter.h"
#include "storage/Database.h"
#include "FakeClock.h"
#include "TempDatabase.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

class TestStoryBank : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void save_withoutTitleOrText_isRefusedAndNothingStored();
    void save_updates_andNormalisesCompetencies();
    void fromAnswer_takesStarFieldsAndQuestionCompetencies();
    void matrix_showsGapsAndOveruse();
    void deletingTheSourceSession_keepsTheStory();
    void exportAllJson_includesStoriesAndReviews();

private:
    qint64 answeredAttempt();

    std::unique_ptr<test::TempDatabase> m_data;
    Database *m_db = nullptr;
    FakeClock m_clock;
};

void TestStoryBank::init()
{
    m_data = std::make_unique<test::TempDatabase>();
    m_db = &m_data->db;
    QString error;
    QVERIFY2(m_data->open(&error), qPrintable(error));
}

qint64 TestStoryBank::answeredAttempt()
{
    QString id;
    for (const Question &q : QuestionBank(*m_db).questions(RoundKind::Behavioral))
        if (id.isEmpty() && !q.competencies.isEmpty())
            id = q.id;
    LoopPlan plan;
    plan.prepSeconds = 0;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Behavioral, 1, {id}, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(*m_db, plan, &m_clock, &error, 3u);
    if (!c)
        return 0;
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("situation"), QStringLiteral("S")},
                  {QStringLiteral("task"), QStringLiteral("T")},
                  {QStringLiteral("action"), QStringLiteral("A")},
                  {QStringLiteral("result"), QStringLiteral("R")}});
    c->handle(Event::Submit);
    c->submitGrade(4, {});
    c->handle(Event::Continue);
    return c->attemptRecord(0).id;
}

void TestStoryBank::save_withoutTitleOrText_isRefusedAndNothingStored()
{
    StoryBank bank(*m_db);
    Story s;
    s.action = QStringLiteral("did it");
    QString error;
    QVERIFY(!bank.save(s, m_clock.wallTime(), &error));
    QVERIFY(error.contains(QStringLiteral("title")));
    s.title = QStringLiteral("Title");
    s.action = QStringLiteral("   ");
    error.clear();
    QVERIFY(!bank.save(s, m_clock.wallTime(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(bank.stories().isEmpty());
}

void TestStoryBank::save_updates_andNormalisesCompetencies()
{
    StoryBank bank(*m_db);
    Story s;
    s.title = QStringLiteral("  Outage  ");
    s.situation = QStringLiteral("prod down");
    s.competencies = {QStringLiteral("Ownership"), QStringLiteral(" ownership "),
                      QStringLiteral("conflict")};
    QString error;
    const auto id = bank.save(s, m_clock.wallTime(), &error);
    QVERIFY2(id, qPrintable(error));
    auto stored = bank.story(*id);
    QVERIFY(stored);
    QCOMPARE(stored->title, QStringLiteral("Outage"));
    QCOMPARE(stored->competencies,
             (QStringList{QStringLiteral("conflict"), QStringLiteral("ownership")}));
    stored->result = QStringLiteral("fixed");
    stored->competencies = {QStringLiteral("learning")};
    m_clock.advanceMinutes(5);
    QCOMPARE(bank.save(*stored, m_clock.wallTime(), &error), id);
    const Story updated = *bank.story(*id);
    QCOMPARE(updated.result, QStringLiteral("fixed"));
    QCOMPARE(updated.competencies, QStringList{QStringLiteral("learning")});
    QVERIFY(updated.updatedAt > updated.createdAt);
    QCOMPARE(bank.stories().size(), 1);
    Story gone = updated;
    gone.id = *id + 100;
    QVERIFY(!bank.save(gone, m_clock.wallTime(), &error));
}

void TestStoryBank::fromAnswer_takesStarFieldsAndQuestionCompetencies()
{
    const qint64 attemptId = answeredAttempt();
    QVERIFY(attemptId > 0);
    const auto attempt = History(*m_db).attempt(attemptId);
    QVERIFY(attempt);
    const Story s = Story::fromAnswer(*attempt);
    QCOMPARE(s.situation, QStringLiteral("S"));
    QCOMPARE(s.result, QStringLiteral("R"));
    QCOMPARE(s.sourceAttemptId, attemptId);
    QVERIFY(!s.title.isEmpty());
    QVERIFY(!s.competencies.isEmpty());
    QCOMPARE(s.toAnswerFields().size(), 4);
    QCOMPARE(s.toAnswerFields().at(2).value, QStringLiteral("A"));
}

void TestStoryBank::matrix_showsGapsAndOveruse()
{
    StoryBank bank(*m_db);
    const StoryMatrix empty = bank.matrix();
    QVERIFY(empty.competencies.contains(QStringLiteral("ownership")));
    QCOMPARE(empty.gaps(), empty.competencies);
    Story s;
    s.title = QStringLiteral("Outage");
    s.action = QStringLiteral("fixed it");
    s.competencies = {QStringLiteral("ownership"), QStringLiteral("a brand-new competency")};
    QString error;
    const qint64 id = *bank.save(s, m_clock.wallTime(), &error);
    StoryMatrix m = bank.matrix();
    QVERIFY(m.competencies.contains(QStringLiteral("a brand-new competency")));
    const int row = int(m.competencies.indexOf(QStringLiteral("ownership")));
    QVERIFY(m.covers[row][0]);
    QVERIFY(!m.isGap(row));
    QCOMPARE(m.gaps().size(), m.competencies.size() - 2);
    QVERIFY(!m.isOverused(0));
    for (int i = 0; i < StoryMatrix::kOveruseThreshold; ++i)
        QVERIFY(bank.recordUse(id, 0, QStringLiteral("q"), m_clock.wallTime(), &error));
    m = bank.matrix();
    QCOMPARE(m.stories[0].uses, StoryMatrix::kOveruseThreshold);
    QVERIFY(m.isOverused(0));
    QVERIFY(bank.remove(id, &error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM story_uses")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestStoryBank::deletingTheSourceSession_keepsTheStory()
{
    const qint64 attemptId = answeredAttempt();
    StoryBank bank(*m_db);
    Story s = Story::fromAnswer(*History(*m_db).attempt(attemptId));
    QString error;
    const qint64 id = *bank.save(s, m_clock.wallTime(), &error);
    QVERIFY(bank.recordUse(id, attemptId, QStringLiteral("q"), m_clock.wallTime(), &error));
    QVERIFY2(History(*m_db).deleteSession(History(*m_db).attempt(attemptId)->sessionId, &error),
             qPrintable(error));
    const auto kept = bank.story(id);
    QVERIFY(kept);
    QCOMPARE(kept->sourceAttemptId, 0);
    QCOMPARE(kept->situation, QStringLiteral("S"));
    QCOMPARE(kept->uses, 1); // the use is still counted, its answer is gone
}

void TestStoryBank::exportAllJson_includesStoriesAndReviews()
{
    const qint64 attemptId = answeredAttempt();
    StoryBank bank(*m_db);
    Story s = Story::fromAnswer(*History(*m_db).attempt(attemptId));
    s.title = QStringLiteral("Exported");
    QString error;
    QVERIFY(bank.save(s, m_clock.wallTime(), &error));
    const QJsonObject root = exportAllJson(*m_db, m_clock.wallTime(), &error);
    QVERIFY2(!root.isEmpty(), qPrintable(error));
    const QJsonArray stories = root.value(QStringLiteral("stories")).toArray();
    QCOMPARE(stories.size(), 1);
    QCOMPARE(stories[0][QStringLiteral("title")].toString(), QStringLiteral("Exported"));
    QCOMPARE(stories[0][QStringLiteral("situation")].toString(), QStringLiteral("S"));
    QCOMPARE(stories[0][QStringLiteral("sourceAttemptId")].toInteger(), attemptId);
    const QJsonArray reviews = root.value(QStringLiteral("reviews")).toArray();
    QCOMPARE(reviews.size(), 1); // the graded answer is one review
    QCOMPARE(reviews[0][QStringLiteral("intervalDays")].toInt(), 1);
    QCOMPARE(reviews[0][QStringLiteral("dueOn")].toString(),
             m_clock.wallTime().toLocalTime().date().addDays(1).toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestStoryBank)
#include "test_storybank.moc"
