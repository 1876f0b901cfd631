#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace mockloop::desktop {

// The running session's window-wide actions (next step, pause or resume, skip, abandon, and
// moving between the answer's sections). The
// main window owns them and puts them in its Interview menu from the start, so their keys are
// listed in the shortcut overlay; the interview page, built when the first session starts,
// connects them and enables them while a session runs.
class SessionActions : public QObject
{
    Q_OBJECT
public:
    explicit SessionActions(QObject *parent);

    QList<QAction *> all() const
    {
        return {primary, pause, skip, abandon, previousSection, nextSection};
    }

    QAction *const primary;
    QAction *const pause;
    QAction *const skip;
    QAction *const abandon;
    // Only while the answer editor is on screen.
    QAction *const previousSection;
    QAction *const nextSection;
};

} // namespace mockloop::desktop
