#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <utility>

namespace mockloop::desktop {

// The alignment of a column of numbers.
inline QVariant numberAlignment()
{
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

// A read-only table with one Row value per row, whose columns are described once, in a
// table: the header, the text of a cell, its tooltip (the text, unless the column has its
// own) and its alignment. Every other role (an id, a colour, a font, accessible text) comes
// from otherData. The subclass declares Q_OBJECT: headers are translated in its context, so
// it writes them with QT_TR_NOOP.
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        using Cell = std::function<QVariant(const Row &)>;
        Column(const char *header, Cell text, QVariant alignment = QVariant(), Cell toolTip = Cell())
            : header(header)
            , text(std::move(text))
            , alignment(std::move(alignment))
            , toolTip(std::move(toolTip))
        {
        }

        const char *header; // QT_TR_NOOP; none: no header text
        Cell text;
        QVariant alignment; // none: the view's default
        Cell toolTip;       // none: the text
    };

    explicit RowTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = m_rows.at(index.row());
        const Column &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole: return column.text(row);
        case Qt::ToolTipRole: return column.toolTip ? column.toolTip(row) : column.text(row);
        case Qt::TextAlignmentRole: return column.alignment;
        default: return otherData(row, index.column(), role);
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        if (section < 0 || section >= m_columns.size() || !m_columns.at(section).header)
            return {};
        return metaObject()->tr(m_columns.at(section).header, nullptr);
    }

protected:
    // Roles other than display, tooltip and alignment; nothing by default.
    virtual QVariant otherData(const Row &row, int column, int role) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        Q_UNUSED(role)
        return {};
    }
    // Replaces every row (a model reset).
    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    QList<Column> m_columns;
    QList<Row> m_rows;
};

} // namespace mockloop::desktop
