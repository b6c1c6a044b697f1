#include "TestVault.h"

#include "app/LanguageManager.h"
#include "audit/AuditLog.h"
#include "pages/CalendarYearDialog.h"
#include "pages/SettingsPage.h"
#include "pages/VaultRulesSection.h"
#include "policies/PolicyService.h"
#include "preferences/AppSettings.h"
#include "registers/RegisterService.h"
#include "requests/RequestService.h"
#include "settings/VaultSettings.h"
#include "storage/Statement.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionsPage.h"
#include "util/Clock.h"

#include "util/Formatting.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::test;
using namespace cd::ui;
using cd::requests::DeadlineRule;
using cd::requests::RequestService;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(4, 0), Qt::UTC);

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    if (!w) {
        qWarning("no child %s", name);
    }
    return w;
}

QDate dueOfNewRequest(Vault& vault, const QDate& received)
{
    requests::RequestDraft draft;
    draft.type = requests::RequestType::Access;
    draft.receivedOn = received;
    draft.requesterName = QStringLiteral("Test Person");
    draft.email = QStringLiteral("person@example.cn");
    // Intake refuses requests received in the future: let "today" be the day of receipt.
    const QDateTime at(received, QTime(10, 0), Qt::UTC);
    Clock::setOverride([at] { return at; });
    auto added = RequestService(vault).add(draft);
    Clock::setOverride([] { return kNow; });
    if (!added) {
        qWarning("%s", qPrintable(added.message()));
    }
    return added ? added->dueOn : QDate();
}

qint64 auditCount(Database& db, const QString& action, const QString& entityId = {})
{
    AuditFilter filter;
    filter.action = action;
    filter.entityId = entityId;
    return AuditLog::count(db, filter);
}

qint64 storedCalendarDays(Database& db)
{
    Statement q(db, "SELECT COUNT(*) FROM request_calendar_days");
    return q.next() ? q.int64(0) : -1;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(bytes);
    }
    return path;
}

// A made-up 2027 calendar: a five-day holiday Mon 1 – Fri 5 March, made up on Saturday 6 March.
const QByteArray k2027 = R"({
    "format": "cd-holidays-1",
    "region": "CN",
    "year": 2027,
    "holidays": [{"from": "2027-03-01", "to": "2027-03-05", "name": "测试假期"}],
    "workdays": [{"date": "2027-03-06", "name": "测试调休"}]
})";

void screenshot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w.grab().save(dir + QStringLiteral("/settings-") + name + QStringLiteral(".png"));
    }
}

} // namespace

class TestVaultRules : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return kNow; });
    }
    void cleanup() { Clock::setOverride(nullptr); }
    void showsDefaults();
    void deadlineRuleDrivesDueDates();
    void policyIncidentAndRetentionRules();
    void retentionMatchesSubmissionsPage();
    void lockClearsAndUnlockReloads();
    void rolesWithoutPermissionAreRefused_data();
    void rolesWithoutPermissionAreRefused();
    void malformedCalendarChangesNothing_data();
    void malformedCalendarChangesNothing();
    void importedCalendarMovesDueDates();
    void exportRoundTrips();
    void editYearInDialog();
    void settingsPageFitsLaptop_data();
    void settingsPageFitsLaptop();
};

