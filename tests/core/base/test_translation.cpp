// The German translation is compiled into the programs and used by core, CLI and desktop
// strings alike; English needs no file.
#include "base/Translation.h"
#include "base/Types.h"
#include "report/SessionText.h"
#include "session/Engine.h"
#include "storage/SessionRecord.h"
#include "FakeClock.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace mockloop;
using mockloop::test::FakeClock;

class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void english_needsNoTranslationFile();
    void german_translatesCoreNames();
    void german_translatesRefusalsWithTheirPlaceholders();
};

void TestTranslation::german_translatesCoreNames()
{
    QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(displayName(RoundKind::Technical), QStringLiteral("Technisch"));
    QVERIFY(displayName(RoundKind::SystemDesign) != QStringLiteral("System design"));
    QVERIFY(sessionStatusDisplayName(QStringLiteral("finished")) != QStringLiteral("finished"));
    QVERIFY(answerFieldDisplayName(QStringLiteral("result")) != QStringLiteral("Result"));
}

void TestTranslation::german_translatesRefusalsWithTheirPlaceholders()
{
    QVERIFY(installTranslations(QLocale(QLocale::German)));
    FakeClock clock;
    EngineConfig config;
    config.rounds = {RoundTimes{}};
    Engine engine(&clock, config);
    const Engine::Result refused = engine.handle(Event::Pause);
    QVERIFY(!refused.accepted);
    QVERIFY2(!refused.reason.contains(QStringLiteral("is not possible")), qPrintable(refused.reason));
    QVERIFY2(refused.reason.contains(displayName(Event::Pause)), qPrintable(refused.reason));
    QVERIFY2(refused.reason.contains(displayName(State::Ready)), qPrintable(refused.reason));
}

void TestTranslation::english_needsNoTranslationFile()
{
    QVERIFY(!installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
}

QTEST_GUILESS_MAIN(TestTranslation)
#include "test_translation.moc"
