#include "common/Appearance.h"

#include "common/ThemeStyle.h"

#include <QApplication>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace mockloop::desktop {

namespace {

// QPalette::setColor(role, colour) sets every colour group, the Disabled one included: without
// this, a disabled button's text is as dark as an enabled one's. Called after the roles are set.
void setDisabledColours(QPalette &p, const QColor &text, const QColor &button, const QColor &base)
{
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, text);
    p.setColor(QPalette::Disabled, QPalette::Button, button);
    p.setColor(QPalette::Disabled, QPalette::Base, base);
    p.setColor(QPalette::Disabled, QPalette::Highlight, text);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, base);
}

const QPalette &desktopPalette()
{
    // The first call happens before any theme is applied (MainWindow applies it once built).
    static const QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    p.setColor(QPalette::WindowText, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Text, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Button, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::ButtonText, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xc5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x1f, 0x6f, 0xc5));
    setDisabledColours(p, QColor(0xa0, 0xa0, 0xa0), QColor(0xf0, 0xf0, 0xf0),
                       QColor(0xf4, 0xf4, 0xf4));
    return p;
}

QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Link, QColor(0x6f, 0xb3, 0xff));
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Midlight, QColor(0x4a, 0x4a, 0x4a));
    setDisabledColours(p, QColor(0x78, 0x78, 0x78), QColor(0x30, 0x30, 0x30),
                       QColor(0x26, 0x26, 0x26));
    return p;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
               + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mixColours(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

QColor errorTextColour(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor dark(0xb0, 0x00, 0x20);
    return contrastRatio(dark, window) >= 4.5 ? dark : QColor(0xff, 0x8a, 0x80);
}

QString errorStyleSheet(const QPalette &palette, bool isError, bool bold)
{
    if (!isError)
        return QString();
    return QStringLiteral("color: %1;%2")
        .arg(errorTextColour(palette).name(),
             bold ? QStringLiteral(" font-weight: bold;") : QString());
}

ReportColours reportColours(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    // A colour that is too faint on this base (a desktop palette may have any link colour)
    // falls back to the text colour.
    auto readable = [&](const QColor &c) { return contrastRatio(c, base) >= 4.5 ? c : text; };
    ReportColours c;
    c.background = base.name();
    c.text = text.name();
    c.heading = readable(palette.color(QPalette::Active, QPalette::Link)).name();
    c.muted = readable(mixColours(text, base, 0.72)).name();
    c.border = mixColours(text, base, 0.35).name();
    c.headerBackground =
        mixColours(palette.color(QPalette::Active, QPalette::Highlight), base, 0.16).name();
    return c;
}

void applyTheme(Theme theme)
{
    const QPalette &desktop = desktopPalette();
    // Once: the style that draws check boxes and radio buttons visibly in every palette.
    if (!qobject_cast<ThemeStyle *>(QApplication::style()))
        QApplication::setStyle(new ThemeStyle(QStyleFactory::create(QApplication::style()->name())));
    switch (theme) {
    case Theme::System: QApplication::setPalette(desktop); break;
    case Theme::Light: QApplication::setPalette(lightPalette()); break;
    case Theme::Dark: QApplication::setPalette(darkPalette()); break;
    }
}

} // namespace mockloop::desktop
