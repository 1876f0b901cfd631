// validate-pack, import, export-pack: bringing question lists in and out (docs/import.md). The
// desktop library offers the same through the same core functions (core/Importer.h,
// core/PackExport.h).
#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "questions/PackExport.h"
#include "questions/PackValidator.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mockloop::cli {

namespace {

class PackCommandText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
using T = PackCommandText;

// Import and export compare with and name the built-in packs: make sure they are installed.
bool builtinsInstalled(CommandContext &c, QuestionBank &bank)
{
    QString error;
    if (bank.installBuiltinPacks(&error))
        return true;
    c.err << QStringLiteral("mockloop-cli: ") << error << Qt::endl;
    return false;
}

bool readInput(CommandContext &c, QByteArray *bytes)
{
    QString error;
    if (!PackValidator::readFile(c.args.first(), bytes, &error)) {
        c.err << QStringLiteral("mockloop-cli: ") << error << Qt::endl;
        return false;
    }
    return true;
}

// "system-design", "System design" and "system_design" all name the same kind.
std::optional<RoundKind> kindFromArgument(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    return roundKindFromKey(key);
}

QString kindKeys()
{
    QStringList keys;
    for (RoundKind k : kAllRoundKinds)
        keys.append(toKey(k));
    return keys.join(QStringLiteral(", "));
}

int runValidatePack(CommandContext &c)
{
    QByteArray bytes;
    if (!readInput(c, &bytes))
        return BadInput;
    PackValidator validator(c.args.first());
    Pack pack;
    if (!validator.validate(bytes, &pack)) {
        for (const QString &m : validator.messages())
            c.err << m << Qt::endl;
        c.err << T::tr("%n problem(s) found.", nullptr, int(validator.problems().size())) << Qt::endl;
        return BadInput;
    }
    c.out << T::tr("%1: a valid pack \"%2\" (version %3) with %n question(s)", nullptr,
                   int(pack.questions.size()))
                 .arg(c.args.first(), pack.id, QString::number(pack.version))
          << Qt::endl;
    return Ok;
}

// What a re-import of an updated list does to the installed pack (core/bank/Reimport.h), as
// the desktop's Updated / New / Removed lists say it.
void printReimport(QTextStream &out, const ReimportReport &r)
{
    if (!r.active)
        return;
    out << T::tr("  Re-import (matched by wording): %1 updated, %2 new, %3 removed, %4 unchanged")
               .arg(QString::number(r.updated.size()), QString::number(r.added.size()),
                    QString::number(r.removed.size()), QString::number(r.unchanged))
        << Qt::endl;
    for (const ReimportUpdated &u : r.updated)
        out << T::tr("  updated (keeps its answers and review schedule): \"%1\" → \"%2\" (%3 % alike)")
                   .arg(u.oldText, u.newText, QString::number(qRound(u.similarity * 100)))
            << Qt::endl;
    for (const QString &text : r.added)
        out << T::tr("  new: \"%1\"").arg(text) << Qt::endl;
    for (const ReimportRemoved &gone : r.removed)
        out << T::tr("  removed: \"%1\" (%n answer(s), kept in History)", nullptr, gone.attempts)
                   .arg(gone.text)
            << Qt::endl;
}

void printPreview(QTextStream &out, const ImportPreview &p)
{
    // One arg() for all: a "%1" in the file's pack name is text, not a place for the version.
    out << T::tr("Pack \"%1\" (%2), version %3%4")
               .arg(p.pack.name, p.pack.id, QString::number(p.pack.version),
                    p.installedVersion > 0 ? T::tr(", updating version %1").arg(p.installedVersion)
                                           : QString())
        << Qt::endl;
    if (p.markdown && !p.pack.questions.isEmpty()) {
        out << T::tr("  found: %1").arg(p.shape) << Qt::endl;
        out << (p.reading == HeadingReading::Questions
                    ? T::tr("  headings are read as questions (--headings categories finds %n "
                            "question(s))",
                            nullptr, p.otherReadingCount)
                    : T::tr("  headings are read as categories (--headings questions finds %n "
                            "question(s))",
                            nullptr, p.otherReadingCount))
            << Qt::endl;
    }
    // Each kind with why the preview proposes it (core/questions/KindGuess.h) or "your choice".
    for (const ImportCategory &cat : p.categories)
        out << T::tr("  %1: %n question(s) → %2 — %3", nullptr, cat.count)
                   .arg(cat.name, toKey(cat.kind), cat.reason)
            << Qt::endl;
    for (const ImportDuplicate &d : p.duplicates)
        out << T::tr("  duplicate (not imported): \"%1\" is already there as %2").arg(d.text, d.existingId)
            << Qt::endl;
    if (!p.leftOut.isEmpty())
        out << T::tr("  left out: %n line(s) that are not questions", nullptr, int(p.leftOut.size()))
            << Qt::endl;
    for (const QString &l : p.leftOut)
        out << QStringLiteral("    ") << l << Qt::endl;
    printReimport(out, p.reimport);
}

int runImport(CommandContext &c)
{
    QByteArray bytes;
    if (!readInput(c, &bytes))
        return BadInput;
    QuestionBank bank(*c.db);
    if (!builtinsInstalled(c, bank))
        return DatabaseProblem;
    ImportOptions options;
    if (c.parser.isSet(QStringLiteral("headings"))) {
        const QString reading = c.parser.value(QStringLiteral("headings"));
        if (reading == u"categories") {
            options.reading = HeadingReading::Categories;
        } else if (reading == u"questions") {
            options.reading = HeadingReading::Questions;
        } else {
            c.err << T::tr("mockloop-cli: import: --headings \"%1\": expected categories or "
                           "questions")
                         .arg(reading)
                  << Qt::endl;
            return Usage;
        }
    }
    // The absolute path: the kinds chosen are remembered per file, wherever it is run from.
    ImportPreview preview = previewImport(bytes, c.args.first(), bank, options,
                                          QFileInfo(c.args.first()).absoluteFilePath());
    for (const QString &mapping : c.parser.values(QStringLiteral("map"))) {
        const qsizetype eq = mapping.lastIndexOf(QLatin1Char('='));
        const auto kind = eq > 0 ? kindFromArgument(mapping.mid(eq + 1)) : std::nullopt;
        if (!kind) {
            c.err << T::tr("mockloop-cli: import: --map \"%1\": expected CATEGORY=KIND with KIND one of %2")
                         .arg(mapping, kindKeys())
                  << Qt::endl;
            return Usage;
        }
        if (!preview.setKind(mapping.left(eq), *kind)) {
            QStringList names;
            for (const ImportCategory &cat : preview.categories)
                names.append(cat.name);
            c.err << T::tr("mockloop-cli: import: no category \"%1\" in %2; its categories: %3")
                         .arg(mapping.left(eq), c.args.first(), names.join(QStringLiteral(", ")))
                  << Qt::endl;
            return BadInput;
        }
    }
    if (!preview.problems.isEmpty()) {
        for (const QString &m : preview.problems)
            c.err << m << Qt::endl;
        c.err << T::tr("%n problem(s); nothing was imported.", nullptr, int(preview.problems.size()))
              << Qt::endl;
        return BadInput;
    }
    printPreview(c.out, preview);
    if (!preview.canImport()) {
        c.err << T::tr(
            "mockloop-cli: import: every question is already in the bank; nothing was imported.")
              << Qt::endl;
        return BadInput;
    }
    QString error;
    if (!applyImport(bank, preview, &error)) {
        c.err << T::tr("mockloop-cli: import failed, nothing was saved: %1").arg(error) << Qt::endl;
        return DatabaseProblem;
    }
    c.out << T::tr("Imported %n question(s) into \"%1\".", nullptr,
                   int(preview.packToSave().questions.size()))
                 .arg(preview.pack.id)
          << Qt::endl;
    return Ok;
}

int runExportPack(CommandContext &c)
{
    const QString format = formatOption(c, QStringLiteral("json"));
    if (format != u"json" && format != u"md") {
        c.err << T::tr("mockloop-cli: export-pack: unknown format \"%1\" (use json or md)").arg(format)
              << Qt::endl;
        return Usage;
    }
    QuestionBank bank(*c.db);
    if (!builtinsInstalled(c, bank))
        return DatabaseProblem;
    const QString packId = c.parser.value(QStringLiteral("pack"));
    QByteArray bytes;
    if (packId.isEmpty()) {
        if (format == u"json") {
            c.err << T::tr("mockloop-cli: export-pack: JSON holds one pack; name it with --pack ID "
                           "(or use --format md for every question)")
                  << Qt::endl;
            return Usage;
        }
        QList<Question> all;
        for (const auto &[question, hidden] : bank.find({}))
            all.append(question);
        bytes = questionsToMarkdown(T::tr("MockLoop questions"), all).toUtf8();
    } else {
        const auto pack = bank.pack(packId);
        if (!pack) {
            QStringList ids;
            for (const PackInfo &info : bank.packs())
                ids.append(info.id);
            c.err << T::tr("mockloop-cli: export-pack: no pack \"%1\"; the packs are: %2")
                         .arg(packId, ids.join(QStringLiteral(", ")))
                  << Qt::endl;
            return BadInput;
        }
        bytes = format == u"json" ? packToJson(*pack)
                                  : questionsToMarkdown(pack->name, pack->questions).toUtf8();
    }
    return writeOutput(c, bytes);
}

} // namespace

