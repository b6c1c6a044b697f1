// The incident workflow written out by hand, independently of core/registers/IncidentWorkflow:
// every (from, to, role) with the expected answer, checked against the workflow table and, for
// a sample, against IncidentService on a real vault (a refused step changes nothing, not even
// the audit log).
#include "registers/IncidentWorkflow.h"
#include "registers/RegisterService.h"

#include "storage/Statement.h"
#include "util/Clock.h"

#include "TestVault.h"
#include "WorkflowSpec.h"

#include <QTest>

using namespace cd;
using namespace cd::registers;
using namespace cd::test;

Q_DECLARE_METATYPE(cd::registers::IncidentStatus)
Q_DECLARE_METATYPE(cd::Role)

namespace {

using S = IncidentStatus;

const QDateTime fixedNow = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
const QList<S> allStatuses { S::Open, S::Contained, S::Notified, S::Closed };

// Every allowed (from, to, role); every other combination is refused.
const WorkflowSpec<S> spec({
    { S::Open, S::Contained, Role::Administrator },
    { S::Open, S::Contained, Role::PrivacyOfficer },
    { S::Open, S::Contained, Role::Staff },
    { S::Contained, S::Notified, Role::Administrator },
    { S::Contained, S::Notified, Role::PrivacyOfficer },
    { S::Contained, S::Notified, Role::Staff },
    { S::Notified, S::Closed, Role::Administrator },
    { S::Notified, S::Closed, Role::PrivacyOfficer },
});

// Below the reporting threshold, every notice element filled, the people told.
Incident completeIncident(S status = S::Open)
{
    Incident n;
    n.id = 3;
    n.title = QStringLiteral("Support mailbox misdelivery");
    n.discoveredAt = fixedNow.addSecs(-3600 * 2);
    n.severity = Severity::General;
    n.categoryKeys = { QStringLiteral("name"), QStringLiteral("email") };
    n.peopleCount = 12;
    n.description = QStringLiteral("A reply went to the wrong list");
    n.possibleHarm = QStringLiteral("Unwanted mail");
    n.measuresTaken = QStringLiteral("Recalled the message");
    n.advice = QStringLiteral("Ignore suspicious mail");
    n.remedies = QStringLiteral("A dedicated hotline");
    n.status = status;
    return n;
}

IncidentNotification emailNotice(qint64 incidentId)
{
    IncidentNotification x;
    x.incidentId = incidentId;
    x.channel = NotificationChannel::Email;
    x.notifiedAt = fixedNow.addSecs(-600);
    x.peopleCount = 12;
    x.notifiedBy = QStringLiteral("Support lead");
    return x;
}

// An incident in `status`, moved there by the administrator.
qint64 incidentIn(IncidentService& service, S status)
{
    Incident n = completeIncident();
    n.id = 0;
    auto added = service.add(n);
    if (!added) {
        qFatal("cannot add: %s", qPrintable(added.message()));
    }
    const qint64 id = added->id;
    service.addNotification(emailNotice(id));
    for (S step : { S::Contained, S::Notified, S::Closed }) {
        if (service.get(id)->status == status) {
            break;
        }
        if (auto moved = service.transition(id, step); !moved) {
            qFatal("cannot reach %s: %s", qPrintable(statusKey(step)), qPrintable(moved.message()));
        }
    }
    return id;
}

} // namespace

class TestIncidentWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return fixedNow; });
    }
    void cleanup() { Clock::setOverride(nullptr); }

    void table_data();
    void table();
    void notifiedNeedsNoticeAndReports();
    void service_data();
    void service();
};

void TestIncidentWorkflow::table_data()
{
    spec.addEveryStep(allStatuses, [](S s) { return statusKey(s); });
}

void TestIncidentWorkflow::table()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    Incident n = completeIncident(from);
    n.notifications << emailNotice(n.id);
    const Actor actor = actorWith(role);
    const RegulatorRule rule;
    const Status s = IncidentWorkflow::check(from, to, actor, n, rule, fixedNow);
    QCOMPARE(s.ok(), allowed);
    QCOMPARE(IncidentWorkflow::isAllowed(from, to), spec.hasStep(from, to));
    bool offered = false;
    for (const IncidentWorkflow::NextAction& a : IncidentWorkflow::nextActions(n, actor, rule, fixedNow)) {
        QVERIFY(spec.hasStep(from, a.to)); // only real steps are offered, enabled or not
        offered = offered || (a.to == to && a.enabled());
    }
    QCOMPARE(offered, allowed);
    if (!allowed) {
        QCOMPARE(s.code(), spec.refusal(from, to));
        QVERIFY(!s.message().isEmpty());
    }
}

