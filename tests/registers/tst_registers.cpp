// The registers service: legal-basis refusals, the incident life cycle and its notice
// elements, the regulator clock, letters in both languages, and register counts.
#include "TestVault.h"

#include "audit/AuditLog.h"
#include "demo/DemoData.h"
#include "export/TableExport.h"
#include "registers/RegisterReports.h"
#include "registers/RegisterService.h"
#include "storage/Statement.h"
#include "util/Clock.h"

#include "util/Formatting.h"
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::registers;
using namespace cd::test;

Q_DECLARE_METATYPE(cd::registers::LegalBasis)
Q_DECLARE_METATYPE(cd::registers::Severity)
Q_DECLARE_METATYPE(cd::registers::RegulatorClock::State)

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);

Disclosure validDisclosure()
{
    Disclosure d;
    d.kind = DisclosureKind::Sharing;
    d.recipientName = QStringLiteral("Swift Parcel Ltd");
    d.recipientType = RecipientType::Processor;
    d.purpose = QStringLiteral("Deliver ordered devices");
    d.categoryKeys = { QStringLiteral("name"), QStringLiteral("phone") };
    d.peopleCount = 40;
    d.basis = LegalBasis::Consent;
    d.consentRecord = QStringLiteral("Order page consent log v3");
    d.disclosedOn = QDate(2026, 3, 2);
    return d;
}

Incident completeIncident()
{
    Incident n;
    n.title = QStringLiteral("Support mailbox misdelivery");
    n.occurredAt = fixedNow.addSecs(-3600 * 5);
    n.discoveredAt = fixedNow.addSecs(-3600 * 2);
    n.category = IncidentCategory::Misdelivery;
    n.severity = Severity::General;
    n.categoryKeys = { QStringLiteral("name"), QStringLiteral("email") };
    n.peopleCount = 12;
    n.cause = QStringLiteral("CAUSE-wrong distribution list");
    n.description = QStringLiteral("DESC-a reply went to the wrong list");
    n.possibleHarm = QStringLiteral("HARM-unwanted mail");
    n.measuresTaken = QStringLiteral("MEAS-recalled the message");
    n.advice = QStringLiteral("ADVICE-ignore suspicious mail");
    n.remedies = QStringLiteral("REMEDY-dedicated hotline");
    return n;
}

qint64 rowCount(Database& db, const char* table)
{
    return Statement::scalarInt(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)).toUtf8());
}

IncidentNotification emailNotice(qint64 incidentId, int people = 12)
{
    IncidentNotification x;
    x.incidentId = incidentId;
    x.channel = NotificationChannel::Email;
    x.notifiedAt = fixedNow.addSecs(-600);
    x.peopleCount = people;
    x.notifiedBy = QStringLiteral("Support lead");
    return x;
}

} // namespace

class TestRegisters : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return fixedNow; });
    }
    void cleanup() { Clock::setOverride(nullptr); }

    void disclosureRefusedWithoutBasisDetails_data();
    void disclosureRefusedWithoutBasisDetails();
    void disclosureSavedWithEachBasis_data();
    void disclosureSavedWithEachBasis();
    void schemaRefusesBasisWithoutDetails();
    void disclosureUpdateKeepsOnlyChosenBasis();
    void disclosureFiltersAndLinks();
    void auditHoldsNoValues();
    void permissions();
    void notifiedRefusedWithoutElement_data();
    void notifiedRefusedWithoutElement();
    void notifiedRefusedWithoutNotificationOrReport();
    void transitionsFollowTheOrder();
    void announcementNeedsReason();
    void regulatorClock_data();
    void regulatorClock();
    void pendingReportsAndOverdue();
    void ruleIsAVaultSetting();
    void lettersContainEveryElement_data();
    void lettersContainEveryElement();
    void incidentReportHasTimeline();
    void disclosureRegisterCounts();
    void incidentRegisterCounts();
    void hostileTextStaysText();
    void demoData();
};

void TestRegisters::disclosureRefusedWithoutBasisDetails_data()
{
    QTest::addColumn<LegalBasis>("basis");
    QTest::addColumn<QString>("field");
    QTest::newRow("consent without where recorded") << LegalBasis::Consent << QString();
    QTest::newRow("law without citation") << LegalBasis::Law << QString();
    QTest::newRow("government without document number") << LegalBasis::Government << QStringLiteral("authority");
    QTest::newRow("government without authority") << LegalBasis::Government << QStringLiteral("document");
    QTest::newRow("judicial without case number") << LegalBasis::Judicial << QStringLiteral("court");
    QTest::newRow("judicial without court") << LegalBasis::Judicial << QStringLiteral("case");
    QTest::newRow("consent with only spaces") << LegalBasis::Consent << QStringLiteral("spaces");
}

