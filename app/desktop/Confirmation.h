#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace mockloop::desktop {

// The one place that asks a yes/no question. Irreversible actions (abandoning a session) go
// through here so a test can pre-answer instead of blocking on a modal dialog.
class Confirmation
{
public:
    using Handler = std::function<bool(const QString &title, const QString &question)>;

    // Asks with a QMessageBox unless a handler is set; returns true for "Yes".
    static bool ask(QWidget *parent, const QString &title, const QString &question);

    // Replaces the dialog (tests). An empty handler restores the dialog.
    static void setHandler(Handler handler);
};

} // namespace mockloop::desktop
