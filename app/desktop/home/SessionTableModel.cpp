#include "home/SessionTableModel.h"

#include "base/TimeText.h"
#include "report/SessionText.h"

namespace mockloop::desktop {

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SessionTableModel::setSummaries(const QList<SessionSummary> &summaries)
{
    beginResetModel();
    m_rows = summaries;
    endResetModel();
}

qint64 SessionTableModel::sessionId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionSummary &s = m_rows.at(index.row());
    if (role == SessionIdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AnsweredColumn || index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return formatDateTime(s.startedAt);
    case PlanColumn:
        return s.planName;
    case StatusColumn:
        return sessionStatusDisplayName(s.status);
    case AnsweredColumn:
        return tr("%1 / %2").arg(s.answered).arg(s.attempts);
    case ScoreColumn:
        return s.averageScore ? formatDecimal(*s.averageScore) : tr("–");
    default:
        return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Started");
    case PlanColumn: return tr("Plan");
    case StatusColumn: return tr("Status");
    case AnsweredColumn: return tr("Answered");
    case ScoreColumn: return tr("Average score");
    default: return {};
    }
}

} // namespace mockloop::desktop
