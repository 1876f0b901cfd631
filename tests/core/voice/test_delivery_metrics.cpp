// The delivery metrics on synthetic word-timing lists: every figure exact.
#include "voice/DeliveryMetrics.h"
#include "voice/DeliveryText.h"

#include <QJsonArray>
#include <QTest>

using namespace mockloop;
using namespace mockloop::voice;

namespace {

// Words from "word@start-end" (milliseconds).
QList<TimedWord> words(const QString &spec)
{
    QList<TimedWord> list;
    for (const QString &item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char('@'));
        const QStringList times = parts.value(1).split(QLatin1Char('-'));
        list.append({parts.value(0), times.value(0).toLongLong(), times.value(1).toLongLong()});
    }
    return list;
}

// n words of 400 ms, 100 ms apart, from startMs: "w0 w1 ..." unless named.
QList<TimedWord> steadyWords(int n, qint64 startMs, const QString &word = QStringLiteral("word"))
{
    QList<TimedWord> list;
    for (int i = 0; i < n; ++i)
        list.append({word + QString::number(i), startMs + i * 500, startMs + i * 500 + 400});
    return list;
}

} // namespace

class TestDeliveryMetrics : public QObject
{
    Q_OBJECT
private slots:
    void steadyAnswer_paceSpeakingTimeAndFirstWord_areExact();
    void pace_againstTheBand_isBelowWithinOrAbove_andTheBandIsAParameter();
    void pauses_fromWordGaps_countFromTwoAndAHalfSeconds_longestKept();
    void pauses_fromVoiceActivity_winOverTheWordTimes();
    void fillers_eachPhraseCounted_soOnlyAsAnOpener_likeNotAfterAVerb();
    void fillersPerMinute_againstTheTarget_fiveAMinuteIsAbove();
    void hedges_counted_butKindOfAfterADeterminerIsNot();
    void repeatedWords_sayTwiceInARow_areCounted();
    void length_againstTheRoundKindsTarget_isBelowWithinOrAbove();
    void nothingSaid_givesNoPaceAndNoFirstWord();
    void json_holdsEveryFigure_withEstimatesNamedSo();
};

