// report: one session's report as Markdown, HTML or PDF, the same model and renderers as the
// desktop report page (core/report: ReportModel, ReportMarkdown, ReportHtml; the PDF from app/render).
#include "report/ReportHtml.h"
#include "report/ReportMarkdown.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "Commands.h"
#include "ReportPdf.h"

#include <QCoreApplication>
#include <QDir>

namespace mockloop::cli {

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runReport(CommandContext &c)
{
    const QString format = formatOption(c, QStringLiteral("md"));
    if (format != QLatin1String("md") && format != QLatin1String("html")
        && format != QLatin1String("pdf")) {
        c.err << ReportText::tr("mockloop-cli: report: unknown format \"%1\" (use md, html or pdf)")
                     .arg(format)
              << Qt::endl;
        return Usage;
    }
    int exitCode = Ok;
    const auto session = sessionArgument(c, QStringLiteral("report"), &exitCode);
    if (!session)
        return exitCode;
    const qint64 id = session->id;
    QString error;
    const SessionReport report = buildReport(*session);
    QString output = c.parser.value(QStringLiteral("output"));

    if (format == QLatin1String("pdf")) {
        // A PDF is not for a terminal: without --output it goes to report-ID.pdf here.
        if (output.isEmpty())
            output = QStringLiteral("report-%1.pdf").arg(id);
        if (!render::writeReportPdf(report, output, &error)) {
            c.err << QStringLiteral("mockloop-cli: report: ") << error << Qt::endl;
            return BadInput;
        }
        c.out << ReportText::tr("Wrote %1").arg(QDir::toNativeSeparators(output)) << Qt::endl;
        return Ok;
    }
    const QString text = format == QLatin1String("md") ? reportMarkdown(report) : reportHtml(report);
    return writeOutput(c, text.toUtf8());
}

} // namespace

std::optional<SessionRecord> sessionArgument(CommandContext &c, const QString &command, int *exitCode)
{
    bool ok = false;
    const qint64 id = c.args.first().toLongLong(&ok);
    if (!ok || id <= 0) {
        c.err << ReportText::tr(
                     "mockloop-cli: %1: \"%2\" is not a session id (see 'mockloop-cli history').")
                     .arg(command, c.args.first())
              << Qt::endl;
        *exitCode = BadInput;
        return std::nullopt;
    }
    QString error;
    auto session = SessionStore(*c.db).load(id, &error);
    if (!session) {
        c.err << QStringLiteral("mockloop-cli: %1: ").arg(command) << error << Qt::endl;
        *exitCode = BadInput;
    }
    return session;
}

QString formatOption(const CommandContext &c, const QString &fallback)
{
    const QString value = c.parser.value(QStringLiteral("format"));
    return value.isEmpty() ? fallback : value;
}

bool reportNeedsGui(const QStringList &arguments)
{
    const qsizetype command = arguments.indexOf(QStringLiteral("report"), 1);
    if (command < 0)
        return false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--format=pdf")
            || (arguments.at(i) == QLatin1String("--format") && i + 1 < arguments.size()
                && arguments.at(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

Command reportCommand()
{
    return {QStringLiteral("report"),
            QStringLiteral("report SESSION [--format md|html|pdf] [--output FILE]"),
            ReportText::tr("One session's report: scores per round and question, rubric, times,\n"
                           "key points, coach hints, notes. Markdown (default) and HTML go to\n"
                           "standard output unless --output is given; PDF goes to --output or\n"
                           "report-SESSION.pdf in the current directory (no display needed)."),
            1,
            1,
            true,
            runReport};
}

} // namespace mockloop::cli
