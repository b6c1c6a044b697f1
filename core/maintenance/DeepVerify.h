#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cd {

class Vault;

// The checks a reviewer would otherwise run by hand on a plaintext copy of the vault, on top of
// Vault::verify(): the search index, the stored number of submissions, the links between records
// and the erasure ledger.
// Findings name tables, ids and counts only, never a stored value (or an index gram, which is
// made of stored text).
namespace DeepVerify {

struct Finding {
    QString check; // integrity, audit_chain, audit_anchor, index_orphan, index_unexplained, index_missing,
                   // index_count, row_count, link_missing, foreign_key, ledger_live_match
    QString detail;
};

struct Report {
    bool integrityOk = false;
    QString integrityMessage;
    bool auditOk = false;
    qint64 auditEntries = 0;
    QString auditProblem;
    bool anchorChecked = false; // an external anchor check is installed and ran
    qint64 rows = 0; // contact submissions checked against the index
    qint64 postings = 0; // (gram, id) postings checked
    qint64 links = 0;
    int ledgerEntries = 0;
    QStringList checks; // the checks that ran, in order
    QList<Finding> findings;
    bool ok() const { return findings.isEmpty(); }
};

// Runs every check (needs Read) and records one audit entry with the counts.
Result<Report> run(Vault& vault);

// Hook for the check of the audit log against its copy kept outside the vault (anchor). When
// set, run() calls it after the chain check and adds its findings under "audit_anchor".
using AnchorCheck = std::function<QList<Finding>(Vault&)>;
void setAnchorCheck(AnchorCheck check);

} // namespace DeepVerify
} // namespace cd
