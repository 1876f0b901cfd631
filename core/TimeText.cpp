#include "TimeText.h"

namespace mockloop {

QString formatClock(qint64 seconds, bool padMinutes)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    const QChar zero(u'0');
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(m, padMinutes ? 2 : 1, 10, zero).arg(s, 2, 10, zero);
}

QString toStoredTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStoredTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString formatDurationMs(qint64 ms)
{
    return (ms < 0 ? QStringLiteral("-") : QString()) + formatClock((ms < 0 ? -ms : ms) / 1000);
}

} // namespace mockloop
