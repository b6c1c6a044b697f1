#include "policies/PolicyContents.h"

#include "audit/AuditLog.h"
#include "policies/PolicyService.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "util/Languages.h"
#include "util/TranslationContexts.h"
#include "vault/Vault.h"

#include <QHash>

namespace cd {

namespace {

[[noreturn]] void refuse(ErrorCode code, const QString& message)
{
    throw DbException(code, message);
}

bool isChinese(const QString& language)
{
    return Languages::isAnyChinese(language);
}

} // namespace

QString PolicyContentRequirement::title(const QString& language) const
{
    return isChinese(language) ? titleZh : titleEn;
}

QString PolicyContentRequirement::source(const QString& language) const
{
    return isChinese(language) ? sourceZh : sourceEn;
}

namespace PolicyContents {

// What the personal-information processing rules (the privacy policy) must contain.
// Source: 网络数据安全管理条例 (Regulations on Network Data Security Management, State Council
// Order No. 790, in force 2025-01-01; "NDSMR"), art. 21: the rules are shown together, easy to
// reach and prominent, specific and clear, and include at least (1) the handler's name and
// contact; (2) purposes, methods and categories of the personal information processed, and for
// sensitive personal information the necessity and the effect on the person's rights; (3) the
// retention period and the handling after it ends, or how the period is determined; (4) the
// methods and channels to access, copy, transfer, correct, supplement, delete, restrict
// processing, cancel the account and withdraw consent. The information collected and the
// information provided to other handlers, with the recipients, are listed (清单); minors under
// 14 get separate processing rules. Completed from the PIPL (个人信息保护法): art. 17 (notice),
// art. 23 (provision to other handlers), art. 30 (sensitive information), art. 31 (under-14s),
// art. 50 (requests and complaints), art. 52 (the personal-information protection officer's
// contact is published). Update this table when the rules change; the keys are stored.
const QList<PolicyContentRequirement>& requirements()
{
    static const QList<PolicyContentRequirement> table {
        { QStringLiteral("handler_contact"), QStringLiteral("Name and contact details of the handler"),
            QStringLiteral("网络数据处理者的名称或者姓名和联系方式"),
            QStringLiteral("NDSMR art. 21(1); PIPL art. 17(1)"),
            QStringLiteral("《网络数据安全管理条例》第二十一条第（一）项；《个人信息保护法》第十七条第（一）项") },
        { QStringLiteral("purposes_methods_categories"),
            QStringLiteral("Purposes and methods of processing, and the categories of personal information processed"),
            QStringLiteral("处理个人信息的目的、方式、种类"), QStringLiteral("NDSMR art. 21(2); PIPL art. 17(2)"),
            QStringLiteral("《网络数据安全管理条例》第二十一条第（二）项；《个人信息保护法》第十七条第（二）项") },
        { QStringLiteral("collected_list"),
            QStringLiteral("List of the personal information collected (purpose, method, categories)"),
            QStringLiteral("收集个人信息清单（目的、方式、种类）"), QStringLiteral("NDSMR art. 21"),
            QStringLiteral("《网络数据安全管理条例》第二十一条") },
        { QStringLiteral("sensitive_necessity"),
            QStringLiteral("Necessity of processing sensitive personal information and the effect on the person's "
                           "rights and interests"),
            QStringLiteral("处理敏感个人信息的必要性以及对个人权益的影响"),
            QStringLiteral("NDSMR art. 21(2); PIPL art. 30"),
            QStringLiteral("《网络数据安全管理条例》第二十一条第（二）项；《个人信息保护法》第三十条") },
        { QStringLiteral("retention"),
            QStringLiteral("Retention period and the handling after it ends (or how the period is determined)"),
            QStringLiteral("个人信息保存期限和到期后的处理方式（保存期限难以确定的，保存期限的确定方法）"),
            QStringLiteral("NDSMR art. 21(3)"), QStringLiteral("《网络数据安全管理条例》第二十一条第（三）项") },
        { QStringLiteral("third_party_list"),
            QStringLiteral("List of the personal information provided to other handlers, with the recipients"),
            QStringLiteral("向其他网络数据处理者提供个人信息清单（含网络数据接收方信息）"),
            QStringLiteral("NDSMR art. 21; PIPL art. 23"),
            QStringLiteral("《网络数据安全管理条例》第二十一条；《个人信息保护法》第二十三条") },
        { QStringLiteral("rights_how"),
            QStringLiteral("How to access, copy, transfer, correct, supplement and delete personal information, "
                           "restrict its processing, cancel the account and withdraw consent"),
            QStringLiteral("查阅、复制、转移、更正、补充、删除、限制处理个人信息以及注销账户、撤回同意的方法和途径"),
            QStringLiteral("NDSMR art. 21(4); PIPL arts. 15, 44–47"),
            QStringLiteral(
                "《网络数据安全管理条例》第二十一条第（四）项；《个人信息保护法》第十五条、第四十四条至第四十七条") },
        { QStringLiteral("complaint_channel"),
            QStringLiteral("Channel for complaints and reports, and how requests are accepted and handled"),
            QStringLiteral("投诉、举报渠道以及个人行使权利的申请受理和处理方式"), QStringLiteral("PIPL art. 50"),
            QStringLiteral("《个人信息保护法》第五十条") },
        { QStringLiteral("minors_rules"),
            QStringLiteral("Separate processing rules for the personal information of minors under 14"),
            QStringLiteral("不满十四周岁未成年人个人信息的专门处理规则"), QStringLiteral("NDSMR art. 21; PIPL art. 31"),
            QStringLiteral("《网络数据安全管理条例》第二十一条；《个人信息保护法》第三十一条") },
        { QStringLiteral("officer_contact"),
            QStringLiteral("Contact details of the personal-information protection officer"),
            QStringLiteral("个人信息保护负责人的联系方式"), QStringLiteral("PIPL art. 52"),
            QStringLiteral("《个人信息保护法》第五十二条") },
    };
    return table;
}

const PolicyContentRequirement* find(const QString& key)
{
    for (const PolicyContentRequirement& r : requirements()) {
        if (r.key == key) {
            return &r;
        }
    }
    return nullptr;
}

QStringList keys()
{
    QStringList out;
    for (const PolicyContentRequirement& r : requirements()) {
        out << r.key;
    }
    return out;
}

QList<PolicyContentCheck> checks(Database& db, qint64 versionId)
{
    QHash<QString, PolicyContentCheck> stored;
    Statement q(db,
        "SELECT c.item_key, c.ticked, c.note, COALESCE(a.display_name, ''), c.updated_at "
        "FROM policy_content_checks c LEFT JOIN accounts a ON a.id = c.actor_id WHERE c.version_id = ?");
    q.bind(1, versionId);
    while (q.next()) {
        stored.insert(q.text(0), PolicyContentCheck { q.text(0), q.boolean(1), q.text(2), q.text(3), q.dateTime(4) });
    }
    QList<PolicyContentCheck> out;
    for (const PolicyContentRequirement& r : requirements()) {
        PolicyContentCheck c = stored.value(r.key);
        c.key = r.key;
        out << c;
    }
    return out;
}

QStringList unticked(Database& db, qint64 versionId)
{
    QStringList out;
    for (const PolicyContentCheck& c : checks(db, versionId)) {
        if (!c.ticked) {
            out << c.key;
        }
    }
    return out;
}

} // namespace PolicyContents

PolicyContentsService::PolicyContentsService(Vault& vault)
    : m_vault(vault)
{
}

Result<QList<PolicyContentCheck>> PolicyContentsService::checks(qint64 versionId)
{
    QList<PolicyContentCheck> out;
    const Status s = m_vault.read(Permission::Read, [&](ReadTx& tx) {
        Database& db = tx.db();
        Statement exists(db, "SELECT count(*) FROM policy_versions WHERE id = ?");
        exists.bind(1, versionId);
        if (!exists.next() || exists.integer(0) == 0) {
            refuse(ErrorCode::NotFound, cd::PoliciesText::tr("The policy version no longer exists."));
        }
        out = PolicyContents::checks(db, versionId);
    });
    if (!s) {
        return s;
    }
    return out;
}

Status PolicyContentsService::setItem(qint64 versionId, const QString& key, bool ticked, const QString& note)
{
    if (Status s = m_vault.require(Permission::Approve); !s) {
        return s;
    }
    if (!PolicyContents::find(key)) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("\"%1\" is not an item of the contents check. The items are: %2.")
                .arg(key.left(64), PolicyContents::keys().join(QStringLiteral(", "))) };
    }
    const QString trimmed = note.trimmed();
    if (trimmed.size() > PolicyContents::maxNoteLength) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("Keep the note to %1 characters, such as the section that says it (e.g. 二.1).")
                .arg(PolicyContents::maxNoteLength) };
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return Error { ErrorCode::InvalidInput,
                cd::PoliciesText::tr("The note is one line of plain text; remove line breaks and control "
                                     "characters.") };
        }
    }
    return m_vault.write(Permission::Approve, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement v(db, "SELECT status FROM policy_versions WHERE id = ?");
        v.bind(1, versionId);
        if (!v.next()) {
            refuse(ErrorCode::NotFound, cd::PoliciesText::tr("The policy version no longer exists."));
        }
        PolicyStatus status = PolicyStatus::Draft;
        policyStatusFromKey(v.text(0), &status);
        if (status == PolicyStatus::Superseded) {
            refuse(ErrorCode::NotAllowed,
                cd::PoliciesText::tr("This version is superseded; its contents check is kept as it was."));
        }
        Statement before(db, "SELECT ticked, note FROM policy_content_checks WHERE version_id = ? AND item_key = ?");
        before.bind(1, versionId).bind(2, key);
        const bool existed = before.next();
        QStringList fields;
        if (!existed || before.boolean(0) != ticked) {
            fields << QStringLiteral("ticked");
        }
        if ((existed ? before.text(1) : QString()) != trimmed) {
            fields << QStringLiteral("note");
        }
        if (fields.isEmpty()) {
            return; // nothing changed: no audit entry
        }
        Statement s(db,
            "INSERT OR REPLACE INTO policy_content_checks (version_id, item_key, ticked, note, actor_id, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)");
        s.bind(1, versionId)
            .bind(2, key)
            .bind(3, ticked)
            .bindText(4, trimmed)
            .bind(5, m_vault.actor().id)
            .bind(6, Clock::nowUtc())
            .exec();
        tx.audit({ QStringLiteral("policy.contents.check"), QStringLiteral("policy_version"),
            QString::number(versionId), fields, QStringLiteral("item=%1; ticked=%2").arg(key).arg(ticked ? 1 : 0) });
    });
}

QString PolicyContentsService::untickedText(const QStringList& keys, const QString& language, const QString& separator)
{
    QStringList titles;
    for (const QString& key : keys) {
        if (const PolicyContentRequirement* r = PolicyContents::find(key)) {
            titles << r->title(language);
        }
    }
    if (!separator.isEmpty()) {
        return titles.join(separator);
    }
    return titles.join(isChinese(language) ? QStringLiteral("；") : QStringLiteral("; "));
}

} // namespace cd
