#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace mockloop {
class Engine;
}

namespace mockloop::desktop {

// The loop at a glance: one chip per round (and the closing segment), the rounds done ticked,
// the current one highlighted. Read from the engine; it decides nothing.
class RoundStrip : public QWidget
{
    Q_OBJECT
public:
    explicit RoundStrip(QWidget *parent = nullptr);

    void refresh(const Engine &engine, bool closingSegment);
    // The chips' texts, in order (tests and the accessible description read them).
    QStringList chipTexts() const;
    int currentChip() const { return m_current; }

private:
    QHBoxLayout *m_layout;
    QList<QLabel *> m_chips;
    int m_current = -1;
};

} // namespace mockloop::desktop
