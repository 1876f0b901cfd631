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

} // namespace mockloop
