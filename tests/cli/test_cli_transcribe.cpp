// transcribe as a person runs it: the real mockloop-cli on a WAV file of speech generated at
// test time (tests/support/SpeechFixtures.h), in text and JSON, and its errors.
#include "voice/DeliveryText.h"
#include "voice/Transcriber.h"
#include "voice/WavFile.h"
#include "CliProcess.h"
#include "SpeechFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;

class TestCliTranscribe : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void transcribe_json_holdsTheWordsOfTheTranscriberAndTheMetrics();
    void transcribe_text_listsEveryWordWithItsTimesAndTheMetrics();
    void transcribe_missingOrWrongFile_failsNamingTheFile_exitTwo();
    void transcribe_unknownFormatOrKindOrNoFile_isAUsageError();
    void transcribe_withoutTheSpeechModel_failsNamingThePackage();
    void help_listsTranscribe();

private:
    test::ProcessRun cli(QStringList args,
                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const
    {
        args.prepend(m_data.path());
        args.prepend(QStringLiteral("--data-dir"));
        return test::runProcess(QStringLiteral(MOCKLOOP_CLI), args, env);
    }
    QTemporaryDir m_dir;
    QTemporaryDir m_data;
    test::GeneratedSpeech m_speech;
    QList<voice::TimedWord> m_words;
};

void TestCliTranscribe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(test::missingSpeechTools().isEmpty(), qPrintable(test::missingSpeechTools()));
    const QList<test::SpeechPart> parts = test::pausedAnswerParts().mid(0, 2);
    m_speech = test::generateSpeech(m_dir.path(), QStringLiteral("answer"), 150, parts);
    QVERIFY2(m_speech.ok(), qPrintable(m_speech.error));
    // What the transcriber in this process hears: the command must print the same words.
    voice::WavAudio audio;
    QString error;
    QVERIFY2(voice::readWav(m_speech.path, &audio, &error), qPrintable(error));
    voice::Transcriber transcriber;
    QCOMPARE(transcriber.transcribe(audio.samples, &m_words, &error),
             voice::Transcriber::Outcome::Done);
    QVERIFY(m_words.size() > 20);
}

