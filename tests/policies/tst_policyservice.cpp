#include "policies/PolicyReports.h"
#include "policies/PolicyService.h"
#include "policies/PolicyText.h"

#include "audit/AuditLog.h"
#include "report/ReportRenderer.h"
#include "storage/Statement.h"
#include "util/Clock.h"

#include "TestVault.h"

#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

const QDate today(2026, 3, 2);

// These tests are about the lifecycle, not the contents check (tst_policycontents): approvals
// are forced past it.
PolicyVersionInput sampleInput(const QString& label = QStringLiteral("2026-04-01"))
{
    PolicyVersionInput in;
    in.label = label;
    in.textZh = QStringLiteral("# 隐私政策\n\n## 一、定义\n\n个人信息是指……\n");
    in.textEn = QStringLiteral("# Privacy policy\n\n## 1. Definitions\n\nPersonal information means…\n");
    in.changeSummary = QStringLiteral("First version");
    in.updatedOn = today;
    in.effectiveOn = today.addDays(30);
    return in;
}

} // namespace

class TestPolicyService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return QDateTime(today, QTime(9, 0), Qt::UTC); });
    }
    void cleanup() { Clock::setOverride(nullptr); }

    void fullLifecycle();
    void invalidTransitions_data();
    void invalidTransitions();
    void authorCannotApprove();
    void permissionsAreEnforced();
    void publishedIsImmutable();
    void publishingSupersedes();
    void materialChangeNeedsTimelyNotice_data();
    void materialChangeNeedsTimelyNotice();
    void notificationsDueForDashboard();
    void auditHoldsNamesNotText();
    void pdfContainsHash();
    void historyReportListsVersions();
};

void TestPolicyService::fullLifecycle()
{
    TestVault tv;
    PolicyService service(tv.vault());
    auto doc = service.createDocument(QStringLiteral("隐私政策 / Privacy policy"));
    QVERIFY(doc.ok());
    QCOMPARE(service.createDocument(QStringLiteral("隐私政策 / Privacy policy")).code(), ErrorCode::Conflict);
    auto draft = service.createDraft(doc->id, sampleInput());
    QVERIFY2(draft.ok(), qPrintable(draft.message()));
    QCOMPARE(draft->status, PolicyStatus::Draft);
    QVERIFY(draft->contentHash.isEmpty());
    QCOMPARE(service.createDraft(doc->id, sampleInput()).code(), ErrorCode::Conflict);

    PolicyVersionInput edited = sampleInput();
    edited.textZh += QStringLiteral("新增段落。\n");
    QVERIFY(service.updateDraft(draft->id, edited));
    QVERIFY(service.transition(draft->id, PolicyStatus::InReview));
    // In review: edits wait until it is sent back to draft.
    QCOMPARE(service.updateDraft(draft->id, sampleInput()).code(), ErrorCode::NotAllowed);

    const Actor officer = tv.signInAs(Role::PrivacyOfficer, QStringLiteral("officer"));
    QVERIFY(service.transition(draft->id, PolicyStatus::Approved, true));
    QVERIFY(service.transition(draft->id, PolicyStatus::Published));
    auto published = service.version(draft->id);
    QVERIFY(published.ok());
    QCOMPARE(published->status, PolicyStatus::Published);
    QCOMPARE(published->approverName, officer.displayName);
    QVERIFY(published->approvedAt.isValid());
    QCOMPARE(published->contentHash, PolicyText::contentHash(edited.textZh, edited.textEn));
    QCOMPARE(service.verifyHash(draft->id).value(), true);

    auto history = service.statusHistory(draft->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 4); // created, in review, approved, published
    QCOMPARE(history->last().to, PolicyStatus::Published);

    auto docs = service.documents();
    QCOMPARE(docs->first().publishedLabel, QStringLiteral("2026-04-01"));
    tv.reopen();
    PolicyService reopened(tv.vault());
    QCOMPARE(reopened.version(draft->id)->contentHash, published->contentHash);
}

void TestPolicyService::invalidTransitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("draft to approved") << int(PolicyStatus::Draft) << int(PolicyStatus::Approved);
    QTest::newRow("draft to published") << int(PolicyStatus::Draft) << int(PolicyStatus::Published);
    QTest::newRow("review to published") << int(PolicyStatus::InReview) << int(PolicyStatus::Published);
    QTest::newRow("published to draft") << int(PolicyStatus::Published) << int(PolicyStatus::Draft);
    QTest::newRow("published to superseded") << int(PolicyStatus::Published) << int(PolicyStatus::Superseded);
    QTest::newRow("draft to draft") << int(PolicyStatus::Draft) << int(PolicyStatus::Draft);
}

