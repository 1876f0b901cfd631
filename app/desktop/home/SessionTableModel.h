#pragma once

#include "common/RowTableModel.h"
#include "storage/SessionStore.h"

namespace mockloop::desktop {

// Session summaries (SessionStore::recent / unfinished) as a read-only table.
class SessionTableModel : public RowTableModel<SessionSummary>
{
    Q_OBJECT
public:
    enum Column { DateColumn, PlanColumn, StatusColumn, AnsweredColumn, ScoreColumn };
    // The session id of a row, for views that act on a selection.
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    explicit SessionTableModel(QObject *parent = nullptr);

    void setSummaries(const QList<SessionSummary> &summaries) { setRows(summaries); }
    qint64 sessionId(int row) const;

private:
    QVariant otherData(const SessionSummary &row, int column, int role) const override;
};

} // namespace mockloop::desktop
