#include "common/ReadingWidth.h"

#include <QBoxLayout>
#include <QStyle>
#include <QWidget>

namespace mockloop::desktop {

void addAtReadingWidth(QBoxLayout *layout, QWidget *widget, int stretch, int chars)
{
    // Room for the frame, the document margins and a vertical scroll bar besides the text.
    const int chrome = widget->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 64;
    widget->setMaximumWidth(widget->fontMetrics().averageCharWidth() * chars + chrome);
    // The widget takes the width up to its cap; the empty sides share what is left. (An
    // alignment flag instead would shrink it to its size hint.)
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(0);
    row->addWidget(widget, 1);
    row->addStretch(0);
    layout->addLayout(row, stretch);
}

} // namespace mockloop::desktop