void TestPolicyService::invalidTransitions()
{
    QFETCH(int, from);
    QFETCH(int, to);
    TestVault tv;
    PolicyService service(tv.vault());
    QVERIFY(service.setApproverMustDifferFromAuthor(false));
    auto doc = service.createDocument(QStringLiteral("Cookie notice"));
    auto v = service.createDraft(doc->id, sampleInput());
    QVERIFY(v.ok());
    const QList<PolicyStatus> path { PolicyStatus::InReview, PolicyStatus::Approved, PolicyStatus::Published };
    for (PolicyStatus step : path) {
        if (int(step) > from) {
            break;
        }
        QVERIFY(service.transition(v->id, step, true));
    }
    const Status s = service.transition(v->id, PolicyStatus(to));
    QVERIFY(!s);
    QCOMPARE(s.code(), ErrorCode::NotAllowed);
    QCOMPARE(int(service.version(v->id)->status), from);
}

void TestPolicyService::authorCannotApprove()
{
    TestVault tv;
    PolicyService service(tv.vault());
    QVERIFY(service.approverMustDifferFromAuthor());
    auto doc = service.createDocument(QStringLiteral("Privacy"));
    auto v = service.createDraft(doc->id, sampleInput());
    QVERIFY(service.transition(v->id, PolicyStatus::InReview));
    const Status refused = service.transition(v->id, PolicyStatus::Approved, true);
    QCOMPARE(refused.code(), ErrorCode::NotAllowed);
    QCOMPARE(service.version(v->id)->status, PolicyStatus::InReview);
    QVERIFY(service.setApproverMustDifferFromAuthor(false));
    QVERIFY(service.transition(v->id, PolicyStatus::Approved, true));
}

void TestPolicyService::permissionsAreEnforced()
{
    TestVault tv;
    PolicyService service(tv.vault());
    auto doc = service.createDocument(QStringLiteral("Privacy"));
    auto v = service.createDraft(doc->id, sampleInput());
    QVERIFY(service.transition(v->id, PolicyStatus::InReview));
    tv.signInAs(Role::Staff, QStringLiteral("staffer"));
    QCOMPARE(service.transition(v->id, PolicyStatus::Approved, true).code(), ErrorCode::PermissionDenied);
    QVERIFY(service.transition(v->id, PolicyStatus::Draft)); // staff may send back
    tv.signInAs(Role::Auditor, QStringLiteral("auditor"));
    QCOMPARE(service.updateDraft(v->id, sampleInput()).code(), ErrorCode::PermissionDenied);
    QCOMPARE(service.createDocument(QStringLiteral("Other")).code(), ErrorCode::PermissionDenied);
    QVERIFY(service.versions(doc->id).ok());
}

void TestPolicyService::publishedIsImmutable()
{
    TestVault tv;
    PolicyService service(tv.vault());
    QVERIFY(service.setApproverMustDifferFromAuthor(false));
    auto doc = service.createDocument(QStringLiteral("Privacy"));
    auto v = service.createDraft(doc->id, sampleInput());
    for (PolicyStatus s : { PolicyStatus::InReview, PolicyStatus::Approved, PolicyStatus::Published }) {
        QVERIFY(service.transition(v->id, s, true));
    }
    PolicyVersionInput changed = sampleInput();
    changed.textZh = QStringLiteral("篡改");
    const Status refused = service.updateDraft(v->id, changed);
    QCOMPARE(refused.code(), ErrorCode::NotAllowed);
    QVERIFY(refused.message().contains(QStringLiteral("new draft")));
    QCOMPARE(service.deleteDraft(v->id).code(), ErrorCode::NotAllowed);
    // Even a direct write past the service is stopped by the schema.
    const Status direct = test::writeRaw(tv.db(), [](Database& db) {
        Statement s(db, "UPDATE policy_versions SET text_zh = 'x'");
        s.exec();
    });
    QVERIFY(!direct);
    QCOMPARE(service.version(v->id)->textZh, sampleInput().textZh);
    QCOMPARE(service.verifyHash(v->id).value(), true);

    // "Edit" starts a new draft with the same texts.
    auto next = service.revise(v->id, QStringLiteral("2026-05-01"));
    QVERIFY2(next.ok(), qPrintable(next.message()));
    QCOMPARE(next->status, PolicyStatus::Draft);
    QCOMPARE(next->textZh, v->textZh);
    QCOMPARE(next->basedOnId, v->id);
    changed.label = next->label;
    QVERIFY(service.updateDraft(next->id, changed));
}

