// Report commands: render report content from core to PDF through the same renderer the GUI uses.
#include "CliContext.h"
#include "Commands.h"

#include "app/LanguageManager.h"
#include "report/AboutReport.h"
#include "report/ReportRenderer.h"

#include <QFileInfo>
#include <QJsonObject>

namespace cd::cli {

namespace {

int cmdReport(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.parser().addOption({QStringLiteral("out"), Cli::tr("PDF file to write."), QStringLiteral("file")});
    ctx.parser().addOption({QStringLiteral("lang"), Cli::tr("Report language: zh_CN or en."), QStringLiteral("lang"),
                            QStringLiteral("zh_CN")});
    ctx.parser().addPositionalArgument(QStringLiteral("kind"), Cli::tr("about"));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString kind = ctx.positional().value(0);
    const QString out = ctx.value(QStringLiteral("out"));
    const QString lang = ctx.value(QStringLiteral("lang"));
    if (kind.isEmpty() || out.isEmpty()) {
        return ctx.usage(Cli::tr("report needs a kind (about) and --out FILE.pdf."));
    }
    if (lang != QLatin1String("zh_CN") && lang != QLatin1String("en")) {
        return ctx.usage(Cli::tr("--lang takes zh_CN or en."));
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
    } else {
        return ctx.usage(Cli::tr("Unknown report %1.").arg(kind));
    }
    ui::ReportRenderer renderer(doc);
    const Status s = renderer.writePdf(out);
    if (!s) {
        return ctx.fail(s.error());
    }
    ctx.printJson(QJsonObject{{QStringLiteral("report"), kind},
                              {QStringLiteral("out"), QFileInfo(out).absoluteFilePath()},
                              {QStringLiteral("language"), lang},
                              {QStringLiteral("pages"), renderer.lastPageCount()}});
    return ExitOk;
}

} // namespace

QList<Command> reportCommands()
{
    return {{QStringLiteral("report"), Cli::tr("Render a report to PDF."), cmdReport, true}};
}

} // namespace cd::cli
