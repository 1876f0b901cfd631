#pragma once

#include <QListWidget>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace mockloop {
class Tracker;
}

namespace mockloop::desktop {

class ErrorLabel;

// One column of the board: the applications in one stage, as cards. A card dropped here, or
// moved here with Ctrl+Left / Ctrl+Right from the next column, asks to change its stage; the
// board does it through core and reads the columns again.
class StageColumn : public QListWidget
{
    Q_OBJECT
public:
    StageColumn(qint64 stageId, QWidget *parent = nullptr);
    qint64 stageId() const { return m_stageId; }
    // The application of the current card, 0 for none.
    qint64 currentApplication() const;

signals:
    void dropped(qint64 applicationId, qint64 stageId);
    void moveRequested(qint64 applicationId, int by); // -1: the stage before, +1: the one after

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    qint64 m_stageId;
};

// The board (docs/tracker.md): a column per visible stage with its applications as cards. Drag
// a card to another column, or press Ctrl+Right / Ctrl+Left, to move it to that stage (the
// history keeps the change); Enter or a double-click opens the application in the form.
class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(Tracker &tracker, QWidget *parent = nullptr);
    void setGhostedAfterDays(int days) { m_ghostedAfterDays = days; }
    void refresh();

signals:
    void applicationOpened(qint64 applicationId);
    void stageChanged();

private:
    void moveTo(qint64 applicationId, qint64 stageId);
    void moveBy(qint64 applicationId, int by);

    Tracker &m_tracker;
    int m_ghostedAfterDays = 21;
    QWidget *m_columnsHost;
    QHBoxLayout *m_columns;
    QList<StageColumn *> m_lists;
    ErrorLabel *m_error;
};

} // namespace mockloop::desktop
