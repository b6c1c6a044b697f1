#include "dashboard/DashboardReport.h"
#include "report/StatePalette.h"
#include "util/TranslationContexts.h"

#include "iso/IsoReports.h"
#include "requests/RequestTypes.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include "util/Formatting.h"
#include <QCoreApplication>
#include <QLocale>

namespace cd::dashboard {

ChartSpec DashboardCharts::submissions(const DashboardData& data)
{
    ChartSpec spec;
    spec.type = ChartSpec::Type::Line;
    spec.title = data.monthlyBuckets ? cd::DashboardText::tr("Contact submissions per month")
                                     : cd::DashboardText::tr("Contact submissions per week");
    spec.valueAxisTitle = cd::DashboardText::tr("Submissions");
    spec.noDataText = cd::DashboardText::tr("No contact submissions in this period.");
    ChartSeries series;
    series.name = cd::DashboardText::tr("Submissions received");
    series.color = StatePalette::fill(StateTone::Info);
    for (const SubmissionBucket& b : data.submissions) {
        // Weeks by their first day (MM-dd), months as yyyy-MM: short, unambiguous in both languages.
        spec.categories << b.start.toString(data.monthlyBuckets ? QStringLiteral("yyyy-MM") : QStringLiteral("MM-dd"));
        series.values << b.count;
    }
    spec.series << series;
    return spec;
}

ChartSpec DashboardCharts::requests(const DashboardData& data)
{
    ChartSpec spec;
    spec.type = ChartSpec::Type::StackedBar;
    spec.title = cd::DashboardText::tr("Rights requests received, by type and outcome");
    spec.valueAxisTitle = cd::DashboardText::tr("Requests");
    spec.noDataText = cd::DashboardText::tr("No rights requests received in this period.");
    const QList<requests::RequestType> types = requests::allTypes();
    for (requests::RequestType t : types) {
        spec.categories << requests::displayName(t);
    }
    for (int o = 0; o < requestOutcomeCount; ++o) {
        ChartSeries series;
        series.name = requestOutcomeName(static_cast<RequestOutcome>(o));
        series.color = requestOutcomeColor(static_cast<RequestOutcome>(o));
        for (requests::RequestType t : types) {
            series.values << data.requestsByType[static_cast<int>(t)][o];
        }
        spec.series << series;
    }
    return spec;
}

ChartSpec DashboardCharts::iso(const DashboardData& data, const QString& language)
{
    return iso::IsoCharts::statusByTheme(data.iso, language);
}

namespace {
// A date as a reader writes it, without the weekday the long format adds.
QString longDate(const QDate& date, const QString& language)
{
    return fmt::date(date, language);
}
} // namespace

QString periodText(const Period& period, const QString& language)
{
    return cd::DashboardText::tr("%1 – %2").arg(longDate(period.from, language), longDate(period.to, language));
}

ReportDocument buildOverviewReport(const DashboardData& data, const QString& language, const QString& generatedBy)
{
    ReportDocument doc;
    doc.language = language;
    doc.title = cd::DashboardText::tr("Compliance overview");
    doc.scope = periodText(data.period, language);
    doc.generatedAt = data.nowUtc.isValid() ? data.nowUtc : Clock::nowUtc();
    doc.generatedBy = generatedBy;

    doc.heading(cd::DashboardText::tr("Key figures"));
    ReportTable tiles;
    tiles.headers = { cd::DashboardText::tr("Measure"), cd::DashboardText::tr("This period"),
        cd::DashboardText::tr("Previous period"), cd::DashboardText::tr("Change"), cd::DashboardText::tr("Note") };
    tiles.numericColumns = { 1, 2 };
    for (const Tile& t : data.tiles) {
        Tile previous = t;
        previous.value = t.previous;
        previous.hasValue = t.hasPrevious;
        tiles.rows << QStringList { t.label(), t.valueText(),
            t.hasPrevious ? previous.valueText() : QStringLiteral("—"), t.trendText(), t.detailText() };
    }
    doc.table(tiles);
    doc.paragraph(cd::DashboardText::tr("Previous period: %1.").arg(periodText(data.period.previous(), language)));

    doc.heading(cd::DashboardText::tr("Needs attention"));
    ReportTable attention;
    attention.headers
        = { cd::DashboardText::tr("What"), cd::DashboardText::tr("How late"), cd::DashboardText::tr("Status") };
    attention.emptyText
        = cd::DashboardText::tr("Nothing is late or due: no overdue requests, incident reports, notifications, "
                                "reviews or submissions to delete.");
    for (const AttentionItem& a : data.attention) {
        attention.rows << QStringList { a.what(language), a.when(),
            a.late ? cd::DashboardText::tr("Late") : cd::DashboardText::tr("Due soon") };
    }
    doc.table(attention);
    doc.paragraph(
        cd::DashboardText::tr("As of %1. Requests count working days under the vault's calendar; submissions are kept "
                              "for %n month(s) after they are closed.",
            nullptr, data.retentionMonths)
            .arg(longDate(data.today, language)));

    // Charts start on a page of their own so none is cut by a page break.
    doc.pageBreak();
    doc.heading(cd::DashboardText::tr("Charts"));
    doc.chart({ QStringLiteral("submissions"), {}, DashboardCharts::submissions(data), 170, 65 });
    doc.chart({ QStringLiteral("requests"), {}, DashboardCharts::requests(data), 170, 75 });
    doc.chart({ QStringLiteral("iso"), {}, DashboardCharts::iso(data, language), 170, 70 });
    return doc;
}

Result<ReportDocument> buildOverviewReport(Vault& vault, const Period& period, const QString& language)
{
    auto data = DashboardService(vault).compute(period);
    if (!data) {
        return data.status();
    }
    return buildOverviewReport(data.value(), language, vault.actor().displayName);
}

} // namespace cd::dashboard
