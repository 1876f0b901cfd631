#pragma once

#include "base/Types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mockloop {

// One question found in a Markdown file.
struct MarkdownQuestion
{
    QString category; // the heading it stands under
    QString text;
    QStringList followUps; // nested list items that are questions
    QString notes; // nested items that are not questions, paragraphs under a question heading
    int line = 0;  // 1-based, where the question starts
};

struct MarkdownLeftOut
{
    int line = 0;
    QString text; // the first words of what was left out
};

struct MarkdownQuestions
{
    QString title; // the document's single level-1 heading, if it has one
    QList<MarkdownQuestion> questions;
    QList<MarkdownLeftOut> leftOut; // prose, tables of contents, links-only items
};

// Reads question lists the way people keep them (docs/import.md): headings become categories,
// list items become questions and their nested items follow-ups; a heading that asks something,
// followed by a paragraph and no list, is a question with the paragraph as notes. Tables of
// contents, links-only lists, code, tables and prose that asks nothing are left out.
MarkdownQuestions readMarkdownQuestions(const QString &markdown);

// Whether a line of text reads as an interview question ("What is…?", "Explain…", "Tell me
// about…"). strict is for headings, where "Design Patterns" is a topic, not a task.
bool looksLikeQuestion(const QString &plain, bool strict);

// Whether a nested item is marked as a note ("Note: …", "Hint: …", "Tip: …"), which keeps it
// a note even when it ends in "?". raw is the item's Markdown.
bool explicitNote(const QString &raw);

// Markdown inline markup removed: links keep their text, emphasis and code marks go, and a
// leading "Q:" / "Q3." / "Question 3:" goes too.
QString markdownPlainText(const QString &inline_);

} // namespace mockloop
