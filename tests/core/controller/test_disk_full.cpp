// A session whose disk runs full and then has room again (issue 16, defects 1 and 2 and "disk
// full and I/O errors"): every answer and stamp not yet on disk is written by the first save
// that succeeds, a failure says why in words, saving is retried once a second and not at every
// tick, and a grade that cannot be saved is refused with the reason and saves once space is
// back. On a real small filesystem (a tmpfs, as root) or, where mounting is impossible, a
// database made full with max_page_count (FullDisk.h says which ran).
#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "storage/Database.h"
#include "FakeClock.h"
#include "FullDisk.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mockloop;
using mockloop::test::FakeClock;
using mockloop::test::FullDisk;

namespace {

// One round of two technical questions with long limits: nothing expires while the disk is
// full. Grading after each question or at the end of the loop.
LoopPlan twoQuestions(GradingTiming grading)
{
    LoopPlan p;
    p.name = QStringLiteral("disk full");
    p.prepSeconds = 600;
    p.answerSeconds = 3600;
    p.expiry = ExpiryPolicy::Soft;
    p.gradingTiming = grading;
    p.closingSegment = false;
    p.rounds = {RoundPlan{RoundKind::Technical, 2, {}, {}, {}, {}, {}}};
    return p;
}

// Text of about `chars` characters, different for each tag: long enough that saving it needs
// new pages of the database (also where only max_page_count makes it full).
QString prose(int tag, int chars)
{
    QString text;
    for (int i = 0; text.size() < chars; ++i)
        text += QStringLiteral("answer%1-word%2 ").arg(tag).arg(i);
    return text;
}

QList<AnswerField> answerOf(const QString &text)
{
    return {{QStringLiteral("answer"), text}};
}

// The expected start of a failure's message on a full disk (core/storage/SqlSupport.cpp).
const QString kDiskFull = QStringLiteral("the disk is full");

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void draftSave_onAFullDisk_failsSayingTheDiskIsFull();
    void submittedAnswer_thenNextAnswerTyped_bothCompleteOnDiskOnceSpaceIsBack();
    void attemptStamps_whileTheDiskIsFull_areWrittenOnceSpaceIsBack();
    void failingSave_isRetriedOnceASecond_andSucceedsWithinOneOnceSpaceIsBack();
    void grade_whileTheDiskIsFull_isRefusedWithTheReason_andSavesOnceSpaceIsBack();
    void import_whileTheDiskIsFull_isRefusedWithTheReason_importsNothing_andWorksOnceSpaceIsBack();

private:
    void startSession(GradingTiming grading);
    // Moves the fake clock by ms in UI ticks of 100 ms, ticking the controller each time.
    void run(qint64 ms);
    void fill();
    void free();
    // Through a second connection, as another process would read the file.
    QVariant read(const QString &sql, int position);
    QString answerOnDisk(int position)
    {
        return read(QStringLiteral("SELECT group_concat(f.value, '') FROM answer_fields f "
                                   "JOIN attempts a ON a.id = f.attempt_id "
                                   "WHERE a.session_id = ? AND a.position = ?"),
                    position)
            .toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FullDisk> m_disk;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<SessionController> m_c;
};

void TestDiskFull::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_disk = std::make_unique<FullDisk>(m_dir->path());
    m_db = std::make_unique<Database>();
    m_clock = std::make_unique<FakeClock>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
}

void TestDiskFull::cleanup()
{
    // Space back before the controller's last save, so nothing is left failing at the end.
    if (m_db && m_db->isOpen())
        m_disk->free(m_db->connection(), nullptr);
    m_c.reset();
    m_db.reset();
    m_disk.reset(); // unmounts; the database is closed
    m_clock.reset();
    m_dir.reset();
}

void TestDiskFull::startSession(GradingTiming grading)
{
    QString error;
    m_c = SessionController::start(*m_db, twoQuestions(grading), m_clock.get(), &error, 7u);
    QVERIFY2(m_c, qPrintable(error));
    QVERIFY(m_c->handle(Event::Start));
    QVERIFY(m_c->handle(Event::Continue));
}

void TestDiskFull::run(qint64 ms)
{
    for (qint64 t = 0; t < ms; t += 100) {
        m_clock->advanceMs(100);
        m_c->tick();
    }
}

void TestDiskFull::fill()
{
    QString error;
    QVERIFY2(m_disk->fill(m_db->connection(), &error), qPrintable(error));
}

