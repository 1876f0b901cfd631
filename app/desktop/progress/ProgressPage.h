#pragma once

#include <QWidget>

class QComboBox;
class QGridLayout;
class QDate;
class QLabel;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace mockloop {
class Clock;
class Database;
class Progress;
}

namespace mockloop::desktop {

// Progress (View → Progress, Home's "Progress"): Qt Charts of the stored history (core/Progress)
// — score trend per round kind, time use, key-point coverage, sessions per day, the weakest
// questions and competencies. Each chart has a text summary beside it, which is also the
// chart's accessible description, and takes its colours from the palette (light or dark).
class ProgressPage : public QWidget
{
    Q_OBJECT
public:
    ProgressPage(Database &db, const Clock *clock, QWidget *parent = nullptr);

    // Re-reads the history for the chosen range.
    void refresh();
    // The days shown, counted back from today.
    int rangeDays() const;

signals:
    void homeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card
    {
        QChartView *view = nullptr;
        QLabel *summary = nullptr;
    };
    Card addCard(const QString &objectName, const QString &title, QGridLayout *grid, int row,
                 int column);
    void setCard(const Card &card, QChart *chart, const QString &summary);
    void applyPalette(QChart *chart) const;
    // One card each (refresh calls them in order); the trends cover from … today.
    void showScores(const Progress &progress, const QDate &from, const QDate &today);
    void showTimeUse(const Progress &progress, const QDate &from, const QDate &today);
    void showKeyPoints(const Progress &progress, const QDate &from, const QDate &today);
    // Also the count above the cards.
    void showSessions(const Progress &progress, const QDate &from, const QDate &today);
    void showWeakQuestions(const Progress &progress);
    void showWeakCompetencies(const Progress &progress);

    Database &m_db;
    const Clock *m_clock;
    QComboBox *m_range;
    QLabel *m_overall;
    Card m_scores;
    Card m_timeUse;
    Card m_keyPoints;
    Card m_sessions;
    Card m_weakQuestions;
    Card m_weakCompetencies;
};

} // namespace mockloop::desktop
