#include "interview/QuestionPanel.h"

#include "base/TimeText.h"
#include "common/Appearance.h"
#include "common/ReadingWidth.h"
#include "controller/SessionController.h"
#include "editor/AnswerEditor.h"
#include "interview/UseStoryButton.h"

#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mockloop::desktop {

QuestionPanel::QuestionPanel(QWidget *parent)
    : QWidget(parent)
{
    m_questionText = new QLabel(this);
    m_questionText->setObjectName(QStringLiteral("questionText"));
    m_questionText->setWordWrap(true);
    m_questionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_questionText->setTextFormat(Qt::PlainText);
    QFont questionFont = m_questionText->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.35);
    m_questionText->setFont(questionFont);
    m_questionText->setMinimumWidth(300);

    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("phaseLabel"));
    m_phase->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    // A large fixed-pitch countdown: digits that do not jiggle as they change.
    QFont clockFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    clockFont.setPointSize(28);
    clockFont.setBold(true);
    m_countdown->setFont(clockFont);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_limitInfo = new QLabel(this);
    m_limitInfo->setObjectName(QStringLiteral("limitInfoLabel"));
    m_limitInfo->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_roundBudget = new QLabel(this);
    m_roundBudget->setObjectName(QStringLiteral("roundBudgetLabel"));
    m_roundBudget->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *clock = new QVBoxLayout;
    clock->setSpacing(0);
    clock->addWidget(m_phase);
    clock->addWidget(m_countdown);
    clock->addWidget(m_limitInfo);
    clock->addWidget(m_roundBudget);
    auto *top = new QHBoxLayout;
    top->addWidget(m_questionText, 1, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(clock);

    m_paused = new QLabel(tr("Paused — the clock is stopped. Resume (Ctrl+P) to go on."), this);
    m_paused->setObjectName(QStringLiteral("pausedLabel"));
    m_paused->setAlignment(Qt::AlignCenter);
    m_paused->setWordWrap(true);
    QFont pausedFont = m_paused->font();
    pausedFont.setPointSizeF(pausedFont.pointSizeF() * 1.4);
    pausedFont.setBold(true);
    m_paused->setFont(pausedFont);
    // A note on the page in the palette's tooltip colours (light or dark with the theme).
    m_paused->setAutoFillBackground(true);
    m_paused->setBackgroundRole(QPalette::ToolTipBase);
    m_paused->setForegroundRole(QPalette::ToolTipText);
    m_paused->setFrameShape(QFrame::Box);
    m_paused->setMargin(10);
    m_paused->hide();

    m_editor = new AnswerEditor(this);
    m_useStoryButton = new UseStoryButton(m_editor, this);

    m_beginAnswerButton = new QPushButton(tr("Start answering"), this);
    m_beginAnswerButton->setObjectName(QStringLiteral("beginAnswerButton"));
    m_beginAnswerButton->setToolTip(tr("End the preparation early and start the answer clock."));
    m_skipButton = new QPushButton(tr("Skip"), this);
    m_skipButton->setObjectName(QStringLiteral("skipButton"));
    m_skipButton->setToolTip(tr("Leave this question unanswered and go on."));
    m_submitButton = new QPushButton(tr("Submit"), this);
    m_submitButton->setObjectName(QStringLiteral("submitButton"));
    m_submitButton->setToolTip(tr("Submit this answer (Ctrl+Return)."));
    connect(m_beginAnswerButton, &QPushButton::clicked, this, &QuestionPanel::beginAnswerClicked);
    connect(m_skipButton, &QPushButton::clicked, this, &QuestionPanel::skipClicked);
    // The step forward is the one to find at a glance.
    QFont primaryFont = m_submitButton->font();
    primaryFont.setBold(true);
    m_submitButton->setFont(primaryFont);
    m_submitButton->setMinimumWidth(120);
    connect(m_submitButton, &QPushButton::clicked, this, &QuestionPanel::submitClicked);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_useStoryButton);
    buttons->addStretch();
    buttons->addWidget(m_skipButton);
    buttons->addWidget(m_beginAnswerButton);
    buttons->addWidget(m_submitButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_paused);
    m_editor->setObjectName(QStringLiteral("answerEditor"));
    addAtReadingWidth(layout, m_editor, 1);
    layout->addLayout(buttons);
}

