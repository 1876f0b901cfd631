#include "interview/ClockWidget.h"

#include "base/TimeText.h"

#include <QAccessible>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

namespace mockloop::desktop {

namespace {

constexpr int kAnnounceEveryMs = 10'000;

QColor toneColor(ClockTone tone, const QPalette &palette)
{
    switch (tone) {
    case ClockTone::Normal: return palette.color(QPalette::Highlight);
    case ClockTone::Amber: return QColor(0xd9, 0x8c, 0x00);
    case ClockTone::Red: return QColor(0xc6, 0x28, 0x28);
    case ClockTone::Overtime: return QColor(0x8e, 0x24, 0xaa);
    }
    return palette.color(QPalette::Highlight);
}

QString toneText(ClockTone tone)
{
    switch (tone) {
    case ClockTone::Normal: return {};
    case ClockTone::Amber: return ClockWidget::tr("less than a quarter of the time left");
    case ClockTone::Red: return ClockWidget::tr("almost out of time");
    case ClockTone::Overtime: return ClockWidget::tr("overtime");
    }
    return {};
}

} // namespace

ClockWidget::ClockWidget(QWidget *parent)
    : QWidget(parent)
    , m_pulseAnimation(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("clockWidget"));
    setAccessibleName(tr("Clock"));
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Three flashes that fade out: seen from the corner of the eye, gone in a second.
    m_pulseAnimation->setDuration(1200);
    m_pulseAnimation->setStartValue(0.0);
    m_pulseAnimation->setKeyValueAt(0.15, 1.0);
    m_pulseAnimation->setKeyValueAt(0.33, 0.1);
    m_pulseAnimation->setKeyValueAt(0.5, 1.0);
    m_pulseAnimation->setKeyValueAt(0.66, 0.1);
    m_pulseAnimation->setKeyValueAt(0.83, 0.8);
    m_pulseAnimation->setEndValue(0.0);
    connect(m_pulseAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        m_pulse = v.toDouble();
        update();
    });
    clear();
}

QSize ClockWidget::sizeHint() const
{
    return {150, 150};
}

QSize ClockWidget::minimumSizeHint() const
{
    return sizeHint();
}

void ClockWidget::setTime(qint64 remainingMs, qint64 allowedMs, const QString &phase,
                          ClockTone tone, bool paused)
{
    m_active = true;
    m_remainingMs = remainingMs;
    m_allowedMs = allowedMs;
    m_phase = phase;
    m_tone = tone;
    m_paused = paused;
    if (allowedMs <= 0)
        m_text = formatDuration(remainingMs); // untimed: the time used
    else if (remainingMs < 0)
        m_text = QStringLiteral("+") + formatClock(-remainingMs / 1000, true);
    else
        m_text = formatCountdown(remainingMs);
    setVisible(true);
    update();

    QString description;
    if (allowedMs <= 0)
        description = tr("%1: %2 used, untimed").arg(phase, m_text);
    else if (remainingMs < 0)
        description = tr("%1: %2 over the time").arg(phase, m_text.mid(1));
    else
        description = tr("%1: %2 left").arg(phase, m_text);
    if (const QString extra = toneText(tone); !extra.isEmpty())
        description += QStringLiteral(", ") + extra;
    if (paused)
        description += QStringLiteral(", ") + tr("paused");
    setAccessibleDescription(description);
    setToolTip(description);

    // Announce on a change of phase or tone, and every 10 s of clock time, not every tick.
    const qint64 bucket = (allowedMs > 0 ? remainingMs : -remainingMs) / kAnnounceEveryMs;
    if (tone != m_announcedTone || phase != m_announcedPhase || bucket != m_announcedBucket) {
        m_announcedTone = tone;
        m_announcedPhase = phase;
        m_announcedBucket = bucket;
        announce(description);
    }
}

void ClockWidget::clear()
{
    m_active = false;
    m_text.clear();
    m_tone = ClockTone::Normal;
    m_announcedBucket = -1;
    m_announcedPhase.clear();
    setAccessibleDescription(QString());
    setVisible(false);
}

void ClockWidget::pulse()
{
    m_pulseAnimation->stop();
    m_pulseAnimation->start();
}

void ClockWidget::announce(const QString &description)
{
    ++m_announcements;
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
    QAccessibleEvent nameEvent(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameEvent);
    Q_UNUSED(description)
}

void ClockWidget::paintEvent(QPaintEvent *)
{
    if (!m_active)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = toneColor(m_tone, palette());
    const int side = std::min(width(), height());
    const QRectF square((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    constexpr double kRing = 10.0;
    const QRectF ring = square.adjusted(kRing, kRing, -kRing, -kRing);

    if (m_pulse > 0.0) {
        QColor glow = color;
        glow.setAlphaF(0.35 * m_pulse);
        p.setPen(Qt::NoPen);
        p.setBrush(glow);
        p.drawEllipse(square.adjusted(1, 1, -1, -1));
    }

    // The track, then the share of time left (full and solid in overtime).
    QColor track = palette().color(QPalette::Mid);
    track.setAlphaF(0.35);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(track, kRing, Qt::SolidLine, Qt::FlatCap));
    p.drawEllipse(ring);
    double share = 1.0;
    if (m_allowedMs > 0 && m_remainingMs >= 0)
        share = std::clamp(double(m_remainingMs) / double(m_allowedMs), 0.0, 1.0);
    QColor arc = color;
    if (m_paused)
        arc.setAlphaF(0.45);
    p.setPen(QPen(arc, kRing, Qt::SolidLine,
                  m_tone == ClockTone::Overtime ? Qt::FlatCap : Qt::RoundCap));
    if (m_allowedMs <= 0)
        p.setPen(QPen(track.darker(), kRing / 3));
    p.drawArc(ring, 90 * 16, int(std::lround(share * 360 * 16)));

    // The digits, and the phase under them.
    QFont digits = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    digits.setBold(true);
    // As large as fits inside the ring: "+12:34" needs a smaller size than "12:34".
    const double room = ring.width() - kRing * 2.5;
    int pixels = int(side * 0.22);
    digits.setPixelSize(pixels);
    while (pixels > 10 && QFontMetricsF(digits).horizontalAdvance(m_text) > room) {
        --pixels;
        digits.setPixelSize(pixels);
    }
    p.setFont(digits);
    p.setPen(m_tone == ClockTone::Normal ? palette().color(QPalette::WindowText) : color);
    const QRectF textBox = ring.adjusted(0, -side * 0.06, 0, -side * 0.06);
    p.drawText(textBox, Qt::AlignCenter, m_text);
    QFont small = font();
    small.setPixelSize(std::max(10, int(side * 0.085)));
    p.setFont(small);
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QString caption = m_paused                        ? tr("paused")
                            : m_tone == ClockTone::Overtime ? tr("overtime")
                                                            : m_phase;
    p.drawText(QRectF(ring.left(), ring.center().y() + side * 0.12, ring.width(), side * 0.14),
               Qt::AlignHCenter | Qt::AlignTop, caption);
}

} // namespace mockloop::desktop
