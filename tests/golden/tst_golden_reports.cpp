#include "GoldenFile.h"
#include "ReportText.h"
#include "TestVault.h"

#include "activities/ActivityReports.h"
#include "app/LanguageManager.h"
#include "audit/AuditLog.h"
#include "auditview/AuditReport.h"
#include "dashboard/DashboardReport.h"
#include "demo/DemoData.h"
#include "iso/IsoReports.h"
#include "maintenance/AboutReport.h"
#include "policies/PolicyReports.h"
#include "registers/IncidentReporting.h"
#include "registers/RegisterReports.h"
#include "registers/RegisterService.h"
#include "report/ReportRenderer.h"
#include "requests/RequestDocuments.h"
#include "storage/Versions.h"
#include "submissions/Submission.h"
#include "util/Clock.h"
#include "util/Formatting.h"

#include <QApplication>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <functional>
#include <optional>

using namespace cd;
using namespace cd::test;

// Every report and letter, in Chinese and English, compared with its golden file in
// tests/data/golden/reports/: the whole document as text plus the page count of the PDF that
// QPdfWriter writes. The vault is a demo vault made at a fixed time with a fixed seed, so the
// texts hold no clock and no random id. Refresh after an intended change:
//   cd build && CD_UPDATE_GOLDEN=1 ctest -R golden
class TestGoldenReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void report_data();
    void report();
    void everyGoldenFileBelongsToAReport();
    void firstDifferenceIsNamed();

private:
    using Builder = std::function<Result<ReportDocument>(const QString& language)>;
    void buildAll(const QList<QPair<QString, Builder>>& builders);
    QList<QPair<QString, Builder>> vaultStateReports();
    void recordReports(QList<QPair<QString, Builder>>& out);
    QString normalised(QString text) const;

    std::unique_ptr<TestVault> m_vault;
    QMap<QString, Result<ReportDocument>> m_docs; // "name.language"
    QStringList m_names; // in the order they were built
    QStringList m_checked;
    QTemporaryDir m_pdfDir;
};

namespace {

const QStringList kLanguages = { QStringLiteral("en"), QStringLiteral("zh_CN") };
const QDateTime kNow(QDate(2026, 4, 20), QTime(2, 30), Qt::UTC); // 10:30 in Beijing
const QString kPreparedBy = QStringLiteral("Admin Person");

// The program's and Qt's translations for one language, removed again on destruction.
class Translation
{
public:
    explicit Translation(const QString& language)
    {
        ui::LanguageManager::installInto(QCoreApplication::instance(), language, &m_app, &m_qt);
    }
    ~Translation()
    {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
    }

private:
    QTranslator m_app;
    QTranslator m_qt;
};

Result<ReportDocument> ok(const ReportDocument& doc)
{
    return doc;
}

template <typename T> QList<T> byId(QList<T> list)
{
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) { return a.id < b.id; });
    return list;
}

} // namespace

void TestGoldenReports::initTestCase()
{
    QVERIFY(m_pdfDir.isValid());
    Clock::setOverride([] { return kNow; });
    m_vault = std::make_unique<TestVault>();
    DemoOptions o;
    o.submissions = 60;
    o.staffPassword = QStringLiteral("password-123");
    QVERIFY(fillDemoVault(m_vault->vault(), o));
    m_vault->signInAdmin();
    // Some reports record that they were made (audit entries): everything is built here, in a
    // fixed order, so each golden file is the same whichever cases run. The reports about the
    // vault itself come first.
    buildAll(vaultStateReports());
    QList<QPair<QString, Builder>> records;
    recordReports(records);
    if (QTest::currentTestFailed()) {
        return;
    }
    buildAll(records);
    QVERIFY(m_names.size() >= 20);
}

void TestGoldenReports::buildAll(const QList<QPair<QString, Builder>>& builders)
{
    for (const QString& language : kLanguages) {
        const Translation translation(language);
        for (const auto& [name, build] : builders) {
            m_docs.insert(name + QLatin1Char('.') + language, build(language));
            if (language == kLanguages.first()) {
                m_names << name;
            }
        }
    }
}

QList<QPair<QString, TestGoldenReports::Builder>> TestGoldenReports::vaultStateReports()
{
    Vault& vault = m_vault->vault();
    return {
        { QStringLiteral("about"), [&vault](const QString& l) { return ok(buildAboutReport(vault, l)); } },
        { QStringLiteral("audit-log"),
            [&vault](const QString& l) {
                AuditFilter f;
                f.action = QStringLiteral("policy.");
                return ok(buildAuditReport(vault.db(), vault.actor().displayName, f, l, 60));
            } },
    };
}

