#include "tracker/BoardView.h"

#include "common/ErrorLabel.h"
#include "tracker/Tracker.h"

#include <QDataStream>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMap>
#include <QMimeData>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

constexpr int kApplicationRole = Qt::UserRole;
constexpr int kColumnWidth = 190;

} // namespace

StageColumn::StageColumn(qint64 stageId, QWidget *parent)
    : QListWidget(parent)
    , m_stageId(stageId)
{
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(2);
    setFixedWidth(kColumnWidth);
}

qint64 StageColumn::currentApplication() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(kApplicationRole).toLongLong() : 0;
}

namespace {

// The application a drag carries: the card's id in the item views' own drag format.
qint64 draggedApplication(const QMimeData *mime)
{
    static const QString format = QStringLiteral("application/x-qabstractitemmodeldatalist");
    if (!mime || !mime->hasFormat(format))
        return 0;
    QByteArray bytes = mime->data(format);
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    int row = 0;
    int column = 0;
    QMap<int, QVariant> roles;
    stream >> row >> column >> roles;
    return stream.status() == QDataStream::Ok ? roles.value(kApplicationRole).toLongLong() : 0;
}

} // namespace

void StageColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (draggedApplication(event->mimeData()) != 0)
        event->acceptProposedAction();
    else
        event->ignore();
}

void StageColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->source() != this && draggedApplication(event->mimeData()) != 0)
        event->acceptProposedAction();
    else
        event->ignore();
}

void StageColumn::dropEvent(QDropEvent *event)
{
    // The columns are read again from the database after the change, so nothing is moved here
    // by the view itself (the source keeps its item until then).
    const qint64 application = draggedApplication(event->mimeData());
    if (application == 0 || event->source() == this) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit dropped(application, m_stageId);
}

void StageColumn::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::ControlModifier
        && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)
        && currentApplication() != 0) {
        emit moveRequested(currentApplication(), event->key() == Qt::Key_Left ? -1 : 1);
        return;
    }
    QListWidget::keyPressEvent(event);
}

BoardView::BoardView(Tracker &tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
{
    auto *intro = new QLabel(tr("Drag a card to another stage, or press Ctrl+Right / Ctrl+Left; Enter "
                                "opens the application."),
                             this);
    intro->setWordWrap(true);
    m_columnsHost = new QWidget;
    m_columns = new QHBoxLayout(m_columnsHost);
    m_columns->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("boardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_columnsHost);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("boardError"));
    m_error->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
}

void BoardView::refresh()
{
    // Which column and card had the focus, to give it back after the columns are rebuilt.
    qint64 focusApplication = 0;
    for (StageColumn *list : std::as_const(m_lists))
        if (list->hasFocus())
            focusApplication = list->currentApplication();
    QLayoutItem *child;
    while ((child = m_columns->takeAt(0)) != nullptr) {
        delete child->widget();
        delete child;
    }
    m_lists.clear();

    const QList<TrackerStage> stages = m_tracker.stages(true);
    const QList<Application> applications = m_tracker.applications();
    const QList<qint64> ghosted = m_tracker.ghostedSuggestions(m_ghostedAfterDays);
    for (const TrackerStage &stage : stages) {
        auto *column = new QWidget(m_columnsHost);
        auto *list = new StageColumn(stage.id, column);
        list->setObjectName(QStringLiteral("boardColumn_%1").arg(stage.id));
        int count = 0;
        for (const Application &a : applications) {
            if (a.stageId != stage.id)
                continue;
            ++count;
            QString text = a.company + QLatin1Char('\n') + a.role;
            if (ghosted.contains(a.id))
                text += QLatin1Char('\n') + tr("(ghosted?)");
            auto *card = new QListWidgetItem(text, list);
            card->setData(kApplicationRole, a.id);
            card->setToolTip(tr("%1, %2").arg(a.company, a.role));
            if (a.id == focusApplication) {
                list->setCurrentItem(card);
                list->setFocus();
            }
        }
        const QString title = tr("%1 (%2)").arg(stageDisplayName(stage)).arg(count);
        auto *header = new QLabel(title, column);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        list->setAccessibleName(title);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->addWidget(header);
        columnLayout->addWidget(list, 1);
        m_columns->addWidget(column);
        m_lists.append(list);
        connect(list, &StageColumn::dropped, this, &BoardView::moveTo);
        connect(list, &StageColumn::moveRequested, this, &BoardView::moveBy);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit applicationOpened(item->data(kApplicationRole).toLongLong());
        });
    }
    m_columns->addStretch();
}

void BoardView::moveTo(qint64 applicationId, qint64 stageId)
{
    QString error;
    if (!m_tracker.changeStage(applicationId, stageId, QString(), &error)) {
        m_error->setText(error);
        return;
    }
    m_error->clear();
    // The columns are rebuilt once the drop or the key press has returned: a column must not be
    // deleted inside its own event handler.
    QMetaObject::invokeMethod(
        this,
        [this, applicationId, stageId] {
            refresh();
            // The card keeps the focus, in its new column.
            for (StageColumn *list : std::as_const(m_lists))
                if (list->stageId() == stageId)
                    for (int i = 0; i < list->count(); ++i)
                        if (list->item(i)->data(kApplicationRole).toLongLong() == applicationId) {
                            list->setCurrentRow(i);
                            list->setFocus();
                        }
            emit stageChanged();
        },
        Qt::QueuedConnection);
}

void BoardView::moveBy(qint64 applicationId, int by)
{
    for (int i = 0; i < m_lists.size(); ++i)
        for (int row = 0; row < m_lists.at(i)->count(); ++row)
            if (m_lists.at(i)->item(row)->data(kApplicationRole).toLongLong() == applicationId) {
                const int to = i + by;
                if (to >= 0 && to < m_lists.size())
                    moveTo(applicationId, m_lists.at(to)->stageId());
                return;
            }
}

} // namespace mockloop::desktop