void TestVaultRules::showsDefaults()
{
    TestVault tv;
    VaultRulesSection section;
    section.setVault(&tv.vault());
    QCOMPARE(child<QSpinBox>(section, "deadlineAmount")->value(), 15);
    QCOMPARE(child<QComboBox>(section, "deadlineKind")->currentData().toInt(), int(DeadlineRule::Kind::WorkingDays));
    QVERIFY(child<QCheckBox>(section, "separateApprover")->isChecked());
    QCOMPARE(child<QSpinBox>(section, "noticeLeadDays")->value(), 7);
    QCOMPARE(child<QComboBox>(section, "reportThreshold")->currentIndex(), int(registers::Severity::RelativelySerious));
    QCOMPARE(child<QSpinBox>(section, "reportHours")->value(), 4);
    QCOMPARE(child<QSpinBox>(section, "retentionMonths")->value(), 24);
    // Nothing changed yet: nothing to save.
    for (const char* save : { "deadlineSave", "policySave", "incidentSave", "retentionSave" }) {
        QVERIFY2(!child<QPushButton>(section, save)->isEnabled(), save);
    }
    // The bundled 2026 calendar is listed as shipped; 15 working days from 2 March 2026 is 23 March.
    auto* years = child<QTableWidget>(section, "calendarYears");
    QCOMPARE(years->rowCount(), 1);
    QCOMPARE(years->item(0, 0)->text(), QStringLiteral("2026"));
    QCOMPARE(years->item(0, 1)->text(), QStringLiteral("Shipped with the program"));
    QCOMPARE(years->item(0, 2)->text(), QStringLiteral("33"));
    QCOMPARE(years->item(0, 3)->text(), QStringLiteral("6"));
    QVERIFY(child<QLabel>(section, "duePreview")->text().contains(fmt::date(QDate(2026, 3, 23))));
}

