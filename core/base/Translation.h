#pragma once

#include <QLocale>

namespace mockloop {

// Installs MockLoop's translation (compiled into the programs from translations/*.ts) and
// Qt's own for the locale, replacing any installed by an earlier call. Returns true when
// MockLoop's was found; English needs none. The locale becomes uiLocale() and QLocale's
// default, so dates and numbers for people follow the language the person reads.
bool installTranslations(const QLocale &locale = QLocale());

// The locale of the UI language: the one installTranslations was given (the desktop's
// language setting, or the system's from LANG/LC_ALL), QLocale() before any call. Every
// date, time and decimal shown to a person is formatted with it (core/TimeText.h); machine
// formats (JSON, CSV, the database) never use it.
QLocale uiLocale();

} // namespace mockloop
