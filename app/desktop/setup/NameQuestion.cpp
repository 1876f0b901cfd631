#include "setup/NameQuestion.h"

#include <QInputDialog>

namespace mockloop::desktop {

namespace {

NameQuestion::Handler &handler()
{
    static NameQuestion::Handler h;
    return h;
}

} // namespace

std::optional<QString> NameQuestion::ask(QWidget *parent, const QString &title,
                                         const QString &label, const QString &initial)
{
    if (handler())
        return handler()(title, label, initial);
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

void NameQuestion::setHandler(Handler h)
{
    handler() = std::move(h);
}

} // namespace mockloop::desktop
