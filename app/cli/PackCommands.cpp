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
        c.err << PackCommandText::tr("%n problem(s) found.", nullptr,
                                     int(validator.problems().size()))
              << Qt::endl;
        return BadInput;
    }
    c.out << PackCommandText::tr("%1: a valid pack \"%2\" (version %3) with %n question(s)",
                                 nullptr, int(pack.questions.size()))
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
    out << PackCommandText::tr(
               "  Re-import (matched by wording): %1 updated, %2 new, %3 removed, %4 unchanged")
               .arg(QString::number(r.updated.size()), QString::number(r.added.size()),
                    QString::number(r.removed.size()), QString::number(r.unchanged))
        << Qt::endl;
    for (const ReimportUpdated &u : r.updated)
        out << PackCommandText::tr(
                   "  updated (keeps its answers and review schedule): \"%1\" → \"%2\" (%3 % alike)")
                   .arg(u.oldText, u.newText, QString::number(qRound(u.similarity * 100)))
            << Qt::endl;
    for (const QString &text : r.added)
        out << PackCommandText::tr("  new: \"%1\"").arg(text) << Qt::endl;
    for (const ReimportRemoved &gone : r.removed)
        out << PackCommandText::tr("  removed: \"%1\" (%n answer(s), kept in History)", nullptr,
                                   gone.attempts)
                   .arg(gone.text)
            << Qt::endl;
}

void printPreview(QTextStream &out, const ImportPreview &p)
{
    // One arg() for all: a "%1" in the file's pack name is text, not a place for the version.
    out << PackCommandText::tr("Pack \"%1\" (%2), version %3%4")
               .arg(p.pack.name, p.pack.id, QString::number(p.pack.version),
                    p.installedVersion > 0
                        ? PackCommandText::tr(", updating version %1").arg(p.installedVersion)
                        : QString())
        << Qt::endl;
    if (p.markdown && !p.pack.questions.isEmpty()) {
        out << PackCommandText::tr("  found: %1").arg(p.shape) << Qt::endl;
        out << (p.reading == HeadingReading::Questions ? PackCommandText::tr(
                    "  headings are read as questions (--headings categories reads them "
                    "as categories)")
                : p.readingsDiffer
                    ? PackCommandText::tr("  headings are read as categories (--headings "
                                          "questions reads them as questions' titles)")
                    : PackCommandText::tr("  headings are read as categories"))
            << Qt::endl;
    }
    // Each kind with why the preview proposes it (core/questions/KindGuess.h) or "your choice".
    for (const ImportCategory &cat : p.categories)
        out << PackCommandText::tr("  %1: %n question(s) → %2 — %3", nullptr, cat.count)
                   .arg(cat.name, toKey(cat.kind), cat.reason)
            << Qt::endl;
    for (const ImportDuplicate &d : p.duplicates)
        out << PackCommandText::tr("  duplicate (not imported): \"%1\" is already there as %2")
                   .arg(d.text, d.existingId)
            << Qt::endl;
    if (!p.leftOut.isEmpty())
        out << PackCommandText::tr("  left out: %n line(s) that are not questions", nullptr,
                                   int(p.leftOut.size()))
            << Qt::endl;
    for (const QString &l : p.leftOut)
        out << QStringLiteral("    ") << l << Qt::endl;
    printReimport(out, p.reimport);
}

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char(','))
        return QStringLiteral("comma");
    if (separator == QLatin1Char(';'))
        return QStringLiteral("semicolon");
    if (separator == QLatin1Char('\t'))
        return QStringLiteral("tab");
    return QStringLiteral("\"%1\"").arg(separator);
}

// The columns of a CSV or TSV file and what each is read as, so --column can change one.
void printColumns(QTextStream &out, const ImportPreview &p)
{
    out << PackCommandText::tr("Columns (separator %1, %2):")
               .arg(separatorName(p.columns.separator),
                    p.columns.header ? PackCommandText::tr("the first row is a header")
                                     : PackCommandText::tr("no header row"))
        << Qt::endl;
    for (int c = 0; c < p.columns.names.size(); ++c) {
        const ColumnRole role = p.columns.mapping.roleOf(c);
        out << PackCommandText::tr("  %1 \"%2\" → %3")
                   .arg(QString::number(c + 1), p.columns.names.at(c),
                        role == ColumnRole::None ? PackCommandText::tr("not imported") : toKey(role))
            << Qt::endl;
    }
}

