#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace mockloop::bench {

// The middle value (the upper one of an even count); 0 for none.
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The median wall time of `runs` calls, in milliseconds: robust against one slow run.
inline double medianMs(int runs, const std::function<void()> &fn)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(std::move(ms));
}

// Where a history benchmark's generated database lives: --full means 10,000 sessions,
// --sessions N sets the count (default 40, the ctest smoke size), --keep DIR keeps the file for
// the next run (otherwise a temporary dir that ends with this object).
struct HistoryDataOptions
{
    explicit HistoryDataOptions(const QStringList &args)
    {
        if (args.contains(QStringLiteral("--full")))
            sessions = 10'000;
        if (const qsizetype i = args.indexOf(QStringLiteral("--sessions"));
            i >= 0 && i + 1 < args.size())
            sessions = args.at(i + 1).toInt();
        QString dir = m_temp.path();
        if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i >= 0 && i + 1 < args.size())
            dir = args.at(i + 1);
        path = QDir(dir).filePath(QStringLiteral("mockloop-%1.sqlite").arg(sessions));
    }
    int sessions = 40;
    QString path;

private:
    QTemporaryDir m_temp;
};

} // namespace mockloop::bench
