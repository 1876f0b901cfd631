#include "history/HistoryTableModel.h"

#include "base/TimeText.h"
#include "report/SessionText.h"

#include <algorithm>

namespace mockloop::desktop {

HistoryTableModel::HistoryTableModel(Database &db, QObject *parent)
    : RowTableModel(parent)
    , m_db(db)
{
    // In the order of Column.
    m_columns = {
        {QT_TR_NOOP("Started"), [](const HistoryRow &s) { return formatDateTime(s.startedAt); }},
        {QT_TR_NOOP("Plan"), [](const HistoryRow &s) { return s.planName; }},
        {QT_TR_NOOP("Duration"), [](const HistoryRow &s) { return formatDuration(s.durationMs); },
         numberAlignment()},
        {QT_TR_NOOP("Rounds"), [](const HistoryRow &s) { return s.rounds; }, numberAlignment()},
        {QT_TR_NOOP("Answered"),
         [](const HistoryRow &s) { return tr("%1 / %2").arg(s.answered).arg(s.attempts); },
         numberAlignment(),
         [](const HistoryRow &s) {
             return tr("%1 of %2 questions answered").arg(s.answered).arg(s.attempts);
         }},
        {QT_TR_NOOP("Average score"),
         [](const HistoryRow &s) {
             return s.averageScore ? formatDecimal(*s.averageScore) : tr("–");
         },
         numberAlignment()},
        {QT_TR_NOOP("Status"), [](const HistoryRow &s) { return sessionStatusDisplayName(s.status); }},
    };
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

QVariant HistoryTableModel::otherData(const HistoryRow &row, int column, int role) const
{
    Q_UNUSED(column)
    switch (role) {
    case SessionIdRole: return row.id;
    case StatusKeyRole: return row.status;
    default: return {};
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
    return RowTableModel::headerData(section, orientation, role);
}

} // namespace mockloop::desktop
