#include "iso/IsoReports.h"
#include "util/TranslationContexts.h"

#include "export/TableExport.h"
#include "iso/IsoService.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include "util/Formatting.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace cd::iso {

namespace {

QLocale reportLocale(const QString& language)
{
    return isChinese(language) ? QLocale(QLocale::Chinese, QLocale::China)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString formatDate(const QDate& date, const QString& language)
{
    return date.isValid() ? fmt::date(date, language) : QString();
}

QString justificationText(const Control& c)
{
    if (!c.applicable) {
        return c.justification;
    }
    QStringList parts;
    for (InclusionReason r : c.reasons) {
        parts << reasonDisplayName(r);
    }
    QString text = parts.join(QStringLiteral("; "));
    if (!c.justification.isEmpty()) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" — ")) + c.justification;
    }
    return text;
}

QString evidenceText(const QList<EvidenceItem>& items)
{
    QStringList names;
    for (const EvidenceItem& e : items) {
        names << (e.kind == EvidenceItem::Kind::Link ? e.title + QStringLiteral(" <") + e.content + QLatin1Char('>')
                                                     : e.title);
    }
    return names.join(QStringLiteral("; "));
}

QList<QPair<QString, QString>> headerPairs(const SoaHeader& h, const QString& language)
{
    return {
        { cd::IsoText::tr("Standard"), QStringLiteral("ISO/IEC 27001:2022 (GB/T 22080-2025)") },
        { cd::IsoText::tr("Scope of the ISMS"), h.scope.isEmpty() ? cd::IsoText::tr("(not yet stated)") : h.scope },
        { cd::IsoText::tr("SoA version"), h.version.isEmpty() ? cd::IsoText::tr("(not yet stated)") : h.version },
        { cd::IsoText::tr("Approval"),
            h.approvedBy.isEmpty()
                ? cd::IsoText::tr("Not approved")
                : cd::IsoText::tr("Approved by %1 on %2").arg(h.approvedBy, formatDate(h.approvedOn, language)) },
        { cd::IsoText::tr("Control catalogue version"), QString::number(h.catalogueVersion) },
    };
}

} // namespace

ChartSpec IsoCharts::statusByTheme(const IsoOverview& overview, const QString& language)
{
    ChartSpec spec;
    spec.type = ChartSpec::Type::StackedBar;
    spec.title = cd::IsoText::tr("Implementation status by theme");
    spec.valueAxisTitle = cd::IsoText::tr("Controls");
    spec.noDataText = cd::IsoText::tr("No controls yet.");
    for (const ThemeProgress& p : overview.themes) {
        spec.categories << themeTitle(p.theme, language);
    }
    for (ImplementationStatus s : allStatuses()) {
        ChartSeries series;
        series.name = statusDisplayName(s);
        series.color = statusColor(s);
        for (const ThemeProgress& p : overview.themes) {
            series.values << p.count(s);
        }
        spec.series << series;
    }
    return spec;
}

ChartSpec IsoCharts::overallDonut(const IsoOverview& overview)
{
    ChartSpec spec;
    spec.type = ChartSpec::Type::Donut;
    spec.title = cd::IsoText::tr("Overall progress");
    spec.noDataText = cd::IsoText::tr("No controls yet.");
    // Slices in the order an auditor reads progress: done first.
    const QList<ImplementationStatus> order = { ImplementationStatus::Implemented, ImplementationStatus::Partial,
        ImplementationStatus::Planned, ImplementationStatus::NotStarted, ImplementationStatus::NotApplicable };
    ChartSeries slices;
    slices.name = cd::IsoText::tr("Controls");
    for (ImplementationStatus s : order) {
        spec.categories << statusDisplayName(s);
        spec.categoryColors << statusColor(s);
        slices.values << overview.total.count(s);
    }
    spec.series << slices;
    return spec;
}

ChartSpec IsoCharts::implementedOverTime(const QList<MonthCount>& months)
{
    ChartSpec spec;
    spec.type = ChartSpec::Type::Line;
    spec.title = cd::IsoText::tr("Implemented controls per month");
    spec.valueAxisTitle = cd::IsoText::tr("Controls");
    spec.noDataText = cd::IsoText::tr("No implementation recorded yet.");
    ChartSeries series;
    series.name = cd::IsoText::tr("Implemented");
    series.color = statusColor(ImplementationStatus::Implemented);
    const QLocale locale;
    for (const MonthCount& m : months) {
        spec.categories << m.month.toString(QStringLiteral("yyyy-MM"));
        series.values << m.implemented;
    }
    spec.series << series;
    return spec;
}

