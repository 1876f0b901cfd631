#pragma once

#include "practice/History.h"

#include <QAbstractTableModel>
#include <QList>

namespace mockloop::desktop {

// The answers History::search found, newest first: when, which question, which field, and
// the passage with the matching words.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, QuestionColumn, FieldColumn, SnippetColumn, ColumnCount };
    static constexpr int AttemptIdRole = Qt::UserRole + 1;
    // The snippet as HTML with the matches in <b>…</b> (for RichTextDelegate).
    static constexpr int SnippetHtmlRole = Qt::UserRole + 2;

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    const SearchHit &hit(int row) const { return m_hits.at(row); }

    // A snippet for people: its own text escaped, the matches (between kMatchOpen and
    // kMatchClose) bold. The text is the person's answer, never markup.
    static QString snippetHtml(const QString &snippet);
    // The snippet without the markers.
    static QString snippetText(const QString &snippet);
    // The words the search matched, as they appear in the answer (each once, in order).
    static QStringList matchedWords(const QString &snippet);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace mockloop::desktop
