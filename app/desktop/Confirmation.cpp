#include "Confirmation.h"

#include <QMessageBox>

namespace mockloop::desktop {

namespace {

Confirmation::Handler &handler()
{
    static Confirmation::Handler h;
    return h;
}

} // namespace

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &question)
{
    if (handler())
        return handler()(title, question);
    // "No" is the default button: Enter alone must not throw a session away.
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
           == QMessageBox::Yes;
}

void Confirmation::setHandler(Handler h)
{
    handler() = std::move(h);
}

} // namespace mockloop::desktop
