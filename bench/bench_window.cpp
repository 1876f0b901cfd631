// Opening MockLoop's main window on a data dir (open the database with its checks, install
// the built-in packs, build every page, show Home with its session lists) beside a bare Qt
// window with a table, in the same run on the same platform. Reported, never asserted.
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

// The child: one process start, measured whole by the parent.
int child(int argc, char *argv[], const QString &mode, const QString &path)
{
    QApplication app(argc, argv);
    if (mode == QLatin1String("bare")) {
        QMainWindow w;
        auto *table = new QTableView(&w);
        auto *model = new QStandardItemModel(20, 5, table);
        for (int r = 0; r < 20; ++r)
            for (int c = 0; c < 5; ++c)
                model->setItem(r, c, new QStandardItem(QStringLiteral("cell %1.%2").arg(r).arg(c)));
        table->setModel(model);
        w.setCentralWidget(table);
        showAndSettle(w);
        return 0;
    }
    Database db;
    QString error;
    if (!db.open(path, &error) || !QuestionBank(db).installBuiltinPacks(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SystemClock clock;
    desktop::MainWindow w(db, &clock);
    showAndSettle(w);
    return 0;
}

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
    QProcess::execute(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), QStringLiteral("app"), path});

    auto startMs = [](const QStringList &childArgs) {
        return medianMs(7, [&childArgs] {
            QProcess p;
            p.start(QCoreApplication::applicationFilePath(), childArgs);
            p.waitForFinished(60000);
            if (p.exitCode() != 0)
                std::fprintf(stderr, "child failed: %s\n", p.readAllStandardError().constData());
        });
    };
    const double bare = startMs({QStringLiteral("--child"), QStringLiteral("bare")});
    const double full = startMs({QStringLiteral("--child"), QStringLiteral("app"), path});
    std::printf("start to shown window, whole process: MockLoop on %d sessions (%.0f MB) %.1f ms | "
                "bare Qt window %.1f ms | ratio %.2fx (goal <= 2x; reported, not asserted)\n",
                sessions, QFileInfo(path).size() / 1e6, full, bare, full / bare);
    return 0;
}
