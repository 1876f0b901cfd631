// The person's own presets in a real SQLite file, and the "answer aloud" flag from the plan
// through the session to the stored grade.
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "session/Plan.h"
#include "storage/Database.h"
#include "storage/PresetStore.h"
#include "storage/SessionStore.h"
#include "FakeClock.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

class TestPresets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void save_list_reopen_returnsTheSamePlan();
    void names_mustBeNonEmptyUniqueAndNotBuiltin();
    void rename_andDelete_onlyTouchOwnPresets();
    void damagedRow_isSkippedInTheList_andNamedWhenOpened();
    void answerAloudPlan_jsonRoundTrip_andGradeRecordsIt();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("mockloop.sqlite")); }
    LoopPlan customPlan() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
};

void TestPresets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(dbPath(), &error), qPrintable(error));
    QCOMPARE(m_db->schemaVersion(), Database::latestVersion());
}

void TestPresets::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

LoopPlan TestPresets::customPlan() const
{
    LoopPlan p = *builtinPreset(QStringLiteral("behavioral"));
    p.rounds[0].questionCount = 2;
    p.prepSeconds = 45;
    p.answerSeconds = 150;
    p.expiry = ExpiryPolicy::Hard;
    p.pauseAllowed = false;
    p.answerAloud = true;
    return p;
}

void TestPresets::save_list_reopen_returnsTheSamePlan()
{
    PresetStore store(*m_db);
    QString error;
    const auto saved = store.save(QStringLiteral("  Tuesday drill  "), customPlan(),
                                  m_clock.wallTime(), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->name, QStringLiteral("Tuesday drill"));
    QCOMPARE(saved->plan.id, PresetStore::planId(saved->id));
    QCOMPARE(PresetStore::idFromPlanId(saved->plan.id), std::optional<qint64>(saved->id));
    QVERIFY(store.save(QStringLiteral("Another"), *builtinPreset(QStringLiteral("quick")),
                       m_clock.wallTime(), &error));

    // A new connection to the same file sees both, ordered by name, plans intact.
    m_db.reset();
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(dbPath(), &error), qPrintable(error));
    const auto listed = PresetStore(*m_db).list(&error);
    QVERIFY2(listed, qPrintable(error));
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).name, QStringLiteral("Another"));
    QCOMPARE(listed->at(1).name, QStringLiteral("Tuesday drill"));
    LoopPlan expected = customPlan();
    expected.id = PresetStore::planId(saved->id);
    expected.name = QStringLiteral("Tuesday drill");
    QCOMPARE(listed->at(1).plan, expected);
    QVERIFY(listed->at(1).plan.answerAloud);
    QCOMPARE(listed->at(1).createdAt, m_clock.wallTime());
}

void TestPresets::names_mustBeNonEmptyUniqueAndNotBuiltin()
{
    PresetStore store(*m_db);
    QString error;
    QVERIFY(!store.save(QStringLiteral("   "), customPlan(), m_clock.wallTime(), &error));
    QVERIFY(error.contains(QStringLiteral("name")));
    QVERIFY(!store.save(builtinPreset(QStringLiteral("one_way"))->name.toUpper(), customPlan(),
                        m_clock.wallTime(), &error));
    QVERIFY(error.contains(QStringLiteral("built-in")));
    QVERIFY(store.save(QStringLiteral("Mine"), customPlan(), m_clock.wallTime(), &error));
    QVERIFY(!store.save(QStringLiteral("MINE"), customPlan(), m_clock.wallTime(), &error));
    QVERIFY(error.contains(QStringLiteral("exists already")));
    QCOMPARE(store.list()->size(), 1);
}

