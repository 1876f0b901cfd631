// Replays the committed fuzz corpus (tests/fuzz/corpus/<target>/) through the same entry
// functions the libFuzzer targets call: deterministic, no random inputs, in the normal build.
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <iterator>

class TestFuzzReplay : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data();
    void corpus();
};

void TestFuzzReplay::corpus_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const mockloop::fuzz::Target &t : mockloop::fuzz::kTargets) {
        const char *target = t.name;
        const QDir dir(QStringLiteral(MOCKLOOP_FUZZ_CORPUS_DIR "/") + QLatin1String(target));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 5, target);
        for (const QString &name : files)
            QTest::newRow(qPrintable(QLatin1String(target) + QLatin1Char('/') + name))
                << QString::fromLatin1(target) << dir.filePath(name);
    }
}

void TestFuzzReplay::corpus()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const auto *data = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    const auto *t = std::find_if(std::begin(mockloop::fuzz::kTargets),
                                 std::end(mockloop::fuzz::kTargets),
                                 [&](const auto &k) { return target == QLatin1String(k.name); });
    QVERIFY(t != std::end(mockloop::fuzz::kTargets));
    QCOMPARE(t->run(data, std::size_t(bytes.size())), 0);
}

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "test_fuzz_replay.moc"
