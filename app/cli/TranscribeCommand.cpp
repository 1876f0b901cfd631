// transcribe: a spoken answer's WAV file to words with times and the delivery metrics, offline
// (core/voice: WavFile, VoiceActivity, Transcriber, DeliveryMetrics; docs/voice.md).
#include "voice/DeliveryText.h"
#include "voice/Transcriber.h"
#include "voice/VoiceActivity.h"
#include "voice/WavFile.h"
#include "Commands.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace mockloop::cli {

namespace {

class TranscribeText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runTranscribe(CommandContext &c)
{
    const QString format = formatOption(c, QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        c.err << TranscribeText::tr(
                     "mockloop-cli: transcribe: unknown format \"%1\" (use text or json)")
                     .arg(format)
              << Qt::endl;
        return Usage;
    }
    voice::DeliveryOptions options;
    std::optional<RoundKind> kind;
    if (c.parser.isSet(QStringLiteral("kind"))) {
        const QString key = c.parser.value(QStringLiteral("kind"));
        kind = roundKindFromKey(key);
        if (!kind) {
            c.err << TranscribeText::tr("mockloop-cli: transcribe: unknown round kind \"%1\" (use "
                                        "technical, system_design, behavioral, cultural_fit or "
                                        "project)")
                         .arg(key)
                  << Qt::endl;
            return Usage;
        }
        options.lengthTarget = voice::defaultLengthTarget(*kind);
    }

    const QString path = c.args.first();
    voice::WavAudio audio;
    QString error;
    if (!voice::readWav(path, &audio, &error)) {
        c.err << QStringLiteral("mockloop-cli: transcribe: ") << error << Qt::endl;
        return BadInput;
    }
    const voice::VoiceActivity activity = voice::detectVoiceActivity(audio.samples.constData(),
                                                                     audio.samples.size(),
                                                                     audio.sampleRate);
    voice::Transcriber transcriber;
    QList<voice::TimedWord> words;
    if (transcriber.transcribe(audio.samples, &words, &error) != voice::Transcriber::Outcome::Done) {
        c.err << QStringLiteral("mockloop-cli: transcribe: ") << error << Qt::endl;
        return BadInput;
    }
    const voice::DeliveryMetrics metrics = voice::measureDelivery(words, &activity,
                                                                  audio.durationMs(), options);

    if (format == QLatin1String("json")) {
        const QJsonObject doc{
            {QStringLiteral("file"), QDir::toNativeSeparators(path)},
            {QStringLiteral("engine"), voice::Transcriber::engineName()},
            {QStringLiteral("roughTranscript"), true},
            {QStringLiteral("words"), voice::wordsJson(words)},
            {QStringLiteral("delivery"), voice::deliveryJson(metrics, options)},
        };
        return writeOutput(c, QJsonDocument(doc).toJson(QJsonDocument::Indented));
    }
    c.out << TranscribeText::tr("Rough transcript of %1 (%2): the number and timing of the words "
                                "are close, the words themselves often wrong.")
                 .arg(QDir::toNativeSeparators(path), voice::Transcriber::engineName())
          << Qt::endl
          << Qt::endl;
    if (words.isEmpty()) {
        c.out << TranscribeText::tr("No words heard.") << Qt::endl;
    } else {
        TextTable table;
        table.header = {TranscribeText::tr("Start"), TranscribeText::tr("End"),
                        TranscribeText::tr("Word")};
        table.rows = voice::transcriptRows(words);
        c.out << table.text();
    }
    c.out << Qt::endl << TranscribeText::tr("Delivery") << Qt::endl;
    TextTable metricsTable;
    metricsTable.rows = voice::deliveryRows(metrics, options, kind);
    c.out << metricsTable.text();
    c.out.flush();
    return Ok;
}

} // namespace

Command transcribeCommand()
{
    return {QStringLiteral("transcribe"),
            QStringLiteral("transcribe FILE.wav [--format text|json] [--kind KIND]"),
            TranscribeText::tr(
                "Transcribe a spoken answer (16 kHz mono 16-bit WAV) offline and print its\n"
                "words with times and the delivery metrics: pace, pauses, fillers, hedges,\n"
                "and with --kind the length against the round kind's target. The transcript\n"
                "is rough; nothing leaves the machine (docs/voice.md)."),
            1,
            1,
            false,
            runTranscribe};
}

} // namespace mockloop::cli
