#pragma once

#include "bank/Reimport.h"
#include "bank/Slug.h"
#include "questions/MarkdownQuestions.h"
#include "questions/Question.h"

#include <QList>
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
};

// A question of the file whose text (normalized) is already in the bank or earlier in the file.
struct ImportDuplicate
{
    qsizetype index = -1; // in ImportPreview::pack.questions
    QString text;
    QString existingId; // the question it repeats
};

// Everything the person sees before anything is saved (docs/import.md). Nothing here touches
// the database; applyImport() saves it in one transaction.
struct ImportPreview
{
    QString fileName;
    bool markdown = false;
    Pack pack;
    QStringList categoryOf; // the category of each question, parallel to pack.questions
    QList<ImportCategory> categories;
    QStringList problems; // any problem refuses the import
    QStringList leftOut;  // Markdown lines not taken as questions, for information
    QList<ImportDuplicate> duplicates;
    bool skipDuplicates = true; // duplicates of other packs' questions are not imported
    int installedVersion = 0;   // > 0: this re-imports (updates) a pack already installed
    // Markdown: the reading of its headings used, how many questions the other reading finds
    // (the preview offers the switch), and the shape recognised, for a person.
    HeadingReading reading = HeadingReading::Categories;
    int otherReadingCount = 0;
    QString shape;
    // A re-import of a list whose ids come from its text: questions updated (matched to the
    // installed ones by text similarity, keeping their ids), added and removed (core/bank/Reimport.h).
    ReimportReport reimport;

    bool canImport() const { return problems.isEmpty() && !packToSave().questions.isEmpty(); }
    // Maps a category to a round kind; false when there is no such category.
    bool setKind(const QString &category, RoundKind kind);
    // The pack as it will be saved: kinds from the mapping, duplicates left out if asked.
    Pack packToSave() const;
};

// What the person chose in the preview that changes how the file is read.
struct ImportOptions
{
    HeadingReading reading = HeadingReading::Auto; // Markdown headings
};

// Reads a JSON pack or a Markdown question list (by extension: .md/.markdown/.txt are Markdown,
// .json is JSON, anything else by its first character) and compares it with the bank.
ImportPreview previewImport(const QByteArray &bytes, const QString &fileName,
                            const QuestionBank &bank, const ImportOptions &options = {});

// Saves the preview's pack, all or nothing. Refuses a preview with problems.
bool applyImport(QuestionBank &bank, const ImportPreview &preview, QString *error);

// Lower case, letters and digits only, single spaces: how duplicates are recognised.
QString normalizedQuestionText(const QString &text);

} // namespace mockloop
