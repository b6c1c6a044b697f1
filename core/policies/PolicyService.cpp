#include "policies/PolicyService.h"
#include "settings/VaultSettings.h"
#include "util/TranslationContexts.h"

#include "audit/AuditLog.h"
#include "policies/PolicyContents.h"
#include "policies/PolicyText.h"
#include "policies/PolicyWorkflow.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "util/EnumTable.h"
#include "util/Formatting.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace cd {

namespace {

[[noreturn]] void refuse(ErrorCode code, const QString& message)
{
    throw DbException(code, message);
}

const char* const versionColumns
    = "SELECT v.id, v.document_id, d.name, v.label, v.text_zh, v.text_en, v.change_summary, v.updated_on, "
      "v.effective_on, v.status, v.author_id, COALESCE(au.display_name, ''), v.approver_id, "
      "COALESCE(ap.display_name, ''), v.approved_at, v.published_at, v.content_hash, v.material_change, "
      "v.based_on_id, v.created_at, v.updated_at "
      "FROM policy_versions v JOIN policy_documents d ON d.id = v.document_id "
      "LEFT JOIN accounts au ON au.id = v.author_id LEFT JOIN accounts ap ON ap.id = v.approver_id ";

PolicyVersion readVersion(const Statement& s)
{
    PolicyVersion v;
    v.id = s.int64(0);
    v.documentId = s.int64(1);
    v.documentName = s.text(2);
    v.label = s.text(3);
    v.textZh = s.text(4);
    v.textEn = s.text(5);
    v.changeSummary = s.text(6);
    v.updatedOn = s.date(7);
    v.effectiveOn = s.date(8);
    policyStatusFromKey(s.text(9), &v.status);
    v.authorId = s.isNull(10) ? 0 : s.int64(10);
    v.authorName = s.text(11);
    v.approverId = s.isNull(12) ? 0 : s.int64(12);
    v.approverName = s.text(13);
    v.approvedAt = s.dateTime(14);
    v.publishedAt = s.dateTime(15);
    v.contentHash = s.text(16);
    v.materialChange = s.boolean(17);
    v.basedOnId = s.isNull(18) ? 0 : s.int64(18);
    v.createdAt = s.dateTime(19);
    v.updatedAt = s.dateTime(20);
    return v;
}

QString channelsKey(int channels)
{
    QStringList keys;
    if (channels & ChannelEmail) {
        keys << QStringLiteral("email");
    }
    if (channels & ChannelInSite) {
        keys << QStringLiteral("in_site");
    }
    if (channels & ChannelOther) {
        keys << QStringLiteral("other");
    }
    return keys.join(QLatin1Char(','));
}

int channelsFromKey(const QString& key)
{
    int channels = 0;
    for (const QString& part : key.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("email")) {
            channels |= ChannelEmail;
        } else if (part == QLatin1String("in_site")) {
            channels |= ChannelInSite;
        } else if (part == QLatin1String("other")) {
            channels |= ChannelOther;
        }
    }
    return channels;
}

QStringList changedFields(const PolicyVersion& before, const PolicyVersionInput& after)
{
    QStringList fields;
    if (before.label != after.label) {
        fields << QStringLiteral("label");
    }
    if (before.textZh != after.textZh) {
        fields << QStringLiteral("text_zh");
    }
    if (before.textEn != after.textEn) {
        fields << QStringLiteral("text_en");
    }
    if (before.changeSummary != after.changeSummary) {
        fields << QStringLiteral("change_summary");
    }
    if (before.updatedOn != after.updatedOn) {
        fields << QStringLiteral("updated_on");
    }
    if (before.effectiveOn != after.effectiveOn) {
        fields << QStringLiteral("effective_on");
    }
    if (before.materialChange != after.materialChange) {
        fields << QStringLiteral("material_change");
    }
    return fields;
}

} // namespace

