#include "coach/ClosingList.h"

#include <QStringList>

namespace mockloop {

namespace {

const QString kItem = QStringLiteral("- ");
const QString kIndent = QStringLiteral("  ");

} // namespace

QList<ClosingQuestion> parseClosingList(const QString &notes)
{
    QList<ClosingQuestion> out;
    bool inItem = false; // the last question came from a "- " line and may have a note
    for (const QString &line : notes.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(kItem)) {
            out.append({line.mid(kItem.size()).trimmed(), QString()});
            inItem = true;
        } else if (inItem && line.startsWith(kIndent)) {
            QString &note = out.last().note;
            note += (note.isEmpty() ? QString() : QStringLiteral("\n")) + line.mid(kIndent.size());
        } else {
            out.append({line.trimmed(), QString()});
            inItem = false;
        }
    }
    return out;
}

QString closingListText(const QList<ClosingQuestion> &questions)
{
    QStringList lines;
    for (const ClosingQuestion &q : questions) {
        // A line break inside a question would start a new one when read back.
        const QString question =
            QString(q.question).replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed();
        const QString note = q.note.trimmed();
        if (question.isEmpty() && note.isEmpty())
            continue;
        lines.append(kItem + question);
        for (const QString &noteLine : note.split(QLatin1Char('\n'))) {
            if (!noteLine.trimmed().isEmpty())
                lines.append(kIndent + noteLine.trimmed());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace mockloop
