// Two programs on one data dir at once (issue 16, "Two programs, one data dir"): two processes
// that each run a session of their own write to the one database in turn, a hundred times;
// a third program is refused the first one's session with a message naming that program,
// while browsing and exporting keep working; at the end the file is sound and holds every
// character both programs typed.
#include "base/Clock.h"
#include "base/DataDir.h"
#include "controller/SessionController.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

using namespace mockloop;

namespace {

// One crash_host process (the real session and autosave code under a real clock).
class Host
{
public:
    explicit Host(const QString &dataDir)
    {
        m_process.setProgram(QStringLiteral(MOCKLOOP_CRASH_HOST));
        m_process.setArguments({dataDir});
        m_process.start();
    }
    ~Host()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool started() { return m_process.waitForStarted(); }
    void send(const QByteArray &line) { m_process.write(line + '\n'); }
    qint64 pid() const { return m_process.processId(); }
    // Waits (on the child's output) for a line starting with prefix; "" after the timeout.
    QString waitFor(const QString &prefix, int timeoutMs = 30000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                m_log.append(line);
                if (line.startsWith(prefix))
                    return line;
            }
            if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
                break;
        }
        return {};
    }
    // Waits until a save reports `chars` characters typed in all.
    bool waitForSaved(int chars)
    {
        for (;;) {
            const QString line = waitFor(QStringLiteral("saved "));
            if (line.isEmpty())
                return false;
            if (line.section(QLatin1Char(' '), 2, 2).toInt() == chars)
                return true;
        }
    }
    QString log() const
    {
        return m_log.join(QLatin1Char('\n')) + QLatin1Char('\n')
               + QString::fromUtf8(const_cast<QProcess &>(m_process).readAllStandardError());
    }

private:
    QProcess m_process;
    QStringList m_log;
};

} // namespace

class TestTwoPrograms : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void twoProgramsWritingInTurn_refuseTheOtherSession_andLoseNothing();
};

void TestTwoPrograms::twoProgramsWritingInTurn_refuseTheOtherSession_andLoseNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::array<std::unique_ptr<Host>, 2> hosts;
    std::array<qint64, 2> sessions{};
    for (int h = 0; h < 2; ++h) {
        // One after the other: the first creates the database, the second opens it.
        hosts[h] = std::make_unique<Host>(dir.path());
        QVERIFY(hosts[h]->started());
        hosts[h]->send("start");
        const QString line = hosts[h]->waitFor(QStringLiteral("session "));
        QVERIFY2(!line.isEmpty(), qPrintable(hosts[h]->log()));
        sessions[h] = line.mid(8).toLongLong();
        hosts[h]->send("event start\nevent continue\nevent begin_answer");
        QVERIFY2(!hosts[h]->waitFor(QStringLiteral("state answering")).isEmpty(),
                 qPrintable(hosts[h]->log()));
    }
    QVERIFY(sessions[0] != sessions[1]);

    // A hundred writes, in turn: each waits until the other's save is on disk.
    std::array<QString, 2> typed;
    for (int i = 0; i < 100; ++i) {
        const int h = i % 2;
        const QString word = QStringLiteral(" w%1").arg(i);
        typed[h] += word;
        hosts[h]->send("type " + word.toUtf8());
        QVERIFY2(hosts[h]->waitForSaved(int(typed[h].size())), qPrintable(hosts[h]->log()));
    }

    // A third program: the first one's session is refused, naming the program that has it.
    SystemClock clock;
    Database db(clock);
    QString error;
    QVERIFY2(db.open(databasePath(dir.path()), &error), qPrintable(error));
    QVERIFY(!SessionController::resume(db, sessions[0], &clock, &error));
    QVERIFY2(error.contains(QStringLiteral("open in another MockLoop program: crash_host (process %1)")
                                .arg(hosts[0]->pid())),
             qPrintable(error));
    // Browsing and exporting go on while both programs write.
    const test::ProcessRun history = test::runProcess(QStringLiteral(MOCKLOOP_CLI),
                                                      {QStringLiteral("--data-dir"), dir.path(),
                                                       QStringLiteral("history")});
    QVERIFY2(history.exitCode == 0, history.err.constData());
    const QString exportPath = dir.filePath(QStringLiteral("export.json"));
    const test::ProcessRun exported = test::runProcess(QStringLiteral(MOCKLOOP_CLI),
                                                       {QStringLiteral("--data-dir"), dir.path(),
                                                        QStringLiteral("export"),
                                                        QStringLiteral("--output"), exportPath});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile exportFile(exportPath);
    QVERIFY(exportFile.open(QIODevice::ReadOnly));
    const QByteArray exportBytes = exportFile.readAll();
    for (const QString &text : typed)
        QVERIFY2(exportBytes.contains(text.toUtf8()), qPrintable(text));

    // Both programs go away without saying goodbye; the file is sound and whole.
    for (auto &host : hosts)
        host.reset();
    QSqlQuery check(db.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    SessionStore store(db);
    for (int h = 0; h < 2; ++h) {
        const auto record = store.load(sessions[h], &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->attempts.at(0).answer.value(0).value, typed[h]);
    }
}

QTEST_GUILESS_MAIN(TestTwoPrograms)
#include "test_two_programs.moc"
