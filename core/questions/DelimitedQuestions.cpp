#include "questions/DelimitedQuestions.h"

#include "questions/TextDecode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace mockloop {

namespace {

class DelimitedText
{
    Q_DECLARE_TR_FUNCTIONS(Delimited)
};

constexpr int kDetectionRecords = 50;

// Reads records one at a time, keeping the line and column of every field.
class RecordReader
{
public:
    RecordReader(const QString &text, QChar separator, qsizetype start = 0, int line = 1)
        : m_text(text)
        , m_separator(separator)
        , m_i(start)
        , m_line(line)
    {
    }

    bool atEnd() const { return m_i >= m_text.size(); }

    // The next record; *unterminated is set when it ends in a quoted field that is not closed
    // (the text has ended then).
    DelimitedRecord next(bool *unterminated)
    {
        *unterminated = false;
        DelimitedRecord record;
        record.line = m_line;
        for (;;) {
            DelimitedField field;
            field.line = m_line;
            field.column = m_column;
            if (!atEnd() && at(0) == QLatin1Char('"')) {
                advance();
                bool closed = false;
                qsizetype run = m_i; // text not yet copied into the field
                while (!atEnd()) {
                    const QChar c = at(0);
                    if (c == QLatin1Char('"')) {
                        field.text += QStringView(m_text).mid(run, m_i - run);
                        advance();
                        if (at(0) == QLatin1Char('"')) { // "" is one quote
                            run = m_i;
                            advance();
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == QLatin1Char('\r') && at(1) == QLatin1Char('\n')) {
                        field.text += QStringView(m_text).mid(run, m_i - run);
                        advance(); // a CRLF inside quotes is one line break
                        run = m_i;
                        continue;
                    }
                    advance();
                }
                if (!closed) {
                    field.text += QStringView(m_text).mid(run, m_i - run);
                    record.fields.append(field);
                    *unterminated = true;
                    return record;
                }
            }
            // Unquoted text, or what follows a closing quote before the separator (kept, as
            // spreadsheets read it). It holds no line break: only the column moves.
            const qsizetype start = m_i;
            while (m_i < m_text.size()) {
                const QChar c = m_text.at(m_i);
                if (c == m_separator || c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && at(1) == QLatin1Char('\n')))
                    break;
                if (!c.isHighSurrogate())
                    ++m_column;
                ++m_i;
            }
            field.text += QStringView(m_text).mid(start, m_i - start);
            record.fields.append(field);
            if (atEnd())
                return record;
            if (at(0) == m_separator) {
                advance(); // "a," at the very end still has an empty last field
                continue;
            }
            if (at(0) == QLatin1Char('\r'))
                advance();
            advance(); // the '\n'
            return record;
        }
    }

private:
    QChar at(qsizetype offset) const
    {
        return m_i + offset < m_text.size() ? m_text.at(m_i + offset) : QChar();
    }
    bool lineBreakHere() const
    {
        return at(0) == QLatin1Char('\n')
               || (at(0) == QLatin1Char('\r') && at(1) == QLatin1Char('\n'));
    }
    void advance()
    {
        const QChar c = m_text.at(m_i++);
        if (c == QLatin1Char('\n')) {
            ++m_line;
            m_column = 1;
        } else if (!c.isHighSurrogate()) {
            ++m_column; // columns count characters, not UTF-16 units
        }
    }

    const QString &m_text;
    QChar m_separator;
    qsizetype m_i = 0;
    int m_line = 1;
    int m_column = 1;
};

bool isBlank(const DelimitedRecord &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const DelimitedField &f) { return f.text.trimmed().isEmpty(); });
}

// How well a separator splits the first records: the share of records with the most common
// field count, when that count is above one; and how many records it splits at all.
struct SeparatorFit
{
    double consistency = 0;
    int fields = 1;
    int splitRecords = 0;
};

