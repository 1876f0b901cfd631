#pragma once

#include "report/ReportModel.h"

#include <QString>

namespace mockloop {

// The report as plain text for a terminal (`mockloop-cli run` prints it when a session ends):
// the same figures as reportMarkdown and reportHtml (the session's, each round's, each
// question's, the rubric, the key points and the coach's hints), as "Label: value" facts
// joined by " · ", indented by level. The model outline is added where grading held it back
// (the first time the person sees it). The person's answers and notes are left out: they were
// just typed (`mockloop-cli show` prints them). Lines are not wrapped; a terminal wraps them.
QString reportText(const SessionReport &report);

} // namespace mockloop