const EnumEntry<PolicyStatus> kPolicyStatusRows[] = {
    { PolicyStatus::Draft, "draft", QT_TRANSLATE_NOOP("cd::Policies", "Draft") },
    { PolicyStatus::InReview, "in_review", QT_TRANSLATE_NOOP("cd::Policies", "In review") },
    { PolicyStatus::Approved, "approved", QT_TRANSLATE_NOOP("cd::Policies", "Approved") },
    { PolicyStatus::Published, "published", QT_TRANSLATE_NOOP("cd::Policies", "Published") },
    { PolicyStatus::Superseded, "superseded", QT_TRANSLATE_NOOP("cd::Policies", "Superseded") },
};
const EnumTable<PolicyStatus> kPolicyStatusTable { "cd::Policies", kPolicyStatusRows };

QString policyStatusKey(PolicyStatus status)
{
    return kPolicyStatusTable.keyOf(status);
}

bool policyStatusFromKey(const QString& key, PolicyStatus* out)
{
    return kPolicyStatusTable.fromKey(key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')), out);
}

QString policyStatusDisplayName(PolicyStatus status)
{
    return kPolicyStatusTable.displayName(status);
}

QString notificationChannelsText(int channels, const QString& other)
{
    QStringList parts;
    if (channels & ChannelEmail) {
        parts << cd::PoliciesText::tr("Email");
    }
    if (channels & ChannelInSite) {
        parts << cd::PoliciesText::tr("In-site message");
    }
    if (channels & ChannelOther) {
        parts << (other.trimmed().isEmpty() ? cd::PoliciesText::tr("Other") : other.trimmed());
    }
    return parts.join(QCoreApplication::translate("cd::Policies", ", "));
}

PolicyService::PolicyService(Vault& vault)
    : m_vault(vault)
{
}

bool PolicyService::approverMustDifferFromAuthor()
{
    return VaultSettings::get<bool>(m_vault, Setting::SeparateApprover);
}

Status PolicyService::setApproverMustDifferFromAuthor(bool on)
{
    return VaultSettings::set(m_vault, Setting::SeparateApprover, on);
}

int PolicyService::noticeLeadDays()
{
    return VaultSettings::get<int>(m_vault, Setting::NoticeLeadDays);
}

Status PolicyService::setNoticeLeadDays(int days)
{
    return VaultSettings::set(m_vault, Setting::NoticeLeadDays, days);
}

Result<QList<PolicyDocument>> PolicyService::documents()
{
    QList<PolicyDocument> out;
    const Status s = m_vault.read(Permission::Read, [&](ReadTx& tx) {
        Database& db = tx.db();
        Statement q(db,
            "SELECT d.id, d.name, (SELECT COUNT(*) FROM policy_versions v WHERE v.document_id = d.id), "
            "COALESCE((SELECT v.label FROM policy_versions v WHERE v.document_id = d.id "
            "AND v.status = 'published'), '') FROM policy_documents d ORDER BY d.id");
        while (q.next()) {
            out.append({ q.int64(0), q.text(1), q.integer(2), q.text(3) });
        }
    });
    if (!s) {
        return s;
    }
    return out;
}

Result<PolicyDocument> PolicyService::createDocument(const QString& name)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("Give the document a name of at most 200 characters.") };
    }
    PolicyDocument doc;
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement exists(db, "SELECT COUNT(*) FROM policy_documents WHERE name = ?");
        exists.bind(1, trimmed);
        if (exists.next() && exists.integer(0) > 0) {
            refuse(ErrorCode::Conflict, cd::PoliciesText::tr("A document named %1 already exists.").arg(trimmed));
        }
        Statement insert(db, "INSERT INTO policy_documents (name, created_at) VALUES (?, ?)");
        insert.bind(1, trimmed).bind(2, Clock::nowUtc()).exec();
        doc.id = db.lastInsertId();
        doc.name = trimmed;
        tx.audit({ QStringLiteral("policy.document.create"), QStringLiteral("policy_document"), QString::number(doc.id),
            { QStringLiteral("name") }, {} });
    });
    if (!s) {
        return s;
    }
    return doc;
}