Result<SoaTable> IsoReports::soaTable(IsoService& service, const QString& language)
{
    auto list = service.controls();
    if (!list) {
        return list.status();
    }
    SoaTable t;
    t.headers = { cd::IsoText::tr("Control"), cd::IsoText::tr("Title"), cd::IsoText::tr("Theme"),
        cd::IsoText::tr("Applicable"), cd::IsoText::tr("Justification"), cd::IsoText::tr("Status"),
        cd::IsoText::tr("Evidence"), cd::IsoText::tr("Owner"), cd::IsoText::tr("Last review"),
        cd::IsoText::tr("Next review due") };
    for (const Control& c : list.value()) {
        auto evidence = service.evidence(c.controlId);
        if (!evidence) {
            return evidence.status();
        }
        t.rows.append({ c.controlId, c.title(language), themeTitle(c.theme, language),
            c.applicable ? cd::IsoText::tr("Yes") : cd::IsoText::tr("No"), justificationText(c),
            statusDisplayName(c.status), evidenceText(evidence.value()), c.owner, formatDate(c.lastReviewed, language),
            formatDate(c.nextReviewDue(), language) });
    }
    return t;
}

Result<ReportDocument> IsoReports::buildSoa(Vault& vault, const QString& language)
{
    IsoService service(vault);
    if (Status s = service.ensureCatalogue(); !s) {
        return s;
    }
    auto table = soaTable(service, language);
    if (!table) {
        return table.status();
    }
    const SoaHeader header = service.soaHeader();
    ReportDocument doc;
    doc.language = language;
    doc.landscape = true;
    doc.title = cd::IsoText::tr("Statement of Applicability");
    doc.scope = header.scope.isEmpty() ? QStringLiteral("ISO/IEC 27001:2022") : header.scope;
    doc.generatedAt = Clock::nowUtc();
    doc.generatedBy = vault.actor().displayName;
    doc.keyValues(headerPairs(header, language));

    auto overview = service.overview(Clock::today());
    if (overview) {
        const ThemeProgress& t = overview->total;
        doc.paragraph(
            cd::IsoText::tr("%1 controls: %2 applicable, %3 excluded; %4 implemented, %5 partially implemented, "
                            "%6 planned, %7 not started.")
                .arg(t.total)
                .arg(t.applicable)
                .arg(t.total - t.applicable)
                .arg(t.count(ImplementationStatus::Implemented))
                .arg(t.count(ImplementationStatus::Partial))
                .arg(t.count(ImplementationStatus::Planned))
                .arg(t.count(ImplementationStatus::NotStarted)));
    }
    // One table per theme keeps the headings with their rows and reads like the standard.
    ReportTable current;
    QString currentTheme;
    const auto flush = [&]() {
        if (!currentTheme.isEmpty()) {
            doc.heading(currentTheme);
            doc.table(current);
        }
    };
    for (const QStringList& row : table->rows) {
        if (row.at(2) != currentTheme) {
            flush();
            currentTheme = row.at(2);
            current = ReportTable();
            current.headers = { table->headers.at(0), table->headers.at(1), table->headers.at(3), table->headers.at(4),
                table->headers.at(5), table->headers.at(6), table->headers.at(7), table->headers.at(8) };
        }
        current.rows.append({ row.at(0), row.at(1), row.at(3), row.at(4), row.at(5), row.at(6), row.at(7), row.at(8) });
    }
    flush();
    return doc;
}

