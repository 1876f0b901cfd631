#pragma once

#include "bank/QuestionBank.h"
#include "common/RowTableModel.h"

#include <QHash>

#include <utility>

namespace mockloop {
class Database;
}

namespace mockloop::desktop {

// The questions QuestionBank::find returns for a filter, as a read-only table in the bank's
// order (kind, then id). setFilter and refresh re-read the database.
class QuestionTableModel : public RowTableModel<std::pair<Question, bool>>
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        TextColumn,
        DifficultyColumn,
        TracksColumn,
        TagsColumn,
        PackColumn,
        HiddenColumn
    };
    // The question id of a row (any column), for views that act on a selection.
    static constexpr int QuestionIdRole = Qt::UserRole + 1;
    static constexpr int HiddenRole = Qt::UserRole + 2;

    explicit QuestionTableModel(Database &db, QObject *parent = nullptr);

    void setFilter(const QuestionFilter &filter);
    const QuestionFilter &filter() const { return m_filter; }
    // Reads the bank again with the same filter (after hiding a question, importing a pack).
    void refresh();

    // Row accessors; row must be in range.
    const Question &question(int row) const { return m_rows.at(row).first; }
    bool isHidden(int row) const { return m_rows.at(row).second; }
    // The row showing a question, or -1.
    int rowOf(const QString &questionId) const;
    QString packName(const QString &packId) const;

private:
    QVariant otherData(const std::pair<Question, bool> &row, int column, int role) const override;

    Database &m_db;
    QuestionFilter m_filter;
    QHash<QString, QString> m_packNames; // pack id → name
};

} // namespace mockloop::desktop
