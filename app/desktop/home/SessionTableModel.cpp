#include "home/SessionTableModel.h"

#include "base/TimeText.h"
#include "report/SessionText.h"

namespace mockloop::desktop {

SessionTableModel::SessionTableModel(QObject *parent)
    : RowTableModel(parent)
{
    // In the order of Column.
    m_columns = {
        {QT_TR_NOOP("Started"), [](const SessionSummary &s) { return formatDateTime(s.startedAt); }},
        {QT_TR_NOOP("Plan"), [](const SessionSummary &s) { return s.planName; }},
        {QT_TR_NOOP("Status"),
         [](const SessionSummary &s) { return sessionStatusDisplayName(s.status); }},
        {QT_TR_NOOP("Answered"),
         [](const SessionSummary &s) { return tr("%1 / %2").arg(s.answered).arg(s.attempts); },
         numberAlignment()},
        {QT_TR_NOOP("Average score"),
         [](const SessionSummary &s) {
             return s.averageScore ? formatDecimal(*s.averageScore) : tr("–");
         },
         numberAlignment()},
    };
}

qint64 SessionTableModel::sessionId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QVariant SessionTableModel::otherData(const SessionSummary &row, int column, int role) const
{
    Q_UNUSED(column)
    return role == SessionIdRole ? QVariant(row.id) : QVariant();
}

} // namespace mockloop::desktop
