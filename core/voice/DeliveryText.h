#pragma once

#include "voice/DeliveryMetrics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace mockloop::voice {

// "1:02.35": minutes, seconds and hundredths, for word times and spans.
QString formatAudioTime(qint64 ms);

// The words as rows [start, end, word], for a table.
QList<QStringList> transcriptRows(const QList<TimedWord> &words);

// The metrics as rows [label, value], translated; transcript-based counts say "estimate".
QList<QStringList> deliveryRows(const DeliveryMetrics &m, const DeliveryOptions &options,
                                std::optional<RoundKind> kind);

// {"word", "startMs", "endMs"} per word.
QJsonArray wordsJson(const QList<TimedWord> &words);
// Every figure of DeliveryMetrics under stable keys (docs/voice.md, "JSON").
QJsonObject deliveryJson(const DeliveryMetrics &m, const DeliveryOptions &options);

QString bandKey(Band band);

} // namespace mockloop::voice
