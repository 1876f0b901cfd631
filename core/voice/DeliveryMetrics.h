#pragma once

#include "base/Types.h"
#include "voice/Transcriber.h"
#include "voice/VoiceActivity.h"

#include <QList>
#include <QString>

#include <optional>

namespace mockloop::voice {

// How long a spoken answer of a round kind should be, from the first word to the last.
struct LengthTarget
{
    qint64 minMs = 0;
    qint64 maxMs = 0;
    friend bool operator==(const LengthTarget &, const LengthTarget &) = default;
};

// The defaults (docs/voice.md, "Length"): technical 1–3 min, system design 5–30 min,
// behavioural 1.5–3 min (a STAR story), cultural fit 0.5–2 min, project 1.5–4 min.
LengthTarget defaultLengthTarget(RoundKind kind);

// The target bands and rule parameters; the desktop app will make them settings.
struct DeliveryOptions
{
    qint64 minPauseMs = 2500; // a silence between words this long counts as a pause
    double wpmLow = 120;      // the pace band, words per minute
    double wpmHigh = 160;
    double maxFillersPerMinute = 5; // fewer than this is within the band
    int bridgeMs = 300;             // without audio: words closer than this are one stretch
    qint64 openerGapMs = 1000;      // "so" after this much silence (or first) opens a sentence
    std::optional<LengthTarget> lengthTarget; // set from the round kind when given
};

enum class Band { Unknown, Below, Within, Above };

struct PhraseCount
{
    QString phrase;
    int count = 0;
    friend bool operator==(const PhraseCount &, const PhraseCount &) = default;
};

// What is measured from a spoken answer (docs/voice.md). All times in milliseconds.
struct DeliveryMetrics
{
    qint64 durationMs = 0;         // the recording
    bool fromAudio = false;        // speaking time, pauses and the span from voice activity in the
                                   // audio; otherwise from the word times
    qint64 timeToFirstWordMs = -1; // -1: nothing was said
    qint64 spokenMs = 0;           // first word's start to the last word's end, pauses included
    qint64 speakingMs = 0;         // the stretches of speech only
    int words = 0;
    double wordsPerMinute = 0;         // words / spokenMs
    double wordsPerMinuteSpeaking = 0; // words / speakingMs
    Band pace = Band::Unknown;         // wordsPerMinute against the band
    QList<TimeSpan> pauses;            // silences of at least minPauseMs between speech
    qint64 longestPauseMs = 0;
    // From the transcript, so estimates: pocketsphinx often mishears words (docs/voice.md).
    QList<PhraseCount> fillers; // by phrase, most frequent first
    int fillerCount = 0;
    double fillersPerMinute = 0; // over spokenMs
    Band fillerBand = Band::Unknown;
    QList<PhraseCount> hedges;
    int hedgeCount = 0;
    QList<PhraseCount> repeats; // a word said twice in a row ("the the"), by word
    int repeatCount = 0;
    std::optional<LengthTarget> lengthTarget;
    Band length = Band::Unknown; // spokenMs against lengthTarget
    friend bool operator==(const DeliveryMetrics &, const DeliveryMetrics &) = default;
};

// The metrics of one answer. words: the transcript (may be empty); activity: voice activity of
// the audio (nullptr: speaking time and pauses from the word times instead); durationMs: the
// recording's length. Pure: the same input gives the same figures.
DeliveryMetrics measureDelivery(const QList<TimedWord> &words, const VoiceActivity *activity,
                                qint64 durationMs, const DeliveryOptions &options = {});

// The phrases counted, as documented (lowercase; "so" only as an opener).
const QStringList &fillerPhrases();
const QStringList &hedgePhrases();

} // namespace mockloop::voice
