#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QList>

#include <algorithm>

namespace mockloop::desktop {

// The rows chosen in a row-selecting view, top to bottom.
inline QList<int> selectedRowsOf(const QAbstractItemView *view)
{
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace mockloop::desktop
