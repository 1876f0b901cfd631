#pragma once

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

signals:
    void continueClicked();
    // Retake the question of this attempt (the selected row).
    void retakeRequested(int attempt);

private:
    void updateRetakeButton();

    const SessionController *m_controller = nullptr;
    QList<int> m_rowAttempts; // the attempt shown in each row
    QLabel *m_title;
    QLabel *m_roundTime;
    QTableWidget *m_table;
    QPushButton *m_continueButton;
    QPushButton *m_retakeButton;
};

} // namespace mockloop::desktop
