#include "questions/PackExport.h"

#include "questions/MarkdownQuestions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mockloop {

namespace {

// Backslash-escapes what markdownPlainText() would otherwise read as markup.
QString escapeInline(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('`') || c == QLatin1Char('*')
            || c == QLatin1Char('_') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('~')
            || c == QLatin1Char('#') || c == QLatin1Char('|'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out.simplified();
}

QString itemText(const QString &text)
{
    const QString escaped = escapeInline(text);
    // "Q:" marks an item the importer would otherwise take for prose; a text that itself starts
    // like a "Q3." label gets the marker too, so the label is not eaten on the way back, and so
    // does one that starts like a "Note:" label, which would come back as a note (fuzz_markdown).
    if (!looksLikeQuestion(text, false) || markdownPlainText(escaped) != text.simplified()
        || explicitNote(escaped) || startsWithAnswer(escaped))
        return QStringLiteral("Q: ") + escaped;
    return escaped;
}

// A note that starts like "Q:" would come back as a follow-up.
bool explicitQuestionLike(const QString &line)
{
    return markdownPlainText(line) != line.simplified();
}

// A fence no line of the code starts with ("```", else "~~~"); none when both occur.
QString fenceFor(const QStringList &code)
{
    for (const QString &mark : {QStringLiteral("```"), QStringLiteral("~~~")}) {
        bool clash = false;
        for (const QString &c : code) {
            for (const QString &line : c.split(QLatin1Char('\n')))
                clash = clash || line.trimmed().startsWith(mark);
        }
        if (!clash)
            return mark;
    }
    return {};
}

} // namespace

QString markdownHeading(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Technical: return QStringLiteral("Technical");
    case RoundKind::SystemDesign: return QStringLiteral("System design");
    case RoundKind::Behavioral: return QStringLiteral("Behavioral");
    case RoundKind::CulturalFit: return QStringLiteral("Cultural fit");
    case RoundKind::Project: return QStringLiteral("Project");
    }
    return QString();
}

QByteArray packToJson(const Pack &pack)
{
    QJsonArray questions;
    // The lowest format that holds the pack: pitfalls came with format 2, so a pack without
    // them stays readable by a MockLoop that reads format 1 only.
    int formatVersion = 1;
    for (const Question &q : pack.questions) {
        if (!q.pitfalls.isEmpty())
            formatVersion = 2;
        QJsonObject o = q.toJson();
        o.remove(QStringLiteral("pack")); // the pack is the document
        for (const char *key : {"difficulty", "guidance", "outline"}) {
            if (o.value(QLatin1String(key)).toString().isEmpty())
                o.remove(QLatin1String(key));
        }
        for (const char *key : {"tracks", "tags", "keyPoints", "followUps", "competencies"}) {
            if (o.value(QLatin1String(key)).toArray().isEmpty())
                o.remove(QLatin1String(key));
        }
        questions.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("mockloop-pack")},
                     {QStringLiteral("formatVersion"), formatVersion},
                     {QStringLiteral("id"), pack.id},
                     {QStringLiteral("name"), pack.name},
                     {QStringLiteral("version"), pack.version},
                     {QStringLiteral("questions"), questions}};
    if (!pack.closing.isEmpty()) {
        QJsonArray closing;
        for (const ClosingEntry &c : pack.closing) {
            QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("text"), c.text}};
            if (!c.why.isEmpty())
                o.insert(QStringLiteral("why"), c.why);
            closing.append(o);
        }
        root.insert(QStringLiteral("closing"), closing);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString questionsToMarkdown(const QString &title, const QList<Question> &questions)
{
    QString out = QStringLiteral("# ") + escapeInline(title) + QStringLiteral("\n");
    for (RoundKind kind : kAllRoundKinds) {
        bool any = false;
        for (const Question &q : questions) {
            if (q.kind != kind)
                continue;
            if (!any)
                out += QStringLiteral("\n## ") + markdownHeading(kind) + QStringLiteral("\n\n");
            any = true;
            QStringList code;
            const QString prompt = textWithoutCode(q.text, &code);
            const QString fenceMark = fenceFor(code);
            if (fenceMark.isEmpty()) {
                code.clear();
                out += QStringLiteral("- ") + itemText(q.text) + QLatin1Char('\n');
            } else {
                out += QStringLiteral("- ") + itemText(prompt) + QLatin1Char('\n');
            }
            for (const QString &f : q.followUps)
                out += QStringLiteral("  - ") + itemText(f) + QLatin1Char('\n');
            for (QString line : q.guidance.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                line = line.trimmed();
                if (line.startsWith(QStringLiteral("- ")))
                    line = line.mid(2);
                // Notes must not come back as follow-ups: "Note:" keeps one that reads like a
                // question a note.
                QString escaped = escapeInline(line);
                if (looksLikeQuestion(line, false) || explicitQuestionLike(line)
                    || explicitQuestion(escaped) || startsWithAnswer(escaped))
                    escaped.prepend(QStringLiteral("Note: "));
                out += QStringLiteral("  - ") + escaped + QLatin1Char('\n');
            }
            // Code under the item, indented into it, so it comes back with its question.
            for (const QString &c : code) {
                out += QStringLiteral("\n  ") + fenceMark + QLatin1Char('\n');
                for (const QString &line : c.split(QLatin1Char('\n')))
                    out += QStringLiteral("  ") + line + QLatin1Char('\n');
                out += QStringLiteral("  ") + fenceMark + QStringLiteral("\n\n");
            }
        }
    }
    return out;
}

} // namespace mockloop