void TestDiskFull::free()
{
    QString error;
    QVERIFY2(m_disk->free(m_db->connection(), &error), qPrintable(error));
}

QVariant TestDiskFull::read(const QString &sql, int position)
{
    const QString name = QStringLiteral("diskfull-reader");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_db->path());
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(m_c->sessionId());
            q.addBindValue(position);
            if (q.exec() && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

void TestDiskFull::draftSave_onAFullDisk_failsSayingTheDiskIsFull()
{
    startSession(GradingTiming::EndOfLoop);
    QVERIFY(m_c->handle(Event::BeginAnswer));
    QSignalSpy failed(m_c.get(), &SessionController::saveFailed);
    fill();
    QVERIFY(m_c->setAnswer(answerOf(prose(1, 6000))));
    run(500);
    // Not silent: the message says what is wrong in words, not SQLite's text or nothing.
    QVERIFY(!failed.isEmpty());
    const QString message = failed.last().first().toString();
    QVERIFY2(message.startsWith(kDiskFull), qPrintable(message));
    QCOMPARE(m_c->lastError(), message);
    QVERIFY(m_c->hasUnsavedChanges());
}

void TestDiskFull::submittedAnswer_thenNextAnswerTyped_bothCompleteOnDiskOnceSpaceIsBack()
{
    startSession(GradingTiming::EndOfLoop);
    QVERIFY(m_c->handle(Event::BeginAnswer));
    const QString before = prose(1, 3000);
    QVERIFY(m_c->setAnswer(answerOf(before)));
    run(500);
    QVERIFY(!m_c->hasUnsavedChanges());
    QCOMPARE(answerOnDisk(0), before);

    // The disk runs full; the person finishes the answer, submits, and answers the next one.
    fill();
    const QString first = before + prose(2, 6000);
    QVERIFY(m_c->setAnswer(answerOf(first)));
    run(500);
    QVERIFY(m_c->handle(Event::Submit));
    QCOMPARE(m_c->state(), State::Prep);
    QVERIFY(m_c->handle(Event::BeginAnswer));
    const QString second = prose(3, 6000);
    QVERIFY(m_c->setAnswer(answerOf(second)));
    run(500);
    QVERIFY(m_c->hasUnsavedChanges());
    QCOMPARE(answerOnDisk(0), before); // nothing written while full

    QSignalSpy saved(m_c.get(), &SessionController::saved);
    free();
    run(1100);
    QVERIFY(saved.count() >= 1);
    QVERIFY(!m_c->hasUnsavedChanges());
    // Every character of both answers, not only of the one edited last.
    QCOMPARE(answerOnDisk(0), first);
    QCOMPARE(answerOnDisk(1), second);
    QCOMPARE(read(QStringLiteral("SELECT status FROM attempts WHERE session_id = ? AND position "
                                 "= ?"),
                  0)
                 .toString(),
             QStringLiteral("submitted"));
}

void TestDiskFull::attemptStamps_whileTheDiskIsFull_areWrittenOnceSpaceIsBack()
{
    startSession(GradingTiming::EndOfLoop);
    // The first attempt started before the disk ran full; it is submitted and the second one
    // starts while it is full.
    QVERIFY(m_c->handle(Event::BeginAnswer));
    fill();
    QVERIFY(m_c->setAnswer(answerOf(prose(1, 6000))));
    m_clock->advanceSeconds(30);
    const QDateTime submitted = m_clock->wallTime();
    QVERIFY(m_c->handle(Event::Submit));
    QVERIFY(m_c->hasUnsavedChanges());
    m_clock->advanceSeconds(1);
    free();
    run(1100);
    QVERIFY(!m_c->hasUnsavedChanges());
    const QString stamps = QStringLiteral(
        "SELECT coalesce(started_at, '-') || ' ' || coalesce(submitted_at, '-') FROM attempts "
        "WHERE session_id = ? AND position = ?");
    const QString first = read(stamps, 0).toString();
    const QString second = read(stamps, 1).toString();
    QVERIFY2(first.endsWith(submitted.toUTC().toString(Qt::ISODateWithMs)), qPrintable(first));
    QVERIFY2(second.startsWith(submitted.toUTC().toString(Qt::ISODateWithMs)), qPrintable(second));
    QVERIFY2(second.endsWith(QStringLiteral(" -")), qPrintable(second));
}

void TestDiskFull::failingSave_isRetriedOnceASecond_andSucceedsWithinOneOnceSpaceIsBack()
{
    startSession(GradingTiming::EndOfLoop);
    QVERIFY(m_c->handle(Event::BeginAnswer));
    QSignalSpy failed(m_c.get(), &SessionController::saveFailed);
    QSignalSpy saved(m_c.get(), &SessionController::saved);
    fill();
    QString text = prose(1, 6000);
    QVERIFY(m_c->setAnswer(answerOf(text)));
    // Five seconds of ticks every 100 ms while the person goes on typing: a save at 300 ms
    // (the draft's delay), then one a second, never one per tick.
    for (int i = 0; i < 50; ++i) {
        if (i % 5 == 0) {
            text += QStringLiteral("more%1 ").arg(i);
            QVERIFY(m_c->setAnswer(answerOf(text)));
        }
        m_clock->advanceMs(100);
        m_c->tick();
    }
    QVERIFY2(failed.count() >= 5 && failed.count() <= 6, qPrintable(QString::number(failed.count())));
    QCOMPARE(saved.count(), 0);
    for (const QList<QVariant> &args : failed)
        QVERIFY2(args.first().toString().startsWith(kDiskFull), qPrintable(args.first().toString()));

    // Space back: saved by the next retry, within a second, with every keystroke.
    free();
    int ticks = 0;
    for (; saved.isEmpty() && ticks < 10; ++ticks) {
        m_clock->advanceMs(100);
        m_c->tick();
    }
    QCOMPARE(saved.count(), 1); // by a retry within a second (ten ticks)
    QVERIFY(!m_c->hasUnsavedChanges());
    QCOMPARE(answerOnDisk(0), text);
    // Saving works normally again: the next edit is on disk within 500 ms.
    text += QStringLiteral("last words");
    QVERIFY(m_c->setAnswer(answerOf(text)));
    run(500);
    QCOMPARE(answerOnDisk(0), text);
}

void TestDiskFull::grade_whileTheDiskIsFull_isRefusedWithTheReason_andSavesOnceSpaceIsBack()
{
    startSession(GradingTiming::AfterEachQuestion);
    QVERIFY(m_c->handle(Event::BeginAnswer));
    QVERIFY(m_c->setAnswer(answerOf(prose(1, 500))));
    QVERIFY(m_c->handle(Event::Submit));
    QCOMPARE(m_c->state(), State::Grading);
    QVERIFY(!m_c->hasUnsavedChanges());

    fill();
    const QString note = prose(2, 6000);
    const Engine::Result refused = m_c->submitGrade(4, note);
    QVERIFY(!refused.accepted);
    QVERIFY2(refused.reason.contains(kDiskFull), qPrintable(refused.reason));
    // Still grading the same answer: nothing moved on without its grade.
    QCOMPARE(m_c->state(), State::Grading);
    QCOMPARE(m_c->engine().currentAttempt(), 0);
    QCOMPARE(m_c->score(0), std::nullopt);

    free();
    const Engine::Result accepted = m_c->submitGrade(4, note);
    QVERIFY2(accepted.accepted, qPrintable(accepted.reason));
    QCOMPARE(read(QStringLiteral("SELECT score FROM attempts WHERE session_id = ? AND position = ?"), 0)
                 .toInt(),
             4);
    QCOMPARE(read(QStringLiteral("SELECT grade_note FROM attempts WHERE session_id = ? AND "
                                 "position = ?"),
                  0)
                 .toString(),
             note);
}

// An import is all or nothing on a full disk too: refused with the reason in words, not one of
// its questions stored, and the same import works once there is space.
void TestDiskFull::import_whileTheDiskIsFull_isRefusedWithTheReason_importsNothing_andWorksOnceSpaceIsBack()
{
    QString list = QStringLiteral("# Full disk list\n\n## Databases\n\n");
    for (int i = 0; i < 200; ++i)
        list += QStringLiteral("- %1?\n").arg(prose(i, 300));
    QuestionBank bank(*m_db);
    const int before = bank.count();
    const ImportPreview preview = previewImport(list.toUtf8(), QStringLiteral("full.md"), bank);
    QVERIFY2(preview.canImport(), qPrintable(preview.problems.join(QLatin1Char('\n'))));

    fill();
    QString error;
    QVERIFY(!applyImport(bank, preview, &error));
    QVERIFY2(error.contains(kDiskFull), qPrintable(error));
    QCOMPARE(bank.count(), before);

    free();
    QVERIFY2(applyImport(bank, preview, &error), qPrintable(error));
    QCOMPARE(bank.count(), before + 200);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "test_disk_full.moc"
