// A real crash: the host process runs the real session and autosave code and is killed with
// SIGKILL mid-answer; a new process finds the draft and the remaining time.
#include "controller/SessionController.h"
#include "storage/Database.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sigkillMidAnswer_newProcessFindsDraftAndRemainingTime();
    void sigkillMidFollowUp_newProcessFindsBothAnswersAndTheFollowUpClock();

private:
    // Waits (on the child's output, not a timer) for a line starting with prefix.
    QString waitForLine(QProcess &p, const QString &prefix, int timeoutMs = 20000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            while (p.canReadLine()) {
                const QString line = QString::fromUtf8(p.readLine()).trimmed();
                m_log.append(line);
                if (line.startsWith(prefix))
                    return line;
            }
            if (!p.waitForReadyRead(int(timeoutMs - t.elapsed())))
                break;
        }
        return {};
    }
    QStringList m_log;
};

void TestCrash::sigkillMidAnswer_newProcessFindsDraftAndRemainingTime()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess host;
    host.setProgram(QStringLiteral(MOCKLOOP_CRASH_HOST));
    host.setArguments({dir.path()});
    host.setProcessChannelMode(QProcess::SeparateChannels);
    host.start();
    QVERIFY2(host.waitForStarted(), qPrintable(host.errorString()));

    host.write("start\n");
    const QString sessionLine = waitForLine(host, QStringLiteral("session "));
    QVERIFY2(!sessionLine.isEmpty(), qPrintable(m_log.join(QLatin1Char('\n'))
                                                + QString::fromUtf8(host.readAllStandardError())));
    const qint64 sessionId = sessionLine.mid(8).toLongLong();
    host.write("event start\n");
    host.write("event continue\n");
    host.write("event begin_answer\n");
    QVERIFY(!waitForLine(host, QStringLiteral("state answering")).isEmpty());

    const QString answer = QStringLiteral(
        "A hash index answers equality lookups; a B-tree also ranges.");
    host.write("type A hash index answers equality lookups;\n");
    host.write("type  a B-tree also ranges.\n");
    // The draft reaches the disk: the host reports a save that includes every character.
    qint64 savedUsedMs = -1;
    for (int i = 0; i < 20 && savedUsedMs < 0; ++i) {
        const QString saved = waitForLine(host, QStringLiteral("saved "));
        QVERIFY2(!saved.isEmpty(), qPrintable(m_log.join(QLatin1Char('\n'))));
        const QStringList parts = saved.split(QLatin1Char(' '));
        if (parts.value(2).toInt() == answer.size())
            savedUsedMs = parts.value(1).toLongLong();
    }
    QVERIFY(savedUsedMs >= 0);

    host.kill(); // SIGKILL: no destructor, no final save
    QVERIFY(host.waitForFinished());
    QCOMPARE(host.exitStatus(), QProcess::CrashExit);

    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error), qPrintable(error));
    SystemClock clock;
    auto session = SessionController::resume(db, sessionId, &clock, &error);
    QVERIFY2(session, qPrintable(error)); // the dead owner's lock is stale, not an obstacle
    QCOMPARE(session->state(), State::Paused);
    QCOMPARE(session->engine().pausedFrom(), State::Answering);
    QCOMPARE(session->answer(0).size(), 1);
    QCOMPARE(session->answer(0).first().name, QStringLiteral("answer"));
    QCOMPARE(session->answer(0).first().value, answer);
    const AttemptTimes t = session->engine().attemptTimes(0);
    QVERIFY(t.answerUsedMs >= savedUsedMs);
    QCOMPARE(session->engine().answerRemainingMs(), 600'000 - t.answerUsedMs);
    QVERIFY(t.interruptedMs >= 0);
    QVERIFY(session->handle(Event::Resume));
    QCOMPARE(session->state(), State::Answering);
}

void TestCrash::sigkillMidFollowUp_newProcessFindsBothAnswersAndTheFollowUpClock()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess host;
    host.setProgram(QStringLiteral(MOCKLOOP_CRASH_HOST));
    host.setArguments({dir.path()});
    host.setProcessChannelMode(QProcess::SeparateChannels);
    host.start();
    QVERIFY2(host.waitForStarted(), qPrintable(host.errorString()));

    host.write("start-followup\n");
    const QString sessionLine = waitForLine(host, QStringLiteral("session "));
    QVERIFY2(!sessionLine.isEmpty(), qPrintable(m_log.join(QLatin1Char('\n'))
                                                + QString::fromUtf8(host.readAllStandardError())));
    const qint64 sessionId = sessionLine.mid(8).toLongLong();
    host.write("event start\n");
    host.write("event continue\n");
    host.write("event begin_answer\n");
    QVERIFY(!waitForLine(host, QStringLiteral("state answering")).isEmpty());
    host.write("type Indexes speed reads and slow writes.\n");
    host.write("event submit\n");
    const QString asked = waitForLine(host, QStringLiteral("asked "));
    QVERIFY2(!asked.isEmpty(), qPrintable(m_log.join(QLatin1Char('\n'))));
    host.write("event begin_answer\n");
    QVERIFY(!waitForLine(host, QStringLiteral("state follow_up_answering")).isEmpty());
    const QString followUpAnswer = QStringLiteral("I would read the slow query log first.");
    host.write("followup I would read the slow query log first.\n");
    qint64 savedUsedMs = -1;
    for (int i = 0; i < 20 && savedUsedMs < 0; ++i) {
        const QString saved = waitForLine(host, QStringLiteral("saved "));
        QVERIFY2(!saved.isEmpty(), qPrintable(m_log.join(QLatin1Char('\n'))));
        const QStringList parts = saved.split(QLatin1Char(' '));
        if (parts.value(2).toInt() == followUpAnswer.size())
            savedUsedMs = parts.value(1).toLongLong();
    }
    QVERIFY(savedUsedMs >= 0);

    host.kill(); // SIGKILL mid follow-up
    QVERIFY(host.waitForFinished());
    QCOMPARE(host.exitStatus(), QProcess::CrashExit);

    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error), qPrintable(error));
    SystemClock clock;
    auto session = SessionController::resume(db, sessionId, &clock, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->state(), State::Paused);
    QCOMPARE(session->engine().pausedFrom(), State::FollowUpAnswering);
    QCOMPARE(session->answer(0).first().value,
             QStringLiteral("Indexes speed reads and slow writes."));
    QVERIFY(session->currentFollowUp());
    QCOMPARE(session->currentFollowUp()->question, asked.mid(6));
    QCOMPARE(session->currentFollowUp()->answer, followUpAnswer);
    const FollowUpTimes f = session->engine().attemptTimes(0).followUps.at(0);
    QVERIFY(f.answerUsedMs >= savedUsedMs);
    QCOMPARE(session->engine().answerRemainingMs(), 90'000 - f.answerUsedMs);
    QVERIFY(session->handle(Event::Resume));
    QCOMPARE(session->state(), State::FollowUpAnswering);
    QVERIFY(session->handle(Event::Submit));
    QCOMPARE(session->state(), State::Grading);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
