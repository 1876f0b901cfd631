// Storage against real SQLite files in a QTemporaryDir: refusals leave files untouched,
// migrations back up first, drafts autosave, sessions resume after a restart.
#include "DamagedFile.h"
#include "storage/Database.h"
#include "FakeClock.h"
#include "bank/QuestionBank.h"
#include "session/SessionController.h"
#include "storage/SessionStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A small plan over the starter pack: a technical and a behavioral question.
LoopPlan smallPlan(ExpiryPolicy expiry = ExpiryPolicy::Soft)
{
    LoopPlan p;
    p.name = QStringLiteral("storage test");
    p.prepSeconds = 10;
    p.answerSeconds = 120;
    p.expiry = expiry;
    p.gradingTiming = GradingTiming::AfterEachQuestion;
    p.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}},
                RoundPlan{RoundKind::Behavioral, 1, {}, {}, {}, {}, {}}};
    return p;
}

// Reads one value through a separate connection, as another process would see the file.
QVariant readBack(const QString &path, const QString &sql, qint64 bind)
{
    const QString name = QStringLiteral("readback");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(bind);
            if (q.exec() && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void open_emptyDir_migratesToLatestWithWalAndForeignKeys();
    void open_newerUserVersion_isRefusedAndFileUnchanged();
    void open_garbageFile_isRefusedAndFileUnchanged();
    void open_truncatedDatabase_isRefusedAndFileUnchanged();
    void open_otherProgramsSqliteFile_isRefusedAndFileUnchanged();
    void open_reopensExistingDatabase();
    void open_afterCleanClose_skipsTheWholeFileCheck();
    void open_afterCrashOrOutsideChangeOrAWeek_runsTheWholeFileCheck();
    void open_damageFoundByTheWeeklyCheck_isRefusedAndFileUnchanged();
    void migrate_existingDatabase_backsUpFirst();
    void migrate_failingStep_rollsBackEverything();
    void builtinPacks_installOnceAndKeepHiddenFlags();
    void draw_sameSeed_sameQuestions_leastRecentlyPractisedFirst();
    void draftAutosave_isOnDiskWithin500ms();
    void elapsedTimes_areSavedAtLeastEvery5s();
    void resume_afterRestart_reopensPausedWithSameRemainingAndInterruptedTime();
    void resume_whileAnotherOwnerHoldsTheSession_isRefused();
    void deletedQuestion_leavesItsAttemptsIntact();
    void answers_areOrderedNamedFields();
    void setAnswer_whilePausedOrAfterSubmit_isRefused();
    void softOvertime_isSavedAsSoonAsItStarts();
    void planTrackAndPacks_restrictTheDraw();
    void find_filtersByKindTrackTagDifficultyTextAndHidden();
    void start_handPickedQuestionsAreNeverDrawnAgain_andMustMatchTheRound();
    void start_aRoundTheBankCannotFill_isLeftOut();
    void submitGrade_withRubricAndChecklist_isStoredAndReloaded();
    void snapshots_areStoredOncePerQuestionVersion();
    void retake_storesANewAttemptOfTheQuestion_andResumesIntoIt();
    void unfinished_listsRunningSessionsNewestFirst_fromThePartialIndex();
    void migrate7_questionDataStoredAsBlob_becomesText();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dbPath() const { return m_dir->filePath(QStringLiteral("mockloop.sqlite")); }
    // A database with the built-in packs, closed in rollback-journal mode: one file to damage.
    void createSingleFileDatabase()
    {
        Database db;
        openWithPacks(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    // Opening is refused as damaged, says so, and leaves the file byte for byte as it was.
    void verifyRefusedAsDamaged()
    {
        const QByteArray before = fileHash(dbPath());
        Database db;
        QString error;
        Database::OpenError kind = Database::OpenError::None;
        QVERIFY(!db.open(dbPath(), &error, &kind));
        QVERIFY2(kind == Database::OpenError::Damaged, qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(fileHash(dbPath()), before);
    }
    void openWithPacks(Database &db)
    {
        QString error;
        QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
        QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
    }
};

void TestStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStorage::open_emptyDir_migratesToLatestWithWalAndForeignKeys()
{
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(db.journalMode(), QStringLiteral("wal"));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toUInt(), Database::kApplicationId);
    QVERIFY(db.lastBackupPath().isEmpty()); // nothing to back up in a new file
}

void TestStorage::open_newerUserVersion_isRefusedAndFileUnchanged()
{
    {
        Database db;
        QString error;
        QVERIFY(db.open(dbPath(), &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
    }
    const QByteArray before = fileHash(dbPath());
    Database db;
    QString error;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(dbPath(), &error, &kind));
    QCOMPARE(kind, Database::OpenError::Newer);
    QVERIFY2(error.contains(QStringLiteral("newer MockLoop")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("99")));
    QCOMPARE(fileHash(dbPath()), before);
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral("-wal")));
}

void TestStorage::open_garbageFile_isRefusedAndFileUnchanged()
{
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 10000; ++i)
        garbage.append(char((i * 7919) % 251));
    f.write(garbage);
    f.close();
    const QByteArray before = fileHash(dbPath());
    Database db;
    QString error;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(dbPath(), &error, &kind));
    QCOMPARE(kind, Database::OpenError::NotADatabase);
    QVERIFY2(error.contains(QStringLiteral("untouched")), qPrintable(error));
    QCOMPARE(fileHash(dbPath()), before);
}