Result<PolicyDocument> PolicyService::documentByName(const QString& name)
{
    auto all = documents();
    if (!all) {
        return all.error();
    }
    for (const PolicyDocument& doc : all.value()) {
        if (doc.name == name.trimmed()) {
            return doc;
        }
    }
    return Error { ErrorCode::NotFound,
        cd::PoliciesText::tr("There is no policy document named %1.").arg(name.trimmed()) };
}

Status PolicyService::renameDocument(qint64 documentId, const QString& name)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("Give the document a name of at most 200 characters.") };
    }
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement u(db, "UPDATE policy_documents SET name = ? WHERE id = ?");
        u.bind(1, trimmed).bind(2, documentId).exec();
        if (db.changes() == 0) {
            refuse(ErrorCode::NotFound, cd::PoliciesText::tr("The policy document no longer exists."));
        }
        tx.audit({ QStringLiteral("policy.document.rename"), QStringLiteral("policy_document"),
            QString::number(documentId), { QStringLiteral("name") }, {} });
    });
}

PolicyVersion PolicyService::loadVersion(Database& db, qint64 versionId)
{
    Statement q(db, QString::fromLatin1(versionColumns) + QStringLiteral("WHERE v.id = ?"));
    q.bind(1, versionId);
    if (!q.next()) {
        refuse(ErrorCode::NotFound, cd::PoliciesText::tr("The policy version no longer exists."));
    }
    return readVersion(q);
}

NotificationPlan PolicyService::loadPlan(Database& db, qint64 versionId)
{
    NotificationPlan plan;
    Statement q(db,
        "SELECT p.version_id, p.channels, p.other_channel, p.planned_on, p.notice_zh, p.notice_en, "
        "p.sent_on, p.sent_by, COALESCE(a.display_name, '') FROM policy_notification_plans p "
        "LEFT JOIN accounts a ON a.id = p.sent_by WHERE p.version_id = ?");
    q.bind(1, versionId);
    if (q.next()) {
        plan.versionId = q.int64(0);
        plan.channels = channelsFromKey(q.text(1));
        plan.otherChannel = q.text(2);
        plan.plannedOn = q.date(3);
        plan.noticeZh = q.text(4);
        plan.noticeEn = q.text(5);
        plan.sentOn = q.date(6);
        plan.sentById = q.isNull(7) ? 0 : q.int64(7);
        plan.sentByName = q.text(8);
    }
    return plan;
}

Result<QList<PolicyVersion>> PolicyService::versions(qint64 documentId)
{
    QList<PolicyVersion> out;
    const Status s = m_vault.read(Permission::Read, [&](ReadTx& tx) {
        Database& db = tx.db();
        Statement q(db,
            QString::fromLatin1(versionColumns)
                + QStringLiteral("WHERE v.document_id = ? ORDER BY v.created_at DESC, v.id DESC"));
        q.bind(1, documentId);
        while (q.next()) {
            out.append(readVersion(q));
        }
    });
    if (!s) {
        return s;
    }
    return out;
}

Result<PolicyVersion> PolicyService::version(qint64 versionId)
{
    PolicyVersion v;
    const Status s = m_vault.read(Permission::Read, [&](ReadTx& tx) { v = loadVersion(tx.db(), versionId); });
    if (!s) {
        return s;
    }
    return v;
}

Result<PolicyVersion> PolicyService::versionByLabel(qint64 documentId, const QString& label)
{
    qint64 id = 0;
    const Status s = m_vault.read(Permission::Read, [&](ReadTx& tx) {
        Database& db = tx.db();
        Statement q(db, "SELECT id FROM policy_versions WHERE document_id = ? AND label = ?");
        q.bind(1, documentId).bind(2, label.trimmed());
        if (!q.next()) {
            refuse(ErrorCode::NotFound,
                cd::PoliciesText::tr("The document has no version labelled %1.").arg(label.trimmed()));
        }
        id = q.int64(0);
    });
    if (!s) {
        return s;
    }
    return version(id);
}

