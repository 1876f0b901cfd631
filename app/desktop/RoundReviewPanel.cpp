#include "RoundReviewPanel.h"

#include "SessionController.h"
#include "TimeFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

enum Column { QuestionColumn, StatusColumn, TimeColumn, OvertimeColumn, ScoreColumn, Columns };

} // namespace

RoundReviewPanel::RoundReviewPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_roundTime = new QLabel(this);
    m_roundTime->setObjectName(QStringLiteral("reviewRoundTime"));

    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Question"), tr("Status"), tr("Time used / allowed"), tr("Overtime"), tr("Score")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);

    m_continueButton = new QPushButton(tr("Continue"), this);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setToolTip(tr("Go on to the next round (Ctrl+Return)."));
    // The step forward is the one to find at a glance.
    QFont primaryFont = m_continueButton->font();
    primaryFont.setBold(true);
    m_continueButton->setFont(primaryFont);
    m_continueButton->setMinimumWidth(120);
    connect(m_continueButton, &QPushButton::clicked, this, &RoundReviewPanel::continueClicked);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_continueButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_roundTime);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void RoundReviewPanel::refresh(const SessionController &controller, bool entered)
{
    const Engine &engine = controller.engine();
    m_continueButton->setEnabled(engine.check(Event::Continue).accepted);
    if (!entered)
        return;
    const int round = engine.currentRound();
    const RoundTimes rt = engine.roundTimes(round);
    m_title->setText(tr("Round %1 review: %2").arg(round + 1).arg(displayName(rt.kind)));
    QString time = rt.budgetMs > 0 ? tr("Round time: %1 of %2")
                                         .arg(formatDuration(rt.usedMs), formatDuration(rt.budgetMs))
                                   : tr("Round time: %1 (no budget)").arg(formatDuration(rt.usedMs));
    if (rt.overtimeMs() > 0)
        time += tr(", %1 over the budget").arg(formatDuration(rt.overtimeMs()));
    if (rt.budgetExpired)
        time += tr("; the budget ran out and the rest of the round was not reached");
    m_roundTime->setText(time);

    m_table->setRowCount(0);
    for (int i = 0; i < engine.attemptCount(); ++i) {
        const AttemptTimes a = engine.attemptTimes(i);
        if (a.round != round)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString allowed =
            a.answerLimitMs > 0 ? formatDuration(a.answerLimitMs) : tr("untimed");
        const std::optional<int> score = controller.score(i);
        const QString cells[Columns] = {
            controller.question(i).text,
            attemptStatusDisplayName(a),
            tr("%1 / %2").arg(formatDuration(a.answerUsedMs), allowed),
            a.overtimeMs() > 0 ? formatDuration(a.overtimeMs()) : tr("–"),
            score ? tr("%1 / 5").arg(*score)
                  : (a.status == AttemptStatus::Submitted ? tr("not graded yet") : tr("–")),
        };
        for (int c = 0; c < Columns; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

} // namespace mockloop::desktop
