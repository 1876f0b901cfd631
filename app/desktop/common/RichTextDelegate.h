#pragma once

#include <QStyledItemDelegate>

namespace mockloop::desktop {

// Paints a cell from an HTML role on one line (clipped, never wrapped), in the view's font and
// colours; the cell's plain DisplayRole text stays what a screen reader or a copy gets.
class RichTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    RichTextDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
};

} // namespace mockloop::desktop