void TestPolicyService::publishingSupersedes()
{
    TestVault tv;
    PolicyService service(tv.vault());
    QVERIFY(service.setApproverMustDifferFromAuthor(false));
    auto doc = service.createDocument(QStringLiteral("Privacy"));
    auto first = service.createDraft(doc->id, sampleInput(QStringLiteral("1.0")));
    auto second = service.createDraft(doc->id, sampleInput(QStringLiteral("1.1")));
    for (qint64 id : { first->id, second->id }) {
        for (PolicyStatus s : { PolicyStatus::InReview, PolicyStatus::Approved, PolicyStatus::Published }) {
            QVERIFY(service.transition(id, s, true));
        }
    }
    QCOMPARE(service.version(first->id)->status, PolicyStatus::Superseded);
    QCOMPARE(service.version(second->id)->status, PolicyStatus::Published);
    QCOMPARE(service.versions(doc->id)->size(), 2);
}

void TestPolicyService::materialChangeNeedsTimelyNotice_data()
{
    QTest::addColumn<bool>("withPlan");
    QTest::addColumn<int>("plannedBeforeEffective");
    QTest::addColumn<int>("leadDays");
    QTest::addColumn<bool>("publishes");
    QTest::newRow("no plan") << false << 0 << 7 << false;
    QTest::newRow("same day") << true << 0 << 7 << false;
    QTest::newRow("six days") << true << 6 << 7 << false;
    QTest::newRow("seven days") << true << 7 << 7 << true;
    QTest::newRow("after effective") << true << -3 << 7 << false;
    QTest::newRow("custom lead 14, 10 days") << true << 10 << 14 << false;
    QTest::newRow("custom lead 3, 3 days") << true << 3 << 3 << true;
}

void TestPolicyService::materialChangeNeedsTimelyNotice()
{
    QFETCH(bool, withPlan);
    QFETCH(int, plannedBeforeEffective);
    QFETCH(int, leadDays);
    QFETCH(bool, publishes);
    TestVault tv;
    PolicyService service(tv.vault());
    QVERIFY(service.setNoticeLeadDays(leadDays));
    QCOMPARE(service.noticeLeadDays(), leadDays);
    auto doc = service.createDocument(QStringLiteral("Privacy"));
    PolicyVersionInput input = sampleInput();
    input.materialChange = true;
    auto v = service.createDraft(doc->id, input);
    if (withPlan) {
        NotificationPlan plan;
        plan.channels = ChannelEmail | ChannelInSite;
        plan.plannedOn = input.effectiveOn.addDays(-plannedBeforeEffective);
        plan.noticeZh = QStringLiteral("我们将更新隐私政策。");
        plan.noticeEn = QStringLiteral("We are updating our privacy policy.");
        QVERIFY(service.setNotificationPlan(v->id, plan));
    }
    QVERIFY(service.transition(v->id, PolicyStatus::InReview));
    tv.signInAs(Role::PrivacyOfficer, QStringLiteral("officer"));
    QVERIFY(service.transition(v->id, PolicyStatus::Approved, true));
    const Status s = service.transition(v->id, PolicyStatus::Published);
    QCOMPARE(s.ok(), publishes);
    QCOMPARE(service.version(v->id)->status, publishes ? PolicyStatus::Published : PolicyStatus::Approved);
    if (!publishes) {
        QCOMPARE(s.code(), ErrorCode::NotAllowed);
        QVERIFY(service.version(v->id)->contentHash.isEmpty());
    }
}

void TestPolicyService::notificationsDueForDashboard()
{
    TestVault tv;
    PolicyService service(tv.vault());
    auto doc = service.createDocument(QStringLiteral("Privacy"));
    PolicyVersionInput input = sampleInput();
    input.materialChange = true;
    auto v = service.createDraft(doc->id, input);
    NotificationPlan plan;
    plan.channels = ChannelOther;
    plan.otherChannel = QStringLiteral("SMS");
    plan.plannedOn = today.addDays(-2);
    plan.noticeZh = QStringLiteral("通知");
    plan.noticeEn = QStringLiteral("Notice");
    QCOMPARE(service.setNotificationPlan(v->id, NotificationPlan {}).code(), ErrorCode::InvalidInput);
    QVERIFY(service.setNotificationPlan(v->id, plan));
    auto due = service.notificationsDue(today);
    QVERIFY(due.ok());
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().daysOverdue, 2);
    QVERIFY(due->first().overdue());
    QCOMPARE(due->first().label, input.label);
    QCOMPARE(service.markNotificationSent(v->id, today.addDays(1)).code(), ErrorCode::InvalidInput);
    QVERIFY(service.markNotificationSent(v->id, today));
    QCOMPARE(service.markNotificationSent(v->id, today).code(), ErrorCode::Conflict);
    auto sent = service.notificationPlan(v->id);
    QCOMPARE(sent->sentOn, today);
    QVERIFY(!sent->sentByName.isEmpty());
    QVERIFY(service.notificationsDue(today)->isEmpty());
    // A sent plan is a record: it can no longer change.
    QCOMPARE(service.setNotificationPlan(v->id, plan).code(), ErrorCode::NotAllowed);
    // Not yet due beyond the horizon.
    auto later = service.createDraft(doc->id, [&] {
        PolicyVersionInput in = input;
        in.label = QStringLiteral("later");
        return in;
    }());
    plan.plannedOn = today.addDays(20);
    QVERIFY(service.setNotificationPlan(later->id, plan));
    QVERIFY(service.notificationsDue(today, 7)->isEmpty());
    QCOMPARE(service.notificationsDue(today, 30)->size(), 1);
    QVERIFY(!service.notificationsDue(today, 30)->first().overdue());
}

