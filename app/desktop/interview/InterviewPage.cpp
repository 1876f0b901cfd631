#include "interview/InterviewPage.h"

#include "common/Appearance.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "editor/AnswerEditor.h"
#include "interview/ClockWidget.h"
#include "interview/ClosingPanel.h"
#include "interview/FollowUpPanel.h"
#include "interview/GradePanel.h"
#include "interview/QuestionPanel.h"
#include "interview/RoundIntroPanel.h"
#include "interview/RoundReviewPanel.h"
#include "interview/RoundStrip.h"
#include "interview/Speech.h"
#include "interview/UseStoryButton.h"
#include "window/SessionActions.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mockloop::desktop {

namespace {

// Short state names for the header (core's displayName(State) is worded for sentences).
QString stateText(State state)
{
    switch (state) {
    case State::Ready: return InterviewPage::tr("Ready");
    case State::RoundIntro: return InterviewPage::tr("Round introduction");
    case State::Prep: return InterviewPage::tr("Preparing");
    case State::Answering: return InterviewPage::tr("Answering");
    case State::Grading: return InterviewPage::tr("Grading");
    case State::RoundReview: return InterviewPage::tr("Round review");
    case State::Closing: return InterviewPage::tr("Closing questions");
    case State::Finished: return InterviewPage::tr("Finished");
    case State::Paused: return InterviewPage::tr("Paused");
    case State::Abandoned: return InterviewPage::tr("Abandoned");
    case State::FollowUpAsked: return InterviewPage::tr("Follow-up question");
    case State::FollowUpAnswering: return InterviewPage::tr("Answering the follow-up");
    }
    return {};
}

QLabel *headerLabel(const QString &objectName, double scale, bool bold, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    label->setFont(f);
    return label;
}

} // namespace

