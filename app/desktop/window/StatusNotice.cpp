#include "window/StatusNotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QStyle>
#include <QTimer>
#include <QUrl>

namespace mockloop::desktop {

namespace {

StatusNotice::FolderOpener &folderOpener()
{
    static StatusNotice::FolderOpener opener;
    return opener;
}

} // namespace

StatusNotice::StatusNotice(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statusNotice"));
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("statusIcon"));
    const int side = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
    m_icon->setFixedSize(side, side);
    // The warning sign says "problem" without relying on colour; its place is kept so the
    // text does not jump sideways.
    m_icon->setAccessibleName(tr("Problem"));
    QSizePolicy keep = m_icon->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_icon->setSizePolicy(keep);
    m_icon->hide();
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("statusMessage"));
    m_label->setTextFormat(Qt::PlainText);
    // One line, elided: a long message must neither wrap (the bar would grow and push the
    // page up) nor widen the window.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setMinimumWidth(0);
    m_label->installEventFilter(this);
    m_openFolder = new QLabel(this);
    m_openFolder->setObjectName(QStringLiteral("statusOpenFolder"));
    m_openFolder->setText(
        QStringLiteral("<a href=\"open\">%1</a>").arg(tr("Open folder").toHtmlEscaped()));
    m_openFolder->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_openFolder->hide();
    connect(m_openFolder, &QLabel::linkActivated, this, [this] { openFolder(); });
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kInfoTimeoutMs);
    connect(m_timer, &QTimer::timeout, this, &StatusNotice::clearNotice);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_openFolder);
}

void StatusNotice::post(const QWidget *from, const QString &text, Kind kind, const QString &folder)
{
    for (const QWidget *w = from; w; w = w->parentWidget()) {
        if (auto *main = qobject_cast<const QMainWindow *>(w)) {
            if (auto *notice = main->findChild<StatusNotice *>(QStringLiteral("statusNotice"))) {
                notice->showNotice(text, kind, folder, from);
                return;
            }
        }
    }
    if (!text.isEmpty()) // a page outside a main window (a test of one widget): keep it readable
        qInfo("%s", qPrintable(text));
}

void StatusNotice::showNotice(const QString &text, Kind kind, const QString &folder,
                              const QWidget *source)
{
    m_source = source;
    m_text = text;
    m_kind = kind;
    m_folder = folder;
    m_icon->setVisible(kind == Kind::Problem && !text.isEmpty());
    m_openFolder->setVisible(!folder.isEmpty() && !text.isEmpty());
    m_openFolder->setToolTip(QDir::toNativeSeparators(folder));
    updateText();
    if (kind == Kind::Info && !text.isEmpty())
        m_timer->start();
    else
        m_timer->stop();
}

void StatusNotice::clearNotice()
{
    showNotice({}, Kind::Info);
}

void StatusNotice::openFolder()
{
    if (m_folder.isEmpty())
        return;
    if (folderOpener())
        folderOpener()(m_folder);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
}

void StatusNotice::setFolderOpener(FolderOpener opener)
{
    folderOpener() = std::move(opener);
}

bool StatusNotice::eventFilter(QObject *watched, QEvent *event)
{
    // The label's own width decides the elision; it changes with the bar and with the icon
    // and the link coming and going.
    if (watched == m_label && event->type() == QEvent::Resize)
        updateText();
    return QWidget::eventFilter(watched, event);
}

void StatusNotice::updateText()
{
    m_label->setText(
        m_label->fontMetrics().elidedText(m_text, Qt::ElideMiddle, std::max(0, m_label->width())));
    // The whole text, also when elided, and for screen readers.
    m_label->setToolTip(m_text);
    m_label->setAccessibleName(m_text);
}

} // namespace mockloop::desktop