Command validatePackCommand()
{
    return {QStringLiteral("validate-pack"),
            QStringLiteral("validate-pack FILE"),
            T::tr("Check a JSON question pack and list every problem as\n"
                  "FILE:LINE:COLUMN: FIELD: what was expected. Saves nothing (docs/pack-format.md)."),
            1,
            1,
            false,
            runValidatePack};
}

Command importCommand()
{
    return {QStringLiteral("import"),
            QStringLiteral("import FILE [--map CATEGORY=KIND ...] [--headings categories|questions]"),
            T::tr("Import a JSON pack or a Markdown question list, all or nothing. Prints the\n"
                  "categories, the round kind each goes to and why; --map changes one, --headings\n"
                  "chooses how a Markdown file's headings are read. The kinds are proposed again\n"
                  "at the next import of the same file (docs/import.md)."),
            1,
            1,
            true,
            runImport};
}

Command exportPackCommand()
{
    return {QStringLiteral("export-pack"),
            QStringLiteral("export-pack [--pack ID] [--format json|md] [--output FILE]"),
            T::tr("Write a pack as JSON, or questions as a Markdown list (every question\n"
                  "unless --pack is given). Both read back with 'import'."),
            0,
            0,
            true,
            runExportPack};
}

} // namespace mockloop::cli
