#pragma once

#include "base/Types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mockloop {

// A reference an author put under a question ("[Resources](https://…)").
struct MarkdownLink
{
    QString text;
    QString url;
    friend bool operator==(const MarkdownLink &, const MarkdownLink &) = default;
};

// Where a question was found: the shape of the list it came from.
enum class MarkdownSource { ListItem, Heading, Paragraph, Table, Details };

// One question found in a Markdown file.
struct MarkdownQuestion
{
    QString category; // the heading it stands under
    QString text;
    QStringList followUps; // nested list items that are questions
    QString notes;   // nested items that are not questions, paragraphs under a question heading
    QString outline; // the answer given with it ("A: …", a table's answer column)
    QList<MarkdownLink> links; // link lines under it
    QStringList code;          // code blocks under it, without their fences
    int line = 0;              // 1-based, where the question starts
    MarkdownSource source = MarkdownSource::ListItem;
};

// Why a block of the file is not a question (told in the import preview).
enum class LeftOutReason {
    LinksOnly,
    Prose,
    Label,
    Code,
    Table,
    Html,
    AnswerWithoutQuestion,
    TooLong // a question longer than a pack question may be (the importer's check)
};

struct MarkdownLeftOut
{
    int line = 0;
    QString text; // the first words of what was left out
    LeftOutReason reason = LeftOutReason::Prose;
};

// How headings are read. Categories: every heading is a category ("## Databases" over a list).
// Questions: a heading without headings under it is one question's title, the paragraph under
// it the question, and the heading above it the category ("### 12. Caching" under
// "## Back end"). Auto picks one from the file (docs/import.md).
enum class HeadingReading { Auto, Categories, Questions };

struct MarkdownQuestions
{
    QString title; // the document's single level-1 heading, if it has one
    QList<MarkdownQuestion> questions;
    QList<MarkdownLeftOut> leftOut; // prose, tables of contents, links-only items, by line
    HeadingReading reading = HeadingReading::Categories; // the reading used, never Auto
    bool readingsDiffer = false; // false: the other reading finds the same questions
};

// Reads question lists the way people keep them (docs/import.md): headings become categories,
// list items become questions and their nested items follow-ups; a heading that asks something,
// followed by a paragraph and no list, is a question with the paragraph as notes. Tables of
// contents, links-only lists, code, tables and prose that asks nothing are left out.
MarkdownQuestions readMarkdownQuestions(const QString &markdown,
                                        HeadingReading reading = HeadingReading::Auto);

// The question as it is saved: its text, then each code block under it fenced ("What does this
// print?" and the code it asks about).
QString textWithCode(const MarkdownQuestion &question);

// The other way: a saved text split into the question and its fenced code blocks.
QString textWithoutCode(const QString &text, QStringList *code);

// The reason a block was left out, for a person.
QString leftOutReasonText(LeftOutReason reason);

// Whether a line of text reads as an interview question ("What is…?", "Explain…", "Tell me
// about…"). strict is for headings, where "Design Patterns" is a topic, not a task.
bool looksLikeQuestion(const QString &plain, bool strict);

// Whether a nested item is marked as a note ("Note: …", "Hint: …", "Tip: …"), which keeps it
// a note even when it ends in "?". raw is the item's Markdown.
bool explicitNote(const QString &raw);

// Markdown inline markup removed: links keep their text, emphasis and code marks go, and a
// leading "Q:" / "Q3." / "Question 3:" goes too.
QString markdownPlainText(const QString &inline_);

// A sensible round kind for a category name, falling back to the questions' own wording.
RoundKind guessRoundKind(const QString &category, const QStringList &questionTexts);

} // namespace mockloop
