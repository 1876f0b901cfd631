#pragma once

#include <QString>

namespace mockloop::desktop {

// A retake's change against the last attempt of the same question: "(+2)", "(−1)", "(±0)".
QString scoreDeltaText(int delta);

} // namespace mockloop::desktop