void TestPolicyService::auditHoldsNamesNotText()
{
    TestVault tv;
    PolicyService service(tv.vault());
    auto doc = service.createDocument(QStringLiteral("Privacy"));
    PolicyVersionInput input = sampleInput();
    input.textZh = QStringLiteral("UNIQUE-POLICY-WORDING-42");
    auto v = service.createDraft(doc->id, input);
    input.textEn = QStringLiteral("changed");
    QVERIFY(service.updateDraft(v->id, input));
    const QList<AuditEntry> entries
        = AuditLog::list(tv.db(), AuditFilter { {}, QStringLiteral("policy."), {}, {}, {}, {} }, 0, 100);
    QVERIFY(entries.size() >= 3);
    bool sawUpdate = false;
    for (const AuditEntry& e : entries) {
        QVERIFY(!e.detail.contains(QStringLiteral("UNIQUE-POLICY")));
        if (e.action == QLatin1String("policy.version.update")) {
            QCOMPARE(e.fields, QStringList { QStringLiteral("text_en") });
            sawUpdate = true;
        }
    }
    QVERIFY(sawUpdate);
    QVERIFY(AuditLog::verify(tv.db())->ok);
}

void TestPolicyService::pdfContainsHash()
{
    TestVault tv;
    PolicyService service(tv.vault());
    QVERIFY(service.setApproverMustDifferFromAuthor(false));
    auto doc = service.createDocument(QStringLiteral("Privacy"));
    const QString seed = QString::fromUtf8(readFile(
        qEnvironmentVariable("CD_SOURCE_DIR") + QStringLiteral("/tests/data/policies/privacy-policy-2024-04-25.txt")));
    PolicyVersionInput input = sampleInput();
    input.textZh = PolicyText::plainTextToMarkdown(seed);
    auto v = service.createDraft(doc->id, input);
    for (PolicyStatus s : { PolicyStatus::InReview, PolicyStatus::Approved, PolicyStatus::Published }) {
        QVERIFY(service.transition(v->id, s, true));
    }
    const PolicyVersion published = service.version(v->id).value();
    QCOMPARE(published.contentHash.size(), 64);
    for (PolicyTexts texts : { PolicyTexts::Chinese, PolicyTexts::English, PolicyTexts::Both }) {
        const ReportDocument report = PolicyReports::versionReport(published, texts, QStringLiteral("en"));
        QVERIFY(report.toPlainText().contains(published.contentHash));
        const QString pdf = tv.dir() + QStringLiteral("/version-%1.pdf").arg(int(texts));
        ui::ReportRenderer renderer(report);
        QVERIFY(renderer.writePdf(pdf));
        QVERIFY(readFile(pdf).startsWith("%PDF"));
        QVERIFY(renderer.lastPageCount() >= 2);
    }
    const QString html = PolicyReports::versionHtml(published, PolicyTexts::Both, QStringLiteral("zh_CN"));
    QVERIFY(html.contains(published.contentHash));
    QVERIFY(html.contains(QStringLiteral("醫(yī)")));
    QVERIFY(html.contains(QStringLiteral("<table")));
}

void TestPolicyService::historyReportListsVersions()
{
    TestVault tv;
    PolicyService service(tv.vault());
    auto doc = service.createDocument(QStringLiteral("Privacy <script>"));
    PolicyVersionInput input = sampleInput();
    input.materialChange = true;
    auto v = service.createDraft(doc->id, input);
    NotificationPlan plan;
    plan.channels = ChannelEmail;
    plan.plannedOn = today;
    plan.noticeZh = QStringLiteral("通知");
    plan.noticeEn = QStringLiteral("Notice");
    QVERIFY(service.setNotificationPlan(v->id, plan));
    const ReportDocument report = PolicyReports::historyReport(doc.value(), service.versions(doc->id).value(),
        { service.notificationPlan(v->id).value() }, QStringLiteral("en"));
    const QString text = report.toPlainText();
    QVERIFY(text.contains(input.label));
    QVERIFY(text.contains(QStringLiteral("Draft")));
    QVERIFY(text.contains(QStringLiteral("planned for")));
    QVERIFY(!report.toHtml().contains(QStringLiteral("<script>")));
}

QTEST_MAIN(TestPolicyService)
#include "tst_policyservice.moc"
