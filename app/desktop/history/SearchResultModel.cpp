#include "history/SearchResultModel.h"

#include "base/TimeText.h"
#include "report/SessionText.h"
#include "storage/SessionRecord.h"

namespace mockloop::desktop {

SearchResultModel::SearchResultModel(QObject *parent)
    : RowTableModel(parent)
{
    // In the order of Column.
    m_columns = {
        {QT_TR_NOOP("Date"), [](const SearchHit &h) { return formatDateTime(h.startedAt); }},
        {QT_TR_NOOP("Question"), [](const SearchHit &h) { return h.questionText; }},
        {QT_TR_NOOP("Field"), [](const SearchHit &h) { return answerFieldDisplayName(h.fieldName); }},
        {QT_TR_NOOP("Passage"), [](const SearchHit &h) { return snippetText(h.snippet); }},
    };
}

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    setRows(hits);
}

QString SearchResultModel::snippetHtml(const QString &snippet)
{
    // The markers are not HTML-special, so escaping first leaves them for the bold tags.
    QString html;
    bool open = false;
    for (const QChar c : snippet) {
        if (c == kMatchOpen && !open) {
            html += QStringLiteral("<b>");
            open = true;
        } else if (c == kMatchClose && open) {
            html += QStringLiteral("</b>");
            open = false;
        } else if (c != kMatchOpen && c != kMatchClose) {
            html += QString(c).toHtmlEscaped();
        }
    }
    if (open)
        html += QStringLiteral("</b>");
    return html;
}

QString SearchResultModel::snippetText(const QString &snippet)
{
    QString text = snippet;
    text.remove(kMatchOpen);
    text.remove(kMatchClose);
    return text;
}

QStringList SearchResultModel::matchedWords(const QString &snippet)
{
    QStringList words;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = snippet.indexOf(kMatchOpen, from);
        if (start < 0)
            break;
        const qsizetype end = snippet.indexOf(kMatchClose, start + 1);
        if (end < 0)
            break;
        const QString word = snippet.mid(start + 1, end - start - 1).trimmed();
        if (!word.isEmpty() && !words.contains(word, Qt::CaseInsensitive))
            words.append(word);
        from = end + 1;
    }
    return words;
}

QVariant SearchResultModel::otherData(const SearchHit &hit, int column, int role) const
{
    switch (role) {
    case AttemptIdRole: return hit.attemptId;
    case SnippetHtmlRole: return column == SnippetColumn ? snippetHtml(hit.snippet) : QVariant();
    default: return {};
    }
}

} // namespace mockloop::desktop
