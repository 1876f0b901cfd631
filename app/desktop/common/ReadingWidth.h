#pragma once

class QBoxLayout;
class QWidget;

namespace mockloop::desktop {

// Long text reads best at about 80–100 characters a line. On a wide window the answer editor
// and the report keep this width, centred, instead of running lines across a 2560 px screen;
// on narrower windows they fill the width as before.
constexpr int kReadingChars = 100;

// Adds widget to layout (with stretch), capped at chars average characters plus its frame,
// scroll bar and margins, and centred in the width it is given.
void addAtReadingWidth(QBoxLayout *layout, QWidget *widget, int stretch = 0,
                       int chars = kReadingChars);

} // namespace mockloop::desktop