void TestRegisters::disclosureRefusedWithoutBasisDetails()
{
    QFETCH(LegalBasis, basis);
    QFETCH(QString, field);
    TestVault tv;
    const qint64 auditBefore = AuditLog::count(tv.db(), {});
    Disclosure d = validDisclosure();
    d.basis = basis;
    d.consentRecord = field == QLatin1String("spaces") ? QStringLiteral("   ") : QString();
    // Details of the other bases must not count for the chosen one.
    d.lawCitation = basis == LegalBasis::Law ? QString() : QStringLiteral("PIPL art. 13");
    d.authority = field == QLatin1String("authority") ? QStringLiteral("Municipal health commission") : QString();
    d.documentNumber = field == QLatin1String("document") ? QStringLiteral("No. 2026-17") : QString();
    d.court = field == QLatin1String("court") ? QStringLiteral("District court") : QString();
    d.caseNumber = field == QLatin1String("case") ? QStringLiteral("(2026) 123") : QString();
    DisclosureService service(tv.vault());
    auto r = service.add(d);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::InvalidInput);
    QVERIFY(r.message().contains(QLatin1String("legal basis")));
    QCOMPARE(rowCount(tv.db(), "disclosures"), 0);
    QCOMPARE(AuditLog::count(tv.db(), {}), auditBefore);
}

void TestRegisters::disclosureSavedWithEachBasis_data()
{
    QTest::addColumn<LegalBasis>("basis");
    QTest::newRow("consent") << LegalBasis::Consent;
    QTest::newRow("law") << LegalBasis::Law;
    QTest::newRow("government") << LegalBasis::Government;
    QTest::newRow("judicial") << LegalBasis::Judicial;
}

void TestRegisters::disclosureSavedWithEachBasis()
{
    QFETCH(LegalBasis, basis);
    TestVault tv;
    Disclosure d = validDisclosure();
    d.basis = basis;
    d.lawCitation = QStringLiteral("PIPL art. 13(3)");
    d.authority = QStringLiteral("Municipal health commission");
    d.documentNumber = QStringLiteral("No. 2026-17");
    d.court = QStringLiteral("District court");
    d.caseNumber = QStringLiteral("(2026) 123");
    DisclosureService service(tv.vault());
    auto r = service.add(d);
    QVERIFY2(r, qPrintable(r.message()));
    tv.reopen();
    DisclosureService again(tv.vault());
    auto stored = again.get(r->id);
    QVERIFY(stored);
    QCOMPARE(stored->basis, basis);
    QCOMPARE(stored->categoryKeys, d.categoryKeys);
    QCOMPARE(stored->disclosedOn, d.disclosedOn);
    QVERIFY(!basisDetail(stored.value()).trimmed().isEmpty());
    // Only the chosen basis keeps its details.
    QCOMPARE(stored->lawCitation.isEmpty(), basis != LegalBasis::Law);
    QCOMPARE(stored->court.isEmpty(), basis != LegalBasis::Judicial);
    QCOMPARE(stored->consentRecord.isEmpty(), basis != LegalBasis::Consent);
}

void TestRegisters::schemaRefusesBasisWithoutDetails()
{
    // Even a program that bypasses the service cannot store a consent event without its record.
    TestVault tv;
    bool threw = false;
    try {
        tv.db().exec("INSERT INTO disclosures (kind, recipient_name, purpose, basis, disclosed_on, created_at, "
                     "updated_at) VALUES ('sharing', 'X', 'Y', 'consent', '2026-01-01', 'now', 'now')");
    } catch (const DbException&) {
        threw = true;
    }
    QVERIFY(threw);
    QCOMPARE(rowCount(tv.db(), "disclosures"), 0);
}

void TestRegisters::disclosureUpdateKeepsOnlyChosenBasis()
{
    TestVault tv;
    DisclosureService service(tv.vault());
    auto r = service.add(validDisclosure());
    QVERIFY(r);
    Disclosure d = r.value();
    d.basis = LegalBasis::Judicial;
    QVERIFY(!service.update(d)); // judicial without court and case
    d.court = QStringLiteral("District court");
    d.caseNumber = QStringLiteral("(2026) 55");
    auto updated = service.update(d);
    QVERIFY2(updated, qPrintable(updated.message()));
    QVERIFY(updated->consentRecord.isEmpty());
    QCOMPARE(updated->caseNumber, QStringLiteral("(2026) 55"));
    AuditFilter f;
    f.action = QStringLiteral("disclosure.update");
    const auto entries = AuditLog::list(tv.db(), f, 0, 10);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().fields.contains(QStringLiteral("basis")));
    QVERIFY(entries.first().fields.contains(QStringLiteral("basis_details")));
    QVERIFY(!entries.first().fields.contains(QStringLiteral("purpose")));
}

