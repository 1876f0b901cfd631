#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace mockloop::desktop {

// The running session's window-wide actions (next step, pause or resume, skip, abandon). The
// main window owns them and puts them in its Interview menu from the start, so their keys are
// listed in the shortcut overlay; the interview page, built when the first session starts,
// connects them and enables them while a session runs.
class SessionActions : public QObject
{
    Q_OBJECT
public:
    explicit SessionActions(QObject *parent);

    QList<QAction *> all() const { return {primary, pause, skip, abandon}; }

    QAction *const primary;
    QAction *const pause;
    QAction *const skip;
    QAction *const abandon;
};

} // namespace mockloop::desktop
