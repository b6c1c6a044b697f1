#include "TestVault.h"

#include "attachments/AttachmentStore.h"
#include "audit/AuditLog.h"
#include "iso/IsoService.h"
#include "storage/Statement.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace cd;
using namespace cd::iso;
using namespace cd::test;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(ISO_TEST_DATA "/") + name;
}

QList<AuditEntry> auditFor(Vault& v, const QString& actionPrefix)
{
    AuditFilter f;
    f.action = actionPrefix;
    return AuditLog::list(v.db(), f, 0, 10000);
}

QStringList ids(const QList<Control>& list)
{
    QStringList out;
    for (const Control& c : list) {
        out << c.controlId;
    }
    return out;
}

QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(10, 0)).toUTC();
}

} // namespace

class TestIsoService : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setOverride(nullptr); }
    void catalogueIntegrity();
    void catalogueTitles_data();
    void catalogueTitles();
    void brokenCataloguesAreRefused_data();
    void brokenCataloguesAreRefused();
    void catalogueLoadsOnce();
    void exclusionNeedsJustification();
    void statusAndApplicabilityStayConsistent();
    void invalidChangesAreRefused_data();
    void invalidChangesAreRefused();
    void auditHoldsFieldNamesOnly();
    void auditorMayReadButNotChange();
    void fileEvidenceRoundTrip();
    void textAndLinkEvidence();
    void hostileLinksAreRefused_data();
    void hostileLinksAreRefused();
    void newerCatalogueKeepsAssessments();
    void bulkUpdateIsAllOrNothing();
    void search_data();
    void search();
    void filters();
    void overviewAndOverdueReviews();
    void progressOverTimeFromAuditLog();
    void soaHeaderAndApproval();
};

void TestIsoService::catalogueIntegrity()
{
    auto cat = Catalogue::builtIn();
    QVERIFY2(cat.ok(), qPrintable(cat.message()));
    QVERIFY(cat->version >= 1);
    QCOMPARE(cat->controls.size(), 93);
    QSet<QString> seen;
    QMap<Theme, int> perTheme;
    for (const CatalogueControl& c : cat->controls) {
        QVERIFY2(!seen.contains(c.id), qPrintable(c.id));
        seen.insert(c.id);
        QVERIFY2(!c.titleEn.trimmed().isEmpty() && !c.titleZh.trimmed().isEmpty(), qPrintable(c.id));
        QCOMPARE(Catalogue::sortKey(c.id) / 1000, themeClause(c.theme));
        ++perTheme[c.theme];
    }
    QCOMPARE(perTheme.value(Theme::Organizational), 37);
    QCOMPARE(perTheme.value(Theme::People), 8);
    QCOMPARE(perTheme.value(Theme::Physical), 14);
    QCOMPARE(perTheme.value(Theme::Technological), 34);
    // Every number of every theme is there exactly once: 5.1–5.37, 6.1–6.8, 7.1–7.14, 8.1–8.34.
    const QList<QPair<int, int>> ranges = { { 5, 37 }, { 6, 8 }, { 7, 14 }, { 8, 34 } };
    for (const auto& r : ranges) {
        for (int n = 1; n <= r.second; ++n) {
            QVERIFY2(seen.contains(QStringLiteral("%1.%2").arg(r.first).arg(n)),
                qPrintable(QStringLiteral("%1.%2").arg(r.first).arg(n)));
        }
    }
    // Sorted in the standard's order (5.9 before 5.10).
    QCOMPARE(cat->controls.at(8).id, QStringLiteral("5.9"));
    QCOMPARE(cat->controls.at(9).id, QStringLiteral("5.10"));
}

