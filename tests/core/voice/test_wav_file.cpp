// The WAV writer, reader and repair on real files in a temporary folder.
#include "voice/WavFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace mockloop::voice;

namespace {

QList<qint16> ramp(qsizetype n, int from = 0)
{
    QList<qint16> s(n);
    for (qsizetype i = 0; i < n; ++i)
        s[i] = qint16((from + i) * 37 % 65536 - 32768);
    return s;
}

// The header's RIFF size and data size, read straight from the file.
std::pair<quint32, quint32> headerSizes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {0, 0};
    const QByteArray h = f.read(44);
    return {qFromLittleEndian<quint32>(h.constData() + 4),
            qFromLittleEndian<quint32>(h.constData() + 40)};
}

// A WAV file with the given format fields and n zero samples of bytesPerSample.
QByteArray wavBytes(quint16 format, quint16 channels, quint32 rate, quint16 bits, int n,
                    const QByteArray &extraChunk = {})
{
    QByteArray data(n * channels * bits / 8, '\0');
    QByteArray b;
    auto u32 = [&b](quint32 v) {
        char c[4];
        qToLittleEndian(v, c);
        b.append(c, 4);
    };
    auto u16 = [&b](quint16 v) {
        char c[2];
        qToLittleEndian(v, c);
        b.append(c, 2);
    };
    b.append("RIFF");
    u32(quint32(36 + extraChunk.size() + data.size()));
    b.append("WAVEfmt ");
    u32(16);
    u16(format);
    u16(channels);
    u32(rate);
    u32(rate * channels * bits / 8);
    u16(quint16(channels * bits / 8));
    u16(bits);
    b.append(extraChunk);
    b.append("data");
    u32(quint32(data.size()));
    b.append(data);
    return b;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestWavFile : public QObject
{
    Q_OBJECT
private slots:
    void writeThenRead_givesTheSameSamples();
    void header_whileRecording_countsAtLeastEveryFullSecond();
    void repair_ofAFileCutMidSample_keepsEveryWholeSample();
    void repair_ofAValidFile_changesNothing();
    void repair_ofAnotherKindOfFile_failsNamingIt_andLeavesItAlone();
    void append_toAnInterruptedRecording_goesOnAtItsEnd();
    void read_ofAnotherFormat_failsNamingTheFileAndWhatItHolds_data();
    void read_ofAnotherFormat_failsNamingTheFileAndWhatItHolds();
    void read_skipsOtherChunks_andReadsADataSizePastTheEndAsFarAsThereIsData();
    void read_ofAMissingFile_failsNamingIt();
};

void TestWavFile::writeThenRead_givesTheSameSamples()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.wav"));
    WavWriter writer;
    QString error;
    QVERIFY2(writer.open(path, &error), qPrintable(error));
    const QList<qint16> samples = ramp(40'000);
    QVERIFY(writer.append(samples.mid(0, 1000), &error));
    QVERIFY(writer.append(samples.mid(1000), &error));
    QVERIFY(writer.close(&error));
    QCOMPARE(QFileInfo(path).size(), 44 + 80'000);
    QCOMPARE(headerSizes(path), (std::pair<quint32, quint32>{36 + 80'000, 80'000}));
    WavAudio audio;
    QVERIFY2(readWav(path, &audio, &error), qPrintable(error));
    QCOMPARE(audio.samples, samples);
    QCOMPARE(audio.durationMs(), qint64(2500));
}

void TestWavFile::header_whileRecording_countsAtLeastEveryFullSecond()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.wav"));
    WavWriter writer;
    QString error;
    QVERIFY(writer.open(path, &error));
    // Appended in 100 ms pieces, as a recorder does; the file is read while still open.
    for (int piece = 1; piece <= 35; ++piece) {
        QVERIFY(writer.append(ramp(1600, piece * 1600), &error));
        const qint64 written = piece * 1600;
        QCOMPARE(QFileInfo(path).size(), 44 + written * 2); // every sample is in the file now
        const auto [riff, data] = headerSizes(path);
        QVERIFY2(
            data >= quint32((written / 16000) * 16000 * 2),
            qPrintable(
                QStringLiteral("%1 samples written, header counts %2 bytes").arg(written).arg(data)));
        QCOMPARE(riff, data + 36);
        QCOMPARE(writer.samplesInHeader() * 2, qint64(data));
    }
    QCOMPARE(writer.samplesInHeader(), qint64(48'000)); // updated at 1 s, 2 s and 3 s
}

void TestWavFile::repair_ofAFileCutMidSample_keepsEveryWholeSample()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.wav"));
    // A header that counts 0.5 s and 1.2 s of samples plus one byte behind it (a crash between
    // header updates, mid-sample).
    QByteArray bytes = wavBytes(1, 1, 16000, 16, 8000);
    QByteArray more(2 * 11'200 + 1, '\x01');
    bytes.append(more);
    QVERIFY(writeFile(path, bytes));
    WavAudio before;
    QString error;
    QVERIFY(readWav(path, &before, &error));
    QCOMPARE(before.samples.size(), 8000); // the stale header hides the rest
    QCOMPARE(repairWav(path, &error), WavRepair::Repaired);
    QCOMPARE(QFileInfo(path).size(), 44 + 2 * 19'200);
    QCOMPARE(headerSizes(path), (std::pair<quint32, quint32>{36 + 38'400, 38'400}));
    WavAudio after;
    QVERIFY2(readWav(path, &after, &error), qPrintable(error));
    QCOMPARE(after.samples.size(), 19'200);
    QCOMPARE(after.samples.last(), qint16(0x0101));
    QCOMPARE(repairWav(path, &error), WavRepair::AlreadyValid);
}

void TestWavFile::repair_ofAValidFile_changesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ok.wav"));
    const QByteArray bytes = wavBytes(1, 1, 16000, 16, 1234);
    QVERIFY(writeFile(path, bytes));
    QString error;
    QCOMPARE(repairWav(path, &error), WavRepair::AlreadyValid);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
}

void TestWavFile::repair_ofAnotherKindOfFile_failsNamingIt_andLeavesItAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stereo.wav"));
    QByteArray bytes = wavBytes(1, 2, 44100, 16, 100);
    bytes.append("xyz");
    QVERIFY(writeFile(path, bytes));
    QString error;
    QCOMPARE(repairWav(path, &error), WavRepair::Failed);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
}

void TestWavFile::append_toAnInterruptedRecording_goesOnAtItsEnd()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("resume.wav"));
    QByteArray bytes = wavBytes(1, 1, 16000, 16, 100);
    bytes.append(QByteArray(2 * 50 + 1, '\0')); // 50 samples the header does not count, half a sample
    QVERIFY(writeFile(path, bytes));
    WavWriter writer;
    QString error;
    QVERIFY2(writer.open(path, &error, WavWriter::Mode::Append), qPrintable(error));
    QCOMPARE(writer.samplesWritten(), qint64(150));
    QVERIFY(writer.append(ramp(10), &error));
    QVERIFY(writer.close(&error));
    WavAudio audio;
    QVERIFY(readWav(path, &audio, &error));
    QCOMPARE(audio.samples.size(), 160);
    QCOMPARE(audio.samples.mid(150), ramp(10));
}

void TestWavFile::read_ofAnotherFormat_failsNamingTheFileAndWhatItHolds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("44.1 kHz stereo") << wavBytes(1, 2, 44100, 16, 10)
                                     << QStringLiteral("is 44100 Hz, 2 channel(s), 16-bit PCM; "
                                                       "MockLoop reads 16 kHz mono 16-bit PCM");
    QTest::newRow("8-bit") << wavBytes(1, 1, 16000, 8, 10)
                           << QStringLiteral("is 16000 Hz, 1 channel(s), 8-bit PCM");
    QTest::newRow("float") << wavBytes(3, 1, 16000, 32, 10)
                           << QStringLiteral("16000 Hz, 1 channel(s), not PCM (format 3)");
    QTest::newRow("text") << QByteArray("just some text, not audio at all")
                          << QStringLiteral("is not a WAV file.");
    QTest::newRow("no data") << wavBytes(1, 1, 16000, 16, 0).left(36)
                             << QStringLiteral("has no audio data");
}

