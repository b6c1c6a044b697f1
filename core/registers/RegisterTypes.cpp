#include "RegisterTypes.h"
#include "util/TranslationContexts.h"

#include <QCoreApplication>

namespace cd::registers {

namespace {

template <typename Enum, int N> bool fromKey(const QString& key, Enum* out, QString (*toKey)(Enum))
{
    const QString k = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (int i = 0; i < N; ++i) {
        const auto value = static_cast<Enum>(i);
        if (toKey(value) == k) {
            *out = value;
            return true;
        }
    }
    return false;
}
} // namespace

QString DataCategory::displayName(const QString& language) const
{
    return language == QLatin1String("zh_CN") ? nameZh : nameEn;
}

QString kindKey(DisclosureKind kind)
{
    switch (kind) {
    case DisclosureKind::Sharing: return QStringLiteral("sharing");
    case DisclosureKind::Transfer: return QStringLiteral("transfer");
    case DisclosureKind::PublicDisclosure: return QStringLiteral("public");
    }
    return {};
}
bool kindFromKey(const QString& key, DisclosureKind* out)
{
    return fromKey<DisclosureKind, kindCount>(key, out, &kindKey);
}
QString kindName(DisclosureKind kind)
{
    switch (kind) {
    case DisclosureKind::Sharing: return cd::RegistersText::tr("Sharing");
    case DisclosureKind::Transfer: return cd::RegistersText::tr("Transfer");
    case DisclosureKind::PublicDisclosure: return cd::RegistersText::tr("Public disclosure");
    }
    return {};
}

QString recipientTypeKey(RecipientType type)
{
    switch (type) {
    case RecipientType::Company: return QStringLiteral("company");
    case RecipientType::Processor: return QStringLiteral("processor");
    case RecipientType::Regulator: return QStringLiteral("regulator");
    case RecipientType::Court: return QStringLiteral("court");
    case RecipientType::Public: return QStringLiteral("public");
    case RecipientType::Other: return QStringLiteral("other");
    }
    return {};
}
bool recipientTypeFromKey(const QString& key, RecipientType* out)
{
    return fromKey<RecipientType, 6>(key, out, &recipientTypeKey);
}
QString recipientTypeName(RecipientType type)
{
    switch (type) {
    case RecipientType::Company: return cd::RegistersText::tr("Company");
    case RecipientType::Processor: return cd::RegistersText::tr("Entrusted processor");
    case RecipientType::Regulator: return cd::RegistersText::tr("Regulator");
    case RecipientType::Court: return cd::RegistersText::tr("Court");
    case RecipientType::Public: return cd::RegistersText::tr("The public");
    case RecipientType::Other: return cd::RegistersText::tr("Other");
    }
    return {};
}

QString basisKey(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::Consent: return QStringLiteral("consent");
    case LegalBasis::Law: return QStringLiteral("law");
    case LegalBasis::Government: return QStringLiteral("government");
    case LegalBasis::Judicial: return QStringLiteral("judicial");
    }
    return {};
}
bool basisFromKey(const QString& key, LegalBasis* out)
{
    return fromKey<LegalBasis, basisCount>(key, out, &basisKey);
}
QString basisName(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::Consent: return cd::RegistersText::tr("Explicit consent");
    case LegalBasis::Law: return cd::RegistersText::tr("Law or regulation");
    case LegalBasis::Government: return cd::RegistersText::tr("Mandatory government requirement");
    case LegalBasis::Judicial: return cd::RegistersText::tr("Judicial ruling");
    }
    return {};
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

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::General: return QStringLiteral("general");
    case Severity::RelativelySerious: return QStringLiteral("relatively_serious");
    case Severity::Major: return QStringLiteral("major");
    case Severity::EspeciallyMajor: return QStringLiteral("especially_major");
    }
    return {};
}
bool severityFromKey(const QString& key, Severity* out)
{
    return fromKey<Severity, severityCount>(key, out, &severityKey);
}
QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::General: return cd::RegistersText::tr("General");
    case Severity::RelativelySerious: return cd::RegistersText::tr("Relatively serious");
    case Severity::Major: return cd::RegistersText::tr("Major");
    case Severity::EspeciallyMajor: return cd::RegistersText::tr("Especially major");
    }
    return {};
}

