#pragma once

#include <QString>

namespace mockloop {

// "My Questions.md" → "my-questions": ids made from names, valid for docs/pack-format.md.
// Its own unit so the bank (own questions) and the importer (packs, questions) share it without
// depending on each other.
QString slugOf(const QString &text, int maxLength = 48);

} // namespace mockloop
