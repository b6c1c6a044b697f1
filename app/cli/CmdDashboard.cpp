// Dashboard command: the figures the Dashboard page shows, as JSON for scripts and monitoring.
#include "CliContext.h"
#include "Commands.h"

#include "dashboard/DashboardService.h"
#include "util/Clock.h"

#include <QJsonObject>

namespace cd::cli {

namespace {

int cmdDashboard(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.parser().addOption(
        { QStringLiteral("from"), Cli::tr("First day of the period (YYYY-MM-DD)."), QStringLiteral("date") });
    ctx.parser().addOption({ QStringLiteral("to"), Cli::tr("Last day of the period (YYYY-MM-DD); default today."),
        QStringLiteral("date") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    dashboard::Period period;
    period.to = ctx.isSet(QStringLiteral("to")) ? QDate::fromString(ctx.value(QStringLiteral("to")), Qt::ISODate)
                                                : Clock::today();
    period.from = ctx.isSet(QStringLiteral("from")) ? QDate::fromString(ctx.value(QStringLiteral("from")), Qt::ISODate)
                                                    : period.to.addDays(-29);
    if (!period.isValid()) {
        return ctx.usage(Cli::tr("--from and --to take dates as YYYY-MM-DD, --from on or before --to."));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    auto data = dashboard::DashboardService(*vault.value()).compute(period);
    if (!data) {
        return ctx.fail(data.error());
    }
    ctx.printJson(dashboard::toJson(data.value()));
    return data->lateCount() > 0 ? ExitCheckFailed : ExitOk;
}

} // namespace

QList<Command> dashboardCommands()
{
    return { { QStringLiteral("dashboard"),
        Cli::tr("What needs attention and the key figures for a period, as JSON (exit 4 when something is late)."),
        cmdDashboard } };
}

} // namespace cd::cli