void TestStorage::open_truncatedDatabase_isRefusedAndFileUnchanged()
{
    createSingleFileDatabase();
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray all = f.readAll();
    QVERIFY(all.size() > 8192);
    // Keep the header, wreck the pages after it.
    QByteArray damaged = all.left(100) + QByteArray(all.size() - 100, '\x5a');
    f.seek(0);
    f.write(damaged);
    f.close();
    verifyRefusedAsDamaged();
}

void TestStorage::open_otherProgramsSqliteFile_isRefusedAndFileUnchanged()
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(dbPath());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(dbPath());
    Database db;
    QString error;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(dbPath(), &error, &kind));
    QCOMPARE(kind, Database::OpenError::NotADatabase);
    QCOMPARE(fileHash(dbPath()), before);
}

void TestStorage::open_reopensExistingDatabase()
{
    {
        Database db;
        openWithPacks(db);
    }
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QVERIFY(QuestionBank(db).count() >= 15);
}

void TestStorage::open_afterCleanClose_skipsTheWholeFileCheck()
{
    const QString marker = Database::cleanCloseMarkerPath(dbPath());
    {
        Database db;
        openWithPacks(db);
        QVERIFY(!db.ranFullCheck()); // a new file has nothing to check
        QVERIFY(!QFile::exists(marker));
    }
    QVERIFY(QFile::exists(marker));
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QVERIFY(!db.ranFullCheck());
    // While the file is open it changes: the marker must not vouch for it after a crash.
    QVERIFY(!QFile::exists(marker));
    QVERIFY(QuestionBank(db).count() >= 15);
}

namespace {

void setMarkerCheckedDaysAgo(const QString &dbPath, int days)
{
    QFile file(Database::cleanCloseMarkerPath(dbPath));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject marker = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QVERIFY(marker.contains(QStringLiteral("checked")));
    marker.insert(QStringLiteral("checked"),
                  QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(marker).toJson());
}

bool opensWithFullCheck(const QString &path)
{
    Database db;
    QString error;
    if (!db.open(path, &error))
        qWarning("%s", qPrintable(error));
    return db.isOpen() && db.ranFullCheck();
}

} // namespace

void TestStorage::open_afterCrashOrOutsideChangeOrAWeek_runsTheWholeFileCheck()
{
    {
        Database db;
        openWithPacks(db);
    }
    // A crash leaves no marker.
    QVERIFY(QFile::remove(Database::cleanCloseMarkerPath(dbPath())));
    QVERIFY(opensWithFullCheck(dbPath()));
    QVERIFY(!opensWithFullCheck(dbPath()));

    // Something else wrote the file after MockLoop closed it (here: only its time changed).
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                              QFileDevice::FileModificationTime));
    }
    QVERIFY(opensWithFullCheck(dbPath()));

    // The last whole-file check is more than a week old.
    setMarkerCheckedDaysAgo(dbPath(), Database::kFullCheckDays + 1);
    QVERIFY(opensWithFullCheck(dbPath()));
    // ... and the check that just passed is remembered.
    QVERIFY(!opensWithFullCheck(dbPath()));
    setMarkerCheckedDaysAgo(dbPath(), Database::kFullCheckDays - 1);
    QVERIFY(!opensWithFullCheck(dbPath()));
}

