// A real crash while recording: the host process appends to a WAV file through WavWriter and is
// killed with SIGKILL between two header updates. The file then holds every sample the host
// had appended, its header at least every full second; repairWav() makes the header count all
// of it and the file reads back as the exact signal.
#include "voice/WavFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace mockloop;

class TestWavCrash : public QObject
{
    Q_OBJECT
private slots:
    void sigkillWhileRecording_repairKeepsEverySampleWritten();

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

void TestWavCrash::sigkillWhileRecording_repairKeepsEverySampleWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("attempt.wav"));
    QProcess host;
    host.setProgram(QStringLiteral(MOCKLOOP_WAV_HOST));
    host.setArguments({path});
    host.start();
    QVERIFY2(host.waitForStarted(), qPrintable(host.errorString()));

    // Past the third header update, then to a piece after it: samples the header does not count.
    qint64 inHeader = 0;
    while (inHeader < 3 * voice::kSampleRate) {
        const QString line = waitForLine(host, QStringLiteral("header "));
        QVERIFY2(!line.isEmpty(), qPrintable(m_log.join(QLatin1Char('\n'))
                                             + QString::fromUtf8(host.readAllStandardError())));
        inHeader = line.mid(7).toLongLong();
    }
    qint64 written = 0;
    while (written <= inHeader + voice::kSampleRate / 10) {
        const QString line = waitForLine(host, QStringLiteral("written "));
        QVERIFY2(!line.isEmpty(), qPrintable(m_log.join(QLatin1Char('\n'))));
        written = line.mid(8).toLongLong();
    }
    host.kill(); // SIGKILL: no destructor, no close()
    QVERIFY(host.waitForFinished());
    QCOMPARE(host.exitStatus(), QProcess::CrashExit);

    // The header lags behind the data (at most a second), never ahead of it.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(44);
    const qint64 fileSize = file.size();
    file.close();
    const qint64 counted = qFromLittleEndian<quint32>(header.constData() + 40) / 2;
    QVERIFY2(counted >= inHeader, qPrintable(QStringLiteral("%1 < %2").arg(counted).arg(inHeader)));
    QVERIFY(counted * 2 <= fileSize - 44);
    QVERIFY2(fileSize - 44 >= written * 2,
             qPrintable(QStringLiteral("%1 bytes of data, %2 samples were written")
                            .arg(fileSize - 44)
                            .arg(written)));
    // Readable as it is, up to the header's count: at least everything up to the last second.
    voice::WavAudio before;
    QString error;
    QVERIFY2(voice::readWav(path, &before, &error), qPrintable(error));
    QCOMPARE(before.samples.size(), counted);

    const voice::WavRepair repaired = voice::repairWav(path, &error);
    QVERIFY2(repaired != voice::WavRepair::Failed, qPrintable(error));
    voice::WavAudio after;
    QVERIFY2(voice::readWav(path, &after, &error), qPrintable(error));
    QVERIFY2(after.samples.size() >= written,
             qPrintable(QStringLiteral("%1 < %2").arg(after.samples.size()).arg(written)));
    QCOMPARE(repaired, counted == after.samples.size() ? voice::WavRepair::AlreadyValid
                                                       : voice::WavRepair::Repaired);
    for (qsizetype i = 0; i < after.samples.size(); ++i) {
        if (after.samples[i] != qint16((i * 7919) % 65536 - 32768))
            QFAIL(qPrintable(QStringLiteral("sample %1 differs").arg(i)));
    }
    qInfo("killed with %lld samples written, %lld counted by the header, %lld after repair",
          written, counted, qlonglong(after.samples.size()));
}

QTEST_GUILESS_MAIN(TestWavCrash)
#include "test_wav_crash.moc"
