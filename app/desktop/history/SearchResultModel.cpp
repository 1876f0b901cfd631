#include "history/SearchResultModel.h"

#include "report/SessionText.h"
#include "session/SessionRecord.h"
#include "base/TimeText.h"

namespace mockloop::desktop {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
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

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case AttemptIdRole:
        return h.attemptId;
    case SnippetHtmlRole:
        return index.column() == SnippetColumn ? snippetHtml(h.snippet) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return formatDateTime(h.startedAt);
    case QuestionColumn:
        return h.questionText;
    case FieldColumn:
        return answerFieldDisplayName(h.fieldName);
    case SnippetColumn:
        return snippetText(h.snippet);
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case QuestionColumn: return tr("Question");
    case FieldColumn: return tr("Field");
    case SnippetColumn: return tr("Passage");
    default: return {};
    }
}

} // namespace mockloop::desktop
