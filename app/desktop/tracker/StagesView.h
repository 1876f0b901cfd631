#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace mockloop {
class Clock;
class Database;
class Tracker;
}

namespace mockloop::desktop {

class ErrorLabel;

// The stage pipeline (docs/tracker.md): every stage in order, its check box showing or hiding it
// in the table's filter and the form; a stage added or renamed from the name field; moved up or
// down. core/tracker's Tracker decides what is allowed and says why not. A stage is never
// deleted: the history points at it.
class StagesView : public QWidget
{
    Q_OBJECT
public:
    StagesView(Tracker &tracker, QWidget *parent = nullptr);
    void refresh();

signals:
    // The stages changed: the page reloads its stage lists.
    void stagesChanged();

private:
    void itemChanged(QListWidgetItem *item);
    void add();
    void rename();
    void move(int by);
    void done(bool ok, const QString &error, qint64 select);
    qint64 currentId() const;

    Tracker &m_tracker;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_up;
    QPushButton *m_down;
    ErrorLabel *m_error;
};

} // namespace mockloop::desktop
