#pragma once

#include "storage/Database.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mockloop {

// Internal to storage: the schema's history, one step per version (docs/schema.md), and what
// Database::open shares with it. Migrations are frozen: a released step never changes; a new
// version is a new step at the end.

// Every step from version 1 to the latest, in order. gradeReplay is the schema 5 step's
// rebuild of the review schedule from the stored grades (Database::setGradeReplay); empty,
// that step upgrades only a database that holds no grades.
QList<Database::Migration> migrationSteps(const Database::GradeReplay &gradeReplay);

// The text of a one-value PRAGMA; when it fails *ok is false and the error text is returned.
QString pragmaText(QSqlDatabase &db, const QString &pragma, bool *ok);

} // namespace mockloop
