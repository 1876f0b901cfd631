#include "common/ErrorLabel.h"

#include "common/Appearance.h"

#include <QEvent>

namespace mockloop::desktop {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    applyColour();
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // Setting the colour is itself a palette change: only the theme's changes recolour.
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColour();
}

void ErrorLabel::applyColour()
{
    m_applying = true;
    // Only the text colour is the label's own; every other role keeps following the theme.
    QPalette own;
    own.setResolveMask(0);
    own.setColor(QPalette::WindowText, errorTextColour(palette()));
    setPalette(own);
    m_applying = false;
}

} // namespace mockloop::desktop
