#pragma once

#include "questions/Question.h"

#include <QCoreApplication>
#include <QString>

namespace mockloop::desktop {

// One question of the bank as HTML for the library's detail pane: what it asks, how it is
// timed, how to answer, the key points with their match terms, the model outline and the
// follow-ups. Pack text is data, not markup: every string is escaped.
class QuestionHtml
{
    Q_DECLARE_TR_FUNCTIONS(QuestionHtml)
public:
    static QString build(const Question &question, bool hidden, const QString &packName);

    // The Markdown of a model outline as HTML: bullet and numbered lists (nested by
    // indentation), paragraphs, `code` and **bold**. Anything else shows as plain text.
    static QString markdownHtml(const QString &markdown);
};

} // namespace mockloop::desktop
