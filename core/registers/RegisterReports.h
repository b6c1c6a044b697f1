#pragma once

#include "export/TableExport.h"
#include "registers/RegisterTypes.h"
#include "report/ReportDocument.h"
#include "util/Languages.h"
#include "util/Result.h"

#include <QMap>

namespace cd {
class Database;
class Vault;
} // namespace cd

namespace cd::registers {

// Counts shown in the register reports and appended under the exported tables.
struct DisclosureCounts {
    int events = 0;
    qint64 people = 0;
    QMap<DisclosureKind, int> byKind;
    QMap<LegalBasis, int> byBasis;
};
DisclosureCounts countDisclosures(const QList<Disclosure>& list);

struct IncidentCounts {
    int incidents = 0;
    qint64 people = 0;
    QMap<Severity, int> bySeverity;
    QMap<IncidentStatus, int> byStatus;
    int regulatorReportsLate = 0; // overdue or reported late
};
IncidentCounts countIncidents(const QList<Incident>& list, const RegulatorRule& rule, const QDateTime& nowUtc);

// The category names of `keys` in a language, from the managed list.
QString categoryNames(const QStringList& keys, const QList<DataCategory>& categories, const QString& language);

// Everything the report builders need besides the records.
struct ReportContext {
    QString language = Languages::english(); // "zh_CN" or "en"
    QString generatedBy;
    QList<DataCategory> categories;
    RegulatorRule rule;
    QDateTime nowUtc;
};
ReportContext reportContext(Vault& vault, const QString& language);

// A period as staff read it, e.g. "2026-01-01 – 2026-03-31" (open ends say so).
QString periodText(const QDate& from, const QDate& to);

ReportDocument buildDisclosureRegister(
    const QList<Disclosure>& list, const QDate& from, const QDate& to, const ReportContext& ctx);
ReportDocument buildIncidentRegister(
    const QList<Incident>& list, const QDate& from, const QDate& to, const ReportContext& ctx);
// One incident with every field, its clocks, notifications and the full timeline.
ReportDocument buildIncidentReport(const Incident& incident, const ReportContext& ctx);

// One dated step of an incident's history.
struct TimelineEntry {
    QDateTime at;
    QString what;
};
QList<TimelineEntry> incidentTimeline(const Incident& incident, const RegulatorRule& rule);

// The notice to the people affected and the public announcement, in zh_CN or en, always with
// the four elements of policy 二.3.2 / PIPL art. 57 and the contact line. Their wording is fixed
// per language (not the UI language), because the notice goes out in the language chosen for it.
ReportDocument buildNotificationLetter(const Incident& incident, const ReportContext& ctx);
ReportDocument buildPublicAnnouncement(const Incident& incident, const ReportContext& ctx);
// The contact sentence of the letters, in their language.
QString letterContactLine(const QString& language);

// Tables for CSV/XLSX. `withCounts` appends the counts under the rows (register reports).
struct ExportTable {
    QStringList headers;
    QList<QStringList> rows;
    QList<int> numericColumns;
};
ExportTable disclosureTable(const QList<Disclosure>& list, const ReportContext& ctx, bool withCounts);
ExportTable incidentTable(const QList<Incident>& list, const ReportContext& ctx, bool withCounts);

// Writes a register for a period to PDF-free formats ("csv" or "xlsx"); audited with the filter
// and the row count. The disclosure register names recipients and their contacts, so it needs
// the export permission.
Status exportDisclosureRegister(
    Vault& vault, const DisclosureFilter& filter, const QString& path, const QString& format, const QString& language);
Status exportIncidentRegister(
    Vault& vault, const IncidentFilter& filter, const QString& path, const QString& format, const QString& language);

// The same exports on a worker thread: the reads and the audit entry go through `connection`
// (a connection of its own, Vault::openConnection()), `context` is made beforehand on the
// vault's thread (reportContext()), and `write` may cancel between rows and hears rows written.
// The file is written under a temporary name; a cancel or an error leaves no file and no entry.
struct RegisterExport {
    Database* connection = nullptr;
    ReportContext context;
    TableExport::WriteControl write;
};
Status exportDisclosureRegister(Vault& vault, const DisclosureFilter& filter, const QString& path,
    const QString& format, const RegisterExport& how);
Status exportIncidentRegister(
    Vault& vault, const IncidentFilter& filter, const QString& path, const QString& format, const RegisterExport& how);

} // namespace cd::registers
