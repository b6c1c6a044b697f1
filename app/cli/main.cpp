// compliance-desk-cli: everything the GUI does to data, scriptable. JSON (or CSV) on stdout,
// errors on stderr, non-zero exit on failure. Secrets never come from plain arguments.
#include "CliContext.h"
#include "Commands.h"
#include "util/Clock.h"

#include "AppInfo.h"
#include "app/LanguageManager.h"
#include "security/ProcessHardening.h"
#include "storage/Versions.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace cd::cli {

QList<Command> allCommands()
{
    QList<Command> all;
    all << vaultCommands() << reportCommands() << submissionsCommands() << requestsCommands() << policiesCommands()
        << isoCommands() << registersCommands() << activitiesCommands() << auditsCommands() << dashboardCommands();
    return all;
}

} // namespace cd::cli

namespace {

void printUsage(QTextStream& out)
{
    out << "Usage: compliance-desk-cli <command> [options]\n\n"
        << "Commands:\n";
    for (const auto& c : cd::cli::allCommands()) {
        out << "  " << c.name.leftJustified(20) << c.summary << "\n";
    }
    out << "\nRun 'compliance-desk-cli <command> --help' for a command's options.\n"
        << "Secrets: --passphrase-file / CD_PASSPHRASE for the vault, --password-file / CD_PASSWORD for your "
           "account, or a prompt without echo.\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    cd::ProcessHardening::applyForThisBuild();
    cd::Clock::settleLocalTimeZone();
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const auto commands = cd::cli::allCommands();
    const cd::cli::Command* found = nullptr;
    for (const auto& c : commands) {
        if (c.name == command) {
            found = &c;
        }
    }

    // Rendering needs a GUI application; without a display it runs on the offscreen platform.
    std::unique_ptr<QCoreApplication> app;
    if (found && found->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QApplication>(argc, argv);
        cd::ui::applyCjkFonts();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Vivest"));
    QCoreApplication::setApplicationName(QStringLiteral("ComplianceDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CD_VERSION));

    QTextStream out(stdout);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")
        || command == QLatin1String("version")) {
        out << cd::VersionInfo::current().toText() << "\n";
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        printUsage(out);
        return command.isEmpty() ? cd::cli::ExitUsage : cd::cli::ExitOk;
    }
    if (!found) {
        QTextStream err(stderr);
        err << "error: unknown command '" << command << "'\n";
        err.flush();
        printUsage(out);
        return cd::cli::ExitUsage;
    }
    cd::cli::CliContext ctx(QCoreApplication::arguments());
    return found->run(ctx);
}