void QuestionPanel::clear()
{
    m_questionText->clear();
    // Not reported as an edit (setQuestion never is): there is no session to save it to.
    m_editor->setQuestion(Question{}, {});
    m_useStoryButton->clearContext();
    for (QPushButton *button : {m_beginAnswerButton, m_skipButton, m_submitButton})
        button->setEnabled(false);
}

void QuestionPanel::refresh(SessionController &controller, bool entered)
{
    const Engine &engine = controller.engine();
    const int attempt = engine.currentAttempt();
    if (attempt < 0)
        return;
    const State timed = engine.timedState();
    const bool paused = engine.state() == State::Paused;
    const AttemptTimes times = engine.attemptTimes(attempt);

    if (entered) {
        m_questionText->setText(controller.question(attempt).text);
        // The editor for this question, with the stored draft: after a resume the person sees
        // what they had written.
        m_editor->setQuestion(controller.question(attempt), controller.answer(attempt));
    }
    m_editor->setReadOnly(paused || (timed != State::Prep && timed != State::Answering));
    // The STAR budgets run against the answer clock only (none of it is used in prep).
    m_editor->setAnswerClock(timed == State::Answering ? times.answerUsedMs : -1,
                             times.answerLimitMs);
    const QList<AnswerField> draft = controller.answer(attempt);
    m_editor->setSaveState(controller.hasUnsavedChanges(),
                           std::any_of(draft.cbegin(), draft.cend(),
                                       [](const AnswerField &f) { return !f.value.isEmpty(); }));
    // "Use a story…" where the editor has Situation / Task / Action / Result.
    const Question &question = controller.question(attempt);
    m_useStoryButton->setVisible(m_editor->form() == AnswerForm::Star);
    m_useStoryButton->setEnabled(!paused && (timed == State::Prep || timed == State::Answering));
    m_useStoryButton->setContext(&controller, attempt, question);
    m_paused->setVisible(paused);

    bool overtime = false;
    if (timed == State::Prep) {
        m_phase->setText(paused ? tr("Preparation (paused)") : tr("Preparation"));
        m_countdown->setText(formatCountdown(engine.prepRemainingMs()));
        m_limitInfo->setText(times.answerLimitMs > 0
                                 ? tr("then %1 to answer").arg(formatDuration(times.answerLimitMs))
                                 : tr("then an untimed answer"));
    } else if (times.answerLimitMs > 0) {
        const qint64 remaining = engine.answerRemainingMs();
        overtime = remaining < 0;
        m_phase->setText(paused ? tr("Answer (paused)") : tr("Answer"));
        m_countdown->setText(formatCountdown(remaining));
        m_limitInfo->setText(tr("of %1").arg(formatDuration(times.answerLimitMs)));
    } else {
        m_phase->setText(paused ? tr("Answer, untimed (paused)") : tr("Answer, untimed"));
        m_countdown->setText(formatDuration(times.answerUsedMs));
        m_limitInfo->setText(tr("used so far"));
    }
    m_countdown->setStyleSheet(errorStyleSheet(palette(), overtime));

    const RoundTimes round = engine.roundTimes(times.round);
    m_roundBudget->setVisible(round.budgetMs > 0);
    if (round.budgetMs > 0) {
        const qint64 left = engine.roundRemainingMs();
        m_roundBudget->setText(left < 0 ? tr("Round: %1").arg(formatCountdown(left))
                                        : tr("Round: %1 left").arg(formatCountdown(left)));
    }

    m_beginAnswerButton->setVisible(timed == State::Prep);
    m_beginAnswerButton->setEnabled(engine.check(Event::BeginAnswer).accepted);
    m_submitButton->setEnabled(engine.check(Event::Submit).accepted);
    m_skipButton->setEnabled(engine.check(Event::Skip).accepted);
}

} // namespace mockloop::desktop