void TestGoldenReports::recordReports(QList<QPair<QString, Builder>>& out)
{
    Vault& vault = m_vault->vault();
    const QDate today = Clock::today();

    out.append({ QStringLiteral("dashboard-overview"), [&vault, today](const QString& l) {
                    return dashboard::buildOverviewReport(
                        vault, dashboard::Period::preset(dashboard::Period::Preset::Quarter, today), l);
                } });
    out.append({ QStringLiteral("iso-statement-of-applicability"),
        [&vault](const QString& l) { return iso::IsoReports::buildSoa(vault, l); } });
    out.append({ QStringLiteral("iso-gap-report"),
        [&vault](const QString& l) { return iso::IsoReports::buildGapReport(vault, l); } });
    out.append({ QStringLiteral("activity-register"),
        [&vault](const QString& l) { return activities::buildActivityRegister(vault, l); } });
    out.append({ QStringLiteral("submissions"), [&vault](const QString& l) {
                    return submissions::SubmissionService(vault).report({}, submissions::Sort {}, l, 40);
                } });

    // Policies: the privacy policy's history, its published version, and the draft compared with it.
    PolicyService policies(vault);
    const auto doc = policies.documentByName(QStringLiteral("隐私政策 / Privacy policy"));
    QVERIFY2(doc, qPrintable(doc.message()));
    const auto versions = policies.versions(doc->id);
    QVERIFY(versions && versions->size() >= 2);
    const auto published = policies.versionByLabel(doc->id, QStringLiteral("2024-04-25"));
    QVERIFY(published);
    QList<NotificationPlan> plans;
    for (const PolicyVersion& v : versions.value()) {
        if (auto plan = policies.notificationPlan(v.id)) {
            plans.append(plan.value());
        }
    }
    const PolicyDocument document = doc.value();
    const PolicyVersion from = published.value();
    const PolicyVersion to = versions->first();
    out.append({ QStringLiteral("policy-history"), [document, versions, plans](const QString& l) {
                    return ok(PolicyReports::historyReport(document, versions.value(), plans, l));
                } });
    out.append({ QStringLiteral("policy-version"),
        [from](const QString& l) { return ok(PolicyReports::versionReport(from, PolicyTexts::Both, l)); } });
    out.append({ QStringLiteral("policy-comparison"), [from, to](const QString& l) {
                    const bool zh = l == QLatin1String("zh_CN");
                    const TextDiff diff = PolicyDiff::compare(
                        zh ? from.textZh : from.textEn, zh ? to.textZh : to.textEn, PolicyDiff::granularityFor(l), 0);
                    return ok(PolicyReports::comparisonReport(from, to, diff, l, l));
                } });

    // Registers: both registers, then one incident's report, letters and reports to the regulator.
    const auto disclosures = registers::DisclosureService(vault).list();
    const auto incidents = registers::IncidentService(vault).list();
    QVERIFY(disclosures && !disclosures->isEmpty());
    QVERIFY(incidents && !incidents->isEmpty());
    const QList<registers::Disclosure> disclosureList = byId(disclosures.value());
    const QList<registers::Incident> incidentList = byId(incidents.value());
    const registers::Incident incident = incidentList.first();
    out.append({ QStringLiteral("disclosure-register"), [&vault, disclosureList](const QString& l) {
                    return ok(registers::buildDisclosureRegister(
                        disclosureList, QDate(2025, 1, 1), {}, registers::reportContext(vault, l)));
                } });
    out.append({ QStringLiteral("incident-register"), [&vault, incidentList](const QString& l) {
                    return ok(registers::buildIncidentRegister(
                        incidentList, {}, QDate(2026, 4, 20), registers::reportContext(vault, l)));
                } });
    out.append({ QStringLiteral("incident-report"), [&vault, incident](const QString& l) {
                    return ok(registers::buildIncidentReport(incident, registers::reportContext(vault, l)));
                } });
    out.append({ QStringLiteral("incident-notification-letter"), [&vault, incident](const QString& l) {
                    return ok(registers::buildNotificationLetter(incident, registers::reportContext(vault, l)));
                } });
    out.append({ QStringLiteral("incident-public-announcement"), [&vault, incident](const QString& l) {
                    return ok(registers::buildPublicAnnouncement(incident, registers::reportContext(vault, l)));
                } });
    registers::IncidentReporting facts;
    facts.incidentId = incident.id;
    facts.sensitivePeople = 12;
    facts.lossYuan = 48000;
    facts.systems = QStringLiteral("会员系统 / Member system");
    facts.disruptionHours = 3;
    facts.place = QStringLiteral("上海数据中心 / Shanghai data centre");
    facts.measuresEffect = QStringLiteral("已封堵接口 / Interface closed");
    facts.trend = QStringLiteral("无进一步扩散 / No further spread");
    facts.tracingLeads = QStringLiteral("异常 IP 203.0.113.7 / Unusual IP 203.0.113.7");
    facts.nextSteps = QStringLiteral("复核权限 / Review access rights");
    facts.contactPerson = QStringLiteral("李明 13800000000");
    facts.rectification = QStringLiteral("接口加签名 / Signed interface requests");
    facts.lessons = QStringLiteral("上线前安全评审 / Security review before release");
    facts.proposedGrade = registers::Severity::RelativelySerious;
    facts.handlingEndedAt = kNow.addDays(-1);
    facts.stored = true;
    for (const auto kind : { registers::ReportKind::Initial, registers::ReportKind::Final }) {
        const QString name = kind == registers::ReportKind::Initial ? QStringLiteral("incident-regulator-initial")
                                                                    : QStringLiteral("incident-regulator-final");
        out.append({ name, [&vault, incident, facts, kind](const QString& l) {
                        return ok(registers::IncidentReportingService::buildReportDocument(incident, facts, kind,
                            QStringLiteral("维维斯特科技有限公司 / Vivest Technology Co., Ltd."),
                            registers::reportContext(vault, l)));
                    } });
    }

    // Requests: the letters and documents of the first request of each kind, and the register.
    requests::RequestService service(vault);
    const auto list = service.list();
    QVERIFY(list && !list->isEmpty());
    const QList<requests::RightsRequest> all = byId(list.value());
    const auto first = [&all](const std::function<bool(const requests::RightsRequest&)>& match) {
        const auto it = std::find_if(all.cbegin(), all.cend(), match);
        return it == all.cend() ? all.first() : *it;
    };
    const requests::RightsRequest completed
        = first([](const requests::RightsRequest& r) { return r.state == requests::RequestState::Completed; });
    const requests::RightsRequest rejected
        = first([](const requests::RightsRequest& r) { return r.state == requests::RequestState::Rejected; });
    const requests::RightsRequest deletion
        = first([](const requests::RightsRequest& r) { return r.type == requests::RequestType::Deletion; });
    QCOMPARE(completed.state, requests::RequestState::Completed);
    QCOMPARE(rejected.state, requests::RequestState::Rejected);
    QCOMPARE(deletion.type, requests::RequestType::Deletion);
    out.append({ QStringLiteral("request-response-letter-completed"), [&vault, completed](const QString& l) {
                    requests::RequestService s(vault);
                    return ok(requests::buildResponseLetter(s, completed, l, kPreparedBy));
                } });
    out.append({ QStringLiteral("request-response-letter-rejected"), [&vault, rejected](const QString& l) {
                    requests::RequestService s(vault);
                    return ok(requests::buildResponseLetter(s, rejected, l, kPreparedBy));
                } });
    out.append({ QStringLiteral("request-deletion-certificate"),
        [deletion](const QString& l) { return ok(requests::buildDeletionCertificate(deletion, l, kPreparedBy)); } });
    // The access request's proposed records are confirmed as the person's, as staff would.
    const requests::RightsRequest access
        = first([](const requests::RightsRequest& r) { return r.type == requests::RequestType::Access; });
    QCOMPARE(access.type, requests::RequestType::Access);
    const auto matches = service.unconfirmedMatches(access.id);
    QVERIFY2(matches, qPrintable(matches.message()));
    QVERIFY(service.resolveMatches(access.id, matches.value(), {}));
    const auto exported = service.dataPackage(access.id);
    QVERIFY2(exported, qPrintable(exported.message()));
    const std::optional<requests::DataPackage> package = exported.value();
    out.append({ QStringLiteral("request-data-package"),
        [package](const QString&) { return ok(requests::buildDataPackageReport(*package, kPreparedBy)); } });
    out.append({ QStringLiteral("request-register"), [&vault, today](const QString& l) {
                    requests::RequestService s(vault);
                    const QDate from(2026, 1, 1);
                    auto summary = requests::buildRegisterSummary(s, from, today);
                    if (!summary) {
                        return Result<ReportDocument>(summary.error());
                    }
                    return ok(requests::buildRegisterReport(summary.value(), from, today, l, kPreparedBy));
                } });
}

