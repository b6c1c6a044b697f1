// The contents check of a policy version (网络数据安全管理条例 art. 21): the rule table with its
// sources, ticking by an approver only, hostile input refused with nothing stored, approval
// refused while items are unticked unless forced (and then audited), and the check printed on
// the version's PDF in Chinese and English.
#include "TestVault.h"

#include "app/LanguageManager.h"
#include "audit/AuditLog.h"
#include "policies/PolicyContents.h"
#include "policies/PolicyReports.h"
#include "policies/PolicyService.h"
#include "report/ReportRenderer.h"
#include "storage/Statement.h"
#include "util/Clock.h"

#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace cd;
using namespace cd::test;

namespace {

const QDate today(2026, 3, 2);

// A version in review, written by a staff member; the administrator is signed in again.
qint64 versionInReview(TestVault& tv)
{
    tv.signInAs(Role::Staff, QStringLiteral("author"));
    PolicyService service(tv.vault());
    auto doc = service.createDocument(QStringLiteral("隐私政策 / Privacy policy"));
    PolicyVersionInput in;
    in.label = QStringLiteral("2026-04-01");
    in.textZh = QStringLiteral("# 隐私政策\n\n## 二.1 收集的信息\n");
    in.textEn = QStringLiteral("# Privacy policy\n");
    in.updatedOn = today;
    in.effectiveOn = today.addDays(30);
    auto v = service.createDraft(doc->id, in);
    if (!v || !service.transition(v->id, PolicyStatus::InReview)) {
        qFatal("cannot prepare a version in review");
    }
    tv.signInAdmin();
    return v->id;
}

QList<AuditEntry> contentsEntries(TestVault& tv)
{
    AuditFilter f;
    f.action = QStringLiteral("policy.contents.");
    return AuditLog::list(tv.db(), f, 0, 100);
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {};
    }
    QString out;
    for (const QChar ch : QString::fromUtf8(p.readAllStandardOutput())) {
        if (!ch.isSpace()) {
            out += ch; // table cells wrap over lines
        }
    }
    return out;
}

QString squeezed(const QString& text)
{
    QString out;
    for (const QChar ch : text) {
        if (!ch.isSpace()) {
            out += ch;
        }
    }
    return out;
}

} // namespace

class TestPolicyContents : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return QDateTime(today, QTime(9, 0), Qt::UTC); });
    }
    void cleanup() { Clock::setOverride(nullptr); }

    void tableCitesItsSources();
    void approverTicksAndNotes();
    void weakerRolesAreRefused_data();
    void weakerRolesAreRefused();
    void hostileInputIsRefused_data();
    void hostileInputIsRefused();
    void approvalNeedsTheCheckOrForce();
    void supersededAndDeletedVersions();
    void reportShowsTheCheck_data();
    void reportShowsTheCheck();
};

void TestPolicyContents::tableCitesItsSources()
{
    const auto& table = PolicyContents::requirements();
    QCOMPARE(table.size(), 10);
    QSet<QString> keys;
    for (const PolicyContentRequirement& r : table) {
        QVERIFY2(!keys.contains(r.key), qPrintable(r.key));
        keys.insert(r.key);
        QVERIFY(!r.titleEn.isEmpty() && !r.titleZh.isEmpty());
        QVERIFY2(r.sourceEn.contains(QStringLiteral("art.")), qPrintable(r.key));
        QVERIFY2(r.sourceZh.contains(QStringLiteral("第")), qPrintable(r.key));
        QCOMPARE(r.title(QStringLiteral("zh_CN")), r.titleZh);
        QCOMPARE(r.title(QStringLiteral("en")), r.titleEn);
    }
    // The items NDSMR art. 21 names, and the two lists it asks for.
    for (const char* key : { "handler_contact", "purposes_methods_categories", "collected_list", "sensitive_necessity",
             "retention", "third_party_list", "rights_how", "complaint_channel", "minors_rules", "officer_contact" }) {
        QVERIFY2(PolicyContents::find(QString::fromLatin1(key)), key);
    }
    QVERIFY(PolicyContents::find(QStringLiteral("minors_rules"))
                ->sourceZh.contains(QStringLiteral("网络数据安全管理条例")));
    QVERIFY(PolicyContents::find(QStringLiteral("rights_how"))->titleZh.contains(QStringLiteral("注销账户")));
    QVERIFY(!PolicyContents::find(QStringLiteral("nonexistent")));
}

