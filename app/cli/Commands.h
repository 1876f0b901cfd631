#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace mockloop {
class Clock;
class Database;
struct SessionRecord;
}

namespace mockloop::cli {

// Exit codes, documented in --help and kept by every command. CannotWrite: the data dir is
// read-only or its disk is full (the database is not damaged; issue 16).
enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, DatabaseProblem = 3, CannotWrite = 4 };

struct CommandContext
{
    const QCommandLineParser &parser;
    QStringList args; // positional arguments after the command name
    QString dataDir;
    Database *db; // open, unless the command opens the database itself
    QTextStream &in;
    QTextStream &out;
    QTextStream &err;
    // The one clock of the program (a SystemClock from run()): every time a command reads or
    // stamps comes from it, never from QDateTime or a timer of its own.
    const Clock *clock;
};

struct Command
{
    QString name;
    QString synopsis;    // e.g. "export --format json|csv|md [--output FILE]"
    QString description; // one or two lines for --help
    int minArgs = 0;
    int maxArgs = 0;
    bool opensDatabase = true; // false: the command opens (or replaces) it itself
    std::function<int(CommandContext &)> run;
};

// Writes an export to --output FILE (atomically, the exact bytes) or to standard output, where
// like everything a command prints it is made terminal-safe (control characters escaped, see
// allCommands()); Ok or BadInput.
int writeOutput(CommandContext &c, const QByteArray &bytes);

// The --format value, or fallback when it is not given.
QString formatOption(const CommandContext &c, const QString &fallback);

// The session named by the first argument, loaded; nullopt with the message printed and
// *exitCode set (BadInput) when it is not an id or not a stored session.
std::optional<SessionRecord> sessionArgument(CommandContext &c, const QString &command,
                                             int *exitCode);

// Every command, in the order --help lists them. Each lives in its own file. All but the
// interview (`run`) print through terminalSafe() (core/report/TerminalText.h): a stored text
// holding ESC, another control character or a bidi override is shown escaped ("\u001b"),
// never obeyed by the terminal, whether standard output is a terminal, a pipe or a file.
QList<Command> allCommands();

Command runCommand();
Command exportCommand();
Command historyCommand();
Command showCommand();
Command reportCommand();
Command statsCommand();
Command dueCommand();
Command searchCommand();
Command backupCommand();
Command restoreCommand();
Command deleteDataCommand();
Command validatePackCommand();
Command importCommand();
Command exportPackCommand();
Command checkCommand();
Command trackerCommand();
Command planCommand();
Command transcribeCommand();

// The preparation plans' daily time: --minutes (checked; nullopt with the message printed as
// `command`'s), else the desktop's setting (MOCKLOOP_SETTINGS or the usual settings file).
std::optional<int> dailyMinutesOption(CommandContext &c, const QString &command);

// Whether these program arguments ask for a PDF report: main() then creates a
// QGuiApplication on the offscreen platform instead of a QCoreApplication.
bool reportNeedsGui(const QStringList &arguments);

} // namespace mockloop::cli