void TestRegisters::disclosureFiltersAndLinks()
{
    TestVault tv;
    DisclosureService service(tv.vault());
    Disclosure a = validDisclosure();
    a.links = { RegisterLink { QStringLiteral("submission"), 17 }, RegisterLink { QStringLiteral("request"), 4 } };
    QVERIFY(service.add(a));
    Disclosure b = validDisclosure();
    b.kind = DisclosureKind::Transfer;
    b.recipientName = QStringLiteral("Acme Labs");
    b.basis = LegalBasis::Law;
    b.lawCitation = QStringLiteral("Cybersecurity Law art. 28");
    b.disclosedOn = QDate(2026, 1, 15);
    QVERIFY(service.add(b));
    Disclosure bad = validDisclosure();
    bad.links = { RegisterLink { QStringLiteral("spaceship"), 1 } };
    QVERIFY(!service.add(bad));
    Disclosure unknownCategory = validDisclosure();
    unknownCategory.categoryKeys = { QStringLiteral("blood_type") };
    auto refused = service.add(unknownCategory);
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QLatin1String("blood_type")));

    QCOMPARE(service.list()->size(), 2);
    DisclosureFilter f;
    f.kind = int(DisclosureKind::Transfer);
    QCOMPARE(service.list(f)->size(), 1);
    f = {};
    f.basis = int(LegalBasis::Consent);
    QCOMPARE(service.list(f)->size(), 1);
    QCOMPARE(service.list(f)->first().links.size(), 2);
    f = {};
    f.text = QStringLiteral("acme");
    QCOMPARE(service.list(f)->size(), 1);
    f.text = QStringLiteral("%");
    QCOMPARE(service.list(f)->size(), 0);
    QCOMPARE(service.disclosuresBetween(QDate(2026, 3, 1), QDate(2026, 3, 31))->size(), 1);
    QCOMPARE(service.disclosuresBetween(QDate(2026, 1, 1), QDate(2026, 3, 31))->size(), 2);
}

void TestRegisters::auditHoldsNoValues()
{
    TestVault tv;
    DisclosureService disclosures(tv.vault());
    Disclosure d = validDisclosure();
    d.recipientName = QStringLiteral("SECRET-RECIPIENT");
    d.recipientContact = QStringLiteral("13800138000");
    d.consentRecord = QStringLiteral("SECRET-CONSENT");
    QVERIFY(disclosures.add(d));
    IncidentService incidents(tv.vault());
    Incident n = completeIncident();
    n.title = QStringLiteral("SECRET-TITLE");
    auto added = incidents.add(n);
    QVERIFY(added);
    QVERIFY(incidents.addNotification(emailNotice(added->id)));
    for (const AuditEntry& e : AuditLog::list(tv.db(), {}, 0, 100)) {
        const QString all = e.fields.join(QLatin1Char(',')) + e.detail + e.entityId;
        QVERIFY2(!all.contains(QLatin1String("SECRET")), qPrintable(all));
        QVERIFY(!all.contains(QLatin1String("13800138000")));
        QVERIFY(!all.contains(QLatin1String("DESC-")));
    }
    AuditFilter f;
    f.entityType = QStringLiteral("incident");
    QCOMPARE(AuditLog::count(tv.db(), f), 2);
}

void TestRegisters::permissions()
{
    TestVault tv;
    IncidentService incidents(tv.vault());
    auto added = incidents.add(completeIncident());
    QVERIFY(added);
    QVERIFY(incidents.addNotification(emailNotice(added->id)));
    QVERIFY(incidents.transition(added->id, IncidentStatus::Contained));
    QVERIFY(incidents.transition(added->id, IncidentStatus::Notified));

    tv.signInAs(Role::Auditor);
    QCOMPARE(DisclosureService(tv.vault()).add(validDisclosure()).code(), ErrorCode::PermissionDenied);
    QVERIFY(IncidentService(tv.vault()).list());
    tv.signInAs(Role::Staff);
    QVERIFY(DisclosureService(tv.vault()).add(validDisclosure()));
    // Closing is a sign-off.
    QCOMPARE(
        IncidentService(tv.vault()).transition(added->id, IncidentStatus::Closed).code(), ErrorCode::PermissionDenied);
    QCOMPARE(IncidentService(tv.vault()).remove(added->id).code(), ErrorCode::PermissionDenied);
    tv.signInAs(Role::PrivacyOfficer);
    auto closed = IncidentService(tv.vault()).transition(added->id, IncidentStatus::Closed);
    QVERIFY2(closed, qPrintable(closed.message()));
    QCOMPARE(closed->status, IncidentStatus::Closed);
    QCOMPARE(closed->closedAt, fixedNow);
    Incident edit = closed.value();
    edit.title = QStringLiteral("Changed after sign-off");
    QCOMPARE(IncidentService(tv.vault()).update(edit).code(), ErrorCode::NotAllowed);
    QVERIFY(!IncidentService(tv.vault()).addNotification(emailNotice(added->id)));
}

void TestRegisters::notifiedRefusedWithoutElement_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("named");
    QTest::newRow("description") << QStringLiteral("description") << QStringLiteral("what happened");
    QTest::newRow("categories") << QStringLiteral("categories") << QStringLiteral("information involved");
    QTest::newRow("possible harm") << QStringLiteral("harm") << QStringLiteral("possible impact");
    QTest::newRow("measures") << QStringLiteral("measures") << QStringLiteral("measures taken");
    QTest::newRow("advice") << QStringLiteral("advice") << QStringLiteral("what individuals can do");
    QTest::newRow("remedies") << QStringLiteral("remedies") << QStringLiteral("remedies offered");
    QTest::newRow("remedies only spaces") << QStringLiteral("remedies-spaces") << QStringLiteral("remedies offered");
}

