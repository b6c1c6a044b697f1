// Dashboard figures on crafted vaults: the attention list (each kind once, in a known order),
// the tiles and their trends, period boundaries and permissions.
#include "TestVault.h"
#include "dashboard/DashboardService.h"
#include "iso/IsoService.h"
#include "policies/PolicyService.h"
#include "registers/RegisterService.h"
#include "requests/RequestService.h"
#include "requests/WorkingDayCalendar.h"
#include "settings/VaultSettings.h"
#include "storage/Statement.h"
#include "submissions/SubmissionCount.h"
#include "util/Clock.h"

#include <QtTest>

using namespace cd;
using namespace cd::dashboard;
using cd::test::TestVault;

namespace {

const QDate kToday(2026, 3, 18); // a Wednesday
QDateTime localAt(const QDate& day, const QTime& time = QTime(10, 0))
{
    return QDateTime(day, time, Qt::LocalTime);
}
const QDateTime kNow = localAt(kToday).toUTC();

void insertSubmission(Database& db, const QDateTime& receivedAt, const QString& status, const QDateTime& closedAt = {})
{
    Statement s(db,
        "INSERT INTO submissions (received_at, name, status, closed_at, created_at, updated_at) "
        "VALUES (?, 'Test Person', ?, ?, ?, ?)");
    s.bind(1, receivedAt.toUTC()).bind(2, status).bind(3, closedAt.isValid() ? closedAt.toUTC() : QDateTime());
    s.bind(4, receivedAt.toUTC()).bind(5, receivedAt.toUTC()).exec();
    submissions::SubmissionCount::add(db, 1); // as every writer of submissions does
}

requests::RightsRequest addRequest(Vault& vault, requests::RequestType type, const QDate& received)
{
    requests::RequestDraft d;
    d.type = type;
    d.receivedOn = received;
    d.requesterName = QStringLiteral("Li Lei");
    d.email = QStringLiteral("li.lei@example.cn");
    auto r = requests::RequestService(vault).add(d);
    if (!r) {
        qFatal("request: %s", qPrintable(r.error().message));
    }
    return r.value();
}

void closeRequest(Database& db, qint64 id, const QString& state, const QDate& closedOn)
{
    Statement s(db, "UPDATE requests SET state = ?, closed_at = ? WHERE id = ?");
    s.bind(1, state).bind(2, localAt(closedOn).toUTC()).bind(3, id).exec();
}

registers::Incident incident(const QString& title, registers::Severity severity, qint64 hoursAgo)
{
    registers::Incident n;
    n.title = title;
    n.discoveredAt = kNow.addSecs(-3600 * hoursAgo);
    n.occurredAt = n.discoveredAt.addSecs(-600);
    n.category = registers::IncidentCategory::Leak;
    n.severity = severity;
    n.categoryKeys = { QStringLiteral("email") };
    n.peopleCount = 3;
    n.cause = QStringLiteral("cause");
    n.description = QStringLiteral("description");
    return n;
}

} // namespace

class TestDashboardService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return kNow; });
    }
    void cleanup() { Clock::setOverride(nullptr); }

    void emptyVault();
    void attentionListHasEachKindOnce();
    void attentionListIsOrderedByUrgency();
    void tilesAndTrends();
    void periodBoundaries();
    void presets_data();
    void presets();
    void monthlyBucketsForLongPeriods();
    void badInputAndPermissions();
};

void TestDashboardService::emptyVault()
{
    TestVault tv;
    auto data = DashboardService(tv.vault()).compute(Period::preset(Period::Preset::Last30Days, kToday));
    QVERIFY2(data.ok(), qPrintable(data.error().message));
    QVERIFY(data->attention.isEmpty());
    QCOMPARE(data->lateCount(), 0);
    QCOMPARE(data->tiles.size(), allTileKinds().size());
    QCOMPARE(data->tile(TileKind::NewSubmissions)->value, 0.0);
    QVERIFY(!data->tile(TileKind::OnTimeRate)->hasValue);
    QCOMPARE(data->tile(TileKind::OnTimeRate)->valueText(), QStringLiteral("—"));
    QCOMPARE(data->retentionMonths, 24);
    int total = 0;
    for (const SubmissionBucket& b : data->submissions) {
        total += b.count;
    }
    QCOMPARE(total, 0);
}