void TestIsoService::catalogueTitles_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("zh");
    QTest::newRow("5.1") << "5.1"
                         << "Policies for information security" << QStringLiteral("信息安全策略");
    QTest::newRow("5.7") << "5.7"
                         << "Threat intelligence" << QStringLiteral("威胁情报");
    QTest::newRow("5.23") << "5.23"
                          << "Information security for use of cloud services" << QStringLiteral("使用云服务的信息安全");
    QTest::newRow("6.3") << "6.3"
                         << "Information security awareness, education and training"
                         << QStringLiteral("信息安全意识、教育和培训");
    QTest::newRow("7.4") << "7.4"
                         << "Physical security monitoring" << QStringLiteral("物理安全监视");
    QTest::newRow("8.12") << "8.12"
                          << "Data leakage prevention" << QStringLiteral("数据防泄露");
    QTest::newRow("8.28") << "8.28"
                          << "Secure coding" << QStringLiteral("安全编码");
    QTest::newRow("8.34") << "8.34"
                          << "Protection of information systems during audit testing"
                          << QStringLiteral("审计测试期间信息系统的保护");
}

void TestIsoService::catalogueTitles()
{
    QFETCH(QString, id);
    QFETCH(QString, en);
    QFETCH(QString, zh);
    auto cat = Catalogue::builtIn();
    QVERIFY(cat.ok());
    const auto it = std::find_if(
        cat->controls.cbegin(), cat->controls.cend(), [&](const CatalogueControl& c) { return c.id == id; });
    QVERIFY(it != cat->controls.cend());
    QCOMPARE(it->titleEn, en);
    QCOMPARE(it->titleZh, zh);
}

void TestIsoService::brokenCataloguesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("not json") << "broken-not-json.json";
    QTest::newRow("duplicate id") << "broken-duplicate-id.json";
    QTest::newRow("empty title") << "broken-empty-title.json";
    QTest::newRow("unknown theme") << "broken-unknown-theme.json";
    QTest::newRow("no version") << "broken-no-version.json";
    QTest::newRow("hostile id") << "broken-hostile-id.json";
    QTest::newRow("missing file") << "does-not-exist.json";
}

void TestIsoService::brokenCataloguesAreRefused()
{
    QFETCH(QString, file);
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    QVERIFY(service.update(QStringLiteral("5.1"), [] {
        ControlChange c;
        c.status = ImplementationStatus::Implemented;
        return c;
    }()));
    auto cat = Catalogue::fromFile(fixture(file));
    QVERIFY(!cat.ok());
    QVERIFY(!cat.message().isEmpty());
    QVERIFY(cat.code() == ErrorCode::InvalidInput || cat.code() == ErrorCode::NotFound);
    // Nothing in the vault changed.
    QCOMPARE(service.catalogueVersion(), 1);
    QCOMPARE(service.controls()->size(), 93);
    QCOMPARE(service.control(QStringLiteral("5.1"))->status, ImplementationStatus::Implemented);
}

void TestIsoService::catalogueLoadsOnce()
{
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    QVERIFY(service.ensureCatalogue());
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM iso_controls"), qint64(93));
    QCOMPARE(auditFor(tv.vault(), QStringLiteral("iso.catalogue.")).size(), 1);
    tv.reopen();
    IsoService again(tv.vault());
    QVERIFY(again.ensureCatalogue());
    QCOMPARE(again.controls()->size(), 93);
    QCOMPARE(again.controls()->first().status, ImplementationStatus::NotStarted);
    QVERIFY(again.controls()->first().applicable);
}

void TestIsoService::exclusionNeedsJustification()
{
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    const qint64 auditBefore = AuditLog::count(tv.db(), {});

    ControlChange exclude;
    exclude.applicable = false;
    Status s = service.update(QStringLiteral("8.30"), exclude);
    QCOMPARE(s.code(), ErrorCode::InvalidInput);
    QVERIFY(s.message().contains(QStringLiteral("justification")));
    exclude.justification = QStringLiteral("   ");
    QCOMPARE(service.update(QStringLiteral("8.30"), exclude).code(), ErrorCode::InvalidInput);
    QCOMPARE(AuditLog::count(tv.db(), {}), auditBefore);
    QVERIFY(service.control(QStringLiteral("8.30"))->applicable);

    exclude.justification = QStringLiteral("No software development is outsourced.");
    QVERIFY(service.update(QStringLiteral("8.30"), exclude));
    auto c = service.control(QStringLiteral("8.30"));
    QVERIFY(!c->applicable);
    QCOMPARE(c->status, ImplementationStatus::NotApplicable);
    QCOMPARE(c->justification, QStringLiteral("No software development is outsourced."));

    // Clearing the justification of an excluded control is refused too.
    ControlChange clear;
    clear.justification = QString();
    QCOMPARE(service.update(QStringLiteral("8.30"), clear).code(), ErrorCode::InvalidInput);
}

