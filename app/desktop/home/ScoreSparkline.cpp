#include "home/ScoreSparkline.h"

#include "common/Appearance.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mockloop::desktop {

ScoreSparkline::ScoreSparkline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scoreSparkline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ScoreSparkline::setScores(const QList<double> &scores)
{
    m_scores = scores;
    QStringList texts;
    for (const double s : scores)
        texts << locale().toString(s, 'f', 1);
    // Screen readers get the numbers the line draws.
    setAccessibleDescription(texts.join(QStringLiteral(", ")));
    update();
}

QSize ScoreSparkline::sizeHint() const
{
    return {260, fontMetrics().height() * 4};
}

QSize ScoreSparkline::minimumSizeHint() const
{
    return {120, fontMetrics().height() * 3};
}

void ScoreSparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    const QColor line = palette().color(QPalette::Highlight);
    const QColor guide = mixColours(palette().color(QPalette::WindowText),
                                    palette().color(QPalette::Window), 0.25);

    auto yOf = [&](double score) {
        const double t = (std::clamp(score, kMinScore, kMaxScore) - kMinScore)
                         / (kMaxScore - kMinScore);
        return area.bottom() - t * area.height();
    };
    // Guides at 1, 3 and 5: where a score sits reads without axis labels.
    painter.setPen(QPen(guide, 1, Qt::DotLine));
    for (const double s : {kMinScore, 3.0, kMaxScore})
        painter.drawLine(QPointF(area.left(), yOf(s)), QPointF(area.right(), yOf(s)));
    if (m_scores.isEmpty())
        return;

    const qsizetype n = m_scores.size();
    auto xOf = [&](qsizetype i) {
        return n == 1 ? area.center().x() : area.left() + area.width() * double(i) / double(n - 1);
    };
    QPainterPath path;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF p(xOf(i), yOf(m_scores.at(i)));
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    painter.setPen(QPen(line, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setBrush(line);
    painter.setPen(Qt::NoPen);
    for (qsizetype i = 0; i < n; ++i) {
        const double radius = i == n - 1 ? 4.0 : 2.5; // the latest session stands out
        painter.drawEllipse(QPointF(xOf(i), yOf(m_scores.at(i))), radius, radius);
    }
}

} // namespace mockloop::desktop
