#include "progress/ProgressPage.h"

#include "base/Clock.h"
#include "base/TimeText.h"
#include "practice/Progress.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace mockloop::desktop {

namespace {

qreal msecs(const QDate &day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

QString shortDate(const QDate &day)
{
    return formatDate(day);
}

QString percent(double ratio)
{
    return QStringLiteral("%1 %").arg(qRound(ratio * 100));
}

QString oneDecimal(double value)
{
    return formatDecimal(value);
}

QString shortened(const QString &text, int size)
{
    const QString t = text.simplified();
    return t.size() > size ? t.left(size).trimmed() + QChar(u'…') : t;
}

// A date axis over [from, to] and a value axis over [low, high], attached to the series.
void addAxes(QChart *chart, const QList<QAbstractSeries *> &series, const QDate &from,
             const QDate &to, double low, double high, const QString &valueFormat)
{
    // Date labels follow the chart's locale; the value axes hold whole numbers ("%d %%" is
    // printf's, which localized numbers would print as it stands).
    chart->setLocale(uiLocale());
    auto *x = new QDateTimeAxis;
    x->setFormat(dayMonthFormat());
    x->setRange(from.startOfDay(), to.startOfDay());
    // Four or five dates fit under a chart a third of a window wide.
    x->setTickCount(from.daysTo(to) > 31 ? 4 : 5);
    auto *y = new QValueAxis;
    y->setRange(low, high);
    y->setLabelFormat(valueFormat);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

// A line through the points, with a dot on each so a single day still shows.
QList<QAbstractSeries *> lineWithDots(QChart *chart, const QString &name,
                                      const QList<TrendPoint> &points, double scale)
{
    auto *line = new QLineSeries;
    line->setName(name);
    auto *dots = new QScatterSeries;
    dots->setMarkerSize(7);
    for (const TrendPoint &p : points) {
        line->append(msecs(p.day), p.value * scale);
        dots->append(msecs(p.day), p.value * scale);
    }
    chart->addSeries(line);
    chart->addSeries(dots);
    dots->setColor(line->color());
    dots->setBorderColor(line->color());
    // The dots are part of the line: one legend entry.
    if (chart->legend()->markers(dots).size() == 1)
        chart->legend()->markers(dots).first()->setVisible(false);
    return {line, dots};
}

// Horizontal bars of averages (0..5) with their labels, weakest at the top.
QChart *averageBars(const QStringList &labels, const QList<double> &values, const QString &name)
{
    auto *chart = new QChart;
    chart->setLocale(uiLocale());
    chart->setLocalizeNumbers(true); // "3,5" on the bars in German, as in the text beside them
    auto *set = new QBarSet(name);
    QStringList categories;
    // Qt draws the first category at the bottom: reverse so the weakest is on top.
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        *set << values.at(i);
        categories << labels.at(i);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(2);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, 5);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

} // namespace

ProgressPage::ProgressPage(Database &db, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
{
    auto *title = new QLabel(tr("Progress"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_overall = new QLabel(this);
    m_overall->setObjectName(QStringLiteral("progressOverall"));
    m_overall->setWordWrap(true);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("progressRange"));
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->addItem(tr("Last 12 months"), 365);
    m_range->setCurrentIndex(1);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ProgressPage::refresh);
    auto *rangeLabel = new QLabel(tr("&Show:"), this);
    rangeLabel->setBuddy(m_range);
    auto *homeButton = new QPushButton(tr("&Back to home"), this);
    homeButton->setObjectName(QStringLiteral("progressHomeButton"));
    connect(homeButton, &QPushButton::clicked, this, &ProgressPage::homeRequested);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(m_overall);
    header->addLayout(titles, 1);
    header->addWidget(rangeLabel, 0, Qt::AlignTop);
    header->addWidget(m_range, 0, Qt::AlignTop);
    header->addWidget(homeButton, 0, Qt::AlignTop);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    m_scores = addCard(QStringLiteral("scoreChart"), tr("Score per round kind"), grid, 0, 0);
    m_timeUse = addCard(QStringLiteral("timeUseChart"), tr("Answer time used"), grid, 0, 1);
    m_keyPoints = addCard(QStringLiteral("keyPointChart"), tr("Key points covered"), grid, 1, 0);
    m_sessions = addCard(QStringLiteral("sessionsChart"), tr("Sessions per day"), grid, 1, 1);
    m_weakQuestions = addCard(QStringLiteral("weakQuestionsChart"), tr("Ten weakest questions"),
                              grid, 2, 0);
    m_weakCompetencies = addCard(QStringLiteral("weakCompetenciesChart"),
                                 tr("Weakest competencies"), grid, 2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
}

int ProgressPage::rangeDays() const
{
    return m_range->currentData().toInt();
}

ProgressPage::Card ProgressPage::addCard(const QString &objectName, const QString &title,
                                         QGridLayout *grid, int row, int column)
{
    auto *box = new QGroupBox(title);
    Card card;
    card.view = new QChartView(box);
    card.view->setObjectName(objectName);
    card.view->setRenderHint(QPainter::Antialiasing);
    card.view->setMinimumSize(320, 230);
    card.view->setAccessibleName(title);
    card.summary = new QLabel(box);
    card.summary->setObjectName(objectName + QStringLiteral("Summary"));
    card.summary->setWordWrap(true);
    card.summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    card.summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    card.summary->setFocusPolicy(Qt::StrongFocus); // reachable with Tab for screen readers
    card.summary->setMinimumWidth(170);
    card.summary->setMaximumWidth(230);
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(card.view, 1);
    layout->addWidget(card.summary);
    grid->addWidget(box, row, column);
    return card;
}

void ProgressPage::setCard(const Card &card, QChart *chart, const QString &summary)
{
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    applyPalette(chart);
    QChart *old = card.view->chart();
    card.view->setChart(chart); // the view owns the new chart
    delete old;
    card.summary->setText(summary);
    card.view->setAccessibleDescription(summary);
}

void ProgressPage::applyPalette(QChart *chart) const
{
    // A dark window gets the dark theme (its series colours are made for it), then the chart
    // takes the window's own colours so it sits in the page on either palette.
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The chart is the page: the window's colour, no frame of its own; the plot area is the
    // palette's base colour, as an input field or a table would be.
    chart->setBackgroundBrush(p.color(QPalette::Window));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundBrush(p.color(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(true);
    chart->setTitleBrush(p.color(QPalette::Text));
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        QColor grid = p.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    // setTheme recolours the series: a line's dots follow their line again.
    QLineSeries *lastLine = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s)) {
            QPen pen = line->pen();
            pen.setWidthF(2.5);
            if (line->property("dashed").toBool())
                pen.setStyle(Qt::DashLine);
            else
                lastLine = line;
            line->setPen(pen);
        } else if (auto *dots = qobject_cast<QScatterSeries *>(s); dots && lastLine) {
            dots->setColor(lastLine->color());
            dots->setBorderColor(lastLine->color());
        } else if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            area->setBorderColor(area->color()); // no outline between the day bars
        }
    }
}

void ProgressPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (const Card *card : {&m_scores, &m_timeUse, &m_keyPoints, &m_sessions, &m_weakQuestions,
                                 &m_weakCompetencies})
            if (card->view && card->view->chart())
                applyPalette(card->view->chart());
    }
}