void TestIsoService::statusAndApplicabilityStayConsistent()
{
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    // "Not applicable" as a status means excluding: it needs the justification too.
    ControlChange na;
    na.status = ImplementationStatus::NotApplicable;
    QCOMPARE(service.update(QStringLiteral("7.12"), na).code(), ErrorCode::InvalidInput);
    na.justification = QStringLiteral("Cabling is the landlord's.");
    QVERIFY(service.update(QStringLiteral("7.12"), na));
    QVERIFY(!service.control(QStringLiteral("7.12"))->applicable);
    // Including it again starts it over.
    ControlChange include;
    include.applicable = true;
    QVERIFY(service.update(QStringLiteral("7.12"), include));
    QCOMPARE(service.control(QStringLiteral("7.12"))->status, ImplementationStatus::NotStarted);
    // Both at once, contradicting each other, is refused.
    ControlChange contradiction;
    contradiction.applicable = false;
    contradiction.justification = QStringLiteral("x");
    contradiction.status = ImplementationStatus::Implemented;
    QCOMPARE(service.update(QStringLiteral("7.12"), contradiction).code(), ErrorCode::InvalidInput);
}

void TestIsoService::invalidChangesAreRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("reviewMonths");
    QTest::addColumn<int>("ownerLength");
    QTest::addColumn<int>("reviewedDaysAhead");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown control") << "9.1" << 12 << 3 << -1 << int(ErrorCode::NotFound);
    QTest::newRow("sql in id") << "5.1' OR '1'='1" << 12 << 3 << -1 << int(ErrorCode::NotFound);
    QTest::newRow("cycle zero") << "5.1" << 0 << 3 << -1 << int(ErrorCode::InvalidInput);
    QTest::newRow("cycle too long") << "5.1" << 61 << 3 << -1 << int(ErrorCode::InvalidInput);
    QTest::newRow("owner too long") << "5.1" << 12 << 201 << -1 << int(ErrorCode::InvalidInput);
    QTest::newRow("review in future") << "5.1" << 12 << 3 << 2 << int(ErrorCode::InvalidInput);
}

void TestIsoService::invalidChangesAreRefused()
{
    QFETCH(QString, id);
    QFETCH(int, reviewMonths);
    QFETCH(int, ownerLength);
    QFETCH(int, reviewedDaysAhead);
    QFETCH(int, code);
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    ControlChange change;
    change.reviewMonths = reviewMonths;
    change.owner = QString(ownerLength, QLatin1Char('x'));
    change.lastReviewed = Clock::today().addDays(reviewedDaysAhead);
    const Status s = service.update(id, change);
    QCOMPARE(int(s.code()), code);
    QVERIFY(!s.message().isEmpty());
    QCOMPARE(service.control(QStringLiteral("5.1"))->owner, QString());
}

