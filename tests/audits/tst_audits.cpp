// Compliance audits, the personal-information protection officer and evidence expiry, on a real
// vault: the schedule's figures at their edges, regulator-ordered audits, findings, the officer
// threshold, the 30-day evidence reminders, refusals, the audit log and the printed report.
#include "TestVault.h"

#include "activities/ActivityService.h"
#include "audit/AuditLog.h"
#include "audits/AuditReports.h"
#include "audits/ComplianceAudits.h"
#include "audits/EvidenceReviews.h"
#include "dashboard/DashboardService.h"
#include "iso/IsoService.h"
#include "registers/RegisterReports.h"
#include "report/ReportRenderer.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace cd;
using namespace cd::audits;
using namespace cd::test;

namespace {

// Noon UTC, so the local calendar day is the same in every time zone the tests run in.
const QDateTime g_now(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

void setPeople(TestVault& tv, qint64 people)
{
    Statement s(tv.db(), "UPDATE submission_stats SET total = ? WHERE id = 1");
    s.bind(1, people).exec();
}

ComplianceAudit periodic(const QString& scope)
{
    ComplianceAudit a;
    a.kind = AuditKind::Periodic;
    a.scope = scope;
    a.auditorKind = AuditorKind::Internal;
    a.auditor = QStringLiteral("内审部");
    return a;
}

ComplianceAudit ordered(const QDate& due)
{
    ComplianceAudit a;
    a.kind = AuditKind::Ordered;
    a.scope = QStringLiteral("Contact form processing");
    a.auditorKind = AuditorKind::External;
    a.auditor = QStringLiteral("Example Audit Institution");
    a.orderedBy = QStringLiteral("省网信办");
    a.orderedOn = due.addDays(-60);
    a.dueOn = due;
    return a;
}

QList<dashboard::AttentionItem> attention(TestVault& tv, dashboard::AttentionKind kind)
{
    auto d = dashboard::DashboardService(tv.vault()).compute({ Clock::today().addDays(-29), Clock::today() });
    QList<dashboard::AttentionItem> out;
    if (!d) {
        qWarning("dashboard: %s", qPrintable(d.message()));
        return out;
    }
    for (const auto& a : d->attention) {
        if (a.kind == kind) {
            out << a;
        }
    }
    return out;
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {};
    }
    // Without line breaks and spaces (cells wrap) and with ligatures such as "ﬁ" folded back.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .remove(QLatin1Char('\n'))
        .remove(QLatin1Char(' '));
}

} // namespace

class TestAudits : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return g_now; });
    }
    void cleanup()
    {
        Clock::setOverride(nullptr);
        ReportDocument::setProtectionOfficer({}, {});
    }

    void ruleTableAtItsEdges();
    void scheduleFromTheVault();
    void orderedAuditDue();
    void findingsOpenAndClosed();
    void officerThreshold();
    void evidenceRemindersAtThe30DayEdge();
    void weakerRolesAreRefused();
    void hostileInputIsRefusedWhole();
    void auditLogHoldsNoPersonalData();
    void reportRendersInBothLanguages_data();
    void reportRendersInBothLanguages();
};