Status PolicyService::validateInput(const PolicyVersionInput& input)
{
    const QString label = input.label.trimmed();
    if (label.isEmpty() || label.size() > 64) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("Give the version a label of at most 64 characters, such as 2024-04-25 or 1.3.") };
    }
    if (input.updatedOn.isValid() && input.effectiveOn.isValid() && input.effectiveOn < input.updatedOn) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("The effective date cannot be before the updated-on date.") };
    }
    return {};
}

qint64 PolicyService::insertDraft(WriteTx& tx, qint64 documentId, const PolicyVersionInput& input, qint64 basedOn)
{
    Database& db = tx.db();
    Statement doc(db, "SELECT COUNT(*) FROM policy_documents WHERE id = ?");
    doc.bind(1, documentId);
    if (!doc.next() || doc.integer(0) == 0) {
        refuse(ErrorCode::NotFound, cd::PoliciesText::tr("The policy document no longer exists."));
    }
    Statement dup(db, "SELECT COUNT(*) FROM policy_versions WHERE document_id = ? AND label = ?");
    dup.bind(1, documentId).bind(2, input.label.trimmed());
    if (dup.next() && dup.integer(0) > 0) {
        refuse(ErrorCode::Conflict,
            cd::PoliciesText::tr("The document already has a version labelled %1; choose another label.")
                .arg(input.label.trimmed()));
    }
    const QDateTime now = Clock::nowUtc();
    Statement insert(db,
        "INSERT INTO policy_versions (document_id, label, text_zh, text_en, change_summary, "
        "updated_on, effective_on, status, author_id, material_change, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)");
    insert.bind(1, documentId)
        .bind(2, input.label.trimmed())
        .bindText(3, input.textZh)
        .bindText(4, input.textEn)
        .bindText(5, input.changeSummary)
        .bind(6, input.updatedOn)
        .bind(7, input.effectiveOn)
        .bind(8, m_vault.actor().id)
        .bind(9, input.materialChange)
        .bind(10, now)
        .bind(11, now)
        .exec();
    const qint64 id = db.lastInsertId();
    QStringList fields = changedFields(PolicyVersion(), input);
    if (basedOn > 0) {
        Statement u(db, "UPDATE policy_versions SET based_on_id = ? WHERE id = ?");
        u.bind(1, basedOn).bind(2, id).exec();
        fields << QStringLiteral("based_on_id");
    }
    recordStatus(db, id, PolicyStatus::Draft, PolicyStatus::Draft);
    tx.audit({ QStringLiteral("policy.version.create"), QStringLiteral("policy_version"), QString::number(id), fields,
        QStringLiteral("zh_chars=%1 en_chars=%2").arg(input.textZh.size()).arg(input.textEn.size()) });
    return id;
}

Result<PolicyVersion> PolicyService::createDraft(qint64 documentId, const PolicyVersionInput& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (Status s = validateInput(input); !s) {
        return s;
    }
    qint64 id = 0;
    const Status s
        = m_vault.write(Permission::WriteData, [&](WriteTx& tx) { id = insertDraft(tx, documentId, input, 0); });
    if (!s) {
        return s;
    }
    return version(id);
}

