// The policy-version workflow written out by hand, independently of core/policies/PolicyWorkflow:
// every (from, to, role) with the expected answer, checked against the workflow table and, for
// a sample, against PolicyService on a real vault (a refused step changes nothing, not even the
// audit log).
#include "policies/PolicyService.h"
#include "policies/PolicyWorkflow.h"

#include "storage/Statement.h"
#include "util/Clock.h"

#include "TestVault.h"
#include "WorkflowSpec.h"

#include <QTest>

using namespace cd;
using namespace cd::test;

Q_DECLARE_METATYPE(cd::PolicyStatus)
Q_DECLARE_METATYPE(cd::Role)

namespace {

using S = PolicyStatus;

const QDate today(2026, 3, 2);
const QList<S> allStatuses { S::Draft, S::InReview, S::Approved, S::Published, S::Superseded };

// Every allowed (from, to, role); every other combination is refused.
const WorkflowSpec<S> spec({
    { S::Draft, S::InReview, Role::Administrator },
    { S::Draft, S::InReview, Role::PrivacyOfficer },
    { S::Draft, S::InReview, Role::Staff },
    { S::InReview, S::Draft, Role::Administrator },
    { S::InReview, S::Draft, Role::PrivacyOfficer },
    { S::InReview, S::Draft, Role::Staff },
    { S::InReview, S::Approved, Role::Administrator },
    { S::InReview, S::Approved, Role::PrivacyOfficer },
    { S::Approved, S::Draft, Role::Administrator },
    { S::Approved, S::Draft, Role::PrivacyOfficer },
    { S::Approved, S::Draft, Role::Staff },
    { S::Approved, S::Published, Role::Administrator },
    { S::Approved, S::Published, Role::PrivacyOfficer },
});

PolicyVersion completeVersion(S status)
{
    PolicyVersion v;
    v.id = 7;
    v.label = QStringLiteral("2026-04-01");
    v.textZh = QStringLiteral("# 隐私政策\n");
    v.textEn = QStringLiteral("# Privacy policy\n");
    v.updatedOn = today;
    v.effectiveOn = today.addDays(30);
    v.status = status;
    return v;
}

PolicyVersionInput input(const QString& label)
{
    PolicyVersionInput in;
    in.label = label;
    in.textZh = QStringLiteral("# 隐私政策\n\n个人信息是指……\n");
    in.textEn = QStringLiteral("# Privacy policy\n\nPersonal information means…\n");
    in.updatedOn = today;
    in.effectiveOn = today.addDays(30);
    return in;
}

// Moves the version along draft → in review → approved → published until it is in `status`.
void walk(PolicyService& service, qint64 id, S status)
{
    for (S step : { S::InReview, S::Approved, S::Published }) {
        if (service.version(id)->status == status) {
            return;
        }
        if (Status s = service.transition(id, step, true); !s) {
            qFatal("cannot reach %s: %s", qPrintable(policyStatusKey(step)), qPrintable(s.message()));
        }
    }
}

// A version in `status`, made by the administrator (approvals forced past the contents check).
qint64 versionIn(PolicyService& service, S status)
{
    auto doc = service.createDocument(QStringLiteral("Privacy policy"));
    auto v = service.createDraft(doc->id, input(QStringLiteral("v1")));
    walk(service, v->id, status == S::Superseded ? S::Published : status);
    if (status == S::Superseded) {
        const qint64 next = service.revise(v->id, QStringLiteral("v2"))->id;
        service.updateDraft(next, input(QStringLiteral("v2")));
        walk(service, next, S::Published);
    }
    if (service.version(v->id)->status != status) {
        qFatal("the version did not reach %s", qPrintable(policyStatusKey(status)));
    }
    return v->id;
}

qint64 historyCount(TestVault& tv)
{
    return Statement::scalarInt(tv.db(), "SELECT count(*) FROM policy_status_history");
}

} // namespace

class TestPolicyWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return QDateTime(today, QTime(9, 0), Qt::UTC); });
    }
    void cleanup() { Clock::setOverride(nullptr); }

    void table_data();
    void table();
    void publishingNeedsTextAndDates();
    void service_data();
    void service();
};

