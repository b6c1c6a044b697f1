// Registers commands.
#include "CliContext.h"
#include "Commands.h"

namespace cd::cli {

QList<Command> registersCommands()
{
    return {};
}

} // namespace cd::cli