Status PolicyService::updateDraft(qint64 versionId, const PolicyVersionInput& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (Status s = validateInput(input); !s) {
        return s;
    }
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const PolicyVersion before = loadVersion(db, versionId);
        if (before.isSealed()) {
            refuse(ErrorCode::NotAllowed,
                cd::PoliciesText::tr("Version %1 is published and cannot be changed. Start a new draft "
                                     "from it to make changes.")
                    .arg(before.label));
        }
        if (!before.isEditable()) {
            refuse(ErrorCode::NotAllowed,
                cd::PoliciesText::tr("Version %1 is %2; send it back to draft before changing it.")
                    .arg(before.label, policyStatusDisplayName(before.status)));
        }
        const QStringList fields = changedFields(before, input);
        if (fields.isEmpty()) {
            return;
        }
        Statement dup(db, "SELECT COUNT(*) FROM policy_versions WHERE document_id = ? AND label = ? AND id <> ?");
        dup.bind(1, before.documentId).bind(2, input.label.trimmed()).bind(3, versionId);
        if (dup.next() && dup.integer(0) > 0) {
            refuse(ErrorCode::Conflict,
                cd::PoliciesText::tr("The document already has a version labelled %1; choose another label.")
                    .arg(input.label.trimmed()));
        }
        Statement u(db,
            "UPDATE policy_versions SET label = ?, text_zh = ?, text_en = ?, change_summary = ?, "
            "updated_on = ?, effective_on = ?, material_change = ?, updated_at = ? WHERE id = ?");
        u.bind(1, input.label.trimmed())
            .bindText(2, input.textZh)
            .bindText(3, input.textEn)
            .bindText(4, input.changeSummary)
            .bind(5, input.updatedOn)
            .bind(6, input.effectiveOn)
            .bind(7, input.materialChange)
            .bind(8, Clock::nowUtc())
            .bind(9, versionId)
            .exec();
        tx.audit({ QStringLiteral("policy.version.update"), QStringLiteral("policy_version"),
            QString::number(versionId), fields, {} });
    });
}

Result<PolicyVersion> PolicyService::revise(qint64 versionId, const QString& newLabel)
{
    auto base = version(versionId);
    if (!base) {
        return base.error();
    }
    PolicyVersionInput input;
    input.label = newLabel;
    input.textZh = base->textZh;
    input.textEn = base->textEn;
    input.updatedOn = Clock::today();
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (Status s = validateInput(input); !s) {
        return s;
    }
    // The new draft and its link to the version it revises are one change with one entry.
    qint64 id = 0;
    const Status s = m_vault.write(
        Permission::WriteData, [&](WriteTx& tx) { id = insertDraft(tx, base->documentId, input, versionId); });
    if (!s) {
        return s;
    }
    return version(id);
}

Status PolicyService::deleteDraft(qint64 versionId)
{
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const PolicyVersion v = loadVersion(db, versionId);
        if (!v.isEditable()) {
            refuse(ErrorCode::NotAllowed,
                cd::PoliciesText::tr("Only drafts can be deleted; version %1 is %2.")
                    .arg(v.label, policyStatusDisplayName(v.status)));
        }
        Statement plan(db, "DELETE FROM policy_notification_plans WHERE version_id = ?");
        plan.bind(1, versionId).exec();
        Statement history(db, "DELETE FROM policy_status_history WHERE version_id = ?");
        history.bind(1, versionId).exec();
        Statement contents(db, "DELETE FROM policy_content_checks WHERE version_id = ?");
        contents.bind(1, versionId).exec();
        Statement based(db,
            "UPDATE policy_versions SET based_on_id = NULL WHERE based_on_id = ? "
            "AND status NOT IN ('published', 'superseded')");
        based.bind(1, versionId).exec();
        Statement d(db, "DELETE FROM policy_versions WHERE id = ?");
        d.bind(1, versionId).exec();
        tx.audit({ QStringLiteral("policy.version.delete"), QStringLiteral("policy_version"),
            QString::number(versionId), {}, {} });
    });
}

void PolicyService::recordStatus(Database& db, qint64 versionId, PolicyStatus from, PolicyStatus to)
{
    Statement s(db,
        "INSERT INTO policy_status_history (version_id, from_status, to_status, actor_id, at) "
        "VALUES (?, ?, ?, ?, ?)");
    s.bind(1, versionId)
        .bind(2, policyStatusKey(from))
        .bind(3, policyStatusKey(to))
        .bind(4, m_vault.actor().id)
        .bind(5, Clock::nowUtc())
        .exec();
}

