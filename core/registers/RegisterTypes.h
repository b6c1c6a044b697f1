#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd::registers {

// One entry of the managed list of personal-information categories (name, phone, email, …).
struct DataCategory {
    qint64 id = 0;
    QString key;
    QString nameEn;
    QString nameZh;
    bool active = true;
    // The name in a report language ("zh_CN" or "en").
    QString displayName(const QString& language) const;
};

// A link from a register entry to another record (contact submission, rights request, …).
struct RegisterLink {
    QString targetType; // "submission", "request", "disclosure", "incident"
    qint64 targetId = 0;
    bool operator==(const RegisterLink& o) const { return targetType == o.targetType && targetId == o.targetId; }
};

enum class DisclosureKind { Sharing, Transfer, PublicDisclosure };
enum class RecipientType { Company, Processor, Regulator, Court, Public, Other };
// Policy section 二.2: the only grounds on which personal information leaves the company.
enum class LegalBasis { Consent, Law, Government, Judicial };

struct Disclosure {
    qint64 id = 0;
    DisclosureKind kind = DisclosureKind::Sharing;
    QString recipientName;
    RecipientType recipientType = RecipientType::Company;
    QString recipientContact;
    QString purpose;
    QStringList categoryKeys; // keys from the managed list
    int peopleCount = 0;
    LegalBasis basis = LegalBasis::Consent;
    QString consentRecord; // consent: where the consent is recorded
    QString lawCitation; // law: the law or regulation, article
    QString authority; // government requirement: the authority
    QString documentNumber; // government requirement: its document number
    QString court; // judicial ruling: the court
    QString caseNumber; // judicial ruling: the case number
    QDate disclosedOn;
    QString approvedBy;
    QString notes;
    QList<RegisterLink> links;
    // The recipient's record in the register of entrusted processors (PIPL art. 21), 0 for none.
    qint64 processorId = 0;
    QString processorName; // read only: the linked processor's name
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct DisclosureFilter {
    QDate from; // inclusive; invalid = open
    QDate to; // inclusive; invalid = open
    int kind = -1; // DisclosureKind, or -1 for any
    int basis = -1; // LegalBasis, or -1 for any
    QString text; // matches recipient or purpose
};

// The CAC's incident levels: 一般, 较大, 重大, 特别重大.
enum class Severity { General, RelativelySerious, Major, EspeciallyMajor };
enum class IncidentStatus { Open, Contained, Notified, Closed };
enum class IncidentCategory { UnauthorisedAccess, Leak, Loss, Tampering, Misdelivery, Malware, Other };
enum class NotificationChannel { Email, Letter, Phone, Push, Announcement };

struct IncidentNotification {
    qint64 id = 0;
    qint64 incidentId = 0;
    NotificationChannel channel = NotificationChannel::Email;
    QDateTime notifiedAt;
    int peopleCount = 0;
    QString notifiedBy;
    QString reason; // announcement: why individual notice was impractical
    QString note;
};

struct Incident {
    qint64 id = 0;
    QString title;
    QDateTime occurredAt; // may be invalid (unknown)
    QDateTime discoveredAt;
    IncidentCategory category = IncidentCategory::Other;
    Severity severity = Severity::General;
    QStringList categoryKeys; // affected data categories
    int peopleCount = 0;
    QString cause;
    QString description;
    QString possibleHarm;
    QString measuresTaken;
    QString advice;
    QString remedies;
    IncidentStatus status = IncidentStatus::Open;
    QString regulatorAuthority;
    QDateTime regulatorReportedAt;
    QString regulatorReference;
    QString regulatorReportedBy;
    QDateTime containedAt;
    QDateTime notifiedAt;
    QDateTime closedAt;
    QList<IncidentNotification> notifications;
    QList<RegisterLink> links;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct IncidentFilter {
    QDate from; // discovered on or after (local date); invalid = open
    QDate to; // discovered on or before; invalid = open
    int status = -1;
    int severity = -1;
    bool onlyOpen = false; // anything not closed
    QString text; // matches title
};

// The regulator-report clock of one incident at one instant.
struct RegulatorClock {
    enum class State {
        NotRequired, // below the reporting threshold
        Running, // required, not yet reported, deadline ahead
        Overdue, // required, not yet reported, deadline passed
        ReportedInTime, // reported before the deadline
        ReportedLate, // reported after the deadline
    };
    State state = State::NotRequired;
    QDateTime deadline; // invalid when not required
    qint64 secondsSinceDiscovery = 0;
    qint64 secondsRemaining = 0; // negative when overdue; 0 when not running
    bool isPending() const { return state == State::Running || state == State::Overdue; }
};

// The vault-wide rule for the regulator clock (CAC rules: 较大 and above within 4 hours).
struct RegulatorRule {
    int hours = 4;
    Severity threshold = Severity::RelativelySerious;
};

// Stable storage keys and translated display names.
QString kindKey(DisclosureKind kind);
bool kindFromKey(const QString& key, DisclosureKind* out);
QString kindName(DisclosureKind kind);
QString recipientTypeKey(RecipientType type);
bool recipientTypeFromKey(const QString& key, RecipientType* out);
QString recipientTypeName(RecipientType type);
QString basisKey(LegalBasis basis);
bool basisFromKey(const QString& key, LegalBasis* out);
QString basisName(LegalBasis basis);
// The basis with its required details, e.g. "Law or regulation: PIPL art. 13(3)".
QString basisDetail(const Disclosure& d);
QString severityKey(Severity severity);
bool severityFromKey(const QString& key, Severity* out);
QString severityName(Severity severity);
QString statusKey(IncidentStatus status);
bool statusFromKey(const QString& key, IncidentStatus* out);
QString statusName(IncidentStatus status);
QString incidentCategoryKey(IncidentCategory category);
bool incidentCategoryFromKey(const QString& key, IncidentCategory* out);
QString incidentCategoryName(IncidentCategory category);
QString channelKey(NotificationChannel channel);
bool channelFromKey(const QString& key, NotificationChannel* out);
QString channelName(NotificationChannel channel);
QString clockStateKey(RegulatorClock::State state);
QString clockStateName(RegulatorClock::State state);
// "3 h 20 min", "2 d 4 h": a duration as staff read it.
QString formatDuration(qint64 seconds);

constexpr int kindCount = 3;
constexpr int basisCount = 4;
constexpr int severityCount = 4;
constexpr int statusCount = 4;
constexpr int incidentCategoryCount = 7;
constexpr int channelCount = 5;

} // namespace cd::registers
