#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mockloop {

class Database;

// What the person chose when importing a file, kept for the next import of the same file
// (table import_sources, schema 10; docs/import.md): one JSON object per source, so each
// import setting is a key of its own ("kinds": the category → round kind mapping) and a new
// one needs no new column. A source is the file's canonical absolute path, or its name when the
// import had no path (Importer's importSourceKey).
class ImportSourceStore
{
public:
    explicit ImportSourceStore(Database &db);

    // The settings kept for source; an empty object when there are none. When reading fails the
    // object is empty too and *error (when given) says why: a forgotten choice only means the
    // preview guesses again.
    QJsonObject get(const QString &source, QString *error = nullptr) const;
    // Replaces the settings kept for source (all keys: read, change, put back to keep the
    // others). Joins the caller's transaction when there is one (Database::inTransaction).
    bool put(const QString &source, const QJsonObject &settings, const QDateTime &now,
             QString *error = nullptr);

private:
    Database &m_db;
};

} // namespace mockloop