QString PolicyService::publishBlocker(const PolicyVersion& v, const NotificationPlan& plan)
{
    const int requirements = PolicyWorkflow::find(PolicyStatus::Approved, PolicyStatus::Published)->requirements;
    if (const QString missing = PolicyWorkflow::missingFields(v, requirements); !missing.isEmpty()) {
        return missing;
    }
    if (!(requirements & PolicyWorkflow::NotificationPlan) || !v.materialChange) {
        return {};
    }
    if (plan.versionId == 0 || plan.channels == 0 || !plan.plannedOn.isValid()) {
        return cd::PoliciesText::tr(
            "This version materially reduces users' rights: plan the notification (channels and date) "
            "before publishing.");
    }
    if (plan.noticeZh.trimmed().isEmpty() || plan.noticeEn.trimmed().isEmpty()) {
        return cd::PoliciesText::tr("Write the notice text in Chinese and English before publishing.");
    }
    const int lead = noticeLeadDays();
    if (plan.plannedOn.daysTo(v.effectiveOn) < lead) {
        return QCoreApplication::translate("cd::Policies",
            "Users must be notified at least %n day(s) before the change takes effect: the notice is planned "
            "for %1 and the version takes effect on %2. Plan the notice earlier or move the effective date.",
            nullptr, lead)
            .arg(plan.plannedOn.toString(Qt::ISODate), v.effectiveOn.toString(Qt::ISODate));
    }
    return {};
}

Status PolicyService::transition(qint64 versionId, PolicyStatus target, bool force)
{
    return m_vault.write(PolicyWorkflow::permissionToReach(target), [&](WriteTx& tx) {
        Database& db = tx.db();
        const PolicyVersion v = loadVersion(db, versionId);
        const PolicyStatus from = v.status;
        if (Status s = PolicyWorkflow::check(from, target, m_vault.actor(), v); !s) {
            refuse(s.code(), s.message());
        }
        const int requirements = PolicyWorkflow::find(from, target)->requirements;
        const QDateTime now = Clock::nowUtc();
        QStringList fields { QStringLiteral("status") };
        QString detail = QStringLiteral("%1->%2").arg(policyStatusKey(from), policyStatusKey(target));
        if (target == PolicyStatus::Approved) {
            if ((requirements & PolicyWorkflow::OtherApprover) && approverMustDifferFromAuthor()
                && v.authorId == m_vault.actor().id) {
                refuse(ErrorCode::NotAllowed,
                    cd::PoliciesText::tr("You wrote this version, so someone else must approve it "
                                         "(a vault setting)."));
            }
            // NDSMR art. 21: the approver confirms the contents the rules require.
            if (const QStringList missing = (requirements & PolicyWorkflow::ContentsTicked)
                    ? PolicyContents::unticked(db, versionId)
                    : QStringList();
                !missing.isEmpty()) {
                if (!force) {
                    refuse(ErrorCode::NotAllowed,
                        QCoreApplication::translate("cd::Policies",
                            "%n item(s) of the contents check are not ticked: %1. Tick them, or approve anyway "
                            "(the approval then records what was missing).",
                            nullptr, int(missing.size()))
                            .arg(PolicyContentsService::untickedText(missing, fmt::language())));
                }
                detail += QStringLiteral("; forced; unticked=%1").arg(missing.join(QLatin1Char(',')));
            }
            Statement u(db,
                "UPDATE policy_versions SET status = 'approved', approver_id = ?, approved_at = ?, "
                "updated_at = ? WHERE id = ?");
            u.bind(1, m_vault.actor().id).bind(2, now).bind(3, now).bind(4, versionId).exec();
            fields << QStringLiteral("approver_id") << QStringLiteral("approved_at");
        } else if (target == PolicyStatus::Published) {
            const QString blocker = publishBlocker(v, loadPlan(db, versionId));
            if (!blocker.isEmpty()) {
                refuse(ErrorCode::NotAllowed, blocker);
            }
            Statement previous(db, "SELECT id FROM policy_versions WHERE document_id = ? AND status = 'published'");
            previous.bind(1, v.documentId);
            QList<qint64> superseded;
            while (previous.next()) {
                superseded.append(previous.int64(0));
            }
            for (qint64 oldId : superseded) {
                Statement u(db, "UPDATE policy_versions SET status = 'superseded', updated_at = ? WHERE id = ?");
                u.bind(1, now).bind(2, oldId).exec();
                recordStatus(db, oldId, PolicyStatus::Published, PolicyStatus::Superseded);
                tx.audit({ QStringLiteral("policy.version.supersede"), QStringLiteral("policy_version"),
                    QString::number(oldId), { QStringLiteral("status") }, QStringLiteral("by=%1").arg(versionId) });
            }
            Statement u(db,
                "UPDATE policy_versions SET status = 'published', published_at = ?, content_hash = ?, "
                "updated_at = ? WHERE id = ?");
            u.bind(1, now).bind(2, PolicyText::contentHash(v.textZh, v.textEn)).bind(3, now).bind(4, versionId).exec();
            fields << QStringLiteral("published_at") << QStringLiteral("content_hash");
        } else {
            Statement u(db, "UPDATE policy_versions SET status = ?, updated_at = ? WHERE id = ?");
            u.bind(1, policyStatusKey(target)).bind(2, now).bind(3, versionId).exec();
            if (target == PolicyStatus::Draft) {
                // A version sent back loses its approval: it must be approved again after changes.
                Statement clear(db, "UPDATE policy_versions SET approver_id = NULL, approved_at = NULL WHERE id = ?");
                clear.bind(1, versionId).exec();
            }
        }
        recordStatus(db, versionId, from, target);
        tx.audit({ QStringLiteral("policy.version.transition"), QStringLiteral("policy_version"),
            QString::number(versionId), fields, detail });
    });
}