void TestStorage::open_damageFoundByTheWeeklyCheck_isRefusedAndFileUnchanged()
{
    createSingleFileDatabase();
    // Bit rot: the last page changes, the size and time stay as MockLoop left them.
    QVERIFY(test::damageLastPage(dbPath(), true));
    setMarkerCheckedDaysAgo(dbPath(), Database::kFullCheckDays + 1);
    verifyRefusedAsDamaged();
}

// The real migrations plus one more step that creates a table and then succeeds or fails.
QList<Database::Migration> withExtraStep(const QString &table, bool succeeds)
{
    QList<Database::Migration> steps = Database::migrations();
    steps.append({Database::latestVersion() + 1, [table, succeeds](QSqlDatabase &db, QString *error) {
                      QSqlQuery q(db);
                      const bool created = q.exec(QStringLiteral("CREATE TABLE %1 (x INTEGER)").arg(table));
                      if (!created || !succeeds)
                          *error = QStringLiteral("simulated failure");
                      return created && succeeds;
                  }});
    return steps;
}

void TestStorage::migrate_existingDatabase_backsUpFirst()
{
    {
        Database db;
        openWithPacks(db);
    }
    const auto steps = withExtraStep(QStringLiteral("future_table"), true);
    const int next = Database::latestVersion() + 1;
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), steps, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), next);
    QVERIFY(!db.lastBackupPath().isEmpty());
    QVERIFY(QFile::exists(db.lastBackupPath()));
    // The backup is the old version, complete.
    QCOMPARE(readBack(db.lastBackupPath(), QStringLiteral("SELECT ? + (SELECT count(*) FROM questions)"), 0).toInt(),
             QuestionBank(db).count());
    QCOMPARE(readBack(db.lastBackupPath(), QStringLiteral("SELECT ? + user_version FROM pragma_user_version"), 0).toInt(),
             Database::latestVersion());
}

void TestStorage::migrate_failingStep_rollsBackEverything()
{
    {
        Database db;
        openWithPacks(db);
    }
    const auto steps = withExtraStep(QStringLiteral("half_done"), false);
    Database db;
    QString error;
    Database::OpenError kind = Database::OpenError::None;
    QVERIFY(!db.open(dbPath(), steps, &error, &kind));
    QCOMPARE(kind, Database::OpenError::MigrationFailed);
    QVERIFY(error.contains(QStringLiteral("simulated failure")));
    Database again;
    QVERIFY2(again.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(again.schemaVersion(), Database::latestVersion());
    QSqlQuery q(again.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestStorage::builtinPacks_installOnceAndKeepHiddenFlags()
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
    QVERIFY(q.exec(QStringLiteral("UPDATE questions SET text = 'stale', data = json_set(data, '$.text', 'stale')")));
    QVERIFY(bank.installBuiltinPacks(&error));
    QVERIFY(bank.question(id)->text != QStringLiteral("stale"));
    QCOMPARE(bank.count(), visible);
}

void TestStorage::draw_sameSeed_sameQuestions_leastRecentlyPractisedFirst()
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

void TestStorage::draftAutosave_isOnDiskWithin500ms()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(), &clock, &error, 42u);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::BeginAnswer));
    const QString sql = QStringLiteral(
        "SELECT group_concat(f.value, '|') FROM answer_fields f JOIN attempts a ON a.id = f.attempt_id "
        "WHERE a.session_id = ? AND a.position = 0");
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("An index is a B-tree")}}));
    QVERIFY(c->hasUnsavedChanges());
    // The UI ticks every 100 ms; five ticks later the draft must be on disk.
    for (int i = 0; i < 5; ++i) {
        clock.advanceMs(100);
        c->tick();
    }
    QVERIFY(!c->hasUnsavedChanges());
    QCOMPARE(readBack(dbPath(), sql, c->sessionId()).toString(), QStringLiteral("An index is a B-tree"));
    // Typing goes on without a pause: the save still comes within 500 ms of each edit.
    for (int i = 0; i < 5; ++i) {
        QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("edit %1").arg(i)}}));
        clock.advanceMs(100);
        c->tick();
    }
    QCOMPARE(readBack(dbPath(), sql, c->sessionId()).toString().left(5), QStringLiteral("edit "));
    QVERIFY(readBack(dbPath(), sql, c->sessionId()).toString() >= QStringLiteral("edit 2"));
}

