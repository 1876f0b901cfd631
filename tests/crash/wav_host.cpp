// A small test host that records as the desktop app will: a deterministic signal appended to a
// WAV file in 100 ms pieces on a timer (a stand-in for the microphone), through the real
// WavWriter. test_wav_crash SIGKILLs it mid-recording.
//
// Output lines: "written N" after each piece is appended (N samples in the file so far) and
// "header N" each time the header was brought up to date (N samples counted).
#include "voice/WavFile.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace mockloop;

// Sample i of the signal the test checks the file against.
static qint16 sampleAt(qint64 i)
{
    return qint16((i * 7919) % 65536 - 32768);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: wav_host FILE.wav\n");
        return 1;
    }
    QTextStream out(stdout);
    voice::WavWriter writer;
    QString error;
    if (!writer.open(QString::fromLocal8Bit(argv[1]), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QTimer timer;
    timer.setInterval(20); // faster than real time: the test needs seconds of audio, not minutes
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        QList<qint16> piece(voice::kSampleRate / 10);
        const qint64 first = writer.samplesWritten();
        for (qsizetype i = 0; i < piece.size(); ++i)
            piece[i] = sampleAt(first + i);
        const qint64 inHeader = writer.samplesInHeader();
        if (!writer.append(piece, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            app.exit(3);
            return;
        }
        out << "written " << writer.samplesWritten() << Qt::endl;
        if (writer.samplesInHeader() != inHeader)
            out << "header " << writer.samplesInHeader() << Qt::endl;
    });
    timer.start();
    return app.exec();
}
