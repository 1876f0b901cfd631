#include "Commands.h"

namespace mockloop::cli {

QList<Command> allCommands()
{
    return {runCommand(), exportCommand(), historyCommand(), showCommand(), statsCommand(),
            backupCommand(), restoreCommand(), validatePackCommand(), importCommand(),
            exportPackCommand()};
}

} // namespace mockloop::cli
