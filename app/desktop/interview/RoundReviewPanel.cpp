#include "interview/RoundReviewPanel.h"

#include "base/TimeText.h"
#include "controller/SessionController.h"
#include "interview/ScoreDelta.h"
#include "report/SessionText.h"
#include "session/HintsRule.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    // A row is chosen to retake its question; the keys move the choice.
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
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
    m_retakeButton = new QPushButton(tr("&Retake question"), this);
    m_retakeButton->setObjectName(QStringLiteral("reviewRetakeButton"));
    m_retakeButton->setToolTip(tr("Answer the selected question again as a new attempt; the "
                                  "review shows the score change."));
    connect(m_retakeButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_rowAttempts.size())
            emit retakeRequested(m_rowAttempts[row]);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &RoundReviewPanel::updateRetakeButton);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retakeButton);
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
    m_controller = &controller;
    m_continueButton->setEnabled(engine.check(Event::Continue).accepted);
    m_retakeButton->setVisible(retakesOffered(controller.plan()));
    if (!entered) {
        updateRetakeButton();
        return;
    }
    const int round = engine.currentRound();
    const RoundTimes rt = engine.roundTimes(round);
    m_title->setText(tr("Round %1 review: %2").arg(round + 1).arg(displayName(rt.kind)));
    QString time =
        rt.budgetMs > 0
            ? tr("Round time: %1 of %2").arg(formatDuration(rt.usedMs), formatDuration(rt.budgetMs))
            : tr("Round time: %1 (no budget)").arg(formatDuration(rt.usedMs));
    if (rt.overtimeMs() > 0)
        time += tr(", %1 over the budget").arg(formatDuration(rt.overtimeMs()));
    if (rt.budgetExpired)
        time += tr("; the budget ran out and the rest of the round was not reached");
    m_roundTime->setText(time);

    m_table->setRowCount(0);
    m_rowAttempts.clear();
    for (int i = 0; i < engine.attemptCount(); ++i) {
        const AttemptTimes a = engine.attemptTimes(i);
        if (a.round != round)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString allowed = a.answerLimitMs > 0 ? formatDuration(a.answerLimitMs) : tr("untimed");
        const std::optional<int> score = controller.score(i);
        const std::optional<int> previous = controller.previousScore(i);
        QString scoreText = score ? tr("%1 / 5").arg(*score)
                                  : (a.status == AttemptStatus::Submitted ? tr("not graded yet")
                                                                          : tr("–"));
        if (score && previous)
            scoreText += QLatin1Char(' ') + scoreDeltaText(*score - *previous);
        const bool isRetake = std::any_of(m_rowAttempts.cbegin(), m_rowAttempts.cend(), [&](int j) {
            return controller.question(j).id == controller.question(i).id;
        });
        m_rowAttempts.append(i);
        const QString cells[Columns] = {
            isRetake ? tr("%1 (retake)").arg(controller.question(i).text)
                     : controller.question(i).text,
            attemptStatusDisplayName(a),
            tr("%1 / %2").arg(formatDuration(a.answerUsedMs), allowed),
            a.overtimeMs() > 0 ? formatDuration(a.overtimeMs()) : tr("–"),
            scoreText,
        };
        for (int c = 0; c < Columns; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    updateRetakeButton();
}

void RoundReviewPanel::clear()
{
    m_controller = nullptr;
    m_rowAttempts.clear();
    m_table->setRowCount(0);
    m_title->clear();
    m_roundTime->clear();
    m_retakeButton->setEnabled(false);
}

void RoundReviewPanel::clearChoice()
{
    m_table->setCurrentCell(-1, -1);
    m_table->clearSelection();
}

void RoundReviewPanel::updateRetakeButton()
{
    const int row = m_table->currentRow();
    m_retakeButton->setEnabled(m_controller && row >= 0 && row < m_rowAttempts.size()
                               && m_controller->engine().checkRetake(m_rowAttempts[row]).accepted);
}

} // namespace mockloop::desktop
