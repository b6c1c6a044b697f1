#include "EvidenceReviews.h"

#include "ComplianceAudits.h"
#include "audit/AuditLog.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "util/EnumTable.h"
#include "vault/Vault.h"

namespace cd::audits {

const EnumEntry<EvidenceTarget> kTargetRows[] = {
    { EvidenceTarget::Control, "control", QT_TRANSLATE_NOOP("cd::Audits", "ISO control evidence") },
    { EvidenceTarget::Pia, "pia", QT_TRANSLATE_NOOP("cd::Audits", "Impact assessment") },
    { EvidenceTarget::Processor, "processor", QT_TRANSLATE_NOOP("cd::Audits", "Processor record") },
};
const EnumTable<EvidenceTarget> kTargetTable { "cd::Audits", kTargetRows };

QString targetKey(EvidenceTarget t)
{
    return kTargetTable.keyOf(t);
}

bool targetFromKey(const QString& key, EvidenceTarget* out)
{
    return kTargetTable.fromKey(key, out);
}

QString targetName(EvidenceTarget t)
{
    return kTargetTable.displayName(t);
}

EvidenceReview::State EvidenceReview::state(const QDate& today) const
{
    if (!expiresOn.isValid()) {
        return State::NoDate;
    }
    const qint64 left = today.daysTo(expiresOn);
    if (left < 0) {
        return State::Expired;
    }
    return left <= evidenceReminderDays ? State::DueSoon : State::Current;
}

const EnumEntry<EvidenceReview::State> kReviewStateRows[] = {
    { EvidenceReview::State::NoDate, "no_date", QT_TRANSLATE_NOOP("cd::Audits", "No expiry date") },
    { EvidenceReview::State::Current, "current", QT_TRANSLATE_NOOP("cd::Audits", "Current") },
    { EvidenceReview::State::DueSoon, "due_soon", QT_TRANSLATE_NOOP("cd::Audits", "Expires within 30 days") },
    { EvidenceReview::State::Expired, "expired", QT_TRANSLATE_NOOP("cd::Audits", "Expired") },
};
const EnumTable<EvidenceReview::State> kReviewStateTable { "cd::Audits", kReviewStateRows };

QString reviewStateKey(EvidenceReview::State s)
{
    return kReviewStateTable.keyOf(s);
}

QString reviewStateName(EvidenceReview::State s)
{
    return kReviewStateTable.displayName(s);
}

EvidenceReviewService::EvidenceReviewService(Vault& vault)
    : m_vault(vault)
{
}

QList<EvidenceReview> EvidenceReviewService::reviews(Database& db)
{
    // Joined with the records, so the rows of a removed PIA or processor are never listed.
    Statement s(db,
        "SELECT * FROM (SELECT 'control' AS kind, e.entity_id AS id, c.control_id || ' ' || c.title_en AS subject, "
        "c.control_id || ' ' || c.title_zh AS subject_zh, e.owner AS owner, e.expires_on AS expires_on "
        "FROM evidence_reviews e JOIN iso_controls c ON c.id = e.entity_id "
        "WHERE e.entity_type = 'control' "
        "UNION ALL SELECT 'pia', e.entity_id, a.name || ' (' || p.assessed_on || ')', '', e.owner, e.expires_on "
        "FROM evidence_reviews e JOIN pias p ON p.id = e.entity_id "
        "JOIN processing_activities a ON a.id = p.activity_id WHERE e.entity_type = 'pia' "
        "UNION ALL SELECT 'processor', e.entity_id, r.name, '', e.owner, e.expires_on "
        "FROM evidence_reviews e JOIN processors r ON r.id = e.entity_id WHERE e.entity_type = 'processor' "
        ") ORDER BY expires_on IS NULL, expires_on, kind, id");
    QList<EvidenceReview> list;
    while (s.next()) {
        EvidenceReview r;
        targetFromKey(s.text(0), &r.target);
        r.entityId = s.int64(1);
        r.subject = s.text(2);
        r.subjectZh = s.text(3);
        r.owner = s.text(4);
        r.expiresOn = s.date(5);
        list << r;
    }
    return list;
}

QList<EvidenceReview> EvidenceReviewService::reminders(Database& db, const QDate& today)
{
    QList<EvidenceReview> due;
    for (const EvidenceReview& r : reviews(db)) {
        const auto st = r.state(today);
        if (st == EvidenceReview::State::Expired || st == EvidenceReview::State::DueSoon) {
            due << r;
        }
    }
    return due;
}

EvidenceCounts EvidenceReviewService::counts(Database& db, const QDate& today)
{
    EvidenceCounts c;
    for (const EvidenceReview& r : reminders(db, today)) {
        (r.state(today) == EvidenceReview::State::Expired ? c.expired : c.dueSoon) += 1;
    }
    return c;
}

Result<QList<EvidenceReview>> EvidenceReviewService::list()
{
    return m_vault.readResult(
        Permission::Read, [&](ReadTx& tx) -> Result<QList<EvidenceReview>> { return reviews(tx.db()); });
}

Result<EvidenceReview> EvidenceReviewService::set(
    EvidenceTarget target, const QString& record, const QString& owner, const QDate& expiresOn)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    const QString who = owner.simplified();
    if (who.size() > 200) {
        return Error { ErrorCode::InvalidInput, cd::AuditsText::tr("The owner is at most 200 characters.") };
    }
    if (!who.isEmpty() && !expiresOn.isValid()) {
        return Error { ErrorCode::InvalidInput,
            cd::AuditsText::tr("Enter the date the evidence expires or is next reviewed.") };
    }
    qint64 id = 0;
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        if (target == EvidenceTarget::Control) {
            Statement c(db, "SELECT id FROM iso_controls WHERE control_id = ?");
            c.bind(1, record.trimmed());
            if (!c.next()) {
                throw DbException(ErrorCode::NotFound,
                    cd::AuditsText::tr("There is no ISO control %1.").arg(record.trimmed().left(20)));
            }
            id = c.int64(0);
        } else {
            bool ok = false;
            id = record.trimmed().toLongLong(&ok);
            Statement c(db,
                target == EvidenceTarget::Pia ? "SELECT count(*) FROM pias WHERE id = ?"
                                              : "SELECT count(*) FROM processors WHERE id = ?");
            c.bind(1, id);
            if (!ok || id <= 0 || !c.next() || c.int64(0) == 0) {
                throw DbException(ErrorCode::NotFound,
                    target == EvidenceTarget::Pia
                        ? cd::AuditsText::tr("There is no impact assessment %1.").arg(record.trimmed().left(20))
                        : cd::AuditsText::tr("There is no processor %1.").arg(record.trimmed().left(20)));
            }
        }
        if (who.isEmpty() && !expiresOn.isValid()) {
            Statement del(db, "DELETE FROM evidence_reviews WHERE entity_type = ? AND entity_id = ?");
            del.bind(1, targetKey(target)).bind(2, id).exec();
        } else {
            Statement up(db,
                "INSERT OR REPLACE INTO evidence_reviews (entity_type, entity_id, owner, expires_on, updated_at) "
                "VALUES (?, ?, ?, ?, ?)");
            up.bind(1, targetKey(target)).bind(2, id).bindText(3, who).bind(4, expiresOn).bind(5, Clock::nowUtc());
            up.exec();
        }
        tx.audit({ QStringLiteral("evidence_review.set"), targetKey(target), QString::number(id),
            { QStringLiteral("owner"), QStringLiteral("expires_on") },
            who.isEmpty() && !expiresOn.isValid() ? QStringLiteral("cleared") : QString() });
    });
    if (!s) {
        return s;
    }
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) {
        for (const EvidenceReview& r : reviews(tx.db())) {
            if (r.target == target && r.entityId == id) {
                return r;
            }
        }
        EvidenceReview cleared;
        cleared.target = target;
        cleared.entityId = id;
        return cleared;
    });
}

} // namespace cd::audits
