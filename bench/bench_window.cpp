// Opening MockLoop's main window on a data dir (open the database with its checks, install
// the built-in packs, build the window with Home, show Home with its session lists; the other
// pages are built when first shown) beside a bare Qt window with a table, in the same run on
// the same platform. Reported, never asserted. Each child also reports its phases (database
// open, window built, shown) so a change in the ratio says where it came from.
// Goal: <= 2x the bare window.
//
//   bench_window                    tiny smoke run (ctest): 40 generated sessions
//   bench_window --full             on the 10,000-session data dir (scripts/bench.sh)
//   bench_window --sessions N [--keep DIR]
#include "Clock.h"
#include "Database.h"
#include "BenchSupport.h"
#include "HistoryData.h"
#include "MainWindow.h"
#include "QuestionBank.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMainWindow>
#include <QProcess>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace mockloop;
using mockloop::bench::medianMs;

namespace {

// Shows a window and waits until the platform has exposed and painted it.
void showAndSettle(QWidget &w)
{
    w.resize(1200, 800);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w, 5000))
        std::fprintf(stderr, "window was not exposed\n");
    QApplication::processEvents();
}

} // namespace

// The child: one process start, measured whole by the parent. It also prints where its own
// time went, in ms since QApplication was made: "phases open=… build=… shown=…".
int child(int argc, char *argv[], const QString &mode, const QString &path)
{
    QApplication app(argc, argv);
    QElapsedTimer since;
    since.start();
    double openMs = 0;
    double buildMs = 0;
    auto printPhases = [&] {
        std::printf("phases open=%.3f build=%.3f shown=%.3f\n", openMs, buildMs,
                    double(since.nsecsElapsed()) / 1e6);
    };
    if (mode == QLatin1String("bare")) {
        QMainWindow w;
        auto *table = new QTableView(&w);
        auto *model = new QStandardItemModel(20, 5, table);
        for (int r = 0; r < 20; ++r)
            for (int c = 0; c < 5; ++c)
                model->setItem(r, c, new QStandardItem(QStringLiteral("cell %1.%2").arg(r).arg(c)));
        table->setModel(model);
        w.setCentralWidget(table);
        buildMs = double(since.nsecsElapsed()) / 1e6;
        showAndSettle(w);
        printPhases();
        return 0;
    }
    Database db;
    QString error;
    if (!db.open(path, &error) || !QuestionBank(db).installBuiltinPacks(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    openMs = double(since.nsecsElapsed()) / 1e6;
    SystemClock clock;
    desktop::MainWindow w(db, &clock);
    buildMs = double(since.nsecsElapsed()) / 1e6;
    showAndSettle(w);
    printPhases();
    return 0;
}

namespace {

// The medians of the child's own phase figures over the runs, as "open 2.6, build 10.1, shown
// 19.8 ms".
struct Phases
{
    std::vector<double> open, build, shown;

    void add(const QByteArray &output)
    {
        for (const QByteArray &line : output.split('\n')) {
            if (!line.startsWith("phases "))
                continue;
            for (const QByteArray &field : line.mid(7).split(' ')) {
                const QList<QByteArray> kv = field.split('=');
                if (kv.size() != 2)
                    continue;
                const double ms = kv.at(1).toDouble();
                if (kv.at(0) == "open")
                    open.push_back(ms);
                else if (kv.at(0) == "build")
                    build.push_back(ms);
                else if (kv.at(0) == "shown")
                    shown.push_back(ms);
            }
        }
    }
    static double median(std::vector<double> v)
    {
        if (v.empty())
            return 0;
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && QByteArray(argv[1]) == "--child")
        return child(argc, argv, QString::fromLocal8Bit(argv[2]), argc >= 4 ? QString::fromLocal8Bit(argv[3]) : QString());

    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bench::HistoryDataOptions options(QCoreApplication::arguments());
    const int sessions = options.sessions;
    const QString &path = options.path;
    if (!QFileInfo::exists(path) && !bench::generateHistory(path, sessions))
        return 1;
    // Warm the file cache once so both sides start from the same state.
    // (Also runs a pending schema upgrade once, outside the measured runs.)
    {
        QProcess warm;
        warm.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), QStringLiteral("app"), path});
        warm.waitForFinished(600000);
    }

    auto startMs = [](const QStringList &childArgs, Phases &phases) {
        return medianMs(7, [&childArgs, &phases] {
            QProcess p;
            p.start(QCoreApplication::applicationFilePath(), childArgs);
            p.waitForFinished(60000);
            if (p.exitCode() != 0)
                std::fprintf(stderr, "child failed: %s\n", p.readAllStandardError().constData());
            phases.add(p.readAllStandardOutput());
        });
    };
    Phases barePhases;
    Phases appPhases;
    const double bare = startMs({QStringLiteral("--child"), QStringLiteral("bare")}, barePhases);
    const double full = startMs({QStringLiteral("--child"), QStringLiteral("app"), path}, appPhases);
    std::printf("start to shown window, whole process: MockLoop on %d sessions (%.0f MB) %.1f ms | "
                "bare Qt window %.1f ms | ratio %.2fx (goal <= 2x; reported, not asserted)\n",
                sessions, QFileInfo(path).size() / 1e6, full, bare, full / bare);
    // Inside the process, after QApplication: what the ratio is made of.
    std::printf("  after QApplication, median ms: MockLoop database open %.1f, window built %.1f, "
                "shown %.1f | bare window built %.1f, shown %.1f\n",
                Phases::median(appPhases.open), Phases::median(appPhases.build),
                Phases::median(appPhases.shown), Phases::median(barePhases.build),
                Phases::median(barePhases.shown));
    return 0;
}