void TestRegisters::notifiedRefusedWithoutElement()
{
    QFETCH(QString, field);
    QFETCH(QString, named);
    TestVault tv;
    IncidentService service(tv.vault());
    Incident n = completeIncident();
    if (field == QLatin1String("description")) {
        n.description.clear();
    } else if (field == QLatin1String("categories")) {
        n.categoryKeys.clear();
    } else if (field == QLatin1String("harm")) {
        n.possibleHarm.clear();
    } else if (field == QLatin1String("measures")) {
        n.measuresTaken.clear();
    } else if (field == QLatin1String("advice")) {
        n.advice.clear();
    } else if (field == QLatin1String("remedies")) {
        n.remedies.clear();
    } else {
        n.remedies = QStringLiteral(" \n\t ");
    }
    auto added = service.add(n); // an incomplete incident may be recorded...
    QVERIFY2(added, qPrintable(added.message()));
    QVERIFY(service.addNotification(emailNotice(added->id)));
    QVERIFY(service.transition(added->id, IncidentStatus::Contained));
    auto refused = service.transition(added->id, IncidentStatus::Notified); // ...but not marked notified
    QVERIFY(!refused);
    QCOMPARE(refused.code(), ErrorCode::NotAllowed);
    QVERIFY2(refused.message().contains(named), qPrintable(refused.message()));
    QCOMPARE(service.get(added->id)->status, IncidentStatus::Contained);
    QVERIFY(!service.get(added->id)->notifiedAt.isValid());
}

void TestRegisters::notifiedRefusedWithoutNotificationOrReport()
{
    TestVault tv;
    IncidentService service(tv.vault());
    Incident n = completeIncident();
    n.severity = Severity::Major;
    auto added = service.add(n);
    QVERIFY(added);
    QVERIFY(service.transition(added->id, IncidentStatus::Contained));
    auto refused = service.transition(added->id, IncidentStatus::Notified);
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QLatin1String("Record how the people affected were told")));
    QVERIFY(refused.message().contains(QLatin1String("regulator")));
    QVERIFY(service.addNotification(emailNotice(added->id)));
    QVERIFY(!service.transition(added->id, IncidentStatus::Notified));
    auto reported = service.recordRegulatorReport(added->id, QStringLiteral("Provincial CAC"), fixedNow.addSecs(-1800),
        QStringLiteral("CAC-2026-0042"), QStringLiteral("Privacy officer"));
    QVERIFY2(reported, qPrintable(reported.message()));
    auto notified = service.transition(added->id, IncidentStatus::Notified);
    QVERIFY2(notified, qPrintable(notified.message()));
    QCOMPARE(notified->notifiedAt, fixedNow);
    // Once notified, the notice's elements cannot be blanked.
    Incident edit = notified.value();
    edit.advice.clear();
    QCOMPARE(service.update(edit).code(), ErrorCode::NotAllowed);
    // A report before the discovery is refused.
    QVERIFY(!service.recordRegulatorReport(
        added->id, QStringLiteral("CAC"), fixedNow.addDays(-3), {}, QStringLiteral("x")));
}

void TestRegisters::transitionsFollowTheOrder()
{
    TestVault tv;
    IncidentService service(tv.vault());
    auto added = service.add(completeIncident());
    QVERIFY(added);
    QCOMPARE(added->status, IncidentStatus::Open);
    QCOMPARE(service.transition(added->id, IncidentStatus::Closed).code(), ErrorCode::NotAllowed);
    QCOMPARE(service.transition(added->id, IncidentStatus::Open).code(), ErrorCode::NotAllowed);
    // A step cannot be dated before the discovery or in the future.
    QCOMPARE(
        service.transition(added->id, IncidentStatus::Contained, fixedNow.addDays(-1)).code(), ErrorCode::InvalidInput);
    QCOMPARE(
        service.transition(added->id, IncidentStatus::Contained, fixedNow.addDays(1)).code(), ErrorCode::InvalidInput);
    auto contained = service.transition(added->id, IncidentStatus::Contained, fixedNow.addSecs(-3000));
    QVERIFY(contained);
    QCOMPARE(contained->containedAt, fixedNow.addSecs(-3000));
    QCOMPARE(service.transition(added->id, IncidentStatus::Contained).code(), ErrorCode::NotAllowed);
    QCOMPARE(service.transition(9999, IncidentStatus::Contained).code(), ErrorCode::NotFound);
    // Discovery in the future and occurrence after discovery are refused.
    Incident future = completeIncident();
    future.discoveredAt = fixedNow.addDays(2);
    QCOMPARE(service.add(future).code(), ErrorCode::InvalidInput);
    Incident backwards = completeIncident();
    backwards.occurredAt = backwards.discoveredAt.addSecs(60);
    QCOMPARE(service.add(backwards).code(), ErrorCode::InvalidInput);
}

