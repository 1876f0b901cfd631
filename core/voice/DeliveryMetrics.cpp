#include "voice/DeliveryMetrics.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace mockloop::voice {

namespace {

// Spellings that count as one filler.
const QHash<QString, QString> &fillerSpellings()
{
    static const QHash<QString, QString> spellings = {
        {QStringLiteral("um"), QStringLiteral("um")},
        {QStringLiteral("umm"), QStringLiteral("um")},
        {QStringLiteral("uhm"), QStringLiteral("um")},
        {QStringLiteral("uh"), QStringLiteral("uh")},
        {QStringLiteral("er"), QStringLiteral("er")},
        {QStringLiteral("erm"), QStringLiteral("er")},
        {QStringLiteral("basically"), QStringLiteral("basically")},
        {QStringLiteral("actually"), QStringLiteral("actually")},
        {QStringLiteral("literally"), QStringLiteral("literally")},
    };
    return spellings;
}

// "like" after these is a verb or a comparison ("I like", "would like", "looks like"), not a
// filler.
bool likeIsMeant(const QString &previous)
{
    static const QSet<QString> before = {
        QStringLiteral("i"),         QStringLiteral("you"),   QStringLiteral("we"),
        QStringLiteral("they"),      QStringLiteral("would"), QStringLiteral("i'd"),
        QStringLiteral("we'd"),      QStringLiteral("don't"), QStringLiteral("didn't"),
        QStringLiteral("look"),      QStringLiteral("looks"), QStringLiteral("looked"),
        QStringLiteral("seem"),      QStringLiteral("seems"), QStringLiteral("feel"),
        QStringLiteral("feels"),     QStringLiteral("felt"),  QStringLiteral("sounds"),
        QStringLiteral("something"), QStringLiteral("just"),  QStringLiteral("more"),
        QStringLiteral("much"),
    };
    return before.contains(previous);
}

// "kind of" / "sort of" after these names a kind ("what kind of index"), not a hedge.
bool kindIsMeant(const QString &previous)
{
    static const QSet<QString> determiners = {
        QStringLiteral("what"),    QStringLiteral("which"), QStringLiteral("this"),
        QStringLiteral("that"),    QStringLiteral("a"),     QStringLiteral("the"),
        QStringLiteral("any"),     QStringLiteral("some"),  QStringLiteral("same"),
        QStringLiteral("one"),     QStringLiteral("every"), QStringLiteral("each"),
        QStringLiteral("another"), QStringLiteral("no"),    QStringLiteral("these"),
        QStringLiteral("those"),   QStringLiteral("all"),   QStringLiteral("different"),
    };
    return determiners.contains(previous);
}

// "you know" after these is a question or a clause ("do you know", "if you know").
bool knowIsMeant(const QString &previous)
{
    static const QSet<QString> before = {QStringLiteral("do"), QStringLiteral("did"),
                                         QStringLiteral("don't"), QStringLiteral("if"),
                                         QStringLiteral("as")};
    return before.contains(previous);
}

QList<PhraseCount> sortedCounts(const QHash<QString, int> &counts)
{
    QList<PhraseCount> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const PhraseCount &a, const PhraseCount &b) {
        return a.count != b.count ? a.count > b.count : a.phrase < b.phrase;
    });
    return list;
}

int total(const QHash<QString, int> &counts)
{
    int n = 0;
    for (const int c : counts)
        n += c;
    return n;
}

double perMinute(double count, qint64 ms)
{
    return ms > 0 ? count * 60'000.0 / double(ms) : 0;
}

} // namespace

LengthTarget defaultLengthTarget(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Technical: return {60'000, 180'000};
    case RoundKind::SystemDesign: return {300'000, 1'800'000};
    case RoundKind::Behavioral: return {90'000, 180'000};
    case RoundKind::CulturalFit: return {30'000, 120'000};
    case RoundKind::Project: return {90'000, 240'000};
    }
    return {60'000, 180'000};
}

const QStringList &fillerPhrases()
{
    static const QStringList phrases = {QStringLiteral("um"),       QStringLiteral("uh"),
                                        QStringLiteral("er"),       QStringLiteral("like"),
                                        QStringLiteral("you know"), QStringLiteral("basically"),
                                        QStringLiteral("actually"), QStringLiteral("literally"),
                                        QStringLiteral("so")};
    return phrases;
}

