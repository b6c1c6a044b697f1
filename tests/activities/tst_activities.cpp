// The register of processing activities: seeded from the privacy policy, the PIPL art. 55 flags,
// the three art. 56 questions, three-year retention of assessments, processors with their
// contracts and linked disclosures, and the 2024 cross-border thresholds at every edge.
#include "TestVault.h"
#include "storage/Migrations.h"

#include "activities/ActivityService.h"
#include "attachments/AttachmentStore.h"
#include "audit/AuditLog.h"
#include "dashboard/DashboardService.h"
#include "registers/RegisterService.h"
#include "storage/Statement.h"
#include "util/Clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::activities;
using namespace cd::test;

Q_DECLARE_METATYPE(cd::activities::CrossBorderCheck::Mechanism)

namespace {

QDateTime g_now = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);

Activity activity(const QStringList& keys)
{
    Activity a;
    a.name = QStringLiteral("Device warranty registration");
    a.purpose = QStringLiteral("Honour the warranty");
    a.categoryKeys = keys;
    return a;
}

Pia completePia(qint64 activityId, const QDate& on)
{
    Pia p;
    p.activityId = activityId;
    p.assessedOn = on;
    p.lawfulPurpose = QStringLiteral("Needed for the contract");
    p.impactRisks = QStringLiteral("Low");
    p.measures = QStringLiteral("Encrypted, access logged");
    p.conclusion = QStringLiteral("Acceptable");
    p.approver = QStringLiteral("Privacy officer");
    return p;
}

} // namespace

class TestActivities : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_now = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
        Clock::setOverride([] { return g_now; });
    }
    void cleanup() { Clock::setOverride(nullptr); }

    void seededFromThePolicy();
    void existingVaultMigrates();
    void piaFlags();
    void piaNeedsTheThreeQuestions();
    void piaKeptThreeYears();
    void processorsAndDisclosures();
    void crossBorderEdges_data();
    void crossBorderEdges();
    void crossBorderSumsActivities();
    void permissionsAndAudit();
    void attentionList();
    void processorEditsAndReview();
    void processorReviewInAttention_data();
    void processorReviewInAttention();
    void disclosureNamesItsProcessor();
};

void TestActivities::seededFromThePolicy()
{
    TestVault tv;
    auto list = ActivityService(tv.vault()).list();
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    const Activity& contact = list->at(0);
    QCOMPARE(contact.categoryKeys,
        QStringList(
            { QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("region") }));
    QCOMPARE(contact.policySection, QStringLiteral("二.1"));
    QCOMPARE(int(contact.basis), int(LegalBasis::Consent));
    QCOMPARE(list->at(1).categoryKeys, QStringList { QStringLiteral("cookies") });
    // Neither involves sensitive information or a transfer: no assessment is required.
    QCOMPARE(int(ActivityService(tv.vault()).piaStatus(contact.id)->state), int(PiaStatus::State::NotRequired));
}

