#pragma once

#include "SessionStore.h"

#include <QCoreApplication>
#include <QString>

namespace mockloop::desktop {

// The report of one session as HTML for a QTextBrowser, built from the stored record only, so
// finished, abandoned and unfinished sessions all read the same way. Every stored text is
// escaped: answers and notes are the person's own words, not markup.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
public:
    static QString build(const SessionRecord &session);

    // "submitted", "submitted, locked at the deadline", "skipped", "not reached"…
};

} // namespace mockloop::desktop
