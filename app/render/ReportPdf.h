#pragma once

#include "report/ReportModel.h"

#include <QString>

namespace mockloop::render {

// Writes the report as a PDF: A4, the report's HTML laid out by QTextDocument with 2 cm
// margins and page numbers, each round from a new page, the report's title as the PDF title.
// The file is replaced atomically (QSaveFile): a failed write leaves an older file as it was.
// Needs a QGuiApplication on a platform that draws text (offscreen or a real display; the
// "minimal" platform produces pages without text, so it is refused). False with *error set
// when the PDF cannot be written.
bool writeReportPdf(const SessionReport &report, const QString &path, QString *error);

} // namespace mockloop::render
