#pragma once

#include <QObject>
#include <QStringList>

class QTextToSpeech;

namespace mockloop::desktop {

// The interviewer's voice, behind a small interface: the interview page asks it to say
// things and does not care whether anything is heard. When speech cannot work (no engine, no
// audio device: flite reports Ready until the first say() and then enters its Error state),
// it emits unavailable() once and stays silent from then on; the program works unchanged.
class Speaker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void say(const QString &text) = 0;
    virtual void stop() = 0;
    // Voice names the engine offers (empty when there is none or it failed).
    virtual QStringList voiceNames() = 0;
    // voiceName empty: the engine's default. rate: -1 … 1.
    virtual void configure(const QString &voiceName, double rate) = 0;
    virtual bool isUnavailable() const = 0;

signals:
    // Once per speaker: speech does not work here; why, for the person.
    void unavailable(const QString &reason);
};

// Qt TextToSpeech with whatever engine Qt finds (flite on Debian). The engine is created on
// first use, so a program that never speaks never loads it.
class TextToSpeechSpeaker final : public Speaker
{
    Q_OBJECT
public:
    // engine empty: Qt's default engine. An engine name that does not exist makes the speaker
    // unavailable at first use, like a machine without any.
    explicit TextToSpeechSpeaker(QString engine = {}, QObject *parent = nullptr);

    void say(const QString &text) override;
    void stop() override;
    QStringList voiceNames() override;
    void configure(const QString &voiceName, double rate) override;
    bool isUnavailable() const override { return m_unavailable; }

private:
    bool ensureEngine();
    void fail(const QString &reason);

    QString m_engineName;
    QTextToSpeech *m_tts = nullptr;
    QString m_voiceName;
    double m_rate = 0.0;
    bool m_unavailable = false;
};

} // namespace mockloop::desktop
