#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace mockloop {
class SessionController;
}

namespace mockloop::desktop {

// Before a round: what kind it is, how many questions, the limits and what happens at them.
class RoundIntroPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RoundIntroPanel(QWidget *parent = nullptr);
    void refresh(const SessionController &controller, bool entered);

signals:
    void startClicked();

private:
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_startButton;
};

} // namespace mockloop::desktop