void TestVaultRules::deadlineRuleDrivesDueDates()
{
    TestVault tv;
    VaultRulesSection section;
    section.setVault(&tv.vault());
    auto* kind = child<QComboBox>(section, "deadlineKind");
    auto* amount = child<QSpinBox>(section, "deadlineAmount");
    auto* save = child<QPushButton>(section, "deadlineSave");
    RequestService service(tv.vault());
    const qint64 auditsBefore
        = auditCount(tv.db(), QStringLiteral("settings.update"), QStringLiteral("requests.deadline_rule"));

    // 30 calendar days (GB/T 35273): choosing the unit proposes 30.
    kind->setCurrentIndex(1);
    QCOMPARE(amount->value(), 30);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(service.deadlineRule().toString(), QStringLiteral("calendar:30"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(dueOfNewRequest(tv.vault(), QDate(2026, 3, 2)), QDate(2026, 4, 1));

    // One month (GDPR): month ends are clamped.
    kind->setCurrentIndex(2);
    QCOMPARE(amount->value(), 1);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(service.deadlineRule().toString(), QStringLiteral("months:1"));
    QCOMPARE(dueOfNewRequest(tv.vault(), QDate(2026, 1, 31)), QDate(2026, 2, 28));

    // 10 working days across the 2026 mid-autumn and national-day holidays and the make-up Saturday 10 Oct.
    kind->setCurrentIndex(0);
    amount->setValue(10);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(service.deadlineRule().toString(), QStringLiteral("working:10"));
    QCOMPARE(dueOfNewRequest(tv.vault(), QDate(2026, 9, 24)), QDate(2026, 10, 15));
    QCOMPARE(child<QLabel>(section, "deadlineMessage")->text().isEmpty(), false);

    // Every change is in the audit log, under the setting's name.
    QCOMPARE(auditCount(tv.db(), QStringLiteral("settings.update"), QStringLiteral("requests.deadline_rule")),
        auditsBefore + 3);

    // The service refuses a rule it could not read back, whatever the widgets allow.
    DeadlineRule bad;
    bad.kind = DeadlineRule::Kind::Months;
    bad.amount = 40;
    const Status refused = service.setDeadlineRule(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.code(), ErrorCode::InvalidInput);
    QCOMPARE(service.deadlineRule().toString(), QStringLiteral("working:10"));

    // "Default" goes back to 15 working days, saved only on Save.
    QTest::mouseClick(child<QPushButton>(section, "deadlineDefault"), Qt::LeftButton);
    QCOMPARE(amount->value(), 15);
    QCOMPARE(service.deadlineRule().toString(), QStringLiteral("working:10"));
    QVERIFY(section.saveDeadlineRule());
    QCOMPARE(service.deadlineRule().toString(), QStringLiteral("working:15"));
}

void TestVaultRules::policyIncidentAndRetentionRules()
{
    TestVault tv;
    VaultRulesSection section;
    section.setVault(&tv.vault());
    Database& db = tv.db();

    child<QCheckBox>(section, "separateApprover")->setChecked(false);
    child<QSpinBox>(section, "noticeLeadDays")->setValue(14);
    QTest::mouseClick(child<QPushButton>(section, "policySave"), Qt::LeftButton);
    PolicyService policies(tv.vault());
    QCOMPARE(policies.approverMustDifferFromAuthor(), false);
    QCOMPARE(policies.noticeLeadDays(), 14);
    QCOMPARE(auditCount(db, QStringLiteral("settings.update"), VaultSettings::key(Setting::SeparateApprover)), 1);
    QCOMPARE(auditCount(db, QStringLiteral("settings.update"), VaultSettings::key(Setting::NoticeLeadDays)), 1);

    // Saving only the lead time writes only the lead time.
    child<QSpinBox>(section, "noticeLeadDays")->setValue(10);
    QVERIFY(section.savePolicyRules());
    QCOMPARE(policies.noticeLeadDays(), 10);
    QCOMPARE(auditCount(db, QStringLiteral("settings.update"), VaultSettings::key(Setting::SeparateApprover)), 1);
    QCOMPARE(auditCount(db, QStringLiteral("settings.update"), VaultSettings::key(Setting::NoticeLeadDays)), 2);

    child<QComboBox>(section, "reportThreshold")->setCurrentIndex(int(registers::Severity::Major));
    child<QSpinBox>(section, "reportHours")->setValue(24);
    QTest::mouseClick(child<QPushButton>(section, "incidentSave"), Qt::LeftButton);
    const registers::RegulatorRule rule = registers::IncidentService(tv.vault()).rule();
    QCOMPARE(rule.hours, 24);
    QCOMPARE(rule.threshold, registers::Severity::Major);
    QCOMPARE(auditCount(db, QStringLiteral("settings.update"), registers::SettingKeys::reportHours()), 1);
    QCOMPARE(auditCount(db, QStringLiteral("settings.update"), registers::SettingKeys::reportThreshold()), 1);

    child<QSpinBox>(section, "retentionMonths")->setValue(36);
    QTest::mouseClick(child<QPushButton>(section, "retentionSave"), Qt::LeftButton);
    QCOMPARE(submissions::SubmissionService(tv.vault()).retentionMonths(), 36);
    QCOMPARE(auditCount(db, QStringLiteral("settings.update"), VaultSettings::key(Setting::RetentionMonths)), 1);

    // Values survive closing and reopening the vault.
    section.setVault(nullptr);
    tv.reopen();
    section.setVault(&tv.vault());
    QVERIFY(!child<QCheckBox>(section, "separateApprover")->isChecked());
    QCOMPARE(child<QSpinBox>(section, "noticeLeadDays")->value(), 10);
    QCOMPARE(child<QComboBox>(section, "reportThreshold")->currentIndex(), int(registers::Severity::Major));
    QCOMPARE(child<QSpinBox>(section, "reportHours")->value(), 24);
    QCOMPARE(child<QSpinBox>(section, "retentionMonths")->value(), 36);
}

void TestVaultRules::retentionMatchesSubmissionsPage()
{
    TestVault tv;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    VaultRulesSection section;
    section.setVault(&tv.vault());
    SubmissionsPage page(settings);
    page.setVault(&tv.vault());
    QSpinBox* pageRetention = nullptr;
    for (QSpinBox* spin : page.findChildren<QSpinBox*>()) {
        if (spin->maximum() == 240) {
            pageRetention = spin;
        }
    }
    QVERIFY(pageRetention);
    QCOMPARE(pageRetention->value(), 24);

    // Changed in Settings: the submissions page shows it on its next refresh.
    child<QSpinBox>(section, "retentionMonths")->setValue(30);
    QVERIFY(section.saveRetention());
    page.refresh();
    QCOMPARE(pageRetention->value(), 30);

    // Changed elsewhere: Settings shows it on its next refresh.
    QVERIFY(submissions::SubmissionService(tv.vault()).setRetentionMonths(12));
    section.refresh();
    QCOMPARE(child<QSpinBox>(section, "retentionMonths")->value(), 12);
    page.refresh();
    QCOMPARE(pageRetention->value(), 12);
}

void TestVaultRules::lockClearsAndUnlockReloads()
{
    TestVault tv;
    QVERIFY(RequestService(tv.vault()).setDeadlineRule({ DeadlineRule::Kind::CalendarDays, 45 }));
    QVERIFY(submissions::SubmissionService(tv.vault()).setRetentionMonths(60));
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    // Through the Settings page, as the main window does it.
    SettingsPage page(settings);
    auto* section = page.findChild<VaultRulesSection*>();
    QVERIFY(section);
    page.setVault(&tv.vault());
    QCOMPARE(child<QSpinBox>(*section, "deadlineAmount")->value(), 45);
    QCOMPARE(child<QSpinBox>(*section, "retentionMonths")->value(), 60);

    page.setVault(nullptr);
    QCOMPARE(child<QSpinBox>(*section, "deadlineAmount")->value(), 15);
    QCOMPARE(child<QSpinBox>(*section, "retentionMonths")->value(), 24);
    QCOMPARE(child<QTableWidget>(*section, "calendarYears")->rowCount(), 0);
    QVERIFY(child<QLabel>(*section, "duePreview")->text().isEmpty());
    QVERIFY(!child<QSpinBox>(*section, "deadlineAmount")->isEnabled());

    tv.reopen();
    page.setVault(&tv.vault());
    QCOMPARE(child<QSpinBox>(*section, "deadlineAmount")->value(), 45);
    QCOMPARE(child<QComboBox>(*section, "deadlineKind")->currentData().toInt(), int(DeadlineRule::Kind::CalendarDays));
    QCOMPARE(child<QSpinBox>(*section, "retentionMonths")->value(), 60);

    // Changed behind its back: refresh() shows the stored value.
    QVERIFY(RequestService(tv.vault()).setDeadlineRule({ DeadlineRule::Kind::WorkingDays, 20 }));
    page.refresh();
    QCOMPARE(child<QSpinBox>(*section, "deadlineAmount")->value(), 20);
}

void TestVaultRules::rolesWithoutPermissionAreRefused_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("auditor") << int(Role::Auditor);
    QTest::newRow("privacy officer") << int(Role::PrivacyOfficer);
    QTest::newRow("staff") << int(Role::Staff);
}

void TestVaultRules::rolesWithoutPermissionAreRefused()
{
    QFETCH(int, role);
    TestVault tv;
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("2027.json"), k2027);
    tv.signInAs(Role(role));
    const QString refusal = tv.vault().require(Permission::ManageSettings).message();
    QVERIFY(!refusal.isEmpty());
    const qint64 auditsBefore = auditCount(tv.db(), QString());

    VaultRulesSection section;
    section.setVault(&tv.vault());
    for (const char* name : { "deadlineAmount", "deadlineKind", "separateApprover", "noticeLeadDays", "reportThreshold",
             "reportHours", "retentionMonths", "calendarImport", "calendarAddYear", "deadlineSave", "policySave",
             "incidentSave", "retentionSave" }) {
        auto* w = child<QWidget>(section, name);
        QVERIFY2(!w->isEnabled(), name);
        QVERIFY2(w->toolTip().contains(roleDisplayName(Role(role))), name);
    }
    // Values are still shown, read-only.
    QCOMPARE(child<QSpinBox>(section, "deadlineAmount")->value(), 15);

    // The core refuses a save however it is reached, and the section shows the core's message.
    child<QSpinBox>(section, "deadlineAmount")->setValue(20);
    Status s = section.saveDeadlineRule();
    QVERIFY(!s);
    QCOMPARE(s.code(), ErrorCode::PermissionDenied);
    QCOMPARE(s.message(), refusal);
    QCOMPARE(child<QLabel>(section, "deadlineMessage")->text(), refusal);

    child<QSpinBox>(section, "noticeLeadDays")->setValue(30);
    s = section.savePolicyRules();
    QCOMPARE(s.message(), refusal);
    QCOMPARE(child<QLabel>(section, "policyMessage")->text(), refusal);

    child<QSpinBox>(section, "reportHours")->setValue(48);
    s = section.saveIncidentRule();
    QCOMPARE(s.message(), refusal);
    QCOMPARE(child<QLabel>(section, "incidentMessage")->text(), refusal);

    child<QSpinBox>(section, "retentionMonths")->setValue(6);
    s = section.saveRetention();
    QCOMPARE(s.message(), refusal);
    QCOMPARE(child<QLabel>(section, "retentionMessage")->text(), refusal);

    s = section.importCalendarFile(file);
    QCOMPARE(s.message(), refusal);
    QCOMPARE(child<QLabel>(section, "calendarMessage")->text(), refusal);

    // Nothing changed, nothing was audited.
    QCOMPARE(RequestService(tv.vault()).deadlineRule().toString(), QStringLiteral("working:15"));
    QCOMPARE(PolicyService(tv.vault()).noticeLeadDays(), 7);
    QCOMPARE(registers::IncidentService(tv.vault()).rule().hours, 4);
    QCOMPARE(submissions::SubmissionService(tv.vault()).retentionMonths(), 24);
    QVERIFY(!RequestService(tv.vault()).calendar().covers(2027));
    QCOMPARE(auditCount(tv.db(), QString()), auditsBefore);

    // The calendar is public: anyone may export it.
    auto* years = child<QTableWidget>(section, "calendarYears");
    years->selectRow(0);
    QVERIFY(child<QPushButton>(section, "calendarExport")->isEnabled());
    QVERIFY(!child<QPushButton>(section, "calendarEdit")->isEnabled());
}