// --separator, --header/--no-header and --column ROLE=N: how to read a CSV or TSV file. The
// mapping starts from the guessed one (so one --column changes one role). Returns an exit code
// on a mistake, Ok otherwise.
int delimitedOptions(CommandContext &c, const QByteArray &bytes, const QuestionBank &bank,
                     ImportOptions *options)
{
    const bool any = c.parser.isSet(QStringLiteral("separator"))
                     || c.parser.isSet(QStringLiteral("header"))
                     || c.parser.isSet(QStringLiteral("no-header"))
                     || c.parser.isSet(QStringLiteral("column"));
    if (!any)
        return Ok;
    if (!isDelimitedFile(c.args.first(), bytes)) {
        c.err << PackCommandText::tr(
            "mockloop-cli: import: --separator, --header, --no-header and --column "
            "are for CSV and TSV files (.csv, .tsv, .tab)")
              << Qt::endl;
        return Usage;
    }
    DelimitedOptions &d = options->delimited;
    if (c.parser.isSet(QStringLiteral("separator"))) {
        const QString name = c.parser.value(QStringLiteral("separator")).trimmed().toLower();
        if (name == u"comma")
            d.separator = QLatin1Char(',');
        else if (name == u"semicolon")
            d.separator = QLatin1Char(';');
        else if (name == u"tab")
            d.separator = QLatin1Char('\t');
        else {
            c.err << PackCommandText::tr(
                         "mockloop-cli: import: --separator \"%1\": expected comma, semicolon "
                         "or tab")
                         .arg(c.parser.value(QStringLiteral("separator")))
                  << Qt::endl;
            return Usage;
        }
    }
    if (c.parser.isSet(QStringLiteral("header")) && c.parser.isSet(QStringLiteral("no-header"))) {
        c.err << PackCommandText::tr(
            "mockloop-cli: import: --header and --no-header contradict each other")
              << Qt::endl;
        return Usage;
    }
    if (c.parser.isSet(QStringLiteral("header")))
        d.header = true;
    else if (c.parser.isSet(QStringLiteral("no-header")))
        d.header = false;
    const QStringList columns = c.parser.values(QStringLiteral("column"));
    if (columns.isEmpty())
        return Ok;
    const ImportPreview guessed = previewImport(bytes, c.args.first(), bank, *options);
    ColumnMapping mapping = guessed.columns.mapping;
    for (const QString &column : columns) {
        const qsizetype eq = column.indexOf(QLatin1Char('='));
        const auto role = eq > 0 ? columnRoleFromKey(column.left(eq)) : std::nullopt;
        bool isNumber = false;
        const int number = eq > 0 ? column.mid(eq + 1).trimmed().toInt(&isNumber) : 0;
        if (!role || !isNumber || number < 1) {
            c.err << PackCommandText::tr(
                         "mockloop-cli: import: --column \"%1\": expected ROLE=N with ROLE one "
                         "of question, answer, category, tags, kind and N a column number "
                         "from 1")
                         .arg(column)
                  << Qt::endl;
            return Usage;
        }
        if (number > guessed.columns.names.size()) {
            c.err << PackCommandText::tr("mockloop-cli: import: --column \"%1\": %2 has %n column(s)",
                                         nullptr, int(guessed.columns.names.size()))
                         .arg(column, c.args.first())
                  << Qt::endl;
            return BadInput;
        }
        mapping.setRole(number - 1, *role);
    }
    d.mapping = mapping;
    return Ok;
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
            c.err << PackCommandText::tr(
                         "mockloop-cli: import: --headings \"%1\": expected categories or "
                         "questions")
                         .arg(reading)
                  << Qt::endl;
            return Usage;
        }
    }
    if (const int code = delimitedOptions(c, bytes, bank, &options); code != Ok)
        return code;
    // The absolute path: the kinds chosen are remembered per file, wherever it is run from.
    ImportPreview preview = previewImport(bytes, c.args.first(), bank, options,
                                          QFileInfo(c.args.first()).absoluteFilePath());
    for (const QString &mapping : c.parser.values(QStringLiteral("map"))) {
        const qsizetype eq = mapping.lastIndexOf(QLatin1Char('='));
        const auto kind = eq > 0 ? kindFromArgument(mapping.mid(eq + 1)) : std::nullopt;
        if (!kind) {
            c.err << PackCommandText::tr(
                         "mockloop-cli: import: --map \"%1\": expected CATEGORY=KIND with KIND one of %2")
                         .arg(mapping, kindKeys())
                  << Qt::endl;
            return Usage;
        }
        if (!preview.setKind(mapping.left(eq), *kind)) {
            QStringList names;
            for (const ImportCategory &cat : preview.categories)
                names.append(cat.name);
            c.err << PackCommandText::tr(
                         "mockloop-cli: import: no category \"%1\" in %2; its categories: %3")
                         .arg(mapping.left(eq), c.args.first(), names.join(QStringLiteral(", ")))
                  << Qt::endl;
            return BadInput;
        }
    }
    if (preview.delimited)
        printColumns(preview.problems.isEmpty() ? c.out : c.err, preview);
    if (!preview.problems.isEmpty()) {
        for (const QString &m : preview.problems)
            c.err << m << Qt::endl;
        c.err << PackCommandText::tr("%n problem(s); nothing was imported.", nullptr,
                                     int(preview.problems.size()))
              << Qt::endl;
        return BadInput;
    }
    printPreview(c.out, preview);
    if (!preview.canImport()) {
        c.err << PackCommandText::tr(
            "mockloop-cli: import: every question is already in the bank; nothing was imported.")
              << Qt::endl;
        return BadInput;
    }
    QString error;
    if (!applyImport(bank, preview, &error)) {
        c.err << PackCommandText::tr("mockloop-cli: import failed, nothing was saved: %1").arg(error)
              << Qt::endl;
        return DatabaseProblem;
    }
    c.out << PackCommandText::tr("Imported %n question(s) into \"%1\".", nullptr,
                                 int(preview.packToSave().questions.size()))
                 .arg(preview.pack.id)
          << Qt::endl;
    return Ok;
}

