#include "storage/StoryStore.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QSqlQuery>

namespace mockloop {

StoryStore::StoryStore(Database &db)
    : m_db(db)
{
}

QList<Story> StoryStore::stories() const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.title, s.situation, s.task, s.action, s.result, s.source_attempt_id, "
            "s.created_at, s.updated_at, (SELECT count(*) FROM story_uses u WHERE u.story_id = s.id) "
            "FROM stories s ORDER BY s.title COLLATE NOCASE, s.id")))
        return {};
    QList<Story> out;
    QHash<qint64, int> index;
    while (q.next()) {
        Story s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.situation = q.value(2).toString();
        s.task = q.value(3).toString();
        s.action = q.value(4).toString();
        s.result = q.value(5).toString();
        s.sourceAttemptId = q.value(6).toLongLong();
        s.createdAt = fromStoredTime(q.value(7));
        s.updatedAt = fromStoredTime(q.value(8));
        s.uses = q.value(9).toInt();
        index.insert(s.id, int(out.size()));
        out.append(s);
    }
    QSqlQuery c(db);
    c.setForwardOnly(true);
    if (c.exec(QStringLiteral(
            "SELECT story_id, competency FROM story_competencies ORDER BY competency")))
        while (c.next())
            if (const auto it = index.constFind(c.value(0).toLongLong()); it != index.constEnd())
                out[*it].competencies.append(c.value(1).toString());
    return out;
}

std::optional<qint64> StoryStore::save(const Story &story, const QDateTime &now, bool *missing,
                                       QString *error)
{
    QSqlDatabase db = m_db.connection();
    qint64 id = story.id;
    *missing = false;
    const bool ok = m_db.inTransaction(error, [&] {
        QSqlQuery q(db);
        if (id == 0) {
            q.prepare(QStringLiteral(
                "INSERT INTO stories (title, situation, task, action, result, source_attempt_id, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        } else {
            q.prepare(QStringLiteral(
                "UPDATE stories SET title = ?, situation = ?, task = ?, action = ?, result = ?, "
                "source_attempt_id = ?, updated_at = ? WHERE id = ?"));
        }
        q.addBindValue(story.title);
        for (const QString *part : {&story.situation, &story.task, &story.action, &story.result})
            q.addBindValue(sqlText(*part));
        q.addBindValue(story.sourceAttemptId > 0 ? QVariant(story.sourceAttemptId)
                                                 : QVariant(QMetaType::fromType<qint64>()));
        if (id == 0)
            q.addBindValue(toStoredTime(now));
        q.addBindValue(toStoredTime(now));
        if (id != 0)
            q.addBindValue(id);
        if (!q.exec())
            return sqlFail(q, error);
        if (id == 0) {
            id = q.lastInsertId().toLongLong();
        } else if (q.numRowsAffected() == 0) {
            *missing = true;
            return false;
        }
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM story_competencies WHERE story_id = ?"));
        del.addBindValue(id);
        if (!del.exec())
            return sqlFail(del, error);
        QSqlQuery ins(db);
        ins.prepare(
            QStringLiteral("INSERT INTO story_competencies (story_id, competency) VALUES (?, ?)"));
        for (const QString &c : story.competencies) {
            ins.addBindValue(id);
            ins.addBindValue(c);
            if (!ins.exec())
                return sqlFail(ins, error);
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    return id;
}

bool StoryStore::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM stories WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() || sqlFail(q, error);
}

bool StoryStore::recordUse(qint64 storyId, qint64 attemptId, const QString &questionId,
                           const QDateTime &now, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO story_uses (story_id, attempt_id, question_id, used_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(storyId);
    q.addBindValue(attemptId > 0 ? QVariant(attemptId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(questionId);
    q.addBindValue(toStoredTime(now));
    return q.exec() || sqlFail(q, error);
}

QStringList StoryStore::competencyRows() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QStringList out;
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT lower(trim(c.value)) FROM questions, "
            "json_each(json_extract(questions.data, '$.competencies')) c WHERE questions.hidden = 0 "
            "UNION SELECT competency FROM story_competencies")))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace mockloop
