#pragma once

#include "base/Settings.h"
#include "report/ReportHtml.h"

#include <QPalette>

namespace mockloop::desktop {

// Applies the theme to the whole application: a light or dark palette of MockLoop's, or the
// desktop's own palette as it was when the program started (Qt 6.4 has no colour-scheme
// hint: "the system's" means the desktop's palette).
void applyTheme(Theme theme);
// The palettes applyTheme uses (tests compare against them).
QPalette lightPalette();
QPalette darkPalette();

// WCAG 2 contrast ratio of two colours (1 to 21; text wants at least 4.5).
double contrastRatio(const QColor &a, const QColor &b);
// `share` of a, the rest of b: shades between a palette's text and base colours.
QColor mixColours(const QColor &a, const QColor &b, double share);
// A red for failure messages that is readable (4.5:1) on the palette's window colour.
QColor errorTextColour(const QPalette &palette);
// A style sheet for a label that shows a failure (or an empty one when it does not), in that
// red: for labels that show other messages too, where an ErrorLabel does not fit.
QString errorStyleSheet(const QPalette &palette, bool isError = true, bool bold = false);
// The report's HTML colours for a palette: text, headings and labels on its Base colour, each
// readable (4.5:1) against it, so the report follows the theme like every other page.
ReportColours reportColours(const QPalette &palette);

} // namespace mockloop::desktop
