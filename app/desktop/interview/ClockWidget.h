#pragma once

#include "session/Warnings.h"

#include <QWidget>

class QVariantAnimation;

namespace mockloop::desktop {

// The countdown on the interview page: large mm:ss inside a ring that empties as time runs
// out, coloured by the tone core decided (normal, amber, red, overtime counting up with "+").
// It shows what it is given; it never reads a clock. Screen readers get its text as the
// accessible description, announced when the tone changes or every 10 seconds, not each tick.
class ClockWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ClockWidget(QWidget *parent = nullptr);

    // remainingMs: time left (negative in overtime); allowedMs: the phase's limit (0 untimed,
    // then remainingMs is the time used). phase: "Preparation", "Answer" …
    void setTime(qint64 remainingMs, qint64 allowedMs, const QString &phase, ClockTone tone,
                 bool paused);
    // Nothing timed on screen (round intro, grading, …).
    void clear();
    // A short visual pulse (a warning fired).
    void pulse();

    QString text() const { return m_text; }
    ClockTone tone() const { return m_tone; }
    // How often the accessible description was announced (tests check it is not each tick).
    int announcements() const { return m_announcements; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void announce(const QString &description);

    QString m_text;
    QString m_phase;
    qint64 m_remainingMs = 0;
    qint64 m_allowedMs = 0;
    ClockTone m_tone = ClockTone::Normal;
    bool m_paused = false;
    bool m_active = false;
    double m_pulse = 0.0; // 0 … 1, the pulse's glow
    QVariantAnimation *m_pulseAnimation;
    // What was last announced: the tone and the 10-second bucket.
    ClockTone m_announcedTone = ClockTone::Normal;
    qint64 m_announcedBucket = -1;
    QString m_announcedPhase;
    int m_announcements = 0;
};

} // namespace mockloop::desktop
