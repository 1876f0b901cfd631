#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mockloop::coaching {

// One sentence of a text: where it starts and how many characters it has (with its end mark,
// without the spaces after it).
struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const SentenceSpan &, const SentenceSpan &) = default;
};

// The sentences of an answer field (docs/coach.md, "Sentences"): a sentence ends at a line break,
// and at . ! ? ; or … (a run of them, then any closing quotes or brackets) followed by a space
// or the end of the text. A point inside a word or number ("node.js", "2.5", "v1.2") ends
// nothing; nor does the point of an abbreviation ("e.g.", "i.e.", "vs.", "cf.", "approx.",
// "incl.", "esp.", "a.k.a."); "etc." ends a sentence only when a capital letter follows.
// Spans that hold only spaces are left out.
QList<SentenceSpan> sentenceSpans(const QString &text);

// The sentences' texts, trimmed.
QStringList sentences(const QString &text);

} // namespace mockloop::coaching
