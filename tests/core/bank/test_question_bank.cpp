// The question bank in a real database: built-in packs, the seeded draw, find with its filters,
// and how a plan's track, packs and hand-picked questions restrict what a session draws.
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "storage/Database.h"
#include "FakeClock.h"
#include "StorageFixture.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mockloop;
using mockloop::test::FakeClock;
using mockloop::test::smallPlan;

class TestQuestionBank : public QObject, private test::StorageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void builtinPacks_installOnceAndKeepHiddenFlags();
    void draw_sameSeed_sameQuestions_leastRecentlyPractisedFirst();
    void planTrackAndPacks_restrictTheDraw();
    void find_filtersByKindTrackTagDifficultyTextAndHidden();
    void start_handPickedQuestionsAreNeverDrawnAgain_andMustMatchTheRound();
    void start_aRoundTheBankCannotFill_isLeftOut();
};

void TestQuestionBank::init()
{
    makeDataDir();
}

void TestQuestionBank::builtinPacks_installOnceAndKeepHiddenFlags()
{
    Database db;
    openWithPacks(db);
    QuestionBank bank(db);
    for (RoundKind kind : kAllRoundKinds)
        QVERIFY2(bank.count(kind) >= 3, qPrintable(toKey(kind)));
    QVERIFY(bank.closingEntries().size() >= 3);
    const QString id = bank.questions(RoundKind::Technical).first().id;
    QString error;
    QVERIFY(bank.setHidden(id, true, &error));
    const int visible = bank.count();
    QVERIFY(bank.installBuiltinPacks(&error));
    QCOMPARE(bank.count(), visible);

    // Every pack is installed at the version its file says (the start-up shortcut reads the
    // versions at build time from the same files).
    const QList<PackInfo> installed = bank.packs();
    const QDir dir(QStringLiteral(":/packs"));
    QCOMPARE(installed.size(), dir.entryList({QStringLiteral("*.json")}, QDir::Files).size());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Pack pack;
        QStringList problems;
        QVERIFY(parsePack(file.readAll(), name, &pack, &problems));
        const auto it = std::find_if(installed.cbegin(), installed.cend(),
                                     [&pack](const PackInfo &p) { return p.id == pack.id; });
        QVERIFY2(it != installed.cend(), qPrintable(pack.id));
        QCOMPARE(it->version, pack.version);
    }

    // An older installed version is upgraded from the resources; hidden flags stay.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE packs SET version = 0")));
    QVERIFY(q.exec(QStringLiteral(
        "UPDATE questions SET text = 'stale', data = json_set(data, '$.text', 'stale')")));
    QVERIFY(bank.installBuiltinPacks(&error));
    QVERIFY(bank.question(id)->text != QStringLiteral("stale"));
    QCOMPARE(bank.count(), visible);
}

