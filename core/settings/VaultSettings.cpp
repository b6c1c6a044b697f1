#include "VaultSettings.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/Vault.h"
#include "vault/VaultTx.h"

#include <QCoreApplication>

#include <iterator>

namespace cd {

namespace {

constexpr Permission kManage = Permission::ManageSettings;

// One row per Setting, in enum order (tst_vaultsettings checks the order and that no key repeats).
const SettingSpec kTable[] = {
    { Setting::DeadlineRule, "requests.deadline_rule", SettingType::Code, "working:15", 0, 40, kManage, true,
        QT_TRANSLATE_NOOP("cd::Audit", "Deadline rule for rights requests") },
    { Setting::CalendarYears, "requests.calendar.years", SettingType::Code, "", 0, 2000, kManage, true,
        QT_TRANSLATE_NOOP("cd::Audit", "Years of the working-day calendar") },
    { Setting::SeparateApprover, "policies.separate_approver", SettingType::Bool, "1", 0, 1, kManage, true,
        QT_TRANSLATE_NOOP("cd::Audit", "Policy approval by a second person") },
    { Setting::NoticeLeadDays, "policies.notice_lead_days", SettingType::Int, "7", 0, 365, kManage, true,
        QT_TRANSLATE_NOOP("cd::Audit", "Days of notice before a policy change"), "cd::Policies",
        QT_TRANSLATE_NOOP("cd::Policies", "The notice lead time must be between 0 and 365 days.") },
    { Setting::IncidentReportHours, "registers.incident_report_hours", SettingType::Int, "4", 1, 24 * 30, kManage, true,
        QT_TRANSLATE_NOOP("cd::Audit", "Hours to report an incident"), "cd::Registers",
        QT_TRANSLATE_NOOP("cd::Registers", "The regulator-report deadline is between 1 hour and 30 days.") },
    { Setting::IncidentReportThreshold, "registers.incident_report_threshold", SettingType::Code, "relatively_serious",
        0, 40, kManage, true, QT_TRANSLATE_NOOP("cd::Audit", "Incident grade to report") },
    { Setting::OperatorType, "registers.operator_type", SettingType::Code, "", 0, 40, kManage, true,
        QT_TRANSLATE_NOOP("cd::Audit", "Kind of network operator") },
    { Setting::OperatorName, "registers.operator_name", SettingType::Text, "", 0, 200, kManage, false,
        QT_TRANSLATE_NOOP("cd::Audit", "Operator name on regulator reports") },
    { Setting::RetentionMonths, "submissions.retention_months", SettingType::Int, "24", 1, 240, kManage, true,
        QT_TRANSLATE_NOOP("cd::Audit", "Retention period of contact submissions"), "cd::Submissions",
        QT_TRANSLATE_NOOP("cd::Submissions", "The retention period must be between 1 and 240 months.") },
    { Setting::AuditCycleMonths, "audits.cycle_months", SettingType::Int, "24", 1, 120, kManage, true,
        QT_TRANSLATE_NOOP("cd::Audit", "Compliance-audit cycle"), "cd::Audits",
        QT_TRANSLATE_NOOP("cd::Audits", "The audit cycle is between 1 and 120 months.") },
    { Setting::OfficerName, "privacy.officer_name", SettingType::Text, "", 0, 200, kManage, false,
        QT_TRANSLATE_NOOP("cd::Audit", "Personal information protection officer"), "cd::Audits",
        QT_TRANSLATE_NOOP("cd::Audits", "The officer's name and contact are at most 200 characters each.") },
    { Setting::OfficerContact, "privacy.officer_contact", SettingType::Text, "", 0, 200, kManage, false,
        QT_TRANSLATE_NOOP("cd::Audit", "Contact of the personal information protection officer"), "cd::Audits",
        QT_TRANSLATE_NOOP("cd::Audits", "The officer's name and contact are at most 200 characters each.") },
};

// The stored text when there is one (an empty text counts), else null.
QString storedIn(Database& db, const SettingSpec& spec)
{
    Statement s(db, "SELECT value FROM settings WHERE key = ?");
    s.bind(1, QString::fromLatin1(spec.key));
    return s.next() && !s.isNull(0) ? s.text(0) : QString();
}

QString fallbackOf(const SettingSpec& spec)
{
    return QString::fromLatin1(spec.fallback);
}

QString textOf(const SettingSpec& spec, const QString& stored)
{
    return stored.isNull() ? fallbackOf(spec) : stored;
}

int intOf(const SettingSpec& spec, const QString& stored)
{
    bool ok = false;
    const int value = stored.trimmed().toInt(&ok);
    return ok && value >= spec.minimum && value <= spec.maximum ? value : fallbackOf(spec).toInt();
}

bool boolOf(const SettingSpec& spec, const QString& stored)
{
    if (stored == QLatin1String("0") || stored == QLatin1String("1")) {
        return stored == QLatin1String("1");
    }
    return QLatin1String(spec.fallback) == QLatin1String("1");
}

// A rule's change is logged with its value before and after; a name or a contact only as changed.
SettingAudit auditOf(Setting setting)
{
    return VaultSettings::spec(setting).valueInAuditLog ? SettingAudit::OldAndNewValue
                                                        : SettingAudit::OnlyThatItChanged;
}

Error refused(const QString& message)
{
    return Error { ErrorCode::InvalidInput, message };
}

} // namespace

namespace VaultSettings {

const SettingSpec* begin()
{
    return std::begin(kTable);
}

const SettingSpec* end()
{
    return std::end(kTable);
}

const SettingSpec& spec(Setting setting)
{
    return kTable[static_cast<int>(setting)];
}

QString key(Setting setting)
{
    return QString::fromLatin1(spec(setting).key);
}

bool fromKey(const QString& key, Setting* out)
{
    for (const SettingSpec& s : kTable) {
        if (key == QLatin1String(s.key)) {
            *out = s.setting;
            return true;
        }
    }
    return false;
}

QString label(Setting setting)
{
    return QCoreApplication::translate("cd::Audit", spec(setting).label);
}

Status check(Setting setting, const QString& stored)
{
    const SettingSpec& s = spec(setting);
    const auto own = [&s](const QString& general) {
        return s.refusal ? QCoreApplication::translate(s.refusalContext, s.refusal) : general;
    };
    switch (s.type) {
    case SettingType::Bool:
        if (stored != QLatin1String("0") && stored != QLatin1String("1")) {
            return refused(QCoreApplication::translate("cd::Settings", "%1 is either on or off.").arg(label(setting)));
        }
        return {};
    case SettingType::Int: {
        bool ok = false;
        const int value = stored.toInt(&ok);
        if (!ok || value < s.minimum || value > s.maximum) {
            return refused(own(QCoreApplication::translate("cd::Settings", "%1 must be between %2 and %3.")
                                   .arg(label(setting))
                                   .arg(s.minimum)
                                   .arg(s.maximum)));
        }
        return {};
    }
    case SettingType::Text:
    case SettingType::Code:
        if (stored.size() > s.maximum) {
            return refused(own(QCoreApplication::translate("cd::Settings", "%1 is at most %2 characters long.")
                                   .arg(label(setting))
                                   .arg(s.maximum)));
        }
        return {};
    }
    return {};
}

Status set(Vault& vault, Setting setting, const QString& stored)
{
    if (Status s = vault.require(spec(setting).permission); !s) {
        return s;
    }
    if (Status s = check(setting, stored); !s) {
        return s;
    }
    return vault.setSetting(key(setting), stored, auditOf(setting));
}

Status set(Vault& vault, Setting setting, int value)
{
    return set(vault, setting, QString::number(value));
}

Status set(Vault& vault, Setting setting, bool on)
{
    return set(vault, setting, on ? QStringLiteral("1") : QStringLiteral("0"));
}

// Inside a transaction a refusal is a DbException, which rolls the transaction back.
static void throwUnlessValid(Setting setting, const QString& stored)
{
    if (Status s = check(setting, stored); !s) {
        throw DbException(s.error().code, s.error().message);
    }
}

void write(Database& db, Setting setting, const QString& stored)
{
    throwUnlessValid(setting, stored);
    Statement s(db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    s.bind(1, key(setting)).bind(2, stored).exec();
}

void write(WriteTx& tx, Setting setting, const QString& stored)
{
    throwUnlessValid(setting, stored);
    Vault::writeSetting(tx, key(setting), stored, auditOf(setting));
}

void write(Database& db, const QString& key, const QString& stored)
{
    Setting setting;
    if (!fromKey(key, &setting)) {
        throw DbException(ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Settings", "%1 is not a vault setting.").arg(key));
    }
    write(db, setting, stored);
}

} // namespace VaultSettings

template <> QString VaultSettings::get<QString>(Vault& vault, Setting setting)
{
    return vault.setting(key(setting), fallbackOf(spec(setting)));
}

template <> int VaultSettings::get<int>(Vault& vault, Setting setting)
{
    return intOf(spec(setting), vault.setting(key(setting)));
}

template <> bool VaultSettings::get<bool>(Vault& vault, Setting setting)
{
    return boolOf(spec(setting), vault.setting(key(setting)));
}

template <> QString VaultSettings::get<QString>(Database& db, Setting setting)
{
    return textOf(spec(setting), storedIn(db, spec(setting)));
}

template <> int VaultSettings::get<int>(Database& db, Setting setting)
{
    return intOf(spec(setting), storedIn(db, spec(setting)));
}

template <> bool VaultSettings::get<bool>(Database& db, Setting setting)
{
    return boolOf(spec(setting), storedIn(db, spec(setting)));
}

} // namespace cd
