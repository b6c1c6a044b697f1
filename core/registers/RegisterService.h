#pragma once

#include "registers/RegisterTypes.h"
#include "settings/VaultSettings.h"
#include "util/Result.h"

#include <QList>

namespace cd {
class Vault;
class Database;
} // namespace cd

namespace cd::registers {

// Stored keys of the registers' vault settings (the table is core/settings/VaultSettings).
namespace SettingKeys {
inline QString reportHours()
{
    return VaultSettings::key(Setting::IncidentReportHours);
}
inline QString reportThreshold()
{
    return VaultSettings::key(Setting::IncidentReportThreshold);
}
} // namespace SettingKeys

// A record a register entry can link to, as the record picker lists it.
struct LinkableRecord {
    QString targetType; // "submission", "request", "disclosure", "incident"
    qint64 id = 0;
    QString label; // number and name or title
    QDate date; // received, disclosed or discovered (local date)
};

// Records of one type found by number, id, name or title, newest first; an empty text lists
// the newest. For the record picker, so nobody has to type "submission:17".
Result<QList<LinkableRecord>> findLinkableRecords(
    Vault& vault, const QString& targetType, const QString& text, int limit = 100);

// The managed list of data categories.
class CategoryService
{
public:
    explicit CategoryService(Vault& vault);
    Result<QList<DataCategory>> list(bool includeInactive = false);
    // Adds a category to the managed list (key: lower-case letters, digits, underscores).
    Result<DataCategory> add(const QString& key, const QString& nameEn, const QString& nameZh);
    Status setActive(qint64 id, bool active);

private:
    Vault& m_vault;
};

// The register of sharing, transfer and public-disclosure events (policy section 二.2).
// Nothing is saved without a legal basis and the details that basis needs.
class DisclosureService
{
public:
    explicit DisclosureService(Vault& vault);

    // The reasons a disclosure cannot be saved, translated; empty when it is complete.
    static QStringList problems(const Disclosure& d);

    Result<Disclosure> add(const Disclosure& d);
    Result<Disclosure> update(const Disclosure& d);
    Status remove(qint64 id);
    Result<Disclosure> get(qint64 id);
    Result<QList<Disclosure>> list(const DisclosureFilter& filter = {});
    // For the Dashboard: events dated within [from, to].
    Result<QList<Disclosure>> disclosuresBetween(const QDate& from, const QDate& to);

private:
    Vault& m_vault;
};

// The register of personal-information security incidents (policy section 二.3.2, PIPL art. 57)
// with the regulator clock and notifications.
class IncidentService
{
public:
    explicit IncidentService(Vault& vault);

    // The rule from the vault settings (defaults: 4 hours, 较大 and above).
    RegulatorRule rule();
    Status setRule(const RegulatorRule& rule);
    static RegulatorClock clockFor(const Incident& incident, const RegulatorRule& rule, const QDateTime& nowUtc);
    RegulatorClock clockFor(const Incident& incident);

    static QStringList problems(const Incident& incident);
    // The notice elements still empty (PIPL art. 57 / policy 二.3.2), translated; empty when all
    // are filled: what happened and the information involved with its possible impact,
    // measures taken, what individuals can do, remedies.
    static QStringList missingNoticeElements(const Incident& incident);
    // What still stands between the incident and `target`, translated; empty when allowed.
    QStringList transitionProblems(const Incident& incident, IncidentStatus target);

    Result<Incident> add(const Incident& incident);
    // Updates the descriptive fields; status and notifications change through their own calls.
    Result<Incident> update(const Incident& incident);
    Status remove(qint64 id);
    Result<Incident> get(qint64 id);
    Result<QList<Incident>> list(const IncidentFilter& filter = {});

    // `at` is when the step really happened (defaults to now); it may not precede the discovery.
    Result<Incident> transition(qint64 id, IncidentStatus target, const QDateTime& at = {});
    Result<Incident> recordRegulatorReport(qint64 id, const QString& authority, const QDateTime& reportedAt,
        const QString& reference, const QString& reportedBy);
    Result<IncidentNotification> addNotification(const IncidentNotification& notification);

    // For the Dashboard.
    // Incidents whose regulator report is required and not yet made (running or overdue),
    // most urgent first.
    Result<QList<QPair<Incident, RegulatorClock>>> pendingRegulatorReports();
    Result<int> openIncidentCount();
    // The same on a worker connection (the caller has checked the Read permission).
    static RegulatorRule rule(Database& db);
    static QList<QPair<Incident, RegulatorClock>> pendingRegulatorReports(Database& db, const QDateTime& nowUtc);

private:
    Vault& m_vault;
};

// Inside a caller's transaction (and for worker connections).
namespace store {
QList<DataCategory> categories(Database& db, bool includeInactive);
QList<Disclosure> disclosures(Database& db, const DisclosureFilter& filter, qint64 onlyId = 0);
QList<Incident> incidents(Database& db, const IncidentFilter& filter, qint64 onlyId = 0);
} // namespace store

} // namespace cd::registers