void TestQuestionBank::draw_sameSeed_sameQuestions_leastRecentlyPractisedFirst()
{
    Database db;
    openWithPacks(db);
    QuestionBank bank(db);
    QRandomGenerator a(1234);
    QRandomGenerator b(1234);
    const auto first = bank.draw(RoundKind::Technical, 3, {}, a);
    const auto second = bank.draw(RoundKind::Technical, 3, {}, b);
    QCOMPARE(first.size(), 3);
    QCOMPARE(first, second);
    QSet<QString> ids;
    for (const Question &q : first)
        ids.insert(q.id);
    QCOMPARE(ids.size(), 3); // no repeats

    // Practise every technical question but one: the unpractised one must come first.
    FakeClock clock;
    const QList<Question> all = bank.questions(RoundKind::Technical);
    for (int i = 0; i + 1 < all.size(); ++i) {
        LoopPlan p = smallPlan();
        p.rounds = {RoundPlan{RoundKind::Technical, 1, {all[i].id}, {}, {}, {}, {}}};
        QString error;
        auto c = SessionController::start(db, p, &clock, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        QVERIFY(c->handle(Event::BeginAnswer));
        QVERIFY(c->handle(Event::Submit));
        clock.advanceSeconds(60);
    }
    for (quint32 seed = 0; seed < 5; ++seed) {
        QRandomGenerator rng(seed);
        QCOMPARE(bank.draw(RoundKind::Technical, 1, {}, rng).first().id, all.last().id);
    }
}

void TestQuestionBank::planTrackAndPacks_restrictTheDraw()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    LoopPlan plan = smallPlan();
    plan.rounds = {RoundPlan{RoundKind::Technical, 3, {}, {}, {}, {}, {}},
                   RoundPlan{RoundKind::SystemDesign, 2, {}, {}, {}, {}, {}}};
    plan.packs = {QStringLiteral("sony")};
    auto sony = SessionController::start(db, plan, &clock, &error);
    QVERIFY2(sony, qPrintable(error));
    QCOMPARE(sony->engine().attemptCount(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(sony->question(i).packId, QStringLiteral("sony"));

    plan.packs.clear();
    plan.track = QStringLiteral("intern");
    auto intern = SessionController::start(db, plan, &clock, &error);
    QVERIFY2(intern, qPrintable(error));
    for (int i = 0; i < intern->engine().attemptCount(); ++i)
        QVERIFY2(intern->question(i).tracks.contains(QStringLiteral("intern")),
                 qPrintable(intern->question(i).id));
}

void TestQuestionBank::find_filtersByKindTrackTagDifficultyTextAndHidden()
{
    Database db;
    openWithPacks(db);
    QuestionBank bank(db);
    const auto all = bank.find({});
    QVERIFY(all.size() >= 150);
    QuestionFilter f;
    f.kind = RoundKind::Behavioral;
    f.difficulty = QStringLiteral("senior");
    const auto seniorStories = bank.find(f);
    QVERIFY(!seniorStories.isEmpty());
    for (const auto &[q, hidden] : seniorStories)
        QVERIFY(q.kind == RoundKind::Behavioral && q.difficulty == QStringLiteral("senior"));

    QuestionFilter text;
    text.text = QStringLiteral("RATE limit");
    const auto rate = bank.find(text);
    QVERIFY(!rate.isEmpty());
    for (const auto &[q, hidden] : rate)
        QVERIFY(q.text.contains(QStringLiteral("rate limit"), Qt::CaseInsensitive)
                || q.guidance.contains(QStringLiteral("rate limit"), Qt::CaseInsensitive));

    QuestionFilter tag;
    tag.tag = QStringLiteral("sql");
    tag.track = QStringLiteral("backend");
    for (const auto &[q, hidden] : bank.find(tag))
        QVERIFY(q.tags.contains(QStringLiteral("sql"))
                && q.tracks.contains(QStringLiteral("backend")));

    QString error;
    const QString id = all.first().first.id;
    QVERIFY(bank.setHidden(id, true, &error));
    QuestionFilter visible;
    visible.includeHidden = false;
    QCOMPARE(bank.find(visible).size(), all.size() - 1);
    QCOMPARE(bank.find({}).size(), all.size());
    QVERIFY(bank.tracks().contains(QStringLiteral("sony")));
    QCOMPARE(bank.packs().size(), 4);
}

void TestQuestionBank::start_handPickedQuestionsAreNeverDrawnAgain_andMustMatchTheRound()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    QuestionFilter sonyTech;
    sonyTech.kind = RoundKind::Technical;
    sonyTech.packs = {QStringLiteral("sony")};
    const auto sony = QuestionBank(db).find(sonyTech);
    QVERIFY(sony.size() >= 2);
    LoopPlan plan = smallPlan();
    plan.packs = {QStringLiteral("sony")};
    // The first round draws every Sony technical question but the one the second round picks.
    plan.rounds = {RoundPlan{RoundKind::Technical, int(sony.size()), {}, {}, {}, {}, {}},
                   RoundPlan{RoundKind::Technical, 1, {sony.first().first.id}, {}, {}, {}, {}}};
    for (quint32 seed = 0; seed < 10; ++seed) {
        auto c = SessionController::start(db, plan, &clock, &error, seed);
        QVERIFY2(c, qPrintable(error));
        QSet<QString> asked;
        for (int i = 0; i < c->engine().attemptCount(); ++i) {
            QVERIFY2(!asked.contains(c->question(i).id), qPrintable(c->question(i).id));
            asked.insert(c->question(i).id);
        }
        QCOMPARE(asked.size(), int(sony.size()));
    }
    plan.rounds = {RoundPlan{RoundKind::Behavioral, 1, {sony.first().first.id}, {}, {}, {}, {}}};
    QVERIFY(!SessionController::start(db, plan, &clock, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be asked")), qPrintable(error));
}

void TestQuestionBank::start_aRoundTheBankCannotFill_isLeftOut()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    LoopPlan plan = smallPlan();
    plan.packs = {QStringLiteral("sony")};
    QuestionFilter sonyStories;
    sonyStories.kind = RoundKind::Behavioral;
    sonyStories.packs = plan.packs;
    QVERIFY(QuestionBank(db).find(sonyStories).isEmpty());
    plan.rounds = {RoundPlan{RoundKind::Behavioral, 2, {}, {}, {}, {}, {}},
                   RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    auto c = SessionController::start(db, plan, &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->engine().roundCount(), 1);
    QCOMPARE(c->engine().roundTimes(0).kind, RoundKind::Technical);
    QCOMPARE(c->engine().attemptCount(), 1);
}

QTEST_GUILESS_MAIN(TestQuestionBank)
#include "test_question_bank.moc"
