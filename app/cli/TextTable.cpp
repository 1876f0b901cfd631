#include "TextTable.h"

#include "report/TerminalText.h"
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

// A cell as one line of the terminal: line breaks and tabs become spaces (a cell's new line
// would start a row of its own), and controls are escaped (terminalSafe) before the widths are
// measured, so the escapes line up too.
QString cellText(const QString &cell)
{
    QString line = cell;
    line.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    return terminalSafe(line);
}

QList<QStringList> cellTexts(const QList<QStringList> &rows)
{
    QList<QStringList> out;
    out.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row)
            cells.append(cellText(cell));
        out.append(cells);
    }
    return out;
}

} // namespace

QString TextTable::text() const
{
    QList<QStringList> cells = cellTexts(rows);
    const QStringList heading = cellTexts({header}).constFirst();
    const QList<QStringList> withHeader = heading.isEmpty() ? cells
                                                            : QList<QStringList>{heading} + cells;
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
        widths = columnWidths(heading.isEmpty() ? cells : QList<QStringList>{heading} + cells);
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
    if (!heading.isEmpty()) {
        out += line(heading);
        QStringList rule;
        for (qsizetype c = 0; c < heading.size(); ++c)
            rule.append(QString(widths[c], QLatin1Char('-')));
        out += line(rule);
    }
    for (const QStringList &row : std::as_const(cells))
        out += line(row);
    return out;
}

} // namespace mockloop::cli
