#pragma once

// Spoken answers without a microphone: speech generated at test time with espeak-ng (its -s
// sets the nominal words per minute) and sox (resampled to 16 kHz mono 16-bit, the silence
// espeak-ng leaves at either end cut off, silences of known length joined between the parts,
// quiet pink noise under the whole file as a microphone would have). Every program is run
// with fixed seeds (sox -R), so a fixture is the same bytes on every run and pocketsphinx,
// which is deterministic, gives the same words: the tests compare them with golden transcripts
// measured on Debian 12.
//
// espeak-ng and sox come from scripts/install-deps.sh --with-test-tools. A machine without
// them fails the tests that need them, loudly, with the package to install: never a skip.
#include "voice/VoiceActivity.h"
#include "voice/WavFile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace mockloop::test {

// The programs, as CMake found them (MOCKLOOP_ESPEAK_NG, MOCKLOOP_SOX), else from the PATH.
inline QString speechTool(const char *configured, const char *name)
{
    const QString path = QString::fromLocal8Bit(configured);
    if (!path.isEmpty() && !path.endsWith(QLatin1String("-NOTFOUND")) && QFileInfo::exists(path))
        return path;
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

#ifndef MOCKLOOP_ESPEAK_NG
#define MOCKLOOP_ESPEAK_NG ""
#endif
#ifndef MOCKLOOP_SOX
#define MOCKLOOP_SOX ""
#endif

inline QString espeakProgram()
{
    return speechTool(MOCKLOOP_ESPEAK_NG, "espeak-ng");
}
inline QString soxProgram()
{
    return speechTool(MOCKLOOP_SOX, "sox");
}

// Empty when both programs are there; otherwise what to install.
inline QString missingSpeechTools()
{
    QStringList missing;
    if (espeakProgram().isEmpty())
        missing.append(QStringLiteral("espeak-ng"));
    if (soxProgram().isEmpty())
        missing.append(QStringLiteral("sox"));
    if (missing.isEmpty())
        return {};
    return QStringLiteral("the test needs %1 to generate speech: install the Debian package(s) "
                          "(scripts/install-deps.sh --with-test-tools)")
        .arg(missing.join(QStringLiteral(" and ")));
}

// One sentence of a fixture and the silence before it.
struct SpeechPart
{
    QString text;
    int silenceBeforeMs = 0;
};

struct GeneratedSpeech
{
    QString path;
    QString error; // set when generating failed
    qint64 durationMs = 0;
    int words = 0;                   // words in the script
    qint64 speechMs = 0;             // length of the spoken parts together
    QList<voice::TimeSpan> parts;    // where each spoken part is in the file
    QList<voice::TimeSpan> silences; // the planted silences (before each part)
    bool ok() const { return error.isEmpty(); }
};

inline bool runTool(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3 %4")
                     .arg(program, args.join(QLatin1Char(' ')), p.errorString(),
                          QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

// Speaks the parts at espeak-ng rate wpm into dir/name.wav (16 kHz mono 16-bit), each part's
// silenceBeforeMs of silence before it, with pink noise at noiseVolume under all of it.
inline GeneratedSpeech generateSpeech(const QString &dir, const QString &name, int wpm,
                                      const QList<SpeechPart> &parts, double noiseVolume = 0.003)
{
    GeneratedSpeech g;
    g.error = missingSpeechTools();
    if (!g.ok())
        return g;
    const QDir d(dir);
    const QString espeak = espeakProgram();
    const QString sox = soxProgram();
    QStringList pieces;
    qint64 at = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const SpeechPart &part = parts[i];
        if (part.silenceBeforeMs > 0) {
            const QString silence = d.filePath(QStringLiteral("%1-silence%2.wav").arg(name).arg(i));
            if (!runTool(sox,
                         {QStringLiteral("-R"), QStringLiteral("-n"), QStringLiteral("-r"),
                          QStringLiteral("16000"), QStringLiteral("-c"), QStringLiteral("1"),
                          QStringLiteral("-b"), QStringLiteral("16"), silence,
                          QStringLiteral("trim"), QStringLiteral("0"),
                          QString::number(part.silenceBeforeMs / 1000.0, 'f', 3)},
                         &g.error))
                return g;
            pieces.append(silence);
            g.silences.append({at, at + part.silenceBeforeMs});
            at += part.silenceBeforeMs;
        }
        const QString raw = d.filePath(QStringLiteral("%1-raw%2.wav").arg(name).arg(i));
        const QString spoken = d.filePath(QStringLiteral("%1-part%2.wav").arg(name).arg(i));
        if (!runTool(espeak,
                     {QStringLiteral("-s"), QString::number(wpm), QStringLiteral("-w"), raw, part.text},
                     &g.error))
            return g;
        // To 16 kHz mono 16-bit without dither; espeak-ng's own silence at both ends goes, so
        // the planted silences are exactly what lies between the words.
        if (!runTool(sox, {QStringLiteral("-R"),      raw,
                           QStringLiteral("-r"),      QStringLiteral("16000"),
                           QStringLiteral("-c"),      QStringLiteral("1"),
                           QStringLiteral("-b"),      QStringLiteral("16"),
                           QStringLiteral("-D"),      spoken,
                           QStringLiteral("silence"), QStringLiteral("1"),
                           QStringLiteral("0.01"),    QStringLiteral("0.1%"),
                           QStringLiteral("reverse"), QStringLiteral("silence"),
                           QStringLiteral("1"),       QStringLiteral("0.01"),
                           QStringLiteral("0.1%"),    QStringLiteral("reverse")},
                     &g.error))
            return g;
        voice::WavAudio audio;
        if (!voice::readWav(spoken, &audio, &g.error))
            return g;
        g.parts.append({at, at + audio.durationMs()});
        g.speechMs += audio.durationMs();
        at += audio.durationMs();
        g.words += int(part.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        pieces.append(spoken);
    }
    const QString joined = d.filePath(name + QStringLiteral("-joined.wav"));
    if (!runTool(sox, QStringList{QStringLiteral("-R")} + pieces + QStringList{joined}, &g.error))
        return g;
    voice::WavAudio audio;
    if (!voice::readWav(joined, &audio, &g.error))
        return g;
    g.durationMs = audio.durationMs();
    const QString noise = d.filePath(name + QStringLiteral("-noise.wav"));
    g.path = d.filePath(name + QStringLiteral(".wav"));
    if (!runTool(sox,
                 {QStringLiteral("-R"), QStringLiteral("-n"), QStringLiteral("-r"),
                  QStringLiteral("16000"), QStringLiteral("-c"), QStringLiteral("1"),
                  QStringLiteral("-b"), QStringLiteral("16"), noise, QStringLiteral("synth"),
                  QString::number(double(audio.samples.size()) / voice::kSampleRate, 'f', 6),
                  QStringLiteral("pinknoise"), QStringLiteral("vol"), QString::number(noiseVolume)},
                 &g.error)
        || !runTool(sox,
                    {QStringLiteral("-R"), QStringLiteral("-m"), QStringLiteral("-v"),
                     QStringLiteral("1"), joined, QStringLiteral("-v"), QStringLiteral("1"), noise,
                     QStringLiteral("-D"), g.path},
                    &g.error))
        return g;
    return g;
}

// The script the pace fixtures speak: 57 words of an ordinary answer.
inline const QString kPaceScript = QStringLiteral(
    "When I joined the team the deploys took an hour and failed often. I wrote a small script "
    "that ran the checks in parallel and cached the build. Within two weeks a deploy took ten "
    "minutes, and the failures dropped to one a month. The team kept the script and we later "
    "moved it into the pipeline.");

// The fixture with planted silences: 1.5 s before the first word, 3 s and 4 s pauses.
inline QList<SpeechPart> pausedAnswerParts()
{
    return {{QStringLiteral("So I think the main reason we chose a queue was to absorb bursts of "
                            "traffic from the checkout service."),
             1500},
            {QStringLiteral("Basically we measured the latency before and after, and the worst "
                            "case dropped by half."),
             3000},
            {QStringLiteral("Next time I would add the alerts first, before the rollout."), 4000}};
}

} // namespace mockloop::test