void TestPolicyContents::approverTicksAndNotes()
{
    TestVault tv;
    const qint64 id = versionInReview(tv);
    PolicyContentsService contents(tv.vault());
    auto before = contents.checks(id);
    QVERIFY(before);
    QCOMPARE(before->size(), 10);
    for (const PolicyContentCheck& c : before.value()) {
        QVERIFY(!c.ticked);
        QVERIFY(!c.updatedAt.isValid());
    }
    QVERIFY(contents.setItem(id, QStringLiteral("collected_list"), true, QStringLiteral("  二.1 SECRET-NOTE ")));
    QVERIFY(
        contents.setItem(id, QStringLiteral("minors_rules"), false, QStringLiteral("二.5 only says not for minors")));
    auto after = contents.checks(id);
    const PolicyContentCheck& collected = after->at(2);
    QCOMPARE(collected.key, QStringLiteral("collected_list"));
    QVERIFY(collected.ticked);
    QCOMPARE(collected.note, QStringLiteral("二.1 SECRET-NOTE"));
    QCOMPARE(collected.actorName, tv.vault().actor().displayName);
    QVERIFY(collected.updatedAt.isValid());
    QCOMPARE(PolicyContents::unticked(tv.db(), id).size(), 9);

    // Each change is audited with the item key and the names of the fields, never the note.
    const QList<AuditEntry> entries = contentsEntries(tv);
    QCOMPARE(entries.size(), 2);
    bool sawCollected = false;
    for (const AuditEntry& e : entries) {
        QCOMPARE(e.entityType, QStringLiteral("policy_version"));
        QCOMPARE(e.entityId, QString::number(id));
        QVERIFY(!e.detail.contains(QStringLiteral("SECRET")));
        if (e.detail.contains(QStringLiteral("item=collected_list"))) {
            sawCollected = true;
            QCOMPARE(e.fields, (QStringList { QStringLiteral("ticked"), QStringLiteral("note") }));
        }
    }
    QVERIFY(sawCollected);
    QCOMPARE(Statement::scalarInt(tv.db(),
                 "SELECT count(*) FROM audit_log WHERE detail LIKE '%SECRET%' "
                 "OR fields LIKE '%SECRET%'"),
        0);
    // Saving the same again changes nothing and writes no entry; unticking is one field.
    QVERIFY(contents.setItem(id, QStringLiteral("collected_list"), true, QStringLiteral("二.1 SECRET-NOTE")));
    QCOMPARE(contentsEntries(tv).size(), 2);
    QVERIFY(contents.setItem(id, QStringLiteral("collected_list"), false, QStringLiteral("二.1 SECRET-NOTE")));
    QCOMPARE(contentsEntries(tv).first().fields, QStringList { QStringLiteral("ticked") });
    QVERIFY(!contents.checks(id)->at(2).ticked);
}

void TestPolicyContents::weakerRolesAreRefused_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("staff") << int(Role::Staff);
    QTest::newRow("auditor") << int(Role::Auditor);
}

void TestPolicyContents::weakerRolesAreRefused()
{
    QFETCH(int, role);
    TestVault tv;
    const qint64 id = versionInReview(tv);
    tv.signInAs(Role(role));
    PolicyContentsService contents(tv.vault());
    QVERIFY(contents.checks(id)); // reading is allowed
    const Status s = contents.setItem(id, QStringLiteral("handler_contact"), true, {});
    QCOMPARE(s.code(), ErrorCode::PermissionDenied);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM policy_content_checks"), 0);
    QCOMPARE(contentsEntries(tv).size(), 0);
}

