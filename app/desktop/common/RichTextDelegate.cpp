#include "common/RichTextDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace mockloop::desktop {

namespace {

void prepare(QTextDocument &doc, const QFont &font, const QString &html)
{
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    doc.setDefaultTextOption(option);
    doc.setHtml(html);
}

} // namespace

RichTextDelegate::RichTextDelegate(int htmlRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_htmlRole(htmlRole)
{
}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const QVariant html = index.data(m_htmlRole);
    if (!html.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as for any other cell; the text comes after.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    prepare(doc, opt.font, html.toString());
    QAbstractTextDocumentLayout::PaintContext context;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    context.palette.setColor(QPalette::Text, opt.palette.color(group, opt.state & QStyle::State_Selected
                                                                          ? QPalette::HighlightedText
                                                                          : QPalette::Text));
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    painter->save();
    const int top = textRect.top() + (textRect.height() - int(doc.size().height())) / 2;
    painter->translate(textRect.left(), top);
    const QRect clip(0, textRect.top() - top, textRect.width(), textRect.height());
    painter->setClipRect(clip);
    context.clip = clip;
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant html = index.data(m_htmlRole);
    if (!html.isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    prepare(doc, opt.font, html.toString());
    const QSize plain = QStyledItemDelegate::sizeHint(option, index);
    return {int(doc.idealWidth()) + 8, std::max(plain.height(), int(doc.size().height()) + 4)};
}

} // namespace mockloop::desktop
