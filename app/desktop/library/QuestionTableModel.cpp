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
    : RowTableModel(parent)
    , m_db(db)
{
    using Row = std::pair<Question, bool>;
    // In the order of Column.
    m_columns = {
        {QT_TR_NOOP("Kind"), [](const Row &r) { return displayName(r.first.kind); }},
        {QT_TR_NOOP("Question"), [](const Row &r) { return r.first.text; }},
        {QT_TR_NOOP("Difficulty"),
         [](const Row &r) { return difficultyDisplayName(r.first.difficulty); }},
        {QT_TR_NOOP("Tracks"), [](const Row &r) { return trackList(r.first.tracks); }},
        {QT_TR_NOOP("Tags"), [](const Row &r) { return r.first.tags.join(QStringLiteral(", ")); }},
        {QT_TR_NOOP("Pack"), [this](const Row &r) { return packName(r.first.packId); }},
        {QT_TR_NOOP("Hidden"), [](const Row &r) { return r.second ? tr("Hidden") : QString(); }},
    };
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

QVariant QuestionTableModel::otherData(const std::pair<Question, bool> &row, int column, int role) const
{
    Q_UNUSED(column)
    const auto &[q, hidden] = row;
    switch (role) {
    case QuestionIdRole: return q.id;
    case HiddenRole: return hidden;
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
    default: return {};
    }
}

} // namespace mockloop::desktop