void TestVaultRules::malformedCalendarChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // part of the core's message
    QTest::newRow("not json") << QByteArray("{ \"year\": 2027, \"holidays\": [") << QStringLiteral("not valid JSON");
    QTest::newRow("spreadsheet") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << QStringLiteral("not valid JSON");
    QTest::newRow("no year") << QByteArray(R"({"holidays": [{"date": "2027-01-01"}]})") << QStringLiteral("year");
    QTest::newRow("holidays not a list") << QByteArray(R"({"year": 2027, "holidays": {"date": "2027-01-01"}})")
                                         << QStringLiteral("must be a list");
    QTest::newRow("bad date") << QByteArray(R"({"year": 2027, "holidays": [{"date": "2027-02-30"}]})")
                              << QStringLiteral("no valid date");
    QTest::newRow("other year") << QByteArray(R"({"year": 2027, "holidays": [{"date": "2028-01-01"}]})")
                                << QStringLiteral("2028-01-01");
    QTest::newRow("weekday make-up day") << QByteArray(
        R"({"year": 2027, "holidays": [], "workdays": [{"date": "2027-03-03"}]})")
                                         << QStringLiteral("not a Saturday or Sunday");
    QTest::newRow("listed twice") << QByteArray(
        R"({"year": 2027, "holidays": [{"from": "2027-03-01", "to": "2027-03-05"},)"
        R"( {"date": "2027-03-03"}]})")
                                  << QStringLiteral("listed twice");
}

