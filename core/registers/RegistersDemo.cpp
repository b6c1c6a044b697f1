#include "demo/DemoData.h"

#include "registers/RegisterService.h"
#include "util/Clock.h"
#include "vault/Vault.h"

namespace cd::demo {

using namespace cd::registers;

namespace {
QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

// Synthetic register records for the demo vault: three disclosures on the three kinds of legal
// basis staff meet most, one incident handled end to end and one still open with its
// regulator clock running. Every person and company here is invented.
Status fillRegisters(Vault& vault, const DemoOptions& options, DemoSummary& summary)
{
    Q_UNUSED(options)
    DisclosureService disclosures(vault);
    IncidentService incidents(vault);
    const QDate today = Clock::today();
    const QDateTime now = Clock::nowUtc();

    Disclosure logistics;
    logistics.kind = DisclosureKind::Sharing;
    logistics.recipientName = u("顺达物流（上海）有限公司");
    logistics.recipientType = RecipientType::Processor;
    logistics.recipientContact = u("数据合规部 021-5555-0142");
    logistics.purpose = u("向已购买血糖仪的客户寄送设备及耗材");
    logistics.categoryKeys = { QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("address") };
    logistics.peopleCount = 386;
    logistics.basis = LegalBasis::Consent;
    logistics.consentRecord = u("官网订单页勾选记录（同意书版本 2024-04-25）");
    logistics.disclosedOn = today.addDays(-40);
    logistics.approvedBy = u("李明");

    Disclosure regulator;
    regulator.kind = DisclosureKind::Sharing;
    regulator.recipientName = u("上海市药品监督管理局");
    regulator.recipientType = RecipientType::Regulator;
    regulator.purpose = u("医疗器械不良事件监测报告");
    regulator.categoryKeys = { QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("health") };
    regulator.peopleCount = 3;
    regulator.basis = LegalBasis::Law;
    regulator.lawCitation = u("《医疗器械监督管理条例》第六十二条；《个人信息保护法》第十三条第一款第三项");
    regulator.disclosedOn = today.addDays(-21);
    regulator.approvedBy = u("李明");

    Disclosure court;
    court.kind = DisclosureKind::Transfer;
    court.recipientName = u("上海市浦东新区人民法院");
    court.recipientType = RecipientType::Court;
    court.purpose = u("协助执行：提供指定用户的联系记录");
    court.categoryKeys = { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("message") };
    court.peopleCount = 1;
    court.basis = LegalBasis::Judicial;
    court.court = u("上海市浦东新区人民法院");
    court.caseNumber = u("（2026）沪0115民初12345号");
    court.disclosedOn = today.addDays(-9);
    court.approvedBy = u("李明");

    int disclosed = 0;
    for (const Disclosure& d : { logistics, regulator, court }) {
        auto added = disclosures.add(d);
        if (!added) {
            return added.status();
        }
        ++disclosed;
    }

    // A closed incident: an email sent to the wrong list, handled and notified.
    Incident misdelivered;
    misdelivered.title = u("客服邮件误发至错误收件人列表");
    misdelivered.occurredAt = now.addDays(-62).addSecs(-3600 * 3);
    misdelivered.discoveredAt = now.addDays(-62);
    misdelivered.category = IncidentCategory::Misdelivery;
    misdelivered.severity = Severity::General;
    misdelivered.categoryKeys = { QStringLiteral("name"), QStringLiteral("email") };
    misdelivered.peopleCount = 27;
    misdelivered.cause = u("客服人员在群发回复时选错了收件人分组。");
    misdelivered.description = u("一封包含27位咨询用户姓名和电子邮箱的回复邮件被发送给了另一组用户。");
    misdelivered.possibleHarm = u("收件人可能看到其他用户的姓名和电子邮箱，存在收到垃圾邮件的风险。");
    misdelivered.measuresTaken = u("已撤回邮件，请求收件人删除，并关闭了客服系统的群发功能。");
    misdelivered.advice = u("请留意冒充我公司的可疑邮件，不要点击不明链接。");
    misdelivered.remedies = u("我们已为受影响的用户开通专线答复，并将持续监测相关滥用情况。");
    auto closed = incidents.add(misdelivered);
    if (!closed) {
        return closed.status();
    }
    const qint64 closedId = closed->id;
    IncidentNotification mail;
    mail.incidentId = closedId;
    mail.channel = NotificationChannel::Email;
    mail.notifiedAt = now.addDays(-61);
    mail.peopleCount = 27;
    mail.notifiedBy = u("张伟");
    if (auto n = incidents.addNotification(mail); !n) {
        return n.status();
    }
    const QList<QPair<IncidentStatus, QDateTime>> steps { { IncidentStatus::Contained, now.addDays(-62).addSecs(2400) },
        { IncidentStatus::Notified, now.addDays(-61).addSecs(600) }, { IncidentStatus::Closed, now.addDays(-45) } };
    for (const auto& step : steps) {
        if (auto t = incidents.transition(closedId, step.first, step.second); !t) {
            return t.status();
        }
    }

    // An open 较大 incident discovered 95 minutes ago: the regulator clock is running.
    Incident access;
    access.title = u("第三方客服外包账号异常登录导出联系记录");
    access.occurredAt = now.addSecs(-60 * 140);
    access.discoveredAt = now.addSecs(-60 * 95);
    access.category = IncidentCategory::UnauthorisedAccess;
    access.severity = Severity::RelativelySerious;
    access.categoryKeys
        = { QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("region") };
    access.peopleCount = 12480;
    access.cause = u("外包客服账号密码疑似被撞库，攻击者从境外地址登录。");
    access.description = u("一个外包客服账号在非工作时间登录，并导出了约1.2万条官网联系记录。");
    access.possibleHarm = u("可能被用于电话或短信诈骗、垃圾营销。");
    access.measuresTaken = u("已冻结该账号、强制重置全部外包账号密码并启用双因素认证。");
    auto open = incidents.add(access);
    if (!open) {
        return open.status();
    }
    if (auto t = incidents.transition(open->id, IncidentStatus::Contained, now.addSecs(-60 * 70)); !t) {
        return t.status();
    }

    summary.counts.insert(QStringLiteral("disclosures"), disclosed);
    summary.counts.insert(QStringLiteral("incidents"), 2);
    return {};
}

} // namespace cd::demo
