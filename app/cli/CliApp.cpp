#include "CliApp.h"

#include "base/Clock.h"
#include "base/DataDir.h"
#include "practice/GradeReplay.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace mockloop::cli {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString helpText()
{
    QString commands;
    for (const Command &c : allCommands()) {
        commands += QStringLiteral("  ") + c.synopsis + QLatin1Char('\n');
        for (const QString &line : c.description.split(QLatin1Char('\n')))
            commands += QStringLiteral("      ") + line + QLatin1Char('\n');
    }
    return CliText::tr("Usage: mockloop-cli [--data-dir DIR] COMMAND [OPTIONS]\n"
                       "\n"
                       "MockLoop in a terminal: works on the same database as the desktop app.\n"
                       "\n"
                       "Commands:\n")
           + commands
           + CliText::tr(
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
               "  3  database problem (cannot open, damaged, newer version, or a failed query)\n"
               "  4  the data dir cannot be written: it is read-only or its disk is full (the\n"
               "     database is not damaged)\n");
}

} // namespace

int run(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err)
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
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outputOption(QStringLiteral("output"), CliText::tr("Output file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption presetOption(QStringLiteral("preset"), CliText::tr("Preset plan."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       CliText::tr("Do not ask for confirmation."));
    const QCommandLineOption mapOption(QStringLiteral("map"),
                                       CliText::tr("Map an imported category to a round kind."),
                                       QStringLiteral("CATEGORY=KIND"));
    const QCommandLineOption headingsOption(
        QStringLiteral("headings"),
        CliText::tr("How a Markdown file's headings are read: categories or questions."),
        QStringLiteral("READING"));
    const QCommandLineOption packOption(QStringLiteral("pack"), CliText::tr("The pack to export."),
                                        QStringLiteral("ID"));
    // import of a CSV or TSV file (app/cli/PackCommands.cpp).
    const QCommandLineOption separatorOption(QStringLiteral("separator"),
                                             CliText::tr("The separator of a CSV or TSV file."),
                                             QStringLiteral("comma|semicolon|tab"));
    const QCommandLineOption headerOption(QStringLiteral("header"),
                                          CliText::tr("The first row names the columns."));
    const QCommandLineOption noHeaderOption(QStringLiteral("no-header"),
                                            CliText::tr("The first row is a question."));
    const QCommandLineOption columnOption(QStringLiteral("column"),
                                          CliText::tr("What a column of a CSV or TSV file holds."),
                                          QStringLiteral("ROLE=N"));
    const QCommandLineOption dueOption(QStringLiteral("due"),
                                       CliText::tr("Practise today's questions due for review."));
    const QCommandLineOption bestOption(QStringLiteral("best"),
                                        CliText::tr(
                                            "Search results by best match, not newest first."));
    // delete-data's choices (core/DataTools: datatools::DataPart).
    const QCommandLineOption sessionsOption(
        QStringLiteral("sessions"),
        CliText::tr("Sessions with their answers, grades and review schedule."));
    const QCommandLineOption storiesOption(QStringLiteral("stories"),
                                           CliText::tr("The STAR story bank."));
    const QCommandLineOption ownQuestionsOption(QStringLiteral("own-questions"),
                                                CliText::tr("Own and imported questions."));
    const QCommandLineOption ownPresetsOption(QStringLiteral("own-presets"),
                                              CliText::tr("Own presets."));
    // delete-data --tracker, and the values of the tracker and plan commands
    // (app/cli/TrackerCommand.cpp, PlanCommand.cpp).
    const QCommandLineOption trackerOption(QStringLiteral("tracker"),
                                           CliText::tr("The interview tracker."));
    QList<QCommandLineOption> trackerOptions = {trackerOption};
    const std::pair<const char *, const char *> trackerValues[] = {
        {"company", "COMPANY"}, {"role", "ROLE"},      {"level", "LEVEL"},
        {"source", "SOURCE"},   {"url", "URL"},        {"location", "LOCATION"},
        {"salary", "TEXT"},     {"excitement", "1-5"}, {"tags", "TAGS"},
        {"notes", "TEXT"},      {"stage", "STAGE"},    {"kind", "KIND"},
        {"at", "DATETIME"},     {"tz", "ZONE"},        {"minutes", "N"},
        {"date", "YYYY-MM-DD"}};
    for (const auto &[name, value] : trackerValues)
        trackerOptions.append(
            QCommandLineOption(QString::fromLatin1(name),
                               CliText::tr("A value of the tracker or plan command."),
                               QString::fromLatin1(value)));
    parser.addOptions(trackerOptions);
    parser.addOptions({helpOption,      versionOption, dataDirOption,      formatOption,
                       outputOption,    presetOption,  dueOption,          bestOption,
                       yesOption,       mapOption,     headingsOption,     packOption,
                       sessionsOption,  storiesOption, ownQuestionsOption, ownPresetsOption,
                       separatorOption, headerOption,  noHeaderOption,     columnOption});
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
    const QString name = positional.first();
    const QList<Command> commands = allCommands();
    const auto it = std::find_if(commands.cbegin(), commands.cend(),
                                 [&name](const Command &c) { return c.name == name; });
    if (it == commands.cend()) {
        err << CliText::tr("mockloop-cli: unknown command \"%1\". Try 'mockloop-cli --help'.").arg(name)
            << Qt::endl;
        return Usage;
    }
    const QStringList args = positional.mid(1);
    if (args.size() < it->minArgs || args.size() > it->maxArgs) {
        err << CliText::tr("mockloop-cli: usage: mockloop-cli %1").arg(it->synopsis) << Qt::endl;
        return Usage;
    }

    const QString dataDir = resolveDataDir(parser.value(dataDirOption));
    const SystemClock clock;
    Database db(clock);
    db.setGradeReplay(gradeReplay());
    if (it->opensDatabase) {
        // An upgrade copies the file first: on a long history that takes seconds.
        const int stored = Database::storedSchemaVersion(databasePath(dataDir));
        if (stored > 0 && stored < Database::latestVersion())
            err << CliText::tr("mockloop-cli: upgrading the database from version %1 to %2 (a "
                               "backup copy first)…")
                       .arg(stored)
                       .arg(Database::latestVersion())
                << Qt::endl;
        QString error;
        Database::OpenError kind = Database::OpenError::None;
        if (!db.open(databasePath(dataDir), &error, &kind)) {
            err << QStringLiteral("mockloop-cli: ") << error << Qt::endl;
            const bool place = kind == Database::OpenError::ReadOnly
                               || kind == Database::OpenError::NoSpace;
            return place ? CannotWrite : DatabaseProblem;
        }
        if (!db.openNotice().isEmpty())
            err << QStringLiteral("mockloop-cli: ") << db.openNotice() << Qt::endl;
    }
    CommandContext context{parser, args, dataDir, &db, in, out, err, &clock};
    return it->run(context);
}

} // namespace mockloop::cli
