#pragma once

#include "iso/IsoTypes.h"
#include "util/Result.h"

namespace cd {
class Vault;
class Database;
} // namespace cd

namespace cd::iso {

// The ISO/IEC 27001:2022 checklist: loads the control catalogue into the vault, keeps each
// control's SoA decision, implementation, owner, evidence and review dates, and answers the
// questions the page, the reports and the Dashboard ask. Every change is checked here (role,
// required justification, consistent status) and audited in the same transaction, with field
// names and status keys only (never owners, notes or evidence text).
class IsoService
{
public:
    explicit IsoService(Vault& vault);

    // Loads the built-in catalogue into a vault that has no controls yet; otherwise nothing.
    // Reference data, so it runs for any signed-in role.
    Status ensureCatalogue();
    // Imports a newer catalogue: keeps every assessment by control id, adds new controls,
    // retires the ones that are gone (their assessment and evidence stay), updates titles.
    Result<CatalogueImportReport> importCatalogue(const Catalogue& catalogue);
    int catalogueVersion();

    Result<QList<Control>> controls(const ControlFilter& filter = {});
    Result<Control> control(const QString& controlId);
    QStringList owners(); // distinct non-empty owners, sorted

    Status update(const QString& controlId, const ControlChange& change);
    // Owner, status and review cycle for many controls at once, all or nothing.
    Result<int> bulkUpdate(const QStringList& controlIds, const ControlChange& change);
    Status markReviewed(const QString& controlId, const QDate& on);

    Result<QList<EvidenceItem>> evidence(const QString& controlId);
    Result<EvidenceItem> addTextEvidence(const QString& controlId, const QString& title, const QString& text);
    Result<EvidenceItem> addLinkEvidence(const QString& controlId, const QString& title, const QString& url);
    Result<EvidenceItem> addFileEvidence(const QString& controlId, const QString& filePath);
    Status removeEvidence(const QString& controlId, const EvidenceItem& item);

    // Dashboard and charts.
    Result<IsoOverview> overview(const QDate& today);
    // The same on a worker connection (the caller has checked the Read permission).
    static IsoOverview overview(Database& db, const QDate& today);
    // Implemented controls at the end of each month, reconstructed from the audit log.
    // Months run from `months - 1` months before `until`'s month to that month.
    Result<QList<MonthCount>> implementedByMonth(const QDate& until, int months = 12);

    SoaHeader soaHeader();
    Status setSoaHeader(const QString& scope, const QString& version);
    // Records the signed-in approver and today's date; needs the Approve permission.
    Status approveSoa();

    // Records that the SoA was exported or printed (format, rows).
    void auditExport(const QString& format, int rows);

private:
    Vault& m_vault;
};

} // namespace cd::iso