void TestDashboardService::attentionListHasEachKindOnce()
{
    TestVault tv;
    Vault& vault = tv.vault();
    const WorkingDayCalendar cal = requests::RequestService(vault).calendar();

    // Rights requests: one overdue, one due in 2 working days, one far from due, one closed late.
    const auto overdue = addRequest(vault, requests::RequestType::Deletion, QDate(2026, 2, 2));
    const QDate soonDue = cal.addWorkingDays(kToday, 2);
    const auto soon = addRequest(vault, requests::RequestType::Access, cal.addWorkingDays(soonDue, -15));
    QCOMPARE(soon.dueOn, soonDue);
    addRequest(vault, requests::RequestType::Correction, kToday.addDays(-1));
    const auto closed = addRequest(vault, requests::RequestType::Access, QDate(2026, 1, 5));
    closeRequest(tv.db(), closed.id, QStringLiteral("completed"), QDate(2026, 3, 10));
    QVERIFY(overdue.dueOn < kToday);

    // Incidents: one past its 4-hour regulator clock, one below the reporting threshold.
    registers::IncidentService incidents(vault);
    auto late = incidents.add(incident(QStringLiteral("Lost laptop"), registers::Severity::RelativelySerious, 6));
    QVERIFY2(late.ok(), qPrintable(late.error().message));
    QVERIFY(incidents.add(incident(QStringLiteral("Misprint"), registers::Severity::General, 6)).ok());

    // A material change whose notification was planned two days ago and not sent.
    PolicyService policies(vault);
    auto doc = policies.createDocument(QStringLiteral("Privacy policy"));
    QVERIFY(doc.ok());
    PolicyVersionInput in;
    in.label = QStringLiteral("v2");
    in.textZh = QStringLiteral("# 隐私政策\n");
    in.textEn = QStringLiteral("# Privacy policy\n");
    in.changeSummary = QStringLiteral("New processor");
    in.updatedOn = kToday;
    in.effectiveOn = kToday.addDays(20);
    in.materialChange = true;
    auto version = policies.createDraft(doc->id, in);
    QVERIFY2(version.ok(), qPrintable(version.error().message));
    NotificationPlan plan;
    plan.channels = ChannelEmail;
    plan.plannedOn = kToday.addDays(-2);
    plan.noticeZh = QStringLiteral("通知");
    plan.noticeEn = QStringLiteral("Notice");
    QVERIFY(policies.setNotificationPlan(version->id, plan));

    // One control whose yearly review fell due on 2026-01-10; another reviewed recently.
    iso::IsoService iso(vault);
    QVERIFY(iso.ensureCatalogue());
    iso::ControlChange old;
    old.status = iso::ImplementationStatus::Implemented;
    old.lastReviewed = QDate(2025, 1, 10);
    QVERIFY(iso.update(QStringLiteral("5.1"), old));
    iso::ControlChange recent;
    recent.status = iso::ImplementationStatus::Implemented;
    recent.lastReviewed = QDate(2026, 1, 10);
    QVERIFY(iso.update(QStringLiteral("5.2"), recent));

    // Submissions: two new (oldest 8 days), one contacted, two closed past 24 months, one
    // closed within them.
    insertSubmission(tv.db(), localAt(QDate(2026, 3, 10)), QStringLiteral("new"));
    insertSubmission(tv.db(), localAt(QDate(2026, 3, 17)), QStringLiteral("new"));
    insertSubmission(tv.db(), localAt(QDate(2026, 3, 1)), QStringLiteral("contacted"));
    insertSubmission(tv.db(), localAt(QDate(2023, 11, 1)), QStringLiteral("closed"), localAt(QDate(2023, 12, 1)));
    insertSubmission(tv.db(), localAt(QDate(2024, 1, 1)), QStringLiteral("closed"), localAt(QDate(2024, 2, 1)));
    insertSubmission(tv.db(), localAt(QDate(2025, 1, 1)), QStringLiteral("closed"), localAt(QDate(2025, 2, 1)));

    auto data = DashboardService(vault).compute(Period::preset(Period::Preset::Last30Days, kToday));
    QVERIFY2(data.ok(), qPrintable(data.error().message));

    struct Expected {
        AttentionKind kind;
        bool late;
        QString subject;
        qint64 lateBy;
        QString pageId;
    };
    const QDateTime cutoff = kNow.addMonths(-24);
    const QList<Expected> expected = {
        { AttentionKind::IncidentReport, true, QStringLiteral("Lost laptop"), 2 * 3600, QStringLiteral("registers") },
        { AttentionKind::Request, true, overdue.number, cal.workingDaysBetween(overdue.dueOn, kToday),
            QStringLiteral("requests") },
        { AttentionKind::PolicyNotification, true, QStringLiteral("Privacy policy v2"), 2, QStringLiteral("policies") },
        { AttentionKind::Request, false, soon.number, -2, QStringLiteral("requests") },
        { AttentionKind::ControlReview, true, QString(), 67, QStringLiteral("iso") },
        { AttentionKind::SubmissionRetention, true, QStringLiteral("24"),
            localAt(QDate(2023, 12, 1)).secsTo(cutoff) / 86400, QStringLiteral("submissions") },
        { AttentionKind::NewSubmissions, false, QString(), 8, QStringLiteral("submissions") },
    };
    const QList<AttentionItem>& items = data->attention;
    QCOMPARE(items.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const AttentionItem& a = items.at(i);
        const Expected& e = expected.at(i);
        QCOMPARE(attentionKindKey(a.kind), attentionKindKey(e.kind));
        QCOMPARE(a.late, e.late);
        if (!e.subject.isEmpty()) {
            QCOMPARE(a.subject, e.subject);
        }
        QCOMPARE(a.lateBy, e.lateBy);
        QCOMPARE(a.pageId, e.pageId);
        QVERIFY(!a.what(QStringLiteral("en")).isEmpty());
        QVERIFY(!a.when().isEmpty());
    }
    QVERIFY(items.at(4).subject.startsWith(QStringLiteral("5.1 ")));
    QVERIFY(items.at(4).subjectZh.startsWith(QStringLiteral("5.1 ")));
    QCOMPARE(items.at(5).count, 2);
    QCOMPARE(items.at(6).count, 2);
    QCOMPARE(data->lateCount(), 5);

    // Navigation arguments say which record or filtered list to open.
    QCOMPARE(items.at(1).argument.value(QStringLiteral("id")).toLongLong(), overdue.id);
    QCOMPARE(items.at(0).argument.value(QStringLiteral("id")).toLongLong(), late->id);
    QCOMPARE(items.at(2).argument.value(QStringLiteral("versionId")).toLongLong(), version->id);
    QCOMPARE(items.at(5).argument.value(QStringLiteral("filter")).toString(), QStringLiteral("due_for_deletion"));
    QCOMPARE(items.at(4).argument.value(QStringLiteral("control")).toString(), QStringLiteral("5.1"));
    QCOMPARE(items.at(6).argument.value(QStringLiteral("filter")).toString(), QStringLiteral("new"));

    // The texts say what and how late.
    QCOMPARE(items.at(0).when(), QStringLiteral("overdue by 2 h 0 min"));
    // (English plural forms come from the lead's translation file; the counts are what matter.)
    QVERIFY(items.at(2).when().startsWith(QStringLiteral("2 day")));
    QVERIFY(items.at(2).when().endsWith(QStringLiteral("late")));
    QVERIFY(items.at(3).when().startsWith(QStringLiteral("due in 2 working day")));
    QVERIFY(items.at(1).what(QStringLiteral("en")).contains(overdue.number));
    QVERIFY(items.at(5).what(QStringLiteral("en")).contains(QStringLiteral("24-month")));

    // A sent notification and a shorter retention change the list.
    QVERIFY(policies.markNotificationSent(version->id, kToday));
    QVERIFY(vault.setSetting(VaultSettings::key(Setting::RetentionMonths), QStringLiteral("12")));
    data = DashboardService(vault).compute(Period::preset(Period::Preset::Last30Days, kToday));
    QVERIFY(data.ok());
    QCOMPARE(data->attention.size(), expected.size() - 1);
    for (const AttentionItem& a : data->attention) {
        QVERIFY(a.kind != AttentionKind::PolicyNotification);
        if (a.kind == AttentionKind::SubmissionRetention) {
            QCOMPARE(a.count, 3);
            QCOMPARE(a.subject, QStringLiteral("12"));
        }
    }
}