void TestIsoService::auditHoldsFieldNamesOnly()
{
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    const QString owner = QStringLiteral("王小明 13800138000");
    const QString notes = QStringLiteral("NOTE-VALUE-4711 firewall rule set");
    ControlChange change;
    change.owner = owner;
    change.notes = notes;
    change.status = ImplementationStatus::Implemented;
    change.targetDate = QDate(2026, 6, 30);
    QVERIFY(service.update(QStringLiteral("8.20"), change));
    QVERIFY(service.addTextEvidence(
        QStringLiteral("8.20"), QStringLiteral("EVIDENCE-TITLE-0815"), QStringLiteral("EVIDENCE-TEXT-0816")));
    const auto entries = auditFor(tv.vault(), QStringLiteral("iso."));
    const AuditEntry& update = *std::find_if(entries.cbegin(), entries.cend(),
        [](const AuditEntry& e) { return e.action == QLatin1String("iso.control.update"); });
    QCOMPARE(update.entityType, QStringLiteral("control"));
    QCOMPARE(update.entityId, QStringLiteral("8.20"));
    QVERIFY(update.fields.contains(QStringLiteral("owner")));
    QVERIFY(update.fields.contains(QStringLiteral("notes")));
    QVERIFY(update.fields.contains(QStringLiteral("status")));
    QVERIFY(update.fields.contains(QStringLiteral("target_date")));
    QCOMPARE(update.detail, QStringLiteral("status=implemented"));
    for (const AuditEntry& e : entries) {
        const QString all = e.fields.join(QLatin1Char(' ')) + e.detail + e.entityId;
        for (const QString& secret : { owner, notes, QStringLiteral("13800138000"), QStringLiteral("EVIDENCE-TITLE"),
                 QStringLiteral("EVIDENCE-TEXT"), QStringLiteral("4711") }) {
            QVERIFY2(!all.contains(secret), qPrintable(e.action));
        }
    }
    QVERIFY(AuditLog::verify(tv.db())->ok);
}

void TestIsoService::auditorMayReadButNotChange()
{
    TestVault tv;
    QVERIFY(IsoService(tv.vault()).ensureCatalogue());
    tv.signInAs(Role::Auditor);
    IsoService service(tv.vault());
    QCOMPARE(service.controls()->size(), 93);
    ControlChange change;
    change.owner = QStringLiteral("x");
    QCOMPARE(service.update(QStringLiteral("5.1"), change).code(), ErrorCode::PermissionDenied);
    QCOMPARE(service.addTextEvidence(QStringLiteral("5.1"), QStringLiteral("t"), QStringLiteral("x")).code(),
        ErrorCode::PermissionDenied);
    QCOMPARE(service.setSoaHeader(QStringLiteral("s"), QStringLiteral("1")).code(), ErrorCode::PermissionDenied);
    QCOMPARE(service.approveSoa().code(), ErrorCode::PermissionDenied);
    tv.signInAs(Role::Staff);
    QVERIFY(service.update(QStringLiteral("5.1"), change));
    QCOMPARE(service.approveSoa().code(), ErrorCode::PermissionDenied);
}

void TestIsoService::fileEvidenceRoundTrip()
{
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    QByteArray bytes(200 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char& b : bytes) {
        b = char(rng.bounded(256));
    }
    const QString src = tv.dir() + QStringLiteral("/访问权限评审 2026Q1.xlsx");
    {
        QFile f(src);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto added = service.addFileEvidence(QStringLiteral("5.18"), src);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(added->sha256, expected);
    QCOMPARE(added->size, qint64(bytes.size()));
    QCOMPARE(added->title, QStringLiteral("访问权限评审 2026Q1.xlsx"));

    tv.reopen();
    IsoService reopened(tv.vault());
    auto list = reopened.evidence(QStringLiteral("5.18"));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().kind, EvidenceItem::Kind::File);
    QCOMPARE(list->first().sha256, expected);
    QVERIFY(!list->first().addedByName.isEmpty());
    QVERIFY(list->first().addedAt.isValid());
    QCOMPARE(reopened.control(QStringLiteral("5.18"))->evidenceCount, 1);

    AttachmentStore store(tv.vault());
    QCOMPARE(store.data(list->first().id).value(), bytes);
    const QString out = tv.dir() + QStringLiteral("/saved.xlsx");
    QVERIFY(store.saveAs(list->first().id, out));
    QCOMPARE(readFile(out), bytes);
    // The file lives inside the encrypted vault, never beside it in plain text.
    tv.close();
    QVERIFY(!fileContains(tv.path(), bytes.mid(1000, 64)));
    tv.reopen();

    IsoService again(tv.vault());
    auto items = again.evidence(QStringLiteral("5.18"));
    QVERIFY(again.removeEvidence(QStringLiteral("5.18"), items->first()));
    QCOMPARE(again.evidence(QStringLiteral("5.18"))->size(), 0);
    QCOMPARE(again.control(QStringLiteral("5.18"))->evidenceCount, 0);
    // A file that is not there is a clear error, and nothing is added.
    QVERIFY(!again.addFileEvidence(QStringLiteral("5.18"), tv.dir() + QStringLiteral("/missing.pdf")).ok());
    QCOMPARE(again.evidence(QStringLiteral("5.18"))->size(), 0);
}

