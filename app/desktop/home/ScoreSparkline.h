#pragma once

#include <QList>
#include <QWidget>

namespace mockloop::desktop {

// A small line of recent session scores (1–5, oldest left) for Home, painted in the palette's
// highlight colour. Painted directly rather than with Qt Charts: Home opens at every start
// and loading Charts there costs start-up time (bench/bench_window.cpp).
class ScoreSparkline : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kMinScore = 1;
    static constexpr double kMaxScore = 5;

    explicit ScoreSparkline(QWidget *parent = nullptr);

    void setScores(const QList<double> &scores);
    const QList<double> &scores() const { return m_scores; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_scores;
};

} // namespace mockloop::desktop