// A regulator report due in 2 hours must lead a list with eleven overdue control reviews; legal
// deadlines in days follow, earliest first; internal work comes last, most overdue first.
void TestDashboardService::attentionListIsOrderedByUrgency()
{
    TestVault tv;
    Vault& vault = tv.vault();
    const WorkingDayCalendar cal = requests::RequestService(vault).calendar();

    iso::IsoService iso(vault);
    QVERIFY(iso.ensureCatalogue());
    const QStringList controls { QStringLiteral("5.1"), QStringLiteral("5.2"), QStringLiteral("5.3"),
        QStringLiteral("5.4"), QStringLiteral("5.5"), QStringLiteral("5.6"), QStringLiteral("5.7"),
        QStringLiteral("5.8"), QStringLiteral("5.9"), QStringLiteral("5.10"), QStringLiteral("5.11") };
    for (int i = 0; i < controls.size(); ++i) {
        iso::ControlChange c;
        c.status = iso::ImplementationStatus::Implemented;
        c.lastReviewed = QDate(2024, 6, 1).addDays(i * 10); // 5.1 the most overdue
        QVERIFY(iso.update(controls.at(i), c));
    }
    // Discovered 2 hours ago with the default 4-hour rule: 2 hours left, not late yet.
    registers::IncidentService incidents(vault);
    auto report = incidents.add(incident(QStringLiteral("Mailbox breach"), registers::Severity::Major, 2));
    QVERIFY2(report.ok(), qPrintable(report.error().message));
    // A request due in 2 working days and one overdue: the overdue one comes first.
    const auto soon
        = addRequest(vault, requests::RequestType::Access, cal.addWorkingDays(cal.addWorkingDays(kToday, 2), -15));
    const auto overdue = addRequest(vault, requests::RequestType::Deletion, QDate(2026, 2, 2));
    insertSubmission(tv.db(), localAt(QDate(2026, 3, 1)), QStringLiteral("new"));

    auto data = DashboardService(vault).compute(Period::preset(Period::Preset::Last30Days, kToday));
    QVERIFY2(data.ok(), qPrintable(data.error().message));
    const QList<AttentionItem>& items = data->attention;
    QCOMPARE(items.size(), 1 + 2 + controls.size() + 1);
    QCOMPARE(attentionKindKey(items.at(0).kind), QStringLiteral("incident_report"));
    QVERIFY(!items.at(0).late);
    QCOMPARE(items.at(0).dueAt, kNow.addSecs(2 * 3600));
    QCOMPARE(items.at(0).when(), QStringLiteral("2 h 0 min left"));
    QCOMPARE(items.at(1).subject, overdue.number);
    QCOMPARE(items.at(2).subject, soon.number);
    for (int i = 0; i < controls.size(); ++i) {
        const AttentionItem& a = items.at(3 + i);
        QCOMPARE(attentionKindKey(a.kind), QStringLiteral("control_review"));
        QVERIFY2(a.subject.startsWith(controls.at(i) + QLatin1Char(' ')), qPrintable(a.subject));
    }
    QCOMPARE(attentionKindKey(items.last().kind), QStringLiteral("new_submissions"));

    // The order is a strict weak ordering over every pair (std::stable_sort relies on it).
    for (const AttentionItem& a : items) {
        QVERIFY(!attentionUrgencyOrder(a, a));
        for (const AttentionItem& b : items) {
            QVERIFY(!(attentionUrgencyOrder(a, b) && attentionUrgencyOrder(b, a)));
        }
    }
}

