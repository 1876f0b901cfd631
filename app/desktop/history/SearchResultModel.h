#pragma once

#include "common/RowTableModel.h"
#include "practice/History.h"

namespace mockloop::desktop {

// The answers History::search found, newest first: when, which question, which field, and
// the passage with the matching words.
class SearchResultModel : public RowTableModel<SearchHit>
{
    Q_OBJECT
public:
    enum Column { DateColumn, QuestionColumn, FieldColumn, SnippetColumn };
    static constexpr int AttemptIdRole = Qt::UserRole + 1;
    // The snippet as HTML with the matches in <b>…</b> (for RichTextDelegate).
    static constexpr int SnippetHtmlRole = Qt::UserRole + 2;

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    const SearchHit &hit(int row) const { return m_rows.at(row); }

    // A snippet for people: its own text escaped, the matches (between kMatchOpen and
    // kMatchClose) bold. The text is the person's answer, never markup.
    static QString snippetHtml(const QString &snippet);
    // The snippet without the markers.
    static QString snippetText(const QString &snippet);
    // The words the search matched, as they appear in the answer (each once, in order).
    static QStringList matchedWords(const QString &snippet);

private:
    QVariant otherData(const SearchHit &hit, int column, int role) const override;
};

} // namespace mockloop::desktop
