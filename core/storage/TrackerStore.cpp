#include "storage/TrackerStore.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace mockloop {

namespace {

const QString kLocalFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

QVariant nullableInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional(v.toInt());
}

// Replaces the rows of a link table (owner, value) for one owner.
bool replaceLinks(QSqlDatabase &db, const QString &deleteSql, const QString &insertSql,
                  qint64 owner, const QList<QVariant> &values, QString *error)
{
    QSqlQuery del(db);
    del.prepare(deleteSql);
    del.addBindValue(owner);
    if (!del.exec())
        return sqlFail(del, error);
    QSqlQuery ins(db);
    ins.prepare(insertSql);
    for (const QVariant &v : values) {
        ins.addBindValue(owner);
        ins.addBindValue(v);
        if (!ins.exec())
            return sqlFail(ins, error);
    }
    return true;
}

QList<QVariant> idValues(const QList<qint64> &ids)
{
    QList<qint64> unique = ids;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    QList<QVariant> out;
    for (const qint64 id : unique)
        out.append(id);
    return out;
}

bool appendHistory(QSqlDatabase &db, qint64 applicationId, qint64 stageId, const QString &note,
                   const QDateTime &now, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO application_stage_history (application_id, stage_id, "
                             "changed_at, note) VALUES (?, ?, ?, ?)"));
    q.addBindValue(applicationId);
    q.addBindValue(stageId);
    q.addBindValue(toStoredTime(now));
    q.addBindValue(sqlText(note));
    return q.exec() || sqlFail(q, error);
}

// The columns interviewFrom reads, joined to each query at compile time (no SQL is built at
// run time).
#define MOCKLOOP_INTERVIEW_COLUMNS \
    "id, application_id, kind, starts_local, time_zone, starts_at, duration_minutes, format, " \
    "self_rating, retrospective"

ScheduledInterview interviewFrom(const QSqlQuery &q)
{
    ScheduledInterview i;
    i.id = q.value(0).toLongLong();
    i.applicationId = q.value(1).toLongLong();
    i.kind = interviewKindFromKey(q.value(2).toString()).value_or(InterviewKind::Other);
    const QDateTime local = QDateTime::fromString(q.value(3).toString(), kLocalFormat);
    const QTimeZone zone(q.value(4).toString().toUtf8());
    // A zone this machine does not know (its tz data is older): the stored UTC moment.
    i.start = zone.isValid() && local.isValid() ? QDateTime(local.date(), local.time(), zone)
                                                : fromStoredTime(q.value(5));
    i.durationMinutes = q.value(6).toInt();
    i.format = interviewFormatFromKey(q.value(7).toString()).value_or(InterviewFormat::Video);
    i.selfRating = optionalInt(q.value(8));
    i.retrospective = q.value(9).toString();
    return i;
}

// Fills the interviewers and asked questions of the interviews (by id → index).
void fillInterviewDetails(QSqlDatabase db, QList<ScheduledInterview> &list)
{
    if (list.isEmpty())
        return;
    QHash<qint64, int> index;
    for (int n = 0; n < list.size(); ++n)
        index.insert(list.at(n).id, n);
    QSqlQuery c(db);
    c.setForwardOnly(true);
    if (c.exec(QStringLiteral(
            "SELECT interview_id, contact_id FROM interview_contacts ORDER BY contact_id")))
        while (c.next())
            if (const auto it = index.constFind(c.value(0).toLongLong()); it != index.constEnd())
                list[*it].interviewerIds.append(c.value(1).toLongLong());
    QSqlQuery a(db);
    a.setForwardOnly(true);
    if (a.exec(QStringLiteral("SELECT interview_id, text, coalesce(question_id, '') FROM "
                              "asked_questions ORDER BY interview_id, position")))
        while (a.next())
            if (const auto it = index.constFind(a.value(0).toLongLong()); it != index.constEnd())
                list[*it].asked.append({a.value(1).toString(), a.value(2).toString()});
}

} // namespace

TrackerStore::TrackerStore(Database &db)
    : m_db(db)
{
}

QList<TrackerStage> TrackerStore::stages() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<TrackerStage> out;
    if (!q.exec(QStringLiteral("SELECT id, coalesce(key, ''), name, position, hidden FROM "
                               "tracker_stages ORDER BY position, id")))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt(), q.value(4).toBool()});
    return out;
}