void TestDashboardService::tilesAndTrends()
{
    TestVault tv;
    Vault& vault = tv.vault();
    const Period march { QDate(2026, 3, 1), QDate(2026, 3, 31) };
    const Period before = march.previous();
    QCOMPARE(before.from, QDate(2026, 1, 29));
    QCOMPARE(before.to, QDate(2026, 2, 28));

    // Requests answered in March: two on time, one late (on-time rate 67%); in the previous
    // period one on time (100%).
    const auto a = addRequest(vault, requests::RequestType::Access, QDate(2026, 2, 12)); // due 11 March
    closeRequest(tv.db(), a.id, QStringLiteral("completed"), a.dueOn.addDays(3)); // late, in March
    const auto b = addRequest(vault, requests::RequestType::Deletion, QDate(2026, 3, 2));
    closeRequest(tv.db(), b.id, QStringLiteral("completed"), QDate(2026, 3, 5));
    const auto c = addRequest(vault, requests::RequestType::Correction, QDate(2026, 3, 3));
    closeRequest(tv.db(), c.id, QStringLiteral("rejected"), QDate(2026, 3, 6));
    const auto d = addRequest(vault, requests::RequestType::Access, QDate(2026, 1, 20));
    closeRequest(tv.db(), d.id, QStringLiteral("completed"), QDate(2026, 2, 3));
    const auto w = addRequest(vault, requests::RequestType::Other, QDate(2026, 3, 4));
    closeRequest(tv.db(), w.id, QStringLiteral("withdrawn"), QDate(2026, 3, 5)); // not an answer
    addRequest(vault, requests::RequestType::Portability, QDate(2026, 3, 16)); // open
    QCOMPARE(a.dueOn.month(), 3);

    auto data = DashboardService(vault).compute(march);
    QVERIFY2(data.ok(), qPrintable(data.error().message));
    const Tile* onTime = data->tile(TileKind::OnTimeRate);
    QVERIFY(onTime->hasValue);
    QCOMPARE(onTime->numerator, 2);
    QCOMPARE(onTime->denominator, 3);
    QCOMPARE(qRound(onTime->value), 67);
    QVERIFY(onTime->hasPrevious);
    QCOMPARE(onTime->previous, 100.0);
    QVERIFY(onTime->trendText().contains(QStringLiteral("33")));

    // Open at the end of the period (today, 18 March): only the portability request; at the end
    // of February: a (received 2 Feb, closed in March).
    const Tile* open = data->tile(TileKind::OpenRequests);
    QCOMPARE(open->value, 1.0);
    QCOMPARE(open->previous, 1.0);
    QVERIFY(open->trendText().contains(QStringLiteral("no change")));

    // Requests received in March, by type and outcome.
    QCOMPARE(data->requestsByType[int(requests::RequestType::Deletion)][int(RequestOutcome::CompletedOnTime)], 1);
    QCOMPARE(data->requestsByType[int(requests::RequestType::Correction)][int(RequestOutcome::Rejected)], 1);
    QCOMPARE(data->requestsByType[int(requests::RequestType::Other)][int(RequestOutcome::Withdrawn)], 1);
    QCOMPARE(data->requestsByType[int(requests::RequestType::Portability)][int(RequestOutcome::Open)], 1);
    QCOMPARE(data->requestsByType[int(requests::RequestType::Access)][int(RequestOutcome::CompletedLate)], 0);

    // Incidents open at the end of each period; disclosures dated in each.
    registers::IncidentService incidents(vault);
    QVERIFY(incidents.add(incident(QStringLiteral("Open one"), registers::Severity::General, 2)).ok());
    registers::DisclosureService disclosures(vault);
    registers::Disclosure disc;
    disc.kind = registers::DisclosureKind::Sharing;
    disc.recipientName = QStringLiteral("Swift Parcel Ltd");
    disc.recipientType = registers::RecipientType::Processor;
    disc.purpose = QStringLiteral("Deliver devices");
    disc.categoryKeys = { QStringLiteral("name") };
    disc.peopleCount = 4;
    disc.basis = registers::LegalBasis::Consent;
    disc.consentRecord = QStringLiteral("Consent log v3");
    for (const QDate& on : { QDate(2026, 3, 1), QDate(2026, 3, 31), QDate(2026, 2, 28), QDate(2026, 4, 1) }) {
        disc.disclosedOn = on;
        auto added = disclosures.add(disc);
        QVERIFY2(added.ok(), qPrintable(added.error().message));
    }
    data = DashboardService(vault).compute(march);
    QVERIFY(data.ok());
    QCOMPARE(data->tile(TileKind::OpenIncidents)->value, 1.0);
    QCOMPARE(data->tile(TileKind::OpenIncidents)->previous, 0.0);
    QCOMPARE(data->tile(TileKind::Disclosures)->value, 2.0);
    QCOMPARE(data->tile(TileKind::Disclosures)->previous, 1.0);
    QVERIFY(!data->tile(TileKind::IsoImplemented)->hasValue);
}

