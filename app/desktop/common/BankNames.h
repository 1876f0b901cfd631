#pragma once

#include <QString>
#include <QStringList>

namespace mockloop::desktop {

// People's names for the bank's stable keys (tracks, difficulties). The keys stay as they
// are in packs, plans and the database; only what is shown is translated.

// "intern" → "Intern", "sony" → "Sony-style"; a track no pack here knows shows as it is.
QString trackDisplayName(const QString &track);

// The difficulty keys of docs/pack-format.md, easiest first.
QStringList difficultyKeys();
// "mid" → "Mid-level"; an unknown key shows as it is, an empty one as "–".
QString difficultyDisplayName(const QString &difficulty);

// "1 question", "12 questions": spelled out rather than "%n question(s)", which shows "(s)"
// without an English catalogue.
QString questionCountText(int count);

} // namespace mockloop::desktop