std::optional<qint64> TrackerStore::addStage(const QString &name, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO tracker_stages (name, position) SELECT ?, "
                             "coalesce(max(position), 0) + 1 FROM tracker_stages"));
    q.addBindValue(sqlText(name));
    if (!q.exec()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool TrackerStore::updateStage(const TrackerStage &stage, bool *missing, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tracker_stages SET name = ?, hidden = ? WHERE id = ?"));
    q.addBindValue(sqlText(stage.name));
    q.addBindValue(stage.hidden ? 1 : 0);
    q.addBindValue(stage.id);
    if (!q.exec())
        return sqlFail(q, error);
    *missing = q.numRowsAffected() == 0;
    return !*missing;
}

bool TrackerStore::moveStage(qint64 id, int index, bool *missing, QString *error)
{
    QList<TrackerStage> order = stages();
    const auto it = std::find_if(order.begin(), order.end(),
                                 [id](const TrackerStage &s) { return s.id == id; });
    *missing = it == order.end();
    if (*missing)
        return false;
    const TrackerStage moved = *it;
    order.erase(it);
    order.insert(std::clamp(index, 0, int(order.size())), moved);
    QSqlDatabase db = m_db.connection();
    return m_db.inTransaction(error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE tracker_stages SET position = ? WHERE id = ?"));
        for (int n = 0; n < order.size(); ++n) {
            q.addBindValue(n + 1);
            q.addBindValue(order.at(n).id);
            if (!q.exec())
                return sqlFail(q, error);
        }
        return true;
    });
}

QList<Application> TrackerStore::applications() const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<Application> out;
    if (!q.exec(QStringLiteral(
            "SELECT id, company, role, level, source, url, location, salary_range, excitement, "
            "job_description, notes, outcome, stage_id, created_at, updated_at, last_activity_at "
            "FROM applications ORDER BY created_at DESC, id DESC")))
        return out;
    QHash<qint64, int> index;
    while (q.next()) {
        Application a;
        a.id = q.value(0).toLongLong();
        a.company = q.value(1).toString();
        a.role = q.value(2).toString();
        a.level = q.value(3).toString();
        a.source = q.value(4).toString();
        a.url = q.value(5).toString();
        a.location = q.value(6).toString();
        a.salaryRange = q.value(7).toString();
        a.excitement = optionalInt(q.value(8));
        a.jobDescription = q.value(9).toString();
        a.notes = q.value(10).toString();
        a.outcome = q.value(11).toString();
        a.stageId = q.value(12).toLongLong();
        a.createdAt = fromStoredTime(q.value(13));
        a.updatedAt = fromStoredTime(q.value(14));
        a.lastActivityAt = fromStoredTime(q.value(15));
        index.insert(a.id, int(out.size()));
        out.append(a);
    }
    QSqlQuery t(db);
    t.setForwardOnly(true);
    if (t.exec(QStringLiteral("SELECT application_id, tag FROM application_tags ORDER BY tag")))
        while (t.next())
            if (const auto it = index.constFind(t.value(0).toLongLong()); it != index.constEnd())
                out[*it].tags.append(t.value(1).toString());
    QSqlQuery c(db);
    c.setForwardOnly(true);
    if (c.exec(QStringLiteral(
            "SELECT application_id, contact_id FROM application_contacts ORDER BY contact_id")))
        while (c.next())
            if (const auto it = index.constFind(c.value(0).toLongLong()); it != index.constEnd())
                out[*it].contactIds.append(c.value(1).toLongLong());
    return out;
}

std::optional<Application> TrackerStore::application(qint64 id) const
{
    for (const Application &a : applications())
        if (a.id == id)
            return a;
    return std::nullopt;
}