void TestPolicyContents::hostileInputIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown key") << "privacy_everything"
                                 << "" << int(ErrorCode::InvalidInput);
    QTest::newRow("sql in key") << "x'); DROP TABLE policy_versions; --"
                                << "" << int(ErrorCode::InvalidInput);
    QTest::newRow("empty key") << ""
                               << "" << int(ErrorCode::InvalidInput);
    QTest::newRow("long note") << "retention" << QString(201, QLatin1Char('x')) << int(ErrorCode::InvalidInput);
    QTest::newRow("line break") << "retention"
                                << "二.1\n二.2" << int(ErrorCode::InvalidInput);
    QTest::newRow("control") << "retention" << QStringLiteral("a\u0007b") << int(ErrorCode::InvalidInput);
    QTest::newRow("bidi override") << "retention" << QStringLiteral("\u202Eevil") << int(ErrorCode::InvalidInput);
    QTest::newRow("no version") << "retention"
                                << "" << int(ErrorCode::NotFound);
}

void TestPolicyContents::hostileInputIsRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, note);
    QFETCH(int, code);
    TestVault tv;
    const qint64 id = versionInReview(tv);
    PolicyContentsService contents(tv.vault());
    const qint64 target = code == int(ErrorCode::NotFound) ? id + 100 : id;
    const Status s = contents.setItem(target, key, true, note);
    QCOMPARE(int(s.code()), code);
    QVERIFY(!s.message().isEmpty());
    if (code == int(ErrorCode::InvalidInput) && !PolicyContents::find(key)) {
        QVERIFY2(s.message().contains(QStringLiteral("collected_list")), qPrintable(s.message())); // says the keys
    }
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM policy_content_checks"), 0);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM policy_versions"), 1);
    // The note limit is at 200: exactly 200 characters are kept.
    QVERIFY(contents.setItem(id, QStringLiteral("retention"), true, QString(200, QChar(0x4E00))));
    QCOMPARE(contents.checks(id)->at(4).note.size(), 200);
}

void TestPolicyContents::approvalNeedsTheCheckOrForce()
{
    TestVault tv;
    const qint64 id = versionInReview(tv);
    PolicyService service(tv.vault());
    PolicyContentsService contents(tv.vault());
    const QStringList keys = PolicyContents::keys();
    for (int i = 0; i < keys.size() - 1; ++i) {
        QVERIFY(contents.setItem(id, keys.at(i), true, {}));
    }
    // One item unticked: refused, naming it; nothing changes.
    const Status refused = service.transition(id, PolicyStatus::Approved);
    QCOMPARE(refused.code(), ErrorCode::NotAllowed);
    QVERIFY2(refused.message().contains(PolicyContents::find(keys.last())->titleEn), qPrintable(refused.message()));
    QCOMPARE(service.version(id)->status, PolicyStatus::InReview);

    // Forced: approved, and the audit entry names what was unticked.
    QVERIFY(service.transition(id, PolicyStatus::Approved, true));
    QCOMPARE(service.version(id)->status, PolicyStatus::Approved);
    AuditFilter f;
    f.action = QStringLiteral("policy.version.transition");
    const AuditEntry forced = AuditLog::list(tv.db(), f, 0, 1).first();
    QVERIFY2(forced.detail.contains(QStringLiteral("forced; unticked=%1").arg(keys.last())), qPrintable(forced.detail));

    // Sent back, fully ticked: approved without force, and the entry says nothing was forced.
    QVERIFY(service.transition(id, PolicyStatus::Draft));
    QVERIFY(service.transition(id, PolicyStatus::InReview));
    QVERIFY(contents.setItem(id, keys.last(), true, QStringLiteral("二.8")));
    QVERIFY(service.transition(id, PolicyStatus::Approved));
    const AuditEntry clean = AuditLog::list(tv.db(), f, 0, 1).first();
    QCOMPARE(clean.detail, QStringLiteral("in_review->approved"));
}

