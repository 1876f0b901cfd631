#include "storage/PresetStore.h"

#include "base/TimeText.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace mockloop {

namespace {

const QString kPrefix = QStringLiteral("own:");
constexpr int kMaxNameLength = 120;

// Runs an UPDATE or DELETE of one preset row; a row that is gone is said so.
bool changeOne(QSqlQuery &q, QString *error)
{
    if (!q.exec())
        return sqlFail(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("PresetStore", "That preset no longer exists.");
        return false;
    }
    return true;
}

std::optional<OwnPreset> fromRow(const QSqlQuery &q, QString *error)
{
    OwnPreset p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toByteArray(), &parseError);
    QString planError;
    const auto plan = doc.isObject() ? LoopPlan::fromJson(doc.object(), &planError) : std::nullopt;
    if (!plan) {
        if (error)
            *error = QCoreApplication::translate("PresetStore", "The preset “%1” is damaged: %2")
                         .arg(p.name, planError.isEmpty() ? parseError.errorString() : planError);
        return std::nullopt;
    }
    p.plan = *plan;
    p.plan.id = PresetStore::planId(p.id);
    p.plan.name = p.name;
    p.createdAt = fromStoredTime(q.value(3));
    p.updatedAt = fromStoredTime(q.value(4));
    return p;
}

} // namespace

PresetStore::PresetStore(Database &db)
    : m_db(db)
{
}

QString PresetStore::planId(qint64 id)
{
    return kPrefix + QString::number(id);
}

std::optional<qint64> PresetStore::idFromPlanId(const QString &planId)
{
    if (!planId.startsWith(kPrefix))
        return std::nullopt;
    bool ok = false;
    const qint64 id = planId.mid(kPrefix.size()).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<QList<OwnPreset>> PresetStore::list(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, name, plan, created_at, updated_at FROM own_presets "
                                  "ORDER BY name COLLATE NOCASE, id"))
        || !q.exec()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    QList<OwnPreset> out;
    while (q.next()) {
        // A damaged row is skipped, not fatal: the other presets stay usable.
        if (auto p = fromRow(q, nullptr))
            out.append(*p);
    }
    return out;
}

std::optional<OwnPreset> PresetStore::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, name, plan, created_at, updated_at FROM own_presets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = QCoreApplication::translate("PresetStore", "That preset no longer exists.");
        return std::nullopt;
    }
    return fromRow(q, error);
}

bool PresetStore::checkName(const QString &name, qint64 exceptId, QString *error) const
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (name.isEmpty())
        return refuse(QCoreApplication::translate("PresetStore", "Give the preset a name."));
    if (name.size() > kMaxNameLength)
        return refuse(QCoreApplication::translate("PresetStore",
                                                  "A preset name can have at most %1 characters.")
                          .arg(kMaxNameLength));
    for (const LoopPlan &builtin : builtinPresets()) {
        if (builtin.name.compare(name, Qt::CaseInsensitive) == 0)
            return refuse(QCoreApplication::translate("PresetStore",
                                                      "“%1” is a built-in preset: choose another name.")
                              .arg(name));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM own_presets WHERE name = ? COLLATE NOCASE AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(exceptId);
    if (!q.exec())
        return sqlFail(q, error);
    if (q.next())
        return refuse(
            QCoreApplication::translate("PresetStore", "A preset named “%1” exists already.").arg(name));
    return true;
}

std::optional<OwnPreset> PresetStore::save(const QString &name, const LoopPlan &plan,
                                           const QDateTime &now, QString *error)
{
    const QString trimmed = name.trimmed();
    if (!checkName(trimmed, 0, error))
        return std::nullopt;
    LoopPlan stored = plan;
    stored.id.clear(); // the row id names it
    stored.name = trimmed;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO own_presets (name, plan, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(trimmed);
    q.addBindValue(QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(toStoredTime(now));
    q.addBindValue(toStoredTime(now));
    if (!q.exec()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    return find(q.lastInsertId().toLongLong(), error);
}

bool PresetStore::rename(qint64 id, const QString &newName, const QDateTime &now, QString *error)
{
    const QString trimmed = newName.trimmed();
    if (!checkName(trimmed, id, error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE own_presets SET name = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(trimmed);
    q.addBindValue(toStoredTime(now));
    q.addBindValue(id);
    return changeOne(q, error);
}

bool PresetStore::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM own_presets WHERE id = ?"));
    q.addBindValue(id);
    return changeOne(q, error);
}

} // namespace mockloop
