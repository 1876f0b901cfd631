#include "interview/RoundIntroPanel.h"

#include "base/TimeText.h"
#include "controller/SessionController.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace mockloop::desktop {

namespace {

// "1:00" or, when the round's questions carry different defaults, "1:00–2:00".
QString range(qint64 lowMs, qint64 highMs)
{
    if (lowMs == highMs)
        return formatDuration(lowMs);
    return formatDuration(lowMs) + QStringLiteral("–") + formatDuration(highMs);
}

} // namespace

RoundIntroPanel::RoundIntroPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("introTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("introDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_startButton = new QPushButton(tr("Start round"), this);
    m_startButton->setObjectName(QStringLiteral("startRoundButton"));
    m_startButton->setMinimumHeight(m_startButton->sizeHint().height() * 3 / 2);
    m_startButton->setMinimumWidth(200);
    connect(m_startButton, &QPushButton::clicked, this, &RoundIntroPanel::startClicked);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_details, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_startButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void RoundIntroPanel::clear()
{
    m_title->clear();
    m_details->clear();
    m_startButton->setEnabled(false);
}

void RoundIntroPanel::refresh(const SessionController &controller, bool entered)
{
    const Engine &engine = controller.engine();
    // Ready only shows after a crash before the first round; the same button starts the loop.
    const bool ready = engine.state() == State::Ready;
    m_startButton->setText(ready ? tr("Start the loop") : tr("Start round"));
    m_startButton->setEnabled(engine.check(ready ? Event::Start : Event::Continue).accepted);
    if (!entered)
        return;
    // The keyboard starts on the step forward: Space or Enter starts the round, and focus
    // never rests on "Abandon…" where a stray key would end the session.
    m_startButton->setDefault(true);
    m_startButton->setFocus(Qt::OtherFocusReason);
    if (ready) {
        m_title->setText(controller.plan().name);
        m_details->setText(tr("Rounds: %1").arg(engine.roundCount()));
        return;
    }

    const int round = engine.currentRound();
    const RoundTimes times = engine.roundTimes(round);
    m_title->setText(tr("Round %1: %2").arg(round + 1).arg(displayName(times.kind)));

    qint64 prepLow = std::numeric_limits<qint64>::max(), prepHigh = 0;
    qint64 answerLow = std::numeric_limits<qint64>::max(), answerHigh = 0;
    int count = 0;
    for (int i = 0; i < engine.attemptCount(); ++i) {
        const AttemptTimes a = engine.attemptTimes(i);
        if (a.round != round)
            continue;
        ++count;
        prepLow = std::min(prepLow, a.prepLimitMs);
        prepHigh = std::max(prepHigh, a.prepLimitMs);
        answerLow = std::min(answerLow, a.answerLimitMs);
        answerHigh = std::max(answerHigh, a.answerLimitMs);
    }

    QStringList lines;
    lines << tr("Questions: %1").arg(count);
    if (count > 0) {
        lines << (prepHigh > 0 ? tr("Preparation: %1 per question").arg(range(prepLow, prepHigh))
                               : tr("No preparation time: answering starts at once"));
        lines << (answerHigh > 0 ? tr("Answer: %1 per question").arg(range(answerLow, answerHigh))
                                 : tr("Answers are untimed"));
    }
    lines << (times.budgetMs > 0 ? tr("Round budget: %1").arg(formatDuration(times.budgetMs))
                                 : tr("No round budget"));
    lines << (times.expiry == ExpiryPolicy::Hard
                  ? tr("When time runs out the answer is locked and submitted.")
                  : tr("When time runs out you may go on; the overtime is recorded."));
    lines << (controller.plan().pauseAllowed ? tr("Pausing is allowed (Ctrl+P).")
                                             : tr("This plan does not allow pausing."));
    QString html = QStringLiteral("<ul>");
    for (const QString &line : std::as_const(lines))
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    m_details->setText(html + QStringLiteral("</ul>"));
}

} // namespace mockloop::desktop