void ProgressPage::refresh()
{
    const QDate today = m_clock->today();
    const QDate from = today.addDays(1 - rangeDays());
    const Progress progress(m_db);
    showScores(progress, from, today);
    showTimeUse(progress, from, today);
    showKeyPoints(progress, from, today);
    showSessions(progress, from, today);
    // The weakest questions and competencies are all time: a weak spot does not expire with
    // the range.
    showWeakQuestions(progress);
    showWeakCompetencies(progress);
}

// Scores per round kind.
void ProgressPage::showScores(const Progress &progress, const QDate &from, const QDate &today)
{
    const auto trend = progress.scoreTrend(from);
    auto *chart = new QChart;
    QList<QAbstractSeries *> all;
    QStringList lines;
    int graded = 0;
    for (auto it = trend.cbegin(); it != trend.cend(); ++it) {
        all += lineWithDots(chart, displayName(it.key()), it.value(), 1.0);
        int n = 0;
        for (const TrendPoint &p : it.value())
            n += p.count;
        graded += n;
        lines << tr("%1: %2 graded, %3 on %4, latest %5 on %6.")
                     .arg(displayName(it.key()))
                     .arg(n)
                     .arg(oneDecimal(it.value().first().value), shortDate(it.value().first().day),
                          oneDecimal(it.value().last().value), shortDate(it.value().last().day));
    }
    addAxes(chart, all, from, today, 1, 5, QStringLiteral("%d"));
    chart->legend()->setVisible(!trend.isEmpty());
    setCard(m_scores, chart,
            graded == 0 ? tr("No graded answers in this period.")
                        : tr("Average score per day (1–5).") + QLatin1Char('\n')
                              + lines.join(QLatin1Char('\n')));
}