void TestVaultRules::malformedCalendarChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    TestVault tv;
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("holidays.json"), content);
    VaultRulesSection section;
    section.setVault(&tv.vault());
    const qint64 auditsBefore = auditCount(tv.db(), QString());
    const qint64 daysBefore = storedCalendarDays(tv.db());
    const QList<int> yearsBefore = RequestService(tv.vault()).calendar().years();

    const Status s = section.importCalendarFile(file);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(expected), qPrintable(s.message()));
    auto* message = child<QLabel>(section, "calendarMessage");
    QCOMPARE(message->text(), s.message());
    QVERIFY(message->styleSheet().contains(QStringLiteral("color")));

    QCOMPARE(RequestService(tv.vault()).calendar().years(), yearsBefore);
    QCOMPARE(storedCalendarDays(tv.db()), daysBefore);
    QCOMPARE(auditCount(tv.db(), QString()), auditsBefore);
    QCOMPARE(child<QTableWidget>(section, "calendarYears")->rowCount(), int(yearsBefore.size()));

    // A file that is not there is refused the same way.
    QVERIFY(!section.importCalendarFile(dir.filePath(QStringLiteral("missing.json"))));
    QCOMPARE(storedCalendarDays(tv.db()), daysBefore);
}

void TestVaultRules::importedCalendarMovesDueDates()
{
    TestVault tv;
    QTemporaryDir dir;
    QVERIFY(RequestService(tv.vault()).setDeadlineRule({ DeadlineRule::Kind::WorkingDays, 5 }));
    VaultRulesSection section;
    section.setVault(&tv.vault());
    // Without a 2027 calendar, only weekends are skipped: Fri 26 Feb + 5 working days = Fri 5 Mar.
    QCOMPARE(dueOfNewRequest(tv.vault(), QDate(2027, 2, 26)), QDate(2027, 3, 5));

    const Status s = section.importCalendarFile(writeFile(dir, QStringLiteral("holidays-cn-2027.json"), k2027));
    QVERIFY2(s, qPrintable(s.message()));
    QVERIFY(child<QLabel>(section, "calendarMessage")->text().contains(QStringLiteral("2027")));
    QCOMPARE(auditCount(tv.db(), QStringLiteral("requests.calendar.save"), QStringLiteral("2027")), 1);

    auto* years = child<QTableWidget>(section, "calendarYears");
    QCOMPARE(years->rowCount(), 2);
    QCOMPARE(years->item(1, 0)->text(), QStringLiteral("2027"));
    QCOMPARE(years->item(1, 1)->text(), QStringLiteral("Added to this vault"));
    QCOMPARE(years->item(1, 2)->text(), QStringLiteral("5"));
    QCOMPARE(years->item(1, 3)->text(), QStringLiteral("1"));

    // Now 1–5 March are holidays and Saturday 6 March is worked: 6, 8, 9, 10, 11 March.
    QCOMPARE(dueOfNewRequest(tv.vault(), QDate(2027, 2, 26)), QDate(2027, 3, 11));
    // The 2026 calendar is untouched.
    QCOMPARE(dueOfNewRequest(tv.vault(), QDate(2026, 9, 30)), QDate(2026, 10, 13));
}

