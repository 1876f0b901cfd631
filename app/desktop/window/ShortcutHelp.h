#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;

namespace mockloop::desktop {

struct ShortcutEntry
{
    QString group;  // the menu it lives in
    QString action; // its text, without the & mnemonic marker
    QString keys;   // every shortcut, in the platform's words ("Ctrl+Return, Ctrl+Enter")
};

// Every action with a shortcut in the menus, in menu order: generated from the QActions
// themselves, so the help cannot drift from what the keys do.
QList<ShortcutEntry> collectShortcuts(const QMenuBar *menuBar);

// The help overlay (F1, Ctrl+/): a table of collectShortcuts(), closed with Esc.
class ShortcutHelpDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutHelpDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);
};

} // namespace mockloop::desktop
