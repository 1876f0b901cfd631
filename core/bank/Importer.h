#pragma once

#include "bank/Reimport.h"
#include "bank/Slug.h"
#include "questions/DelimitedQuestions.h"
#include "questions/KindGuess.h"
#include "questions/MarkdownQuestions.h"
#include "questions/Question.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mockloop {

class QuestionBank;

// A category of the file being imported: a Markdown heading, or for a JSON pack the round kind
// its questions already have. Every question of a category gets the category's kind.
struct ImportCategory
{
    QString name;
    int count = 0;
    RoundKind kind = RoundKind::Technical; // a guess from the name, the person may change it
    QString reason; // why it has this kind, for the preview: the guess's reason, or "your choice"
    KindGuess proposal; // what the preview proposed: a change back to it shows its reason again
};

// A question of the file whose text (normalized) is already in the bank or earlier in the file.
struct ImportDuplicate
{
    qsizetype index = -1; // in ImportPreview::pack.questions
    QString text;
    QString existingId; // the question it repeats
};

// What the "Columns" section of the preview shows for a CSV or TSV file.
struct ImportColumns
{
    QChar separator;
    bool header = false;
    QStringList names;       // a name per column (from the header, or "Column 2")
    QList<QStringList> rows; // the cells of the first data rows
    ColumnMapping mapping;   // as used for this preview
};

// The person's choices that change how a file is read (the preview is then made again).
struct ImportOptions
{
    HeadingReading reading = HeadingReading::Auto; // Markdown headings
    DelimitedOptions delimited;                    // CSV/TSV: separator, header row, column mapping
};

// Everything the person sees before anything is saved (docs/import.md). Nothing here touches
// the database; applyImport() saves it in one transaction.
struct ImportPreview
{
    QString fileName;
    QString source; // where the person's choices are remembered (importSourceKey)
    bool markdown = false;
    bool delimited = false; // CSV or TSV (columns says how it was read)
    ImportColumns columns;
    Pack pack;
    QStringList categoryOf; // the category of each question, parallel to pack.questions
    QList<ImportCategory> categories;
    QStringList problems; // any problem refuses the import
    QStringList leftOut;  // Markdown lines not taken as questions, for information
    QList<ImportDuplicate> duplicates;
    bool skipDuplicates = true; // duplicates of other packs' questions are not imported
    int installedVersion = 0;   // > 0: this re-imports (updates) a pack already installed
    QSet<qsizetype> ownKind;    // questions whose kind the file gives: their category's is not used
    // Markdown: the reading of its headings used, how many questions the other reading finds
    // (the preview offers the switch), and the shape recognised, for a person.
    HeadingReading reading = HeadingReading::Categories;
    bool readingsDiffer = false; // false: both readings find the same questions
    QString shape;
    // A re-import of a list whose ids come from its text: questions updated (matched to the
    // installed ones by text similarity, keeping their ids), added and removed (core/bank/Reimport.h).
    ReimportReport reimport;

    bool canImport() const { return problems.isEmpty() && !packToSave().questions.isEmpty(); }
    // Maps a category to a round kind; false when there is no such category. The reason becomes
    // "your choice" (or the proposal's reason when it is the proposed kind again).
    bool setKind(const QString &category, RoundKind kind);
    // The pack as it will be saved: kinds from the mapping, duplicates left out if asked.
    Pack packToSave() const;
};

// Reads a JSON pack, a Markdown question list or a CSV/TSV file (by extension: .csv/.tsv/.tab
// and an Anki export starting "#separator:" are CSV/TSV, .md/.markdown/.txt are Markdown, .json
// is JSON, anything else by its first character) and compares it with the bank.
// sourcePath: the file's path when there is one (fileName is what messages name it); the
// round kinds chosen at the last import of the same source are proposed again.
ImportPreview previewImport(const QByteArray &bytes, const QString &fileName,
                            const QuestionBank &bank, const ImportOptions &options = {},
                            const QString &sourcePath = QString());

// Saves the preview's pack, all or nothing, and in the same transaction remembers its
// category → round kind mapping for the next import of the same source (ImportSourceStore).
// Refuses a preview with problems.
bool applyImport(QuestionBank &bank, const ImportPreview &preview, QString *error);

// The key an import's choices are remembered by: a path's canonical absolute form (cleaned
// and absolute when the file is gone), a bare file name as it is (no path, no file system).
QString importSourceKey(const QString &path);

// Lower case, letters and digits only, single spaces: how duplicates are recognised.
QString normalizedQuestionText(const QString &text);

} // namespace mockloop