QString TestGoldenReports::normalised(QString text) const
{
    // What differs from machine to machine or run to run, and is no part of the report's design.
    const VersionInfo v = VersionInfo::current();
    const QList<QPair<QString, QString>> volatileValues = {
        { QFileInfo(m_vault->path()).absoluteFilePath(), QStringLiteral("<vault file>") },
        { m_vault->vault().vaultId(), QStringLiteral("<vault id>") },
        { v.app, QStringLiteral("<program version>") },
        { v.qt, QStringLiteral("<Qt version>") },
        { v.sqlcipher, QStringLiteral("<SQLCipher version>") },
    };
    for (const auto& [value, placeholder] : volatileValues) {
        if (!value.isEmpty()) {
            text.replace(value, placeholder);
        }
    }
    return text;
}

void TestGoldenReports::report_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    for (const QString& language : kLanguages) {
        for (const QString& name : std::as_const(m_names)) {
            QTest::newRow(qPrintable(name + QLatin1Char(' ') + language)) << name << language;
        }
    }
}

void TestGoldenReports::report()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    const QString key = name + QLatin1Char('.') + language;
    const QString file = QStringLiteral("reports/%1.txt").arg(key);
    m_checked << file;
    const auto found = m_docs.constFind(key);
    QVERIFY(found != m_docs.cend());
    const Result<ReportDocument>& doc = found.value();
    QVERIFY2(doc, qPrintable(doc.message()));

    const Translation translation(language); // the renderer's footer is translated too
    const QString pdf = m_pdfDir.filePath(key + QStringLiteral(".pdf"));
    ui::ReportRenderer renderer(doc.value());
    QVERIFY(renderer.writePdf(pdf));
    const int pages = pdfPageCount(readFile(pdf));
    QCOMPARE(pages, renderer.lastPageCount());
    QVERIFY(pages >= 1);

    const QString text = normalised(reportText(doc.value(), pages));
    // Nothing of the real clock or of a random id may reach a golden file.
    const QDate realToday = QDate::currentDate();
    for (const QString& l : kLanguages) {
        QVERIFY2(realToday == Clock::today() || !text.contains(fmt::date(realToday, l)), qPrintable(key));
    }
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    QVERIFY2(!text.contains(uuid), qPrintable(uuid.match(text).captured()));
    QVERIFY(!text.contains(m_pdfDir.path()));

    const QString difference = golden::check(file, text);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestGoldenReports::everyGoldenFileBelongsToAReport()
{
    if (m_checked.size() < m_names.size() * kLanguages.size()) {
        QSKIP("only some reports were checked");
    }
    const QStringList left = golden::unused(QStringLiteral("reports"), m_checked);
    QVERIFY2(left.isEmpty(),
        qPrintable(QStringLiteral("golden files of no report (remove them, or refresh with "
                                  "CD_UPDATE_GOLDEN=1): ")
            + left.join(QStringLiteral(", "))));
}

