#include "voice/VoiceActivity.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace mockloop::voice {

qint64 VoiceActivity::speakingMs() const
{
    qint64 total = 0;
    for (const TimeSpan &s : speech)
        total += s.lengthMs();
    return total;
}

QList<TimeSpan> joinSpans(const QList<TimeSpan> &spans, int bridgeMs, int minSpeechMs)
{
    QList<TimeSpan> joined;
    for (const TimeSpan &s : spans) {
        if (!joined.isEmpty() && s.startMs - joined.last().endMs < bridgeMs)
            joined.last().endMs = std::max(joined.last().endMs, s.endMs);
        else
            joined.append(s);
    }
    joined.removeIf([minSpeechMs](const TimeSpan &s) { return s.lengthMs() < minSpeechMs; });
    return joined;
}

VoiceActivity detectVoiceActivity(const qint16 *samples, qsizetype count, int sampleRate,
                                  const VoiceActivityOptions &options)
{
    VoiceActivity result;
    result.durationMs = sampleRate > 0 ? qint64(count) * 1000 / sampleRate : 0;
    const qsizetype frameSamples = std::max<qsizetype>(1, qsizetype(sampleRate) * options.frameMs
                                                              / 1000);
    const qsizetype frames = count / frameSamples;
    if (frames == 0)
        return result;

    std::vector<double> levels(static_cast<size_t>(frames));
    for (qsizetype f = 0; f < frames; ++f) {
        double sum = 0;
        const qint16 *frame = samples + f * frameSamples;
        for (qsizetype i = 0; i < frameSamples; ++i)
            sum += double(frame[i]) * double(frame[i]);
        const double rms = std::sqrt(sum / double(frameSamples)) / 32768.0;
        levels[size_t(f)] = rms > 0 ? std::max(20 * std::log10(rms), kQuietestFloorDb - 30)
                                    : kQuietestFloorDb - 30;
    }
    std::vector<double> sorted = levels;
    const size_t at = std::min(sorted.size() - 1,
                               size_t(double(sorted.size()) * options.noiseFloorPercentile / 100));
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(at), sorted.end());
    result.noiseFloorDb = std::max(sorted[at], kQuietestFloorDb);
    result.thresholdDb = result.noiseFloorDb + options.thresholdDb;

    QList<TimeSpan> voiced;
    for (qsizetype f = 0; f < frames; ++f) {
        if (levels[size_t(f)] <= result.thresholdDb)
            continue;
        const qint64 start = f * options.frameMs;
        if (!voiced.isEmpty() && voiced.last().endMs == start)
            voiced.last().endMs = start + options.frameMs;
        else
            voiced.append({start, start + options.frameMs});
    }
    result.speech = joinSpans(voiced, options.bridgeMs, options.minSpeechMs);
    return result;
}

} // namespace mockloop::voice
