#pragma once

#include "report/ReportModel.h"

#include <QString>

namespace mockloop {

// Markdown for reading as text and for any Markdown viewer: the report's own texts are
// escaped; the person's answers and notes stay their Markdown (lists, code blocks), quoted,
// with code re-fenced safely, headings below the report's and no HTML (AnswerMarkdown.h).
QString reportMarkdown(const SessionReport &report);

} // namespace mockloop
