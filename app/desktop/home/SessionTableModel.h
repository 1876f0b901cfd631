#pragma once

#include "storage/SessionStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace mockloop::desktop {

// Session summaries (SessionStore::recent / unfinished) as a read-only table.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, PlanColumn, StatusColumn, AnsweredColumn, ScoreColumn, ColumnCount };
    // The session id of a row, for views that act on a selection.
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    explicit SessionTableModel(QObject *parent = nullptr);

    void setSummaries(const QList<SessionSummary> &summaries);
    qint64 sessionId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;


private:
    QList<SessionSummary> m_rows;
};

} // namespace mockloop::desktop