void TestGoldenReports::firstDifferenceIsNamed()
{
    QCOMPARE(golden::firstDifferingLine(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nb\nc")), 0);
    QCOMPARE(golden::firstDifferingLine(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB\nc\n")), 2);
    QCOMPARE(golden::firstDifferingLine(QStringLiteral("a\nb\n"), QStringLiteral("a\nb\nc\n")), 3);
    QCOMPARE(golden::firstDifferingLine(QStringLiteral("a\r\nb\r\n"), QStringLiteral("a\nb\n")), 0);
    if (golden::updateRequested()) {
        return;
    }
    const QString message = golden::check(QStringLiteral("reports/about.en.txt"), QStringLiteral("title: nothing"));
    QVERIFY(message.contains(QStringLiteral("about.en.txt")));
    QVERIFY2(message.contains(QStringLiteral("line 1:")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("\"title: nothing\"")));
    QVERIFY(message.contains(QStringLiteral("CD_UPDATE_GOLDEN=1 ctest -R golden")));
    QVERIFY(golden::check(QStringLiteral("reports/no-such-report.en.txt"), QStringLiteral("x"))
                .contains(QStringLiteral("no golden file")));
}

int main(int argc, char** argv)
{
    // Local times in the reports are Beijing time, on every machine.
    qputenv("TZ", "Asia/Shanghai");
    QApplication app(argc, argv);
    TestGoldenReports test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_golden_reports.moc"