void TestIsoService::textAndLinkEvidence()
{
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    QVERIFY(service.addTextEvidence(
        QStringLiteral("5.15"), QStringLiteral("Access review"), QStringLiteral("42 accounts reviewed")));
    auto link = service.addLinkEvidence(
        QStringLiteral("5.15"), QString(), QStringLiteral("https://docs.example.internal/isms/access-policy"));
    QVERIFY2(link.ok(), qPrintable(link.message()));
    QVERIFY(!link->title.isEmpty());
    QCOMPARE(service.addTextEvidence(QStringLiteral("5.15"), QString(), QStringLiteral("x")).code(),
        ErrorCode::InvalidInput);
    QCOMPARE(service.addTextEvidence(QStringLiteral("5.15"), QStringLiteral("t"), QStringLiteral("  ")).code(),
        ErrorCode::InvalidInput);
    QCOMPARE(service.addTextEvidence(QStringLiteral("9.9"), QStringLiteral("t"), QStringLiteral("x")).code(),
        ErrorCode::NotFound);
    auto list = service.evidence(QStringLiteral("5.15"));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).kind, EvidenceItem::Kind::Text);
    QCOMPARE(list->at(1).kind, EvidenceItem::Kind::Link);
    QCOMPARE(list->at(1).content, QStringLiteral("https://docs.example.internal/isms/access-policy"));
    // Evidence of another control cannot be removed through this one.
    QCOMPARE(service.removeEvidence(QStringLiteral("5.16"), list->at(0)).code(), ErrorCode::NotFound);
    QVERIFY(service.removeEvidence(QStringLiteral("5.15"), list->at(0)));
    QCOMPARE(service.evidence(QStringLiteral("5.15"))->size(), 1);
}

void TestIsoService::hostileLinksAreRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("javascript") << "javascript:alert(1)";
    QTest::newRow("no scheme") << "docs.example.internal/policy";
    QTest::newRow("data") << "data:text/html,<script>alert(1)</script>";
    QTest::newRow("empty") << "";
    QTest::newRow("no host") << "https://";
}

void TestIsoService::hostileLinksAreRefused()
{
    QFETCH(QString, url);
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    QCOMPARE(service.addLinkEvidence(QStringLiteral("5.1"), QStringLiteral("t"), url).code(), ErrorCode::InvalidInput);
    QCOMPARE(service.evidence(QStringLiteral("5.1"))->size(), 0);
}