void TestAudits::ruleTableAtItsEdges()
{
    // The Measures say "more than (超过) 10,000,000": 10,000,000 itself keeps the office's cycle.
    const QDate last(2025, 9, 30);
    AuditSchedule s = nextPeriodicAudit(9'999'999, 36, last);
    QVERIFY(!s.legallyRequired);
    QCOMPARE(s.rule, QStringLiteral("office_cycle"));
    QCOMPARE(s.cycleMonths, 36);
    QCOMPARE(s.nextDue, QDate(2028, 9, 30));
    s = nextPeriodicAudit(10'000'000, 36, last);
    QVERIFY(!s.legallyRequired);
    QCOMPARE(s.nextDue, QDate(2028, 9, 30));
    s = nextPeriodicAudit(10'000'001, 36, last);
    QVERIFY(s.legallyRequired);
    QCOMPARE(s.rule, QStringLiteral("periodic_over_10m"));
    QCOMPARE(s.cycleMonths, 24);
    QCOMPARE(s.nextDue, QDate(2027, 9, 30));
    // A stricter cycle of the office's own stays in force above the threshold.
    s = nextPeriodicAudit(50'000'000, 12, last);
    QCOMPARE(s.cycleMonths, 12);
    QCOMPARE(s.nextDue, QDate(2026, 9, 30));
    // Never audited: one cycle after the Measures came into force.
    s = nextPeriodicAudit(10'000'001, 36, QDate());
    QCOMPARE(s.nextDue, QDate(2027, 5, 1));
    // The officer rule: "1,000,000 or more (以上)".
    QVERIFY(!ruleApplies(officerRule(), 999'999));
    QVERIFY(ruleApplies(officerRule(), 1'000'000));
    // The table cites its source.
    for (const AuditRule& r : auditRules()) {
        QVERIFY(QString::fromUtf8(r.source).contains(QStringLiteral("art.")));
    }
}

void TestAudits::scheduleFromTheVault()
{
    TestVault tv;
    QCOMPARE(tv.vault().formatVersion(), Migrations::latestVersion());
    ComplianceAuditService service(tv.vault());
    // The default and the change come from the settings registry: one settings entry, old and new.
    QCOMPARE(AuditSchedule().cycleMonths, 24);
    QVERIFY(service.setCycleMonths(36));
    AuditFilter changes;
    changes.action = QStringLiteral("settings.update");
    changes.entityId = cycleSettingKey();
    const QList<AuditEntry> entries = AuditLog::list(tv.db(), changes, 0, 10);
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.first().detail.endsWith(QStringLiteral("to=36")), qPrintable(entries.first().detail));
    setPeople(tv, 10'000'000);
    auto s = service.schedule();
    QVERIFY2(s, qPrintable(s.message()));
    QCOMPARE(s->people, qint64(10'000'000));
    QCOMPARE(s->cycleMonths, 36);
    QCOMPARE(s->nextDue, QDate(2028, 5, 1));

    ComplianceAudit done = periodic(QStringLiteral("Whole company"));
    done.startedOn = QDate(2025, 6, 1);
    done.endedOn = QDate(2025, 6, 30);
    done.status = AuditStatus::Completed;
    QVERIFY(service.add(done));
    // An ordered audit completed later does not move the periodic schedule.
    ComplianceAudit extra = ordered(QDate(2026, 3, 1));
    extra.endedOn = QDate(2026, 2, 20);
    extra.status = AuditStatus::Completed;
    QVERIFY(service.add(extra));
    QCOMPARE(service.schedule()->nextDue, QDate(2028, 6, 30));

    setPeople(tv, 10'000'001);
    s = service.schedule();
    QVERIFY(s->legallyRequired);
    QCOMPARE(s->nextDue, QDate(2027, 6, 30));
    QCOMPARE(s->lastCompleted, QDate(2025, 6, 30));
    QVERIFY(!service.setCycleMonths(0));
    QVERIFY(!service.setCycleMonths(121));
}

void TestAudits::orderedAuditDue()
{
    TestVault tv;
    ComplianceAuditService service(tv.vault());
    ComplianceAudit missing = ordered(Clock::today().addDays(10));
    missing.orderedBy.clear();
    missing.dueOn = QDate();
    missing.auditorKind = AuditorKind::Internal;
    auto refused = service.add(missing);
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QStringLiteral("authority")));
    QVERIFY(refused.message().contains(QStringLiteral("regulator wants")));
    QVERIFY(refused.message().contains(QStringLiteral("professional institution")));

    auto soon = service.add(ordered(Clock::today().addDays(10)));
    QVERIFY2(soon, qPrintable(soon.message()));
    auto late = service.add(ordered(Clock::today().addDays(-1)));
    QVERIFY(late);
    auto far = service.add(ordered(Clock::today().addDays(31)));
    QVERIFY(far);
    const auto items = attention(tv, dashboard::AttentionKind::ComplianceAudit);
    QList<qint64> ids;
    for (const auto& a : items) {
        ids << a.argument.value(QStringLiteral("id")).toLongLong();
    }
    QVERIFY(ids.contains(soon->id));
    QVERIFY(ids.contains(late->id));
    QVERIFY(!ids.contains(far->id));
    // Earliest deadline first, the late one leading.
    QCOMPARE(items.first().argument.value(QStringLiteral("id")).toLongLong(), late->id);
    QVERIFY(items.first().late);
    // A completed ordered audit leaves the list.
    ComplianceAudit finished = late.value();
    finished.endedOn = Clock::today();
    finished.status = AuditStatus::Completed;
    QVERIFY(service.update(finished));
    for (const auto& a : attention(tv, dashboard::AttentionKind::ComplianceAudit)) {
        QVERIFY(a.argument.value(QStringLiteral("id")).toLongLong() != late->id);
    }
}

