// Voice activity from the samples alone, on synthetic signals: tone bursts (a voice) at known
// places over a noise floor of known level.
#include "voice/VoiceActivity.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace mockloop::voice;

namespace {

constexpr int kRate = 16000;

// durationMs of noise at noiseDb (dBFS RMS, uniform noise; -200: digital silence) with a 200 Hz
// tone at toneDb in each burst.
QList<qint16> signal(qint64 durationMs, double noiseDb, double toneDb, const QList<TimeSpan> &bursts)
{
    std::mt19937 random(7);
    // A uniform distribution on [-a, a] has RMS a/sqrt(3).
    const double noiseAmp = std::pow(10.0, noiseDb / 20) * std::sqrt(3.0) * 32767;
    const double toneAmp = std::pow(10.0, toneDb / 20) * std::sqrt(2.0) * 32767;
    std::uniform_real_distribution<double> noise(-noiseAmp, noiseAmp);
    QList<qint16> samples(durationMs * kRate / 1000);
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const qint64 ms = i * 1000 / kRate;
        double v = noiseDb > -150 ? noise(random) : 0;
        for (const TimeSpan &b : bursts) {
            if (ms >= b.startMs && ms < b.endMs)
                v += toneAmp * std::sin(2 * M_PI * 200 * double(i) / kRate);
        }
        samples[i] = qint16(std::clamp(std::lround(v), -32768L, 32767L));
    }
    return samples;
}

VoiceActivity detect(const QList<qint16> &samples, const VoiceActivityOptions &options = {})
{
    return detectVoiceActivity(samples.constData(), samples.size(), kRate, options);
}

} // namespace

class TestVoiceActivity : public QObject
{
    Q_OBJECT
private slots:
    void bursts_inDigitalSilence_areFoundToTheFrame();
    void bursts_overANoiseFloor_areFoundRelativeToIt_data();
    void bursts_overANoiseFloor_areFoundRelativeToIt();
    void shortGaps_areBridged_longerOnesSplit();
    void aClick_shorterThanTheMinimum_isNoSpeech();
    void onlyNoise_isNoSpeech();
    void quietSpeech_belowTheThresholdAboveTheFloor_isNoSpeech();
    void empty_isNoSpeech();
};

void TestVoiceActivity::bursts_inDigitalSilence_areFoundToTheFrame()
{
    const QList<TimeSpan> bursts = {{1500, 4000}, {7000, 9000}};
    const VoiceActivity a = detect(signal(10'000, -200, -20, bursts));
    QCOMPARE(a.durationMs, qint64(10'000));
    QCOMPARE(a.noiseFloorDb, kQuietestFloorDb);
    QCOMPARE(a.speech, bursts);
    QCOMPARE(a.speakingMs(), qint64(4500));
}

void TestVoiceActivity::bursts_overANoiseFloor_areFoundRelativeToIt_data()
{
    QTest::addColumn<double>("noiseDb");
    QTest::addColumn<double>("toneDb");
    // The same bursts are found over a quiet room and a loud one: the threshold follows the floor.
    QTest::newRow("quiet room") << -60.0 << -25.0;
    QTest::newRow("loud room") << -35.0 << -10.0;
}

void TestVoiceActivity::bursts_overANoiseFloor_areFoundRelativeToIt()
{
    QFETCH(double, noiseDb);
    QFETCH(double, toneDb);
    const QList<TimeSpan> bursts = {{500, 3000}, {6000, 8200}};
    const VoiceActivity a = detect(signal(10'000, noiseDb, toneDb, bursts));
    QVERIFY2(std::abs(a.noiseFloorDb - noiseDb) < 1.5, qPrintable(QString::number(a.noiseFloorDb)));
    QCOMPARE(a.thresholdDb, a.noiseFloorDb + 15);
    QCOMPARE(a.speech.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(std::abs(a.speech[i].startMs - bursts[i].startMs) <= 10);
        QVERIFY(std::abs(a.speech[i].endMs - bursts[i].endMs) <= 10);
    }
}

void TestVoiceActivity::shortGaps_areBridged_longerOnesSplit()
{
    // Gaps of 290 ms (inside a stretch) and 310 ms (between two).
    const VoiceActivity a = detect(
        signal(5000, -200, -20, {{1000, 1500}, {1790, 2300}, {2610, 3000}}));
    QCOMPARE(a.speech, (QList<TimeSpan>{{1000, 2300}, {2610, 3000}}));
    VoiceActivityOptions wide;
    wide.bridgeMs = 400;
    QCOMPARE(detect(signal(5000, -200, -20, {{1000, 1500}, {1790, 2300}, {2610, 3000}}), wide).speech,
             (QList<TimeSpan>{{1000, 3000}}));
}

void TestVoiceActivity::aClick_shorterThanTheMinimum_isNoSpeech()
{
    const VoiceActivity a = detect(signal(5000, -60, -10, {{1000, 1050}, {3000, 3500}}));
    QCOMPARE(a.speech.size(), 1);
    QVERIFY(std::abs(a.speech.first().startMs - 3000) <= 10);
}

void TestVoiceActivity::onlyNoise_isNoSpeech()
{
    const VoiceActivity a = detect(signal(5000, -40, -200, {}));
    QVERIFY(!a.hasSpeech());
    QCOMPARE(a.speakingMs(), qint64(0));
}

void TestVoiceActivity::quietSpeech_belowTheThresholdAboveTheFloor_isNoSpeech()
{
    // 10 dB above a -50 dB floor: under the 15 dB threshold.
    const VoiceActivity a = detect(signal(5000, -50, -40, {{1000, 3000}}));
    QVERIFY(!a.hasSpeech());
    VoiceActivityOptions sensitive;
    sensitive.thresholdDb = 6;
    QCOMPARE(detect(signal(5000, -50, -40, {{1000, 3000}}), sensitive).speech.size(), 1);
}

void TestVoiceActivity::empty_isNoSpeech()
{
    const VoiceActivity a = detectVoiceActivity(nullptr, 0, kRate);
    QVERIFY(!a.hasSpeech());
    QCOMPARE(a.durationMs, qint64(0));
}

QTEST_GUILESS_MAIN(TestVoiceActivity)
#include "test_voice_activity.moc"