SeparatorFit fitOf(const QString &text, qsizetype start, int line, QChar separator)
{
    RecordReader reader(text, separator, start, line);
    std::map<int, int> counts;
    int records = 0;
    SeparatorFit fit;
    while (!reader.atEnd() && records < kDetectionRecords) {
        bool unterminated = false;
        const DelimitedRecord r = reader.next(&unterminated);
        // An unclosed quote ends the text; its record still counts.
        if (r.fields.size() == 1 && r.fields.first().text.isEmpty())
            continue;
        ++records;
        ++counts[int(r.fields.size())];
        if (r.fields.size() > 1)
            ++fit.splitRecords;
    }
    int best = 0;
    for (const auto &[count, n] : counts) {
        if (n >= best) { // ties: the larger count
            best = n;
            fit.fields = count;
        }
    }
    if (records > 0 && fit.fields > 1)
        fit.consistency = double(best) / records;
    return fit;
}

QChar detectSeparator(const QString &text, qsizetype start, int line, bool tabName)
{
    // In a tie the separator least likely to be text wins: tabs are rare in prose, semicolons
    // rarer than commas.
    const QChar tab = QLatin1Char('\t');
    const QList<QChar> candidates = {tab, QLatin1Char(';'), QLatin1Char(',')};
    QList<SeparatorFit> fits;
    for (const QChar c : candidates)
        fits.append(fitOf(text, start, line, c));
    // A .tsv file is tab separated unless tabs split nothing and another separator splits
    // the records consistently.
    if (tabName && fits.first().consistency > 0)
        return tab;
    qsizetype best = -1;
    for (qsizetype i = 0; i < fits.size(); ++i) {
        if (fits.at(i).consistency <= 0)
            continue;
        if (best < 0 || fits.at(i).consistency > fits.at(best).consistency
            || (fits.at(i).consistency == fits.at(best).consistency
                && fits.at(i).fields > fits.at(best).fields))
            best = i;
    }
    if (best >= 0)
        return candidates.at(best);
    // One column: the separator that splits the fewest records.
    qsizetype fewest = 0;
    for (qsizetype i = 1; i < fits.size(); ++i) {
        if (fits.at(i).splitRecords < fits.at(fewest).splitRecords)
            fewest = i;
    }
    return candidates.at(fewest);
}

std::optional<QChar> separatorFromAnki(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"tab" || v == u"\t")
        return QLatin1Char('\t');
    if (v == u"comma" || v == u",")
        return QLatin1Char(',');
    if (v == u"semicolon" || v == u";")
        return QLatin1Char(';');
    if (v == u"pipe" || v == u"|")
        return QLatin1Char('|');
    if (v == u"colon" || v == u":")
        return QLatin1Char(':');
    if (v == u"space" || v == u" ")
        return QLatin1Char(' ');
    return std::nullopt;
}

// The role a header cell names, in English or German.
ColumnRole roleOfName(const QString &name)
{
    static const QHash<QString, ColumnRole> names = {
        {QStringLiteral("question"), ColumnRole::Question},
        {QStringLiteral("questions"), ColumnRole::Question},
        {QStringLiteral("prompt"), ColumnRole::Question},
        {QStringLiteral("front"), ColumnRole::Question},
        {QStringLiteral("q"), ColumnRole::Question},
        {QStringLiteral("frage"), ColumnRole::Question},
        {QStringLiteral("answer"), ColumnRole::Answer},
        {QStringLiteral("back"), ColumnRole::Answer},
        {QStringLiteral("a"), ColumnRole::Answer},
        {QStringLiteral("model answer"), ColumnRole::Answer},
        {QStringLiteral("outline"), ColumnRole::Answer},
        {QStringLiteral("antwort"), ColumnRole::Answer},
        {QStringLiteral("musterantwort"), ColumnRole::Answer},
        {QStringLiteral("category"), ColumnRole::Category},
        {QStringLiteral("section"), ColumnRole::Category},
        {QStringLiteral("topic"), ColumnRole::Category},
        {QStringLiteral("deck"), ColumnRole::Category},
        {QStringLiteral("kategorie"), ColumnRole::Category},
        {QStringLiteral("thema"), ColumnRole::Category},
        {QStringLiteral("tags"), ColumnRole::Tags},
        {QStringLiteral("tag"), ColumnRole::Tags},
        {QStringLiteral("schlagwörter"), ColumnRole::Tags},
        {QStringLiteral("kind"), ColumnRole::Kind},
        {QStringLiteral("round"), ColumnRole::Kind},
        {QStringLiteral("round kind"), ColumnRole::Kind},
        {QStringLiteral("type"), ColumnRole::Kind},
        {QStringLiteral("runde"), ColumnRole::Kind},
    };
    QString key = name.toLower();
    key.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    key = key.simplified();
    while (!key.isEmpty() && !key.back().isLetterOrNumber())
        key.chop(1); // "Question:" or "Tags *"
    return names.value(key, ColumnRole::None);
}