// Time use: the share of the answer time used, with the limit as a dashed line.
void ProgressPage::showTimeUse(const Progress &progress, const QDate &from, const QDate &today)
{
    const auto trend = progress.timeUseTrend(from);
    auto *chart = new QChart;
    double high = 100;
    for (const TrendPoint &p : trend)
        high = std::max(high, p.value * 100);
    auto series = lineWithDots(chart, tr("Time used"), trend, 100.0);
    auto *limit = new QLineSeries;
    limit->setName(tr("The limit"));
    limit->append(msecs(from), 100);
    limit->append(msecs(today), 100);
    chart->addSeries(limit);
    limit->setProperty("dashed", true); // applyPalette draws it dashed after each theme
    series << limit;
    const double top = std::ceil(high / 25) * 25;
    addAxes(chart, series, from, today, 0, top, QStringLiteral("%d %%"));
    if (auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0)))
        y->setTickCount(int(top / 25) + 1); // steps of 25 %
    QString summary;
    if (trend.isEmpty()) {
        summary = tr("No timed answers in this period.");
    } else {
        double sum = 0;
        int n = 0;
        int over = 0;
        for (const TrendPoint &p : trend) {
            sum += p.value * p.count;
            n += p.count;
            over += p.value > 1.0 ? 1 : 0;
        }
        summary = tr("Share of the answer time used, per day (100 % = the whole limit).\n"
                     "Average %1 over %2 answers; latest %3 on %4.")
                      .arg(percent(sum / n))
                      .arg(n)
                      .arg(percent(trend.last().value), shortDate(trend.last().day));
        if (over > 0)
            summary += QLatin1Char(' ')
                       + (over == 1 ? tr("1 day over the limit.")
                                    : tr("%1 days over the limit.").arg(over));
    }
    setCard(m_timeUse, chart, summary);
}

// Key points covered.
void ProgressPage::showKeyPoints(const Progress &progress, const QDate &from, const QDate &today)
{
    const auto trend = progress.keyPointTrend(from);
    auto *chart = new QChart;
    auto series = lineWithDots(chart, tr("Key points covered"), trend, 100.0);
    addAxes(chart, series, from, today, 0, 100, QStringLiteral("%d %%"));
    if (auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0)))
        y->setTickCount(5);
    chart->legend()->hide();
    QString summary;
    if (trend.isEmpty()) {
        summary = tr("No answers graded with the key-point checklist in this period.");
    } else {
        double sum = 0;
        int n = 0;
        for (const TrendPoint &p : trend) {
            sum += p.value * p.count;
            n += p.count;
        }
        summary = tr("Share of a question's key points your answers made, per day.\n"
                     "First %1 on %2, latest %3 on %4; %5 answers in all.")
                      .arg(percent(trend.first().value), shortDate(trend.first().day),
                           percent(trend.last().value), shortDate(trend.last().day))
                      .arg(n);
    }
    setCard(m_keyPoints, chart, summary);
}