std::optional<qint64> TrackerStore::saveApplication(const Application &a, const QDateTime &now,
                                                    bool *missing, QString *error)
{
    QSqlDatabase db = m_db.connection();
    qint64 id = a.id;
    *missing = false;
    const bool ok = m_db.inTransaction(error, [&] {
        qint64 oldStage = 0;
        if (id != 0) {
            QSqlQuery cur(db);
            cur.prepare(QStringLiteral("SELECT stage_id FROM applications WHERE id = ?"));
            cur.addBindValue(id);
            if (!cur.exec())
                return sqlFail(cur, error);
            if (!cur.next()) {
                *missing = true;
                return false;
            }
            oldStage = cur.value(0).toLongLong();
        }
        QSqlQuery q(db);
        if (id == 0)
            q.prepare(QStringLiteral(
                "INSERT INTO applications (company, role, level, source, url, location, "
                "salary_range, excitement, job_description, notes, outcome, stage_id, updated_at, "
                "last_activity_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        else
            q.prepare(QStringLiteral(
                "UPDATE applications SET company = ?, role = ?, level = ?, source = ?, url = ?, "
                "location = ?, salary_range = ?, excitement = ?, job_description = ?, notes = ?, "
                "outcome = ?, stage_id = ?, updated_at = ?, last_activity_at = ? WHERE id = ?"));
        for (const QString *text :
             {&a.company, &a.role, &a.level, &a.source, &a.url, &a.location, &a.salaryRange})
            q.addBindValue(sqlText(*text));
        q.addBindValue(nullableInt(a.excitement));
        for (const QString *text : {&a.jobDescription, &a.notes, &a.outcome})
            q.addBindValue(sqlText(*text));
        q.addBindValue(a.stageId);
        q.addBindValue(toStoredTime(now));
        q.addBindValue(toStoredTime(now));
        q.addBindValue(id == 0 ? QVariant(toStoredTime(now)) : QVariant(id));
        if (!q.exec())
            return sqlFail(q, error);
        if (id == 0)
            id = q.lastInsertId().toLongLong();
        if (oldStage != a.stageId && !appendHistory(db, id, a.stageId, QString(), now, error))
            return false;
        QList<QVariant> tags;
        for (const QString &tag : a.tags)
            tags.append(tag);
        return replaceLinks(db,
                            QStringLiteral("DELETE FROM application_tags WHERE application_id = ?"),
                            QStringLiteral("INSERT OR IGNORE INTO application_tags "
                                           "(application_id, tag) VALUES (?, ?)"),
                            id, tags, error)
               && replaceLinks(
                   db, QStringLiteral("DELETE FROM application_contacts WHERE application_id = ?"),
                   QStringLiteral(
                       "INSERT INTO application_contacts (application_id, contact_id) VALUES (?, ?)"),
                   id, idValues(a.contactIds), error);
    });
    if (!ok)
        return std::nullopt;
    return id;
}

bool TrackerStore::changeStage(qint64 applicationId, qint64 stageId, const QString &note,
                               const QDateTime &now, bool *missing, QString *error)
{
    QSqlDatabase db = m_db.connection();
    *missing = false;
    return m_db.inTransaction(error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE applications SET stage_id = ?, updated_at = ?, "
                                 "last_activity_at = ? WHERE id = ?"));
        q.addBindValue(stageId);
        q.addBindValue(toStoredTime(now));
        q.addBindValue(toStoredTime(now));
        q.addBindValue(applicationId);
        if (!q.exec())
            return sqlFail(q, error);
        if (q.numRowsAffected() == 0) {
            *missing = true;
            return false;
        }
        return appendHistory(db, applicationId, stageId, note, now, error);
    });
}

QList<StageChange> TrackerStore::history(qint64 applicationId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, stage_id, changed_at, note FROM application_stage_history "
                             "WHERE application_id = ? ORDER BY changed_at, id"));
    q.addBindValue(applicationId);
    QList<StageChange> out;
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                        fromStoredTime(q.value(2)), q.value(3).toString()});
    return out;
}

bool TrackerStore::removeApplication(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM applications WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() || sqlFail(q, error);
}

QList<ScheduledInterview> TrackerStore::interviews(qint64 applicationId) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT " MOCKLOOP_INTERVIEW_COLUMNS
                             " FROM scheduled_interviews WHERE ? = 0 OR application_id = ? "
                             "ORDER BY starts_at, id"));
    q.addBindValue(applicationId);
    q.addBindValue(applicationId);
    QList<ScheduledInterview> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(interviewFrom(q));
    fillInterviewDetails(db, out);
    return out;
}

std::optional<ScheduledInterview> TrackerStore::interview(qint64 id) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT " MOCKLOOP_INTERVIEW_COLUMNS
                             " FROM scheduled_interviews WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QList<ScheduledInterview> one{interviewFrom(q)};
    fillInterviewDetails(db, one);
    return one.first();
}

