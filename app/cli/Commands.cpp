#include "Commands.h"

namespace mockloop::cli {

QList<Command> allCommands()
{
    return {exportCommand(), historyCommand(), showCommand(), statsCommand(), backupCommand(),
            restoreCommand()};
}

} // namespace mockloop::cli
