// Submissions commands.
#include "CliContext.h"
#include "Commands.h"

namespace cd::cli {

QList<Command> submissionsCommands()
{
    return {};
}

} // namespace cd::cli
