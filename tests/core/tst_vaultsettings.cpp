#include "TestVault.h"
#include "audit/AuditLog.h"
#include "settings/VaultSettings.h"
#include "storage/Statement.h"
#include "vault/VaultTx.h"

#include <QSet>
#include <QtTest>

using namespace cd;
using namespace cd::test;

namespace {

// A valid value other than the default, in stored form.
QString sampleValue(const SettingSpec& s)
{
    switch (s.type) {
    case SettingType::Bool:
        return QLatin1String(s.fallback) == QLatin1String("1") ? QStringLiteral("0") : QStringLiteral("1");
    case SettingType::Int: return QString::number(s.maximum);
    case SettingType::Text: return QStringLiteral("样本 value ") + QLatin1String(s.key);
    case SettingType::Code: return QStringLiteral("sample_code");
    }
    return {};
}

QString storedRaw(Database& db, const QString& key)
{
    Statement s(db, "SELECT value FROM settings WHERE key = ?");
    s.bind(1, key);
    return s.next() ? s.text(0) : QStringLiteral("<none>");
}

// The value read back through the typed accessor of the setting's type, in stored form.
QString readBack(Vault& vault, const SettingSpec& s)
{
    switch (s.type) {
    case SettingType::Bool:
        return VaultSettings::get<bool>(vault, s.setting) ? QStringLiteral("1") : QStringLiteral("0");
    case SettingType::Int: return QString::number(VaultSettings::get<int>(vault, s.setting));
    case SettingType::Text:
    case SettingType::Code: return VaultSettings::get<QString>(vault, s.setting);
    }
    return {};
}

QString readBack(Database& db, const SettingSpec& s)
{
    switch (s.type) {
    case SettingType::Bool: return VaultSettings::get<bool>(db, s.setting) ? QStringLiteral("1") : QStringLiteral("0");
    case SettingType::Int: return QString::number(VaultSettings::get<int>(db, s.setting));
    case SettingType::Text:
    case SettingType::Code: return VaultSettings::get<QString>(db, s.setting);
    }
    return {};
}

} // namespace

class TestVaultSettings : public QObject
{
    Q_OBJECT

private slots:
    void tableHasOneRowPerSettingAndNoDuplicateKey();
    void storedKeysNeverChange();
    void defaultsComeFromTheTable();
    void everySettingRoundTrips();
    void outOfRangeIsRefused();
    void invalidStoredValueReadsAsDefault();
    void changingNeedsThePermission();
};

void TestVaultSettings::tableHasOneRowPerSettingAndNoDuplicateKey()
{
    QSet<QString> keys;
    int row = 0;
    for (const SettingSpec* s = VaultSettings::begin(); s != VaultSettings::end(); ++s, ++row) {
        QCOMPARE(int(s->setting), row); // spec() indexes the table by the enum
        const QString key = QString::fromLatin1(s->key);
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
        Setting back;
        QVERIFY(VaultSettings::fromKey(key, &back));
        QCOMPARE(back, s->setting);
        QVERIFY2(VaultSettings::check(s->setting, QString::fromLatin1(s->fallback)), s->key); // the default is valid
        QVERIFY2(!VaultSettings::label(s->setting).isEmpty(), s->key);
        QVERIFY(s->minimum <= s->maximum);
    }
    QCOMPARE(row, int(Setting::OfficerContact) + 1);
    Setting none;
    QVERIFY(!VaultSettings::fromKey(QStringLiteral("no.such_setting"), &none));
}

// Vaults already in use hold these keys: renaming one would silently lose the setting.
void TestVaultSettings::storedKeysNeverChange()
{
    const QList<QPair<Setting, const char*>> shipped {
        { Setting::DeadlineRule, "requests.deadline_rule" },
        { Setting::CalendarYears, "requests.calendar.years" },
        { Setting::SeparateApprover, "policies.separate_approver" },
        { Setting::NoticeLeadDays, "policies.notice_lead_days" },
        { Setting::IncidentReportHours, "registers.incident_report_hours" },
        { Setting::IncidentReportThreshold, "registers.incident_report_threshold" },
        { Setting::OperatorType, "registers.operator_type" },
        { Setting::OperatorName, "registers.operator_name" },
        { Setting::RetentionMonths, "submissions.retention_months" },
        { Setting::AuditCycleMonths, "audits.cycle_months" },
        { Setting::OfficerName, "privacy.officer_name" },
        { Setting::OfficerContact, "privacy.officer_contact" },
    };
    for (const auto& [setting, key] : shipped) {
        QCOMPARE(VaultSettings::key(setting), QString::fromLatin1(key));
    }
    QCOMPARE(int(shipped.size()), int(VaultSettings::end() - VaultSettings::begin()));
    // The documented retention rule: 24 months by default, at most 240.
    QCOMPARE(VaultSettings::spec(Setting::RetentionMonths).maximum, 240);
    QCOMPARE(QLatin1String(VaultSettings::spec(Setting::RetentionMonths).fallback), QLatin1String("24"));
    // Personal values stay out of the audit log.
    QVERIFY(!VaultSettings::spec(Setting::OfficerName).valueInAuditLog);
    QVERIFY(!VaultSettings::spec(Setting::OfficerContact).valueInAuditLog);
}