void TestStorage::elapsedTimes_areSavedAtLeastEvery5s()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::BeginAnswer));
    const QString sql = QStringLiteral("SELECT answer_used_ms FROM attempts WHERE session_id = ? AND position = 0");
    for (int i = 0; i < 120; ++i) { // 12 s of ticks, no edits
        clock.advanceMs(100);
        c->tick();
    }
    const qint64 saved = readBack(dbPath(), sql, c->sessionId()).toLongLong();
    QVERIFY2(saved >= 12'000 - 5'000 && saved <= 12'000, qPrintable(QString::number(saved)));
    QVERIFY(saved % 100 == 0);
}

void TestStorage::resume_afterRestart_reopensPausedWithSameRemainingAndInterruptedTime()
{
    qint64 sessionId = 0;
    FakeClock clock;
    {
        Database db;
        openWithPacks(db);
        QString error;
        auto c = SessionController::start(db, smallPlan(), &clock, &error);
        QVERIFY2(c, qPrintable(error));
        sessionId = c->sessionId();
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        QVERIFY(c->handle(Event::BeginAnswer));
        QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("half an answer")}}));
        for (int i = 0; i < 250; ++i) { // 25 s
            clock.advanceMs(100);
            c->tick();
        }
        QVERIFY(c->saveNow());
    } // the program ends here
    clock.advanceWallOnlyMs(90'000); // 90 s until it starts again

    FakeClock next(clock.wallTime());
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    auto c = SessionController::resume(db, sessionId, &next, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->state(), State::Paused);
    QCOMPARE(c->engine().pausedFrom(), State::Answering);
    QCOMPARE(c->engine().currentAttempt(), 0);
    QCOMPARE(c->engine().answerRemainingMs(), 120'000 - 25'000);
    QCOMPARE(c->engine().attemptTimes(0).interruptedMs, 90'000);
    QCOMPARE(c->answer(0).first().value, QStringLiteral("half an answer"));
    QCOMPARE(readBack(dbPath(), QStringLiteral("SELECT interrupted_ms FROM attempts WHERE session_id = ? AND position = 0"), sessionId).toLongLong(), 90'000);
    QVERIFY(c->handle(Event::Resume));
    QCOMPARE(c->state(), State::Answering);
}

void TestStorage::resume_whileAnotherOwnerHoldsTheSession_isRefused()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto owner = SessionController::start(db, smallPlan(), &clock, &error);
    QVERIFY2(owner, qPrintable(error));
    QVERIFY(owner->handle(Event::Start));

    Database other;
    QVERIFY(other.open(dbPath(), &error));
    auto second = SessionController::resume(other, owner->sessionId(), &clock, &error);
    QVERIFY(!second);
    QVERIFY2(error.contains(QStringLiteral("open in another MockLoop program")), qPrintable(error));

    const qint64 id = owner->sessionId();
    owner.reset(); // the owner closes: now it can be resumed
    auto third = SessionController::resume(other, id, &clock, &error);
    QVERIFY2(third, qPrintable(error));
}

void TestStorage::deletedQuestion_leavesItsAttemptsIntact()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    const Question asked = c->question(0);
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::BeginAnswer));
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("kept")}}));
    QVERIFY(c->handle(Event::Submit));
    QVERIFY(c->submitGrade(4, QStringLiteral("fine")));
    const qint64 id = c->sessionId();
    c.reset();

    QVERIFY(QuestionBank(db).deleteQuestion(asked.id, &error));
    QVERIFY(!QuestionBank(db).question(asked.id));
    const auto record = SessionStore(db).load(id, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->attempts.first().question, asked);
    QCOMPARE(record->attempts.first().answer.first().value, QStringLiteral("kept"));
    QCOMPARE(record->attempts.first().score, std::optional<int>(4));
}

