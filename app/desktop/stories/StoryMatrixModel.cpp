#include "stories/StoryMatrixModel.h"

#include <QFont>

namespace mockloop::desktop {

void StoryMatrixModel::setMatrix(const StoryMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

int StoryMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.competencies.size());
}

int StoryMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.stories.size()) + 1;
}

QVariant StoryMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const int col = index.column();
    if (col == countColumn()) {
        const int n = m_matrix.storiesFor(row);
        switch (role) {
        case Qt::DisplayRole:
            return n == 0 ? tr("gap: no story") : QString::number(n);
        case Qt::FontRole: {
            QFont f;
            f.setBold(n == 0);
            return f;
        }
        case Qt::ToolTipRole:
            return n == 0 ? tr("No story shows “%1” yet: write one.").arg(m_matrix.competencies.at(row))
                          : n == 1 ? tr("1 story shows “%1”.").arg(m_matrix.competencies.at(row))
                                   : tr("%1 stories show “%2”.").arg(n).arg(m_matrix.competencies.at(row));
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    const bool covers = m_matrix.covers.at(row).at(col);
    switch (role) {
    case Qt::DisplayRole:
        return covers ? QStringLiteral("✓") : QString();
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return covers ? tr("“%1” shows %2").arg(m_matrix.stories.at(col).title,
                                                m_matrix.competencies.at(row))
                      : tr("“%1” does not show %2").arg(m_matrix.stories.at(col).title,
                                                        m_matrix.competencies.at(row));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant StoryMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_matrix.competencies.size())
            return m_matrix.competencies.at(section);
        return {};
    }
    if (section == countColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Stories");
        return {};
    }
    if (section > countColumn())
        return {};
    const Story &s = m_matrix.stories.at(section);
    const bool overused = m_matrix.isOverused(section);
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = s.title.size() > 24 ? s.title.left(24).trimmed() + QChar(u'…') : s.title;
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
    default:
        return {};
    }
}

} // namespace mockloop::desktop
