#pragma once

#include "base/Types.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mockloop {

// What a column of a CSV or TSV file holds.
enum class ColumnRole { None, Question, Answer, Category, Tags, Kind };
inline constexpr ColumnRole kAllColumnRoles[] = {ColumnRole::None,   ColumnRole::Question,
                                                 ColumnRole::Answer, ColumnRole::Category,
                                                 ColumnRole::Tags,   ColumnRole::Kind};

// "question", "answer", "category", "tags", "kind" (none: ""): how problems name a field and
// how the terminal's --column names a role. Never translated.
QString toKey(ColumnRole role);
std::optional<ColumnRole> columnRoleFromKey(const QString &key);
// For people: "Question", "Answer", … ("Not imported" for none).
QString displayName(ColumnRole role);

// Which column (0-based) holds what; -1: none. A column holds at most one role.
struct ColumnMapping
{
    int question = -1;
    int answer = -1;
    int category = -1;
    int tags = -1;
    int kind = -1;

    ColumnRole roleOf(int column) const;
    // Gives the column this role; the column loses any other role and the role's old column
    // loses it. ColumnRole::None takes every role from the column.
    void setRole(int column, ColumnRole role);
    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;
};

// What the person decided; anything unset is detected or guessed (docs/import.md).
struct DelimitedOptions
{
    std::optional<QChar> separator;
    std::optional<bool> header;           // the first row names the columns
    std::optional<ColumnMapping> mapping; // replaces the guessed mapping as a whole
    friend bool operator==(const DelimitedOptions &, const DelimitedOptions &) = default;
};

struct DelimitedField
{
    QString text;
    int line = 0;   // 1-based, where the field starts
    int column = 0; // 1-based, in characters of that line
};

struct DelimitedRecord
{
    int line = 0; // 1-based, where the record starts
    QList<DelimitedField> fields;
};

// A problem that stops the import, by position: message is the whole
// "file:line:column: field: what" text.
struct DelimitedProblem
{
    int line = 0;
    int column = 0;
    QString message;
};

struct DelimitedQuestion
{
    QString text;     // one line
    QString outline;  // the answer column, line breaks kept
    QString category; // empty: none given
    QStringList tags;
    std::optional<RoundKind> kind; // from the round kind column: wins over the category's kind
    int line = 0;
    int column = 0; // of the question's cell
};

struct DelimitedLeftOut
{
    int line = 0;
    QString reason;
};

struct DelimitedQuestions
{
    QChar separator = QLatin1Char(',');
    bool header = false;
    bool html = false;       // Anki's "#html:true": cells are HTML
    QStringList columnNames; // from the header row or Anki's #columns (empty where unnamed)
    int columnCount = 0;
    ColumnMapping mapping;          // as used
    QString deck;                   // Anki's "#deck:": the category of rows without one
    QList<DelimitedRecord> records; // every record of the data, the header row not included
    QList<DelimitedQuestion> questions;
    QList<DelimitedLeftOut> leftOut; // rows without a question
    QList<DelimitedProblem> problems;
};

// Reads a spreadsheet's CSV/TSV export or Anki's plain-text note export (docs/import.md): the
// separator (comma, semicolon or tab) detected unless Anki's "#separator:" names it, RFC 4180
// quoting, a header row guessed, a column mapping guessed from it. fileName is for messages and
// for the .tsv/.tab hint.
DelimitedQuestions readDelimitedQuestions(const QByteArray &bytes, const QString &fileName,
                                          const DelimitedOptions &options = {});

// The records of text with this separator. An unterminated quoted field ends the text; then
// *unterminated (if given) is set to its record index (its field is the last one).
QList<DelimitedRecord> splitDelimited(const QString &text, QChar separator,
                                      qsizetype *unterminated = nullptr);

// Cells written back as CSV/TSV, quoted where needed (separator, quote, line break, leading or
// trailing space): splitDelimited reads the same cells back.
QString writeDelimited(const QList<QStringList> &rows, QChar separator);

// Whether a file is read as CSV/TSV: .csv, .tsv, .tab, or text that starts as Anki's export.
bool isDelimitedFile(const QString &fileName, const QByteArray &bytes);

// "technical", "System design", "system_design", "behavioural", the translated names, …
std::optional<RoundKind> roundKindFromCell(const QString &cell);

// Anki's HTML as plain text: <br> and block ends as line breaks, other tags removed, entities
// (&amp; &lt; &nbsp; &#39; …) decoded.
QString plainTextOfHtml(const QString &html);

} // namespace mockloop
