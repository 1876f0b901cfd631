#include "interview/RoundStrip.h"

#include "session/Engine.h"

#include <QHBoxLayout>
#include <QLabel>

namespace mockloop::desktop {

RoundStrip::RoundStrip(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("roundStrip"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch();
}

QStringList RoundStrip::chipTexts() const
{
    QStringList texts;
    for (const QLabel *chip : m_chips)
        texts.append(chip->text());
    return texts;
}

void RoundStrip::refresh(const Engine &engine, bool closingSegment)
{
    const int rounds = engine.roundCount();
    const int chips = rounds + (closingSegment ? 1 : 0);
    while (m_chips.size() < chips) {
        auto *chip = new QLabel(this);
        chip->setAlignment(Qt::AlignCenter);
        m_layout->insertWidget(int(m_chips.size()), chip);
        m_chips.append(chip);
    }
    while (m_chips.size() > chips)
        delete m_chips.takeLast();

    const State state = engine.state();
    const bool closing = state == State::Closing;
    const bool over = engine.isTerminal();
    int current = closing ? rounds : (over ? -1 : engine.currentRound());
    m_current = current;
    QStringList spoken;
    for (int i = 0; i < chips; ++i) {
        const bool isClosing = i == rounds;
        const QString name = isClosing ? tr("Your questions")
                                       : displayName(engine.roundTimes(i).kind);
        const bool done = over || (current >= 0 && i < current);
        const bool now = i == current;
        QLabel *chip = m_chips.at(i);
        chip->setText(done ? QStringLiteral("✓ ") + name : name);
        QString style = QStringLiteral("QLabel { border-radius: 9px; padding: 2px 10px; ");
        if (now) {
            style += QStringLiteral("background: palette(highlight); color: "
                                    "palette(highlighted-text); font-weight: bold; }");
        } else if (done) {
            style += QStringLiteral("background: palette(midlight); color: palette(text); }");
        } else {
            style += QStringLiteral("border: 1px solid palette(mid); color: palette(text); }");
        }
        chip->setStyleSheet(style);
        spoken.append(now ? tr("%1 (now)").arg(name) : done ? tr("%1 (done)").arg(name) : name);
    }
    setAccessibleName(tr("Rounds"));
    setAccessibleDescription(spoken.join(QStringLiteral(", ")));
}

} // namespace mockloop::desktop
