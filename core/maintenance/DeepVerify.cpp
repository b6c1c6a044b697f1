#include "DeepVerify.h"

#include "audit/AuditLog.h"
#include "storage/Statement.h"
#include "submissions/ErasureLedger.h"
#include "submissions/SearchIndex.h"
#include "submissions/SubmissionCount.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <mutex>
#include <set>
#include <unordered_map>
#include <vector>

namespace cd::DeepVerify {

namespace {

constexpr int blockBits = 16; // as SearchIndex stores postings
constexpr int maxFindingsPerCheck = 50;

std::mutex g_anchorMutex;
AnchorCheck g_anchor;

struct VerifyText {
    Q_DECLARE_TR_FUNCTIONS(cd::DeepVerify)
};

struct Collector {
    Report& report;
    QHash<QString, int> perCheck;
    void add(const QString& check, const QString& detail)
    {
        int& n = perCheck[check];
        ++n;
        if (n <= maxFindingsPerCheck) {
            report.findings.append({ check, detail });
        } else if (n == maxFindingsPerCheck + 1) {
            report.findings.append({ check, VerifyText::tr("More findings of this kind are not listed.") });
        }
    }
};

void checkIndex(Database& db, Report& report, Collector& out)
{
    // Block by block: the rows of one block and their grams, then that block's posting lists.
    std::vector<qint64> blocks;
    {
        Statement s(db,
            "SELECT DISTINCT block FROM submission_grams UNION SELECT DISTINCT id >> 16 FROM submissions ORDER BY 1");
        while (s.next()) {
            blocks.push_back(s.int64(0));
        }
    }
    Statement rows(db,
        "SELECT id, name, phone_norm, email_norm, message, region FROM submissions WHERE id >= ? AND id < ? ORDER BY "
        "id");
    Statement lists(db, "SELECT gram, docs, ids FROM submission_grams WHERE block = ?");
    std::vector<quint32> list;
    for (qint64 block : blocks) {
        std::unordered_map<quint32, std::vector<submissions::SearchIndex::Gram>> grams;
        std::unordered_map<quint32, qint64> explained;
        rows.bind(1, block << blockBits).bind(2, (block + 1) << blockBits);
        while (rows.next()) {
            const quint32 id = quint32(rows.int64(0));
            grams.emplace(id,
                submissions::SearchIndex::gramsOf(
                    { rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5) }));
            ++report.rows;
        }
        rows.reset();
        std::set<qint64> orphans;
        std::set<qint64> unexplained;
        lists.bind(1, block);
        while (lists.next()) {
            const qint64 gram = lists.int64(0);
            list.clear();
            const bool wellFormed = submissions::SearchIndex::decodePosting(lists.blob(2), block, list);
            if (!wellFormed || lists.int64(1) != qint64(list.size())) {
                out.add(QStringLiteral("index_count"),
                    VerifyText::tr("A posting list of block %1 gives a count that does not match its ids.").arg(block));
            }
            for (const quint32 id : list) {
                ++report.postings;
                const auto row = grams.find(id);
                if (row == grams.end()) {
                    orphans.insert(id);
                    continue;
                }
                if (!std::binary_search(row->second.begin(), row->second.end(), gram)) {
                    unexplained.insert(id);
                    continue;
                }
                ++explained[id];
            }
        }
        lists.reset();
        for (qint64 id : orphans) {
            out.add(QStringLiteral("index_orphan"),
                VerifyText::tr("The search index refers to contact submission %1, which does not exist.").arg(id));
        }
        for (qint64 id : unexplained) {
            out.add(QStringLiteral("index_unexplained"),
                VerifyText::tr(
                    "The search index holds entries for contact submission %1 that its current text does not "
                    "explain.")
                    .arg(id));
        }
        for (const auto& [id, g] : grams) {
            const auto it = explained.find(id);
            if (qint64(g.size()) != (it == explained.end() ? 0 : it->second)) {
                out.add(QStringLiteral("index_missing"),
                    VerifyText::tr("Contact submission %1 is missing from the search index.").arg(id));
            }
        }
    }
}

// The stored number of submissions that the unfiltered list shows must be the rows there are: a
// writer that forgot to add its change (or a plain SQL change) shows up here.
void checkRowCount(Database& db, Collector& out)
{
    const qint64 stored = submissions::SubmissionCount::stored(db);
    const qint64 counted = submissions::SubmissionCount::counted(db);
    if (stored != counted) {
        out.add(QStringLiteral("row_count"),
            VerifyText::tr("The stored number of contact submissions is %1, but there are %2.")
                .arg(stored)
                .arg(counted));
    }
}

// The counts per 15-minute slot that the dashboard reads must be what the rows say, for the same
// reason.
void checkSlotCounts(Database& db, Collector& out)
{
    if (const qint64 off = submissions::SubmissionCount::slotsOff(db); off > 0) {
        out.add(QStringLiteral("slot_counts"),
            VerifyText::tr("The dashboard's stored counts of contact submissions differ from the submissions in %n "
                           "quarter-hour period(s).",
                nullptr, int(qMin<qint64>(off, std::numeric_limits<int>::max()))));
    }
}

void checkLinks(Database& db, Report& report, Collector& out)
{
    struct Rule {
        const char* sql; // rows: a description of the link and the missing id
        const char* what;
    };
    // Each query lists links whose target (or owner) row does not exist.
    static const Rule rules[] = {
        { "SELECT l.request_id, l.target_type, l.target_id FROM request_links l WHERE "
          "(l.target_type = 'submission' AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.id = l.target_id)) OR "
          "(l.target_type = 'request' AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = l.target_id)) OR "
          "NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = l.request_id)",
            "request_links" },
        { "SELECT l.request_id, l.target_type, l.target_id FROM request_dismissed_matches l WHERE "
          "(l.target_type = 'submission' AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.id = l.target_id)) OR "
          "(l.target_type = 'request' AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = l.target_id))",
            "request_dismissed_matches" },
        { "SELECT l.owner_type || ' ' || l.owner_id, l.target_type, l.target_id FROM register_links l WHERE "
          "(l.target_type = 'submission' AND NOT EXISTS (SELECT 1 FROM submissions x WHERE x.id = l.target_id)) OR "
          "(l.target_type = 'request' AND NOT EXISTS (SELECT 1 FROM requests x WHERE x.id = l.target_id)) OR "
          "(l.target_type = 'disclosure' AND NOT EXISTS (SELECT 1 FROM disclosures x WHERE x.id = l.target_id)) OR "
          "(l.target_type = 'incident' AND NOT EXISTS (SELECT 1 FROM incidents x WHERE x.id = l.target_id)) OR "
          "(l.owner_type = 'disclosure' AND NOT EXISTS (SELECT 1 FROM disclosures x WHERE x.id = l.owner_id)) OR "
          "(l.owner_type = 'incident' AND NOT EXISTS (SELECT 1 FROM incidents x WHERE x.id = l.owner_id))",
            "register_links" },
        { "SELECT a.id, a.owner_type, a.owner_id FROM attachments a WHERE "
          "(a.owner_type = 'submission' AND NOT EXISTS (SELECT 1 FROM submissions x WHERE x.id = a.owner_id)) OR "
          "(a.owner_type = 'request' AND NOT EXISTS (SELECT 1 FROM requests x WHERE x.id = a.owner_id)) OR "
          "(a.owner_type = 'disclosure' AND NOT EXISTS (SELECT 1 FROM disclosures x WHERE x.id = a.owner_id)) OR "
          "(a.owner_type = 'incident' AND NOT EXISTS (SELECT 1 FROM incidents x WHERE x.id = a.owner_id))",
            "attachments" },
    };
    for (const Rule& rule : rules) {
        Statement s(db, rule.sql);
        while (s.next()) {
            out.add(QStringLiteral("link_missing"),
                VerifyText::tr("%1: %2 points at %3 %4, which does not exist.")
                    .arg(QString::fromLatin1(rule.what), s.text(0), s.text(1), s.text(2)));
        }
    }
    for (const char* table : { "request_links", "register_links", "request_dismissed_matches" }) {
        Statement c(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        c.next();
        report.links += c.int64(0);
    }
    Statement fk(db, "PRAGMA foreign_key_check");
    while (fk.next()) {
        out.add(QStringLiteral("foreign_key"),
            VerifyText::tr("%1 row %2 refers to a missing row of %3.").arg(fk.text(0), fk.text(1), fk.text(2)));
    }
}

} // namespace

void setAnchorCheck(AnchorCheck check)
{
    std::lock_guard<std::mutex> lock(g_anchorMutex);
    g_anchor = std::move(check);
}

Result<Report> run(Vault& vault)
{
    if (Status s = vault.require(Permission::Read); !s) {
        return s;
    }
    Report report;
    Collector out { report, {} };
    auto basic = vault.verify();
    if (!basic) {
        return basic.error();
    }
    report.checks << QStringLiteral("integrity") << QStringLiteral("audit_chain");
    report.integrityOk = basic->integrityOk;
    report.integrityMessage = basic->integrityMessage;
    report.auditOk = basic->auditOk;
    report.auditEntries = basic->auditEntries;
    report.auditProblem = basic->auditProblem;
    if (!basic->integrityOk) {
        out.add(QStringLiteral("integrity"), basic->integrityMessage);
    }
    if (!basic->auditOk) {
        out.add(QStringLiteral("audit_chain"),
            VerifyText::tr("The audit log is broken at entry %1: %2")
                .arg(basic->auditFirstBad)
                .arg(basic->auditProblem));
    }
    AnchorCheck anchor;
    {
        std::lock_guard<std::mutex> lock(g_anchorMutex);
        anchor = g_anchor;
    }
    if (vault.lastAnchorCheck().remembered.isValid()) {
        // What this computer last saw of the log (kept outside the vault) against the log now.
        report.checks << QStringLiteral("audit_anchor");
        report.anchorChecked = true;
        if (!basic->anchor.ok()) {
            out.add(QStringLiteral("audit_anchor"), basic->anchor.message());
        }
    }
    if (anchor) {
        report.checks << QStringLiteral("audit_anchor");
        report.anchorChecked = true;
        for (const Finding& f : anchor(vault)) {
            out.add(QStringLiteral("audit_anchor"), f.detail);
        }
    }
    try {
        Database& db = vault.db();
        // One read transaction: every check sees the same snapshot.
        db.exec("BEGIN");
        struct EndRead {
            Database& db;
            ~EndRead()
            {
                try {
                    db.exec("COMMIT");
                } catch (const DbException&) {
                }
            }
        } end { db };
        report.checks << QStringLiteral("search_index");
        checkIndex(db, report, out);
        report.checks << QStringLiteral("row_count");
        checkRowCount(db, out);
        report.checks << QStringLiteral("slot_counts");
        checkSlotCounts(db, out);
        report.checks << QStringLiteral("links");
        checkLinks(db, report, out);
        report.checks << QStringLiteral("erasure_ledger");
        report.ledgerEntries = ErasureLedger::Matcher::load(db).entries();
        for (const auto& [table, id] : ErasureLedger::liveMatches(db)) {
            out.add(QStringLiteral("ledger_live_match"),
                VerifyText::tr("%1 row %2 belongs to a person who was erased (erasure ledger).").arg(table).arg(id));
        }
    } catch (const DbException& e) {
        return e.error();
    }
    vault.write(Permission::Read, [&](WriteTx& tx) {
        tx.audit({ QStringLiteral("vault.verify_deep"), QStringLiteral("vault"), QString(), {},
            QStringLiteral("findings=%1 rows=%2 postings=%3 links=%4 ledger=%5")
                .arg(report.findings.size())
                .arg(report.rows)
                .arg(report.postings)
                .arg(report.links)
                .arg(report.ledgerEntries) });
    });
    return report;
}

} // namespace cd::DeepVerify
