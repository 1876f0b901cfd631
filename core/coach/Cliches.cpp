#include "coach/Cliches.h"

#include "questions/PackValidator.h"

#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace mockloop {

QList<Cliche> readCliches(const QByteArray &json, const QString &fileName, QStringList *problems)
{
    auto problem = [&](const QString &path, const QString &message) {
        problems->append(QStringLiteral("%1: %2: %3").arg(fileName, path, message));
    };
    QList<Cliche> out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problem(QStringLiteral("(top level)"),
                QStringLiteral("not a JSON object: %1").arg(error.errorString()));
        return out;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("mockloop-cliches"))
        problem(QStringLiteral("format"), QStringLiteral("expected \"mockloop-cliches\""));
    const QJsonArray list = root.value(QStringLiteral("cliches")).toArray();
    if (list.isEmpty())
        problem(QStringLiteral("cliches"), QStringLiteral("expected a non-empty array"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("cliches[%1]").arg(i);
        const QJsonObject o = list.at(i).toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        bool ok = true;
        if (id.trimmed().isEmpty() || ids.contains(id)) {
            problem(at + QStringLiteral(".id"), QStringLiteral("expected a unique non-empty id"));
            ok = false;
        }
        ids.insert(id);
        // The pitfall rules of a pack question, with their messages (PackValidator): the entry
        // without its id is a question's pitfall.
        QJsonObject asPitfall = o;
        asPitfall.remove(QStringLiteral("id"));
        QJsonObject question{{QStringLiteral("id"), QStringLiteral("cliches")},
                             {QStringLiteral("kind"), QStringLiteral("technical")},
                             {QStringLiteral("text"), QStringLiteral("cliches")},
                             {QStringLiteral("pitfalls"), QJsonArray{asPitfall}}};
        PackValidator validator(fileName);
        Pack pack;
        const QJsonObject packJson{{QStringLiteral("format"), QStringLiteral("mockloop-pack")},
                                   {QStringLiteral("formatVersion"), kPackFormatVersion},
                                   {QStringLiteral("id"), QStringLiteral("cliches")},
                                   {QStringLiteral("name"), QStringLiteral("cliches")},
                                   {QStringLiteral("version"), 1},
                                   {QStringLiteral("questions"), QJsonArray{question}}};
        if (!validator.validate(QJsonDocument(packJson).toJson(QJsonDocument::Compact), &pack)) {
            for (const PackProblem &p : validator.problems()) {
                QString path = p.path;
                path.replace(QStringLiteral("questions[0].pitfalls[0]"), at);
                problem(path, p.message);
            }
            ok = false;
        }
        if (ok && pack.questions.size() == 1 && pack.questions.first().pitfalls.size() == 1)
            out.append({id, pack.questions.first().pitfalls.first()});
    }
    return out;
}

const QList<Cliche> &builtinCliches()
{
    static const QList<Cliche> list = [] {
        QFile f(QStringLiteral(":/coach/cliches.json"));
        QStringList problems;
        QList<Cliche> read;
        if (f.open(QIODevice::ReadOnly))
            read = readCliches(f.readAll(), f.fileName(), &problems);
        else
            problems << f.fileName() + QStringLiteral(": cannot read: ") + f.errorString();
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        return read;
    }();
    return list;
}

} // namespace mockloop