void TestPolicyContents::supersededAndDeletedVersions()
{
    TestVault tv;
    const qint64 id = versionInReview(tv);
    PolicyService service(tv.vault());
    PolicyContentsService contents(tv.vault());
    QVERIFY(service.setApproverMustDifferFromAuthor(false)); // the administrator revises and approves
    QVERIFY(service.transition(id, PolicyStatus::Approved, true));
    QVERIFY(service.transition(id, PolicyStatus::Published));
    // A published version can still be checked afterwards (rules that came later).
    QVERIFY(contents.setItem(id, QStringLiteral("officer_contact"), true, QStringLiteral("二.8")));
    auto next = service.revise(id, QStringLiteral("2026-05-01"));
    QVERIFY(next);
    PolicyVersionInput dated;
    dated.label = next->label;
    dated.textZh = next->textZh + QStringLiteral("修订。\n");
    dated.updatedOn = today;
    dated.effectiveOn = today.addDays(30);
    QVERIFY(service.updateDraft(next->id, dated));
    // The new draft starts with an empty check: its text must be checked again.
    QCOMPARE(PolicyContents::unticked(tv.db(), next->id).size(), 10);
    QVERIFY(contents.setItem(next->id, QStringLiteral("retention"), true, {}));
    QVERIFY(service.transition(next->id, PolicyStatus::InReview));
    QVERIFY(service.transition(next->id, PolicyStatus::Approved, true));
    const Status published = service.transition(next->id, PolicyStatus::Published);
    QVERIFY2(published, qPrintable(published.message()));
    // The superseded version's check is history.
    QCOMPARE(contents.setItem(id, QStringLiteral("retention"), true, {}).code(), ErrorCode::NotAllowed);
    QVERIFY(contents.checks(id)->last().ticked);

    auto draft = service.revise(next->id, QStringLiteral("2026-06-01"));
    QVERIFY(contents.setItem(draft->id, QStringLiteral("retention"), true, {}));
    QVERIFY(service.deleteDraft(draft->id));
    Statement left(tv.db(), "SELECT count(*) FROM policy_content_checks WHERE version_id = ?");
    left.bind(1, draft->id);
    QVERIFY(left.next());
    QCOMPARE(left.int64(0), 0);
    QCOMPARE(contents.checks(draft->id).code(), ErrorCode::NotFound);
}

void TestPolicyContents::reportShowsTheCheck_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("zh_CN") << "zh_CN";
}

void TestPolicyContents::reportShowsTheCheck()
{
    QFETCH(QString, language);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext is not installed");
    }
    QTranslator appTr;
    QTranslator qtTr;
    ui::LanguageManager::installInto(QCoreApplication::instance(), language, &appTr, &qtTr);
    TestVault tv;
    const qint64 id = versionInReview(tv);
    PolicyContentsService contents(tv.vault());
    QVERIFY(contents.setItem(id, QStringLiteral("collected_list"), true, QStringLiteral("SECTION-2-1")));
    const PolicyVersion v = PolicyService(tv.vault()).version(id).value();
    const ReportDocument doc
        = PolicyReports::versionReport(v, PolicyTexts::Both, language, contents.checks(id).value());
    const QString pdf = tv.dir() + QStringLiteral("/version.pdf");
    ui::ReportRenderer renderer(doc);
    QVERIFY(renderer.writePdf(pdf));
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    const bool zh = language == QLatin1String("zh_CN");
    QVERIFY2(text.contains(squeezed(zh ? QStringLiteral("收集个人信息清单") : QStringLiteral("List of the personal"))),
        qPrintable(text.left(2000)));
    QVERIFY(text.contains(squeezed(zh ? QStringLiteral("网络数据安全管理条例") : QStringLiteral("NDSMR art. 21(3)"))));
    QVERIFY(text.contains(QStringLiteral("SECTION-2-1")));
    // The heading and the count follow the report language; the other language's titles are absent.
    QVERIFY2(
        text.contains(squeezed(zh ? QStringLiteral("内容核对") : QStringLiteral("Contents check (NDSMR art. 21)"))),
        qPrintable(text.left(2000)));
    QVERIFY(text.contains(squeezed(zh ? QStringLiteral("未勾选") : QStringLiteral("1 of 10 required contents"))));
    QVERIFY(!text.contains(squeezed(zh ? QStringLiteral("Retention period and the handling")
                                       : QStringLiteral("个人信息保存期限和到期后的处理方式"))));
    QCoreApplication::removeTranslator(&appTr);
    QCoreApplication::removeTranslator(&qtTr);
}

QTEST_MAIN(TestPolicyContents)
#include "tst_policycontents.moc"
