#include "Commands.h"

#include "report/TerminalText.h"

#include <QIODevice>
#include <QStringDecoder>

namespace mockloop::cli {

namespace {

// What a command writes, on its way to the program's stream, through terminalSafe(): no
// stored text (an answer, a note, a question, a plan name, an imported file's words) can send
// the terminal a control sequence. The program's streams get UTF-8 in, text out.
class TerminalSafeDevice : public QIODevice
{
public:
    explicit TerminalSafeDevice(QTextStream &target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly);
    }

    // Writes a carriage return held back at the end of the last write (see writeData).
    void finish()
    {
        if (!m_heldBack.isEmpty())
            m_target << terminalSafe(m_heldBack);
        m_heldBack.clear();
        m_target.flush();
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 size) override
    {
        // The decoder keeps a character split between two writes for the next one.
        QString text = m_heldBack + QString(m_decoder.decode(QByteArrayView(data, size)));
        m_heldBack.clear();
        // A CR at the end stays a line end if a LF starts the next write: decide then.
        if (text.endsWith(QLatin1Char('\r'))) {
            m_heldBack = QStringLiteral("\r");
            text.chop(1);
        }
        m_target << terminalSafe(text);
        m_target.flush();
        return size;
    }

private:
    QTextStream &m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_heldBack;
};

// The command with its standard output and error made terminal-safe (docs/export.md,
// "Terminal output"). Only what goes to a stream changes: files written with --output are
// the exact bytes.
Command withTerminalSafeOutput(Command command)
{
    command.run = [run = std::move(command.run)](CommandContext &c) {
        TerminalSafeDevice outDevice(c.out);
        TerminalSafeDevice errDevice(c.err);
        int exitCode = Ok;
        {
            QTextStream out(&outDevice);
            QTextStream err(&errDevice);
            CommandContext safe{c.parser, c.args, c.dataDir, c.db, c.in, out, err, c.clock};
            exitCode = run(safe);
        } // the streams flush into the devices here
        outDevice.finish();
        errDevice.finish();
        return exitCode;
    };
    return command;
}

} // namespace

QList<Command> allCommands()
{
    // `run` is the interview: its terminal (Terminal.h) draws the answer line with escape
    // sequences of its own and makes the stored text it shows safe itself.
    QList<Command> commands = {exportCommand(),     historyCommand(),    showCommand(),
                               reportCommand(),     statsCommand(),      searchCommand(),
                               dueCommand(),        backupCommand(),     restoreCommand(),
                               deleteDataCommand(), checkCommand(),      validatePackCommand(),
                               importCommand(),     exportPackCommand(), trackerCommand(),
                               planCommand(),       transcribeCommand()};
    for (Command &c : commands)
        c = withTerminalSafeOutput(std::move(c));
    commands.prepend(runCommand());
    return commands;
}

} // namespace mockloop::cli
