#include "coach/StoryBank.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mockloop {

namespace {

QStringList normalised(const QStringList &competencies)
{
    QStringList out;
    for (const QString &c : competencies) {
        const QString t = c.simplified().toLower();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    out.sort();
    return out;
}

QString fieldValue(const QList<AnswerField> &fields, const QString &name)
{
    for (const AnswerField &f : fields)
        if (f.name == name)
            return f.value;
    return {};
}

} // namespace

QList<AnswerField> Story::toAnswerFields() const
{
    return {{QStringLiteral("situation"), situation},
            {QStringLiteral("task"), task},
            {QStringLiteral("action"), action},
            {QStringLiteral("result"), result}};
}

Story Story::fromAnswer(const AttemptRecord &attempt)
{
    Story s;
    s.situation = fieldValue(attempt.answer, QStringLiteral("situation"));
    s.task = fieldValue(attempt.answer, QStringLiteral("task"));
    s.action = fieldValue(attempt.answer, QStringLiteral("action"));
    s.result = fieldValue(attempt.answer, QStringLiteral("result"));
    if (s.situation.isEmpty() && s.task.isEmpty() && s.action.isEmpty() && s.result.isEmpty())
        s.action = fieldValue(attempt.answer, QStringLiteral("answer"));
    const QString question = attempt.question.text.simplified();
    s.title = question.size() > 80 ? question.left(80).trimmed() + QChar(u'…') : question;
    s.competencies = normalised(attempt.question.competencies);
    s.sourceAttemptId = attempt.id;
    return s;
}

int StoryMatrix::storiesFor(int row) const
{
    return int(std::count(covers.at(row).cbegin(), covers.at(row).cend(), true));
}

QStringList StoryMatrix::gaps() const
{
    QStringList out;
    for (int r = 0; r < competencies.size(); ++r)
        if (isGap(r))
            out << competencies.at(r);
    return out;
}

StoryBank::StoryBank(Database &db)
    : m_db(db)
{
}

QList<Story> StoryBank::stories() const
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
    if (c.exec(QStringLiteral("SELECT story_id, competency FROM story_competencies ORDER BY competency")))
        while (c.next())
            if (const auto it = index.constFind(c.value(0).toLongLong()); it != index.constEnd())
                out[*it].competencies.append(c.value(1).toString());
    return out;
}

std::optional<Story> StoryBank::story(qint64 id) const
{
    for (const Story &s : stories())
        if (s.id == id)
            return s;
    return std::nullopt;
}

std::optional<qint64> StoryBank::save(const Story &story, const QDateTime &now, QString *error)
{
    if (story.title.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("StoryBank", "A story needs a title.");
        return std::nullopt;
    }
    if ((story.situation + story.task + story.action + story.result).trimmed().isEmpty()) {
        *error = QCoreApplication::translate("StoryBank", "A story needs some text in at least "
                                                          "one of Situation, Task, Action and Result.");
        return std::nullopt;
    }
    QSqlDatabase db = m_db.connection();
    qint64 id = story.id;
    const bool ok = m_db.inTransaction([&] {
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
        q.addBindValue(story.title.trimmed());
        // A null QString binds as NULL: the columns are NOT NULL text.
        for (const QString *part : {&story.situation, &story.task, &story.action, &story.result})
            q.addBindValue(part->isNull() ? QStringLiteral("") : *part);
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
            *error = QCoreApplication::translate("StoryBank", "The story no longer exists.");
            return false;
        }
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM story_competencies WHERE story_id = ?"));
        del.addBindValue(id);
        if (!del.exec())
            return sqlFail(del, error);
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO story_competencies (story_id, competency) VALUES (?, ?)"));
        for (const QString &c : normalised(story.competencies)) {
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

bool StoryBank::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM stories WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() || sqlFail(q, error);
}

bool StoryBank::recordUse(qint64 storyId, qint64 attemptId, const QString &questionId,
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

QStringList StoryBank::competencies() const
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
        if (const QString c = q.value(0).toString(); !c.isEmpty() && !out.contains(c))
            out << c;
    out.sort();
    return out;
}

StoryMatrix StoryBank::matrix() const
{
    StoryMatrix m;
    m.competencies = competencies();
    m.stories = stories();
    for (const QString &c : std::as_const(m.competencies)) {
        QList<bool> row;
        for (const Story &s : std::as_const(m.stories))
            row.append(s.competencies.contains(c));
        m.covers.append(row);
    }
    return m;
}

} // namespace mockloop