void TestDashboardService::periodBoundaries()
{
    TestVault tv;
    const Period march { QDate(2026, 3, 1), QDate(2026, 3, 31) };
    // Local midnight edges: the first and last instants of March count, their neighbours not.
    insertSubmission(tv.db(), localAt(QDate(2026, 3, 1), QTime(0, 0)), QStringLiteral("contacted"));
    insertSubmission(tv.db(), localAt(QDate(2026, 3, 31), QTime(23, 59, 59, 999)), QStringLiteral("contacted"));
    insertSubmission(tv.db(), localAt(QDate(2026, 2, 28), QTime(23, 59, 59, 999)), QStringLiteral("contacted"));
    insertSubmission(tv.db(), localAt(QDate(2026, 4, 1), QTime(0, 0)), QStringLiteral("contacted"));
    insertSubmission(tv.db(), localAt(QDate(2026, 1, 29), QTime(0, 0)), QStringLiteral("contacted"));
    insertSubmission(tv.db(), localAt(QDate(2026, 1, 28), QTime(23, 0)), QStringLiteral("contacted"));
    insertSubmission(tv.db(), localAt(QDate(2026, 3, 9), QTime(12, 0)), QStringLiteral("contacted"));

    auto data = DashboardService(tv.vault()).compute(march);
    QVERIFY2(data.ok(), qPrintable(data.error().message));
    QCOMPARE(data->tile(TileKind::NewSubmissions)->value, 3.0);
    QCOMPARE(data->tile(TileKind::NewSubmissions)->previous, 2.0); // 29 Jan 00:00 and 28 Feb 23:59
    QVERIFY(!data->monthlyBuckets);
    // Weeks start on Monday; the first is clipped to the period's first day (a Sunday).
    QCOMPARE(data->submissions.first().start, QDate(2026, 3, 1));
    QCOMPARE(data->submissions.first().count, 1);
    QCOMPARE(data->submissions.at(1).start, QDate(2026, 3, 2));
    QCOMPARE(data->submissions.at(2).start, QDate(2026, 3, 9));
    QCOMPARE(data->submissions.at(2).count, 1);
    QCOMPARE(data->submissions.last().start, QDate(2026, 3, 30));
    QCOMPARE(data->submissions.last().count, 1);
    int total = 0;
    for (const SubmissionBucket& b : data->submissions) {
        total += b.count;
    }
    QCOMPARE(total, 3);

    // A one-day period holds exactly that day.
    data = DashboardService(tv.vault()).compute({ QDate(2026, 3, 31), QDate(2026, 3, 31) });
    QVERIFY(data.ok());
    QCOMPARE(data->tile(TileKind::NewSubmissions)->value, 1.0);
    QCOMPARE(data->submissions.size(), 1);
}

