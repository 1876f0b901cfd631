#include "voice/DeliveryText.h"

#include "base/TimeText.h"

#include <QCoreApplication>

#include <cmath>

namespace mockloop::voice {

namespace {

class DeliveryTextTr
{
    Q_DECLARE_TR_FUNCTIONS(Voice)
};

QString seconds(qint64 ms)
{
    return DeliveryTextTr::tr("%1 s").arg(formatDecimal(double(ms) / 1000.0, 1));
}

QString counts(const QList<PhraseCount> &list)
{
    QStringList parts;
    for (const PhraseCount &p : list)
        parts.append(QStringLiteral("%1 %2").arg(p.phrase).arg(p.count));
    return parts.join(QStringLiteral(", "));
}

QJsonArray countsJson(const QList<PhraseCount> &list)
{
    QJsonArray array;
    for (const PhraseCount &p : list)
        array.append(
            QJsonObject{{QStringLiteral("phrase"), p.phrase}, {QStringLiteral("count"), p.count}});
    return array;
}

double rounded(double value, int decimals)
{
    const double scale = decimals == 0 ? 1 : decimals == 1 ? 10 : 100;
    return std::round(value * scale) / scale;
}

} // namespace

QString formatAudioTime(qint64 ms)
{
    const qint64 hundredths = (ms + 5) / 10;
    return QStringLiteral("%1:%2.%3")
        .arg(hundredths / 6000)
        .arg((hundredths / 100) % 60, 2, 10, QLatin1Char('0'))
        .arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

QString bandKey(Band band)
{
    switch (band) {
    case Band::Below: return QStringLiteral("below");
    case Band::Within: return QStringLiteral("within");
    case Band::Above: return QStringLiteral("above");
    case Band::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QList<QStringList> transcriptRows(const QList<TimedWord> &words)
{
    QList<QStringList> rows;
    for (const TimedWord &w : words)
        rows.append({formatAudioTime(w.startMs), formatAudioTime(w.endMs), w.word});
    return rows;
}

QList<QStringList> deliveryRows(const DeliveryMetrics &m, const DeliveryOptions &options,
                                std::optional<RoundKind> kind)
{
    QList<QStringList> rows;
    rows.append({DeliveryTextTr::tr("Recording"), formatAudioTime(m.durationMs)});
    if (m.timeToFirstWordMs < 0) {
        rows.append({DeliveryTextTr::tr("Speech"), DeliveryTextTr::tr("none heard")});
        return rows;
    }
    const QString source = m.fromAudio ? DeliveryTextTr::tr("from the audio")
                                       : DeliveryTextTr::tr("from the word times");
    rows.append({DeliveryTextTr::tr("Time to first word"), seconds(m.timeToFirstWordMs)});
    rows.append({DeliveryTextTr::tr("Spoken"),
                 DeliveryTextTr::tr("%1 from the first word to the last, %2 of it speaking (%3)")
                     .arg(formatAudioTime(m.spokenMs), seconds(m.speakingMs), source)});
    rows.append({DeliveryTextTr::tr("Words"), QString::number(m.words)});
    const QString band = QStringLiteral("%1–%2").arg(options.wpmLow).arg(options.wpmHigh);
    const QString overall = formatDecimal(m.wordsPerMinute, 0);
    const QString speaking = formatDecimal(m.wordsPerMinuteSpeaking, 0);
    rows.append({DeliveryTextTr::tr("Words per minute"),
                 m.pace == Band::Below
                     ? DeliveryTextTr::tr("%1 overall (slower than %2), %3 while speaking")
                           .arg(overall, band, speaking)
                 : m.pace == Band::Above
                     ? DeliveryTextTr::tr("%1 overall (faster than %2), %3 while speaking")
                           .arg(overall, band, speaking)
                     : DeliveryTextTr::tr("%1 overall (within %2), %3 while speaking")
                           .arg(overall, band, speaking)});
    QString pauses = DeliveryTextTr::tr("%n of %1 or longer", nullptr, int(m.pauses.size()))
                         .arg(seconds(options.minPauseMs));
    if (!m.pauses.isEmpty()) {
        QStringList at;
        for (const TimeSpan &p : m.pauses)
            at.append(
                DeliveryTextTr::tr("%1 at %2").arg(seconds(p.lengthMs()), formatAudioTime(p.startMs)));
        pauses += DeliveryTextTr::tr(", longest %1: %2")
                      .arg(seconds(m.longestPauseMs), at.join(QStringLiteral(", ")));
    }
    rows.append({DeliveryTextTr::tr("Pauses"), pauses});
    const QString perMinute = formatDecimal(m.fillersPerMinute, 1);
    const QString most = formatDecimal(options.maxFillersPerMinute, 0);
    QString fillers =
        m.fillerBand == Band::Above
            ? DeliveryTextTr::tr("%1, %2 a minute (above the target of fewer than %3 a minute)")
                  .arg(QString::number(m.fillerCount), perMinute, most)
            : DeliveryTextTr::tr("%1, %2 a minute (within the target of fewer than %3 a minute)")
                  .arg(QString::number(m.fillerCount), perMinute, most);
    if (!m.fillers.isEmpty())
        fillers += QStringLiteral(": ") + counts(m.fillers);
    rows.append({DeliveryTextTr::tr("Fillers (estimate)"), fillers});
    rows.append({DeliveryTextTr::tr("Hedges (estimate)"),
                 m.hedges.isEmpty()
                     ? QStringLiteral("0")
                     : QStringLiteral("%1: %2").arg(m.hedgeCount).arg(counts(m.hedges))});
    rows.append({DeliveryTextTr::tr("Repeated words (estimate)"),
                 m.repeats.isEmpty()
                     ? QStringLiteral("0")
                     : QStringLiteral("%1: %2").arg(m.repeatCount).arg(counts(m.repeats))});
    if (m.lengthTarget && kind) {
        auto minutes = [](qint64 ms) {
            return QStringLiteral("%1:%2").arg(ms / 60'000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
        };
        const QString target = QStringLiteral("%1–%2").arg(minutes(m.lengthTarget->minMs),
                                                           minutes(m.lengthTarget->maxMs));
        const QString spoken = formatAudioTime(m.spokenMs);
        const QString kindName = displayName(*kind);
        rows.append({DeliveryTextTr::tr("Length"),
                     m.length == Band::Below
                         ? DeliveryTextTr::tr("%1, shorter than the target for a %2 round (%3)")
                               .arg(spoken, kindName, target)
                     : m.length == Band::Above
                         ? DeliveryTextTr::tr("%1, longer than the target for a %2 round (%3)")
                               .arg(spoken, kindName, target)
                         : DeliveryTextTr::tr("%1, within the target for a %2 round (%3)")
                               .arg(spoken, kindName, target)});
    }
    return rows;
}

QJsonArray wordsJson(const QList<TimedWord> &words)
{
    QJsonArray array;
    for (const TimedWord &w : words)
        array.append(QJsonObject{{QStringLiteral("word"), w.word},
                                 {QStringLiteral("startMs"), w.startMs},
                                 {QStringLiteral("endMs"), w.endMs}});
    return array;
}

QJsonObject deliveryJson(const DeliveryMetrics &m, const DeliveryOptions &options)
{
    QJsonArray pauses;
    for (const TimeSpan &p : m.pauses)
        pauses.append(QJsonObject{{QStringLiteral("startMs"), p.startMs},
                                  {QStringLiteral("lengthMs"), p.lengthMs()}});
    QJsonObject o{
        {QStringLiteral("durationMs"), m.durationMs},
        {QStringLiteral("timingSource"),
         m.fromAudio ? QStringLiteral("audio") : QStringLiteral("words")},
        {QStringLiteral("timeToFirstWordMs"), m.timeToFirstWordMs},
        {QStringLiteral("spokenMs"), m.spokenMs},
        {QStringLiteral("speakingMs"), m.speakingMs},
        {QStringLiteral("words"), m.words},
        {QStringLiteral("wordsPerMinute"), rounded(m.wordsPerMinute, 1)},
        {QStringLiteral("wordsPerMinuteSpeaking"), rounded(m.wordsPerMinuteSpeaking, 1)},
        {QStringLiteral("pace"), bandKey(m.pace)},
        {QStringLiteral("paceTarget"), QJsonArray{options.wpmLow, options.wpmHigh}},
        {QStringLiteral("minPauseMs"), options.minPauseMs},
        {QStringLiteral("pauses"), pauses},
        {QStringLiteral("longestPauseMs"), m.longestPauseMs},
        {QStringLiteral("fillersEstimated"), countsJson(m.fillers)},
        {QStringLiteral("fillerCount"), m.fillerCount},
        {QStringLiteral("fillersPerMinute"), rounded(m.fillersPerMinute, 2)},
        {QStringLiteral("fillerBand"), bandKey(m.fillerBand)},
        {QStringLiteral("maxFillersPerMinute"), options.maxFillersPerMinute},
        {QStringLiteral("hedgesEstimated"), countsJson(m.hedges)},
        {QStringLiteral("hedgeCount"), m.hedgeCount},
        {QStringLiteral("repeatsEstimated"), countsJson(m.repeats)},
        {QStringLiteral("repeatCount"), m.repeatCount},
    };
    if (m.lengthTarget) {
        o.insert(QStringLiteral("lengthTargetMs"),
                 QJsonArray{m.lengthTarget->minMs, m.lengthTarget->maxMs});
        o.insert(QStringLiteral("length"), bandKey(m.length));
    }
    return o;
}

} // namespace mockloop::voice