void TestStorage::answers_areOrderedNamedFields()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::Skip));
    QVERIFY(c->handle(Event::Continue)); // round review -> behavioral round intro
    QVERIFY(c->handle(Event::Continue));
    const QList<AnswerField> star = {{QStringLiteral("situation"), QStringLiteral("S")},
                                     {QStringLiteral("task"), QStringLiteral("T")},
                                     {QStringLiteral("action"), QStringLiteral("A")},
                                     {QStringLiteral("result"), QStringLiteral("R")}};
    QVERIFY(c->setAnswer(star));
    QVERIFY(c->saveNow());
    QVERIFY(c->setAnswer(star.mid(0, 2))); // fewer fields: the rest are removed
    QVERIFY(c->saveNow());
    const auto record = SessionStore(db).load(c->sessionId(), &error);
    QVERIFY(record);
    QCOMPARE(record->attempts.at(1).answer, star.mid(0, 2));
    QCOMPARE(record->attempts.at(0).times.status, AttemptStatus::Skipped);
}

void TestStorage::setAnswer_whilePausedOrAfterSubmit_isRefused()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(ExpiryPolicy::Hard), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("notes in prep")}}));
    QVERIFY(c->handle(Event::BeginAnswer));
    QVERIFY(c->handle(Event::Pause));
    QVERIFY(!c->setAnswer({{QStringLiteral("answer"), QStringLiteral("typed while paused")}}));
    QVERIFY(c->handle(Event::Resume));
    clock.advanceSeconds(121); // the hard limit locks the answer
    c->tick();
    QVERIFY(c->engine().attemptTimes(0).lockedByExpiry);
    QVERIFY(!c->setAnswer({{QStringLiteral("answer"), QStringLiteral("too late")}}));
    QCOMPARE(c->answer(0).first().value, QStringLiteral("notes in prep"));
}

void TestStorage::softOvertime_isSavedAsSoonAsItStarts()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(ExpiryPolicy::Soft), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::BeginAnswer));
    clock.advanceSeconds(4); // the 5 s periodic save has not come yet
    c->tick();
    clock.advanceMs(116'000); // exactly at the 120 s limit
    c->tick();
    QVERIFY(c->engine().attemptTimes(0).overtimeStarted);
    QCOMPARE(readBack(dbPath(), QStringLiteral("SELECT overtime_started FROM attempts WHERE session_id = ? AND position = 0"), c->sessionId()).toInt(), 1);
}

void TestStorage::planTrackAndPacks_restrictTheDraw()
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
        QVERIFY2(intern->question(i).tracks.contains(QStringLiteral("intern")), qPrintable(intern->question(i).id));
}

void TestStorage::find_filtersByKindTrackTagDifficultyTextAndHidden()
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
        QVERIFY(q.tags.contains(QStringLiteral("sql")) && q.tracks.contains(QStringLiteral("backend")));

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

void TestStorage::start_handPickedQuestionsAreNeverDrawnAgain_andMustMatchTheRound()
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

void TestStorage::start_aRoundTheBankCannotFill_isLeftOut()
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

