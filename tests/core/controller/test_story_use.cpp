// "Use a story…" during a session: the controller, the one writer while a session runs,
// records the use with the attempt, its question and the clock's time (the story matrix counts
// it). A real SQLite file in a QTemporaryDir, the built-in bank, a fake clock.
#include "coach/StoryBank.h"
#include "controller/SessionController.h"
#include "FakeClock.h"
#include "TempDatabase.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

class TestStoryUse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void useStory_recordsTheUseForTheAttemptAndItsQuestion();
    void useStory_ofNoAttempt_isRefusedAndNothingStored();

private:
    qint64 savedStory();
    int storedUses();

    std::unique_ptr<test::TempDatabase> m_data;
    FakeClock m_clock;
    std::unique_ptr<SessionController> m_controller;
};

void TestStoryUse::init()
{
    m_data = std::make_unique<test::TempDatabase>();
    QString error;
    QVERIFY2(m_data->open(&error), qPrintable(error));
    // Two behavioral questions, the second one being answered.
    LoopPlan plan;
    plan.prepSeconds = 0;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Behavioral, 2, {}, {}, {}, {}, {}}};
    m_controller = SessionController::start(m_data->db, plan, &m_clock, &error, 7u);
    QVERIFY2(m_controller, qPrintable(error));
    QCOMPARE(m_controller->attemptCount(), 2);
    m_controller->handle(Event::Start);
    m_controller->handle(Event::Continue);
    QCOMPARE(m_controller->state(), State::Answering);
}

qint64 TestStoryUse::savedStory()
{
    Story s;
    s.title = QStringLiteral("The outage");
    s.action = QStringLiteral("rolled back, then fixed the migration");
    QString error;
    const auto id = StoryBank(m_data->db).save(s, m_clock.wallTime(), &error);
    if (!id)
        qWarning("the story was not saved: %s", qPrintable(error));
    return id.value_or(0);
}

int TestStoryUse::storedUses()
{
    QSqlQuery q(m_data->db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM story_uses")) && q.next() ? q.value(0).toInt()
                                                                                 : -1;
}

void TestStoryUse::useStory_recordsTheUseForTheAttemptAndItsQuestion()
{
    const qint64 story = savedStory();
    QVERIFY(story > 0);
    m_clock.advanceMinutes(3);
    QString error;
    QVERIFY2(m_controller->useStory(1, story, &error), qPrintable(error));

    QSqlQuery q(m_data->db.connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT story_id, attempt_id, question_id, used_at FROM story_uses")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), story);
    QCOMPARE(q.value(1).toLongLong(), m_controller->attemptRecord(1).id);
    QCOMPARE(q.value(2).toString(), m_controller->question(1).id);
    QDateTime usedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    usedAt.setTimeSpec(Qt::UTC);
    QCOMPARE(usedAt, m_clock.wallTime());
    QVERIFY(!q.next());
    // The matrix counts it.
    QCOMPARE(StoryBank(m_data->db).story(story)->uses, 1);
    QVERIFY2(m_controller->useStory(0, story, &error), qPrintable(error));
    QCOMPARE(StoryBank(m_data->db).story(story)->uses, 2);
}

void TestStoryUse::useStory_ofNoAttempt_isRefusedAndNothingStored()
{
    const qint64 story = savedStory();
    QVERIFY(story > 0);
    for (int attempt : {-1, 2}) {
        QString error;
        QVERIFY(!m_controller->useStory(attempt, story, &error));
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(storedUses(), 0);
    QCOMPARE(StoryBank(m_data->db).story(story)->uses, 0);
}

QTEST_GUILESS_MAIN(TestStoryUse)
#include "test_story_use.moc"