void TestDeliveryMetrics::steadyAnswer_paceSpeakingTimeAndFirstWord_areExact()
{
    // 60 words, one every 500 ms from 2 s: spoken from 2,000 to 31,900 ms.
    const DeliveryMetrics m = measureDelivery(steadyWords(60, 2000), nullptr, 35'000);
    QCOMPARE(m.durationMs, 35'000);
    QVERIFY(!m.fromAudio);
    QCOMPARE(m.words, 60);
    QCOMPARE(m.timeToFirstWordMs, 2000);
    QCOMPARE(m.spokenMs, 29'900);
    // 100 ms gaps are inside speech (bridged below 300 ms): one stretch.
    QCOMPARE(m.speakingMs, 29'900);
    QCOMPARE(m.wordsPerMinute, 60 * 60'000.0 / 29'900);
    QCOMPARE(m.wordsPerMinuteSpeaking, 60 * 60'000.0 / 29'900);
    QCOMPARE(m.pace, Band::Within); // 120.4
    QVERIFY(m.pauses.isEmpty());
    QCOMPARE(m.longestPauseMs, 0);
}

void TestDeliveryMetrics::pace_againstTheBand_isBelowWithinOrAbove_andTheBandIsAParameter()
{
    // 10 words over exactly 6 s: 100 wpm.
    QList<TimedWord> slow = steadyWords(10, 0);
    slow.last().endMs = 6000;
    QCOMPARE(measureDelivery(slow, nullptr, 6000).wordsPerMinute, 100.0);
    QCOMPARE(measureDelivery(slow, nullptr, 6000).pace, Band::Below);
    // 10 words over 3 s: 200 wpm.
    QList<TimedWord> fast;
    for (int i = 0; i < 10; ++i)
        fast.append({QStringLiteral("w"), i * 300, i * 300 + 250});
    fast.last().endMs = 3000;
    QCOMPARE(measureDelivery(fast, nullptr, 3000).wordsPerMinute, 200.0);
    QCOMPARE(measureDelivery(fast, nullptr, 3000).pace, Band::Above);
    DeliveryOptions wide;
    wide.wpmLow = 90;
    wide.wpmHigh = 210;
    QCOMPARE(measureDelivery(slow, nullptr, 6000, wide).pace, Band::Within);
    QCOMPARE(measureDelivery(fast, nullptr, 3000, wide).pace, Band::Within);
    // The edges belong to the band.
    DeliveryOptions edge;
    edge.wpmLow = 100;
    edge.wpmHigh = 200;
    QCOMPARE(measureDelivery(slow, nullptr, 6000, edge).pace, Band::Within);
    QCOMPARE(measureDelivery(fast, nullptr, 3000, edge).pace, Band::Within);
}

void TestDeliveryMetrics::pauses_fromWordGaps_countFromTwoAndAHalfSeconds_longestKept()
{
    // Gaps of 2,499 ms (not a pause), 2,500 ms and 4,000 ms (pauses), 300 ms (speech).
    const QList<TimedWord> list = words(
        QStringLiteral("a@1000-1500 b@3999-4500 c@7000-7400 d@11400-11800 e@12100-12500"));
    const DeliveryMetrics m = measureDelivery(list, nullptr, 13'000);
    QCOMPARE(m.pauses, (QList<TimeSpan>{{4500, 7000}, {7400, 11'400}}));
    QCOMPARE(m.longestPauseMs, 4000);
    QCOMPARE(m.timeToFirstWordMs, 1000);
    QCOMPARE(m.spokenMs, 11'500);
    // Stretches: a, b, c, d+e (300 ms apart is a new stretch: bridging is below 300 ms).
    QCOMPARE(m.speakingMs, 500 + 501 + 400 + 400 + 400);
    QCOMPARE(m.wordsPerMinuteSpeaking, 5 * 60'000.0 / 2201);
    // The threshold is a parameter.
    DeliveryOptions strict;
    strict.minPauseMs = 2000;
    QCOMPARE(measureDelivery(list, nullptr, 13'000, strict).pauses.size(), 3);
}

void TestDeliveryMetrics::pauses_fromVoiceActivity_winOverTheWordTimes()
{
    // The words say one long pause; the audio heard speech in it (words the recogniser missed).
    const QList<TimedWord> list = words(QStringLiteral("a@500-900 b@8000-8400"));
    VoiceActivity activity;
    activity.durationMs = 9000;
    activity.speech = {{400, 1000}, {3000, 5000}, {8000, 8500}};
    const DeliveryMetrics m = measureDelivery(list, &activity, 9000);
    QVERIFY(m.fromAudio);
    QCOMPARE(m.timeToFirstWordMs, 400);
    QCOMPARE(m.spokenMs, 8100);
    QCOMPARE(m.speakingMs, 600 + 2000 + 500);
    QCOMPARE(m.pauses, (QList<TimeSpan>{{5000, 8000}}));
    QCOMPARE(m.longestPauseMs, 3000);
    QCOMPARE(m.wordsPerMinute, 2 * 60'000.0 / 8100);
    // Audio without speech: the word times are used.
    VoiceActivity silent;
    silent.durationMs = 9000;
    QVERIFY(!measureDelivery(list, &silent, 9000).fromAudio);
    QCOMPARE(measureDelivery(list, &silent, 9000).pauses, (QList<TimeSpan>{{900, 8000}}));
}

void TestDeliveryMetrics::fillers_eachPhraseCounted_soOnlyAsAnOpener_likeNotAfterAVerb()
{
    // "so um we basically uh like you know (pause) so er I like it actually so literally do
    // you know erm"
    const QList<TimedWord> list = words(QStringLiteral(
        "so@0-200 um@300-500 we@600-800 basically@900-1300 uh@1400-1500 like@1600-1800 "
        "you@1900-2000 know@2100-2300 so@3300-3500 er@3600-3700 i@3800-3900 like@4000-4200 "
        "it@4300-4400 actually@4500-4900 so@5000-5200 literally@5300-5700 do@5800-5900 "
        "you@6000-6100 know@6200-6400 erm@6500-6600"));
    const DeliveryMetrics m = measureDelivery(list, nullptr, 6600);
    // "so" at 0 (first) and at 3300 (after 1 s of silence) open; the one at 5000 does not.
    // "I like" is meant; "do you know" is a question.
    QCOMPARE(m.fillers, (QList<PhraseCount>{{QStringLiteral("er"), 2},
                                            {QStringLiteral("so"), 2},
                                            {QStringLiteral("actually"), 1},
                                            {QStringLiteral("basically"), 1},
                                            {QStringLiteral("like"), 1},
                                            {QStringLiteral("literally"), 1},
                                            {QStringLiteral("uh"), 1},
                                            {QStringLiteral("um"), 1},
                                            {QStringLiteral("you know"), 1}}));
    QCOMPARE(m.fillerCount, 11);
    QCOMPARE(m.fillersPerMinute, 11 * 60'000.0 / 6600);
    // The opener gap is a parameter.
    DeliveryOptions tight;
    tight.openerGapMs = 100;
    QCOMPARE(measureDelivery(list, nullptr, 6600, tight).fillerCount, 12);
}

void TestDeliveryMetrics::fillersPerMinute_againstTheTarget_fiveAMinuteIsAbove()
{
    // 60 s spoken, 4 fillers: within; 5: above (the target is fewer than 5 a minute).
    QList<TimedWord> list = steadyWords(120, 0);
    list.last().endMs = 60'000;
    for (int i = 0; i < 4; ++i)
        list[i * 10].word = QStringLiteral("um");
    DeliveryMetrics m = measureDelivery(list, nullptr, 60'000);
    QCOMPARE(m.fillersPerMinute, 4.0);
    QCOMPARE(m.fillerBand, Band::Within);
    list[50].word = QStringLiteral("uh");
    m = measureDelivery(list, nullptr, 60'000);
    QCOMPARE(m.fillersPerMinute, 5.0);
    QCOMPARE(m.fillerBand, Band::Above);
    DeliveryOptions lenient;
    lenient.maxFillersPerMinute = 6;
    QCOMPARE(measureDelivery(list, nullptr, 60'000, lenient).fillerBand, Band::Within);
}

void TestDeliveryMetrics::hedges_counted_butKindOfAfterADeterminerIsNot()
{
    const QList<TimedWord> list = words(QStringLiteral(
        "i@0-100 think@100-200 it@200-300 is@300-400 kind@400-500 of@500-600 slow@600-700 "
        "what@700-800 kind@800-900 of@900-1000 index@1000-1100 maybe@1100-1200 i@1200-1300 "
        "guess@1300-1400 it@1400-1500 was@1500-1600 just@1600-1700 sort@1700-1800 of@1800-1900 "
        "fine@1900-2000"));
    const DeliveryMetrics m = measureDelivery(list, nullptr, 2000);
    QCOMPARE(m.hedges, (QList<PhraseCount>{{QStringLiteral("i guess"), 1},
                                           {QStringLiteral("i think"), 1},
                                           {QStringLiteral("just"), 1},
                                           {QStringLiteral("kind of"), 1},
                                           {QStringLiteral("maybe"), 1},
                                           {QStringLiteral("sort of"), 1}}));
    QCOMPARE(m.hedgeCount, 6);
    QCOMPARE(m.fillerCount, 0);
}

void TestDeliveryMetrics::repeatedWords_sayTwiceInARow_areCounted()
{
    const QList<TimedWord> list = words(QStringLiteral(
        "the@0-100 the@100-200 the@200-300 cache@300-400 was@400-500 i@500-600 i@600-700 "
        "cold@700-800 the@800-900 cache@900-1000"));
    const DeliveryMetrics m = measureDelivery(list, nullptr, 1000);
    QCOMPARE(m.repeats, (QList<PhraseCount>{{QStringLiteral("the"), 2}, {QStringLiteral("i"), 1}}));
    QCOMPARE(m.repeatCount, 3);
}

void TestDeliveryMetrics::length_againstTheRoundKindsTarget_isBelowWithinOrAbove()
{
    QCOMPARE(defaultLengthTarget(RoundKind::Behavioral), (LengthTarget{90'000, 180'000}));
    DeliveryOptions options;
    options.lengthTarget = defaultLengthTarget(RoundKind::Behavioral);
    auto lengthOf = [&options](qint64 spokenMs) {
        const QList<TimedWord> list = {{QStringLiteral("a"), 1000, 1400},
                                       {QStringLiteral("b"), 1000 + spokenMs - 400, 1000 + spokenMs}};
        const DeliveryMetrics m = measureDelivery(list, nullptr, spokenMs + 2000, options);
        return std::pair{m.spokenMs, m.length};
    };
    QCOMPARE(lengthOf(89'999), (std::pair{qint64(89'999), Band::Below}));
    QCOMPARE(lengthOf(90'000), (std::pair{qint64(90'000), Band::Within}));
    QCOMPARE(lengthOf(180'000), (std::pair{qint64(180'000), Band::Within}));
    QCOMPARE(lengthOf(180'001), (std::pair{qint64(180'001), Band::Above}));
    // Without a target there is no verdict.
    QCOMPARE(measureDelivery(steadyWords(3, 0), nullptr, 2000).length, Band::Unknown);
    for (RoundKind kind : kAllRoundKinds)
        QVERIFY(defaultLengthTarget(kind).minMs < defaultLengthTarget(kind).maxMs);
}

void TestDeliveryMetrics::nothingSaid_givesNoPaceAndNoFirstWord()
{
    const DeliveryMetrics m = measureDelivery({}, nullptr, 10'000);
    QCOMPARE(m.timeToFirstWordMs, -1);
    QCOMPARE(m.words, 0);
    QCOMPARE(m.wordsPerMinute, 0.0);
    QCOMPARE(m.pace, Band::Unknown);
    QCOMPARE(m.fillerBand, Band::Unknown);
    QVERIFY(m.pauses.isEmpty());
    const QList<QStringList> rows = deliveryRows(m, {}, std::nullopt);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.last().last(), QStringLiteral("none heard"));
}

void TestDeliveryMetrics::json_holdsEveryFigure_withEstimatesNamedSo()
{
    DeliveryOptions options;
    options.lengthTarget = defaultLengthTarget(RoundKind::CulturalFit);
    const QList<TimedWord> list = words(QStringLiteral("so@1000-1200 um@1300-1500 we@4500-4800"));
    const DeliveryMetrics m = measureDelivery(list, nullptr, 6000, options);
    const QJsonObject o = deliveryJson(m, options);
    QCOMPARE(o.value(QStringLiteral("timingSource")).toString(), QStringLiteral("words"));
    QCOMPARE(o.value(QStringLiteral("timeToFirstWordMs")).toInteger(), 1000);
    QCOMPARE(o.value(QStringLiteral("spokenMs")).toInteger(), 3800);
    QCOMPARE(o.value(QStringLiteral("speakingMs")).toInteger(), 500 + 300);
    QCOMPARE(o.value(QStringLiteral("words")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("wordsPerMinute")).toDouble(), 47.4);
    QCOMPARE(o.value(QStringLiteral("pauses")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("longestPauseMs")).toInteger(), 3000);
    QCOMPARE(o.value(QStringLiteral("fillerCount")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("fillersEstimated")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("length")).toString(), QStringLiteral("below"));
    QCOMPARE(o.value(QStringLiteral("lengthTargetMs")).toArray(), (QJsonArray{30'000, 120'000}));
    QCOMPARE(wordsJson(list).at(2).toObject().value(QStringLiteral("word")).toString(),
             QStringLiteral("we"));
}

QTEST_GUILESS_MAIN(TestDeliveryMetrics)
#include "test_delivery_metrics.moc"
