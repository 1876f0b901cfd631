#pragma once

#include "coach/StoryBank.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace mockloop {
class Clock;
class Database;
}

namespace mockloop::desktop {

class StoryMatrixModel;

// The STAR story bank (View → Stories, Home's "Stories"): the stories, one open for editing
// (title, competencies, Situation / Task / Action / Result), and the competencies × stories
// matrix with its gaps and overused stories. StoryBank decides; this page shows and asks.
class StoriesPage : public QWidget
{
    Q_OBJECT
public:
    StoriesPage(Database &db, const Clock *clock, QWidget *parent = nullptr);

    void refresh();
    // Opens a story for editing (after it was saved elsewhere, e.g. from an answer).
    void showStory(qint64 storyId);
    // A new story with this competency filled in (a preparation plan's "Write a story for …").
    void newStoryFor(const QString &competency);
    // A new, unsaved story drafted from a stored answer, to adapt and save.
    bool draftFromAttempt(qint64 attemptId);
    // The data was restored or deleted underneath the page: ids no longer mean the same story
    // or answer, so the form lets go of them. Typed text stays and saves as a new story.
    void dataReplaced();

signals:
    void homeRequested();

private:
    void storySelected();
    void newStory();
    void saveStory();
    void deleteStory();
    void load(const Story &story);
    void showMessage(const QString &text, bool isError);
    void updateMatrix();
    // True when there are no unsaved edits, or the person agrees to drop them.
    bool mayDiscardEdits();
    // The list's row for the story in the form (-1 for a new one).
    int rowOfCurrent() const;
    // Keeps the typed text of a story that is no longer stored (or no longer the same) as a
    // new, unsaved story, and says so.
    void detachForm();

    Database &m_db;
    const Clock *m_clock;
    QList<Story> m_stories;
    qint64 m_currentId = 0;
    qint64 m_sourceAttemptId = 0;
    bool m_dirty = false;   // the form has edits not yet saved
    bool m_loading = false; // filling the form is not an edit
    QListWidget *m_list;
    QLineEdit *m_title;
    QLineEdit *m_competencies;
    QList<QPlainTextEdit *> m_parts; // situation, task, action, result
    QPushButton *m_saveButton;
    QPushButton *m_deleteButton;
    QLabel *m_message;
    StoryMatrixModel *m_matrixModel;
    QTableView *m_matrixView;
    QLabel *m_matrixSummary;
};

} // namespace mockloop::desktop
