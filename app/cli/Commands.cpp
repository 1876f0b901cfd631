#include "Commands.h"

namespace mockloop::cli {

QList<Command> allCommands()
{
    return {runCommand(),    exportCommand(), historyCommand(), showCommand(),
            reportCommand(), statsCommand(),  backupCommand(),  restoreCommand(),
            checkCommand()};
}

} // namespace mockloop::cli
