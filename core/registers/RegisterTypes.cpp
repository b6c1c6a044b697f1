#include "RegisterTypes.h"
#include "util/EnumTable.h"
#include "util/Languages.h"
#include "util/TranslationContexts.h"

#include <QCoreApplication>

namespace cd::registers {

namespace {

// Keys typed by people or written by older files: any case, "-" for "_", spaces around.
template <typename Enum> bool fromKey(const EnumTable<Enum>& table, const QString& key, Enum* out)
{
    return table.fromKey(key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_')), out);
}
} // namespace

QString DataCategory::displayName(const QString& language) const
{
    return language == Languages::chinese() ? nameZh : nameEn;
}

const EnumEntry<DisclosureKind> kKindRows[] = {
    { DisclosureKind::Sharing, "sharing", QT_TRANSLATE_NOOP("cd::Registers", "Sharing") },
    { DisclosureKind::Transfer, "transfer", QT_TRANSLATE_NOOP("cd::Registers", "Transfer") },
    { DisclosureKind::PublicDisclosure, "public", QT_TRANSLATE_NOOP("cd::Registers", "Public disclosure") },
};
const EnumTable<DisclosureKind> kKindTable { "cd::Registers", kKindRows };

QString kindKey(DisclosureKind kind)
{
    return kKindTable.keyOf(kind);
}
bool kindFromKey(const QString& key, DisclosureKind* out)
{
    return fromKey(kKindTable, key, out);
}
QString kindName(DisclosureKind kind)
{
    return kKindTable.displayName(kind);
}

const EnumEntry<RecipientType> kRecipientTypeRows[] = {
    { RecipientType::Company, "company", QT_TRANSLATE_NOOP("cd::Registers", "Company") },
    { RecipientType::Processor, "processor", QT_TRANSLATE_NOOP("cd::Registers", "Entrusted processor") },
    { RecipientType::Regulator, "regulator", QT_TRANSLATE_NOOP("cd::Registers", "Regulator") },
    { RecipientType::Court, "court", QT_TRANSLATE_NOOP("cd::Registers", "Court") },
    { RecipientType::Public, "public", QT_TRANSLATE_NOOP("cd::Registers", "The public") },
    { RecipientType::Other, "other", QT_TRANSLATE_NOOP("cd::Registers", "Other") },
};
const EnumTable<RecipientType> kRecipientTypeTable { "cd::Registers", kRecipientTypeRows };

QString recipientTypeKey(RecipientType type)
{
    return kRecipientTypeTable.keyOf(type);
}
bool recipientTypeFromKey(const QString& key, RecipientType* out)
{
    return fromKey(kRecipientTypeTable, key, out);
}
QString recipientTypeName(RecipientType type)
{
    return kRecipientTypeTable.displayName(type);
}

const EnumEntry<LegalBasis> kBasisRows[] = {
    { LegalBasis::Consent, "consent", QT_TRANSLATE_NOOP("cd::Registers", "Explicit consent") },
    { LegalBasis::Law, "law", QT_TRANSLATE_NOOP("cd::Registers", "Law or regulation") },
    { LegalBasis::Government, "government", QT_TRANSLATE_NOOP("cd::Registers", "Mandatory government requirement") },
    { LegalBasis::Judicial, "judicial", QT_TRANSLATE_NOOP("cd::Registers", "Judicial ruling") },
};
const EnumTable<LegalBasis> kBasisTable { "cd::Registers", kBasisRows };

QString basisKey(LegalBasis basis)
{
    return kBasisTable.keyOf(basis);
}
bool basisFromKey(const QString& key, LegalBasis* out)
{
    return fromKey(kBasisTable, key, out);
}
QString basisName(LegalBasis basis)
{
    return kBasisTable.displayName(basis);
}

QString basisDetail(const Disclosure& d)
{
    switch (d.basis) {
    case LegalBasis::Consent: return cd::RegistersText::tr("Consent recorded in: %1").arg(d.consentRecord);
    case LegalBasis::Law: return d.lawCitation;
    case LegalBasis::Government: return cd::RegistersText::tr("%1, document %2").arg(d.authority, d.documentNumber);
    case LegalBasis::Judicial: return cd::RegistersText::tr("%1, case %2").arg(d.court, d.caseNumber);
    }
    return {};
}

const EnumEntry<Severity> kSeverityRows[] = {
    { Severity::General, "general", QT_TRANSLATE_NOOP("cd::Registers", "General") },
    { Severity::RelativelySerious, "relatively_serious", QT_TRANSLATE_NOOP("cd::Registers", "Relatively serious") },
    { Severity::Major, "major", QT_TRANSLATE_NOOP("cd::Registers", "Major") },
    { Severity::EspeciallyMajor, "especially_major", QT_TRANSLATE_NOOP("cd::Registers", "Especially major") },
};
const EnumTable<Severity> kSeverityTable { "cd::Registers", kSeverityRows };

QString severityKey(Severity severity)
{
    return kSeverityTable.keyOf(severity);
}
bool severityFromKey(const QString& key, Severity* out)
{
    return fromKey(kSeverityTable, key, out);
}
QString severityName(Severity severity)
{
    return kSeverityTable.displayName(severity);
}

const EnumEntry<IncidentStatus> kStatusRows[] = {
    { IncidentStatus::Open, "open", QT_TRANSLATE_NOOP3("cd::Registers", "Open", "incident status") },
    { IncidentStatus::Contained, "contained", QT_TRANSLATE_NOOP("cd::Registers", "Contained") },
    { IncidentStatus::Notified, "notified", QT_TRANSLATE_NOOP("cd::Registers", "Notified") },
    { IncidentStatus::Closed, "closed", QT_TRANSLATE_NOOP3("cd::Registers", "Closed", "incident status") },
};
const EnumTable<IncidentStatus> kStatusTable { "cd::Registers", kStatusRows };

QString statusKey(IncidentStatus status)
{
    return kStatusTable.keyOf(status);
}
bool statusFromKey(const QString& key, IncidentStatus* out)
{
    return fromKey(kStatusTable, key, out);
}
QString statusName(IncidentStatus status)
{
    return kStatusTable.displayName(status);
}

const EnumEntry<IncidentCategory> kIncidentCategoryRows[] = {
    { IncidentCategory::UnauthorisedAccess, "unauthorised_access",
        QT_TRANSLATE_NOOP("cd::Registers", "Unauthorised access") },
    { IncidentCategory::Leak, "leak", QT_TRANSLATE_NOOP("cd::Registers", "Leak") },
    { IncidentCategory::Loss, "loss", QT_TRANSLATE_NOOP("cd::Registers", "Loss") },
    { IncidentCategory::Tampering, "tampering", QT_TRANSLATE_NOOP("cd::Registers", "Tampering") },
    { IncidentCategory::Misdelivery, "misdelivery", QT_TRANSLATE_NOOP("cd::Registers", "Sent to the wrong recipient") },
    { IncidentCategory::Malware, "malware", QT_TRANSLATE_NOOP("cd::Registers", "Malware or ransomware") },
    { IncidentCategory::Other, "other", QT_TRANSLATE_NOOP("cd::Registers", "Other") },
};
const EnumTable<IncidentCategory> kIncidentCategoryTable { "cd::Registers", kIncidentCategoryRows };

QString incidentCategoryKey(IncidentCategory category)
{
    return kIncidentCategoryTable.keyOf(category);
}
bool incidentCategoryFromKey(const QString& key, IncidentCategory* out)
{
    return fromKey(kIncidentCategoryTable, key, out);
}
QString incidentCategoryName(IncidentCategory category)
{
    return kIncidentCategoryTable.displayName(category);
}

const EnumEntry<NotificationChannel> kChannelRows[] = {
    { NotificationChannel::Email, "email", QT_TRANSLATE_NOOP("cd::Registers", "Email") },
    { NotificationChannel::Letter, "letter", QT_TRANSLATE_NOOP("cd::Registers", "Letter") },
    { NotificationChannel::Phone, "phone", QT_TRANSLATE_NOOP("cd::Registers", "Phone") },
    { NotificationChannel::Push, "push", QT_TRANSLATE_NOOP("cd::Registers", "Push message") },
    { NotificationChannel::Announcement, "announcement", QT_TRANSLATE_NOOP("cd::Registers", "Public announcement") },
};
const EnumTable<NotificationChannel> kChannelTable { "cd::Registers", kChannelRows };

QString channelKey(NotificationChannel channel)
{
    return kChannelTable.keyOf(channel);
}
bool channelFromKey(const QString& key, NotificationChannel* out)
{
    return fromKey(kChannelTable, key, out);
}
QString channelName(NotificationChannel channel)
{
    return kChannelTable.displayName(channel);
}

const EnumEntry<RegulatorClock::State> kClockStateRows[] = {
    { RegulatorClock::State::NotRequired, "not_required",
        QT_TRANSLATE_NOOP("cd::Registers", "No regulator report required") },
    { RegulatorClock::State::Running, "running", QT_TRANSLATE_NOOP("cd::Registers", "Regulator report due") },
    { RegulatorClock::State::Overdue, "overdue", QT_TRANSLATE_NOOP("cd::Registers", "Regulator report overdue") },
    { RegulatorClock::State::ReportedInTime, "reported_in_time",
        QT_TRANSLATE_NOOP("cd::Registers", "Reported to the regulator in time") },
    { RegulatorClock::State::ReportedLate, "reported_late",
        QT_TRANSLATE_NOOP("cd::Registers", "Reported to the regulator late") },
};
const EnumTable<RegulatorClock::State> kClockStateTable { "cd::Registers", kClockStateRows };

QString clockStateKey(RegulatorClock::State state)
{
    return kClockStateTable.keyOf(state);
}

QString clockStateName(RegulatorClock::State state)
{
    return kClockStateTable.displayName(state);
}

QString formatDuration(qint64 seconds)
{
    const qint64 s = qAbs(seconds);
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    if (days > 0) {
        return cd::RegistersText::tr("%1 d %2 h").arg(days).arg(hours);
    }
    if (hours > 0) {
        return cd::RegistersText::tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    return cd::RegistersText::tr("%1 min").arg(minutes);
}

} // namespace cd::registers
