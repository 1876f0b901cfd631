#pragma once

// Shared by the offscreen GUI tests: find widgets by object name and click them as a person
// could (visible and enabled), and read which page the main window shows.
#include <QMainWindow>
#include <QStackedWidget>
#include <QTest>
#include <QWidget>

// Finds a named child of m_window or fails the test.
#define FIND(Type, var, name)                                                                  \
    auto *var = m_window->findChild<Type *>(QStringLiteral(name));                             \
    QVERIFY2(var, "no " #Type " named " name)

// Clicks a button that must be visible and enabled, as a person could.
#define CLICK(button)                                                                          \
    do {                                                                                       \
        QVERIFY2((button)->isVisible(), qPrintable((button)->objectName()));                   \
        QVERIFY2((button)->isEnabled(), qPrintable((button)->objectName()));                   \
        QTest::mouseClick((button), Qt::LeftButton);                                           \
    } while (false)

namespace mockloop::test {

// The object name of the page the main window's central stack shows.
inline QString currentPageOf(const QWidget *window)
{
    auto *main = qobject_cast<const QMainWindow *>(window);
    auto *stack = main ? qobject_cast<const QStackedWidget *>(main->centralWidget()) : nullptr;
    return stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString();
}

} // namespace mockloop::test
