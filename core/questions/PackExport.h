#pragma once

#include "questions/Question.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mockloop {

// A pack as a JSON document (docs/pack-format.md): reads back through PackValidator to the same
// pack. Empty optional fields are left out. The format version is the lowest that holds the
// pack: 2 when a question has pitfalls, else 1.
QByteArray packToJson(const Pack &pack);

// Questions as a Markdown list (docs/import.md) that the Markdown importer reads back: a title,
// one heading per round kind, each question a list item with its follow-ups and notes nested.
// A question whose wording does not read as a question is marked "Q:" so it comes back too.
QString questionsToMarkdown(const QString &title, const QList<Question> &questions);

// The untranslated heading for a round kind in exported Markdown ("System design"); the
// importer's guess maps each back to its kind in any language setting.
QString markdownHeading(RoundKind kind);

} // namespace mockloop