void TestCliTranscribe::transcribe_json_holdsTheWordsOfTheTranscriberAndTheMetrics()
{
    const test::ProcessRun run = cli({QStringLiteral("transcribe"), m_speech.path,
                                      QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("--kind"), QStringLiteral("behavioral")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError parseError;
    const QJsonObject doc = QJsonDocument::fromJson(run.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(doc.value(QStringLiteral("file")).toString(), QDir::toNativeSeparators(m_speech.path));
    QCOMPARE(doc.value(QStringLiteral("roughTranscript")).toBool(), true);
    QCOMPARE(doc.value(QStringLiteral("engine")).toString(), voice::Transcriber::engineName());
    const QJsonArray words = doc.value(QStringLiteral("words")).toArray();
    QCOMPARE(words.size(), m_words.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QJsonObject w = words.at(i).toObject();
        QCOMPARE(w.value(QStringLiteral("word")).toString(), m_words[i].word);
        QCOMPARE(w.value(QStringLiteral("startMs")).toInteger(), m_words[i].startMs);
        QCOMPARE(w.value(QStringLiteral("endMs")).toInteger(), m_words[i].endMs);
    }
    const QJsonObject d = doc.value(QStringLiteral("delivery")).toObject();
    QCOMPARE(d.value(QStringLiteral("timingSource")).toString(), QStringLiteral("audio"));
    QCOMPARE(d.value(QStringLiteral("durationMs")).toInteger(), m_speech.durationMs);
    QCOMPARE(d.value(QStringLiteral("words")).toInt(), m_words.size());
    QVERIFY(std::abs(d.value(QStringLiteral("timeToFirstWordMs")).toInteger() - 1500) <= 200);
    const QJsonArray pauses = d.value(QStringLiteral("pauses")).toArray();
    QCOMPARE(pauses.size(), 1);
    QVERIFY(std::abs(pauses.at(0).toObject().value(QStringLiteral("lengthMs")).toInteger() - 3000)
            <= 200);
    QCOMPARE(d.value(QStringLiteral("minPauseMs")).toInteger(), 2500);
    QCOMPARE(d.value(QStringLiteral("paceTarget")).toArray(), (QJsonArray{120, 160}));
    QVERIFY(d.contains(QStringLiteral("fillersEstimated")));
    QVERIFY(d.contains(QStringLiteral("hedgesEstimated")));
    // About 13 s of speech against a behavioural story's 1.5–3 minutes.
    QCOMPARE(d.value(QStringLiteral("length")).toString(), QStringLiteral("below"));
    QCOMPARE(d.value(QStringLiteral("lengthTargetMs")).toArray(), (QJsonArray{90'000, 180'000}));
}

void TestCliTranscribe::transcribe_text_listsEveryWordWithItsTimesAndTheMetrics()
{
    const test::ProcessRun run = cli({QStringLiteral("transcribe"), m_speech.path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(
                 QStringLiteral("Rough transcript of %1").arg(QDir::toNativeSeparators(m_speech.path))),
             qPrintable(out));
    QVERIFY(out.contains(QLatin1String("the words themselves often wrong")));
    const QStringList lines = out.split(QLatin1Char('\n'));
    // Each word on its own line after its start and end times, in order (indexOf matches whole
    // lines).
    qsizetype at = lines.indexOf(QRegularExpression(QStringLiteral("^-+ +-+ +-+$")));
    QVERIFY(at > 0);
    for (const voice::TimedWord &w : std::as_const(m_words)) {
        const QStringList cells = lines.value(++at).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(cells, (QStringList{voice::formatAudioTime(w.startMs),
                                     voice::formatAudioTime(w.endMs), w.word}));
    }
    for (const char *label :
         {"Recording", "Time to first word", "Spoken", "Words per minute", "Pauses",
          "Fillers (estimate)", "Hedges (estimate)", "Repeated words (estimate)"}) {
        QVERIFY2(lines.indexOf(QRegularExpression(
                     QStringLiteral("%1  .*").arg(QRegularExpression::escape(QLatin1String(label)))))
                     > at,
                 label);
    }
    QVERIFY2(out.contains(QRegularExpression(
                 QStringLiteral("Pauses +1 of 2.5 s or longer, longest 3.[01] s"))),
             qPrintable(out));
    // Without --kind there is no length verdict.
    QVERIFY(!out.contains(QLatin1String("\nLength")));
    QVERIFY(run.err.isEmpty());
}

void TestCliTranscribe::transcribe_missingOrWrongFile_failsNamingTheFile_exitTwo()
{
    const QString missing = m_dir.filePath(QStringLiteral("nowhere.wav"));
    test::ProcessRun run = cli({QStringLiteral("transcribe"), missing});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QString::fromUtf8(run.err),
             QStringLiteral("mockloop-cli: transcribe: %1: no such file.\n")
                 .arg(QDir::toNativeSeparators(missing)));
    QVERIFY(run.out.isEmpty());

    // A CD-quality stereo file: the message names it, what it is, and how to convert it.
    const QString stereo = m_dir.filePath(QStringLiteral("stereo.wav"));
    QString error;
    QVERIFY2(test::runTool(test::soxProgram(),
                           {QStringLiteral("-R"), m_speech.path, QStringLiteral("-r"),
                            QStringLiteral("44100"), QStringLiteral("-c"), QStringLiteral("2"),
                            stereo},
                           &error),
             qPrintable(error));
    run = cli({QStringLiteral("transcribe"), stereo});
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.startsWith(QStringLiteral("mockloop-cli: transcribe: %1 is 44100 Hz, 2 channel(s), "
                                           "16-bit PCM; MockLoop reads 16 kHz mono 16-bit PCM")
                                .arg(QDir::toNativeSeparators(stereo))),
             qPrintable(err));
    QVERIFY(err.contains(QLatin1String("sox IN.wav -r 16000 -c 1 -b 16 OUT.wav")));

    const QString text = m_dir.filePath(QStringLiteral("notes.wav"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are notes, not audio\n");
    f.close();
    run = cli({QStringLiteral("transcribe"), text});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QString::fromUtf8(run.err),
             QStringLiteral("mockloop-cli: transcribe: %1 is not a WAV file.\n")
                 .arg(QDir::toNativeSeparators(text)));
}

void TestCliTranscribe::transcribe_unknownFormatOrKindOrNoFile_isAUsageError()
{
    test::ProcessRun run = cli({QStringLiteral("transcribe"), m_speech.path,
                                QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("unknown format \"xml\" (use text or json)"));
    run = cli({QStringLiteral("transcribe"), m_speech.path, QStringLiteral("--kind"),
               QStringLiteral("chat")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("unknown round kind \"chat\""));
    run = cli({QStringLiteral("transcribe")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("usage: mockloop-cli transcribe FILE.wav"));
}

void TestCliTranscribe::transcribe_withoutTheSpeechModel_failsNamingThePackage()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOCKLOOP_SPEECH_MODEL_DIR"), m_dir.filePath(QStringLiteral("none")));
    const test::ProcessRun run = cli({QStringLiteral("transcribe"), m_speech.path}, env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("The speech model is missing"), run.err.constData());
    QVERIFY(run.err.contains("pocketsphinx-en-us"));
    QVERIFY(run.out.isEmpty());
}

void TestCliTranscribe::help_listsTranscribe()
{
    const test::ProcessRun run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("  transcribe FILE.wav [--format text|json] [--kind KIND]\n"));
}

QTEST_GUILESS_MAIN(TestCliTranscribe)
#include "test_cli_transcribe.moc"
