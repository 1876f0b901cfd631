#include "Question.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace mockloop {

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

// Messages about packs, translated in the "Pack" context.
class PackText
{
    Q_DECLARE_TR_FUNCTIONS(Pack)
};

} // namespace

QJsonObject Question::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("version"), version);
    if (!packId.isEmpty())
        o.insert(QStringLiteral("pack"), packId);
    o.insert(QStringLiteral("kind"), toKey(kind));
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("difficulty"), difficulty);
    o.insert(QStringLiteral("tracks"), QJsonArray::fromStringList(tracks));
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    o.insert(QStringLiteral("prepSeconds"), prepSeconds);
    o.insert(QStringLiteral("answerSeconds"), answerSeconds);
    o.insert(QStringLiteral("guidance"), guidance);
    QJsonArray kps;
    for (const KeyPoint &kp : keyPoints) {
        kps.append(QJsonObject{{QStringLiteral("text"), kp.text},
                               {QStringLiteral("terms"), QJsonArray::fromStringList(kp.terms)}});
    }
    o.insert(QStringLiteral("keyPoints"), kps);
    o.insert(QStringLiteral("outline"), outline);
    o.insert(QStringLiteral("followUps"), QJsonArray::fromStringList(followUps));
    if (!competencies.isEmpty())
        o.insert(QStringLiteral("competencies"), QJsonArray::fromStringList(competencies));
    return o;
}

Question Question::fromJson(const QJsonObject &o)
{
    Question q;
    q.id = o.value(QStringLiteral("id")).toString();
    q.version = o.value(QStringLiteral("version")).toInt(1);
    q.packId = o.value(QStringLiteral("pack")).toString();
    q.kind = roundKindFromKey(o.value(QStringLiteral("kind")).toString()).value_or(RoundKind::Technical);
    q.text = o.value(QStringLiteral("text")).toString();
    q.difficulty = o.value(QStringLiteral("difficulty")).toString();
    q.tracks = toStringList(o.value(QStringLiteral("tracks")));
    q.tags = toStringList(o.value(QStringLiteral("tags")));
    q.prepSeconds = o.value(QStringLiteral("prepSeconds")).toInt(60);
    q.answerSeconds = o.value(QStringLiteral("answerSeconds")).toInt(240);
    q.guidance = o.value(QStringLiteral("guidance")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("keyPoints")).toArray()) {
        const QJsonObject kp = v.toObject();
        q.keyPoints.append({kp.value(QStringLiteral("text")).toString(),
                            toStringList(kp.value(QStringLiteral("terms")))});
    }
    q.outline = o.value(QStringLiteral("outline")).toString();
    q.followUps = toStringList(o.value(QStringLiteral("followUps")));
    q.competencies = toStringList(o.value(QStringLiteral("competencies")));
    return q;
}

bool parsePack(const QByteArray &json, const QString &fileName, Pack *pack, QStringList *errors)
{
    const qsizetype errorsBefore = errors->size();
    auto problem = [&](const QString &field, const QString &expected) {
        errors->append(PackText::tr("%1: %2: %3").arg(fileName, field, expected));
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column from the byte offset; the full validator is a later piece of work.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        errors->append(PackText::tr("%1:%2:%3: not valid JSON: %4")
                           .arg(fileName)
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        problem(QStringLiteral("(top level)"), PackText::tr("expected a JSON object"));
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("mockloop-pack"))
        problem(QStringLiteral("format"), PackText::tr("expected \"mockloop-pack\""));
    const int formatVersion = root.value(QStringLiteral("formatVersion")).toInt(0);
    if (formatVersion > kPackFormatVersion) {
        problem(QStringLiteral("formatVersion"),
                PackText::tr("this pack needs a newer MockLoop (format %1, this version reads up to %2)")
                    .arg(formatVersion)
                    .arg(kPackFormatVersion));
        return false;
    }
    if (formatVersion < 1)
        problem(QStringLiteral("formatVersion"), PackText::tr("expected a whole number of at least 1"));

    pack->id = root.value(QStringLiteral("id")).toString();
    pack->name = root.value(QStringLiteral("name")).toString();
    pack->version = root.value(QStringLiteral("version")).toInt(0);
    if (pack->id.isEmpty())
        problem(QStringLiteral("id"), PackText::tr("expected a non-empty string"));
    if (pack->name.isEmpty())
        problem(QStringLiteral("name"), PackText::tr("expected a non-empty string"));
    if (pack->version < 1)
        problem(QStringLiteral("version"), PackText::tr("expected a whole number of at least 1"));

    QSet<QString> ids;
    const QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString at = QStringLiteral("questions[%1]").arg(i);
        const QJsonObject o = questions.at(i).toObject();
        Question q = Question::fromJson(o);
        q.packId = pack->id;
        if (q.id.isEmpty())
            problem(at + QStringLiteral(".id"), PackText::tr("expected a non-empty string"));
        else if (ids.contains(q.id))
            problem(at + QStringLiteral(".id"), PackText::tr("\"%1\" is used twice").arg(q.id));
        ids.insert(q.id);
        if (!roundKindFromKey(o.value(QStringLiteral("kind")).toString()))
            problem(at + QStringLiteral(".kind"),
                    PackText::tr("expected one of technical, system_design, behavioral, cultural_fit, "
                       "project"));
        if (q.text.trimmed().isEmpty())
            problem(at + QStringLiteral(".text"), PackText::tr("expected the question's text"));
        if (q.prepSeconds < 0 || q.answerSeconds <= 0)
            problem(at + QStringLiteral(".answerSeconds"),
                    PackText::tr("expected a positive number of seconds"));
        pack->questions.append(q);
    }
    const QJsonArray closing = root.value(QStringLiteral("closing")).toArray();
    for (qsizetype i = 0; i < closing.size(); ++i) {
        const QJsonObject o = closing.at(i).toObject();
        ClosingEntry c{o.value(QStringLiteral("id")).toString(),
                       o.value(QStringLiteral("text")).toString(),
                       o.value(QStringLiteral("why")).toString()};
        if (c.id.isEmpty() || c.text.isEmpty())
            problem(QStringLiteral("closing[%1]").arg(i), PackText::tr("expected an id and a text"));
        pack->closing.append(c);
    }
    return errors->size() == errorsBefore;
}

} // namespace mockloop