QString firstWords(const QString &text)
{
    const QString simplified = text.simplified();
    return simplified.size() > 60 ? simplified.left(59) + QStringLiteral("…") : simplified;
}

// Anki's header lines ("#separator:tab", "#columns:Front\tBack", …) at the top of the file.
struct AnkiHeader
{
    std::optional<QChar> separator;
    bool html = false;
    QString columns; // not yet split: the separator may come later
    int tagsColumn = -1;
    int deckColumn = -1;
    QList<int> otherColumns; // notetype, guid: never questions
    QString deck;
    QStringList tags;
    qsizetype dataStart = 0;
    int dataLine = 1;
    bool any = false;
};

AnkiHeader ankiHeaderOf(const QString &text)
{
    static const QRegularExpression line(
        QStringLiteral("^#(separator|html|columns|tags|deck|notetype|guid|if matches|"
                       "tags column|deck column|notetype column|guid column):(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    AnkiHeader h;
    qsizetype pos = 0;
    while (pos < text.size() && text.at(pos) == QLatin1Char('#')) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        QString content = text.mid(pos, end - pos);
        if (content.endsWith(QLatin1Char('\r')))
            content.chop(1);
        const auto m = line.match(content);
        if (!m.hasMatch())
            break;
        const QString key = m.captured(1).toLower();
        const QString value = m.captured(2);
        bool isNumber = false;
        const int column = value.trimmed().toInt(&isNumber) - 1;
        if (key == u"separator")
            h.separator = separatorFromAnki(value);
        else if (key == u"html")
            h.html = value.trimmed().compare(u"true", Qt::CaseInsensitive) == 0;
        else if (key == u"columns")
            h.columns = value;
        else if (key == u"tags")
            h.tags = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (key == u"deck")
            h.deck = value.trimmed();
        else if (key == u"tags column" && isNumber && column >= 0)
            h.tagsColumn = column;
        else if (key == u"deck column" && isNumber && column >= 0)
            h.deckColumn = column;
        else if ((key == u"notetype column" || key == u"guid column") && isNumber && column >= 0)
            h.otherColumns.append(column);
        h.any = true;
        pos = end < text.size() ? end + 1 : end;
        ++h.dataLine;
    }
    h.dataStart = pos;
    return h;
}

QString roleField(const ColumnMapping &mapping, int column)
{
    const ColumnRole role = mapping.roleOf(column);
    return role == ColumnRole::None ? DelimitedText::tr("column %1").arg(column + 1) : toKey(role);
}

QString cellText(const QString &raw, bool html)
{
    return html ? plainTextOfHtml(raw) : raw;
}

// Line breaks kept, each line trimmed at its end, no blank lines at either end.
QString outlineText(const QString &raw)
{
    QStringList lines = raw.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

// The names a round kind cell may use: keys, display names (in the language now loaded) and
// the spellings people type. Built once per file, not once per cell.
class KindNames
{
public:
    KindNames()
    {
        for (RoundKind k : kAllRoundKinds) {
            m_kinds.insert(norm(toKey(k)), k);
            m_kinds.insert(norm(displayName(k)), k);
        }
        m_kinds.insert(QStringLiteral("behavioural"), RoundKind::Behavioral);
    }
    std::optional<RoundKind> kindOf(const QString &cell) const
    {
        const auto it = m_kinds.constFind(norm(cell));
        return it == m_kinds.cend() ? std::nullopt : std::optional<RoundKind>(*it);
    }

private:
    static QString norm(QString s)
    {
        s = s.toLower();
        s.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
        return s.simplified();
    }
    QHash<QString, RoundKind> m_kinds;
};

} // namespace

QString toKey(ColumnRole role)
{
    switch (role) {
    case ColumnRole::None: return {};
    case ColumnRole::Question: return QStringLiteral("question");
    case ColumnRole::Answer: return QStringLiteral("answer");
    case ColumnRole::Category: return QStringLiteral("category");
    case ColumnRole::Tags: return QStringLiteral("tags");
    case ColumnRole::Kind: return QStringLiteral("kind");
    }
    return {};
}

std::optional<ColumnRole> columnRoleFromKey(const QString &key)
{
    for (ColumnRole role : kAllColumnRoles) {
        if (role != ColumnRole::None && toKey(role) == key.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString displayName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::None: return DelimitedText::tr("Not imported");
    case ColumnRole::Question: return DelimitedText::tr("Question");
    case ColumnRole::Answer: return DelimitedText::tr("Answer");
    case ColumnRole::Category: return DelimitedText::tr("Category");
    case ColumnRole::Tags: return DelimitedText::tr("Tags");
    case ColumnRole::Kind: return DelimitedText::tr("Round kind");
    }
    return {};
}

ColumnRole ColumnMapping::roleOf(int column) const
{
    if (column < 0)
        return ColumnRole::None;
    if (column == question)
        return ColumnRole::Question;
    if (column == answer)
        return ColumnRole::Answer;
    if (column == category)
        return ColumnRole::Category;
    if (column == tags)
        return ColumnRole::Tags;
    if (column == kind)
        return ColumnRole::Kind;
    return ColumnRole::None;
}

void ColumnMapping::setRole(int column, ColumnRole role)
{
    for (int *slot : {&question, &answer, &category, &tags, &kind}) {
        if (*slot == column)
            *slot = -1;
    }
    switch (role) {
    case ColumnRole::None: break;
    case ColumnRole::Question: question = column; break;
    case ColumnRole::Answer: answer = column; break;
    case ColumnRole::Category: category = column; break;
    case ColumnRole::Tags: tags = column; break;
    case ColumnRole::Kind: kind = column; break;
    }
}

QList<DelimitedRecord> splitDelimited(const QString &text, QChar separator, qsizetype *unterminated)
{
    QList<DelimitedRecord> records;
    RecordReader reader(text, separator);
    while (!reader.atEnd()) {
        bool open = false;
        records.append(reader.next(&open));
        if (open) {
            if (unterminated)
                *unterminated = records.size() - 1;
            break;
        }
    }
    return records;
}

QString writeDelimited(const QList<QStringList> &rows, QChar separator)
{
    QStringList lines;
    lines.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            const bool quote = cell.contains(separator) || cell.contains(QLatin1Char('"'))
                               || cell.contains(QLatin1Char('\n'))
                               || cell.contains(QLatin1Char('\r'))
                               || (row.size() == 1 && cell.isEmpty()); // else a blank line
            if (quote) {
                QString escaped = cell;
                escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                cells.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
            } else {
                cells.append(cell);
            }
        }
        lines.append(cells.join(separator));
    }
    return lines.join(QLatin1Char('\n'));
}