void TestAudits::findingsOpenAndClosed()
{
    TestVault tv;
    ComplianceAuditService service(tv.vault());
    auto audit = service.add(periodic(QStringLiteral("Website")));
    QVERIFY(audit);
    Finding f;
    f.auditId = audit->id;
    f.title = QStringLiteral("Consent log incomplete");
    f.owner = QStringLiteral("IT");
    f.dueOn = Clock::today().addDays(-3);
    auto added = service.addFinding(f);
    QVERIFY2(added, qPrintable(added.message()));
    f.title = QStringLiteral("Retention not enforced");
    f.dueOn = Clock::today().addDays(60);
    QVERIFY(service.addFinding(f));
    QCOMPARE(service.get(audit->id)->openFindings(), 2);
    const auto due = attention(tv, dashboard::AttentionKind::AuditFinding);
    QCOMPARE(due.size(), 1);
    QVERIFY(due.first().late);
    QCOMPARE(due.first().lateBy, qint64(3));

    QVERIFY(!service.closeFinding(added->id, QStringLiteral("  "), Clock::today()));
    QVERIFY(!service.closeFinding(added->id, QStringLiteral("Log fixed"), Clock::today().addDays(1)));
    auto closed = service.closeFinding(added->id, QStringLiteral("Log fixed, see ticket 12"), Clock::today());
    QVERIFY2(closed, qPrintable(closed.message()));
    QVERIFY(closed->closed);
    auto again = service.closeFinding(added->id, QStringLiteral("again"), Clock::today());
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    const ComplianceAudit stored = service.get(audit->id).value();
    QCOMPARE(stored.openFindings(), 1);
    QCOMPARE(stored.findings.first().evidence, QStringLiteral("Log fixed, see ticket 12"));
    QCOMPARE(stored.findings.first().closedOn, Clock::today());
    QVERIFY(attention(tv, dashboard::AttentionKind::AuditFinding).isEmpty());
    Finding orphan = f;
    orphan.auditId = 999;
    QCOMPARE(service.addFinding(orphan).error().code, ErrorCode::NotFound);
}