Result<QList<PolicyStatusChange>> PolicyService::statusHistory(qint64 versionId)
{
    QList<PolicyStatusChange> out;
    const Status s = m_vault.read(Permission::Read, [&](ReadTx& tx) {
        Database& db = tx.db();
        Statement q(db,
            "SELECT h.from_status, h.to_status, COALESCE(a.display_name, ''), h.at "
            "FROM policy_status_history h LEFT JOIN accounts a ON a.id = h.actor_id "
            "WHERE h.version_id = ? ORDER BY h.id");
        q.bind(1, versionId);
        while (q.next()) {
            PolicyStatusChange change;
            policyStatusFromKey(q.text(0), &change.from);
            policyStatusFromKey(q.text(1), &change.to);
            change.actorName = q.text(2);
            change.at = q.dateTime(3);
            out.append(change);
        }
    });
    if (!s) {
        return s;
    }
    return out;
}

Result<bool> PolicyService::verifyHash(qint64 versionId)
{
    auto v = version(versionId);
    if (!v) {
        return v.error();
    }
    if (!v->isSealed()) {
        return Error { ErrorCode::InvalidInput, cd::PoliciesText::tr("Only published versions carry a hash.") };
    }
    return PolicyText::contentHash(v->textZh, v->textEn) == v->contentHash;
}

Result<NotificationPlan> PolicyService::notificationPlan(qint64 versionId)
{
    NotificationPlan plan;
    const Status s = m_vault.read(Permission::Read, [&](ReadTx& tx) {
        Database& db = tx.db();
        loadVersion(db, versionId);
        plan = loadPlan(db, versionId);
    });
    if (!s) {
        return s;
    }
    return plan;
}

