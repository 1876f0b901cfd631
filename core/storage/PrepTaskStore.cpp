#include "storage/PrepTaskStore.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace mockloop {

QString toKey(PrepTaskStatus status)
{
    switch (status) {
    case PrepTaskStatus::Open: return QStringLiteral("open");
    case PrepTaskStatus::Done: return QStringLiteral("done");
    case PrepTaskStatus::Dropped: return QStringLiteral("dropped");
    }
    return QStringLiteral("open");
}

std::optional<PrepTaskStatus> prepTaskStatusFromKey(const QString &key)
{
    for (const PrepTaskStatus s :
         {PrepTaskStatus::Open, PrepTaskStatus::Done, PrepTaskStatus::Dropped})
        if (toKey(s) == key)
            return s;
    return std::nullopt;
}

PrepTaskStore::PrepTaskStore(Database &db)
    : m_db(db)
{
}

QList<PrepTaskState> PrepTaskStore::states(qint64 interviewId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT task_key, status, day, task FROM prep_task_states "
                             "WHERE interview_id = ? ORDER BY task_key"));
    q.addBindValue(interviewId);
    QList<PrepTaskState> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        const std::optional<PrepTaskStatus> status = prepTaskStatusFromKey(q.value(1).toString());
        if (!status)
            continue;
        out.append({q.value(0).toString(), *status, fromStoredDay(q.value(2)), q.value(3).toString()});
    }
    return out;
}

bool PrepTaskStore::save(qint64 interviewId, const PrepTaskState &state, const QDateTime &now,
                         QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO prep_task_states (interview_id, task_key, status, day, task, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (interview_id, task_key) DO UPDATE SET "
        "status = excluded.status, day = excluded.day, task = excluded.task, "
        "updated_at = excluded.updated_at"));
    q.addBindValue(interviewId);
    q.addBindValue(state.key);
    q.addBindValue(toKey(state.status));
    q.addBindValue(sqlText(toStoredDay(state.day)));
    q.addBindValue(sqlText(state.task));
    q.addBindValue(toStoredTime(now));
    return q.exec() || sqlFail(q, error);
}

bool PrepTaskStore::remove(qint64 interviewId, const QString &key, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM prep_task_states WHERE interview_id = ? AND task_key = ?"));
    q.addBindValue(interviewId);
    q.addBindValue(key);
    return q.exec() || sqlFail(q, error);
}

} // namespace mockloop
