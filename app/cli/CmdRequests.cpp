// Requests commands.
#include "CliContext.h"
#include "Commands.h"

namespace cd::cli {

QList<Command> requestsCommands()
{
    return {};
}

} // namespace cd::cli
