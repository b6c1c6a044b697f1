#pragma once

#include "access/Roles.h"
#include "util/Result.h"

#include <QString>

namespace cd {

class Database;
class Vault;
class WriteTx;

// Every vault-wide setting (stored encrypted in the vault's settings table), in one table: its
// stored key, type, default, allowed range, the permission that changes it and whether its value
// may appear in the audit log. Read and write them here, never by key through Vault::setting().
enum class Setting {
    DeadlineRule, // requests: the statutory deadline rule (DeadlineRule::toString form)
    CalendarYears, // requests: the years the vault's own working-day calendar holds ("2026,2027")
    SeparateApprover, // policies: the approver must differ from the author
    NoticeLeadDays, // policies: days of notice before a policy change takes effect
    IncidentReportHours, // registers: hours to report an incident to the regulator
    IncidentReportThreshold, // registers: the lowest grade reported (a Severity key)
    OperatorType, // registers: the kind of network operator (an OperatorType key)
    OperatorName, // registers: the operator's name on regulator reports
    RetentionMonths, // submissions: months a contact submission is kept
    AuditCycleMonths, // audits: the office's own compliance-audit cycle
    OfficerName, // the personal-information protection officer
    OfficerContact, // and a contact for that officer
};

enum class SettingType {
    Bool, // stored "1" / "0"
    Int, // a whole number in [minimum, maximum]
    Text, // free text of at most `maximum` characters
    Code, // a code its owner parses (a rule, a list of years, an enum key); at most `maximum` characters
};

struct SettingSpec {
    Setting setting;
    const char* key; // as stored in existing vaults: never change one
    SettingType type;
    const char* fallback; // the default, in stored form
    int minimum; // Int: the smallest value allowed
    int maximum; // Int: the largest value; Text and Code: the longest value in characters
    Permission permission; // needed to change it
    bool valueInAuditLog; // false for personal values and free text
    const char* label; // in the "cd::Audit" context, as the audit log names the rule
    // The refusal of an out-of-range value in the owning area's words (context, text); a
    // general message when null.
    const char* refusalContext = nullptr;
    const char* refusal = nullptr;
};

namespace VaultSettings {

// The whole table, in enum order.
const SettingSpec* begin();
const SettingSpec* end();
const SettingSpec& spec(Setting setting);
QString key(Setting setting);
// The setting stored under `key`; false when the key is not a vault setting.
bool fromKey(const QString& key, Setting* out);
// The translated name of the setting.
QString label(Setting setting);

// The value as its type: the stored value when it is valid, else the table's default.
template <typename T> T get(Vault& vault, Setting setting);
// The same on a given connection (a worker's, or inside a transaction). Throws DbException.
template <typename T> T get(Database& db, Setting setting);

// Refuses a value out of the setting's range or type with a translated message.
Status check(Setting setting, const QString& stored);
// Checks the permission and the value, then stores it through Vault::setSetting (one audit entry).
Status set(Vault& vault, Setting setting, const QString& stored);
Status set(Vault& vault, Setting setting, int value);
Status set(Vault& vault, Setting setting, bool on);
Status set(Vault& vault, Setting setting, const char*) = delete; // would pick the bool overload
// Stores a checked value inside the caller's transaction (which writes the audit entry); an
// invalid value throws DbException (InvalidInput).
void write(Database& db, Setting setting, const QString& stored);
// The same by stored key; a key that is not in the table throws DbException (InvalidInput).
void write(Database& db, const QString& key, const QString& stored);
// Stores a checked value inside a write that changes several settings as one; each gets its own
// audit entry (the old and the new value where the row allows values in the log).
void write(WriteTx& tx, Setting setting, const QString& stored);

} // namespace VaultSettings

template <> QString VaultSettings::get<QString>(Vault& vault, Setting setting);
template <> int VaultSettings::get<int>(Vault& vault, Setting setting);
template <> bool VaultSettings::get<bool>(Vault& vault, Setting setting);
template <> QString VaultSettings::get<QString>(Database& db, Setting setting);
template <> int VaultSettings::get<int>(Database& db, Setting setting);
template <> bool VaultSettings::get<bool>(Database& db, Setting setting);

} // namespace cd
