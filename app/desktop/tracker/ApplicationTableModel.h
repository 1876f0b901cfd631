#pragma once

#include "common/RowTableModel.h"
#include "storage/TrackerRecord.h"

#include <QDateTime>

namespace mockloop::desktop {

// One row of the Tracker page's table: an application with what the table shows of it.
struct ApplicationRow
{
    Application application;
    QString stageName;
    int stagePosition = 0;
    QString nextInterview;      // its start in its own time zone; empty: none ahead
    QDateTime nextInterviewUtc; // for sorting; invalid: none ahead
    bool ghosted = false;       // suggested as Ghosted
};

// The applications as a sortable table (sort values under Qt::UserRole, the id under
// kIdRole); filtering is the page's proxy model.
class ApplicationTableModel : public RowTableModel<ApplicationRow>
{
    Q_OBJECT
public:
    static constexpr int kIdRole = Qt::UserRole + 1;
    explicit ApplicationTableModel(QObject *parent = nullptr);
    void setApplications(const QList<ApplicationRow> &rows) { setRows(rows); }
    int rowOf(qint64 id) const;

protected:
    QVariant otherData(const ApplicationRow &row, int column, int role) const override;
};

} // namespace mockloop::desktop
