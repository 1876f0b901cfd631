#pragma once

#include "coach/StoryBank.h"
#include "common/RowTableModel.h"

namespace mockloop::desktop {

// Competencies (rows) × stories (columns), plus a last column counting the stories per
// competency. A gap row (no story) says so in words; an overused story says so in its header.
// Every mark is text, so a screen reader reads the same as the eye sees. A row is the index of
// its competency; the columns follow the stories, so setMatrix builds them.
class StoryMatrixModel : public RowTableModel<int>
{
    Q_OBJECT
public:
    explicit StoryMatrixModel(QObject *parent = nullptr);

    void setMatrix(const StoryMatrix &matrix);
    const StoryMatrix &matrix() const { return m_matrix; }
    int countColumn() const { return int(m_matrix.stories.size()); }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant otherData(const int &row, int column, int role) const override;

    StoryMatrix m_matrix;
};

} // namespace mockloop::desktop
