#pragma once

#include "storage/PrepTaskRecord.h"

#include <QDateTime>
#include <QList>

namespace mockloop {

class Database;

// The SQL of the preparation plans' task states (table prep_task_states, docs/schema.md).
// Statements and row mapping only; what a state means is PrepPlanner's.
class PrepTaskStore
{
public:
    explicit PrepTaskStore(Database &db);

    // Every state kept for a scheduled interview's plan, by key.
    QList<PrepTaskState> states(qint64 interviewId) const;
    // Inserts or replaces the state of one task.
    bool save(qint64 interviewId, const PrepTaskState &state, const QDateTime &now, QString *error);
    // Forgets one task's state: the plan places it again by its rules.
    bool remove(qint64 interviewId, const QString &key, QString *error);

private:
    Database &m_db;
};

} // namespace mockloop
