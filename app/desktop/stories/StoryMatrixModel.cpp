#include "stories/StoryMatrixModel.h"

#include <QFont>

namespace mockloop::desktop {

StoryMatrixModel::StoryMatrixModel(QObject *parent)
    : RowTableModel(parent)
{
    setMatrix({}); // no stories yet: the count column alone
}

void StoryMatrixModel::setMatrix(const StoryMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    m_rows.clear();
    for (int row = 0; row < m_matrix.competencies.size(); ++row)
        m_rows.append(row);
    m_columns.clear();
    for (int col = 0; col < countColumn(); ++col) {
        m_columns.append(
            {nullptr,
             [this, col](const int &row) {
                 return m_matrix.covers.at(row).at(col) ? QStringLiteral("✓") : QString();
             },
             int(Qt::AlignCenter),
             [this, col](const int &row) {
                 return m_matrix.covers.at(row).at(col)
                            ? tr("“%1” shows %2")
                                  .arg(m_matrix.stories.at(col).title, m_matrix.competencies.at(row))
                            : tr("“%1” does not show %2")
                                  .arg(m_matrix.stories.at(col).title, m_matrix.competencies.at(row));
             }});
    }
    m_columns.append(
        {QT_TR_NOOP("Stories"),
         [this](const int &row) {
             const int n = m_matrix.storiesFor(row);
             return n == 0 ? tr("gap: no story") : QString::number(n);
         },
         int(Qt::AlignCenter),
         [this](const int &row) {
             const int n = m_matrix.storiesFor(row);
             return n == 0
                        ? tr("No story shows “%1” yet: write one.").arg(m_matrix.competencies.at(row))
                    : n == 1 ? tr("1 story shows “%1”.").arg(m_matrix.competencies.at(row))
                             : tr("%1 stories show “%2”.").arg(n).arg(m_matrix.competencies.at(row));
         }});
    endResetModel();
}

QVariant StoryMatrixModel::otherData(const int &row, int column, int role) const
{
    if (column == countColumn()) {
        if (role != Qt::FontRole)
            return {};
        QFont f;
        f.setBold(m_matrix.storiesFor(row) == 0);
        return f;
    }
    // A story's mark reads as its tooltip does.
    return role == Qt::AccessibleTextRole ? m_columns.at(column).toolTip(row) : QVariant();
}

QVariant StoryMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_matrix.competencies.size())
            return m_matrix.competencies.at(section);
        return {};
    }
    if (section >= countColumn())
        return RowTableModel::headerData(section, orientation, role); // "Stories" over the count
    const Story &s = m_matrix.stories.at(section);
    const bool overused = m_matrix.isOverused(section);
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = s.title.size() > 24 ? s.title.left(24).trimmed() + QChar(u'…')
                                                  : s.title;
        return overused ? tr("%1\n(used %2×: overused)").arg(title).arg(s.uses)
                        : tr("%1\n(used %2×)").arg(title).arg(s.uses);
    }
    case Qt::ToolTipRole:
        return overused ? tr("“%1” was used in %2 answers. Interviewers notice one story told "
                             "again and again: find another for some of them.")
                              .arg(s.title)
                              .arg(s.uses)
                        : s.title;
    case Qt::FontRole: {
        QFont f;
        f.setBold(overused);
        return f;
    }
    default: return {};
    }
}

} // namespace mockloop::desktop
