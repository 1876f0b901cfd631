#include "history/HistoryTableModel.h"

#include "base/TimeText.h"
#include "report/SessionText.h"

#include <algorithm>

namespace mockloop::desktop {

HistoryTableModel::HistoryTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    // Empty until asked (setFilter or refresh): the window builds this page at start, and
    // most starts never open it.
}

void HistoryTableModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload(kPageSize);
}

void HistoryTableModel::refresh()
{
    reload(std::max(int(m_rows.size()), kPageSize));
}

std::optional<HistoryColumn> HistoryTableModel::historyColumn(int column)
{
    switch (column) {
    case DateColumn: return HistoryColumn::Started;
    case PlanColumn: return HistoryColumn::Plan;
    case DurationColumn: return HistoryColumn::Duration;
    case RoundsColumn: return HistoryColumn::Rounds;
    case ScoreColumn: return HistoryColumn::Score;
    case StatusColumn: return HistoryColumn::Status;
    default: return std::nullopt;
    }
}

void HistoryTableModel::sort(int column, Qt::SortOrder order)
{
    if (!historyColumn(column))
        return;
    m_sortColumn = column;
    m_order = order;
    // From the top again, one page: a new order starts at its first rows.
    reload(kPageSize);
}

QList<HistoryRow> HistoryTableModel::page(int limit, int offset) const
{
    const History history(m_db);
    return history.sessions(m_filter, historyColumn(m_sortColumn).value_or(HistoryColumn::Started),
                            m_order == Qt::DescendingOrder, limit, offset, &m_error);
}

void HistoryTableModel::reload(int atLeast)
{
    m_changing = true;
    beginResetModel();
    m_error.clear();
    m_total = History(m_db).count(m_filter, &m_error);
    m_rows = page(std::min(atLeast, m_total), 0);
    // A session added or deleted between the two reads must not leave rows the count denies.
    m_total = std::max(m_total, int(m_rows.size()));
    endResetModel();
    m_changing = false;
}

int HistoryTableModel::rowOf(qint64 sessionId) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [sessionId](const HistoryRow &r) { return r.id == sessionId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void HistoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<HistoryRow> more = page(kPageSize, int(m_rows.size()));
    if (more.isEmpty()) {
        // Sessions were deleted behind our back (the terminal program): stop asking.
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow &s = m_rows.at(index.row());
    switch (role) {
    case SessionIdRole:
        return s.id;
    case StatusKeyRole:
        return s.status;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case DurationColumn:
        case RoundsColumn:
        case AnsweredColumn:
        case ScoreColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return formatDateTime(s.startedAt);
    case PlanColumn:
        return s.planName;
    case DurationColumn:
        return formatDuration(s.durationMs);
    case RoundsColumn:
        return s.rounds;
    case AnsweredColumn:
        if (role == Qt::ToolTipRole)
            return tr("%1 of %2 questions answered").arg(s.answered).arg(s.attempts);
        return tr("%1 / %2").arg(s.answered).arg(s.attempts);
    case ScoreColumn:
        return s.averageScore ? formatDecimal(*s.averageScore) : tr("–");
    case StatusColumn:
        return sessionStatusDisplayName(s.status);
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::InitialSortOrderRole) {
        // Newest, longest, best first; names and statuses from A.
        if (section == PlanColumn || section == StatusColumn)
            return int(Qt::AscendingOrder);
        return int(Qt::DescendingOrder);
    }
    if (role == Qt::ToolTipRole && !historyColumn(section))
        return tr("This column cannot be sorted.");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Started");
    case PlanColumn: return tr("Plan");
    case DurationColumn: return tr("Duration");
    case RoundsColumn: return tr("Rounds");
    case AnsweredColumn: return tr("Answered");
    case ScoreColumn: return tr("Average score");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace mockloop::desktop
