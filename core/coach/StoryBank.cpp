#include "coach/StoryBank.h"

#include "storage/StoryStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace mockloop {

int StoryMatrix::storiesFor(int row) const
{
    return int(std::count(covers.at(row).cbegin(), covers.at(row).cend(), true));
}

QStringList StoryMatrix::gaps() const
{
    QStringList out;
    for (int r = 0; r < competencies.size(); ++r)
        if (isGap(r))
            out << competencies.at(r);
    return out;
}

StoryBank::StoryBank(Database &db)
    : m_db(db)
{
}

QList<Story> StoryBank::stories() const
{
    return StoryStore(m_db).stories();
}

std::optional<Story> StoryBank::story(qint64 id) const
{
    for (const Story &s : stories())
        if (s.id == id)
            return s;
    return std::nullopt;
}

std::optional<qint64> StoryBank::save(const Story &story, const QDateTime &now, QString *error)
{
    if (story.title.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("StoryBank", "A story needs a title.");
        return std::nullopt;
    }
    if ((story.situation + story.task + story.action + story.result).trimmed().isEmpty()) {
        *error = QCoreApplication::translate("StoryBank",
                                             "A story needs some text in at least "
                                             "one of Situation, Task, Action and Result.");
        return std::nullopt;
    }
    Story toSave = story;
    toSave.title = story.title.trimmed();
    toSave.competencies = normalisedCompetencies(story.competencies);
    bool missing = false;
    const std::optional<qint64> id = StoryStore(m_db).save(toSave, now, &missing, error);
    if (missing)
        *error = QCoreApplication::translate("StoryBank", "The story no longer exists.");
    return id;
}

bool StoryBank::remove(qint64 id, QString *error)
{
    return StoryStore(m_db).remove(id, error);
}

bool StoryBank::recordUse(qint64 storyId, qint64 attemptId, const QString &questionId,
                          const QDateTime &now, QString *error)
{
    return StoryStore(m_db).recordUse(storyId, attemptId, questionId, now, error);
}

QStringList StoryBank::competencies() const
{
    QStringList out;
    for (const QString &c : StoryStore(m_db).competencyRows())
        if (!c.isEmpty() && !out.contains(c))
            out << c;
    out.sort();
    return out;
}

StoryMatrix StoryBank::matrix() const
{
    StoryMatrix m;
    m.competencies = competencies();
    m.stories = stories();
    for (const QString &c : std::as_const(m.competencies)) {
        QList<bool> row;
        for (const Story &s : std::as_const(m.stories))
            row.append(s.competencies.contains(c));
        m.covers.append(row);
    }
    return m;
}

} // namespace mockloop