InterviewPage::InterviewPage(SessionActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
{
    m_roundName = headerLabel(QStringLiteral("roundNameLabel"), 1.6, true, this);
    m_roundPosition = headerLabel(QStringLiteral("roundPositionLabel"), 1.0, false, this);
    m_questionPosition = headerLabel(QStringLiteral("questionPositionLabel"), 1.0, false, this);
    m_stateLabel = headerLabel(QStringLiteral("stateLabel"), 1.1, true, this);
    m_stateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *positions = new QHBoxLayout;
    positions->addWidget(m_roundPosition);
    positions->addSpacing(16);
    positions->addWidget(m_questionPosition);
    positions->addStretch();
    m_strip = new RoundStrip(this);
    m_titles = new QWidget(this);
    auto *titles = new QVBoxLayout(m_titles);
    titles->setContentsMargins(0, 0, 0, 0);
    titles->setSpacing(2);
    titles->addWidget(m_roundName);
    titles->addLayout(positions);
    titles->addWidget(m_strip);
    titles->addStretch();
    m_clock = new ClockWidget(this);
    m_pauseButton = new QPushButton(tr("Pause"), this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setToolTip(tr("Stop the clock (Ctrl+P)."));
    m_abandonButton = new QPushButton(tr("A&bandon…"), this);
    m_abandonButton->setObjectName(QStringLiteral("abandonButton"));
    m_abandonButton->setToolTip(tr("End this session for good; its answers stay in the report."));
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addStretch();
    sessionButtons->addWidget(m_pauseButton);
    sessionButtons->addWidget(m_abandonButton);
    m_status = new QWidget(this);
    auto *status = new QVBoxLayout(m_status);
    status->setContentsMargins(0, 0, 0, 0);
    status->setSpacing(4);
    status->addWidget(m_stateLabel);
    status->addLayout(sessionButtons);
    status->addStretch();
    auto *header = new QHBoxLayout;
    header->addWidget(m_titles, 1);
    header->addWidget(m_clock);
    header->addSpacing(8);
    header->addWidget(m_status);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("interviewMessage"));
    m_message->setWordWrap(true);
    // Not in the layout: an overlay (placeMessage), opaque so nothing below shows through.
    m_message->setAutoFillBackground(true);
    m_message->setBackgroundRole(QPalette::Base);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    m_message->hide();

    // A save that fails is said here, where the person is typing, at once (the status bar is
    // easy to miss): an overlay below the message, so it pushes nothing around either, and
    // beside the clock, so it covers not the question the person is answering.
    m_saveNotice = new QLabel(this);
    m_saveNotice->setObjectName(QStringLiteral("saveNoticeLabel"));
    m_saveNotice->setWordWrap(true);
    m_saveNotice->setAutoFillBackground(true);
    m_saveNotice->setBackgroundRole(QPalette::Base);
    m_saveNotice->setFrameShape(QFrame::StyledPanel);
    m_saveNotice->setMargin(6);
    m_saveNotice->setAccessibleName(tr("Saving"));
    m_saveNotice->hide();

    m_stack = new QStackedWidget(this);
    m_intro = new RoundIntroPanel(m_stack);
    m_question = new QuestionPanel(m_stack);
    // The header's clock shows the time; the panel's own countdown label stays for its
    // phase text but is not shown twice.
    if (auto *panelCountdown = m_question->findChild<QLabel *>(QStringLiteral("countdownLabel")))
        panelCountdown->hide();
    m_followUp = new FollowUpPanel(m_stack);
    m_grade = new GradePanel(m_stack);
    m_review = new RoundReviewPanel(m_stack);
    m_closing = new ClosingPanel(m_stack);
    m_done = new QLabel(m_stack);
    m_done->setAlignment(Qt::AlignCenter);
    for (QWidget *panel : std::initializer_list<QWidget *>{m_intro, m_question, m_followUp, m_grade,
                                                           m_review, m_closing, m_done})
        m_stack->addWidget(panel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(rule);
    layout->addWidget(m_stack, 1);

    connect(m_intro, &RoundIntroPanel::startClicked, this, &InterviewPage::startOrContinue);
    connect(m_question, &QuestionPanel::beginAnswerClicked, this, [this] {
        act(Event::BeginAnswer);
        // The clicked button hides and Qt would hand its focus to Skip, where the next space
        // typed would skip the question: the person goes on typing in the answer instead.
        if (!m_question->editor()->isAncestorOf(QApplication::focusWidget()))
            m_question->editor()->focusFirstField();
    });
    connect(m_question, &QuestionPanel::submitClicked, this, [this] { act(Event::Submit); });
    connect(m_question, &QuestionPanel::skipClicked, this, &InterviewPage::skip);
    connect(m_question->editor(), &AnswerEditor::edited, this, &InterviewPage::answerEdited);
    connect(m_question->useStoryButton(), &UseStoryButton::storyInserted, this,
            &InterviewPage::answerEdited);
    connect(m_followUp, &FollowUpPanel::submitClicked, this, [this] { act(Event::Submit); });
    connect(m_followUp, &FollowUpPanel::skipClicked, this, &InterviewPage::skip);
    connect(m_followUp, &FollowUpPanel::edited, this, &InterviewPage::followUpEdited);
    connect(m_grade, &GradePanel::gradeRequested, this, &InterviewPage::gradeRequested);
    connect(m_review, &RoundReviewPanel::continueClicked, this, [this] { act(Event::Continue); });
    // Retakes name their attempt, so they go to the controller rather than through act().
    connect(m_grade, &GradePanel::retakeRequested, this, [this](const Grade &grade) {
        if (m_controller) {
            report(m_controller->retake(m_controller->engine().currentAttempt(), grade));
            refresh();
        }
    });
    connect(m_review, &RoundReviewPanel::retakeRequested, this, [this](int attempt) {
        if (m_controller) {
            report(m_controller->retake(attempt));
            refresh();
        }
    });
    connect(m_closing, &ClosingPanel::notesEdited, this, &InterviewPage::notesEdited);
    connect(m_closing, &ClosingPanel::finishClicked, this, [this] { act(Event::Submit); });
    connect(m_pauseButton, &QPushButton::clicked, this, &InterviewPage::togglePause);
    connect(m_abandonButton, &QPushButton::clicked, this, &InterviewPage::abandon);

    // The window's session actions (its Interview menu) act on this page.
    connect(m_actions->primary, &QAction::triggered, this, &InterviewPage::primaryAction);
    connect(m_actions->pause, &QAction::triggered, this, &InterviewPage::togglePause);
    connect(m_actions->skip, &QAction::triggered, this, &InterviewPage::skip);
    connect(m_actions->abandon, &QAction::triggered, this, &InterviewPage::abandon);
    connect(m_actions->previousSection, &QAction::triggered, m_question->editor(),
            &AnswerEditor::previousSection);
    connect(m_actions->nextSection, &QAction::triggered, m_question->editor(),
            &AnswerEditor::nextSection);
}

QList<QAction *> InterviewPage::sessionActions() const
{
    return m_actions->all();
}

void InterviewPage::setFeedback(const AppSettings &settings, Speaker *speaker)
{
    m_settings = settings;
    m_speaker = speaker;
    m_warnings.setThresholds(settings.warningSeconds);
    if (m_speaker)
        m_speaker->configure(settings.voiceName, settings.voiceRate);
}

void InterviewPage::setFocusMode(bool on)
{
    m_focusMode = on;
    m_titles->setVisible(!on);
    m_status->setVisible(!on);
}

void InterviewPage::setController(SessionController *controller)
{
    // The panels outlive the sessions they show. Before another session (or none) shows,
    // every panel forgets the last one, whose controller MainWindow then frees: a signal that
    // fires in a hidden panel later (the round review's table taking focus) finds nothing.
    if (controller != m_controller) {
        clearPanels();
        if (m_controller)
            disconnect(m_controller, nullptr, this, nullptr);
        if (controller) {
            connect(controller, &SessionController::saveFailed, this, &InterviewPage::saveFailed);
            connect(controller, &SessionController::saved, this, &InterviewPage::savedAgain);
        }
    }
    m_controller = controller;
    m_warnings.reset();
    m_warningsFired = 0;
    if (m_speaker && !controller)
        m_speaker->stop();
    m_shownPanel = Panel::Done;
    m_shownState = State::Ready;
    m_shownAttempt = -2;
    m_shownRound = -2;
    showMessage({}, false);
    hideSaveNotice();
    refresh();
}

void InterviewPage::clearPanels()
{
    m_intro->clear();
    m_question->clear();
    m_followUp->clear();
    m_grade->clear();
    m_review->clear();
    m_closing->clear();
}

InterviewPage::Panel InterviewPage::panelFor(State state)
{
    switch (state) {
    case State::Ready:
    case State::RoundIntro: return Panel::Intro;
    case State::Prep:
    case State::Answering:
    case State::Paused: return Panel::Question;
    case State::Grading: return Panel::Grade;
    case State::RoundReview: return Panel::Review;
    case State::Closing: return Panel::Closing;
    case State::FollowUpAsked:
    case State::FollowUpAnswering: return Panel::FollowUp;
    case State::Finished:
    case State::Abandoned: return Panel::Done;
    }
    return Panel::Done;
}

void InterviewPage::refresh()
{
    if (!m_controller) {
        m_stack->setCurrentWidget(m_done);
        m_clock->clear();
        for (QAction *action : sessionActions())
            action->setEnabled(false);
        return;
    }
    const Engine &engine = m_controller->engine();
    // The interviewer asks a follow-up: said aloud like the question when voice is on, and its
    // answer clock starts at once (no preparation for a follow-up; docs/engine.md).
    if (engine.state() == State::FollowUpAsked) {
        if (const FollowUpRecord *followUp = m_controller->currentFollowUp();
            followUp && m_settings.voice)
            speak(followUp->question);
        report(m_controller->handle(Event::BeginAnswer));
    }
    const State state = engine.state();
    const Panel panel = panelFor(state == State::Paused && engine.pausedFrom() == State::FollowUpAnswering
                                     ? engine.pausedFrom()
                                     : state);
    const int attempt = engine.currentAttempt();
    const int round = engine.currentRound();
    const bool entered = panel != m_shownPanel || attempt != m_shownAttempt || round != m_shownRound;

    if (entered) {
        showMessage({}, false);
        // A hard deadline moved the session on by itself: say why the answer is gone.
        // (Its follow-up may follow on the same attempt.)
        if (m_shownPanel == Panel::Question && m_shownAttempt >= 0
            && (m_shownAttempt != attempt || panel == Panel::FollowUp)
            && m_shownAttempt < engine.attemptCount()) {
            const AttemptTimes left = engine.attemptTimes(m_shownAttempt);
            if (left.lockedByExpiry) {
                showMessage(tr("Time was up: the answer was locked and submitted at the deadline."),
                            false);
            }
        }
    }

    // Each panel is brought up to date before it is switched to: switching moves the focus
    // into it, and its widgets' signals must see this session, never the one before.
    switch (panel) {
    case Panel::Intro:
        m_intro->refresh(*m_controller, entered);
        m_stack->setCurrentWidget(m_intro);
        break;
    case Panel::Question:
        m_question->refresh(*m_controller, entered);
        m_stack->setCurrentWidget(m_question);
        if (entered) {
            // Answer aloud: the editor is a notes pad (what is typed is still stored).
            if (m_controller->plan().answerAloud) {
                for (auto *field : m_question->editor()->findChildren<QPlainTextEdit *>())
                    field->setPlaceholderText(
                        tr("Answer aloud — speak your answer; jot notes here if you like."));
            }
            m_question->editor()->focusFirstField();
            // The interviewer asks the question (a reopened, paused session stays quiet).
            if (state != State::Paused && m_settings.voice)
                speak(m_controller->question(attempt).text);
        } else if (state != m_shownState && (state == State::Prep || state == State::Answering)
                   && !m_question->editor()->isAncestorOf(QApplication::focusWidget())) {
            // Every way into Prep or Answering (Start answering, the end of the preparation,
            // Resume) leaves the keyboard in the answer: a hidden button would otherwise hand
            // its focus to Skip, and the next space typed would skip the question.
            m_question->editor()->focusSection(m_question->editor()->currentSection());
        }
        break;
    case Panel::FollowUp:
        m_followUp->refresh(*m_controller, entered);
        m_stack->setCurrentWidget(m_followUp);
        if (state == State::FollowUpAnswering && state != m_shownState
            && QApplication::focusWidget() != m_followUp->editor())
            m_followUp->editor()->setFocus();
        break;
    case Panel::Grade:
        m_grade->refresh(*m_controller, entered);
        m_stack->setCurrentWidget(m_grade);
        break;
    case Panel::Review:
        m_review->refresh(*m_controller, entered);
        m_stack->setCurrentWidget(m_review);
        if (entered)
            m_review->clearChoice();
        break;
    case Panel::Closing:
        m_closing->refresh(*m_controller, entered);
        m_stack->setCurrentWidget(m_closing);
        break;
    case Panel::Done:
        m_stack->setCurrentWidget(m_done);
        m_done->setText(state == State::Abandoned ? tr("The session was abandoned.")
                                                  : tr("The session is finished."));
        break;
    }
    updateHeader();
    updateClock();
    giveWarnings();
    // The engine paused by itself (the computer slept): say why while it stays paused.
    // Shown when it comes and taken away when it goes; a refusal shown meanwhile stays.
    const QString pauseReason = engine.pauseReason();
    if (pauseReason != m_shownPauseReason) {
        if (!pauseReason.isEmpty())
            showMessage(pauseReason, false);
        else if (message() == m_shownPauseReason)
            showMessage({}, false);
        m_shownPauseReason = pauseReason;
    }

    // "Saved again" stays a few seconds on the controller's clock, then goes.
    if (m_savedAgainAt >= 0 && m_controller->clock()->monotonicMs() - m_savedAgainAt >= 5000)
        hideSaveNotice();

    m_shownPanel = panel;
    m_shownState = state;
    m_shownAttempt = attempt;
    m_shownRound = round;
}

void InterviewPage::updateHeader()
{
    const Engine &engine = m_controller->engine();
    const State state = engine.state();
    const int round = engine.currentRound();
    const int attempt = engine.currentAttempt();
    const bool inRound = round >= 0 && round < engine.roundCount() && state != State::Closing
                         && !engine.isTerminal();

    m_roundName->setText(inRound ? displayName(engine.roundTimes(round).kind)
                                 : m_controller->plan().name);
    m_roundPosition->setText(inRound ? tr("Round %1 of %2").arg(round + 1).arg(engine.roundCount())
                                     : QString());
    if (inRound && attempt >= 0) {
        const auto position = m_controller->questionPosition(attempt);
        m_questionPosition->setText(
            (position.retake ? tr("Question %1 of %2, retake") : tr("Question %1 of %2"))
                .arg(position.number)
                .arg(position.count));
    } else if (inRound) {
        m_questionPosition->setText(tr("Questions: %1").arg(m_controller->questionCount(round)));
    } else {
        m_questionPosition->clear();
    }
    m_stateLabel->setText(state == State::Answering && m_controller->plan().answerAloud
                              ? tr("Answering aloud")
                              : stateText(state));

    // Pausing shows only where the clock runs. A plan without pausing hides the button, except
    // that a session reopened Paused after a crash must still be resumable.
    const State timed = engine.timedState();
    const bool paused = state == State::Paused;
    const bool clockRuns = timed == State::Prep || timed == State::Answering
                           || timed == State::FollowUpAnswering;
    m_pauseButton->setVisible(clockRuns && (m_controller->plan().pauseAllowed || paused));
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseButton->setToolTip(paused ? tr("Start the clock again (Ctrl+P).")
                                     : tr("Stop the clock (Ctrl+P)."));
    m_pauseButton->setEnabled(engine.check(paused ? Event::Resume : Event::Pause).accepted);
    m_abandonButton->setEnabled(engine.check(Event::Abandon).accepted);

    // Enabled while a session runs even when the engine would refuse: the key then shows the
    // engine's reason ("pausing is not allowed in this plan") instead of doing nothing.
    for (QAction *action : sessionActions())
        action->setEnabled(!engine.isTerminal());
    // Elsewhere (grading, the closing list) Ctrl+Up/Down keep their usual meaning.
    const bool editing = m_stack->currentWidget() == m_question;
    m_actions->previousSection->setEnabled(editing);
    m_actions->nextSection->setEnabled(editing);
    m_strip->refresh(engine, m_controller->plan().closingSegment);
}

void InterviewPage::updateClock()
{
    showClock();
    // The clock may have come or gone: the notices follow it (placeMessage).
    if (m_message->isVisible() || m_saveNotice->isVisible())
        placeMessage();
}

void InterviewPage::showClock()
{
    const Engine &engine = m_controller->engine();
    const int attempt = engine.currentAttempt();
    const State timed = engine.timedState();
    if (attempt < 0
        || (timed != State::Prep && timed != State::Answering && timed != State::FollowUpAnswering)) {
        m_clock->clear();
        return;
    }
    const AttemptTimes times = engine.attemptTimes(attempt);
    const bool paused = engine.state() == State::Paused;
    const ClockTone tone = clockTone(engine);
    if (timed == State::FollowUpAnswering) {
        // The follow-up's own clock (docs/engine.md, "Follow-ups").
        const FollowUpTimes f = times.followUps.value(engine.currentFollowUp());
        if (f.answerLimitMs > 0)
            m_clock->setTime(engine.answerRemainingMs(), f.answerLimitMs, tr("Follow-up"), tone,
                             paused);
        else
            m_clock->setTime(f.answerUsedMs, 0, tr("Follow-up"), tone, paused);
        return;
    }
    if (timed == State::Prep)
        m_clock->setTime(engine.prepRemainingMs(), times.prepLimitMs, tr("Preparation"), tone,
                         paused);
    else if (times.answerLimitMs > 0)
        m_clock->setTime(engine.answerRemainingMs(), times.answerLimitMs, tr("Answer"), tone, paused);
    else
        m_clock->setTime(times.answerUsedMs, 0, tr("Answer"), tone, paused);
}

void InterviewPage::giveWarnings()
{
    const QList<FiredWarning> fired = m_warnings.update(m_controller->engine());
    if (fired.isEmpty())
        return;
    m_warningsFired += int(fired.size());
    // A late tick may fire several at once: one pulse, one beep, the most urgent said.
    m_clock->pulse();
    if (m_settings.sound)
        QApplication::beep();
    if (m_settings.voice && m_settings.spokenWarnings) {
        const int seconds = fired.last().secondsLeft;
        speak(seconds % 60 == 0 ? tr("%n minute(s) left", nullptr, seconds / 60)
                                : tr("%n second(s) left", nullptr, seconds));
    }
}

void InterviewPage::speak(const QString &text)
{
    if (m_speaker && !m_speaker->isUnavailable())
        m_speaker->say(text);
}

QString InterviewPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void InterviewPage::saveFailed(const QString &reason)
{
    const QString text = tr("Not saved: %1.\nYour answer is kept in memory and saving is tried "
                            "again every second. Go on: nothing you type is lost.")
                             .arg(reason);
    m_savedAgainAt = -1;
    if (m_saveNotice->isVisible() && m_saveNotice->text() == text)
        return; // a retry that failed the same way: said already
    m_saveNotice->setText(text);
    m_saveNotice->setProperty("isError", true);
    m_saveNotice->setStyleSheet(errorStyleSheet(palette(), true, true));
    m_saveNotice->show();
    placeMessage();
    // Announced, not only coloured: a screen reader says it at once.
    m_saveNotice->setAccessibleDescription(text);
    QAccessibleEvent alert(m_saveNotice, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void InterviewPage::savedAgain()
{
    if (!m_saveNotice->isVisible() || !m_saveNotice->property("isError").toBool())
        return; // saving works as usual: success is quiet
    const QString text = tr("Saved again: everything you typed is on disk.");
    m_saveNotice->setText(text);
    m_saveNotice->setProperty("isError", false);
    m_saveNotice->setStyleSheet(errorStyleSheet(palette(), false, true));
    m_saveNotice->setAccessibleDescription(text);
    m_savedAgainAt = m_controller ? m_controller->clock()->monotonicMs() : -1;
    placeMessage();
    QAccessibleEvent changed(m_saveNotice, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

void InterviewPage::hideSaveNotice()
{
    m_savedAgainAt = -1;
    m_saveNotice->setProperty("isError", false);
    m_saveNotice->clear();
    m_saveNotice->hide();
}

void InterviewPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setProperty("isError", isError);
    // The theme's text colour for notices; a red readable in this theme for failures.
    m_message->setStyleSheet(errorStyleSheet(palette(), isError, true));
    m_message->setVisible(!text.isEmpty());
    placeMessage();
    if (isError && !text.isEmpty()) {
        // A refusal (a grade that could not be saved) is announced, not only coloured.
        QAccessibleEvent alert(m_message, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void InterviewPage::placeMessage()
{
    // While the clock shows (Prep, Answering, Paused: when a save can fail or the machine wake
    // from sleep) the notices go in the header, under the titles and left of the clock, room
    // the clock makes anyway: the question below stays in view. Without a clock (the round
    // intro, grading, the review) the header is low and they lie over the panel's top edge.
    // Either way nothing is pushed around (UX.md).
    layout()->activate(); // the geometry of a clock just shown or hidden
    QRect area = m_stack->geometry();
    if (m_clock->isVisible()) {
        const int left = m_titles->geometry().left();
        const int top = m_strip->isVisible()
                            ? m_strip->mapTo(this, QPoint(0, m_strip->height())).y() + 4
                            : m_clock->geometry().top();
        area = QRect(left, top, std::max(0, m_clock->geometry().left() - 8 - left), 0);
    }
    int top = area.y();
    for (QLabel *overlay : {m_message, m_saveNotice}) {
        if (overlay->isHidden())
            continue;
        const int height = overlay->heightForWidth(area.width());
        overlay->setGeometry(area.x(), top, area.width(), height);
        overlay->raise();
        top += height;
    }
}

void InterviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeMessage();
}

void InterviewPage::report(const Engine::Result &result)
{
    if (!result.accepted) {
        // Never a silent no-op: the engine's reason is the message.
        showMessage(result.reason, true);
    } else if (m_message->property("isError").toBool()) {
        showMessage({}, false);
    }
}

void InterviewPage::act(Event event)
{
    if (!m_controller)
        return;
    report(m_controller->handle(event));
    refresh();
}

void InterviewPage::skip()
{
    if (!m_controller)
        return;
    const Engine &engine = m_controller->engine();
    const int attempt = engine.currentAttempt();
    if (engine.state() == State::FollowUpAnswering && engine.check(Event::Skip).accepted) {
        const FollowUpRecord *followUp = m_controller->currentFollowUp();
        if (followUp && !followUp->answer.trimmed().isEmpty()
            && !Confirmation::ask(this, tr("Skip this follow-up?"),
                                  tr("Skip this follow-up? You have typed an answer to it."),
                                  tr("Skip follow-up"), tr("Keep answering"))) {
            m_followUp->editor()->setFocus();
            return;
        }
        act(Event::Skip);
        return;
    }
    if (engine.check(Event::Skip).accepted && attempt >= 0) {
        const QList<AnswerField> answer = m_controller->answer(attempt);
        const bool typed = std::any_of(answer.cbegin(), answer.cend(), [](const AnswerField &f) {
            return !f.value.trimmed().isEmpty();
        });
        // The safe answer is the default: Enter or a space typed on goes on answering.
        if (typed
            && !Confirmation::ask(this, tr("Skip this question?"),
                                  tr("Skip this question? You have typed an answer; a skipped "
                                     "question is not graded."),
                                  tr("Skip question"), tr("Keep answering"))) {
            m_question->editor()->focusSection(m_question->editor()->currentSection());
            return;
        }
    }
    act(Event::Skip);
}

void InterviewPage::startOrContinue()
{
    if (m_controller)
        act(m_controller->state() == State::Ready ? Event::Start : Event::Continue);
}

void InterviewPage::answerEdited()
{
    if (!m_controller)
        return;
    if (!m_controller->setAnswer(m_question->editor()->fields()))
        showMessage(tr("The answer can only change while you prepare or answer."), true);
    emit edited();
}

void InterviewPage::followUpEdited()
{
    if (!m_controller)
        return;
    if (!m_controller->setFollowUpAnswer(m_followUp->editor()->toPlainText()))
        showMessage(tr("The answer can only change while you answer."), true);
    emit edited();
}

void InterviewPage::notesEdited(const QString &notes)
{
    if (!m_controller)
        return;
    m_controller->setClosingNotes(notes);
    emit edited();
}

void InterviewPage::gradeRequested(const Grade &grade)
{
    if (!m_controller)
        return;
    report(m_controller->submitGrade(grade));
    refresh();
}

void InterviewPage::togglePause()
{
    if (m_controller)
        act(m_controller->state() == State::Paused ? Event::Resume : Event::Pause);
}

void InterviewPage::abandon()
{
    if (!m_controller)
        return;
    // Ask only when abandoning is possible; otherwise show why not.
    if (const Engine::Result possible = m_controller->engine().check(Event::Abandon); !possible) {
        report(possible);
        return;
    }
    if (!Confirmation::ask(this, tr("Abandon the session?"),
                           tr("Abandon this session? It ends now and cannot be resumed. What you "
                              "answered so far stays in its report."),
                           tr("Abandon session"), tr("Keep practising")))
        return;
    act(Event::Abandon);
}

void InterviewPage::primaryAction()
{
    if (!m_controller)
        return;
    switch (m_controller->state()) {
    case State::Ready:
    case State::RoundIntro: startOrContinue(); break;
    case State::Prep: act(Event::BeginAnswer); break;
    case State::Grading: m_grade->requestGrade(); break;
    case State::RoundReview: act(Event::Continue); break;
    // Answering, Closing ("Finish"), and Paused, where the engine's refusal explains itself.
    default: act(Event::Submit); break;
    }
}

} // namespace mockloop::desktop
