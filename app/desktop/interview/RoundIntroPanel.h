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
    // Reads the controller only while called; keeps no pointer to it.
    void refresh(const SessionController &controller, bool entered);
    // Forgets the session shown: it ended and its controller is freed. Nothing of it stays on
    // screen or is read again, whatever signal fires later (a table taking focus, a dialog).
    void clear();

signals:
    void startClicked();

private:
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_startButton;
};

} // namespace mockloop::desktop