Result<ReportDocument> IsoReports::buildGapReport(Vault& vault, const QString& language)
{
    IsoService service(vault);
    if (Status s = service.ensureCatalogue(); !s) {
        return s;
    }
    const QDate today = Clock::today();
    auto overview = service.overview(today);
    if (!overview) {
        return overview.status();
    }
    auto months = service.implementedByMonth(today, 12);
    if (!months) {
        return months.status();
    }
    auto list = service.controls();
    if (!list) {
        return list.status();
    }
    const SoaHeader header = service.soaHeader();
    ReportDocument doc;
    doc.language = language;
    doc.landscape = true;
    doc.title = cd::IsoText::tr("ISO 27001 gap report");
    doc.scope = header.scope.isEmpty() ? QStringLiteral("ISO/IEC 27001:2022") : header.scope;
    doc.generatedAt = Clock::nowUtc();
    doc.generatedBy = vault.actor().displayName;
    doc.keyValues(headerPairs(header, language));

    doc.heading(cd::IsoText::tr("Progress"));
    ReportTable themes;
    themes.headers = { cd::IsoText::tr("Theme"), cd::IsoText::tr("Controls"), cd::IsoText::tr("Applicable"),
        cd::IsoText::tr("Implemented"), cd::IsoText::tr("Partially implemented"), cd::IsoText::tr("Planned"),
        cd::IsoText::tr("Not started"), cd::IsoText::tr("Implemented %"), cd::IsoText::tr("Overdue reviews") };
    themes.numericColumns = { 1, 2, 3, 4, 5, 6, 7, 8 };
    const QLocale locale = reportLocale(language);
    const auto themeRow = [&](const QString& name, const ThemeProgress& p) {
        return QStringList { name, locale.toString(p.total), locale.toString(p.applicable),
            locale.toString(p.count(ImplementationStatus::Implemented)),
            locale.toString(p.count(ImplementationStatus::Partial)),
            locale.toString(p.count(ImplementationStatus::Planned)),
            locale.toString(p.count(ImplementationStatus::NotStarted)), locale.toString(p.implementedPercent(), 'f', 0),
            locale.toString(p.overdueReviews) };
    };
    for (const ThemeProgress& p : overview->themes) {
        themes.rows << themeRow(themeTitle(p.theme, language), p);
    }
    themes.rows << themeRow(cd::IsoText::tr("All themes"), overview->total);
    doc.table(themes);
    // Charts start on a fresh page: a chart is never split across a page break.
    doc.pageBreak();
    doc.chart({ QStringLiteral("iso-by-theme"), cd::IsoText::tr("Implementation status by theme"),
        IsoCharts::statusByTheme(overview.value(), language), 240, 75 });
    doc.chart({ QStringLiteral("iso-donut"), cd::IsoText::tr("Overall progress"),
        IsoCharts::overallDonut(overview.value()), 160, 75 });
    doc.pageBreak();
    doc.chart({ QStringLiteral("iso-over-time"), cd::IsoText::tr("Implemented controls per month"),
        IsoCharts::implementedOverTime(months.value()), 240, 75 });

    doc.heading(cd::IsoText::tr("Applicable controls not yet implemented"));
    ReportTable gaps;
    gaps.headers = { cd::IsoText::tr("Control"), cd::IsoText::tr("Title"), cd::IsoText::tr("Status"),
        cd::IsoText::tr("Owner"), cd::IsoText::tr("Target date"), cd::IsoText::tr("Notes") };
    gaps.emptyText = cd::IsoText::tr("Every applicable control is implemented.");
    for (const Control& c : list.value()) {
        if (c.applicable && c.status != ImplementationStatus::Implemented) {
            gaps.rows << QStringList { c.controlId, c.title(language), statusDisplayName(c.status), c.owner,
                c.targetDate.isValid() && c.targetDate < today
                    ? cd::IsoText::tr("%1 (passed)").arg(formatDate(c.targetDate, language))
                    : formatDate(c.targetDate, language),
                c.notes.left(300) };
        }
    }
    doc.table(gaps);

    doc.heading(cd::IsoText::tr("Overdue reviews"));
    ReportTable overdue;
    overdue.headers = { cd::IsoText::tr("Control"), cd::IsoText::tr("Title"), cd::IsoText::tr("Owner"),
        cd::IsoText::tr("Last review"), cd::IsoText::tr("Review cycle (months)"), cd::IsoText::tr("Next review due") };
    overdue.numericColumns = { 4 };
    overdue.emptyText = cd::IsoText::tr("No review is overdue.");
    for (const Control& c : overview->overdueReviews) {
        overdue.rows << QStringList { c.controlId, c.title(language), c.owner, formatDate(c.lastReviewed, language),
            locale.toString(c.reviewMonths), formatDate(c.nextReviewDue(), language) };
    }
    doc.table(overdue);
    return doc;
}

Result<int> IsoReports::exportSoa(Vault& vault, const QString& path, const QString& language)
{
    IsoService service(vault);
    if (Status s = service.ensureCatalogue(); !s) {
        return s;
    }
    auto table = soaTable(service, language);
    if (!table) {
        return table.status();
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    Status written;
    if (suffix == QLatin1String("xlsx")) {
        written = TableExport::writeXlsx(path,
            isChinese(language) ? QStringLiteral("适用性声明") : QStringLiteral("SoA"), table->headers, table->rows);
    } else if (suffix == QLatin1String("csv")) {
        written = TableExport::writeCsv(path, table->headers, table->rows);
    } else {
        return Error { ErrorCode::InvalidInput, cd::IsoText::tr("Choose a file ending in .csv or .xlsx.") };
    }
    if (!written) {
        return written;
    }
    service.auditExport(suffix, int(table->rows.size()));
    return int(table->rows.size());
}

} // namespace cd::iso
