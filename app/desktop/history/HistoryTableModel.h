#pragma once

#include "common/RowTableModel.h"
#include "practice/History.h"

#include <optional>

namespace mockloop {
class Database;
}

namespace mockloop::desktop {

// Every stored session that matches a HistoryFilter, in the order the database sorts them.
// Rows arrive in pages of kPageSize as a view scrolls (canFetchMore / fetchMore), so ten
// thousand sessions open as fast as a hundred. Sorting re-asks the database: the table never
// holds more than the pages already shown, so it could not sort them itself.
class HistoryTableModel : public RowTableModel<HistoryRow>
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        PlanColumn,
        DurationColumn,
        RoundsColumn,
        AnsweredColumn,
        ScoreColumn,
        StatusColumn
    };
    static constexpr int SessionIdRole = Qt::UserRole + 1;
    static constexpr int StatusKeyRole = Qt::UserRole + 2;
    static constexpr int kPageSize = 100;

    // Starts empty: setFilter or refresh reads the first page.
    explicit HistoryTableModel(Database &db, QObject *parent = nullptr);

    // Re-reads the first page (and the count) for a filter; the sort order stays.
    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }
    // Re-reads with the same filter and order, loading as many rows as were loaded before (at
    // least one page), so a view keeps its place after a deletion.
    void refresh();

    // The database's order for a column, or nothing when the column cannot be sorted.
    static std::optional<HistoryColumn> historyColumn(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }

    // Every session the filter matches, loaded or not.
    int totalCount() const { return m_total; }
    // Why the last read failed; empty when it worked.
    QString errorString() const { return m_error; }
    const HistoryRow &session(int row) const { return m_rows.at(row); }
    // The row of a loaded session, or -1.
    int rowOf(qint64 sessionId) const;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Reads the first page in the new order. Columns without a database order (answered)
    // are left as they are.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant otherData(const HistoryRow &row, int column, int role) const override;
    void reload(int atLeast);
    QList<HistoryRow> page(int limit, int offset) const;

    Database &m_db;
    HistoryFilter m_filter;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_total = 0;
    mutable QString m_error; // written by the const page reader
    // Set between begin… and end… of a reset or an insertion: whoever listens to those
    // signals (a view, QAbstractItemModelTester) may ask for more rows, and must be told no.
    bool m_changing = false;
};

} // namespace mockloop::desktop
