#include "storage/ImportSourceStore.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mockloop {

ImportSourceStore::ImportSourceStore(Database &db)
    : m_db(db)
{
}

QJsonObject ImportSourceStore::get(const QString &source, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT settings FROM import_sources WHERE source = ?"));
    q.addBindValue(sqlText(source));
    if (!q.exec()) {
        sqlFail(q, error);
        return {};
    }
    if (!q.next())
        return {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("ImportSourceStore",
                                                 "The import settings kept for %1 are damaged: %2")
                         .arg(source, parseError.errorString());
        return {};
    }
    return doc.object();
}

bool ImportSourceStore::put(const QString &source, const QJsonObject &settings,
                            const QDateTime &now, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO import_sources (source, settings, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(source) DO UPDATE SET settings = excluded.settings, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(sqlText(source));
    q.addBindValue(QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    q.addBindValue(toStoredTime(now));
    return q.exec() || sqlFail(q, error);
}

} // namespace mockloop
