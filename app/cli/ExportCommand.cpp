#include "base/Clock.h"
#include "report/Exporter.h"
#include "storage/DataTools.h"
#include "storage/Database.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace mockloop::cli {

namespace {

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runExport(CommandContext &c)
{
    const QString format = formatOption(c, QStringLiteral("json"));
    QString error;
    QByteArray bytes;
    const QDateTime now = c.clock->wallTime(); // the export's "exported at"
    if (format == QLatin1String("json")) {
        const QJsonObject doc = exportAllJson(*c.db, now, &error);
        if (doc.isEmpty()) {
            c.err << ExportText::tr("mockloop-cli: export failed: %1").arg(error) << Qt::endl;
            return DatabaseProblem;
        }
        bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("csv")) {
        bytes = exportAllCsv(*c.db, &error);
    } else if (format == QLatin1String("md")) {
        bytes = exportAllMarkdown(*c.db, now, &error).toUtf8();
    } else {
        c.err << ExportText::tr("mockloop-cli: export: unknown format \"%1\" (use json, csv or md)")
                     .arg(format)
              << Qt::endl;
        return Usage;
    }
    if (!error.isEmpty()) {
        c.err << ExportText::tr("mockloop-cli: export failed: %1").arg(error) << Qt::endl;
        return DatabaseProblem;
    }
    return writeOutput(c, bytes);
}

} // namespace

int writeOutput(CommandContext &c, const QByteArray &bytes)
{
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        c.out << QString::fromUtf8(bytes);
        c.out.flush();
        return Ok;
    }
    QString error;
    if (!datatools::checkTargetFolder(output, &error)) {
        c.err << ExportText::tr("mockloop-cli: cannot write %1: %2").arg(output, error) << Qt::endl;
        return BadInput;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        c.err << ExportText::tr("mockloop-cli: cannot write %1: %2").arg(output, file.errorString())
              << Qt::endl;
        return BadInput;
    }
    return Ok;
}

Command exportCommand()
{
    return {QStringLiteral("export"),
            QStringLiteral("export [--format json|csv|md] [--output FILE]"),
            ExportText::tr("Write every session, round and attempt (JSON by default; CSV has one\n"
                           "row per attempt; Markdown reads like the report). To standard output\n"
                           "unless --output is given. Formats: docs/export.md."),
            0,
            0,
            true,
            runExport};
}

} // namespace mockloop::cli
