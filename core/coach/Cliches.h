#pragma once

#include "questions/Question.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mockloop {

// One entry of the shared list of interview clichés (resources/coach/cliches.json): a pitfall
// the coach looks for in every answer, whatever the question (docs/coach.md).
struct Cliche
{
    QString id; // stable: "team-player"
    Pitfall pitfall;
    friend bool operator==(const Cliche &, const Cliche &) = default;
};

// Reads a clichés document: {"format": "mockloop-cliches", "cliches": [{"id", "text", "terms",
// "correction"}]}. Each entry follows the rules of a pack question's pitfall (PackValidator,
// same messages and paths: "cliches[2].terms[0]"), ids are unique. Entries with a problem are
// left out; every problem is appended to *problems as "file: path: message".
QList<Cliche> readCliches(const QByteArray &json, const QString &fileName, QStringList *problems);

// The built-in list, read once from the resource :/coach/cliches.json. A problem in it (there is
// none: test_pitfalls checks) is written to the log and its entry left out.
const QList<Cliche> &builtinCliches();

} // namespace mockloop
