// The Data menu used the way a person would: choose the menu item, pick a file, confirm.
// The file dialog and the message box are seams; everything else is the real window.
#include "DamagedFile.h"
#include "Confirmation.h"
#include "DataActions.h"
#include "Database.h"
#include "FakeClock.h"
#include "History.h"
#include "MainWindow.h"
#include "QuestionBank.h"
#include "SessionController.h"
#include "UpgradeNotice.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using namespace mockloop::desktop;
using mockloop::test::FakeClock;

class TestGuiData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void backupThenRestore_fromTheMenu_bringsBackTheBackedUpSessions();
    void restore_whileASessionRuns_isRefusedAndChangesNothing();
    void restore_ofADamagedFile_isRefusedAndChangesNothing();
    void deleteAll_confirmedWithBackupFirst_deletesSessionsAndKeepsTheBackup();
    void export_fromTheMenu_writesTheChosenFormat();
    void whereIsMyData_namesTheDatabaseFile();
    void checkTheDatabase_readsEveryPageAndSaysWhatItFound();
    void upgradeNotice_showsForAnOlderDatabaseOnly();

private:
    void trigger(const char *actionName);
    qint64 finishedSession(const QString &answer);
    int sessionCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
    std::unique_ptr<MainWindow> m_window;
    QString m_nextFile;
    QStringList m_notices;
    bool m_lastWasProblem = false;
};

void TestGuiData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("data/mockloop.sqlite")), &error), qPrintable(error));
    QVERIFY(QuestionBank(*m_db).installBuiltinPacks(&error));
    m_window = std::make_unique<MainWindow>(*m_db, &m_clock);
    m_window->show();
    m_notices.clear();
    DataActions::setFileChooser([this](const QString &, const QString &, const QString &, bool) { return m_nextFile; });
    DataActions::setNotifier([this](const QString &, const QString &text, bool problem) {
        m_notices.append(text);
        m_lastWasProblem = problem;
    });
    Confirmation::setHandler([](const QString &, const QString &) { return true; });
}

void TestGuiData::cleanup()
{
    m_window.reset();
    m_db.reset();
    DataActions::setFileChooser({});
    DataActions::setNotifier({});
    Confirmation::setHandler({});
}

void TestGuiData::trigger(const char *actionName)
{
    auto *action = m_window->findChild<QAction *>(QLatin1String(actionName));
    QVERIFY2(action, actionName);
    QVERIFY(action->isEnabled());
    action->trigger();
}

qint64 TestGuiData::finishedSession(const QString &answer)
{
    LoopPlan plan;
    plan.name = answer;
    plan.prepSeconds = 0;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(*m_db, plan, &m_clock, &error);
    if (!c)
        return 0;
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("answer"), answer}});
    m_clock.advanceSeconds(30);
    c->handle(Event::Submit);
    c->submitGrade(3, {});
    c->handle(Event::Continue);
    return c->sessionId();
}

int TestGuiData::sessionCount() const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM sessions"));
    q.next();
    return q.value(0).toInt();
}

void TestGuiData::backupThenRestore_fromTheMenu_bringsBackTheBackedUpSessions()
{
    QVERIFY(finishedSession(QStringLiteral("kept in the backup")));
    m_nextFile = m_dir->filePath(QStringLiteral("mine/backup.sqlite"));
    trigger("dataBackupAction");
    QVERIFY2(!m_lastWasProblem, qPrintable(m_notices.join(QLatin1Char('\n'))));
    QVERIFY(QFile::exists(m_nextFile));

    QVERIFY(finishedSession(QStringLiteral("made after the backup")));
    QCOMPARE(sessionCount(), 2);
    QSignalSpy replaced(m_window->dataActions(), &DataActions::dataReplaced);
    trigger("dataRestoreAction");
    QVERIFY2(!m_lastWasProblem, qPrintable(m_notices.join(QLatin1Char('\n'))));
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(sessionCount(), 1);
    QCOMPARE(History(*m_db).search(QStringLiteral("backup")).size(), 1);
    QCOMPARE(History(*m_db).search(QStringLiteral("after")).size(), 0);
    const QStringList saved = QDir(m_dir->filePath(QStringLiteral("data/backups"))).entryList({QStringLiteral("*.sqlite")});
    QCOMPARE(saved.size(), 1); // what the restore replaced
}

void TestGuiData::restore_whileASessionRuns_isRefusedAndChangesNothing()
{
    QVERIFY(finishedSession(QStringLiteral("one")));
    m_nextFile = m_dir->filePath(QStringLiteral("b.sqlite"));
    trigger("dataBackupAction");
    LoopPlan plan;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    QVERIFY(m_window->startSession(plan));
    trigger("dataRestoreAction");
    QVERIFY(m_lastWasProblem);
    QVERIFY2(m_notices.last().contains(QStringLiteral("session is running")), qPrintable(m_notices.last()));
    QCOMPARE(sessionCount(), 2);
}

