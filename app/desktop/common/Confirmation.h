#pragma once

#include <QString>

#include <functional>

class QAbstractButton;
class QMessageBox;
class QWidget;

namespace mockloop::desktop {

// The one place that asks a question before an irreversible action (abandoning a session,
// deleting). The buttons name their verbs ("Abandon session" / "Keep practising"), never
// Yes/No; the safe one is the default and Esc, so Enter alone never throws anything away.
// Tests pre-answer through a seam instead of blocking on a modal dialog.
class Confirmation
{
public:
    using Handler = std::function<bool(const QString &title, const QString &question)>;
    // Gets the box exactly as it would be shown and returns the button to press.
    using BoxHandler = std::function<QAbstractButton *(QMessageBox &box)>;

    // Which answer is the safe one: the default button and Esc. Usually keeping things as they
    // are; where doing is safer ("Back up first" before deleting), the do button.
    enum class Safe { Keep, Do };

    // Asks with a QMessageBox unless a handler is set; true when doText was chosen.
    static bool ask(QWidget *parent, const QString &title, const QString &question,
                    const QString &doText, const QString &keepText, Safe safe = Safe::Keep);
    // With generic buttons ("Continue" / "Cancel"); prefer naming the verbs.
    static bool ask(QWidget *parent, const QString &title, const QString &question);

    // Replaces the dialog (tests). An empty handler restores the dialog.
    static void setHandler(Handler handler);
    // Lets tests see the real box (texts, default button) and press one of its buttons.
    static void setBoxHandler(BoxHandler handler);
};

} // namespace mockloop::desktop
