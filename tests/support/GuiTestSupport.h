#pragma once

// Shared by the offscreen GUI tests: find widgets by object name and click them as a person
// could (visible and enabled), and read which page the main window shows.
#include <QLabel>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QWidget>

// Finds a named child of m_window or fails the test.
#define FIND(Type, var, name) \
    auto *var = m_window->findChild<Type *>(QStringLiteral(name)); \
    QVERIFY2(var, "no " #Type " named " name)

// Clicks a button that must be visible and enabled, as a person could.
#define CLICK(button) \
    do { \
        QVERIFY2((button)->isVisible(), qPrintable((button)->objectName())); \
        QVERIFY2((button)->isEnabled(), qPrintable((button)->objectName())); \
        QTest::mouseClick((button), Qt::LeftButton); \
    } while (false)

namespace mockloop::test {

// The object name of the page the main window's central stack shows.
inline QString currentPageOf(const QWidget *window)
{
    auto *main = qobject_cast<const QMainWindow *>(window);
    auto *stack = main ? qobject_cast<const QStackedWidget *>(main->centralWidget()) : nullptr;
    return stack && stack->currentWidget() ? stack->currentWidget()->objectName() : QString();
}

// The first visible label, text browser or text edit under root whose text (or placeholder)
// contains needle, named by its object name ("(unnamed)" when it has none); empty when none
// shows it. For checks such as "the model outline is not on screen while answering".
inline QString visibleTextShowing(const QWidget *root, const QString &needle)
{
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        QString shown;
        if (auto *l = qobject_cast<const QLabel *>(w))
            shown = l->text();
        else if (auto *b = qobject_cast<const QTextBrowser *>(w))
            shown = b->toPlainText();
        else if (auto *e = qobject_cast<const QPlainTextEdit *>(w))
            shown = e->toPlainText() + QLatin1Char('\n') + e->placeholderText();
        if (shown.contains(needle))
            return w->objectName().isEmpty() ? QStringLiteral("(unnamed)") : w->objectName();
    }
    return {};
}

} // namespace mockloop::test
