#include "common/ThemeStyle.h"

#include "common/Appearance.h"

#include <QPainter>
#include <QStyleOption>

namespace mockloop::desktop {

ThemeStyle::ThemeStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QColor ThemeStyle::indicatorOutline(const QPalette &palette)
{
    return mixColours(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.55);
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox;
    if (!box && element != PE_IndicatorRadioButton)
        return;
    // Keyboard focus keeps the base style's highlighted outline.
    if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(indicatorOutline(option->palette), 1.0));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (box)
        painter->drawRect(r);
    else
        painter->drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

} // namespace mockloop::desktop
