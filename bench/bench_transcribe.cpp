// Transcribing a spoken answer: a ~2-minute answer generated with espeak-ng and sox (--full;
// ctest runs --seconds 6 once), through MockLoop's Transcriber, beside pocketsphinx_continuous
// -infile on the same WAV with the same model in the same run (the baseline: the same library
// driven by its own program). Reported, never asserted. Goals (issue 18): wall time ≤ 0.5× the
// audio's duration, ≤ 1.1× the baseline's. Peak memory of each side, and whether both heard the
// same words.
#include "voice/Transcriber.h"
#include "voice/WavFile.h"
#include "BenchSupport.h"
#include "SpeechFixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

using namespace mockloop;

extern char **environ;

namespace {

// The peak resident memory of this process since the last reset, in KiB (Linux: VmHWM).
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Lets the peak start again from the current size (Linux 4.0+: "5" into clear_refs).
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

// CPU seconds (user + system) of this process so far: unlike the wall time, what a busy
// machine does not change.
double cpuMs(const rusage &u)
{
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

double selfCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return cpuMs(u);
}

struct ChildRun
{
    double ms = -1;
    double cpuMs = -1;
    qint64 maxRssKiB = -1;
    int status = -1;
};

// Runs a program with its standard output into outPath (standard error dropped), waiting with
// wait4 for its own resource use.
ChildRun runChild(const QStringList &argv, const QString &outPath)
{
    std::vector<QByteArray> bytes;
    for (const QString &a : argv)
        bytes.push_back(QFile::encodeName(a));
    std::vector<char *> args;
    for (QByteArray &b : bytes)
        args.push_back(b.data());
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = QFile::encodeName(outPath);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    ChildRun run;
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    posix_spawn_file_actions_destroy(&actions);
    rusage usage{};
    int status = 0;
    if (wait4(pid, &status, 0, &usage) == pid) {
        run.ms = double(t.nsecsElapsed()) / 1e6;
        run.maxRssKiB = usage.ru_maxrss;
        run.cpuMs = cpuMs(usage);
        run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return run;
}

// The words of pocketsphinx_continuous -time yes: "word start end confidence" lines.
QStringList continuousWords(const QString &outPath)
{
    QFile f(outPath);
    QStringList words;
    if (!f.open(QIODevice::ReadOnly))
        return words;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        bool ok = fields.size() == 4;
        if (ok)
            fields.at(1).toDouble(&ok);
        if (!ok)
            continue;
        const QString word = voice::wordOfToken(QString::fromUtf8(fields.first()));
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

// Parts of an ordinary answer, repeated to about `seconds` of audio, with pauses between.
QList<test::SpeechPart> answerParts(int seconds)
{
    QList<test::SpeechPart> script = test::pausedAnswerParts();
    script.append({test::kPaceScript, 2800});
    QList<test::SpeechPart> parts;
    double estimateS = 0;
    for (int i = 0; estimateS < seconds; ++i) {
        test::SpeechPart part = script.at(i % script.size());
        if (i == 0)
            part.silenceBeforeMs = 800;
        const double words = double(part.text.split(QLatin1Char(' ')).size());
        estimateS += words / 3.0 + part.silenceBeforeMs / 1000.0;
        parts.append(part);
        if (parts.size() == 1 && seconds < 10) { // the smoke size: one sentence
            break;
        }
    }
    return parts;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int seconds = 6;
    int runs = 1;
    if (args.contains(QStringLiteral("--full"))) {
        seconds = 120;
        runs = 3;
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--seconds")); i >= 0 && i + 1 < args.size())
        seconds = args.at(i + 1).toInt();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());

    const QString continuous = QStandardPaths::findExecutable(
        QStringLiteral("pocketsphinx_continuous"));
    const voice::SpeechModel model = voice::SpeechModel::defaultModel();
    QString problem = test::missingSpeechTools();
    if (problem.isEmpty() && continuous.isEmpty())
        problem = QStringLiteral("the baseline needs pocketsphinx_continuous: install the Debian "
                                 "package pocketsphinx (scripts/install-deps.sh --with-test-tools)");
    if (problem.isEmpty() && !model.missingPart().isEmpty())
        problem = QStringLiteral("the speech model is missing (%1): install pocketsphinx-en-us")
                      .arg(model.missingPart());
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "bench_transcribe: %s\n", qPrintable(problem));
        return 1;
    }

    QTemporaryDir dir;
    std::printf("Generating a spoken answer of about %d s (espeak-ng -s 150, sox)...\n", seconds);
    const test::GeneratedSpeech speech = test::generateSpeech(dir.path(), QStringLiteral("answer"),
                                                              150, answerParts(seconds));
    if (!speech.ok()) {
        std::fprintf(stderr, "bench_transcribe: %s\n", qPrintable(speech.error));
        return 1;
    }
    voice::WavAudio audio;
    QString error;
    if (!voice::readWav(speech.path, &audio, &error)) {
        std::fprintf(stderr, "bench_transcribe: %s\n", qPrintable(error));
        return 1;
    }
    const double audioMs = double(audio.durationMs());

    std::vector<double> oursMs;
    std::vector<double> oursDecodeMs;
    std::vector<double> baseMs;
    std::vector<double> oursCpuMs;
    std::vector<double> baseCpuMs;
    qint64 oursPeakKiB = 0;
    qint64 oursBeforeKiB = 0;
    qint64 basePeakKiB = 0;
    QStringList oursWords;
    QStringList baseWords;
    const QString baseOut = dir.filePath(QStringLiteral("continuous.txt"));
    for (int run = 0; run < runs; ++run) {
        // MockLoop: load the model and transcribe, as the worker thread will for each answer.
        resetPeak();
        oursBeforeKiB = peakKiB();
        const double cpuBefore = selfCpuMs();
        QElapsedTimer t;
        t.start();
        voice::Transcriber transcriber(model);
        if (!transcriber.load(&error)) {
            std::fprintf(stderr, "bench_transcribe: %s\n", qPrintable(error));
            return 1;
        }
        const double loadMs = double(t.nsecsElapsed()) / 1e6;
        QList<voice::TimedWord> words;
        if (transcriber.transcribe(audio.samples, &words, &error)
            != voice::Transcriber::Outcome::Done) {
            std::fprintf(stderr, "bench_transcribe: %s\n", qPrintable(error));
            return 1;
        }
        oursMs.push_back(double(t.nsecsElapsed()) / 1e6);
        oursCpuMs.push_back(selfCpuMs() - cpuBefore);
        oursDecodeMs.push_back(oursMs.back() - loadMs);
        oursPeakKiB = std::max(oursPeakKiB, peakKiB());
        oursWords.clear();
        for (const voice::TimedWord &w : std::as_const(words))
            oursWords.append(w.word);

        // The baseline: the same library and model through its own program, reading the file.
        const ChildRun base = runChild({continuous, QStringLiteral("-infile"), speech.path,
                                        QStringLiteral("-hmm"), model.acousticModel,
                                        QStringLiteral("-lm"), model.languageModel,
                                        QStringLiteral("-dict"), model.dictionary,
                                        QStringLiteral("-time"), QStringLiteral("yes")},
                                       baseOut);
        if (base.status != 0) {
            std::fprintf(stderr, "bench_transcribe: pocketsphinx_continuous failed (%d)\n",
                         base.status);
            return 1;
        }
        baseMs.push_back(base.ms);
        baseCpuMs.push_back(base.cpuMs);
        basePeakKiB = std::max(basePeakKiB, base.maxRssKiB);
        baseWords = continuousWords(baseOut);
    }
    const double ours = bench::median(oursMs);
    const double decode = bench::median(oursDecodeMs);
    const double base = bench::median(baseMs);
    std::printf("audio: %.1f s, %d words in the script, %lld heard\n", audioMs / 1000, speech.words,
                qlonglong(oursWords.size()));
    std::printf("median of %d run(s), alternating:\n", runs);
    std::printf("  MockLoop Transcriber (load + transcribe): %8.0f ms  %.2fx the audio (goal <= 0.5x)\n",
                ours, ours / audioMs);
    std::printf("    of which transcribing:                 %8.0f ms  %.2fx the audio\n", decode,
                decode / audioMs);
    std::printf("  pocketsphinx_continuous -infile:          %8.0f ms  %.2fx the audio\n", base,
                base / audioMs);
    std::printf("  ratio MockLoop / baseline:                %8.2fx (goal <= 1.1x)\n", ours / base);
    std::printf("CPU time: MockLoop %.0f ms (%.2fx the audio), pocketsphinx_continuous %.0f ms "
                "(%.2fx), ratio %.2fx\n",
                bench::median(oursCpuMs), bench::median(oursCpuMs) / audioMs,
                bench::median(baseCpuMs), bench::median(baseCpuMs) / audioMs,
                bench::median(oursCpuMs) / bench::median(baseCpuMs));
    std::printf("peak memory: MockLoop %lld KiB (this process, %lld KiB before loading), "
                "pocketsphinx_continuous %lld KiB\n",
                oursPeakKiB, oursBeforeKiB, basePeakKiB);
    std::printf("same words as pocketsphinx_continuous: %s\n", oursWords == baseWords ? "yes" : "NO");
    return 0;
}