void TestGuiData::restore_ofADamagedFile_isRefusedAndChangesNothing()
{
    QVERIFY(finishedSession(QStringLiteral("one")));
    m_nextFile = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    QFile f(m_nextFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(5000, 'z'));
    f.close();
    trigger("dataRestoreAction");
    QVERIFY(m_lastWasProblem);
    QVERIFY2(m_notices.last().contains(QStringLiteral("not a MockLoop database")), qPrintable(m_notices.last()));
    QCOMPARE(sessionCount(), 1);
}

void TestGuiData::deleteAll_confirmedWithBackupFirst_deletesSessionsAndKeepsTheBackup()
{
    QVERIFY(finishedSession(QStringLiteral("one")));
    QVERIFY(finishedSession(QStringLiteral("two")));
    m_nextFile = m_dir->filePath(QStringLiteral("before-delete.sqlite"));
    trigger("dataDeleteAction");
    QVERIFY2(!m_lastWasProblem, qPrintable(m_notices.join(QLatin1Char('\n'))));
    QCOMPARE(sessionCount(), 0);
    QVERIFY(QuestionBank(*m_db).count() >= 150); // the bank stays
    QVERIFY(QFile::exists(m_nextFile));
    QString error;
    int version = 0;
    QVERIFY(Database::inspect(m_nextFile, &error, nullptr, &version));

    // Saying no to the first question deletes nothing.
    QVERIFY(finishedSession(QStringLiteral("three")));
    Confirmation::setHandler([](const QString &, const QString &) { return false; });
    trigger("dataDeleteAction");
    QCOMPARE(sessionCount(), 1);
}

void TestGuiData::export_fromTheMenu_writesTheChosenFormat()
{
    QVERIFY(finishedSession(QStringLiteral("exported, with a comma")));
    m_nextFile = m_dir->filePath(QStringLiteral("all.csv"));
    trigger("dataExportAction");
    QFile csv(m_nextFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("session_id,"));
    QVERIFY(bytes.contains("\"answer: exported, with a comma\""));
    m_nextFile = m_dir->filePath(QStringLiteral("all.md"));
    trigger("dataExportAction");
    QFile md(m_nextFile);
    QVERIFY(md.open(QIODevice::ReadOnly));
    QVERIFY(md.readAll().startsWith("# MockLoop sessions"));
}

void TestGuiData::whereIsMyData_namesTheDatabaseFile()
{
    trigger("dataLocationAction");
    QVERIFY(m_notices.last().contains(QDir::toNativeSeparators(m_db->path())));
}

void TestGuiData::checkTheDatabase_readsEveryPageAndSaysWhatItFound()
{
    finishedSession(QStringLiteral("An index on the foreign key."));
    trigger("dataCheckAction");
    QVERIFY2(!m_lastWasProblem, qPrintable(m_notices.last()));
    QVERIFY2(m_notices.last().contains(QStringLiteral("intact")), qPrintable(m_notices.last()));

    // The disk damages a page while the app runs: the next check says so.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(test::damageLastPage(m_db->path(), false));
    trigger("dataCheckAction");
    QVERIFY(m_lastWasProblem);
    QVERIFY2(m_notices.last().contains(QStringLiteral("damaged")), qPrintable(m_notices.last()));
}

QTEST_MAIN(TestGuiData)
void TestGuiData::upgradeNotice_showsForAnOlderDatabaseOnly()
{
    using mockloop::desktop::UpgradeNotice;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mockloop.sqlite"));
    // No file yet, and a file that is not SQLite: nothing to upgrade (open() explains the latter).
    QVERIFY(!UpgradeNotice::showIfUpgrading(path));
    QCOMPARE(Database::storedSchemaVersion(path), -1);
    {
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }
    QVERIFY(!UpgradeNotice::showIfUpgrading(path));
    QVERIFY(QFile::remove(path));

    // A database from an older MockLoop (version 6): the notice is on screen while it opens.
    QString error;
    {
        Database old;
        QVERIFY2(old.open(path, Database::migrations().mid(0, 6), &error), qPrintable(error));
    }
    QCOMPARE(Database::storedSchemaVersion(path), 6);
    auto notice = UpgradeNotice::showIfUpgrading(path);
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("version 6 to %1").arg(Database::latestVersion())),
             qPrintable(notice->text()));
    notice.reset();

    // Once opened by this version it is current: no notice the next time.
    {
        Database now;
        QVERIFY2(now.open(path, &error), qPrintable(error));
    }
    QCOMPARE(Database::storedSchemaVersion(path), Database::latestVersion());
    QVERIFY(!UpgradeNotice::showIfUpgrading(path));
}

#include "test_gui_data.moc"
