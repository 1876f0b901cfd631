#pragma once

#include <QProxyStyle>

namespace mockloop::desktop {

// The application's style on top of the platform's (Fusion on most Linux desktops): it gives
// check boxes and radio buttons an outline taken from the palette's text colour. Fusion draws
// their outline a shade darker than the window, which disappears on a dark palette.
class ThemeStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit ThemeStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    // The outline colour for a palette: between its text and base colours, so it stands out
    // from both the window and the indicator's fill in light and dark palettes alike.
    static QColor indicatorOutline(const QPalette &palette);
};

} // namespace mockloop::desktop
