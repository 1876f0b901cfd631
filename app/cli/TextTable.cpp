#include "TextTable.h"

#include "Terminal.h"

#include <algorithm>

namespace mockloop::cli {

namespace {

QList<int> columnWidths(const QList<QStringList> &lines)
{
    QList<int> widths;
    for (const QStringList &row : lines) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
    }
    return widths;
}

} // namespace

QString TextTable::text() const
{
    QList<QStringList> cells = rows;
    const QList<QStringList> withHeader = header.isEmpty() ? cells
                                                           : QList<QStringList>{header} + cells;
    QList<int> widths = columnWidths(withHeader);
    int total = 2 * int(std::max<qsizetype>(0, widths.size() - 1));
    for (int w : widths)
        total += w;
    if (maxWidth > 0 && total > maxWidth && flexibleColumn < widths.size()) {
        const int flexible = std::max(16, widths[flexibleColumn] - (total - maxWidth));
        for (QStringList &row : cells) {
            if (flexibleColumn < row.size())
                row[flexibleColumn] = elide(row[flexibleColumn], flexible);
        }
        widths = columnWidths(header.isEmpty() ? cells : QList<QStringList>{header} + cells);
    }
    auto line = [&widths](const QStringList &row) {
        QString out;
        for (qsizetype c = 0; c < row.size(); ++c) {
            out += row[c];
            if (c + 1 < row.size())
                out += QString(widths[c] - displayWidth(row[c]) + 2, QLatin1Char(' '));
        }
        return out + QLatin1Char('\n');
    };
    QString out;
    if (!header.isEmpty()) {
        out += line(header);
        QStringList rule;
        for (qsizetype c = 0; c < header.size(); ++c)
            rule.append(QString(widths[c], QLatin1Char('-')));
        out += line(rule);
    }
    for (const QStringList &row : std::as_const(cells))
        out += line(row);
    return out;
}

} // namespace mockloop::cli
