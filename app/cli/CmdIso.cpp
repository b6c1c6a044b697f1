// Iso commands.
#include "CliContext.h"
#include "Commands.h"

namespace cd::cli {

QList<Command> isoCommands()
{
    return {};
}

} // namespace cd::cli