const QStringList &hedgePhrases()
{
    static const QStringList phrases = {QStringLiteral("i think"), QStringLiteral("kind of"),
                                        QStringLiteral("sort of"), QStringLiteral("maybe"),
                                        QStringLiteral("i guess"), QStringLiteral("just")};
    return phrases;
}

DeliveryMetrics measureDelivery(const QList<TimedWord> &words, const VoiceActivity *activity,
                                qint64 durationMs, const DeliveryOptions &options)
{
    DeliveryMetrics m;
    m.durationMs = durationMs;
    m.words = int(words.size());

    // Where speech is: the audio's voice activity, or else the words joined across short gaps.
    QList<TimeSpan> speech;
    if (activity && activity->hasSpeech()) {
        m.fromAudio = true;
        speech = activity->speech;
    } else {
        QList<TimeSpan> spans;
        for (const TimedWord &w : words)
            spans.append({w.startMs, w.endMs});
        speech = joinSpans(spans, options.bridgeMs, 0);
    }
    if (!speech.isEmpty()) {
        m.timeToFirstWordMs = speech.first().startMs;
        m.spokenMs = speech.last().endMs - speech.first().startMs;
        for (qsizetype i = 0; i < speech.size(); ++i) {
            m.speakingMs += speech[i].lengthMs();
            if (i > 0) {
                const TimeSpan gap{speech[i - 1].endMs, speech[i].startMs};
                if (gap.lengthMs() >= options.minPauseMs) {
                    m.pauses.append(gap);
                    m.longestPauseMs = std::max(m.longestPauseMs, gap.lengthMs());
                }
            }
        }
    }
    m.wordsPerMinute = perMinute(m.words, m.spokenMs);
    m.wordsPerMinuteSpeaking = perMinute(m.words, m.speakingMs);
    if (m.words > 0 && m.spokenMs > 0)
        m.pace = m.wordsPerMinute < options.wpmLow    ? Band::Below
                 : m.wordsPerMinute > options.wpmHigh ? Band::Above
                                                      : Band::Within;

    // Fillers, hedges and repeats, read from the words in order.
    QHash<QString, int> fillers;
    QHash<QString, int> hedges;
    QHash<QString, int> repeats;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words[i].word;
        const QString previous = i > 0 ? words[i - 1].word : QString();
        const QString next = i + 1 < words.size() ? words[i + 1].word : QString();
        if (const auto it = fillerSpellings().constFind(w); it != fillerSpellings().cend())
            ++fillers[it.value()];
        else if (w == QLatin1String("you") && next == QLatin1String("know") && !knowIsMeant(previous))
            ++fillers[QStringLiteral("you know")];
        else if ((w == QLatin1String("like") && !likeIsMeant(previous))
                 || (w == QLatin1String("so")
                     && (i == 0 || words[i].startMs - words[i - 1].endMs >= options.openerGapMs)))
            ++fillers[w];

        if (w == QLatin1String("i")
            && (next == QLatin1String("think") || next == QLatin1String("guess")))
            ++hedges[QStringLiteral("i ") + next];
        else if ((w == QLatin1String("kind") || w == QLatin1String("sort"))
                 && next == QLatin1String("of") && !kindIsMeant(previous))
            ++hedges[w + QStringLiteral(" of")];
        else if (w == QLatin1String("maybe") || w == QLatin1String("just"))
            ++hedges[w];

        if (i > 0 && w == previous)
            ++repeats[w];
    }
    m.fillers = sortedCounts(fillers);
    m.fillerCount = total(fillers);
    m.hedges = sortedCounts(hedges);
    m.hedgeCount = total(hedges);
    m.repeats = sortedCounts(repeats);
    m.repeatCount = total(repeats);
    if (m.spokenMs > 0) {
        m.fillersPerMinute = perMinute(m.fillerCount, m.spokenMs);
        m.fillerBand = m.fillersPerMinute < options.maxFillersPerMinute ? Band::Within : Band::Above;
    }

    m.lengthTarget = options.lengthTarget;
    if (m.lengthTarget && m.spokenMs > 0)
        m.length = m.spokenMs < m.lengthTarget->minMs   ? Band::Below
                   : m.spokenMs > m.lengthTarget->maxMs ? Band::Above
                                                        : Band::Within;
    return m;
}

} // namespace mockloop::voice
