#include "window/SessionActions.h"

#include <QAction>
#include <QKeySequence>

namespace mockloop::desktop {

namespace {

QAction *makeAction(QObject *parent, const QString &text, const char *name,
                    const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(keys);
    // They work from inside the editors too.
    action->setShortcutContext(Qt::WindowShortcut);
    action->setEnabled(false);
    return action;
}

} // namespace

SessionActions::SessionActions(QObject *parent)
    : QObject(parent)
    , primary(makeAction(this, tr("&Next step (start, answer, submit, grade, continue)"),
                         "nextStepAction",
                         {QKeySequence(Qt::CTRL | Qt::Key_Return),
                          QKeySequence(Qt::CTRL | Qt::Key_Enter)}))
    , pause(makeAction(this, tr("&Pause or resume"), "pauseAction",
                       {QKeySequence(Qt::CTRL | Qt::Key_P)}))
    , skip(makeAction(this, tr("S&kip the question"), "skipAction",
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)}))
    , abandon(makeAction(this, tr("A&bandon the session…"), "abandonAction",
                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}))
    , previousSection(makeAction(this, tr("Pre&vious answer section"), "previousSectionAction",
                                 {QKeySequence(Qt::CTRL | Qt::Key_Up)}))
    , nextSection(makeAction(this, tr("Ne&xt answer section"), "nextSectionAction",
                             {QKeySequence(Qt::CTRL | Qt::Key_Down)}))
{
}

} // namespace mockloop::desktop