void TestPolicyWorkflow::table_data()
{
    spec.addEveryStep(allStatuses, [](S s) { return policyStatusKey(s); });
}

void TestPolicyWorkflow::table()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const PolicyVersion v = completeVersion(from);
    const Actor actor = actorWith(role);
    const Status s = PolicyWorkflow::check(from, to, actor, v);
    QCOMPARE(s.ok(), allowed);
    QCOMPARE(PolicyWorkflow::nextActions(v, actor).contains(to), allowed);
    QCOMPARE(PolicyWorkflow::isAllowed(from, to), spec.hasStep(from, to));
    if (!allowed) {
        // No such step is NotAllowed; a step the role may not take is PermissionDenied.
        QCOMPARE(s.code(), spec.refusal(from, to));
        QVERIFY(!s.message().isEmpty());
    }
}

void TestPolicyWorkflow::publishingNeedsTextAndDates()
{
    const Actor admin = actorWith(Role::Administrator);
    PolicyVersion v = completeVersion(S::Approved);
    QVERIFY(PolicyWorkflow::check(S::Approved, S::Published, admin, v).ok());
    v.textZh = QStringLiteral("  \n");
    QCOMPARE(PolicyWorkflow::check(S::Approved, S::Published, admin, v).code(), ErrorCode::NotAllowed);
    v = completeVersion(S::Approved);
    v.effectiveOn = QDate();
    QCOMPARE(PolicyWorkflow::check(S::Approved, S::Published, admin, v).code(), ErrorCode::NotAllowed);
    // Sending back needs neither.
    QVERIFY(PolicyWorkflow::check(S::Approved, S::Draft, admin, v).ok());
}

void TestPolicyWorkflow::service_data()
{
    const QList<WorkflowSpec<S>::Row> sample {
        { S::Draft, S::InReview, Role::Staff },
        { S::Draft, S::InReview, Role::Auditor },
        { S::Draft, S::Approved, Role::Administrator },
        { S::Draft, S::Published, Role::Administrator },
        { S::InReview, S::Approved, Role::Staff },
        { S::InReview, S::Approved, Role::PrivacyOfficer },
        { S::InReview, S::Published, Role::PrivacyOfficer },
        { S::Approved, S::Draft, Role::Staff },
        { S::Approved, S::Published, Role::Staff },
        { S::Approved, S::Published, Role::Administrator },
        { S::Approved, S::Superseded, Role::Administrator },
        { S::Published, S::Draft, Role::Administrator },
        { S::Superseded, S::Published, Role::Administrator },
    };
    WorkflowSpec<S>::addSample(sample, [](S s) { return policyStatusKey(s); });
}

void TestPolicyWorkflow::service()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(Role, role);
    const bool allowed = spec.allows(from, to, role);
    TestVault tv;
    PolicyService setup(tv.vault());
    QVERIFY(setup.setApproverMustDifferFromAuthor(false));
    const qint64 id = versionIn(setup, from);
    tv.signInAs(role);
    PolicyService service(tv.vault());
    const PolicyVersion before = setup.version(id).value();
    const qint64 audits = auditCount(tv.db());
    const qint64 history = historyCount(tv);

    const Status s = service.transition(id, to, true);
    QCOMPARE(s.ok(), allowed);
    const PolicyVersion after = setup.version(id).value();
    if (allowed) {
        QCOMPARE(after.status, to);
        QVERIFY(auditCount(tv.db()) > audits);
        QCOMPARE(historyCount(tv), history + 1);
        return;
    }
    QCOMPARE(s.code(), spec.refusal(from, to));
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.approverId, before.approverId);
    QCOMPARE(after.approvedAt, before.approvedAt);
    QCOMPARE(after.publishedAt, before.publishedAt);
    QCOMPARE(after.contentHash, before.contentHash);
    QCOMPARE(after.updatedAt, before.updatedAt);
    QCOMPARE(auditCount(tv.db()), audits);
    QCOMPARE(historyCount(tv), history);
}

QTEST_GUILESS_MAIN(TestPolicyWorkflow)
#include "tst_policyworkflow.moc"
