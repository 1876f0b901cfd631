#include "CliApp.h"

#include "DataDir.h"
#include "Database.h"
#include "Exporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>

namespace mockloop::cli {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString helpText()
{
    return CliText::tr(
        "Usage: mockloop-cli [--data-dir DIR] COMMAND [OPTIONS]\n"
        "\n"
        "MockLoop in a terminal: works on the same database as the desktop app.\n"
        "\n"
        "Commands:\n"
        "  export --format json [--output FILE]\n"
        "                       Write every session, round and attempt as one JSON document\n"
        "                       (to standard output unless --output is given).\n"
        "\n"
        "Options:\n"
        "  --data-dir DIR       Use DIR instead of the default data dir\n"
        "                       (also settable with the MOCKLOOP_DATA_DIR environment variable).\n"
        "  -h, --help           Show this help.\n"
        "  -v, --version        Show the version.\n"
        "\n"
        "Exit codes:\n"
        "  0  success\n"
        "  1  usage error (unknown command or option)\n"
        "  2  bad input (a file or value that cannot be used)\n"
        "  3  database problem (cannot open, damaged, newer version, or a failed query)\n");
}

int exportCommand(const QCommandLineParser &parser, Database &db, QTextStream &out,
                  QTextStream &err)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json")) {
        err << CliText::tr("mockloop-cli: export: unknown format \"%1\" (this version writes: json)")
                   .arg(format)
            << Qt::endl;
        return Usage;
    }
    QString error;
    const QJsonObject doc = exportAllJson(db, QDateTime::currentDateTimeUtc(), &error);
    if (doc.isEmpty()) {
        err << CliText::tr("mockloop-cli: export failed: %1").arg(error) << Qt::endl;
        return DatabaseProblem;
    }
    const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return Ok;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << CliText::tr("mockloop-cli: cannot write %1: %2").arg(output, file.errorString())
            << Qt::endl;
        return BadInput;
    }
    return Ok;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("MockLoop in a terminal"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CliText::tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           CliText::tr("Show the version."));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           CliText::tr("Use DIR as the data dir."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption formatOption(QStringLiteral("format"), CliText::tr("Export format."),
                                          QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outputOption(QStringLiteral("output"), CliText::tr("Output file."),
                                          QStringLiteral("FILE"));
    parser.addOptions({helpOption, versionOption, dataDirOption, formatOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("command"), CliText::tr("The command to run."));

    if (!parser.parse(arguments)) {
        err << QStringLiteral("mockloop-cli: ") << parser.errorText() << Qt::endl
            << CliText::tr("Try 'mockloop-cli --help'.") << Qt::endl;
        return Usage;
    }
    if (parser.isSet(helpOption)) {
        out << helpText();
        out.flush();
        return Ok;
    }
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("mockloop-cli %1").arg(QStringLiteral(MOCKLOOP_VERSION)) << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << CliText::tr("mockloop-cli: no command given.") << Qt::endl << helpText();
        return Usage;
    }
    const QString command = positional.first();
    if (command != QLatin1String("export")) {
        err << CliText::tr("mockloop-cli: unknown command \"%1\". Try 'mockloop-cli --help'.")
                   .arg(command)
            << Qt::endl;
        return Usage;
    }
    if (positional.size() > 1) {
        err << CliText::tr("mockloop-cli: unexpected argument \"%1\".").arg(positional.at(1))
            << Qt::endl;
        return Usage;
    }

    const QString dataDir = resolveDataDir(parser.value(dataDirOption));
    Database db;
    QString error;
    if (!db.open(databasePath(dataDir), &error)) {
        err << QStringLiteral("mockloop-cli: ") << error << Qt::endl;
        return DatabaseProblem;
    }
    return exportCommand(parser, db, out, err);
}

} // namespace mockloop::cli
