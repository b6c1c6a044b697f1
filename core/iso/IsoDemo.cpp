#include "attachments/AttachmentStore.h"
#include "demo/DemoData.h"
#include "iso/IsoService.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QRandomGenerator>

namespace cd::demo {

namespace {

struct Exclusion {
    const char* id;
    const char* justification;
};

// Controls a medical-technology company of this size typically excludes, with the reason an
// auditor would accept.
const Exclusion kExclusions[] = {
    { "8.30", "公司不外包软件开发：所有产品与内部系统均由研发中心自行开发，合同中亦无外包开发条款。" },
    { "7.12",
        "办公场所为租用的共享写字楼，楼内布缆由业主统一建设和管理；机房托管于第三方数据中心，"
        "其布缆安全由托管合同和 ISO 27001 证书覆盖。" },
    { "6.7", "公司规定不允许远程访问生产和研发系统，员工仅可在办公场所使用公司设备工作。" },
};

QString ownerFor(iso::Theme theme, quint32 pick)
{
    // Invented people and departments.
    static const char* const organisational[] = { "信息安全部 周宁", "法务合规部 李静", "信息安全部 吴敏" };
    static const char* const people[] = { "人力资源部 刘芳", "人力资源部 何佳" };
    static const char* const physical[] = { "行政部 赵强", "IT 运维部 陈立" };
    static const char* const technological[] = { "IT 运维部 陈立", "研发中心 孙浩", "信息安全部 吴敏" };
    switch (theme) {
    case iso::Theme::Organizational: return QString::fromUtf8(organisational[pick % 3]);
    case iso::Theme::People: return QString::fromUtf8(people[pick % 2]);
    case iso::Theme::Physical: return QString::fromUtf8(physical[pick % 2]);
    case iso::Theme::Technological: return QString::fromUtf8(technological[pick % 3]);
    }
    return {};
}

// Restores the clock in force before (the system clock, or a test's fixed one) however the
// filler leaves.
struct ClockRestorer {
    std::function<QDateTime()> previous = Clock::currentOverride();
    ~ClockRestorer() { Clock::setOverride(previous); }
};

} // namespace

// Synthetic ISO 27001 assessments for the demo vault: most controls implemented over the last
// year, some partial or planned, a few excluded with a justification, some reviews overdue and
// a few evidence items. Status changes are recorded at dates over the past year so the
// "implemented per month" chart has a history to show.
Status fillIso(Vault& vault, const DemoOptions& options, DemoSummary& summary)
{
    iso::IsoService service(vault);
    if (Status s = service.ensureCatalogue(); !s) {
        return s;
    }
    auto list = service.controls();
    if (!list) {
        return list.status();
    }
    QRandomGenerator rng(options.seed ^ 0x27001u);
    const QDateTime realNow = Clock::nowUtc();
    const QDate today = realNow.toLocalTime().date();
    ClockRestorer restorer;
    QDateTime simulated = realNow;
    Clock::setOverride([&simulated]() { return simulated; });

    int changed = 0;
    int excluded = 0;
    for (const iso::Control& c : list.value()) {
        iso::ControlChange base;
        base.owner = ownerFor(c.theme, rng.bounded(100u));
        base.reviewMonths = rng.bounded(5u) == 0 ? 6 : 12;
        base.reasons = QList<iso::InclusionReason> { iso::InclusionReason::RiskAssessment };
        if (c.controlId.startsWith(QLatin1String("5.3")) || c.controlId == QLatin1String("5.34")
            || c.controlId == QLatin1String("8.10") || c.controlId == QLatin1String("5.31")) {
            base.reasons
                = QList<iso::InclusionReason> { iso::InclusionReason::Legal, iso::InclusionReason::RiskAssessment };
        } else if (c.controlId.startsWith(QLatin1String("5.2")) && c.controlId.size() == 4) {
            base.reasons = QList<iso::InclusionReason> { iso::InclusionReason::Contractual,
                iso::InclusionReason::RiskAssessment };
        }
        const auto exclusion = std::find_if(std::begin(kExclusions), std::end(kExclusions),
            [&](const Exclusion& e) { return c.controlId == QLatin1String(e.id); });
        // The first decisions were taken about a year ago.
        simulated = realNow.addDays(-360 + int(rng.bounded(20u)));
        if (exclusion != std::end(kExclusions)) {
            base.applicable = false;
            base.justification = QString::fromUtf8(exclusion->justification);
            base.reasons = QList<iso::InclusionReason>();
            if (Status s = service.update(c.controlId, base); !s) {
                return s;
            }
            ++excluded;
            ++changed;
            continue;
        }
        const quint32 roll = rng.bounded(100u);
        iso::ImplementationStatus final = iso::ImplementationStatus::Implemented;
        if (roll >= 96) {
            final = iso::ImplementationStatus::NotStarted;
        } else if (roll >= 89) {
            final = iso::ImplementationStatus::Planned;
        } else if (roll >= 76) {
            final = iso::ImplementationStatus::Partial;
        }
        base.status = final == iso::ImplementationStatus::NotStarted ? iso::ImplementationStatus::NotStarted
                                                                     : iso::ImplementationStatus::Planned;
        if (final != iso::ImplementationStatus::Implemented && final != iso::ImplementationStatus::NotStarted) {
            base.targetDate = today.addDays(30 + int(rng.bounded(200u)));
        }
        if (Status s = service.update(c.controlId, base); !s) {
            return s;
        }
        int partialDaysAgo = 0;
        if (final == iso::ImplementationStatus::Partial || final == iso::ImplementationStatus::Implemented) {
            partialDaysAgo = 180 + int(rng.bounded(150u));
            simulated = realNow.addDays(-partialDaysAgo);
            iso::ControlChange step;
            step.status = iso::ImplementationStatus::Partial;
            if (Status s = service.update(c.controlId, step); !s) {
                return s;
            }
        }
        if (final == iso::ImplementationStatus::Implemented) {
            // Always after the partial step, and before today.
            simulated = realNow.addDays(-partialDaysAgo + 10 + int(rng.bounded(quint32(partialDaysAgo - 15))));
            iso::ControlChange done;
            done.status = iso::ImplementationStatus::Implemented;
            done.notes = QStringLiteral("已按《信息安全管理手册》相关程序实施，运行记录见证据。");
            if (Status s = service.update(c.controlId, done); !s) {
                return s;
            }
        }
        ++changed;
    }
    simulated = realNow;

    // Reviews: most within their cycle, some overdue (reviewed more than a cycle ago).
    int overdue = 0;
    for (const iso::Control& c : list.value()) {
        auto current = service.control(c.controlId);
        if (!current || current->status == iso::ImplementationStatus::NotStarted) {
            continue;
        }
        // About one in ten lands past its cycle: overdue, as in a real ISMS between audits.
        const int daysAgo = int(rng.bounded(quint32(current->reviewMonths * 30 + 35)));
        iso::ControlChange review;
        review.lastReviewed = today.addDays(-daysAgo);
        if (Status s = service.update(c.controlId, review); !s) {
            return s;
        }
        overdue += current->applicable && review.lastReviewed->addMonths(current->reviewMonths) < today ? 1 : 0;
    }

    // A few evidence items of each kind.
    int evidence = 0;
    const auto count = [&evidence](const auto& r) {
        evidence += r.ok() ? 1 : 0;
        return r.status();
    };
    if (Status s
        = count(service.addLinkEvidence(QStringLiteral("5.1"), QStringLiteral("信息安全方针 V3.2（内网文档库）"),
            QStringLiteral("https://docs.example.internal/isms/policy-v3.2")));
        !s) {
        return s;
    }
    count(service.addTextEvidence(QStringLiteral("5.15"), QStringLiteral("2025 年第四季度访问权限评审"),
        QStringLiteral("共评审 42 个系统账号，撤销 3 个离职人员账号，调整 5 个权限。")));
    count(service.addTextEvidence(QStringLiteral("8.13"), QStringLiteral("备份恢复演练记录"),
        QStringLiteral("每季度从异地备份恢复加密数据库一次，最近一次演练恢复耗时 18 分钟，"
                       "数据校验一致。")));
    count(service.addLinkEvidence(QStringLiteral("6.3"), QStringLiteral("年度信息安全意识培训签到表"),
        QStringLiteral("https://docs.example.internal/hr/training-2025")));
    AttachmentStore files(vault);
    for (const auto& [id, name, body] :
        { std::tuple<const char*, const char*, const char*> { "5.24", "incident-response-plan-v2.md",
              "# 信息安全事件应急预案 v2\n\n1. 发现与报告\n2. 评估与定级\n"
              "3. 处置与告知\n4. 总结与改进\n" },
            { "8.8", "vulnerability-scan-summary-2025-11.csv",
                "system,critical,high,medium,fixed\nwebsite,0,1,4,5\ncrm,0,0,2,2\n" } }) {
        auto c = service.control(QString::fromLatin1(id));
        if (c && files.addData(QStringLiteral("control"), c->id, QString::fromLatin1(name), QByteArray(body))) {
            ++evidence;
        }
    }

    if (Status s = service.setSoaHeader(
            QStringLiteral("总部办公区、研发中心及官网“联系我们”表单所涉及的信息系统与个人信息处理活动"),
            QStringLiteral("V2.1"));
        !s) {
        return s;
    }
    if (vault.actor().can(Permission::Approve)) {
        service.approveSoa();
    }
    summary.counts.insert(QStringLiteral("iso_controls"), changed);
    summary.counts.insert(QStringLiteral("iso_excluded"), excluded);
    summary.counts.insert(QStringLiteral("iso_overdue_reviews"), overdue);
    summary.counts.insert(QStringLiteral("iso_evidence"), evidence);
    return {};
}

} // namespace cd::demo
