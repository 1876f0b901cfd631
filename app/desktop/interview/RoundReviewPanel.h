#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mockloop {
class SessionController;
}

namespace mockloop::desktop {

// After a round: each attempt's status, time used against the limit, overtime and score.
class RoundReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RoundReviewPanel(QWidget *parent = nullptr);
    void refresh(const SessionController &controller, bool entered);
    // Forgets the session shown: it ended and its controller is freed. Nothing of it stays on
    // screen or is read again, whatever signal fires later (a table taking focus, a dialog).
    void clear();
    // After the page switched to the review: no row is chosen yet. The switch moves the focus
    // into the table, which chooses its first row; a retake must be the person's choice.
    void clearChoice();

signals:
    void continueClicked();
    // Retake the question of this attempt (the selected row).
    void retakeRequested(int attempt);

private:
    void updateRetakeButton();

    // Read again when the selected row changes, which Qt may report at any time (the table
    // takes focus when the page switches to it); the guard turns null if it is ever freed.
    QPointer<const SessionController> m_controller;
    QList<int> m_rowAttempts; // the attempt shown in each row
    QLabel *m_title;
    QLabel *m_roundTime;
    QTableWidget *m_table;
    QPushButton *m_continueButton;
    QPushButton *m_retakeButton;
};

} // namespace mockloop::desktop
