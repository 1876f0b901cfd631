#pragma once

#include <QList>

namespace mockloop::voice {

// A stretch of time in an answer, in milliseconds from the start of the recording.
struct TimeSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 lengthMs() const { return endMs - startMs; }
    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;
};

// How voice activity is told from silence (docs/voice.md, "Voice activity"). The audio is cut
// into frames; a frame's level is its RMS energy in dB of full scale. The noise floor is a low
// percentile of the frame levels (the quietest stretches of the recording: room noise, hiss),
// never below kQuietestFloorDb; a frame is voiced when its level is thresholdDb above that
// floor. Voiced frames closer than bridgeMs join into one stretch of speech (the gaps inside
// and between words); stretches shorter than minSpeechMs (a click, a breath) are dropped.
struct VoiceActivityOptions
{
    int frameMs = 10;
    double noiseFloorPercentile = 10;
    double thresholdDb = 15;
    int bridgeMs = 300;
    int minSpeechMs = 60;
};

// Below this a frame is digital silence; the floor of a recording with perfect silence.
inline constexpr double kQuietestFloorDb = -70;

// Where in a recording someone speaks, from the samples alone (no transcript needed).
struct VoiceActivity
{
    qint64 durationMs = 0;
    double noiseFloorDb = kQuietestFloorDb;
    double thresholdDb = kQuietestFloorDb; // the level a voiced frame exceeds
    QList<TimeSpan> speech;                // in order, apart by at least bridgeMs
    qint64 speakingMs() const;
    bool hasSpeech() const { return !speech.isEmpty(); }
};

VoiceActivity detectVoiceActivity(const qint16 *samples, qsizetype count, int sampleRate,
                                  const VoiceActivityOptions &options = {});

// Joins spans closer than bridgeMs and drops the ones shorter than minSpeechMs afterwards (the
// last two steps of detectVoiceActivity, shared with the transcript-only metrics).
QList<TimeSpan> joinSpans(const QList<TimeSpan> &spans, int bridgeMs, int minSpeechMs);

} // namespace mockloop::voice
