#pragma once

#include "coach/StoryBank.h"

#include <QAbstractTableModel>

namespace mockloop::desktop {

// Competencies (rows) × stories (columns), plus a last column counting the stories per
// competency. A gap row (no story) says so in words; an overused story says so in its header.
// Every mark is text, so a screen reader reads the same as the eye sees.
class StoryMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setMatrix(const StoryMatrix &matrix);
    const StoryMatrix &matrix() const { return m_matrix; }
    int countColumn() const { return int(m_matrix.stories.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    StoryMatrix m_matrix;
};

} // namespace mockloop::desktop