int runExportPack(CommandContext &c)
{
    const QString format = formatOption(c, QStringLiteral("json"));
    if (format != u"json" && format != u"md") {
        c.err << PackCommandText::tr(
                     "mockloop-cli: export-pack: unknown format \"%1\" (use json or md)")
                     .arg(format)
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
            c.err << PackCommandText::tr(
                "mockloop-cli: export-pack: JSON holds one pack; name it with --pack ID "
                "(or use --format md for every question)")
                  << Qt::endl;
            return Usage;
        }
        QList<Question> all;
        for (const auto &[question, hidden] : bank.find({}))
            all.append(question);
        bytes = questionsToMarkdown(PackCommandText::tr("MockLoop questions"), all).toUtf8();
    } else {
        const auto pack = bank.pack(packId);
        if (!pack) {
            QStringList ids;
            for (const PackInfo &info : bank.packs())
                ids.append(info.id);
            c.err << PackCommandText::tr("mockloop-cli: export-pack: no pack \"%1\"; the packs are: %2")
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
            PackCommandText::tr(
                "Check a JSON question pack and list every problem as\n"
                "FILE:LINE:COLUMN: FIELD: what was expected. Saves nothing (docs/pack-format.md)."),
            1,
            1,
            false,
            runValidatePack};
}

Command importCommand()
{
    return {QStringLiteral("import"),
            QStringLiteral("import FILE [--map CATEGORY=KIND ...] [--headings categories|questions]\n"
                           "    [--separator comma|semicolon|tab] [--header | --no-header]\n"
                           "    [--column ROLE=N ...]"),
            PackCommandText::tr(
                "Import a JSON pack, a Markdown question list or a CSV/TSV file (a spreadsheet\n"
                "or an Anki export), all or nothing. Prints the categories and the round kind\n"
                "each goes to and why; --map changes one (proposed again at the next import of\n"
                "the same file), --headings chooses how a Markdown file's headings are read.\n"
                "For CSV/TSV it prints the columns too: --separator, --header/--no-header and\n"
                "--column ROLE=N (ROLE question, answer, category, tags or kind; N counts from 1)\n"
                "change how the file is read (docs/import.md)."),
            1,
            1,
            true,
            runImport};
}

Command exportPackCommand()
{
    return {QStringLiteral("export-pack"),
            QStringLiteral("export-pack [--pack ID] [--format json|md] [--output FILE]"),
            PackCommandText::tr("Write a pack as JSON, or questions as a Markdown list (every question\n"
                                "unless --pack is given). Both read back with 'import'."),
            0,
            0,
            true,
            runExportPack};
}

} // namespace mockloop::cli
