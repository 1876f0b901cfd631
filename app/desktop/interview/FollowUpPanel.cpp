#include "interview/FollowUpPanel.h"

#include "base/TimeText.h"
#include "common/ReadingWidth.h"
#include "controller/SessionController.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mockloop::desktop {

FollowUpPanel::FollowUpPanel(QWidget *parent)
    : QWidget(parent)
{
    m_mainQuestion = new QLabel(this);
    m_mainQuestion->setObjectName(QStringLiteral("followUpMainQuestion"));
    m_mainQuestion->setWordWrap(true);
    m_mainQuestion->setTextFormat(Qt::PlainText);
    m_mainQuestion->setForegroundRole(QPalette::PlaceholderText);

    m_asks = new QLabel(tr("The interviewer asks back:"), this);
    m_asks->setObjectName(QStringLiteral("followUpAsksLabel"));
    QFont asksFont = m_asks->font();
    asksFont.setBold(true);
    m_asks->setFont(asksFont);

    m_followUp = new QLabel(this);
    m_followUp->setObjectName(QStringLiteral("followUpText"));
    m_followUp->setWordWrap(true);
    m_followUp->setTextFormat(Qt::PlainText);
    m_followUp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont followUpFont = m_followUp->font();
    followUpFont.setPointSizeF(followUpFont.pointSizeF() * 1.35);
    m_followUp->setFont(followUpFont);
    m_followUp->setMinimumWidth(300);

    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("followUpPhaseLabel"));
    m_phase->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_paused = new QLabel(tr("Paused — the clock is stopped. Resume (Ctrl+P) to go on."), this);
    m_paused->setObjectName(QStringLiteral("followUpPausedLabel"));
    m_paused->setAlignment(Qt::AlignCenter);
    m_paused->setWordWrap(true);
    m_paused->setAutoFillBackground(true);
    m_paused->setBackgroundRole(QPalette::ToolTipBase);
    m_paused->setForegroundRole(QPalette::ToolTipText);
    m_paused->setFrameShape(QFrame::Box);
    m_paused->setMargin(10);
    m_paused->hide();

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("followUpEditor"));
    m_editor->setPlaceholderText(tr("Your answer to the follow-up"));
    m_editor->setAccessibleName(tr("Follow-up answer"));
    m_editor->setTabChangesFocus(true);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });

    m_skipButton = new QPushButton(tr("Skip"), this);
    m_skipButton->setObjectName(QStringLiteral("skipFollowUpButton"));
    m_skipButton->setToolTip(tr("Leave this follow-up unanswered and go on."));
    m_submitButton = new QPushButton(tr("Submit"), this);
    m_submitButton->setObjectName(QStringLiteral("submitFollowUpButton"));
    m_submitButton->setToolTip(tr("Submit this follow-up answer (Ctrl+Return)."));
    QFont primaryFont = m_submitButton->font();
    primaryFont.setBold(true);
    m_submitButton->setFont(primaryFont);
    m_submitButton->setMinimumWidth(120);
    connect(m_skipButton, &QPushButton::clicked, this, &FollowUpPanel::skipClicked);
    connect(m_submitButton, &QPushButton::clicked, this, &FollowUpPanel::submitClicked);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_skipButton);
    buttons->addWidget(m_submitButton);

    auto *top = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_mainQuestion);
    texts->addSpacing(6);
    texts->addWidget(m_asks);
    texts->addWidget(m_followUp);
    top->addLayout(texts, 1);
    top->addSpacing(12);
    top->addWidget(m_phase, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_paused);
    addAtReadingWidth(layout, m_editor, 1);
    layout->addLayout(buttons);
}

QString FollowUpPanel::followUpText() const
{
    return m_followUp->text();
}

void FollowUpPanel::clear()
{
    m_mainQuestion->clear();
    m_followUp->clear();
    m_loading = true;
    m_editor->clear();
    m_loading = false;
    m_shownKey = -1;
    m_skipButton->setEnabled(false);
    m_submitButton->setEnabled(false);
}

void FollowUpPanel::refresh(SessionController &controller, bool entered)
{
    const Engine &engine = controller.engine();
    const int attempt = engine.currentAttempt();
    const FollowUpRecord *followUp = controller.currentFollowUp();
    if (attempt < 0 || !followUp)
        return;
    const bool paused = engine.state() == State::Paused;
    const bool answering = engine.state() == State::FollowUpAnswering;
    // A second follow-up of the same attempt is a new one to load, too.
    const int key = attempt * 16 + engine.currentFollowUp();
    if (entered || key != m_shownKey) {
        m_shownKey = key;
        m_mainQuestion->setText(tr("You were asked: %1").arg(controller.question(attempt).text));
        m_followUp->setText(followUp->question);
        m_loading = true;
        m_editor->setPlainText(followUp->answer);
        m_editor->moveCursor(QTextCursor::End);
        m_loading = false;
    }
    m_editor->setReadOnly(!answering);
    m_paused->setVisible(paused);
    const FollowUpTimes times = engine.attemptTimes(attempt).followUps.value(engine.currentFollowUp());
    const int number = engine.currentFollowUp() + 1;
    const int count = int(engine.attemptTimes(attempt).followUps.size());
    QString phase = count > 1 ? tr("Follow-up %1 of %2").arg(number).arg(count) : tr("Follow-up");
    if (times.answerLimitMs > 0)
        phase += QLatin1Char('\n') + tr("%1 to answer").arg(formatDuration(times.answerLimitMs));
    m_phase->setText(phase);
    m_submitButton->setEnabled(engine.check(Event::Submit).accepted);
    m_skipButton->setEnabled(engine.check(Event::Skip).accepted);
}

} // namespace mockloop::desktop
