#include "Commands.h"

namespace mockloop::cli {

QList<Command> allCommands()
{
    return {runCommand(),          exportCommand(),  historyCommand(),    showCommand(),
            reportCommand(),       statsCommand(),   searchCommand(),     dueCommand(),
            backupCommand(),       restoreCommand(), deleteDataCommand(), checkCommand(),
            validatePackCommand(), importCommand(),  exportPackCommand()};
}

} // namespace mockloop::cli
