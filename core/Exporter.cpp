#include "Exporter.h"

#include "Database.h"
#include "SessionStore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace mockloop {

namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject attemptJson(const AttemptRecord &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("position"), a.position);
    o.insert(QStringLiteral("status"), toKey(a.times.status));
    o.insert(QStringLiteral("question"), a.question.toJson());
    QJsonArray fields;
    for (const AnswerField &f : a.answer)
        fields.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value}});
    o.insert(QStringLiteral("answer"), fields);
    o.insert(QStringLiteral("timings"),
             QJsonObject{{QStringLiteral("prepLimitMs"), a.times.prepLimitMs},
                         {QStringLiteral("answerLimitMs"), a.times.answerLimitMs},
                         {QStringLiteral("prepUsedMs"), a.times.prepUsedMs},
                         {QStringLiteral("answerUsedMs"), a.times.answerUsedMs},
                         {QStringLiteral("overtimeMs"), a.times.overtimeMs()},
                         {QStringLiteral("pausedMs"), a.times.pausedMs},
                         {QStringLiteral("interruptedMs"), a.times.interruptedMs},
                         {QStringLiteral("lockedByExpiry"), a.times.lockedByExpiry}});
    if (a.score) {
        o.insert(QStringLiteral("grade"),
                 QJsonObject{{QStringLiteral("score"), *a.score},
                             {QStringLiteral("note"), a.gradeNote},
                             {QStringLiteral("gradedAt"), isoOrNull(a.gradedAt)}});
    } else {
        o.insert(QStringLiteral("grade"), QJsonValue());
    }
    o.insert(QStringLiteral("startedAt"), isoOrNull(a.startedAt));
    o.insert(QStringLiteral("submittedAt"), isoOrNull(a.submittedAt));
    return o;
}

} // namespace

QJsonObject exportAllJson(Database &db, const QDateTime &exportedAt, QString *error)
{
    QSqlQuery ids(db.connection());
    if (!ids.exec(QStringLiteral("SELECT id FROM sessions ORDER BY started_at, id"))) {
        *error = ids.lastError().text();
        return {};
    }
    SessionStore store(db);
    QJsonArray sessions;
    while (ids.next()) {
        const auto s = store.load(ids.value(0).toLongLong(), error);
        if (!s)
            return {};
        QJsonObject so;
        so.insert(QStringLiteral("id"), s->id);
        so.insert(QStringLiteral("planName"), s->plan.name);
        so.insert(QStringLiteral("plan"), s->plan.toJson());
        so.insert(QStringLiteral("seed"), qint64(s->seed));
        so.insert(QStringLiteral("status"), s->status);
        so.insert(QStringLiteral("state"), toKey(s->snapshot.state));
        so.insert(QStringLiteral("startedAt"), isoOrNull(s->startedAt));
        so.insert(QStringLiteral("endedAt"), isoOrNull(s->endedAt));
        so.insert(QStringLiteral("closingNotes"), s->closingNotes);
        QJsonArray rounds;
        for (const RoundRecord &r : s->rounds) {
            QJsonObject ro;
            ro.insert(QStringLiteral("position"), r.position);
            ro.insert(QStringLiteral("kind"), toKey(r.times.kind));
            ro.insert(QStringLiteral("budgetMs"), r.times.budgetMs);
            ro.insert(QStringLiteral("expiry"), toKey(r.times.expiry));
            ro.insert(QStringLiteral("usedMs"), r.times.usedMs);
            ro.insert(QStringLiteral("overtimeMs"), r.times.overtimeMs());
            ro.insert(QStringLiteral("budgetExpired"), r.times.budgetExpired);
            QJsonArray attempts;
            for (const AttemptRecord &a : s->attempts) {
                if (a.times.round == r.position)
                    attempts.append(attemptJson(a));
            }
            ro.insert(QStringLiteral("attempts"), attempts);
            rounds.append(ro);
        }
        so.insert(QStringLiteral("rounds"), rounds);
        sessions.append(so);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("mockloop-export"));
    root.insert(QStringLiteral("formatVersion"), kExportFormatVersion);
    root.insert(QStringLiteral("appVersion"), QStringLiteral(MOCKLOOP_VERSION));
    root.insert(QStringLiteral("schemaVersion"), db.schemaVersion());
    root.insert(QStringLiteral("exportedAt"), isoOrNull(exportedAt));
    root.insert(QStringLiteral("sessions"), sessions);
    return root;
}

} // namespace mockloop