std::optional<qint64> TrackerStore::saveInterview(const ScheduledInterview &i, const QDateTime &now,
                                                  bool *missing, QString *error)
{
    QSqlDatabase db = m_db.connection();
    qint64 id = i.id;
    *missing = false;
    const bool ok = m_db.inTransaction(error, [&] {
        QSqlQuery q(db);
        if (id == 0)
            q.prepare(QStringLiteral(
                "INSERT INTO scheduled_interviews (application_id, kind, starts_local, time_zone, "
                "starts_at, duration_minutes, format, self_rating, retrospective, updated_at, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        else
            q.prepare(QStringLiteral(
                "UPDATE scheduled_interviews SET application_id = ?, kind = ?, starts_local = ?, "
                "time_zone = ?, starts_at = ?, duration_minutes = ?, format = ?, self_rating = ?, "
                "retrospective = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(i.applicationId);
        q.addBindValue(toKey(i.kind));
        q.addBindValue(i.start.toString(kLocalFormat));
        q.addBindValue(QString::fromUtf8(i.start.timeZone().id()));
        q.addBindValue(toStoredTime(i.start.toUTC()));
        q.addBindValue(i.durationMinutes);
        q.addBindValue(toKey(i.format));
        q.addBindValue(nullableInt(i.selfRating));
        q.addBindValue(sqlText(i.retrospective));
        q.addBindValue(toStoredTime(now));
        q.addBindValue(id == 0 ? QVariant(toStoredTime(now)) : QVariant(id));
        if (!q.exec())
            return sqlFail(q, error);
        if (id == 0) {
            id = q.lastInsertId().toLongLong();
        } else if (q.numRowsAffected() == 0) {
            *missing = true;
            return false;
        }
        if (!replaceLinks(db, QStringLiteral("DELETE FROM interview_contacts WHERE interview_id = ?"),
                          QStringLiteral("INSERT INTO interview_contacts (interview_id, contact_id) "
                                         "VALUES (?, ?)"),
                          id, idValues(i.interviewerIds), error))
            return false;
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM asked_questions WHERE interview_id = ?"));
        del.addBindValue(id);
        if (!del.exec())
            return sqlFail(del, error);
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO asked_questions (interview_id, position, text, "
                                   "question_id) VALUES (?, ?, ?, ?)"));
        for (int n = 0; n < i.asked.size(); ++n) {
            ins.addBindValue(id);
            ins.addBindValue(n);
            ins.addBindValue(sqlText(i.asked.at(n).text));
            ins.addBindValue(i.asked.at(n).questionId.isEmpty()
                                 ? QVariant(QMetaType::fromType<QString>())
                                 : QVariant(i.asked.at(n).questionId));
            if (!ins.exec())
                return sqlFail(ins, error);
        }
        QSqlQuery touch(db);
        touch.prepare(QStringLiteral("UPDATE applications SET last_activity_at = ? WHERE id = ?"));
        touch.addBindValue(toStoredTime(now));
        touch.addBindValue(i.applicationId);
        return touch.exec() || sqlFail(touch, error);
    });
    if (!ok)
        return std::nullopt;
    return id;
}

bool TrackerStore::removeInterview(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM scheduled_interviews WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() || sqlFail(q, error);
}

QList<ScheduledInterview> TrackerStore::overlapping(const QDateTime &start, const QDateTime &end,
                                                    qint64 except) const
{
    // Candidates start before the end and at most a day (the longest duration) before the
    // start; the stored UTC texts sort as the moments do.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT " MOCKLOOP_INTERVIEW_COLUMNS
                             " FROM scheduled_interviews WHERE starts_at < ? AND starts_at >= ? "
                             "AND id <> ? ORDER BY starts_at, id"));
    q.addBindValue(toStoredTime(end.toUTC()));
    q.addBindValue(toStoredTime(start.toUTC().addDays(-1)));
    q.addBindValue(except);
    QList<ScheduledInterview> out;
    if (q.exec())
        while (q.next()) {
            const ScheduledInterview other = interviewFrom(q);
            if (other.end() > start)
                out.append(other);
        }
    return out;
}

bool TrackerStore::linkAskedQuestion(qint64 interviewId, int position, const QString &questionId,
                                     QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE asked_questions SET question_id = ? WHERE interview_id = ? AND position = ?"));
    q.addBindValue(questionId);
    q.addBindValue(interviewId);
    q.addBindValue(position);
    return q.exec() || sqlFail(q, error);
}

QStringList TrackerStore::askedQuestionIds() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QStringList out;
    if (q.exec(QStringLiteral("SELECT DISTINCT a.question_id FROM asked_questions a JOIN "
                              "questions q ON q.id = a.question_id ORDER BY a.question_id")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QList<Contact> TrackerStore::contacts() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<Contact> out;
    if (q.exec(QStringLiteral("SELECT id, name, role, company, reach, notes FROM contacts "
                              "ORDER BY name COLLATE NOCASE, id")))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

std::optional<qint64> TrackerStore::saveContact(const Contact &c, const QDateTime &now,
                                                bool *missing, QString *error)
{
    QSqlQuery q(m_db.connection());
    *missing = false;
    if (c.id == 0)
        q.prepare(QStringLiteral("INSERT INTO contacts (name, role, company, reach, notes, "
                                 "updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE contacts SET name = ?, role = ?, company = ?, reach = ?, "
                                 "notes = ?, updated_at = ? WHERE id = ?"));
    for (const QString *text : {&c.name, &c.role, &c.company, &c.reach, &c.notes})
        q.addBindValue(sqlText(*text));
    q.addBindValue(toStoredTime(now));
    q.addBindValue(c.id == 0 ? QVariant(toStoredTime(now)) : QVariant(c.id));
    if (!q.exec()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    if (c.id != 0 && q.numRowsAffected() == 0) {
        *missing = true;
        return std::nullopt;
    }
    return c.id == 0 ? q.lastInsertId().toLongLong() : c.id;
}

} // namespace mockloop
