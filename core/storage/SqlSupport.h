#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlError;
class QSqlQuery;

namespace mockloop {

// What every store writes and reads the same way: a failed query's message, text for NOT NULL
// columns, and moments and days as the database keeps them (docs/schema.md).

// Puts the query's error, in words (sqlErrorText), into *error (when given) and returns false,
// so a store can end with `return q.exec() || sqlFail(q, error);`.
bool sqlFail(const QSqlQuery &q, QString *error);

// What SQLite reported, in words a person understands and can act on: "the disk is full", "the
// database file or its folder is read-only", "the disk reported an error …", from SQLite's
// result code (QSQLITE keeps it in QSqlError::nativeErrorCode(); extended codes count by their
// primary code). An error without a code, or with one not listed, keeps SQLite's own text.
QString sqlErrorText(const QSqlError &error);

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
