#include "demo/DemoData.h"

#include "audit/AuditLog.h"
#include "policies/PolicyContents.h"
#include "policies/PolicyService.h"
#include "policies/PolicyText.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QFile>

namespace cd::demo {

namespace {

// Our own English rendering of the published Chinese policy, for the bilingual demo.
const char* const englishPolicy = R"(# Vivest Privacy Policy

Last updated: 25 April 2024

Your trust matters to us. Suzhou Vivest Medical Technology Co., Ltd. ("we" or "Vivest") takes your privacy seriously. As the applicable laws and regulations require, we take appropriate security measures and do our best to keep your personal information secure and under control. This Vivest Privacy Policy ("this policy") applies to all products and services Vivest provides.

Before you use any Vivest product or service, please read this policy carefully and make sure you understand it, in particular the terms in bold, and start using our products only once you have understood and agreed to it.

## 1. Definitions

Personal information: any information, recorded electronically or otherwise, that identifies a natural person on its own or together with other information, or that reflects the activities of a natural person.

Sensitive personal information: personal information that, once leaked, unlawfully provided or misused, may endanger personal or property safety, or easily lead to damage to a person's reputation or physical or mental health, or to discriminatory treatment.

## 2. Privacy policy

### 1. How we collect and use your personal information

When you use Vivest systems, we collect the personal information you provide or that arises from your use, as set out below, to provide and improve our services.

| Information collected | Purpose | When |
| --- | --- | --- |
| Name, mobile number, email, region | So that Vivest staff can contact you promptly | "Contact us" on the official website |
| Cookies or similar technologies | To improve the website's infrastructure, navigation and content for a better experience | When you visit our website |

### 2. How we share, transfer and publicly disclose your personal information

#### 2.1 Sharing

We do not share your personal information with any company, organisation or individual outside Vivest and its affiliates, except:

2.1.1 With your explicit consent: once you have explicitly agreed, we share your personal information with other parties.

2.1.2 As laws and regulations require, or as competent authorities mandate, we share your personal information externally.

#### 2.2 Transfer

We do not transfer your personal information to any company, organisation or individual, except:

2.2.1 With your explicit consent.

2.2.2 To meet legal or regulatory requirements, mandatory government requests or judicial rulings.

#### 2.3 Public disclosure

We publicly disclose your personal information only:

2.3.1 With your explicit consent, in the manner specified.

2.3.2 Where the law, legal procedure, litigation or competent authorities require it.

### 3. How we protect your personal information

#### 3.1 Protection

We follow the ISO/IEC 27001 information security management system (ISMS) standard and take the necessary security measures to protect your personal information against unauthorised access, disclosure, use, modification, damage or loss.

#### 3.2 Incident response

No internet environment is 100% secure. Should a personal information security incident occur, we will inform you promptly, as the law requires, of the incident and its possible impact, the measures we have taken or will take, what you can do to reduce the risk, and the remedies offered to you, by email, letter, telephone or push notification. Where we cannot inform every person individually, we will publish a notice in a reasonable and effective way. We will also report the handling of the incident to the regulators as they require.

### 4. Your rights

Under the applicable laws, regulations and standards, you may:

#### 4.1 Access your personal information

except where laws and regulations provide otherwise.

#### 4.2 Correct your personal information

when you find that information we process about you is wrong.

#### 4.3 Delete your personal information

if our processing breaks laws or regulations; if we collected or used your information without your consent; if our processing breaks our agreement with you; or if we no longer provide products or services to you.

#### 4.4 Close your account

Subject to the applicable laws and regulations, you may ask to close your account through the contact details in this policy.

### 5. Protection of minors

The Vivest website is intended for adults and is not directed at minors.

### 6. Third-party services

For your convenience the Vivest website links to third-party services such as WeChat, JD.com and Taobao, which are operated independently of Vivest.

### 7. How this policy is updated

We revise this policy from time to time. If a change would materially reduce your rights under this policy, we will notify you by email or in-site message before the change takes effect.

### 8. Contact

If you have any questions, comments or suggestions about this policy, please email us: security@vivest.cn
)";

QString seedPolicyText()
{
    QFile file(QStringLiteral(":/policies/privacy-policy-2024-04-25.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    auto decoded = PolicyText::decode(file.readAll());
    return decoded ? decoded->text : QString();
}

// Demo versions are written by the staff member 张伟 and approved by the signed-in administrator,
// so the four-eyes rule holds in the demo as it does in real use.
Status setAuthor(Vault& vault, qint64 versionId, const QString& username)
{
    return vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement s(db,
            "UPDATE policy_versions SET author_id = (SELECT id FROM accounts WHERE username = ?) "
            "WHERE id = ? AND status = 'draft' AND EXISTS (SELECT 1 FROM accounts WHERE username = ?)");
        s.bind(1, username).bind(2, versionId).bind(3, username).exec();
        tx.audit({ QStringLiteral("policy.version.update"), QStringLiteral("policy_version"),
            QString::number(versionId), { QStringLiteral("author_id") }, {} });
    });
}

// The demo's published versions predate the contents check of NDSMR art. 21 (2025): they were
// approved without it, which their audit entries record.
Status publish(PolicyService& service, qint64 versionId)
{
    for (PolicyStatus step : { PolicyStatus::InReview, PolicyStatus::Approved, PolicyStatus::Published }) {
        if (Status s = service.transition(versionId, step, true); !s) {
            return s;
        }
    }
    return {};
}

} // namespace

