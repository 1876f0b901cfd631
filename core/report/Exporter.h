#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mockloop {

class Database;

inline constexpr int kExportFormatVersion = 1;

// Every session, round and attempt as one JSON document (docs/export.md).
// Returns an empty object and sets *error on a database problem.
QJsonObject exportAllJson(Database &db, const QDateTime &exportedAt, QString *error);

// One row per attempt, the columns of docs/export.md, RFC 4180 quoting, UTF-8, CRLF.
// Returns an empty array and sets *error on a database problem.
QByteArray exportAllCsv(Database &db, QString *error);
QStringList csvColumns();

// Every session as a readable Markdown document, oldest first.
QString exportAllMarkdown(Database &db, const QDateTime &exportedAt, QString *error);

} // namespace mockloop