// Sessions per day, and the line above the charts that counts them.
void ProgressPage::showSessions(const Progress &progress, const QDate &from, const QDate &today)
{
    const auto perDay = progress.sessionsPerDay(from, today);
    auto *chart = new QChart;
    auto *upper = new QLineSeries;
    int total = 0;
    int days = 0;
    int most = 0;
    QDate busiest;
    for (const TrendPoint &p : perDay) {
        // A step per day (a bar one day wide), not a line between days.
        upper->append(msecs(p.day), p.count);
        upper->append(msecs(p.day.addDays(1)) - 1, p.count);
        total += p.count;
        days += p.count > 0 ? 1 : 0;
        if (p.count > most) {
            most = p.count;
            busiest = p.day;
        }
    }
    auto *area = new QAreaSeries(upper);
    // An area series does not own its boundary line (Qt Charts): it goes with the area, or
    // every refresh leaked one (LeakSanitizer, scripts/test.sh).
    upper->setParent(area);
    area->setName(tr("Sessions"));
    chart->addSeries(area);
    addAxes(chart, {area}, from, today.addDays(1), 0, std::max(2, most + 1), QStringLiteral("%d"));
    if (auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0)))
        y->setTickCount(std::min(most + 2, 6));
    chart->legend()->hide();
    setCard(m_sessions, chart,
            total == 0   ? tr("No sessions in this period.")
            : total == 1 ? tr("1 session in the last %1 days.").arg(perDay.size())
                         : tr("%1 sessions on %2 of the last %3 days; the busiest day was %4 "
                              "with %5.")
                               .arg(total)
                               .arg(days)
                               .arg(perDay.size())
                               .arg(shortDate(busiest))
                               .arg(most));
    // Spelled out rather than "%n session(s)": without an English catalogue that shows "(s)".
    m_overall->setText(total == 0   ? tr("No sessions in this period yet.")
                       : total == 1 ? tr("1 session in the period shown.")
                                    : tr("%1 sessions in the period shown.").arg(total));
}

// The ten weakest questions (all time: a weak spot does not expire with the range).
void ProgressPage::showWeakQuestions(const Progress &progress)
{
    const auto weak = progress.weakestQuestions(10);
    QStringList labels;
    QList<double> values;
    QStringList lines;
    for (int i = 0; i < weak.size(); ++i) {
        labels << shortened(weak[i].text, 38);
        values << weak[i].averageScore;
        lines << (weak[i].attempts == 1
                      ? tr("%1. %2 — %3, answered once")
                            .arg(i + 1)
                            .arg(shortened(weak[i].text, 70), oneDecimal(weak[i].averageScore))
                      : tr("%1. %2 — %3 average over %4 answers, last %5")
                            .arg(i + 1)
                            .arg(shortened(weak[i].text, 70), oneDecimal(weak[i].averageScore))
                            .arg(weak[i].attempts)
                            .arg(weak[i].lastScore));
    }
    setCard(m_weakQuestions, averageBars(labels, values, tr("Average score")),
            weak.isEmpty() ? tr("No graded answers yet.")
                           : tr("Lowest average score first (all time).") + QLatin1Char('\n')
                                 + lines.join(QLatin1Char('\n')));
    m_weakQuestions.summary->setMaximumWidth(300);
    m_weakQuestions.view->setMinimumHeight(60 + 28 * int(weak.size()));
}

// The weakest competencies (all time).
void ProgressPage::showWeakCompetencies(const Progress &progress)
{
    const auto weak = progress.weakestCompetencies(8);
    QStringList labels;
    QList<double> values;
    QStringList lines;
    for (const WeakCompetency &w : weak) {
        labels << w.competency;
        values << w.averageScore;
        lines << (w.attempts == 1
                      ? tr("%1 — %2, one answer").arg(w.competency, oneDecimal(w.averageScore))
                      : tr("%1 — %2 average over %3 answers")
                            .arg(w.competency, oneDecimal(w.averageScore))
                            .arg(w.attempts));
    }
    m_weakCompetencies.view->setMinimumHeight(60 + 28 * int(weak.size()));
    setCard(m_weakCompetencies, averageBars(labels, values, tr("Average score")),
            weak.isEmpty() ? tr("No graded story answers yet: competencies come from the "
                                "behavioral, cultural-fit and project questions.")
                           : tr("Competencies the questions asked about, lowest average "
                                "score first (all time).")
                                 + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

} // namespace mockloop::desktop
