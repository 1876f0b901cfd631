#include "library/QuestionTableModel.h"

#include "common/BankNames.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace mockloop::desktop {

namespace {

QString trackList(const QStringList &tracks)
{
    QStringList names;
    for (const QString &t : tracks)
        names.append(trackDisplayName(t));
    return names.join(QStringLiteral(", "));
}

} // namespace

QuestionTableModel::QuestionTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void QuestionTableModel::setFilter(const QuestionFilter &filter)
{
    m_filter = filter;
    refresh();
}

void QuestionTableModel::refresh()
{
    const QuestionBank bank(m_db);
    beginResetModel();
    m_rows = bank.find(m_filter);
    m_packNames.clear();
    for (const PackInfo &pack : bank.packs())
        m_packNames.insert(pack.id, pack.name);
    endResetModel();
}

int QuestionTableModel::rowOf(const QString &questionId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).first.id == questionId)
            return int(row);
    }
    return -1;
}

QString QuestionTableModel::packName(const QString &packId) const
{
    return m_packNames.value(packId, packId);
}

int QuestionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuestionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[q, hidden] = m_rows.at(index.row());
    switch (role) {
    case QuestionIdRole:
        return q.id;
    case HiddenRole:
        return hidden;
    case Qt::ForegroundRole:
        // Hidden questions stay readable but step back, as disabled text does.
        if (hidden)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (hidden) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return displayName(q.kind);
    case TextColumn:
        return q.text;
    case DifficultyColumn:
        return difficultyDisplayName(q.difficulty);
    case TracksColumn:
        return trackList(q.tracks);
    case TagsColumn:
        return q.tags.join(QStringLiteral(", "));
    case PackColumn:
        return packName(q.packId);
    case HiddenColumn:
        return hidden ? tr("Hidden") : QString();
    default:
        return {};
    }
}

QVariant QuestionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case TextColumn: return tr("Question");
    case DifficultyColumn: return tr("Difficulty");
    case TracksColumn: return tr("Tracks");
    case TagsColumn: return tr("Tags");
    case PackColumn: return tr("Pack");
    case HiddenColumn: return tr("Hidden");
    default: return {};
    }
}

} // namespace mockloop::desktop
