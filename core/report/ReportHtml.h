#pragma once

#include "report/ReportModel.h"

#include <QString>

namespace mockloop {

// The colours of reportHtml's style sheet, as CSS colour texts ("#202124"). The defaults are
// for paper (the exports and the PDF); the desktop's report page passes its palette's, so the
// report reads in a dark theme too. Core knows no palette: the colours come in as strings.
struct ReportColours
{
    QString text = QStringLiteral("#202124");
    QString heading = QStringLiteral("#1a4b8c"); // round titles
    QString muted = QStringLiteral("#444444");   // labels, sub-headings, notes
    QString border = QStringLiteral("#bbbbbb");  // table grid
    QString headerBackground = QStringLiteral("#e8eef7");
    QString background; // empty: none (the page or paper shows)
};

// A self-contained HTML document (inline style, no scripts, no external files) that reads
// in a browser, prints with each round on a new page, and shows in a QTextBrowser. Every
// stored text is escaped; the person's answers and notes are rendered from their Markdown.
QString reportHtml(const SessionReport &report, const ReportColours &colours = {});

} // namespace mockloop