void TestActivities::existingVaultMigrates()
{
    // A vault of the first release (format 1) gains the register, seeded, on open.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("fixture.cdvault"));
    QVERIFY(QFile::copy(testDataPath(QStringLiteral("vaults/fixture-v1.cdvault")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto v = Vault::open(copy, VaultKey::passphrase(QStringLiteral("fixture passphrase 1")));
    QVERIFY2(v, qPrintable(v.message()));
    QVERIFY(v.value()->signIn(QStringLiteral("admin"), QStringLiteral("fixture-admin-1")));
    QCOMPARE(v.value()->formatVersion(), Migrations::latestVersion());
    auto list = ActivityService(*v.value()).list();
    QVERIFY2(list, qPrintable(list.message()));
    QCOMPARE(list->size(), 2);
    QCOMPARE(ActivityService::sensitiveKeys(v.value()->db()),
        QStringList({ QStringLiteral("id_number"), QStringLiteral("health") }));
    QCOMPARE(Statement::scalarInt(v.value()->db(), "SELECT count(*) FROM disclosures WHERE processor_id IS NULL"),
        Statement::scalarInt(v.value()->db(), "SELECT count(*) FROM disclosures"));
}

void TestActivities::piaFlags()
{
    TestVault tv;
    ActivityService service(tv.vault());
    auto plain = service.add(activity({ QStringLiteral("name") }));
    QVERIFY2(plain, qPrintable(plain.message()));
    QCOMPARE(int(service.piaStatus(plain->id)->state), int(PiaStatus::State::NotRequired));

    auto health = service.add(activity({ QStringLiteral("name"), QStringLiteral("health") }));
    QVERIFY(health);
    PiaStatus st = service.piaStatus(health->id).value();
    QCOMPARE(int(st.state), int(PiaStatus::State::Missing));
    QCOMPARE(st.reasons.size(), 1);

    Activity abroad = activity({ QStringLiteral("email") });
    abroad.crossBorder = true;
    QVERIFY(!service.add(abroad)); // a transfer names its destination
    abroad.destination = QStringLiteral("Singapore");
    abroad.automatedDecision = true;
    abroad.providesOrPublishes = true;
    auto added = service.add(abroad);
    QVERIFY(added);
    QCOMPARE(service.piaStatus(added->id)->reasons.size(), 3);

    // A current assessment clears the flag; past its review cycle it is flagged again.
    QVERIFY(service.addPia(completePia(health->id, QDate(2026, 1, 5))));
    st = service.piaStatus(health->id).value();
    QCOMPARE(int(st.state), int(PiaStatus::State::Current));
    QCOMPARE(st.reviewDue, QDate(2027, 1, 5));
    g_now = QDateTime(QDate(2027, 1, 5), QTime(12, 0), Qt::UTC);
    QCOMPARE(int(service.piaStatus(health->id)->state), int(PiaStatus::State::Current));
    g_now = QDateTime(QDate(2027, 1, 6), QTime(12, 0), Qt::UTC);
    QCOMPARE(int(service.piaStatus(health->id)->state), int(PiaStatus::State::Outdated));
}

void TestActivities::piaNeedsTheThreeQuestions()
{
    TestVault tv;
    ActivityService service(tv.vault());
    auto a = service.add(activity({ QStringLiteral("health") }));
    QVERIFY(a);
    Pia p = completePia(a->id, QDate(2026, 3, 1));
    p.impactRisks.clear();
    p.approver = QStringLiteral("   ");
    auto refused = service.addPia(p);
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QStringLiteral("56(2)")));
    QVERIFY(refused.message().contains(QStringLiteral("approved")));
    p = completePia(a->id, QDate(2026, 3, 11)); // tomorrow
    QVERIFY(!service.addPia(p));
    p = completePia(a->id + 99, QDate(2026, 3, 1));
    QCOMPARE(service.addPia(p).error().code, ErrorCode::NotFound);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM pias"), qint64(0));
}

void TestActivities::piaKeptThreeYears()
{
    TestVault tv;
    ActivityService service(tv.vault());
    auto a = service.add(activity({ QStringLiteral("health") }));
    QVERIFY(a);
    auto p = service.addPia(completePia(a->id, QDate(2026, 3, 10)));
    QVERIFY(p);
    // Not the activity, not the assessment, until three years have passed.
    QCOMPARE(service.remove(a->id).code(), ErrorCode::NotAllowed);
    g_now = QDateTime(QDate(2029, 3, 9), QTime(23, 0), Qt::UTC);
    const Status early = service.removePia(p->id);
    QCOMPARE(early.code(), ErrorCode::NotAllowed);
    QVERIFY(early.message().contains(QStringLiteral("2029-03-10")));
    QVERIFY(AttachmentStore(tv.vault())
                .addData(
                    QStringLiteral("pia"), p->id, QStringLiteral("evidence.txt"), QByteArrayLiteral("signed minutes")));
    g_now = QDateTime(QDate(2029, 3, 10), QTime(9, 0), Qt::UTC);
    QVERIFY(service.removePia(p->id));
    // Its evidence goes with it.
    QCOMPARE(AttachmentStore(tv.vault()).list(QStringLiteral("pia"), p->id)->size(), 0);
    QVERIFY(service.remove(a->id));
}

void TestActivities::processorsAndDisclosures()
{
    TestVault tv;
    ActivityService service(tv.vault());
    Processor p;
    p.name = QStringLiteral("Cloud Host Ltd");
    QVERIFY(!service.addProcessor(p)); // no contract date
    p.contractSigned = QDate(2025, 1, 1);
    p.contractExpires = QDate(2024, 12, 31);
    QVERIFY(!service.addProcessor(p)); // expires before it was signed
    p.contractExpires = QDate(2026, 4, 1);
    auto added = service.addProcessor(p);
    QVERIFY2(added, qPrintable(added.message()));

    Activity a = activity({ QStringLiteral("email") });
    a.processorIds = { added->id };
    auto linked = service.add(a);
    QVERIFY(linked);
    QCOMPARE(service.processors()->first().activityIds, QList<qint64> { linked->id });
    // Entrusting makes an assessment necessary.
    QCOMPARE(int(service.piaStatus(linked->id)->state), int(PiaStatus::State::Missing));
    a.processorIds = { added->id + 50 };
    QVERIFY(!service.add(a));

    registers::Disclosure d;
    d.kind = registers::DisclosureKind::Sharing;
    d.recipientName = QStringLiteral("Cloud Host Ltd");
    d.recipientType = registers::RecipientType::Processor;
    d.purpose = QStringLiteral("Hosting");
    d.categoryKeys = { QStringLiteral("email") };
    d.basis = registers::LegalBasis::Consent;
    d.consentRecord = QStringLiteral("Signup v2");
    d.disclosedOn = QDate(2026, 3, 1);
    auto disclosure = registers::DisclosureService(tv.vault()).add(d);
    QVERIFY(disclosure);
    QVERIFY(service.linkDisclosure(disclosure->id, added->id));
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT processor_id FROM disclosures"), added->id);
    QCOMPARE(service.linkDisclosure(disclosure->id + 9, added->id).code(), ErrorCode::NotFound);
}

void TestActivities::crossBorderEdges_data()
{
    QTest::addColumn<qint64>("people");
    QTest::addColumn<qint64>("sensitive");
    QTest::addColumn<CrossBorderCheck::Mechanism>("mechanism");
    using M = CrossBorderCheck::Mechanism;
    QTest::newRow("99,999") << qint64(99'999) << qint64(0) << M::Exempt;
    QTest::newRow("100,000") << qint64(100'000) << qint64(0) << M::StandardContract;
    QTest::newRow("999,999") << qint64(999'999) << qint64(0) << M::StandardContract;
    QTest::newRow("1,000,000") << qint64(1'000'000) << qint64(0) << M::SecurityAssessment;
    QTest::newRow("1 sensitive") << qint64(0) << qint64(1) << M::StandardContract;
    QTest::newRow("9,999 sensitive") << qint64(0) << qint64(9'999) << M::StandardContract;
    QTest::newRow("10,000 sensitive") << qint64(0) << qint64(10'000) << M::SecurityAssessment;
}

void TestActivities::crossBorderEdges()
{
    QFETCH(qint64, people);
    QFETCH(qint64, sensitive);
    QFETCH(CrossBorderCheck::Mechanism, mechanism);
    const CrossBorderCheck c = crossBorderMechanism(people, sensitive);
    QCOMPARE(int(c.mechanism), int(mechanism));
    QCOMPARE(c.thresholdCrossed(), mechanism != CrossBorderCheck::Mechanism::Exempt);
    QVERIFY(!c.rule.isEmpty());
}

void TestActivities::crossBorderSumsActivities()
{
    TestVault tv;
    ActivityService service(tv.vault());
    QCOMPARE(int(service.crossBorder()->mechanism), int(CrossBorderCheck::Mechanism::None));
    Activity a = activity({ QStringLiteral("email") });
    a.crossBorder = true;
    a.destination = QStringLiteral("Germany");
    a.peopleYtd = 60'000;
    QVERIFY(service.add(a));
    QCOMPARE(int(service.crossBorder()->mechanism), int(CrossBorderCheck::Mechanism::Exempt));
    a.peopleYtd = 40'000; // together 100,000
    QVERIFY(service.add(a));
    a.crossBorder = false; // not counted
    a.peopleYtd = 5'000'000;
    QVERIFY(service.add(a));
    const CrossBorderCheck c = service.crossBorder().value();
    QCOMPARE(c.people, qint64(100'000));
    QCOMPARE(c.activities, 2);
    QCOMPARE(int(c.mechanism), int(CrossBorderCheck::Mechanism::StandardContract));
}

void TestActivities::permissionsAndAudit()
{
    TestVault tv;
    ActivityService service(tv.vault());
    auto a = service.add(activity({ QStringLiteral("health") }));
    QVERIFY(a);
    tv.signInAs(Role::Staff);
    QCOMPARE(service.addPia(completePia(a->id, QDate(2026, 3, 1))).error().code, ErrorCode::PermissionDenied);
    tv.signInAs(Role::Auditor);
    QCOMPARE(service.add(activity({ QStringLiteral("name") })).error().code, ErrorCode::PermissionDenied);
    QVERIFY(service.list());
    AuditFilter f;
    f.action = QStringLiteral("activity.add");
    const auto entries = AuditLog::list(tv.db(), f, 0, 10);
    QCOMPARE(entries.size(), 1);
    QVERIFY(!entries.first().detail.contains(QStringLiteral("warranty")));
}

void TestActivities::attentionList()
{
    TestVault tv;
    ActivityService service(tv.vault());
    Activity a = activity({ QStringLiteral("health") });
    a.crossBorder = true;
    a.destination = QStringLiteral("Singapore");
    a.sensitivePeopleYtd = 10'000;
    QVERIFY(service.add(a));
    Processor p;
    p.name = QStringLiteral("Cloud Host Ltd");
    p.contractSigned = QDate(2025, 1, 1);
    p.contractExpires = QDate(2026, 3, 20); // in 10 days, within the 30-day reminder
    QVERIFY(service.addProcessor(p));
    p.name = QStringLiteral("Far Future Ltd");
    p.contractExpires = QDate(2027, 3, 20);
    QVERIFY(service.addProcessor(p));

    dashboard::DashboardQuery q;
    q.today = g_now.date();
    q.nowUtc = g_now;
    q.period = dashboard::Period::preset(dashboard::Period::Preset::Last30Days, q.today);
    auto data = dashboard::DashboardService::compute(tv.db(), q);
    QVERIFY2(data, qPrintable(data.message()));
    QStringList kinds;
    for (const dashboard::AttentionItem& item : data->attention) {
        kinds << dashboard::attentionKindKey(item.kind);
        if (item.kind == dashboard::AttentionKind::ProcessorContract) {
            QCOMPARE(item.subject, QStringLiteral("Cloud Host Ltd"));
            QCOMPARE(item.lateBy, qint64(-10));
            QVERIFY(!item.late);
        }
    }
    QCOMPARE(kinds.count(QStringLiteral("activity_pia")), 1);
    QCOMPARE(kinds.count(QStringLiteral("processor_contract")), 1);
    QCOMPARE(kinds.count(QStringLiteral("cross_border")), 1);
}

void TestActivities::processorEditsAndReview()
{
    TestVault tv;
    ActivityService service(tv.vault());
    Processor p;
    p.name = QStringLiteral("Cloud Host Ltd");
    p.contractSigned = QDate(2025, 1, 1);
    auto added = service.addProcessor(p);
    QVERIFY(added);
    Processor edited = added.value();
    edited.name = QStringLiteral("Cloud Host Group");
    edited.lastAudit = QDate(2026, 2, 1);
    edited.nextReview = QDate(2027, 2, 1);
    auto saved = service.updateProcessor(edited);
    QVERIFY2(saved, qPrintable(saved.message()));
    const Processor stored = service.processor(added->id).value();
    QCOMPARE(stored.name, QStringLiteral("Cloud Host Group"));
    QCOMPARE(stored.lastAudit, QDate(2026, 2, 1));
    QCOMPARE(stored.nextReview, QDate(2027, 2, 1));
    // The audit entry names what changed, not the values.
    AuditFilter f;
    f.action = QStringLiteral("processor.update");
    const AuditEntry entry = AuditLog::list(tv.db(), f, 0, 1).first();
    QCOMPARE(entry.fields,
        (QStringList { QStringLiteral("name"), QStringLiteral("last_audit"), QStringLiteral("next_review") }));
    QVERIFY(!entry.detail.contains(QStringLiteral("Group")));

    // Refused: an audit in the future, a review not after the audit, a processor that is gone.
    Processor bad = stored;
    bad.lastAudit = QDate(2026, 3, 11);
    bad.nextReview = QDate();
    QCOMPARE(service.updateProcessor(bad).code(), ErrorCode::InvalidInput);
    bad.lastAudit = QDate(2026, 2, 1);
    bad.nextReview = QDate(2026, 2, 1);
    QCOMPARE(service.updateProcessor(bad).code(), ErrorCode::InvalidInput);
    bad.nextReview = QDate();
    bad.id = added->id + 40;
    QCOMPARE(service.updateProcessor(bad).code(), ErrorCode::NotFound);
    QCOMPARE(service.processor(added->id)->nextReview, QDate(2027, 2, 1));
    QCOMPARE(service.linkDisclosure(1, added->id + 40).code(), ErrorCode::InvalidInput);
    // Without changes nothing is written.
    const qint64 entries = AuditLog::count(tv.db(), {});
    QVERIFY(service.updateProcessor(stored));
    QCOMPARE(AuditLog::count(tv.db(), {}), entries);
    // Permissions: an auditor reads but cannot edit.
    tv.signInAs(Role::Auditor);
    QCOMPARE(service.updateProcessor(stored).code(), ErrorCode::PermissionDenied);
    QVERIFY(service.processor(added->id));
}

void TestActivities::processorReviewInAttention_data()
{
    QTest::addColumn<QDate>("nextReview");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<bool>("late");
    QTest::addColumn<qint64>("lateBy");
    // Today is 2026-03-10.
    QTest::newRow("31 days ahead") << QDate(2026, 4, 10) << false << false << qint64(0);
    QTest::newRow("30 days ahead") << QDate(2026, 4, 9) << true << false << qint64(-30);
    QTest::newRow("today") << QDate(2026, 3, 10) << true << false << qint64(0);
    QTest::newRow("yesterday") << QDate(2026, 3, 9) << true << true << qint64(1);
    QTest::newRow("not planned") << QDate() << false << false << qint64(0);
}

void TestActivities::processorReviewInAttention()
{
    QFETCH(QDate, nextReview);
    QFETCH(bool, listed);
    QFETCH(bool, late);
    QFETCH(qint64, lateBy);
    TestVault tv;
    Processor p;
    p.name = QStringLiteral("Review Me Ltd");
    p.contractSigned = QDate(2025, 1, 1);
    p.nextReview = nextReview;
    QVERIFY(ActivityService(tv.vault()).addProcessor(p));
    dashboard::DashboardQuery q;
    q.today = g_now.date();
    q.nowUtc = g_now;
    q.period = dashboard::Period::preset(dashboard::Period::Preset::Last30Days, q.today);
    auto data = dashboard::DashboardService::compute(tv.db(), q);
    QVERIFY2(data, qPrintable(data.message()));
    int found = 0;
    for (const dashboard::AttentionItem& item : data->attention) {
        if (item.kind == dashboard::AttentionKind::ProcessorReview) {
            ++found;
            QCOMPARE(dashboard::attentionKindKey(item.kind), QStringLiteral("processor_review"));
            QCOMPARE(item.subject, QStringLiteral("Review Me Ltd"));
            QCOMPARE(item.late, late);
            QCOMPARE(item.lateBy, lateBy);
            QVERIFY(item.what(QStringLiteral("en")).contains(QStringLiteral("Review Me Ltd")));
            QVERIFY(!item.when().isEmpty());
        }
    }
    QCOMPARE(found, listed ? 1 : 0);
    QVERIFY(!dashboard::toJson(data.value()).isEmpty());
}

void TestActivities::disclosureNamesItsProcessor()
{
    TestVault tv;
    Processor p;
    p.name = QStringLiteral("Cloud Host Ltd");
    p.contractSigned = QDate(2025, 1, 1);
    auto processor = ActivityService(tv.vault()).addProcessor(p);
    QVERIFY(processor);
    registers::DisclosureService disclosures(tv.vault());
    registers::Disclosure d;
    d.kind = registers::DisclosureKind::Sharing;
    d.recipientName = QStringLiteral("Cloud Host Ltd");
    d.recipientType = registers::RecipientType::Processor;
    d.purpose = QStringLiteral("Hosting");
    d.categoryKeys = { QStringLiteral("email") };
    d.basis = registers::LegalBasis::Consent;
    d.consentRecord = QStringLiteral("Signup v2");
    d.disclosedOn = QDate(2026, 3, 1);
    d.processorId = processor->id + 7; // no such processor: refused, nothing stored
    QCOMPARE(disclosures.add(d).code(), ErrorCode::InvalidInput);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM disclosures"), 0);
    d.processorId = processor->id;
    auto added = disclosures.add(d);
    QVERIFY2(added, qPrintable(added.message()));
    QCOMPARE(added->processorId, processor->id);
    QCOMPARE(added->processorName, QStringLiteral("Cloud Host Ltd"));
    // Other edits keep the link; clearing it is audited by field name.
    registers::Disclosure edited = added.value();
    edited.purpose = QStringLiteral("Hosting and backup");
    QCOMPARE(disclosures.update(edited)->processorId, processor->id);
    edited.processorId = 0;
    auto cleared = disclosures.update(edited);
    QVERIFY(cleared);
    QCOMPARE(cleared->processorId, qint64(0));
    QVERIFY(cleared->processorName.isEmpty());
    AuditFilter f;
    f.action = QStringLiteral("disclosure.update");
    QVERIFY(AuditLog::list(tv.db(), f, 0, 1).first().fields.contains(QStringLiteral("processor_id")));
}

QTEST_GUILESS_MAIN(TestActivities)
#include "tst_activities.moc"
