#include "window/ShortcutHelp.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

QString plainText(QString text)
{
    // "&Quit" → "Quit", "Fish && Chips" → "Fish & Chips", "…" stays.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collect(const QMenu *menu, const QString &group, QList<ShortcutEntry> &out)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            collect(sub, group + QStringLiteral(" › ") + plainText(sub->title()), out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        if (keys.isEmpty())
            continue;
        out.append({group, plainText(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<ShortcutEntry> collectShortcuts(const QMenuBar *menuBar)
{
    QList<ShortcutEntry> entries;
    for (const QAction *top : menuBar->actions()) {
        if (const QMenu *menu = top->menu())
            collect(menu, plainText(menu->title()), entries);
    }
    return entries;
}

ShortcutHelpDialog::ShortcutHelpDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutHelp"));
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<ShortcutEntry> entries = collectShortcuts(menuBar);
    auto *table = new QTableWidget(int(entries.size()), 3, this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &e = entries.at(row);
        table->setItem(row, 0, new QTableWidgetItem(e.group));
        table->setItem(row, 1, new QTableWidgetItem(e.action));
        auto *keys = new QTableWidgetItem(e.keys);
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        table->setItem(row, 2, keys);
    }
    auto *note = new QLabel(tr("Every action in the menus, with its keys. In focus mode the "
                               "menus are hidden but the keys still work; Esc leaves focus "
                               "mode."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace mockloop::desktop