bool isDelimitedFile(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"csv" || suffix == u"tsv" || suffix == u"tab")
        return true;
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"json")
        return false;
    QByteArray start = bytes.left(16);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    return start.toLower().startsWith("#separator:");
}

std::optional<RoundKind> roundKindFromCell(const QString &cell)
{
    return KindNames().kindOf(cell);
}

QString plainTextOfHtml(const QString &html)
{
    static const QHash<QString, QString> entities = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
    };
    static const QRegularExpression tagName(QStringLiteral("^<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9]*)"));
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    qsizetype close = -2; // the next '>' at or after i; -1: there is none; -2: not searched yet
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            if (close == -2 || (close >= 0 && close < i))
                close = html.indexOf(QLatin1Char('>'), i);
            const qsizetype end = close;
            const auto m = tagName.match(QStringView(html).mid(i, end < 0 ? 0 : end - i + 1));
            if (end > i && m.hasMatch()) {
                const QString name = m.captured(2).toLower();
                const bool heading = name.size() == 2 && name.at(0) == QLatin1Char('h')
                                     && name.at(1).isDigit();
                const bool block = name == u"div" || name == u"p" || name == u"li" || name == u"tr"
                                   || heading;
                // A break always; a block starts or ends on its own line.
                if (name == u"br" || (block && !out.isEmpty() && !out.endsWith(QLatin1Char('\n'))))
                    out += QLatin1Char('\n');
                i = end + 1;
                continue;
            }
        } else if (c == QLatin1Char('&')) {
            const qsizetype semicolon = QStringView(html).mid(i, 11).indexOf(QLatin1Char(';'));
            const qsizetype end = semicolon < 0 ? -1 : i + semicolon;
            if (end > i + 1) {
                const QString name = html.mid(i + 1, end - i - 1);
                QString decoded;
                if (name.startsWith(QLatin1Char('#'))) {
                    bool ok = false;
                    const uint code = name.startsWith(u"#x", Qt::CaseInsensitive)
                                          ? name.mid(2).toUInt(&ok, 16)
                                          : name.mid(1).toUInt(&ok, 10);
                    if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
                        decoded = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                } else {
                    decoded = entities.value(name);
                }
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i = end + 1;
                    continue;
                }
            }
        }
        out += c == QChar(0x00A0) ? QLatin1Char(' ') : c;
        ++i;
    }
    static const QRegularExpression manyBreaks(QStringLiteral("\n[ \\t]*\n(?:[ \\t]*\n)+"));
    out.replace(manyBreaks, QStringLiteral("\n\n"));
    return out.trimmed();
}