void TestStorage::submitGrade_withRubricAndChecklist_isStoredAndReloaded()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    auto c = SessionController::start(db, smallPlan(), &clock, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->handle(Event::Start));
    QVERIFY(c->handle(Event::Continue));
    QVERIFY(c->handle(Event::BeginAnswer));
    QVERIFY(c->handle(Event::Submit));
    const int points = int(c->question(0).keyPoints.size());
    Grade bad;
    bad.overall = 3;
    bad.keyPointsCovered = QList<bool>(points + 1, true);
    QVERIFY(!c->submitGrade(bad).accepted); // a checklist of the wrong length
    bad.keyPointsCovered.clear();
    bad.rubric = {{QStringLiteral("depth"), 6}};
    QVERIFY(!c->submitGrade(bad).accepted);
    QCOMPARE(c->state(), State::Grading);

    Grade grade;
    grade.overall = 4;
    grade.note = QStringLiteral("trade-offs were thin");
    grade.rubric = {{QStringLiteral("correctness"), 5}, {QStringLiteral("depth"), 4},
                    {QStringLiteral("clarity"), 4}, {QStringLiteral("trade_offs"), 2}};
    grade.keyPointsCovered = QList<bool>(points, false);
    grade.keyPointsCovered[0] = true;
    const auto r = c->submitGrade(grade);
    QVERIFY2(r.accepted, qPrintable(r.reason));
    const auto record = SessionStore(db).load(c->sessionId(), &error);
    QVERIFY(record);
    const AttemptRecord &a = record->attempts.first();
    QCOMPARE(a.score, std::optional<int>(4));
    QCOMPARE(a.keyPointsCovered, grade.keyPointsCovered);
    QCOMPARE(a.rubric.size(), 4);
    QVERIFY(a.rubric.contains(std::pair<QString, int>(QStringLiteral("trade_offs"), 2)));
}

void TestStorage::snapshots_areStoredOncePerQuestionVersion()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QString error;
    const QString id = QStringLiteral("tech.sql-vs-nosql");
    LoopPlan plan = smallPlan();
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {id}, {}, {}, {}, {}}};
    for (int i = 0; i < 3; ++i)
        QVERIFY2(SessionController::start(db, plan, &clock, &error), qPrintable(error));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM question_snapshots WHERE question_id = ?"));
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT snapshot_id), count(*) FROM attempts")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 3);
    const auto record = SessionStore(db).load(1, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->attempts.first().question.id, id);
}

void TestStorage::retake_storesANewAttemptOfTheQuestion_andResumesIntoIt()
{
    qint64 sessionId = 0;
    QString questionId;
    FakeClock clock;
    {
        Database db;
        openWithPacks(db);
        QString error;
        LoopPlan plan = smallPlan();
        plan.retakeAllowed = true;
        auto c = SessionController::start(db, plan, &clock, &error, 7u);
        QVERIFY2(c, qPrintable(error));
        sessionId = c->sessionId();
        questionId = c->question(0).id;
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        QVERIFY(c->handle(Event::BeginAnswer));
        QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("first try")}}));
        QVERIFY(c->handle(Event::Submit));
        QCOMPARE(c->state(), State::Grading);

        // In grading the retake needs the grade of the answer shown.
        const Engine::Result ungraded = c->retake(0);
        QVERIFY(!ungraded.accepted);
        QCOMPARE(ungraded.reason, QStringLiteral("Grade this answer before retaking it."));
        QCOMPARE(c->attemptCount(), 2);
        Grade grade;
        grade.overall = 2;
        const Engine::Result r = c->retake(0, grade);
        QVERIFY2(r.accepted, qPrintable(r.reason));
        QCOMPARE(c->state(), State::Prep);
        QCOMPARE(c->engine().currentAttempt(), 2);
        QCOMPARE(c->attemptCount(), 3);
        QCOMPARE(c->question(2), c->question(0));
        QCOMPARE(c->score(0), std::optional<int>(2));
        QCOMPARE(c->previousScore(2), std::optional<int>(2));
        QCOMPARE(c->previousScore(0), std::nullopt);
        // The header's "question k of n": the retake is the round's one question again.
        const auto first = c->questionPosition(0);
        const auto again = c->questionPosition(2);
        QCOMPARE((std::tuple{first.number, first.count, first.retake}), (std::tuple{1, 1, false}));
        QCOMPARE((std::tuple{again.number, again.count, again.retake}), (std::tuple{1, 1, true}));
        QCOMPARE(c->questionPosition(1).retake, false); // the behavioral round's question
        QCOMPARE(c->engine().attemptsInRound(0), 2);
        QVERIFY(c->handle(Event::BeginAnswer));
        QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("second try")}}));
        clock.advanceMs(20'000);
        QVERIFY(c->saveNow());
    } // the program ends mid-retake
    clock.advanceWallOnlyMs(5'000);

    const QString rows = QStringLiteral(
        "SELECT group_concat(question_id || ':' || position || ':' || status, ' ') FROM "
        "(SELECT * FROM attempts WHERE session_id = ? ORDER BY position)");
    const QString stored = readBack(dbPath(), rows, sessionId).toString();
    QVERIFY2(stored.startsWith(questionId + QStringLiteral(":0:submitted ")), qPrintable(stored));
    QVERIFY2(stored.endsWith(questionId + QStringLiteral(":2:active")), qPrintable(stored));

    FakeClock next(clock.wallTime());
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    auto c = SessionController::resume(db, sessionId, &next, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->state(), State::Paused);
    QCOMPARE(c->engine().currentAttempt(), 2);
    QCOMPARE(c->engine().attemptCount(), 3);
    QCOMPARE(c->answer(2).first().value, QStringLiteral("second try"));
    QCOMPARE(c->engine().answerRemainingMs(), 120'000 - 20'000);
    QVERIFY(c->handle(Event::Resume));
    QVERIFY(c->handle(Event::Submit));
    Grade better;
    better.overall = 4;
    QVERIFY(c->submitGrade(better));
    QCOMPARE(c->score(2), std::optional<int>(4));
    QCOMPARE(c->previousScore(2), std::optional<int>(2));
    QCOMPARE(c->state(), State::RoundReview); // the round had one question
    QCOMPARE(c->engine().attemptsInRound(0), 2);
}