void TestRegisters::announcementNeedsReason()
{
    TestVault tv;
    IncidentService service(tv.vault());
    auto added = service.add(completeIncident());
    QVERIFY(added);
    IncidentNotification a;
    a.incidentId = added->id;
    a.channel = NotificationChannel::Announcement;
    a.notifiedAt = fixedNow.addSecs(-60);
    a.notifiedBy = QStringLiteral("Communications");
    a.reason = QStringLiteral("   ");
    auto refused = service.addNotification(a);
    QVERIFY(!refused);
    QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    QVERIFY(refused.message().contains(QLatin1String("reason")));
    QCOMPARE(rowCount(tv.db(), "incident_notifications"), 0);
    // The schema refuses it too.
    bool threw = false;
    try {
        tv.db().exec(
            QStringLiteral("INSERT INTO incident_notifications (incident_id, channel, notified_at, created_at) "
                           "VALUES (%1, 'announcement', 'x', 'x')")
                .arg(added->id));
    } catch (const DbException&) {
        threw = true;
    }
    QVERIFY(threw);
    a.reason = QStringLiteral("Contact details of most people affected are unknown");
    auto ok = service.addNotification(a);
    QVERIFY2(ok, qPrintable(ok.message()));
    // Individual notices need a count and a sender.
    IncidentNotification noCount = emailNotice(added->id, 0);
    QVERIFY(!service.addNotification(noCount));
    IncidentNotification noSender = emailNotice(added->id);
    noSender.notifiedBy.clear();
    QVERIFY(!service.addNotification(noSender));
    QCOMPARE(service.get(added->id)->notifications.size(), 1);
}

void TestRegisters::regulatorClock_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<int>("discoveredMinutesAgo");
    QTest::addColumn<int>("reportedMinutesAfterDiscovery"); // -1: not reported
    QTest::addColumn<int>("ruleHours");
    QTest::addColumn<RegulatorClock::State>("state");
    QTest::addColumn<qint64>("remaining");
    using S = RegulatorClock::State;
    QTest::newRow("general: never required") << Severity::General << 600 << -1 << 4 << S::NotRequired << qint64(0);
    QTest::newRow("较大 just discovered")
        << Severity::RelativelySerious << 0 << -1 << 4 << S::Running << qint64(4 * 3600);
    QTest::newRow("较大 95 min in") << Severity::RelativelySerious << 95 << -1 << 4 << S::Running << qint64(145 * 60);
    QTest::newRow("重大 one minute left") << Severity::Major << 239 << -1 << 4 << S::Running << qint64(60);
    QTest::newRow("exactly at deadline is overdue") << Severity::Major << 240 << -1 << 4 << S::Overdue << qint64(0);
    QTest::newRow("特别重大 overdue 1 h") << Severity::EspeciallyMajor << 300 << -1 << 4 << S::Overdue << qint64(-3600);
    QTest::newRow("reported in time") << Severity::RelativelySerious << 600 << 239 << 4 << S::ReportedInTime
                                      << qint64(0);
    QTest::newRow("reported at the deadline")
        << Severity::RelativelySerious << 600 << 240 << 4 << S::ReportedInTime << qint64(0);
    QTest::newRow("reported late") << Severity::Major << 600 << 241 << 4 << S::ReportedLate << qint64(0);
    QTest::newRow("1-hour rule") << Severity::Major << 61 << -1 << 1 << S::Overdue << qint64(-60);
    QTest::newRow("24-hour rule") << Severity::Major << 61 << -1 << 24 << S::Running << qint64((24 * 60 - 61) * 60);
}

void TestRegisters::regulatorClock()
{
    QFETCH(Severity, severity);
    QFETCH(int, discoveredMinutesAgo);
    QFETCH(int, reportedMinutesAfterDiscovery);
    QFETCH(int, ruleHours);
    QFETCH(RegulatorClock::State, state);
    QFETCH(qint64, remaining);
    Incident n;
    n.severity = severity;
    n.discoveredAt = fixedNow.addSecs(-60 * discoveredMinutesAgo);
    if (reportedMinutesAfterDiscovery >= 0) {
        n.regulatorReportedAt = n.discoveredAt.addSecs(60 * reportedMinutesAfterDiscovery);
    }
    RegulatorRule rule;
    rule.hours = ruleHours;
    const RegulatorClock c = IncidentService::clockFor(n, rule, fixedNow);
    QCOMPARE(c.state, state);
    QCOMPARE(c.secondsRemaining, remaining);
    QCOMPARE(c.secondsSinceDiscovery, qint64(60 * discoveredMinutesAgo));
    QCOMPARE(c.deadline.isValid(), state != RegulatorClock::State::NotRequired);
}

void TestRegisters::pendingReportsAndOverdue()
{
    TestVault tv;
    IncidentService service(tv.vault());
    Incident a = completeIncident();
    a.severity = Severity::RelativelySerious;
    a.occurredAt = {};
    a.discoveredAt = fixedNow.addSecs(-60 * 30);
    Incident b = a;
    b.severity = Severity::Major;
    b.discoveredAt = fixedNow.addSecs(-60 * 300); // overdue by an hour
    Incident c = a;
    c.severity = Severity::General;
    auto ia = service.add(a);
    auto ib = service.add(b);
    auto ic = service.add(c);
    QVERIFY(ia && ib && ic);
    auto pending = service.pendingRegulatorReports();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(0).first.id, ib->id); // most urgent first
    QCOMPARE(pending->at(0).second.state, RegulatorClock::State::Overdue);
    QCOMPARE(pending->at(1).second.state, RegulatorClock::State::Running);
    QCOMPARE(service.openIncidentCount().value(), 3);
    QVERIFY(service.recordRegulatorReport(ib->id, QStringLiteral("CAC"), fixedNow, QString(), QStringLiteral("x")));
    QCOMPARE(service.pendingRegulatorReports()->size(), 1);
    QCOMPARE(service.clockFor(service.get(ib->id).value()).state, RegulatorClock::State::ReportedLate);
    // Time moves on: the running clock runs out.
    Clock::setOverride([] { return fixedNow.addSecs(4 * 3600); });
    QCOMPARE(service.pendingRegulatorReports()->first().second.state, RegulatorClock::State::Overdue);
}