DelimitedQuestions readDelimitedQuestions(const QByteArray &bytes, const QString &fileName,
                                          const DelimitedOptions &options)
{
    DelimitedQuestions out;
    QString text;
    {
        QString problem;
        int line = 1;
        if (!decodeImportText(bytes, fileName, &text, &problem, &line)) {
            out.problems.append({line, 1, problem});
            return out;
        }
    }
    const AnkiHeader anki = ankiHeaderOf(text);
    out.html = anki.html;
    out.deck = anki.deck;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (options.separator)
        out.separator = *options.separator;
    else if (anki.separator)
        out.separator = *anki.separator;
    else
        out.separator = detectSeparator(text, anki.dataStart, anki.dataLine,
                                        suffix == u"tsv" || suffix == u"tab");

    RecordReader reader(text, out.separator, anki.dataStart, anki.dataLine);
    std::optional<qsizetype> unterminated;
    DelimitedField openField; // the quoted field that is not closed
    int openColumn = 0;
    while (!reader.atEnd()) {
        bool open = false;
        out.records.append(reader.next(&open));
        if (open) {
            unterminated = out.records.size() - 1;
            openField = out.records.constLast().fields.constLast();
            openColumn = int(out.records.constLast().fields.size() - 1);
            break;
        }
    }

    if (!anki.columns.isEmpty()) {
        for (const QString &name : anki.columns.split(out.separator))
            out.columnNames.append(name.trimmed());
    }
    // The first record that is not blank may be the header.
    qsizetype first = 0;
    while (first < out.records.size() && isBlank(out.records.at(first)))
        ++first;
    const bool firstNamesColumns = first < out.records.size()
                                   && (!unterminated || first != *unterminated)
                                   && std::any_of(out.records.at(first).fields.cbegin(),
                                                  out.records.at(first).fields.cend(),
                                                  [](const DelimitedField &f) {
                                                      return roleOfName(f.text) != ColumnRole::None;
                                                  });
    out.header = options.header.value_or(anki.columns.isEmpty() && firstNamesColumns);
    if (out.header && first < out.records.size()) {
        QStringList names;
        for (const DelimitedField &f : out.records.at(first).fields)
            names.append(cellText(f.text, out.html).simplified());
        out.columnNames = names;
        out.records.remove(0, first + 1);
        if (unterminated)
            *unterminated -= first + 1; // -1: the header row itself is not closed
    }
    for (const DelimitedRecord &r : out.records)
        out.columnCount = std::max(out.columnCount, int(r.fields.size()));
    out.columnCount = std::max(out.columnCount, int(out.columnNames.size()));
    while (out.columnNames.size() < out.columnCount)
        out.columnNames.append(QString());

    if (options.mapping) {
        out.mapping = *options.mapping;
    } else {
        ColumnMapping m;
        for (int c = 0; c < out.columnNames.size(); ++c) {
            const ColumnRole role = roleOfName(out.columnNames.at(c));
            if (role != ColumnRole::None && m.roleOf(c) == ColumnRole::None) {
                const bool taken = (role == ColumnRole::Question && m.question >= 0)
                                   || (role == ColumnRole::Answer && m.answer >= 0)
                                   || (role == ColumnRole::Category && m.category >= 0)
                                   || (role == ColumnRole::Tags && m.tags >= 0)
                                   || (role == ColumnRole::Kind && m.kind >= 0);
                if (!taken)
                    m.setRole(c, role);
            }
        }
        if (anki.tagsColumn >= 0)
            m.setRole(anki.tagsColumn, ColumnRole::Tags);
        if (anki.deckColumn >= 0)
            m.setRole(anki.deckColumn, ColumnRole::Category);
        for (int c : anki.otherColumns)
            m.setRole(c, ColumnRole::None);
        auto isFree = [&](int c) {
            return m.roleOf(c) == ColumnRole::None && !anki.otherColumns.contains(c)
                   && roleOfName(out.columnNames.value(c)) == ColumnRole::None;
        };
        const bool named = std::any_of(out.columnNames.cbegin(), out.columnNames.cend(),
                                       [](const QString &n) { return !n.isEmpty(); });
        for (int c = 0; m.question < 0 && c < out.columnCount; ++c) {
            if (isFree(c))
                m.question = c;
        }
        // Without names, the column after the question is its answer (Anki's Front, Back).
        for (int c = m.question + 1;
             !named && m.question >= 0 && m.answer < 0 && c < out.columnCount; ++c) {
            if (isFree(c))
                m.answer = c;
        }
        out.mapping = m;
    }

    const ColumnMapping &m = out.mapping;
    const KindNames kinds;
    if (unterminated) {
        out.problems.append({openField.line, openField.column,
                             DelimitedText::tr("%1:%2:%3: %4: a quoted field is not closed; expected a "
                                               "closing \"")
                                 .arg(fileName)
                                 .arg(openField.line)
                                 .arg(openField.column)
                                 .arg(roleField(m, openColumn))});
    }
    for (qsizetype r = 0; r < out.records.size(); ++r) {
        const DelimitedRecord &record = out.records.at(r);
        if (unterminated && r == *unterminated)
            break; // its last cell runs to the end of the file: not a question
        if (isBlank(record))
            continue;
        auto cell = [&](int column) {
            return column >= 0 && column < record.fields.size() ? record.fields.at(column).text
                                                                : QString();
        };
        DelimitedQuestion q;
        q.line = record.line;
        q.text = cellText(cell(m.question), out.html).simplified();
        if (q.text.isEmpty()) {
            QString shown;
            for (const DelimitedField &f : record.fields) {
                if (!f.text.trimmed().isEmpty()) {
                    shown = firstWords(cellText(f.text, out.html));
                    break;
                }
            }
            out.leftOut.append(
                {record.line, m.question < 0
                                  ? DelimitedText::tr("no column is the question: %1").arg(shown)
                                  : DelimitedText::tr("the question cell (column %1) is empty: %2")
                                        .arg(m.question + 1)
                                        .arg(shown)});
            continue;
        }
        q.column = record.fields.at(m.question).column;
        q.outline = outlineText(cellText(cell(m.answer), out.html));
        q.category = cellText(cell(m.category), out.html).simplified();
        if (q.category.isEmpty())
            q.category = out.deck;
        static const QRegularExpression tagSplit(QStringLiteral("[\\s,]+"));
        q.tags = anki.tags;
        for (const QString &t : cellText(cell(m.tags), out.html).split(tagSplit, Qt::SkipEmptyParts)) {
            if (!q.tags.contains(t))
                q.tags.append(t);
        }
        const QString kindCell = cellText(cell(m.kind), out.html).simplified();
        if (!kindCell.isEmpty()) {
            q.kind = kinds.kindOf(kindCell);
            if (!q.kind) {
                const DelimitedField &f = record.fields.at(m.kind);
                out.problems.append(
                    {f.line, f.column,
                     DelimitedText::tr("%1:%2:%3: kind: \"%4\" is not a round kind; expected "
                                       "technical, system design, behavioral, cultural fit or "
                                       "project")
                         .arg(fileName)
                         .arg(f.line)
                         .arg(f.column)
                         .arg(kindCell)});
            }
        }
        out.questions.append(q);
    }
    return out;
}

} // namespace mockloop
