#include "questions/Question.h"

#include "questions/PackValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mockloop {

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

QJsonArray pitfallsToJson(const QList<Pitfall> &pitfalls)
{
    QJsonArray out;
    for (const Pitfall &p : pitfalls) {
        QJsonArray terms;
        for (const QStringList &alternatives : p.terms) {
            // One alternative is written as a plain string, several as an array.
            if (alternatives.size() == 1)
                terms.append(alternatives.first());
            else
                terms.append(QJsonArray::fromStringList(alternatives));
        }
        out.append(QJsonObject{{QStringLiteral("text"), p.text},
                               {QStringLiteral("terms"), terms},
                               {QStringLiteral("correction"), p.correction}});
    }
    return out;
}

QList<Pitfall> pitfallsFromJson(const QJsonValue &value)
{
    QList<Pitfall> out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        Pitfall p;
        p.text = o.value(QStringLiteral("text")).toString();
        for (const QJsonValue &term : o.value(QStringLiteral("terms")).toArray())
            p.terms.append(term.isArray() ? toStringList(term) : QStringList{term.toString()});
        p.correction = o.value(QStringLiteral("correction")).toString();
        out.append(p);
    }
    return out;
}

QJsonObject Question::toJson() const
{
    // A QJsonObject keeps its keys sorted: inserting in that order appends each one instead of
    // moving the ones after it (a third of an import's time went here).
    QJsonObject o;
    o.insert(QStringLiteral("answerSeconds"), answerSeconds);
    if (!competencies.isEmpty())
        o.insert(QStringLiteral("competencies"), QJsonArray::fromStringList(competencies));
    o.insert(QStringLiteral("difficulty"), difficulty);
    o.insert(QStringLiteral("followUps"), QJsonArray::fromStringList(followUps));
    o.insert(QStringLiteral("guidance"), guidance);
    o.insert(QStringLiteral("id"), id);
    QJsonArray kps;
    for (const KeyPoint &kp : keyPoints) {
        kps.append(QJsonObject{{QStringLiteral("terms"), QJsonArray::fromStringList(kp.terms)},
                               {QStringLiteral("text"), kp.text}});
    }
    o.insert(QStringLiteral("keyPoints"), kps);
    o.insert(QStringLiteral("kind"), toKey(kind));
    o.insert(QStringLiteral("outline"), outline);
    if (!packId.isEmpty())
        o.insert(QStringLiteral("pack"), packId);
    if (!pitfalls.isEmpty())
        o.insert(QStringLiteral("pitfalls"), pitfallsToJson(pitfalls));
    o.insert(QStringLiteral("prepSeconds"), prepSeconds);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("tracks"), QJsonArray::fromStringList(tracks));
    o.insert(QStringLiteral("version"), version);
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
    q.pitfalls = pitfallsFromJson(o.value(QStringLiteral("pitfalls")));
    return q;
}

bool parsePack(const QByteArray &json, const QString &fileName, Pack *pack, QStringList *errors)
{
    PackValidator validator(fileName);
    const bool ok = validator.validate(json, pack);
    errors->append(validator.messages());
    return ok;
}

} // namespace mockloop