void TestRegisters::ruleIsAVaultSetting()
{
    TestVault tv;
    IncidentService service(tv.vault());
    QCOMPARE(service.rule().hours, 4);
    QCOMPARE(service.rule().threshold, Severity::RelativelySerious);
    QVERIFY(service.setRule(RegulatorRule { 2, Severity::Major }));
    QCOMPARE(service.rule().hours, 2);
    QCOMPARE(service.rule().threshold, Severity::Major);
    QVERIFY(!service.setRule(RegulatorRule { 0, Severity::Major }));
    tv.signInAs(Role::Staff);
    QCOMPARE(IncidentService(tv.vault()).setRule(RegulatorRule { 8, Severity::General }).code(),
        ErrorCode::PermissionDenied);
    // A damaged setting falls back to the legal default.
    tv.signInAdmin();
    QVERIFY(tv.vault().setSetting(SettingKeys::reportHours(), QStringLiteral("soon")));
    QCOMPARE(IncidentService(tv.vault()).rule().hours, 4);
}

void TestRegisters::lettersContainEveryElement_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("announcement");
    QTest::addColumn<QStringList>("wording");
    const QStringList zh { QStringLiteral("一、事件情况"), QStringLiteral("二、我们已采取的处置措施"),
        QStringLiteral("三、您可以采取的防范措施"), QStringLiteral("四、补救措施"), QStringLiteral("涉及的个人信息"),
        QStringLiteral("姓名"), QStringLiteral("电子邮箱"), QStringLiteral("个人信息保护法") };
    const QStringList en { QStringLiteral("What happened"), QStringLiteral("What we have done"),
        QStringLiteral("What you can do"), QStringLiteral("Remedies"), QStringLiteral("Personal information involved"),
        QStringLiteral("Name"), QStringLiteral("Email address"),
        QStringLiteral("Personal Information Protection Law") };
    QTest::newRow("letter zh") << QStringLiteral("zh_CN") << false << zh;
    QTest::newRow("letter en") << QStringLiteral("en") << false << en;
    QTest::newRow("announcement zh") << QStringLiteral("zh_CN") << true
                                     << (zh + QStringList { QStringLiteral("公告"), QStringLiteral("REASON-") });
    QTest::newRow("announcement en") << QStringLiteral(
        "en") << true << (en + QStringList { QStringLiteral("Announcement"), QStringLiteral("REASON-") });
}

void TestRegisters::lettersContainEveryElement()
{
    QFETCH(QString, language);
    QFETCH(bool, announcement);
    QFETCH(QStringList, wording);
    TestVault tv;
    IncidentService service(tv.vault());
    auto added = service.add(completeIncident());
    QVERIFY(added);
    IncidentNotification a;
    a.incidentId = added->id;
    a.channel = NotificationChannel::Announcement;
    a.notifiedAt = fixedNow;
    a.notifiedBy = QStringLiteral("Communications");
    a.reason = QStringLiteral("REASON-no contact details");
    QVERIFY(service.addNotification(a));
    const Incident n = service.get(added->id).value();
    const ReportContext ctx = reportContext(tv.vault(), language);
    const ReportDocument doc = announcement ? buildPublicAnnouncement(n, ctx) : buildNotificationLetter(n, ctx);
    QCOMPARE(doc.language, language);
    const QString text = doc.toPlainText();
    for (const QString& element : { n.description, n.cause, n.possibleHarm, n.measuresTaken, n.advice, n.remedies }) {
        QVERIFY2(text.contains(element), qPrintable(element));
    }
    for (const QString& w : wording) {
        QVERIFY2(text.contains(w), qPrintable(w));
    }
    QVERIFY(text.contains(letterContactLine(language)));
    QVERIFY(text.contains(QLatin1String("security@vivest.cn")));
    const QString html = doc.toHtml();
    QVERIFY(html.contains(QLatin1String("security@vivest.cn")));
    // The other language's wording does not leak in.
    if (language == QLatin1String("zh_CN")) {
        QVERIFY(!text.contains(QLatin1String("What you can do")));
    } else {
        QVERIFY(!text.contains(QStringLiteral("补救措施")));
    }
}