void TestDashboardService::presets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::newRow("30 days") << int(Period::Preset::Last30Days) << QDate(2026, 2, 17) << 30;
    QTest::newRow("quarter") << int(Period::Preset::Quarter) << QDate(2025, 12, 19) << 90;
    QTest::newRow("year") << int(Period::Preset::Year) << QDate(2025, 3, 19) << 365;
}

void TestDashboardService::presets()
{
    QFETCH(int, preset);
    QFETCH(QDate, from);
    QFETCH(int, days);
    const Period p = Period::preset(static_cast<Period::Preset>(preset), kToday);
    QCOMPARE(p.from, from);
    QCOMPARE(p.to, kToday);
    QCOMPARE(p.days(), days);
    QCOMPARE(p.previous().to, from.addDays(-1));
    QCOMPARE(p.previous().days(), days);
}

void TestDashboardService::monthlyBucketsForLongPeriods()
{
    TestVault tv;
    insertSubmission(tv.db(), localAt(QDate(2025, 3, 19), QTime(0, 30)), QStringLiteral("new"));
    insertSubmission(tv.db(), localAt(QDate(2025, 12, 31), QTime(23, 30)), QStringLiteral("new"));
    insertSubmission(tv.db(), localAt(QDate(2026, 1, 1), QTime(0, 30)), QStringLiteral("new"));
    auto data = DashboardService(tv.vault()).compute(Period::preset(Period::Preset::Year, kToday));
    QVERIFY(data.ok());
    QVERIFY(data->monthlyBuckets);
    QCOMPARE(data->submissions.size(), 13); // March 2025 (from the 19th) to March 2026
    QCOMPARE(data->submissions.first().start, QDate(2025, 3, 19));
    QCOMPARE(data->submissions.first().count, 1);
    QCOMPARE(data->submissions.at(9).start, QDate(2025, 12, 1));
    QCOMPARE(data->submissions.at(9).count, 1);
    QCOMPARE(data->submissions.at(10).start, QDate(2026, 1, 1));
    QCOMPARE(data->submissions.at(10).count, 1);
}

