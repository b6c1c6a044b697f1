#include "demo/DemoData.h"

#include "requests/RequestService.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QRandomGenerator>

namespace cd::demo {

namespace {

using namespace cd::requests;

struct DemoPerson {
    const char* name;
    const char* email;
    const char* phone;
};

// Invented people; the numbers use the 1380013xxxx test range and example domains.
const DemoPerson kPeople[] = {
    { "王芳", "wangfang.demo@example.cn", "138 0013 8001" },
    { "李娜", "lina_demo@example.com", "" },
    { "刘洋", "", "+86 138-0013-8003" },
    { "陈晓东", "xd.chen@example.net", "13800138004" },
    { "赵敏", "zhaomin@example.org", "" },
    { "孙立", "", "13800138006" },
    { "周静怡", "jingyi.zhou@example.cn", "13800138007" },
    { "吴昊", "wuhao@example.com", "" },
    { "郑雪", "zhengxue@example.cn", "13800138009" },
    { "冯伟", "", "138-0013-8010" },
    { "何欣然", "xinran.he@example.net", "" },
    { "Emily Carter", "emily.carter@example.co.uk", "" },
    { "马俊", "majun@example.cn", "13800138013" },
    { "林巧", "linqiao@example.com", "13800138014" },
    { "黄子涵", "", "13800138015" },
};

const char* kDescriptions[] = {
    "请提供贵公司保存的我的个人信息副本。",
    "我的手机号已更换，请更正联系方式。",
    "请删除我在官网留言时提交的全部个人信息。",
    "我不再使用贵公司的服务，请注销我的账户。",
    "我撤回此前对营销信息推送的同意。",
    "请将我的个人信息以通用格式导出，以便转移给其他服务提供者。",
    "Please tell me which personal data you hold about me.",
    "想了解贵公司如何处理我的就诊预约信息。",
};

RequestState stepTo(RequestService& service, qint64 id, RequestState to, const QDate& on, const QString& reason = {})
{
    TransitionInput in;
    in.to = to;
    in.on = on;
    in.verificationMethod = QStringLiteral("id_document");
    in.reasonKey = reason;
    in.reasonText = QStringLiteral("经核实，相关信息依法须保存至保存期限届满。");
    auto r = service.transition(id, in);
    return r ? r->state : RequestState::Received;
}

} // namespace

// Synthetic requests for the demo vault: every type and state, some overdue, some due soon.
Status fillRequests(Vault& vault, const DemoOptions& options, DemoSummary& summary)
{
    RequestService service(vault);
    QRandomGenerator rng(options.seed ^ 0x5e0u);
    const WorkingDayCalendar cal = service.calendar();
    const QDate today = Clock::today();

    // A few demo submissions (if the submissions area created any) to link as the person's records.
    QList<QPair<qint64, QString>> submissionEmails;
    // Without them the demo requests are simply not linked.
    vault.read(Permission::Read, [&](ReadTx& tx) {
        Statement q(tx.db(), "SELECT id, email FROM submissions WHERE email_norm <> '' ORDER BY id LIMIT 4");
        while (q.next()) {
            submissionEmails.append({ q.int64(0), q.text(1) });
        }
    });

    const QList<RequestType> types = allTypes();
    int created = 0;
    for (int i = 0; i < 30; ++i) {
        const DemoPerson& p = kPeople[i % (sizeof(kPeople) / sizeof(kPeople[0]))];
        RequestDraft d;
        d.type = types.at(i % types.size());
        // Spread receipts over the last ~40 working days; the newest ones stay open.
        const int ageWorkingDays = (i * 7 + int(rng.bounded(5))) % 40 + 1;
        d.receivedOn = cal.addWorkingDays(today, -ageWorkingDays);
        d.channel = allChannels().at(int(rng.bounded(allChannels().size())));
        d.requesterName = QString::fromUtf8(p.name);
        d.email = QString::fromUtf8(p.email);
        d.phone = QString::fromUtf8(p.phone);
        d.onBehalf = i % 9 == 4 ? OnBehalf::Guardian : (i % 11 == 7 ? OnBehalf::Agent : OnBehalf::Self);
        d.possibleMinor = d.onBehalf == OnBehalf::Guardian;
        d.description = QString::fromUtf8(kDescriptions[i % (sizeof(kDescriptions) / sizeof(kDescriptions[0]))]);
        if (i < submissionEmails.size()) {
            d.email = submissionEmails.at(i).second;
            d.linkedSubmissions = { submissionEmails.at(i).first };
        }
        auto added = service.add(d);
        if (!added) {
            return added.status();
        }
        ++created;
        const qint64 id = added->id;
        const QDate received = d.receivedOn;
        const QDate verifyOn = cal.addWorkingDays(received, 1);
        const QDate startOn = cal.addWorkingDays(received, 2);
        // Old requests are mostly closed; recent ones are spread over the open states, and a
        // few old ones stay open so the overdue view has something to show.
        const int plan = ageWorkingDays > 20 ? (i % 6 == 0 ? 5 : i % 4) : (i % 5) + 4;
        switch (plan) {
        case 0: // completed (or, for deletions, left in progress for the officer to fulfil)
        case 1:
            stepTo(service, id, RequestState::Verification, verifyOn);
            stepTo(service, id, RequestState::InProgress, startOn);
            if (!isErasure(d.type)) {
                stepTo(service, id, RequestState::Completed, startOn);
            }
            break;
        case 2:
            stepTo(service, id, RequestState::Verification, verifyOn);
            stepTo(service, id, RequestState::Rejected, startOn, QStringLiteral("legal_obligation"));
            break;
        case 3: stepTo(service, id, RequestState::Withdrawn, verifyOn); break;
        case 4: break; // just received
        case 5: // overdue, still in progress
            stepTo(service, id, RequestState::Verification, verifyOn);
            stepTo(service, id, RequestState::InProgress, startOn);
            break;
        case 6:
            stepTo(service, id, RequestState::Verification, verifyOn);
            stepTo(service, id, RequestState::Waiting, startOn);
            break;
        case 7: stepTo(service, id, RequestState::Verification, verifyOn); break;
        default:
            stepTo(service, id, RequestState::Verification, verifyOn);
            stepTo(service, id, RequestState::InProgress, startOn);
            break;
        }
    }
    summary.counts.insert(QStringLiteral("requests"), created);
    return {};
}

} // namespace cd::demo