void TestWavFile::read_ofAnotherFormat_failsNamingTheFileAndWhatItHolds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.wav"));
    QVERIFY(writeFile(path, bytes));
    WavAudio audio;
    QString error;
    QVERIFY(!readWav(path, &audio, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestWavFile::read_skipsOtherChunks_andReadsADataSizePastTheEndAsFarAsThereIsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.wav"));
    // A LIST chunk of odd size (padded) before the data, as some recorders write.
    QByteArray list("LIST\x05\0\0\0abcde\0", 14);
    QByteArray bytes = wavBytes(1, 1, 16000, 16, 4, list);
    QVERIFY(writeFile(path, bytes));
    WavAudio audio;
    QString error;
    QVERIFY2(readWav(path, &audio, &error), qPrintable(error));
    QCOMPARE(audio.samples.size(), 4);
    // A data size of 0xFFFFFFFF (a stream written to a pipe): the samples that are there.
    bytes = wavBytes(1, 1, 16000, 16, 6);
    qToLittleEndian<quint32>(0xFFFFFFFFu, bytes.data() + 40);
    bytes.append('\x7f'); // and half a sample
    QVERIFY(writeFile(path, bytes));
    QVERIFY2(readWav(path, &audio, &error), qPrintable(error));
    QCOMPARE(audio.samples.size(), 6);
}

void TestWavFile::read_ofAMissingFile_failsNamingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.wav"));
    WavAudio audio;
    QString error;
    QVERIFY(!readWav(path, &audio, &error));
    QCOMPARE(error, QStringLiteral("%1: no such file.").arg(QDir::toNativeSeparators(path)));
}

QTEST_GUILESS_MAIN(TestWavFile)
#include "test_wav_file.moc"