void TestIncidentWorkflow::notifiedNeedsNoticeAndReports()
{
    const Actor staff = actorWith(Role::Staff);
    const RegulatorRule rule; // relatively serious and above within 4 hours
    Incident n = completeIncident(S::Contained);
    // No notification recorded yet.
    QCOMPARE(
        IncidentWorkflow::check(S::Contained, S::Notified, staff, n, rule, fixedNow).code(), ErrorCode::NotAllowed);
    n.notifications << emailNotice(n.id);
    QVERIFY(IncidentWorkflow::check(S::Contained, S::Notified, staff, n, rule, fixedNow).ok());
    // A notice element missing.
    Incident noAdvice = n;
    noAdvice.advice.clear();
    QCOMPARE(IncidentWorkflow::problems(noAdvice, S::Notified, rule, fixedNow).size(), 1);
    // Above the threshold, the regulator report comes first.
    Incident serious = n;
    serious.severity = Severity::Major;
    QCOMPARE(IncidentWorkflow::check(S::Contained, S::Notified, staff, serious, rule, fixedNow).code(),
        ErrorCode::NotAllowed);
    serious.regulatorAuthority = QStringLiteral("Provincial CAC");
    serious.regulatorReportedAt = fixedNow.addSecs(-60);
    QVERIFY(IncidentWorkflow::check(S::Contained, S::Notified, staff, serious, rule, fixedNow).ok());
    // The next action is offered but not enabled while blocked, with its reasons.
    const auto actions = IncidentWorkflow::nextActions(noAdvice, staff, rule, fixedNow);
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first().to, S::Notified);
    QVERIFY(actions.first().permitted);
    QVERIFY(!actions.first().enabled());
    QVERIFY(IncidentWorkflow::nextActions(completeIncident(S::Closed), staff, rule, fixedNow).isEmpty());
}

void TestIncidentWorkflow::service_data()
{
    const QList<WorkflowSpec<S>::Row> sample {
        { S::Open, S::Contained, Role::Staff },
        { S::Open, S::Contained, Role::Auditor },
        { S::Open, S::Notified, Role::Administrator },
        { S::Open, S::Closed, Role::Administrator },
        { S::Contained, S::Notified, Role::Staff },
        { S::Contained, S::Open, Role::Administrator },
        { S::Notified, S::Closed, Role::Staff },
        { S::Notified, S::Closed, Role::PrivacyOfficer },
        { S::Notified, S::Contained, Role::Administrator },
        { S::Closed, S::Notified, Role::Administrator },
        { S::Closed, S::Open, Role::Staff },
    };
    WorkflowSpec<S>::addSample(sample, [](S s) { return statusKey(s); });
}

void TestIncidentWorkflow::service()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(Role, role);
    const bool allowed = spec.allows(from, to, role);
    TestVault tv;
    IncidentService setup(tv.vault());
    const qint64 id = incidentIn(setup, from);
    QCOMPARE(setup.get(id)->status, from);
    tv.signInAs(role);
    IncidentService service(tv.vault());
    const Incident before = setup.get(id).value();
    const qint64 audits = auditCount(tv.db());

    const auto moved = service.transition(id, to);
    QCOMPARE(moved.ok(), allowed);
    const Incident after = setup.get(id).value();
    if (allowed) {
        QCOMPARE(after.status, to);
        QCOMPARE(auditCount(tv.db()), audits + 1);
        return;
    }
    QCOMPARE(moved.code(), spec.refusal(from, to));
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.containedAt, before.containedAt);
    QCOMPARE(after.notifiedAt, before.notifiedAt);
    QCOMPARE(after.closedAt, before.closedAt);
    QCOMPARE(after.updatedAt, before.updatedAt);
    QCOMPARE(auditCount(tv.db()), audits);
}

QTEST_GUILESS_MAIN(TestIncidentWorkflow)
#include "tst_incidentworkflow.moc"
