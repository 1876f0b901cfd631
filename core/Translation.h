#pragma once

#include <QLocale>

namespace mockloop {

// Installs MockLoop's translation (compiled into the programs from translations/*.ts) and
// Qt's own for the locale. Returns true when MockLoop's was found; English needs none.
bool installTranslations(const QLocale &locale = QLocale());

} // namespace mockloop
