#pragma once

#include "coach/StoryBank.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace mockloop::desktop {

// Chooses one story from the bank; stories covering more of `competencies` come first.
class StoryPickerDialog : public QDialog
{
    Q_OBJECT
public:
    StoryPickerDialog(const QList<Story> &stories, const QStringList &competencies,
                      QWidget *parent = nullptr);
    std::optional<Story> chosen() const;

    // The stories in the order the picker shows them (exposed for tests).
    static QList<Story> ranked(QList<Story> stories, const QStringList &competencies);

private:
    void showSelected();

    QList<Story> m_stories;
    QListWidget *m_list;
    QTextBrowser *m_preview;
};

// A story as HTML: its STAR parts under their names, competencies and uses.
QString storyHtml(const Story &story);

} // namespace mockloop::desktop