void TestDashboardService::badInputAndPermissions()
{
    TestVault tv;
    auto reversed = DashboardService(tv.vault()).compute({ QDate(2026, 3, 31), QDate(2026, 3, 1) });
    QVERIFY(!reversed.ok());
    QCOMPARE(reversed.error().code, ErrorCode::InvalidInput);
    auto invalid = DashboardService(tv.vault()).compute({ QDate(), QDate(2026, 3, 1) });
    QCOMPARE(invalid.error().code, ErrorCode::InvalidInput);
    // A malformed retention setting falls back to the default instead of hiding the line.
    QVERIFY(tv.vault().setSetting(VaultSettings::key(Setting::RetentionMonths), QStringLiteral("-3'; DROP TABLE x")));
    auto data = DashboardService(tv.vault()).compute(Period::preset(Period::Preset::Last30Days, kToday));
    QVERIFY(data.ok());
    QCOMPARE(data->retentionMonths, 24);
    // An auditor reads the dashboard; nobody signed in does not.
    tv.signInAs(Role::Auditor, QStringLiteral("auditor"));
    QVERIFY(DashboardService(tv.vault()).compute(Period::preset(Period::Preset::Last30Days, kToday)).ok());
    tv.vault().signOut();
    auto refused = DashboardService(tv.vault()).compute(Period::preset(Period::Preset::Last30Days, kToday));
    QVERIFY(!refused.ok());
}

QTEST_GUILESS_MAIN(TestDashboardService)
#include "tst_dashboardservice.moc"
