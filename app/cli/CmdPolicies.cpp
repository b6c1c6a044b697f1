// Policies commands.
#include "CliContext.h"
#include "Commands.h"

namespace cd::cli {

QList<Command> policiesCommands()
{
    return {};
}

} // namespace cd::cli