void TestRegisters::incidentReportHasTimeline()
{
    TestVault tv;
    IncidentService service(tv.vault());
    Incident n = completeIncident();
    n.severity = Severity::RelativelySerious;
    auto added = service.add(n);
    QVERIFY(added);
    QVERIFY(service.transition(added->id, IncidentStatus::Contained, fixedNow.addSecs(-3600)));
    QVERIFY(service.recordRegulatorReport(added->id, QStringLiteral("Provincial CAC"), fixedNow.addSecs(-1800),
        QStringLiteral("REF-77"), QStringLiteral("Officer")));
    QVERIFY(service.addNotification(emailNotice(added->id)));
    QVERIFY(service.transition(added->id, IncidentStatus::Notified));
    const Incident stored = service.get(added->id).value();
    const auto timeline = incidentTimeline(stored, service.rule());
    QStringList what;
    for (const auto& e : timeline) {
        what << e.what;
    }
    QCOMPARE(what.size(), 7);
    QCOMPARE(what.first(), QStringLiteral("Incident occurred"));
    QCOMPARE(what.at(1), QStringLiteral("Incident discovered"));
    QCOMPARE(what.at(2), QStringLiteral("Marked contained"));
    QVERIFY(what.at(3).contains(QLatin1String("REF-77")));
    QVERIFY(what.at(4).startsWith(QLatin1String("Email: 12 people notified")));
    QCOMPARE(what.at(5), QStringLiteral("Marked notified"));
    QCOMPARE(what.last(), QStringLiteral("Deadline for the regulator report")); // reported 2 h early
    for (int i = 1; i < timeline.size(); ++i) {
        QVERIFY(timeline.at(i - 1).at <= timeline.at(i).at);
    }
    const QString text = buildIncidentReport(stored, reportContext(tv.vault(), QStringLiteral("en"))).toPlainText();
    QVERIFY(text.contains(QLatin1String("Reported to the regulator in time")));
    QVERIFY(text.contains(QLatin1String("REMEDY-dedicated hotline")));
    QVERIFY(text.contains(QLatin1String("Timeline")));
}

void TestRegisters::disclosureRegisterCounts()
{
    TestVault tv;
    DisclosureService service(tv.vault());
    // 3 sharing (2 consent, 1 law), 1 transfer (judicial), 1 public (government); one outside the period.
    auto make = [&](DisclosureKind kind, LegalBasis basis, const QDate& on, int people) {
        Disclosure d = validDisclosure();
        d.kind = kind;
        d.basis = basis;
        d.lawCitation = QStringLiteral("PIPL art. 13");
        d.authority = QStringLiteral("Authority");
        d.documentNumber = QStringLiteral("Doc 1");
        d.court = QStringLiteral("Court");
        d.caseNumber = QStringLiteral("Case 1");
        d.disclosedOn = on;
        d.peopleCount = people;
        QVERIFY(service.add(d));
    };
    make(DisclosureKind::Sharing, LegalBasis::Consent, QDate(2026, 1, 5), 10);
    make(DisclosureKind::Sharing, LegalBasis::Consent, QDate(2026, 2, 5), 20);
    make(DisclosureKind::Sharing, LegalBasis::Law, QDate(2026, 3, 1), 3);
    make(DisclosureKind::Transfer, LegalBasis::Judicial, QDate(2026, 3, 5), 1);
    make(DisclosureKind::PublicDisclosure, LegalBasis::Government, QDate(2026, 3, 8), 100);
    make(DisclosureKind::Transfer, LegalBasis::Consent, QDate(2025, 12, 31), 7);

    const QDate from(2026, 1, 1);
    const QDate to(2026, 3, 31);
    const auto list = service.disclosuresBetween(from, to).value();
    const DisclosureCounts c = countDisclosures(list);
    QCOMPARE(c.events, 5);
    QCOMPARE(c.people, qint64(134));
    QCOMPARE(c.byKind.value(DisclosureKind::Sharing), 3);
    QCOMPARE(c.byKind.value(DisclosureKind::Transfer), 1);
    QCOMPARE(c.byKind.value(DisclosureKind::PublicDisclosure), 1);
    QCOMPARE(c.byBasis.value(LegalBasis::Consent), 2);
    QCOMPARE(c.byBasis.value(LegalBasis::Law), 1);
    QCOMPARE(c.byBasis.value(LegalBasis::Government), 1);
    QCOMPARE(c.byBasis.value(LegalBasis::Judicial), 1);

    const ReportContext ctx = reportContext(tv.vault(), QStringLiteral("en"));
    const QString text = buildDisclosureRegister(list, from, to, ctx).toPlainText();
    // Dates in the one style of the report's language (cd::fmt).
    QVERIFY(text.contains(fmt::date(from, ctx.language) + QStringLiteral(" – ") + fmt::date(to, ctx.language)));
    QVERIFY(text.contains(QLatin1String("Sharing\t3")));
    QVERIFY(text.contains(QLatin1String("Explicit consent\t2")));
    QVERIFY(text.contains(QLatin1String("Judicial ruling\t1")));
    QVERIFY(!text.contains(fmt::date(QDate(2025, 12, 31), ctx.language)));

    QTemporaryDir dir;
    DisclosureFilter f;
    f.from = from;
    f.to = to;
    const QString csv = dir.filePath(QStringLiteral("d.csv"));
    QVERIFY(exportDisclosureRegister(tv.vault(), f, csv, QStringLiteral("csv"), QStringLiteral("en")));
    const QString content = QString::fromUtf8(readFile(csv));
    QCOMPARE(content.count(QLatin1String("Swift Parcel Ltd")), 5);
    QVERIFY(
        content.contains(QLatin1String("\"Kind: Sharing\",3")) || content.contains(QLatin1String("Kind: Sharing,3")));
    QVERIFY(content.contains(QLatin1String("Legal basis: Explicit consent,2")));
    AuditFilter af;
    af.action = QStringLiteral("disclosure.export");
    const auto entries = AuditLog::list(tv.db(), af, 0, 5);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().detail.contains(QLatin1String("rows=5")));
    QVERIFY(!exportDisclosureRegister(
        tv.vault(), f, dir.filePath(QStringLiteral("d.pdf")), QStringLiteral("pdf"), QStringLiteral("en")));
    if (TableExport::xlsxAvailable()) {
        const QString xlsx = dir.filePath(QStringLiteral("d.xlsx"));
        QVERIFY(exportDisclosureRegister(tv.vault(), f, xlsx, QStringLiteral("xlsx"), QStringLiteral("en")));
        QVERIFY(readFile(xlsx).startsWith("PK"));
    }
    tv.signInAs(Role::Auditor);
    QCOMPARE(exportDisclosureRegister(tv.vault(), f, csv, QStringLiteral("csv"), QStringLiteral("en")).code(),
        ErrorCode::PermissionDenied);
}