void TestVaultRules::exportRoundTrips()
{
    TestVault tv;
    QTemporaryDir dir;
    VaultRulesSection section;
    section.setVault(&tv.vault());
    const QString path = dir.filePath(QStringLiteral("holidays-cn-2026.json"));
    QVERIFY(section.exportCalendarFile(2026, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto parsed = WorkingDayCalendar::fromJson(f.readAll());
    QVERIFY2(parsed, qPrintable(parsed.message()));
    const WorkingDayCalendar shipped = WorkingDayCalendar::bundled();
    QCOMPARE(parsed->days(2026).size(), shipped.days(2026).size());
    QVERIFY(parsed->isHoliday(QDate(2026, 2, 17)));
    QVERIFY(parsed->isMakeUpWorkday(QDate(2026, 2, 28)));
    // A year that is not loaded cannot be exported.
    QVERIFY(!section.exportCalendarFile(2031, dir.filePath(QStringLiteral("2031.json"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("2031.json"))));
}

void TestVaultRules::editYearInDialog()
{
    TestVault tv;
    QVERIFY(RequestService(tv.vault()).setDeadlineRule({ DeadlineRule::Kind::WorkingDays, 5 }));
    VaultRulesSection section;
    section.setVault(&tv.vault());

    CalendarYearDialog dialog(2027, {});
    auto* date = child<QDateEdit>(dialog, "date");
    auto* kind = child<QComboBox>(dialog, "kind");
    auto* name = child<QLineEdit>(dialog, "name");
    auto* add = child<QPushButton>(dialog, "add");
    auto* table = child<QTableWidget>(dialog, "days");
    // Dates outside the year cannot be picked.
    QCOMPARE(date->minimumDate(), QDate(2027, 1, 1));
    QCOMPARE(date->maximumDate(), QDate(2027, 12, 31));

    // Three holiday days in a row: the date moves on after each Add.
    date->setDate(QDate(2027, 3, 1));
    kind->setCurrentIndex(0);
    name->setText(QStringLiteral("测试假期"));
    for (int i = 0; i < 3; ++i) {
        QTest::mouseClick(add, Qt::LeftButton);
    }
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(date->date(), QDate(2027, 3, 4));

    // A weekday cannot be a make-up working day.
    kind->setCurrentIndex(1);
    date->setDate(QDate(2027, 3, 10));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(!child<QLabel>(dialog, "error")->text().isEmpty());
    date->setDate(QDate(2027, 3, 6));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 4);
    QVERIFY(child<QLabel>(dialog, "error")->text().isEmpty());

    // Remove the third holiday again.
    table->selectRow(2);
    QTest::mouseClick(child<QPushButton>(dialog, "remove"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3);

    screenshot(dialog, QStringLiteral("calendar-year"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const WorkingDayCalendar edited = dialog.calendar();
    QCOMPARE(edited.years(), QList<int> { 2027 });
    QVERIFY(edited.isHoliday(QDate(2027, 3, 2)));
    QVERIFY(!edited.isHoliday(QDate(2027, 3, 3)));
    QVERIFY(edited.isMakeUpWorkday(QDate(2027, 3, 6)));
    QCOMPARE(edited.dayName(QDate(2027, 3, 1)), QStringLiteral("测试假期"));

    QVERIFY(section.saveCalendarYear(edited));
    // Holidays Mon 1 and Tue 2 March; Sat 6 worked: 3, 4, 5, 6, 8 March.
    QCOMPARE(dueOfNewRequest(tv.vault(), QDate(2027, 2, 26)), QDate(2027, 3, 8));

    // Editing the shipped year marks it as changed; an emptied year stays "known".
    CalendarYearDialog year2026(2026, RequestService(tv.vault()).calendar().days(2026));
    year2026.removeDay(QDate(2026, 10, 10));
    year2026.accept();
    QVERIFY(section.saveCalendarYear(year2026.calendar()));
    QVERIFY(!RequestService(tv.vault()).calendar().isWorkingDay(QDate(2026, 10, 10)));
    auto* years = child<QTableWidget>(section, "calendarYears");
    QCOMPARE(years->item(0, 1)->text(), QStringLiteral("Shipped, changed in this vault"));

    CalendarYearDialog empty(2028, {});
    empty.accept();
    QVERIFY(section.saveCalendarYear(empty.calendar()));
    QVERIFY(RequestService(tv.vault()).calendar().covers(2028));
    QCOMPARE(years->rowCount(), 3);
}

void TestVaultRules::settingsPageFitsLaptop_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestVaultRules::settingsPageFitsLaptop()
{
    QFETCH(QString, language);
    LanguageManager languages;
    languages.setLanguage(language);
    TestVault tv;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    SettingsPage page(settings);
    page.setVault(&tv.vault());
    // The page area of the main window on a 1366×768 screen, next to the navigation list.
    page.resize(1366 - 200, 768 - 90);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* scroll = page.findChild<QScrollArea*>();
    QVERIFY(scroll);
    QApplication::processEvents();
    // Everything fits the width; the height scrolls.
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    QVERIFY(page.minimumSizeHint().height() <= 768 - 90);
    auto* section = page.findChild<VaultRulesSection*>();
    QVERIFY(section);
    QVERIFY(section->minimumSizeHint().width() <= scroll->viewport()->width());
    scroll->ensureWidgetVisible(section);
    QApplication::processEvents();
    screenshot(page, QStringLiteral("page-") + language);
    section->resize(section->width(), section->sizeHint().height());
    screenshot(*section, QStringLiteral("vault-rules-") + language);
    languages.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestVaultRules)
#include "tst_vaultrules.moc"
