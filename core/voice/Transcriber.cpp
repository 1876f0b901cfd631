#include "voice/Transcriber.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <memory>
#include <pocketsphinx.h>

#ifndef MOCKLOOP_POCKETSPHINX_MODELDIR
#define MOCKLOOP_POCKETSPHINX_MODELDIR "/usr/share/pocketsphinx/model"
#endif

namespace mockloop::voice {

namespace {

// What pocketsphinx_continuous reads at a time; the utterance cuts fall between chunks, so the
// same size gives the same words.
constexpr qsizetype kChunkSamples = 2048;

} // namespace

struct Transcriber::Decoder
{
    cmd_ln_t *config = nullptr;
    ps_decoder_t *ps = nullptr;
    int frameRate = 100;
    ~Decoder()
    {
        if (ps)
            ps_free(ps);
        if (config)
            cmd_ln_free_r(config);
    }
};

SpeechModel SpeechModel::fromDir(const QString &modelDir)
{
    const QDir dir(modelDir);
    return {dir.filePath(QStringLiteral("en-us/en-us")),
            dir.filePath(QStringLiteral("en-us/en-us.lm.bin")),
            dir.filePath(QStringLiteral("en-us/cmudict-en-us.dict"))};
}

SpeechModel SpeechModel::defaultModel()
{
    const QString overridden = qEnvironmentVariable("MOCKLOOP_SPEECH_MODEL_DIR");
    return fromDir(overridden.isEmpty() ? QStringLiteral(MOCKLOOP_POCKETSPHINX_MODELDIR)
                                        : overridden);
}

QString SpeechModel::missingPart() const
{
    for (const QString &path : {acousticModel, languageModel, dictionary}) {
        if (!QFileInfo::exists(path))
            return path;
    }
    return {};
}

QString Transcriber::engineName()
{
    return QStringLiteral("pocketsphinx 0.8+5prealpha, en-us");
}

QString wordOfToken(const QString &token)
{
    if (token.isEmpty() || token.startsWith(QLatin1Char('<')) || token.startsWith(QLatin1Char('[')))
        return {};
    QString word = token;
    if (const qsizetype paren = word.indexOf(QLatin1Char('('));
        paren > 0 && word.endsWith(QLatin1Char(')')))
        word.truncate(paren);
    return word.toLower();
}

Transcriber::Transcriber(SpeechModel model)
    : m_model(std::move(model))
{
}

Transcriber::~Transcriber()
{
    delete m_decoder;
}

bool Transcriber::load(QString *error)
{
    if (m_decoder && !m_decoderUsed)
        return true;
    delete m_decoder;
    m_decoder = nullptr;
    if (const QString missing = m_model.missingPart(); !missing.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Voice",
                                                 "The speech model is missing: %1 is not there. Install "
                                                 "the Debian package pocketsphinx-en-us "
                                                 "(scripts/install-deps.sh does).")
                         .arg(QDir::toNativeSeparators(missing));
        return false;
    }
    const QByteArray hmm = QFile::encodeName(m_model.acousticModel);
    const QByteArray lm = QFile::encodeName(m_model.languageModel);
    const QByteArray dict = QFile::encodeName(m_model.dictionary);
    auto decoder = std::make_unique<Decoder>();
    // pocketsphinx logs every step to stderr: not into a terminal command's output.
    decoder->config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.constData(), "-lm",
                                  lm.constData(), "-dict", dict.constData(), "-logfn", "/dev/null",
                                  nullptr);
    if (decoder->config)
        decoder->ps = ps_init(decoder->config);
    if (!decoder->ps) {
        if (error)
            *error = QCoreApplication::translate("Voice",
                                                 "pocketsphinx could not load the speech model in %1.")
                         .arg(QDir::toNativeSeparators(m_model.acousticModel));
        return false;
    }
    decoder->frameRate = std::max(1, int(cmd_ln_int32_r(decoder->config, "-frate")));
    m_decoder = decoder.release();
    m_decoderUsed = false;
    return true;
}

Transcriber::Outcome Transcriber::transcribe(const qint16 *samples, qsizetype count,
                                             QList<TimedWord> *words, QString *error,
                                             const std::function<void(double)> &progress)
{
    words->clear();
    if (m_cancel.exchange(false))
        return Outcome::Cancelled;
    // A decoder carries state from one recording to the next (its frame count, the running
    // cepstral mean): each recording gets a fresh one, so the words depend on the audio alone
    // and equal pocketsphinx_continuous's. Loading takes about a second.
    if (!load(error))
        return Outcome::Failed;
    m_decoderUsed = true;
    ps_decoder_t *ps = m_decoder->ps;
    const int frameRate = m_decoder->frameRate;

    auto collect = [&] {
        for (ps_seg_t *seg = ps_seg_iter(ps); seg; seg = ps_seg_next(seg)) {
            const QString word = wordOfToken(QString::fromUtf8(ps_seg_word(seg)));
            if (word.isEmpty())
                continue;
            int startFrame = 0;
            int endFrame = 0;
            ps_seg_frames(seg, &startFrame, &endFrame);
            // A frame runs until the next one starts: the word ends after its last frame.
            words->append({word, qint64(startFrame) * 1000 / frameRate,
                           qint64(endFrame + 1) * 1000 / frameRate});
        }
    };
    auto failed = [&] {
        if (error)
            *error = QCoreApplication::translate("Voice", "pocketsphinx failed on the audio.");
        return Outcome::Failed;
    };

    if (ps_start_utt(ps) < 0)
        return failed();
    bool inUtterance = false;
    int lastPercent = -1;
    for (qsizetype at = 0; at < count; at += kChunkSamples) {
        if (m_cancel.exchange(false)) {
            ps_end_utt(ps);
            words->clear();
            return Outcome::Cancelled;
        }
        const qsizetype n = std::min(kChunkSamples, count - at);
        if (ps_process_raw(ps, samples + at, size_t(n), FALSE, FALSE) < 0) {
            ps_end_utt(ps);
            return failed();
        }
        const bool inSpeech = ps_get_in_speech(ps);
        if (inSpeech && !inUtterance) {
            inUtterance = true;
        } else if (!inSpeech && inUtterance) {
            // Silence after speech: the utterance ends here and its words are final.
            ps_end_utt(ps);
            collect();
            if (ps_start_utt(ps) < 0)
                return failed();
            inUtterance = false;
        }
        const int percent = int((at + n) * 100 / count);
        if (progress && percent != lastPercent) {
            lastPercent = percent;
            progress(double(at + n) / double(count));
        }
    }
    ps_end_utt(ps);
    if (inUtterance)
        collect();
    if (progress && lastPercent != 100)
        progress(1.0);
    return Outcome::Done;
}

} // namespace mockloop::voice
