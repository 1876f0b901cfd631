#include "common/Confirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace mockloop::desktop {

namespace {

Confirmation::Handler &handler()
{
    static Confirmation::Handler h;
    return h;
}

Confirmation::BoxHandler &boxHandler()
{
    static Confirmation::BoxHandler h;
    return h;
}

} // namespace

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &question,
                       const QString &doText, const QString &keepText, Safe safe)
{
    if (handler())
        return handler()(title, question);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton *doButton = box.addButton(doText, QMessageBox::AcceptRole);
    doButton->setObjectName(QStringLiteral("confirmDoButton"));
    QPushButton *keepButton = box.addButton(keepText, QMessageBox::RejectRole);
    keepButton->setObjectName(QStringLiteral("confirmKeepButton"));
    // The safe choice is the default and Esc: Enter alone must not throw anything away.
    QPushButton *safeButton = safe == Safe::Do ? doButton : keepButton;
    box.setDefaultButton(safeButton);
    box.setEscapeButton(safeButton);
    if (boxHandler())
        return boxHandler()(box) == doButton;
    box.exec();
    return box.clickedButton() == doButton;
}

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &question)
{
    return ask(parent, title, question, QCoreApplication::translate("Confirmation", "Continue"),
               QCoreApplication::translate("Confirmation", "Cancel"));
}

void Confirmation::setHandler(Handler h)
{
    handler() = std::move(h);
}

void Confirmation::setBoxHandler(BoxHandler h)
{
    boxHandler() = std::move(h);
}

} // namespace mockloop::desktop
