// Report commands: render report content from core to PDF through the same renderer the GUI uses.
#include "CliContext.h"
#include "Commands.h"

#include "app/LanguageManager.h"
#include "dashboard/DashboardReport.h"
#include "maintenance/AboutReport.h"
#include "report/ReportRenderer.h"

#include "util/Clock.h"
#include "util/Languages.h"

#include <QFileInfo>
#include <QJsonObject>

namespace cd::cli {

namespace {

int cmdReport(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.parser().addOption({ QStringLiteral("out"), Cli::tr("PDF file to write."), QStringLiteral("file") });
    ctx.parser().addOption({ QStringLiteral("lang"), Cli::tr("Report language: zh_CN or en."), QStringLiteral("lang"),
        Languages::chinese() });
    ctx.parser().addOption(
        { QStringLiteral("from"), Cli::tr("overview: first day of the period (YYYY-MM-DD)."), QStringLiteral("date") });
    ctx.parser().addOption({ QStringLiteral("to"),
        Cli::tr("overview: last day of the period (YYYY-MM-DD); default today."), QStringLiteral("date") });
    ctx.parser().addPositionalArgument(QStringLiteral("kind"), Cli::tr("about | overview"));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString kind = ctx.positional().value(0);
    const QString out = ctx.value(QStringLiteral("out"));
    const QString lang = ctx.value(QStringLiteral("lang"));
    if (kind.isEmpty() || out.isEmpty()) {
        return ctx.usage(Cli::tr("report needs a kind (about, overview) and --out FILE.pdf."));
    }
    if (!Languages::isSupported(lang)) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
    }
    // The overview's period: --to defaults to today, --from to 29 days before --to.
    dashboard::Period period;
    if (kind == QLatin1String("overview")) {
        period.to = ctx.isSet(QStringLiteral("to")) ? QDate::fromString(ctx.value(QStringLiteral("to")), Qt::ISODate)
                                                    : Clock::today();
        period.from = ctx.isSet(QStringLiteral("from"))
            ? QDate::fromString(ctx.value(QStringLiteral("from")), Qt::ISODate)
            : period.to.addDays(-29);
        if (!period.isValid()) {
            return ctx.usage(Cli::tr("--from and --to take dates as YYYY-MM-DD, --from on or before --to."));
        }
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    if (Status s = vault.value()->require(Permission::Read); !s) {
        return ctx.fail(s.error());
    }
    // Reports come out in the chosen language, whatever the system locale.
    QTranslator appTr;
    QTranslator qtTr;
    ui::LanguageManager::installInto(QCoreApplication::instance(), lang, &appTr, &qtTr);

    ReportDocument doc;
    if (kind == QLatin1String("about")) {
        doc = buildAboutReport(*vault.value(), lang);
    } else if (kind == QLatin1String("overview")) {
        auto overview = dashboard::buildOverviewReport(*vault.value(), period, lang);
        if (!overview) {
            return ctx.fail(overview.error());
        }
        doc = overview.value();
    } else {
        return ctx.usage(Cli::tr("Unknown report %1.").arg(kind));
    }
    ui::ReportRenderer renderer(doc);
    const Status s = renderer.writePdf(out);
    if (!s) {
        return ctx.fail(s.error());
    }
    ctx.printJson(
        QJsonObject { { QStringLiteral("report"), kind }, { QStringLiteral("out"), QFileInfo(out).absoluteFilePath() },
            { QStringLiteral("language"), lang }, { QStringLiteral("pages"), renderer.lastPageCount() } });
    return ExitOk;
}

} // namespace

QList<Command> reportCommands()
{
    return { { QStringLiteral("report"), Cli::tr("Render a report to PDF."), cmdReport, true } };
}

} // namespace cd::cli