Status fillPolicies(Vault& vault, const DemoOptions& options, DemoSummary& summary)
{
    Q_UNUSED(options)
    const QString seed = seedPolicyText();
    if (seed.isEmpty()) {
        return Error { ErrorCode::Internal, QStringLiteral("policy demo text missing from resources") };
    }
    const QString seedMarkdown = PolicyText::plainTextToMarkdown(seed);
    const QString english = QString::fromUtf8(englishPolicy);

    PolicyService service(vault);
    auto document = service.createDocument(QStringLiteral("隐私政策 / Privacy policy"));
    if (!document) {
        return document.status();
    }

    // An earlier version, before cookies and third-party links were described.
    QString earlierZh = seedMarkdown;
    earlierZh.replace(QStringLiteral("2024年【4】月【25】日"), QStringLiteral("2023年【6】月【1】日"));
    const qsizetype cookieRow = earlierZh.indexOf(QStringLiteral("| Cookies"));
    if (cookieRow > 0) {
        earlierZh.remove(cookieRow, earlierZh.indexOf(QLatin1Char('\n'), cookieRow) - cookieRow + 1);
    }
    const qsizetype thirdParty = earlierZh.indexOf(QStringLiteral("### 6、"));
    const qsizetype thirdPartyEnd = earlierZh.indexOf(QStringLiteral("### 7、"));
    if (thirdParty > 0 && thirdPartyEnd > thirdParty) {
        earlierZh.remove(thirdParty, thirdPartyEnd - thirdParty);
    }
    QString earlierEn = english;
    earlierEn.replace(QStringLiteral("Last updated: 25 April 2024"), QStringLiteral("Last updated: 1 June 2023"));

    PolicyVersionInput earlier;
    earlier.label = QStringLiteral("2023-06-01");
    earlier.textZh = earlierZh;
    earlier.textEn = earlierEn;
    earlier.changeSummary = QStringLiteral("首次发布。 / First publication.");
    earlier.updatedOn = QDate(2023, 6, 1);
    earlier.effectiveOn = QDate(2023, 6, 1);
    auto first = service.createDraft(document->id, earlier);
    if (!first) {
        return first.status();
    }
    setAuthor(vault, first->id, QStringLiteral("zhangwei"));
    if (Status s = publish(service, first->id); !s) {
        return s;
    }

    PolicyVersionInput current;
    current.label = QStringLiteral("2024-04-25");
    current.textZh = seedMarkdown;
    current.textEn = english;
    current.changeSummary = QStringLiteral("说明 Cookies 的使用和第三方服务链接。 / Describes cookies and links to "
                                           "third-party services.");
    current.updatedOn = QDate(2024, 4, 25);
    current.effectiveOn = QDate(2024, 4, 25);
    auto published = service.createDraft(document->id, current);
    if (!published) {
        return published.status();
    }
    setAuthor(vault, published->id, QStringLiteral("zhangwei"));
    if (Status s = publish(service, published->id); !s) {
        return s;
    }

    // The revision in review: longer retention of contact data and a hosting provider, which
    // reduces users' rights, so it carries a notification plan.
    const QDate today = Clock::today();
    auto revision = service.revise(published->id, today.addDays(30).toString(Qt::ISODate));
    if (!revision) {
        return revision.status();
    }
    PolicyVersionInput next;
    next.label = revision->label;
    next.textZh = revision->textZh;
    next.textZh.replace(QStringLiteral("2024年【4】月【25】日"),
        QStringLiteral("%1年【%2】月【%3】日").arg(today.year()).arg(today.month()).arg(today.day()));
    next.textZh.replace(QStringLiteral("2.1.2 我們會根據(jù)法律法規(guī)規(guī)定"),
        QStringLiteral(
            "2.1.3 為提供網站托管與郵件服務,我們會委託雲服務提供商處理您的聯繫信息,並以合同約束其保護義務。\n\n"
            "2.1.2 我們會根據(jù)法律法規(guī)規(guī)定"));
    next.textZh.replace(QStringLiteral("通過電子郵件或站內(nèi)信的方式通知您"),
        QStringLiteral("提前至少七日通過電子郵件或站內(nèi)信的方式通知您"));
    next.textEn = revision->textEn;
    next.textEn.replace(QStringLiteral("2.1.2 As laws"),
        QStringLiteral("2.1.3 To host the website and send email, we have cloud service providers "
                       "process your contact details under contracts that bind them to protect "
                       "it.\n\n2.1.2 As laws"));
    next.textEn.replace(QStringLiteral("before the change takes effect"),
        QStringLiteral("at least seven days before the change takes effect"));
    next.changeSummary = QStringLiteral("新增云服务提供商委托处理;通知提前期。 / Adds processing by cloud providers; "
                                        "notice lead time.");
    next.updatedOn = today;
    next.effectiveOn = today.addDays(30);
    next.materialChange = true;
    if (Status s = service.updateDraft(revision->id, next); !s) {
        return s;
    }
    setAuthor(vault, revision->id, QStringLiteral("zhangwei"));
    NotificationPlan plan;
    plan.channels = ChannelEmail | ChannelInSite;
    plan.plannedOn = today.addDays(10);
    plan.noticeZh
        = QStringLiteral("我们将于%1更新隐私政策:新增云服务提供商委托处理您的联系信息。详情请见新版隐私政策。")
              .arg(next.effectiveOn.toString(QStringLiteral("yyyy年M月d日")));
    plan.noticeEn = QStringLiteral("Our privacy policy changes on %1: cloud service providers will process your "
                                   "contact details on our behalf. Please read the new policy for details.")
                        .arg(next.effectiveOn.toString(QStringLiteral("d MMMM yyyy")));
    if (Status s = service.setNotificationPlan(revision->id, plan); !s) {
        return s;
    }
    if (Status s = service.transition(revision->id, PolicyStatus::InReview); !s) {
        return s;
    }
    // The approver has started the contents check of the revision; the rest is still open.
    PolicyContentsService contents(vault);
    const QList<QPair<QString, QString>> found { { QStringLiteral("handler_contact"), QStringLiteral("二.8") },
        { QStringLiteral("purposes_methods_categories"), QStringLiteral("二.1") },
        { QStringLiteral("collected_list"), QStringLiteral("二.1") },
        { QStringLiteral("third_party_list"), QStringLiteral("二.2.1") },
        { QStringLiteral("rights_how"), QStringLiteral("二.4") } };
    for (const auto& [key, section] : found) {
        if (Status s = contents.setItem(revision->id, key, true, section); !s) {
            return s;
        }
    }
    summary.counts.insert(QStringLiteral("policy versions"), 3);
    return {};
}

} // namespace cd::demo
