#pragma once

// Shared by the offscreen GUI tests of the question library: read the ids the table lists and
// select a question by clicking its row, as a person would.
#include "library/QuestionTableModel.h"

#include <QItemSelectionModel>
#include <QStringList>
#include <QTableView>
#include <QTest>
#include <QWidget>

namespace mockloop::test {

// The question ids in the library table, top to bottom.
inline QStringList libraryTableIds(const QWidget *window)
{
    auto *table = window->findChild<QTableView *>(QStringLiteral("libraryTable"));
    QStringList ids;
    if (!table)
        return ids;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(desktop::QuestionTableModel::QuestionIdRole).toString());
    return ids;
}

// Clicks the row showing a question; false when it is not listed or did not get selected.
inline bool clickLibraryQuestion(const QWidget *window, const QString &id)
{
    auto *table = window->findChild<QTableView *>(QStringLiteral("libraryTable"));
    const int row = int(libraryTableIds(window).indexOf(id));
    if (!table || row < 0)
        return false;
    const QModelIndex index = table->model()->index(row, desktop::QuestionTableModel::TextColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    return selected.size() == 1 && selected.constFirst().row() == row;
}

} // namespace mockloop::test
