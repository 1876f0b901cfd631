#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mockloop::cli {

// Rows as left-aligned columns, each as wide as its widest cell in terminal columns
// (translations differ in length; wide characters count 2), two spaces apart; the last column
// is left ragged. Every line ends in '\n'. A cell is one line: its line breaks and tabs show
// as spaces, its control characters escaped (terminalSafe, core/report/TerminalText.h).
struct TextTable
{
    QStringList header; // when set: the first line, with a rule of dashes under it
    QList<QStringList> rows;
    // When set and the table is wider, the flexible column's cells are shortened (to no
    // fewer than 16 columns) with "…".
    int maxWidth = 0;
    int flexibleColumn = 1;

    QString text() const;
};

} // namespace mockloop::cli
