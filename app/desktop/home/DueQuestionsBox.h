#pragma once

#include "session/Plan.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace mockloop {
class Clock;
class Database;
}

namespace mockloop::desktop {

// Home's "Due for review" box: how many questions spaced repetition brings back today, the
// first few of them, and a button that starts a loop of exactly those (core/Scheduler).
class DueQuestionsBox : public QGroupBox
{
    Q_OBJECT
public:
    static constexpr int kShownQuestions = 3;

    DueQuestionsBox(Database &db, const Clock *clock, QWidget *parent = nullptr);
    void refresh();

signals:
    void practiseDueRequested(const mockloop::LoopPlan &plan);

private:
    void practise();

    Database &m_db;
    const Clock *m_clock;
    QLabel *m_summary;
    QLabel *m_list;
    QPushButton *m_practiseButton;
};

} // namespace mockloop::desktop