void TestVaultSettings::defaultsComeFromTheTable()
{
    TestVault tv;
    for (const SettingSpec* s = VaultSettings::begin(); s != VaultSettings::end(); ++s) {
        QCOMPARE(storedRaw(tv.db(), VaultSettings::key(s->setting)), QStringLiteral("<none>"));
        QCOMPARE(readBack(tv.vault(), *s), QString::fromLatin1(s->fallback));
        QCOMPARE(readBack(tv.db(), *s), QString::fromLatin1(s->fallback));
    }
}

void TestVaultSettings::everySettingRoundTrips()
{
    TestVault tv;
    for (const SettingSpec* s = VaultSettings::begin(); s != VaultSettings::end(); ++s) {
        const QString value = sampleValue(*s);
        QVERIFY(value != QString::fromLatin1(s->fallback));
        QVERIFY2(VaultSettings::set(tv.vault(), s->setting, value), s->key);
        QCOMPARE(storedRaw(tv.db(), VaultSettings::key(s->setting)), value); // under its shipped key
    }
    tv.reopen();
    for (const SettingSpec* s = VaultSettings::begin(); s != VaultSettings::end(); ++s) {
        QCOMPARE(readBack(tv.vault(), *s), sampleValue(*s));
        QCOMPARE(readBack(tv.db(), *s), sampleValue(*s));
    }
    // The typed setters store what the typed getters read.
    QVERIFY(VaultSettings::set(tv.vault(), Setting::SeparateApprover, false));
    QCOMPARE(VaultSettings::get<bool>(tv.vault(), Setting::SeparateApprover), false);
    QVERIFY(VaultSettings::set(tv.vault(), Setting::RetentionMonths, 1));
    QCOMPARE(VaultSettings::get<int>(tv.vault(), Setting::RetentionMonths), 1);
    // Inside a transaction, as the services write several settings at once.
    QVERIFY(tv.vault().write(Permission::ManageSettings,
        [](WriteTx& tx) { VaultSettings::write(tx, Setting::NoticeLeadDays, QStringLiteral("30")); }));
    QCOMPARE(VaultSettings::get<int>(tv.vault(), Setting::NoticeLeadDays), 30);
    QVERIFY(!tv.vault().write(Permission::ManageSettings, [](WriteTx& tx) {
        VaultSettings::write(tx.db(), QStringLiteral("no.such_setting"), QStringLiteral("1"));
        tx.audit({ QStringLiteral("settings.update"), QStringLiteral("setting"), QString(), {}, QString() });
    }));
}

void TestVaultSettings::outOfRangeIsRefused()
{
    TestVault tv;
    for (const SettingSpec* s = VaultSettings::begin(); s != VaultSettings::end(); ++s) {
        QStringList bad;
        switch (s->type) {
        case SettingType::Bool: bad << QStringLiteral("2") << QStringLiteral("yes"); break;
        case SettingType::Int:
            bad << QString::number(s->minimum - 1) << QString::number(s->maximum + 1) << QStringLiteral("soon");
            break;
        case SettingType::Text:
        case SettingType::Code: bad << QString(s->maximum + 1, QLatin1Char('x')); break;
        }
        for (const QString& value : bad) {
            const Status st = VaultSettings::set(tv.vault(), s->setting, value);
            QVERIFY2(!st, qPrintable(QStringLiteral("%1 = %2").arg(QLatin1String(s->key), value.left(20))));
            QCOMPARE(st.error().code, ErrorCode::InvalidInput);
            QVERIFY(!st.error().message.isEmpty());
            QVERIFY2(
                !st.error().message.contains(QLatin1String(s->key)), qPrintable(st.error().message)); // words, not keys
            QCOMPARE(storedRaw(tv.db(), VaultSettings::key(s->setting)), QStringLiteral("<none>"));
            QVERIFY(!tv.vault().write(
                Permission::ManageSettings, [&](WriteTx& tx) { VaultSettings::write(tx, s->setting, value); }));
        }
    }
    // The message names the range in words.
    const Status st = VaultSettings::set(tv.vault(), Setting::RetentionMonths, 241);
    QVERIFY(st.error().message.contains(QLatin1String("240")));
    QVERIFY(VaultSettings::check(Setting::CalendarYears, QStringLiteral("2026,2027")));
}

void TestVaultSettings::invalidStoredValueReadsAsDefault()
{
    TestVault tv;
    // Values written by an older version or by hand: out of range, not a number, not 0/1.
    QVERIFY(tv.vault().setSetting(VaultSettings::key(Setting::RetentionMonths), QStringLiteral("1200")));
    QVERIFY(tv.vault().setSetting(VaultSettings::key(Setting::NoticeLeadDays), QStringLiteral("-3'; DROP TABLE x")));
    QVERIFY(tv.vault().setSetting(VaultSettings::key(Setting::SeparateApprover), QStringLiteral("maybe")));
    QCOMPARE(VaultSettings::get<int>(tv.vault(), Setting::RetentionMonths), 24);
    QCOMPARE(VaultSettings::get<int>(tv.db(), Setting::RetentionMonths), 24);
    QCOMPARE(VaultSettings::get<int>(tv.vault(), Setting::NoticeLeadDays), 7);
    QCOMPARE(VaultSettings::get<bool>(tv.vault(), Setting::SeparateApprover), true);
}

void TestVaultSettings::changingNeedsThePermission()
{
    TestVault tv;
    tv.signInAs(Role::Staff);
    const Status st = VaultSettings::set(tv.vault(), Setting::RetentionMonths, 12);
    QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(VaultSettings::get<int>(tv.vault(), Setting::RetentionMonths), 24);
}

QTEST_GUILESS_MAIN(TestVaultSettings)
#include "tst_vaultsettings.moc"
