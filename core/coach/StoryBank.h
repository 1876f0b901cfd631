#pragma once

#include "storage/StoryRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mockloop {

class Database;

// Competencies × stories: which story covers which competency, the gaps (a competency no
// story covers) and the stories used too often.
struct StoryMatrix
{
    static constexpr int kOveruseThreshold = 3; // answers; more suggests a second story

    QStringList competencies;  // rows: every competency of a question in the bank or a story
    QList<Story> stories;      // columns
    QList<QList<bool>> covers; // [row][column]

    int storiesFor(int row) const;
    bool isGap(int row) const { return storiesFor(row) == 0; }
    bool isOverused(int column) const { return stories.at(column).uses >= kOveruseThreshold; }
    QStringList gaps() const;
};

class StoryBank
{
public:
    explicit StoryBank(Database &db);

    QList<Story> stories() const; // by title
    std::optional<Story> story(qint64 id) const;
    // Inserts a story (id 0) or updates one; returns its id. A story needs a title and some
    // text in at least one STAR part; otherwise nothing is saved and *error says why.
    std::optional<qint64> save(const Story &story, const QDateTime &now, QString *error);
    bool remove(qint64 id, QString *error);
    // Records that a story was inserted into an answer (the matrix counts these).
    bool recordUse(qint64 storyId, qint64 attemptId, const QString &questionId,
                   const QDateTime &now, QString *error);

    // Every competency named by a question in the bank or by a story, sorted.
    QStringList competencies() const;
    StoryMatrix matrix() const;

private:
    Database &m_db;
};

} // namespace mockloop
