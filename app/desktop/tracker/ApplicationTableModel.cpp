#include "tracker/ApplicationTableModel.h"

#include "base/TimeText.h"

namespace mockloop::desktop {

ApplicationTableModel::ApplicationTableModel(QObject *parent)
    : RowTableModel<ApplicationRow>(parent)
{
    m_columns = {
        {QT_TR_NOOP("Company"), [](const ApplicationRow &r) { return r.application.company; }},
        {QT_TR_NOOP("Role"), [](const ApplicationRow &r) { return r.application.role; }},
        {QT_TR_NOOP("Stage"),
         [](const ApplicationRow &r) {
             return r.ghosted ? tr("%1 (ghosted?)").arg(r.stageName) : r.stageName;
         }},
        {QT_TR_NOOP("Excitement"),
         [](const ApplicationRow &r) {
             return r.application.excitement ? QVariant(*r.application.excitement)
                                             : QVariant(QStringLiteral("–"));
         },
         numberAlignment()},
        {QT_TR_NOOP("Next scheduled interview"),
         [](const ApplicationRow &r) { return r.nextInterview; }},
        {QT_TR_NOOP("Last activity"),
         [](const ApplicationRow &r) { return formatDateTime(r.application.lastActivityAt); }},
    };
}

int ApplicationTableModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).application.id == id)
            return r;
    return -1;
}

QVariant ApplicationTableModel::otherData(const ApplicationRow &row, int column, int role) const
{
    if (role == kIdRole)
        return row.application.id;
    if (role != Qt::UserRole)
        return {};
    switch (column) {
    case 0: return row.application.company.toLower();
    case 1: return row.application.role.toLower();
    case 2: return row.stagePosition;
    case 3: return row.application.excitement.value_or(0);
    case 4:
        // None ahead sorts last.
        return row.nextInterviewUtc.isValid() ? row.nextInterviewUtc.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::max();
    case 5: return row.application.lastActivityAt.toMSecsSinceEpoch();
    }
    return {};
}

} // namespace mockloop::desktop
