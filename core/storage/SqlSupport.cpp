#include "storage/SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace mockloop {

bool sqlFail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString toStoredTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStoredTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QVariant storedTimeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStoredTime(t)) : QVariant(QMetaType::fromType<QString>());
}

QString toStoredDay(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

QDate fromStoredDay(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace mockloop
