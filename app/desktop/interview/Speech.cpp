#include "interview/Speech.h"

#include <QTextToSpeech>
#include <QVoice>

namespace mockloop::desktop {

TextToSpeechSpeaker::TextToSpeechSpeaker(QString engine, QObject *parent)
    : Speaker(parent)
    , m_engineName(std::move(engine))
{
}

bool TextToSpeechSpeaker::ensureEngine()
{
    if (m_unavailable)
        return false;
    if (m_tts)
        return true;
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty() || (!m_engineName.isEmpty() && !engines.contains(m_engineName))) {
        fail(tr("no speech engine is installed"));
        return false;
    }
    m_tts = m_engineName.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(m_engineName, this);
    connect(m_tts, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString &message) { fail(message); });
    connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state == QTextToSpeech::Error)
            fail(m_tts->errorString());
    });
    if (m_tts->state() == QTextToSpeech::Error) {
        fail(m_tts->errorString());
        return false;
    }
    configure(m_voiceName, m_rate);
    return true;
}

void TextToSpeechSpeaker::fail(const QString &reason)
{
    if (m_unavailable)
        return;
    m_unavailable = true;
    emit unavailable(reason.isEmpty() ? tr("the speech engine reported an error") : reason);
}

void TextToSpeechSpeaker::say(const QString &text)
{
    if (text.isEmpty() || !ensureEngine())
        return;
    m_tts->say(text);
    // Some engines fail synchronously inside say().
    if (m_tts->state() == QTextToSpeech::Error)
        fail(m_tts->errorString());
}

void TextToSpeechSpeaker::stop()
{
    if (m_tts && !m_unavailable)
        m_tts->stop();
}

QStringList TextToSpeechSpeaker::voiceNames()
{
    QStringList names;
    if (!ensureEngine())
        return names;
    for (const QVoice &voice : m_tts->availableVoices())
        names.append(voice.name());
    return names;
}

void TextToSpeechSpeaker::configure(const QString &voiceName, double rate)
{
    m_voiceName = voiceName;
    m_rate = std::clamp(rate, -1.0, 1.0);
    if (!m_tts || m_unavailable)
        return;
    m_tts->setRate(m_rate);
    if (voiceName.isEmpty())
        return;
    for (const QVoice &voice : m_tts->availableVoices()) {
        if (voice.name() == voiceName) {
            m_tts->setVoice(voice);
            break;
        }
    }
}

} // namespace mockloop::desktop
