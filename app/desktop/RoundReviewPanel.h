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

private:
    QLabel *m_title;
    QLabel *m_roundTime;
    QTableWidget *m_table;
    QPushButton *m_continueButton;
};

} // namespace mockloop::desktop
