#pragma once

#include <QString>

namespace mockloop {

// "m:ss", or "h:mm:ss" from an hour on; padMinutes gives "mm:ss" (countdowns). Whole seconds.
QString formatClock(qint64 seconds, bool padMinutes = false);

} // namespace mockloop