QString statusKey(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Open: return QStringLiteral("open");
    case IncidentStatus::Contained: return QStringLiteral("contained");
    case IncidentStatus::Notified: return QStringLiteral("notified");
    case IncidentStatus::Closed: return QStringLiteral("closed");
    }
    return {};
}
bool statusFromKey(const QString& key, IncidentStatus* out)
{
    return fromKey<IncidentStatus, statusCount>(key, out, &statusKey);
}
QString statusName(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Open: return cd::RegistersText::tr("Open", "incident status");
    case IncidentStatus::Contained: return cd::RegistersText::tr("Contained");
    case IncidentStatus::Notified: return cd::RegistersText::tr("Notified");
    case IncidentStatus::Closed: return cd::RegistersText::tr("Closed", "incident status");
    }
    return {};
}

QString incidentCategoryKey(IncidentCategory category)
{
    switch (category) {
    case IncidentCategory::UnauthorisedAccess: return QStringLiteral("unauthorised_access");
    case IncidentCategory::Leak: return QStringLiteral("leak");
    case IncidentCategory::Loss: return QStringLiteral("loss");
    case IncidentCategory::Tampering: return QStringLiteral("tampering");
    case IncidentCategory::Misdelivery: return QStringLiteral("misdelivery");
    case IncidentCategory::Malware: return QStringLiteral("malware");
    case IncidentCategory::Other: return QStringLiteral("other");
    }
    return {};
}
bool incidentCategoryFromKey(const QString& key, IncidentCategory* out)
{
    return fromKey<IncidentCategory, incidentCategoryCount>(key, out, &incidentCategoryKey);
}
QString incidentCategoryName(IncidentCategory category)
{
    switch (category) {
    case IncidentCategory::UnauthorisedAccess: return cd::RegistersText::tr("Unauthorised access");
    case IncidentCategory::Leak: return cd::RegistersText::tr("Leak");
    case IncidentCategory::Loss: return cd::RegistersText::tr("Loss");
    case IncidentCategory::Tampering: return cd::RegistersText::tr("Tampering");
    case IncidentCategory::Misdelivery: return cd::RegistersText::tr("Sent to the wrong recipient");
    case IncidentCategory::Malware: return cd::RegistersText::tr("Malware or ransomware");
    case IncidentCategory::Other: return cd::RegistersText::tr("Other");
    }
    return {};
}

QString channelKey(NotificationChannel channel)
{
    switch (channel) {
    case NotificationChannel::Email: return QStringLiteral("email");
    case NotificationChannel::Letter: return QStringLiteral("letter");
    case NotificationChannel::Phone: return QStringLiteral("phone");
    case NotificationChannel::Push: return QStringLiteral("push");
    case NotificationChannel::Announcement: return QStringLiteral("announcement");
    }
    return {};
}
bool channelFromKey(const QString& key, NotificationChannel* out)
{
    return fromKey<NotificationChannel, channelCount>(key, out, &channelKey);
}
QString channelName(NotificationChannel channel)
{
    switch (channel) {
    case NotificationChannel::Email: return cd::RegistersText::tr("Email");
    case NotificationChannel::Letter: return cd::RegistersText::tr("Letter");
    case NotificationChannel::Phone: return cd::RegistersText::tr("Phone");
    case NotificationChannel::Push: return cd::RegistersText::tr("Push message");
    case NotificationChannel::Announcement: return cd::RegistersText::tr("Public announcement");
    }
    return {};
}

QString clockStateKey(RegulatorClock::State state)
{
    switch (state) {
    case RegulatorClock::State::NotRequired: return QStringLiteral("not_required");
    case RegulatorClock::State::Running: return QStringLiteral("running");
    case RegulatorClock::State::Overdue: return QStringLiteral("overdue");
    case RegulatorClock::State::ReportedInTime: return QStringLiteral("reported_in_time");
    case RegulatorClock::State::ReportedLate: return QStringLiteral("reported_late");
    }
    return {};
}

QString clockStateName(RegulatorClock::State state)
{
    switch (state) {
    case RegulatorClock::State::NotRequired: return cd::RegistersText::tr("No regulator report required");
    case RegulatorClock::State::Running: return cd::RegistersText::tr("Regulator report due");
    case RegulatorClock::State::Overdue: return cd::RegistersText::tr("Regulator report overdue");
    case RegulatorClock::State::ReportedInTime: return cd::RegistersText::tr("Reported to the regulator in time");
    case RegulatorClock::State::ReportedLate: return cd::RegistersText::tr("Reported to the regulator late");
    }
    return {};
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
