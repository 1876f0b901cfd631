#pragma once

#include "session/Plan.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mockloop {

class Database;

// The person's own presets: named plans saved from Setup, kept in the database (table
// own_presets, schema 6) so they travel with backups and restores. Built-in presets are not
// here and cannot be renamed or deleted. Names are unique regardless of case.
struct OwnPreset
{
    qint64 id = 0;
    QString name;
    LoopPlan plan; // plan.id is "own:<id>", plan.name the preset's name
    QDateTime createdAt;
    QDateTime updatedAt;
};

class PresetStore
{
public:
    explicit PresetStore(Database &db);

    // Plan ids of own presets: "own:<row id>".
    static QString planId(qint64 id);
    static std::optional<qint64> idFromPlanId(const QString &planId);

    // Ordered by name. Returns std::nullopt and sets *error when reading fails.
    std::optional<QList<OwnPreset>> list(QString *error = nullptr) const;
    std::optional<OwnPreset> find(qint64 id, QString *error = nullptr) const;
    // Saves plan under name (trimmed; not empty, not a built-in's name, not taken). Returns the
    // new preset or std::nullopt with *error saying why.
    std::optional<OwnPreset> save(const QString &name, const LoopPlan &plan, const QDateTime &now,
                                  QString *error = nullptr);
    bool rename(qint64 id, const QString &newName, const QDateTime &now, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);

private:
    bool checkName(const QString &name, qint64 exceptId, QString *error) const;

    Database &m_db;
};

} // namespace mockloop
