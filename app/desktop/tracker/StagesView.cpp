#include "tracker/StagesView.h"

#include "common/ErrorLabel.h"
#include "tracker/Tracker.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mockloop::desktop {

StagesView::StagesView(Tracker &tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
{
    auto *intro = new QLabel(tr("The stages an application moves through, in order. Untick one to "
                                "hide it from the lists; its history stays."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("stagesList"));
    m_list->setAccessibleName(tr("Stages"));
    connect(m_list, &QListWidget::itemChanged, this, &StagesView::itemChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_up->setEnabled(row > 0);
        m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
        m_rename->setEnabled(row >= 0);
        if (const QListWidgetItem *item = m_list->currentItem())
            m_name->setText(item->data(Qt::UserRole + 1).toString());
    });
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("stageName"));
    m_name->setPlaceholderText(tr("A stage's name, e.g. Take-home sent"));
    m_name->setAccessibleName(tr("Stage name"));
    m_add = new QPushButton(tr("Add stage"), this);
    m_add->setObjectName(QStringLiteral("stageAddButton"));
    connect(m_add, &QPushButton::clicked, this, &StagesView::add);
    connect(m_name, &QLineEdit::returnPressed, this, &StagesView::add);
    m_rename = new QPushButton(tr("Rename"), this);
    m_rename->setObjectName(QStringLiteral("stageRenameButton"));
    connect(m_rename, &QPushButton::clicked, this, &StagesView::rename);
    m_up = new QPushButton(tr("Move up"), this);
    m_up->setObjectName(QStringLiteral("stageUpButton"));
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    m_down = new QPushButton(tr("Move down"), this);
    m_down->setObjectName(QStringLiteral("stageDownButton"));
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("stageError"));
    m_error->setWordWrap(true);

    auto *order = new QVBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(order);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_add);
    nameRow->addWidget(m_rename);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addLayout(nameRow);
    layout->addWidget(m_error);
    refresh();
}

qint64 StagesView::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void StagesView::refresh()
{
    const qint64 keep = currentId();
    m_loading = true;
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const TrackerStage &s : m_tracker.stages()) {
            auto *item = new QListWidgetItem(stageDisplayName(s), m_list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(s.hidden ? Qt::Unchecked : Qt::Checked);
            item->setData(Qt::UserRole, s.id);
            item->setData(Qt::UserRole + 1, stageDisplayName(s));
            if (s.id == keep)
                m_list->setCurrentItem(item);
        }
    }
    m_loading = false;
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
    m_rename->setEnabled(row >= 0);
}

void StagesView::itemChanged(QListWidgetItem *item)
{
    if (m_loading)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    QString error;
    const bool ok = m_tracker.setStageHidden(id, item->checkState() == Qt::Unchecked, &error);
    // The list is rebuilt once this signal has returned: not while it reports on the item.
    QMetaObject::invokeMethod(
        this, [this, ok, error, id] { done(ok, error, id); }, Qt::QueuedConnection);
}

void StagesView::add()
{
    QString error;
    const std::optional<qint64> id = m_tracker.addStage(m_name->text(), &error);
    if (id)
        m_name->clear();
    done(id.has_value(), error, id.value_or(0));
}

void StagesView::rename()
{
    const qint64 id = currentId();
    QString error;
    done(m_tracker.renameStage(id, m_name->text(), &error), error, id);
}

void StagesView::move(int by)
{
    const qint64 id = currentId();
    const int to = m_list->currentRow() + by;
    if (id == 0 || to < 0 || to >= m_list->count())
        return;
    QString error;
    done(m_tracker.moveStage(id, to, &error), error, id);
}

void StagesView::done(bool ok, const QString &error, qint64 select)
{
    m_error->setText(ok ? QString() : error);
    refresh();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == select)
            m_list->setCurrentRow(i);
    if (ok)
        emit stagesChanged();
}

} // namespace mockloop::desktop