void TestIsoService::newerCatalogueKeepsAssessments()
{
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    ControlChange a;
    a.status = ImplementationStatus::Implemented;
    a.owner = QStringLiteral("Security team");
    QVERIFY(service.update(QStringLiteral("5.1"), a));
    ControlChange b;
    b.status = ImplementationStatus::Partial;
    QVERIFY(service.update(QStringLiteral("5.7"), b));
    QVERIFY(service.addTextEvidence(QStringLiteral("5.7"), QStringLiteral("Feed subscription"), QStringLiteral("x")));

    auto v2 = Catalogue::fromFile(fixture(QStringLiteral("catalogue-v2.json")));
    QVERIFY2(v2.ok(), qPrintable(v2.message()));
    auto report = service.importCatalogue(v2.value());
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QCOMPARE(report->fromVersion, 1);
    QCOMPARE(report->toVersion, 2);
    QCOMPARE(report->added, QStringList { QStringLiteral("8.35") });
    QCOMPARE(report->removed, QStringList { QStringLiteral("5.7") });
    QCOMPARE(report->retitled, QStringList { QStringLiteral("5.1") });
    QCOMPARE(report->kept, 92); // 93 less the removed one; the retitled one is kept
    QCOMPARE(service.catalogueVersion(), 2);

    auto c51 = service.control(QStringLiteral("5.1"));
    QCOMPARE(c51->status, ImplementationStatus::Implemented);
    QCOMPARE(c51->owner, QStringLiteral("Security team"));
    QCOMPARE(c51->titleEn, QStringLiteral("Policies for information security (revised)"));
    // The removed control leaves the list but keeps its assessment and evidence.
    QVERIFY(!ids(service.controls().value()).contains(QStringLiteral("5.7")));
    QCOMPARE(service.controls()->size(), 93);
    auto c57 = service.control(QStringLiteral("5.7"));
    QVERIFY(c57->retired);
    QCOMPARE(c57->status, ImplementationStatus::Partial);
    QCOMPARE(c57->evidenceCount, 1);
    QCOMPARE(service.update(QStringLiteral("5.7"), a).code(), ErrorCode::NotAllowed);
    ControlFilter all;
    all.includeRetired = true;
    QCOMPARE(service.controls(all)->size(), 94);

    // The same (or an older) version again is refused and changes nothing.
    auto again = service.importCatalogue(v2.value());
    QCOMPARE(again.code(), ErrorCode::Conflict);
    auto v1 = Catalogue::builtIn();
    QCOMPARE(service.importCatalogue(v1.value()).code(), ErrorCode::Conflict);
    QCOMPARE(service.catalogueVersion(), 2);
    const auto entries = auditFor(tv.vault(), QStringLiteral("iso.catalogue.import"));
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.first().detail.contains(QStringLiteral("removed=5.7"))
        || entries.last().detail.contains(QStringLiteral("removed=5.7")));
}

void TestIsoService::bulkUpdateIsAllOrNothing()
{
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    ControlChange change;
    change.owner = QStringLiteral("IT operations");
    change.reviewMonths = 6;
    change.status = ImplementationStatus::Planned;
    auto bad = service.bulkUpdate({ QStringLiteral("8.1"), QStringLiteral("8.2"), QStringLiteral("99.1") }, change);
    QCOMPARE(bad.code(), ErrorCode::NotFound);
    QCOMPARE(service.control(QStringLiteral("8.1"))->owner, QString());

    auto ok = service.bulkUpdate({ QStringLiteral("8.1"), QStringLiteral("8.2"), QStringLiteral("8.3") }, change);
    QVERIFY2(ok.ok(), qPrintable(ok.message()));
    QCOMPARE(ok.value(), 3);
    for (const QString& id : { QStringLiteral("8.1"), QStringLiteral("8.2"), QStringLiteral("8.3") }) {
        auto c = service.control(id);
        QCOMPARE(c->owner, QStringLiteral("IT operations"));
        QCOMPARE(c->reviewMonths, 6);
        QCOMPARE(c->status, ImplementationStatus::Planned);
    }
    QCOMPARE(auditFor(tv.vault(), QStringLiteral("iso.control.bulk_update")).size(), 3);
    QCOMPARE(service.owners(), QStringList { QStringLiteral("IT operations") });
}

void TestIsoService::search_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("chinese") << QStringLiteral("威胁") << QStringList { QStringLiteral("5.7"), QStringLiteral("7.5") };
    QTest::newRow("chinese coding") << QStringLiteral("安全编码") << QStringList { QStringLiteral("8.28") };
    QTest::newRow("english any case") << "SECURE CODING" << QStringList { QStringLiteral("8.28") };
    QTest::newRow("english words") << "cloud services" << QStringList { QStringLiteral("5.23") };
    QTest::newRow("id") << "7.14" << QStringList { QStringLiteral("7.14") };
    QTest::newRow("annex id") << "A.6.8" << QStringList { QStringLiteral("6.8") };
    QTest::newRow("id prefix") << "6." << QStringList { "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8" };
    QTest::newRow("nothing") << "<script>" << QStringList {};
}