void TestAudits::officerThreshold()
{
    TestVault tv;
    ComplianceAuditService service(tv.vault());
    setPeople(tv, 999'999);
    QVERIFY(!service.officer()->required);
    QVERIFY(attention(tv, dashboard::AttentionKind::ProtectionOfficer).isEmpty());
    setPeople(tv, 1'000'000);
    QVERIFY(service.officer()->required);
    QVERIFY(service.officer()->missing());
    const auto items = attention(tv, dashboard::AttentionKind::ProtectionOfficer);
    QCOMPARE(items.size(), 1);
    // The law requires it now: it leads the internal items.
    auto d = dashboard::DashboardService(tv.vault()).compute({ Clock::today().addDays(-29), Clock::today() });
    int officerAt = -1;
    int firstInternal = -1;
    for (int i = 0; i < d->attention.size(); ++i) {
        const auto k = d->attention.at(i).kind;
        if (k == dashboard::AttentionKind::ProtectionOfficer) {
            officerAt = i;
        }
        if (firstInternal < 0 && k != dashboard::AttentionKind::ComplianceAudit) {
            firstInternal = i;
        }
    }
    QCOMPARE(officerAt, firstInternal);

    QVERIFY(!service.setOfficer(QStringLiteral("王敏"), QString())); // both or neither
    QVERIFY(service.setOfficer(QStringLiteral("王敏"), QStringLiteral("dpo@vivest.cn")));
    QVERIFY(!service.officer()->missing());
    QVERIFY(attention(tv, dashboard::AttentionKind::ProtectionOfficer).isEmpty());
    // On every report and in the letters' contact paragraph, in the document's language.
    ReportDocument doc;
    doc.language = QStringLiteral("zh_CN");
    doc.title = QStringLiteral("T");
    QVERIFY(doc.toHtml().contains(QStringLiteral("个人信息保护负责人：王敏（dpo@vivest.cn）")));
    doc.language = QStringLiteral("en");
    QVERIFY(
        doc.toPlainText().contains(QStringLiteral("Personal information protection officer: 王敏 (dpo@vivest.cn)")));
    QVERIFY(registers::letterContactLine(QStringLiteral("zh_CN")).contains(QStringLiteral("王敏")));
    // Opening the vault again brings the officer back for its reports; closing clears it.
    tv.reopen();
    QVERIFY(ReportDocument::officerLine(QStringLiteral("en")).contains(QStringLiteral("dpo@vivest.cn")));
    tv.close();
    QVERIFY(ReportDocument::officerLine(QStringLiteral("en")).isEmpty());
}

void TestAudits::evidenceRemindersAtThe30DayEdge()
{
    TestVault tv;
    QVERIFY(iso::IsoService(tv.vault()).ensureCatalogue());
    activities::ActivityService acts(tv.vault());
    activities::Activity a;
    a.name = QStringLiteral("Clinical follow-up");
    a.purpose = QStringLiteral("Device safety");
    a.categoryKeys = { QStringLiteral("health") };
    auto activity = acts.add(a);
    QVERIFY(activity);
    activities::Pia p;
    p.activityId = activity->id;
    p.assessedOn = Clock::today();
    p.lawfulPurpose = p.impactRisks = p.measures = p.conclusion = p.approver = QStringLiteral("x");
    auto pia = acts.addPia(p);
    QVERIFY(pia);
    activities::Processor proc;
    proc.name = QStringLiteral("Cloud host");
    proc.contractSigned = Clock::today().addYears(-1);
    auto processor = acts.addProcessor(proc);
    QVERIFY(processor);

    EvidenceReviewService reviews(tv.vault());
    const QDate today = Clock::today();
    auto first = reviews.set(EvidenceTarget::Control, QStringLiteral("5.1"), QStringLiteral("CISO"), today.addDays(30));
    QVERIFY2(first, qPrintable(first.message()));
    QVERIFY(reviews.set(EvidenceTarget::Control, QStringLiteral("5.2"), QStringLiteral("CISO"), today.addDays(31)));
    QVERIFY(reviews.set(EvidenceTarget::Pia, QString::number(pia->id), QStringLiteral("DPO"), today.addDays(-1)));
    QVERIFY(
        reviews.set(EvidenceTarget::Processor, QString::number(processor->id), QStringLiteral("Purchasing"), today));
    QCOMPARE(reviews.list()->size(), 4);
    QCOMPARE(reviews.list()->first().state(today), EvidenceReview::State::Expired); // soonest first

    const auto items = attention(tv, dashboard::AttentionKind::EvidenceExpiry);
    QCOMPARE(items.size(), 3); // 30 days and less; 31 days is not yet listed
    QStringList subjects;
    for (const auto& i : items) {
        subjects << i.subject;
    }
    QVERIFY(subjects.join(QLatin1Char('|')).contains(QStringLiteral("5.1 ")));
    QVERIFY(!subjects.join(QLatin1Char('|')).contains(QStringLiteral("5.2 ")));
    QCOMPARE(items.first().lateBy, qint64(1)); // the expired PIA leads its kind
    QVERIFY(items.first().late);
    auto d = dashboard::DashboardService(tv.vault()).compute({ today.addDays(-29), today });
    QCOMPARE(d->evidenceExpired, 1);
    QCOMPARE(d->evidenceDueSoon, 2);
    QCOMPARE(dashboard::toJson(d.value())
                 .value(QStringLiteral("evidence"))
                 .toObject()
                 .value(QStringLiteral("dueSoon"))
                 .toInt(),
        2);

    // Unknown records are refused; an owner needs a date; clearing removes the reminder.
    QCOMPARE(reviews.set(EvidenceTarget::Control, QStringLiteral("99.99"), QStringLiteral("x"), today).error().code,
        ErrorCode::NotFound);
    QCOMPARE(
        reviews.set(EvidenceTarget::Pia, QStringLiteral("1; DROP TABLE pias"), QStringLiteral("x"), today).error().code,
        ErrorCode::NotFound);
    QVERIFY(!reviews.set(EvidenceTarget::Processor, QString::number(processor->id), QStringLiteral("x"), QDate()));
    QVERIFY(reviews.set(EvidenceTarget::Pia, QString::number(pia->id), QString(), QDate()));
    QCOMPARE(attention(tv, dashboard::AttentionKind::EvidenceExpiry).size(), 2);
}

void TestAudits::weakerRolesAreRefused()
{
    TestVault tv;
    ComplianceAuditService admin(tv.vault());
    auto audit = admin.add(periodic(QStringLiteral("Scope")));
    QVERIFY(audit);
    Finding f;
    f.auditId = audit->id;
    f.title = QStringLiteral("F");
    f.owner = QStringLiteral("O");
    f.dueOn = Clock::today();
    auto finding = admin.addFinding(f);
    QVERIFY(finding);

    tv.signInAs(Role::Auditor);
    ComplianceAuditService auditor(tv.vault());
    QVERIFY(auditor.list());
    QCOMPARE(auditor.add(periodic(QStringLiteral("S"))).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(auditor.addFinding(f).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(EvidenceReviewService(tv.vault())
                 .set(EvidenceTarget::Control, QStringLiteral("5.1"), QString(), QDate())
                 .error()
                 .code,
        ErrorCode::PermissionDenied);

    tv.signInAs(Role::Staff);
    ComplianceAuditService staff(tv.vault());
    QVERIFY(staff.addFinding(f)); // staff record findings
    QCOMPARE(staff.closeFinding(finding->id, QStringLiteral("done"), Clock::today()).error().code,
        ErrorCode::PermissionDenied);
    ComplianceAudit complete = audit.value();
    complete.status = AuditStatus::Completed;
    complete.endedOn = Clock::today();
    QCOMPARE(staff.update(complete).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(staff.setOfficer(QStringLiteral("A"), QStringLiteral("B")).code(), ErrorCode::PermissionDenied);
    QCOMPARE(staff.setCycleMonths(12).code(), ErrorCode::PermissionDenied);

    tv.signInAs(Role::PrivacyOfficer);
    ComplianceAuditService officer(tv.vault());
    QVERIFY(officer.closeFinding(finding->id, QStringLiteral("done"), Clock::today()));
    QVERIFY(officer.update(complete));
    QCOMPARE(officer.setOfficer(QStringLiteral("A"), QStringLiteral("B")).code(), ErrorCode::PermissionDenied);
    // Nothing a refusal touched changed.
    QCOMPARE(officer.officer()->name, QString());
}

void TestAudits::hostileInputIsRefusedWhole()
{
    TestVault tv;
    ComplianceAuditService service(tv.vault());
    ComplianceAudit a = periodic(QString(5000, QLatin1Char('x')));
    QVERIFY(!service.add(a));
    a = periodic(QStringLiteral("Scope"));
    a.startedOn = QDate(2026, 3, 2);
    a.endedOn = QDate(2026, 3, 1);
    auto r = service.add(a);
    QVERIFY(!r);
    QVERIFY(r.message().contains(QStringLiteral("cannot end before")));
    a.endedOn = Clock::today().addDays(5);
    a.startedOn = QDate();
    QVERIFY(!service.add(a));
    a = periodic(QStringLiteral("'); DROP TABLE compliance_audits; -- <b>bold</b>"));
    a.status = AuditStatus::Completed; // completed without an end date
    QVERIFY(!service.add(a));
    QCOMPARE(service.list()->size(), 0);
    a.status = AuditStatus::Planned;
    auto stored = service.add(a);
    QVERIFY(stored);
    QCOMPARE(stored->scope, a.scope); // stored verbatim, escaped only when shown
    QVERIFY(service.get(stored->id + 100).error().code == ErrorCode::NotFound);
}

void TestAudits::auditLogHoldsNoPersonalData()
{
    TestVault tv;
    ComplianceAuditService service(tv.vault());
    QVERIFY(service.setOfficer(QStringLiteral("OFFICER-NAME-张三"), QStringLiteral("OFFICER-CONTACT-138")));
    ComplianceAudit a = periodic(QStringLiteral("SCOPE-TEXT"));
    a.auditor = QStringLiteral("AUDITOR-NAME");
    a.conclusion = QStringLiteral("CONCLUSION-TEXT");
    auto audit = service.add(a);
    QVERIFY(audit);
    Finding f;
    f.auditId = audit->id;
    f.title = QStringLiteral("FINDING-TEXT");
    f.owner = QStringLiteral("OWNER-PERSON");
    f.dueOn = Clock::today();
    auto finding = service.addFinding(f);
    QVERIFY(finding);
    QVERIFY(service.closeFinding(finding->id, QStringLiteral("EVIDENCE-TEXT"), Clock::today()));
    QVERIFY(iso::IsoService(tv.vault()).ensureCatalogue());
    QVERIFY(EvidenceReviewService(tv.vault())
                .set(EvidenceTarget::Control, QStringLiteral("5.1"), QStringLiteral("EV-OWNER"), Clock::today()));

    const QList<AuditEntry> entries = AuditLog::list(tv.db(), {}, 0, 1000);
    QStringList actions;
    for (const AuditEntry& e : entries) {
        actions << e.action;
        const QString all = e.action + e.entityType + e.entityId + e.fields.join(QLatin1Char(',')) + e.detail;
        for (const char* secret : { "OFFICER-NAME", "OFFICER-CONTACT", "SCOPE-TEXT", "AUDITOR-NAME", "CONCLUSION-TEXT",
                 "FINDING-TEXT", "OWNER-PERSON", "EVIDENCE-TEXT", "EV-OWNER", "张三" }) {
            QVERIFY2(!all.contains(QString::fromUtf8(secret)), qPrintable(e.action + QStringLiteral(": ") + all));
        }
    }
    for (const char* action : { "settings.update", "compliance_audit.add", "compliance_audit.finding_add",
             "compliance_audit.finding_close", "evidence_review.set" }) {
        QVERIFY2(actions.contains(QString::fromLatin1(action)), action);
    }
    QVERIFY(AuditLog::verify(tv.db())->ok);
}

void TestAudits::reportRendersInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("zh_CN") << "zh_CN";
}

void TestAudits::reportRendersInBothLanguages()
{
    QFETCH(QString, language);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext is not installed");
    }
    TestVault tv;
    ComplianceAuditService service(tv.vault());
    QVERIFY(service.setOfficer(QStringLiteral("Wang Min"), QStringLiteral("dpo@vivest.cn")));
    ComplianceAudit a = ordered(Clock::today().addDays(20));
    a.scope = QStringLiteral("AUDITSCOPE");
    auto audit = service.add(a);
    QVERIFY(audit);
    Finding f;
    f.auditId = audit->id;
    f.title = QStringLiteral("OPENFINDING");
    f.owner = QStringLiteral("OWNERIT");
    f.dueOn = Clock::today().addDays(-2);
    QVERIFY(service.addFinding(f));
    f.title = QStringLiteral("CLOSEDFINDING");
    auto closing = service.addFinding(f);
    QVERIFY(service.closeFinding(closing->id, QStringLiteral("EVIDENCENOTE"), Clock::today()));

    auto doc = buildAuditReport(tv.vault(), audit->id, language);
    QVERIFY2(doc, qPrintable(doc.message()));
    QCOMPARE(doc->language, language);
    const QString pdf = tv.dir() + QStringLiteral("/audit-") + language + QStringLiteral(".pdf");
    ui::ReportRenderer renderer(doc.value());
    QVERIFY(renderer.writePdf(pdf));
    QVERIFY(renderer.lastPageCount() >= 1);
    const QString text = pdfText(pdf);
    for (const char* expected :
        { "AUDITSCOPE", "OPENFINDING", "CLOSEDFINDING", "EVIDENCENOTE", "OWNERIT", "WangMin", "dpo@vivest.cn" }) {
        QVERIFY2(text.contains(QString::fromLatin1(expected)), expected);
    }
    if (language == QLatin1String("zh_CN")) {
        QVERIFY(text.contains(QStringLiteral("个人信息保护负责人")));
        QVERIFY(text.contains(QStringLiteral("省网信办")));
    } else {
        QVERIFY(text.contains(QStringLiteral("Personalinformationprotectionofficer")));
        QVERIFY(text.contains(QStringLiteral("Open,overdue")));
    }
    QCOMPARE(buildAuditReport(tv.vault(), 4242, language).error().code, ErrorCode::NotFound);
}

QTEST_MAIN(TestAudits)
#include "tst_audits.moc"
