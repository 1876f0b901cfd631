#pragma once

#include "Settings.h"

#include <QPalette>

namespace mockloop::desktop {

// Applies the theme to the whole application: a light or dark palette of MockLoop's, or the
// desktop's own palette as it was when the program started (Qt 6.4 has no colour-scheme
// hint: "the system's" means the desktop's palette).
void applyTheme(Theme theme);
// The palettes applyTheme uses (tests compare against them).
QPalette lightPalette();
QPalette darkPalette();

} // namespace mockloop::desktop