void TestPresets::rename_andDelete_onlyTouchOwnPresets()
{
    PresetStore store(*m_db);
    QString error;
    const auto a = store.save(QStringLiteral("A"), customPlan(), m_clock.wallTime(), &error);
    const auto b = store.save(QStringLiteral("B"), customPlan(), m_clock.wallTime(), &error);
    QVERIFY(a && b);
    m_clock.advanceMinutes(5);
    QVERIFY2(store.rename(a->id, QStringLiteral("C"), m_clock.wallTime(), &error), qPrintable(error));
    QVERIFY(!store.rename(a->id, QStringLiteral("b"), m_clock.wallTime(), &error)); // taken
    QVERIFY(store.rename(a->id, QStringLiteral("c"), m_clock.wallTime(), &error)); // own name, new case
    const auto renamed = store.find(a->id, &error);
    QVERIFY(renamed);
    QCOMPARE(renamed->name, QStringLiteral("c"));
    QCOMPARE(renamed->plan.name, QStringLiteral("c"));
    QCOMPARE(renamed->updatedAt, m_clock.wallTime());
    QVERIFY(renamed->createdAt < renamed->updatedAt);

    QVERIFY2(store.remove(a->id, &error), qPrintable(error));
    QVERIFY(!store.remove(a->id, &error));
    QVERIFY(error.contains(QStringLiteral("no longer exists")));
    QVERIFY(!store.rename(a->id, QStringLiteral("D"), m_clock.wallTime(), &error));
    QCOMPARE(store.list()->size(), 1);
    QCOMPARE(store.list()->first().name, QStringLiteral("B"));
    // Built-in presets are not rows: nothing here can remove them.
    QCOMPARE(builtinPresets().size(), 7);
}

void TestPresets::damagedRow_isSkippedInTheList_andNamedWhenOpened()
{
    PresetStore store(*m_db);
    QString error;
    QVERIFY(store.save(QStringLiteral("Good"), customPlan(), m_clock.wallTime(), &error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO own_presets (name, plan, created_at, updated_at) "
                                  "VALUES ('Broken', '{\"rounds\": 3}', '', '')")));
    const qint64 broken = q.lastInsertId().toLongLong();
    const auto listed = store.list(&error);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QVERIFY(!store.find(broken, &error));
    QVERIFY2(error.contains(QStringLiteral("Broken")), qPrintable(error));
}

void TestPresets::answerAloudPlan_jsonRoundTrip_andGradeRecordsIt()
{
    LoopPlan plan = customPlan();
    QString error;
    const auto back = LoopPlan::fromJson(plan.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->answerAloud, true);
    QCOMPARE(*back, plan);
    // Older plan JSON without the key: typed answers.
    QJsonObject old = plan.toJson();
    old.remove(QStringLiteral("answerAloud"));
    QCOMPARE(LoopPlan::fromJson(old)->answerAloud, false);

    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    plan.gradingTiming = GradingTiming::AfterEachQuestion;
    plan.followUpsPerQuestion = 0; // follow-ups have their own tests (test_followup_store)
    for (const bool aloud : {true, false}) {
        plan.answerAloud = aloud;
        auto c = SessionController::start(*m_db, plan, &m_clock, &error, 7);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        QVERIFY(c->handle(Event::BeginAnswer));
        QVERIFY(c->setAnswer({{QStringLiteral("notes"), QStringLiteral("told the story")}}));
        m_clock.advanceSeconds(30);
        c->tick();
        QVERIFY(c->handle(Event::Submit));
        QCOMPARE(c->state(), State::Grading);
        Grade grade;
        grade.overall = 3;
        QVERIFY(c->submitGrade(grade));
        QCOMPARE(c->attemptRecord(0).answeredAloud, aloud);
        const auto stored = SessionStore(*m_db).load(c->sessionId(), &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->attempts.at(0).answeredAloud, aloud);
        QCOMPARE(stored->plan.answerAloud, aloud);
        QCOMPARE(stored->attempts.at(1).answeredAloud, false); // not graded yet
        QVERIFY(c->handle(Event::Abandon));
    }
}

QTEST_GUILESS_MAIN(TestPresets)
#include "test_presets.moc"