QTEST_GUILESS_MAIN(TestStorage)
void TestStorage::unfinished_listsRunningSessionsNewestFirst_fromThePartialIndex()
{
    Database db;
    openWithPacks(db);
    FakeClock clock;
    QList<qint64> running;
    for (int i = 0; i < 4; ++i) {
        QString error;
        auto c = SessionController::start(db, smallPlan(), &clock, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->handle(Event::Start));
        if (i % 2 == 1) {
            QVERIFY(c->handle(Event::Abandon));
        } else {
            QVERIFY(c->saveNow());
            running.prepend(c->sessionId());
        }
        clock.advanceWallOnlyMs(60'000);
    }
    QList<qint64> listed;
    for (const SessionSummary &s : SessionStore(db).unfinished())
        listed.append(s.id);
    QCOMPARE(listed, running);
    QCOMPARE(SessionStore(db).recent(10).size(), 4);

    // Home reads this list at every start: it must come from sessions_running (schema 7), not
    // from a scan of every session.
    QSqlQuery plan(db.connection());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT s.id FROM sessions s WHERE "
                                     "s.status = 'running' ORDER BY s.started_at DESC, s.id DESC")));
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + QLatin1Char(';');
    QVERIFY2(steps.contains(QStringLiteral("sessions_running")), qPrintable(steps));
}

void TestStorage::migrate7_questionDataStoredAsBlob_becomesText()
{
    auto typesOf = [](Database &db) {
        QSqlQuery q(db.connection());
        QStringList types;
        if (q.exec(QStringLiteral("SELECT DISTINCT typeof(data) FROM questions")))
            while (q.next())
                types << q.value(0).toString();
        return types;
    };
    QStringList tracks;
    {
        // A version 6 database whose question rows were written the old way, as bytes.
        Database db;
        QString error;
        QVERIFY2(db.open(dbPath(), Database::migrations().mid(0, 6), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 6);
        QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
        QCOMPARE(typesOf(db), QStringList{QStringLiteral("text")}); // new writes are TEXT
        tracks = QuestionBank(db).tracks();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE questions SET data = CAST(data AS BLOB)")));
        QCOMPARE(typesOf(db), QStringList{QStringLiteral("blob")});
    }
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(typesOf(db), QStringList{QStringLiteral("text")});
    // The same questions read back, through Qt and through json_each.
    QVERIFY(!tracks.isEmpty());
    QCOMPARE(QuestionBank(db).tracks(), tracks);
    const auto all = QuestionBank(db).find({});
    QVERIFY(!all.isEmpty());
    QVERIFY(!all.constFirst().first.keyPoints.isEmpty() || !all.constFirst().first.guidance.isEmpty());
}

#include "test_storage.moc"