void TestIsoService::search()
{
    QFETCH(QString, needle);
    QFETCH(QStringList, expected);
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    ControlFilter f;
    f.search = needle;
    QCOMPARE(ids(service.controls(f).value()), expected);
}

void TestIsoService::filters()
{
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    ControlChange owner;
    owner.owner = QStringLiteral("HR");
    owner.status = ImplementationStatus::Implemented;
    QVERIFY(service.bulkUpdate({ QStringLiteral("6.1"), QStringLiteral("6.2") }, owner));
    ControlChange exclude;
    exclude.applicable = false;
    exclude.justification = QStringLiteral("No outsourcing");
    QVERIFY(service.update(QStringLiteral("8.30"), exclude));
    QVERIFY(service.addTextEvidence(QStringLiteral("6.1"), QStringLiteral("Screening records"), QStringLiteral("x")));

    ControlFilter byOwner;
    byOwner.owner = QStringLiteral("HR");
    QCOMPARE(ids(service.controls(byOwner).value()), (QStringList { QStringLiteral("6.1"), QStringLiteral("6.2") }));
    ControlFilter noOwner;
    noOwner.owner = QString();
    QCOMPARE(service.controls(noOwner)->size(), 91);
    ControlFilter excluded;
    excluded.applicable = false;
    QCOMPARE(ids(service.controls(excluded).value()), QStringList { QStringLiteral("8.30") });
    ControlFilter implemented;
    implemented.status = ImplementationStatus::Implemented;
    QCOMPARE(service.controls(implemented)->size(), 2);
    ControlFilter noEvidence;
    noEvidence.noEvidence = true;
    noEvidence.theme = Theme::People;
    QCOMPARE(service.controls(noEvidence)->size(), 7);
}

void TestIsoService::overviewAndOverdueReviews()
{
    Clock::setOverride([] { return at(2026, 5, 20); });
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    ControlChange reviewedLongAgo;
    reviewedLongAgo.status = ImplementationStatus::Implemented;
    reviewedLongAgo.lastReviewed = QDate(2025, 3, 1); // cycle 12 → due 2026-03-01, overdue
    QVERIFY(service.update(QStringLiteral("5.1"), reviewedLongAgo));
    ControlChange recent;
    recent.status = ImplementationStatus::Implemented;
    recent.lastReviewed = QDate(2025, 12, 1); // due 2026-12-01
    QVERIFY(service.update(QStringLiteral("5.2"), recent));
    ControlChange shortCycle;
    shortCycle.status = ImplementationStatus::Partial;
    shortCycle.reviewMonths = 3;
    shortCycle.lastReviewed = QDate(2026, 1, 10); // due 2026-04-10, overdue
    QVERIFY(service.update(QStringLiteral("8.8"), shortCycle));
    ControlChange excluded;
    excluded.applicable = false;
    excluded.justification = QStringLiteral("n/a");
    excluded.lastReviewed = QDate(2020, 1, 1); // excluded: never overdue
    QVERIFY(service.update(QStringLiteral("7.12"), excluded));

    auto o = service.overview(Clock::today());
    QVERIFY(o.ok());
    QCOMPARE(o->total.total, 93);
    QCOMPARE(o->total.applicable, 92);
    QCOMPARE(o->total.count(ImplementationStatus::Implemented), 2);
    QCOMPARE(o->total.count(ImplementationStatus::Partial), 1);
    QCOMPARE(o->total.count(ImplementationStatus::NotApplicable), 1);
    QCOMPARE(o->total.count(ImplementationStatus::NotStarted), 89);
    const ThemeProgress& org = o->themes.at(0);
    QCOMPARE(org.theme, Theme::Organizational);
    QCOMPARE(org.total, 37);
    QCOMPARE(org.count(ImplementationStatus::Implemented), 2);
    QCOMPARE(qRound(org.implementedPercent() * 10), qRound(200.0 / 37 * 10));
    QCOMPARE(o->themes.at(2).applicable, 13);
    QCOMPARE(ids(o->overdueReviews), (QStringList { QStringLiteral("5.1"), QStringLiteral("8.8") }));
    QCOMPARE(o->total.overdueReviews, 2);
    QCOMPARE(service.control(QStringLiteral("8.8"))->nextReviewDue(), QDate(2026, 4, 10));
    ControlFilter overdue;
    overdue.reviewOverdue = true;
    QCOMPARE(ids(service.controls(overdue).value()), (QStringList { QStringLiteral("5.1"), QStringLiteral("8.8") }));
}

