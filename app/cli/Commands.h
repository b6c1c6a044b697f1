#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cd::cli {

class CliContext;

// Translation context for command-line texts.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(cd::cli::Cli)
};

struct Command {
    QString name;
    QString summary;
    std::function<int(CliContext&)> run;
    bool needsGui = false; // report rendering needs a (headless) QApplication
};

// Each area registers its commands here; main() dispatches on the first argument.
QList<Command> vaultCommands();
QList<Command> reportCommands();
// One list per area, each in app/cli/Cmd<Area>.cpp.
QList<Command> submissionsCommands();
QList<Command> requestsCommands();
QList<Command> policiesCommands();
QList<Command> isoCommands();
QList<Command> registersCommands();
QList<Command> activitiesCommands();
QList<Command> auditsCommands();
QList<Command> dashboardCommands();
QList<Command> allCommands();

} // namespace cd::cli
