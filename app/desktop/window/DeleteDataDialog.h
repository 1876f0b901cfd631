#pragma once

#include "storage/DataTools.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QPushButton;

namespace mockloop::desktop {

// Data → Delete all my data…: one check box per part core can delete (datatools::DataPart),
// each with how much of it there is; all checked at first. The delete button names what the
// ticks delete ("Delete sessions and stories"); the safe button has the focus. The rules of
// what each part removes live in core/DataTools; this dialog only asks.
class DeleteDataDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteDataDialog(const datatools::DataCounts &counts, QWidget *parent = nullptr);

    datatools::DataParts parts() const;

private:
    void update();

    QMap<datatools::DataPart, QCheckBox *> m_boxes;
    QPushButton *m_deleteButton;
    QPushButton *m_keepButton;
};

} // namespace mockloop::desktop
