#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace mockloop {

// What every store writes and reads the same way: a failed query's message, text for NOT NULL
// columns, and moments and days as the database keeps them (docs/schema.md).

// Puts the query's error text into *error (when given) and returns false, so a store can end
// with `return q.exec() || sqlFail(q, error);`.
bool sqlFail(const QSqlQuery &q, QString *error);

// A null QString binds as SQL NULL; text columns are NOT NULL, so this binds "" instead.
QString sqlText(const QString &s);

// Moments: UTC ISO 8601 with milliseconds; "" / NULL = none. Exports use the same form.
QString toStoredTime(const QDateTime &t);
QDateTime fromStoredTime(const QVariant &v);
// A moment for a nullable column: NULL when the moment is invalid.
QVariant storedTimeOrNull(const QDateTime &t);

// Days (review due dates, practice days): ISO 8601 "yyyy-MM-dd"; "" = none.
QString toStoredDay(const QDate &d);
QDate fromStoredDay(const QVariant &v);

} // namespace mockloop