void TestRegisters::incidentRegisterCounts()
{
    TestVault tv;
    IncidentService service(tv.vault());
    Incident base = completeIncident();
    base.occurredAt = {};
    QList<qint64> ids;
    for (Severity s : { Severity::General, Severity::General, Severity::RelativelySerious, Severity::Major }) {
        Incident n = base;
        n.severity = s;
        n.discoveredAt = fixedNow.addSecs(-3600 * 6);
        auto added = service.add(n);
        QVERIFY(added);
        ids << added->id;
    }
    QVERIFY(service.transition(ids.at(0), IncidentStatus::Contained));
    QVERIFY(service.recordRegulatorReport(
        ids.at(2), QStringLiteral("CAC"), fixedNow.addSecs(-3600 * 5), QString(), QStringLiteral("x")));
    const auto list = service.list().value();
    const IncidentCounts c = countIncidents(list, service.rule(), fixedNow);
    QCOMPARE(c.incidents, 4);
    QCOMPARE(c.bySeverity.value(Severity::General), 2);
    QCOMPARE(c.bySeverity.value(Severity::RelativelySerious), 1);
    QCOMPARE(c.bySeverity.value(Severity::Major), 1);
    QCOMPARE(c.byStatus.value(IncidentStatus::Open), 3);
    QCOMPARE(c.byStatus.value(IncidentStatus::Contained), 1);
    QCOMPARE(c.regulatorReportsLate, 1); // the major one, never reported
    const QString text
        = buildIncidentRegister(list, {}, {}, reportContext(tv.vault(), QStringLiteral("en"))).toPlainText();
    QVERIFY(text.contains(QLatin1String("General\t2")));
    QVERIFY(text.contains(QLatin1String("Open\t3")));
    QVERIFY(text.contains(QLatin1String("Regulator reports overdue or late: 1")));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("i.csv"));
    QVERIFY(exportIncidentRegister(tv.vault(), {}, csv, QStringLiteral("csv"), QStringLiteral("en")));
    const QString content = QString::fromUtf8(readFile(csv));
    QVERIFY(content.contains(QLatin1String("Severity: General,2")));
    QVERIFY(content.contains(QLatin1String("Incidents,4")));
}

void TestRegisters::hostileTextStaysText()
{
    TestVault tv;
    DisclosureService service(tv.vault());
    Disclosure d = validDisclosure();
    d.recipientName = QStringLiteral("=HYPERLINK(\"http://x\")<script>'; DROP TABLE disclosures;--");
    d.purpose = QStringLiteral("<b>bold</b> 目的");
    auto added = service.add(d);
    QVERIFY(added);
    QCOMPARE(added->recipientName, d.recipientName);
    QCOMPARE(rowCount(tv.db(), "disclosures"), 1);
    const ReportContext ctx = reportContext(tv.vault(), QStringLiteral("en"));
    const QString html = buildDisclosureRegister({ added.value() }, {}, {}, ctx).toHtml();
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(!html.contains(QLatin1String("<b>bold</b>")));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("h.csv"));
    QVERIFY(exportDisclosureRegister(tv.vault(), {}, csv, QStringLiteral("csv"), QStringLiteral("en")));
    QVERIFY(!readFile(csv).contains(",=HYPERLINK"));
}

void TestRegisters::demoData()
{
    TestVault tv;
    DemoSummary summary;
    QVERIFY(demo::fillRegisters(tv.vault(), {}, summary));
    QCOMPARE(summary.counts.value(QStringLiteral("disclosures")), 3);
    IncidentService incidents(tv.vault());
    const auto list = incidents.list().value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(incidents.openIncidentCount().value(), 1);
    const auto pending = incidents.pendingRegulatorReports().value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().second.state, RegulatorClock::State::Running);
    QCOMPARE(pending.first().first.severity, Severity::RelativelySerious);
    QSet<LegalBasis> bases;
    const QList<Disclosure> disclosures = DisclosureService(tv.vault()).list().value();
    for (const Disclosure& d : disclosures) {
        bases.insert(d.basis);
    }
    QCOMPARE(bases, (QSet<LegalBasis> { LegalBasis::Consent, LegalBasis::Law, LegalBasis::Judicial }));
}

QTEST_GUILESS_MAIN(TestRegisters)
#include "tst_registers.moc"
