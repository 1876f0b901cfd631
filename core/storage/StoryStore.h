#pragma once

#include "storage/StoryRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mockloop {

class Database;

// The SQL of the story bank: stories, their competencies and their uses in answers. Statements
// and row mapping only; what a story needs and what the matrix shows is StoryBank's.
class StoryStore
{
public:
    explicit StoryStore(Database &db);

    // Every story with its competencies and use count, by title (case-insensitive), then id.
    QList<Story> stories() const;
    // Inserts a story (id 0) or updates one, its competencies replaced by the story's, in one
    // transaction; returns its id. Title, parts and competencies are saved as given. An update
    // of a story that is not there saves nothing and sets *missing.
    std::optional<qint64> save(const Story &story, const QDateTime &now, bool *missing,
                               QString *error);
    bool remove(qint64 id, QString *error);
    // One use of a story in an answer (attemptId 0: none).
    bool recordUse(qint64 storyId, qint64 attemptId, const QString &questionId,
                   const QDateTime &now, QString *error);
    // The competencies of the visible questions (trimmed, lower case) and of the stories, each
    // once as SQL sees it; unsorted, possibly with an empty one.
    QStringList competencyRows() const;

private:
    Database &m_db;
};

} // namespace mockloop
