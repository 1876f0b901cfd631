#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace mockloop::voice {

// One recognised word and when it was said, in milliseconds from the start of the recording.
struct TimedWord
{
    QString word; // lowercase as the dictionary spells it ("don't"), alternates folded ("the")
    qint64 startMs = 0;
    qint64 endMs = 0;
    friend bool operator==(const TimedWord &, const TimedWord &) = default;
};

// The files of a pocketsphinx model: acoustic model folder, language model, dictionary.
struct SpeechModel
{
    QString acousticModel;
    QString languageModel;
    QString dictionary;

    // The US English model of the Debian package pocketsphinx-en-us, in the folder pkg-config
    // named when MockLoop was configured (`pkg-config pocketsphinx --variable=modeldir`, else
    // /usr/share/pocketsphinx/model); the environment variable MOCKLOOP_SPEECH_MODEL_DIR names
    // another folder of the same layout (en-us/en-us, en-us/en-us.lm.bin,
    // en-us/cmudict-en-us.dict).
    static SpeechModel defaultModel();
    static SpeechModel fromDir(const QString &modelDir);
    // The first of the three that is not there; empty when all are.
    QString missingPart() const;
};

// Offline speech to text with pocketsphinx 0.8+5prealpha (Debian 12's libpocketsphinx): the
// audio is fed in chunks of 2048 samples, cut into utterances where pocketsphinx's own voice
// detector hears silence, and each utterance's words come with their frames (100 a second),
// exactly as `pocketsphinx_continuous -infile` does, so both give the same words. Markers
// (<s>, </s>, <sil>) and noise tokens ([NOISE], [SPEECH]) are left out; alternate
// pronunciations ("the(2)") are folded into their word.
//
// The transcript is rough (docs/voice.md): the number and timing of the words are close, the
// words themselves often wrong. Use it for pace and pauses, never to grade content.
//
// One Transcriber belongs to one thread at a time (a worker thread: a minute of audio takes
// tens of seconds); cancel() may be called from any thread.
class Transcriber
{
public:
    explicit Transcriber(SpeechModel model = SpeechModel::defaultModel());
    ~Transcriber();
    Transcriber(const Transcriber &) = delete;
    Transcriber &operator=(const Transcriber &) = delete;

    // Loads the model (about a second). transcribe() does it when needed: a decoder is used for
    // one recording only. False with *error naming the missing file and the package that
    // brings it.
    bool load(QString *error);

    enum class Outcome { Done, Cancelled, Failed };
    // 16 kHz mono samples to words. progress gets the fraction of the audio done (0..1, rising,
    // at most once per percent), on this thread.
    Outcome transcribe(const qint16 *samples, qsizetype count, QList<TimedWord> *words,
                       QString *error, const std::function<void(double)> &progress = {});
    Outcome transcribe(const QList<qint16> &samples, QList<TimedWord> *words, QString *error,
                       const std::function<void(double)> &progress = {})
    {
        return transcribe(samples.constData(), samples.size(), words, error, progress);
    }

    // Stops a running transcribe() at its next chunk (it returns Cancelled); one that starts
    // after this returns Cancelled at once. Thread-safe.
    void cancel() { m_cancel.store(true); }

    // "pocketsphinx 0.8+5prealpha, en-us", for the record of a transcript.
    static QString engineName();

private:
    struct Decoder;
    SpeechModel m_model;
    Decoder *m_decoder = nullptr;
    bool m_decoderUsed = false;
    std::atomic<bool> m_cancel{false};
};

// The word a pocketsphinx token stands for: "" for markers and noise, "the" for "the(2)".
QString wordOfToken(const QString &token);

} // namespace mockloop::voice
