#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace mockloop::desktop {

// The one place that asks for a name (saving or renaming a preset). Like Confirmation, a test
// can answer instead of blocking on the modal input dialog.
class NameQuestion
{
public:
    using Handler = std::function<std::optional<QString>(const QString &title, const QString &label,
                                                         const QString &initial)>;

    // Asks with QInputDialog unless a handler is set; std::nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &label,
                                      const QString &initial);
    // Replaces the dialog (tests). An empty handler restores the dialog.
    static void setHandler(Handler handler);
};

} // namespace mockloop::desktop