void TestIsoService::progressOverTimeFromAuditLog()
{
    QDateTime now = at(2026, 1, 15);
    Clock::setOverride([&now] { return now; });
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    ControlChange implemented;
    implemented.status = ImplementationStatus::Implemented;
    ControlChange partial;
    partial.status = ImplementationStatus::Partial;
    QVERIFY(service.bulkUpdate({ QStringLiteral("5.1"), QStringLiteral("5.2") }, implemented));
    now = at(2026, 2, 10);
    QVERIFY(service.update(QStringLiteral("5.3"), implemented));
    QVERIFY(service.update(QStringLiteral("5.1"), partial)); // fell back
    ControlChange ownerOnly;
    ownerOnly.owner = QStringLiteral("x");
    QVERIFY(service.update(QStringLiteral("5.2"), ownerOnly)); // no status change: no effect
    now = at(2026, 4, 2);
    QVERIFY(service.update(QStringLiteral("5.4"), implemented));
    ControlChange exclude;
    exclude.applicable = false;
    exclude.justification = QStringLiteral("n/a");
    QVERIFY(service.update(QStringLiteral("5.3"), exclude)); // excluded: no longer implemented
    now = at(2026, 4, 30);

    auto months = service.implementedByMonth(QDate(2026, 4, 30), 5);
    QVERIFY2(months.ok(), qPrintable(months.message()));
    QCOMPARE(months->size(), 5);
    const QList<int> expected = { 0, 2, 2, 2, 2 };
    const QList<QDate> starts
        = { QDate(2025, 12, 1), QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 3, 1), QDate(2026, 4, 1) };
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(months->at(i).month, starts.at(i));
        QCOMPARE(months->at(i).implemented, expected.at(i));
    }
    // The count at the end equals what the controls say now.
    ControlFilter f;
    f.status = ImplementationStatus::Implemented;
    QCOMPARE(service.controls(f)->size(), months->last().implemented);
    QCOMPARE(service.implementedByMonth(QDate(), 5).code(), ErrorCode::InvalidInput);
}

void TestIsoService::soaHeaderAndApproval()
{
    TestVault tv;
    IsoService service(tv.vault());
    QVERIFY(service.ensureCatalogue());
    QVERIFY(service.setSoaHeader(QStringLiteral("Head office and R&D"), QStringLiteral("V2.1")));
    tv.signInAs(Role::PrivacyOfficer, QStringLiteral("officer"));
    QVERIFY(service.approveSoa());
    SoaHeader h = service.soaHeader();
    QCOMPARE(h.scope, QStringLiteral("Head office and R&D"));
    QCOMPARE(h.version, QStringLiteral("V2.1"));
    QVERIFY(!h.approvedBy.isEmpty());
    QCOMPARE(h.approvedOn, Clock::today());
    QCOMPARE(h.catalogueVersion, 1);
    // A new version is a new document: approval starts over.
    QVERIFY(service.setSoaHeader(QStringLiteral("Head office and R&D"), QStringLiteral("V2.2")));
    QVERIFY(service.soaHeader().approvedBy.isEmpty());
    QVERIFY(!service.soaHeader().approvedOn.isValid());
}

QTEST_GUILESS_MAIN(TestIsoService)
#include "tst_isoservice.moc"