Status PolicyService::setNotificationPlan(qint64 versionId, const NotificationPlan& plan)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (plan.channels == 0) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("Choose at least one channel: email, in-site message or other.") };
    }
    if ((plan.channels & ChannelOther) && plan.otherChannel.trimmed().isEmpty()) {
        return Error { ErrorCode::InvalidInput, cd::PoliciesText::tr("Say which other channel is used.") };
    }
    if (!plan.plannedOn.isValid()) {
        return Error { ErrorCode::InvalidInput, cd::PoliciesText::tr("Set the date the notice is planned for.") };
    }
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const PolicyVersion v = loadVersion(db, versionId);
        const NotificationPlan before = loadPlan(db, versionId);
        if (before.isSent()) {
            refuse(ErrorCode::NotAllowed,
                cd::PoliciesText::tr("The notice was already sent on %1; the plan can no longer change.")
                    .arg(before.sentOn.toString(Qt::ISODate)));
        }
        if (v.isSealed()) {
            refuse(ErrorCode::NotAllowed,
                cd::PoliciesText::tr("Version %1 is published; its notification plan can no longer change "
                                     "except to record that the notice was sent.")
                    .arg(v.label));
        }
        Statement s(db,
            "INSERT OR REPLACE INTO policy_notification_plans (version_id, channels, other_channel, "
            "planned_on, notice_zh, notice_en, sent_on, sent_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?)");
        s.bind(1, versionId)
            .bind(2, channelsKey(plan.channels))
            .bindText(3, (plan.channels & ChannelOther) ? plan.otherChannel.trimmed() : QString())
            .bind(4, plan.plannedOn)
            .bindText(5, plan.noticeZh)
            .bindText(6, plan.noticeEn)
            .bind(7, Clock::nowUtc())
            .exec();
        tx.audit(
            { QStringLiteral("policy.notification.plan"), QStringLiteral("policy_version"), QString::number(versionId),
                { QStringLiteral("channels"), QStringLiteral("planned_on"), QStringLiteral("notice_zh"),
                    QStringLiteral("notice_en") },
                {} });
    });
}

Status PolicyService::markNotificationSent(qint64 versionId, const QDate& sentOn)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (!sentOn.isValid() || sentOn > Clock::today()) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("The date the notice was sent cannot be in the future.") };
    }
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        loadVersion(db, versionId);
        const NotificationPlan plan = loadPlan(db, versionId);
        if (plan.versionId == 0) {
            refuse(ErrorCode::NotAllowed,
                cd::PoliciesText::tr("Plan the notification before recording that it was sent."));
        }
        if (plan.isSent()) {
            refuse(ErrorCode::Conflict,
                cd::PoliciesText::tr("The notice was already recorded as sent on %1.")
                    .arg(plan.sentOn.toString(Qt::ISODate)));
        }
        Statement u(db,
            "UPDATE policy_notification_plans SET sent_on = ?, sent_by = ?, updated_at = ? "
            "WHERE version_id = ?");
        u.bind(1, sentOn).bind(2, m_vault.actor().id).bind(3, Clock::nowUtc()).bind(4, versionId).exec();
        tx.audit({ QStringLiteral("policy.notification.sent"), QStringLiteral("policy_version"),
            QString::number(versionId), { QStringLiteral("sent_on"), QStringLiteral("sent_by") }, {} });
    });
}

Result<QList<PolicyNotificationDue>> PolicyService::notificationsDue(const QDate& today, int horizonDays)
{
    QList<PolicyNotificationDue> out;
    const Status s
        = m_vault.read(Permission::Read, [&](ReadTx& tx) { out = notificationsDue(tx.db(), today, horizonDays); });
    if (!s) {
        return s;
    }
    return out;
}

QList<PolicyNotificationDue> PolicyService::notificationsDue(Database& db, const QDate& today, int horizonDays)
{
    QList<PolicyNotificationDue> out;
    Statement q(db,
        "SELECT v.id, d.name, v.label, v.status, p.planned_on, v.effective_on "
        "FROM policy_notification_plans p JOIN policy_versions v ON v.id = p.version_id "
        "JOIN policy_documents d ON d.id = v.document_id "
        "WHERE p.sent_on IS NULL AND v.material_change = 1 AND v.status <> 'superseded' "
        "AND p.planned_on <= ? ORDER BY p.planned_on, v.id");
    q.bind(1, today.addDays(horizonDays));
    while (q.next()) {
        PolicyNotificationDue due;
        due.versionId = q.int64(0);
        due.documentName = q.text(1);
        due.label = q.text(2);
        policyStatusFromKey(q.text(3), &due.status);
        due.plannedOn = q.date(4);
        due.effectiveOn = q.date(5);
        due.daysOverdue = std::max<qint64>(0, due.plannedOn.daysTo(today));
        out.append(due);
    }
    return out;
}

} // namespace cd
