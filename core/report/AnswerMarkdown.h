#pragma once

#include <QString>

namespace mockloop {

// A person's answer (or note) is their own Markdown: lists, code blocks, emphasis and
// headings stay what they wrote. The report renders it inside its own document, so three
// things are made safe, and nothing else is changed (docs/export.md, "The person's text"):
//
// - Headings go below the report's: a level n heading becomes level n + headingShift (at most
//   6); an underlined ("===", "---") heading becomes the same ATX heading.
// - Fenced code blocks are re-fenced with backticks longer than any run of backticks in the
//   text, so no line inside can close them early; a block left open closes at the end of the
//   text. Their lines are kept verbatim.
// - Outside code, '<' and '&' are backslash-escaped: "List<String>" or "<script>" is text,
//   never HTML.
//
// A line break inside a paragraph is kept as a line break (the editor is plain text, where
// a new line is a new line).

// The answer as Markdown lines to embed (without a quote prefix); "" for an empty text.
QString answerMarkdown(const QString &text, int headingShift);

// The answer as HTML for the report (paragraphs, nested lists, <pre><code> blocks, headings
// <h(n + shift)>, block quotes, `code`, **bold**, *emphasis*, http(s) links); every
// character of the text is escaped, so no tag of the person's ever reaches the document.
QString answerHtml(const QString &text, int headingShift);

// The CSS the answer's HTML needs, in the subset QTextDocument and browsers share.
QString answerHtmlStyle();

} // namespace mockloop
