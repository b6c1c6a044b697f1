#include "access/Roles.h"
#include "activities/ActivityService.h"
#include "audits/ComplianceAudits.h"
#include "audits/EvidenceReviews.h"
#include "dashboard/DashboardService.h"
#include "iso/IsoTypes.h"
#include "policies/PolicyService.h"
#include "registers/IncidentGrading.h"
#include "registers/IncidentReporting.h"
#include "registers/RegisterTypes.h"
#include "requests/RequestTypes.h"
#include "util/EnumTable.h"

#include <QSet>
#include <QtTest>

using namespace cd;

namespace {

// Every value 0..count-1 of E has a key that is unique and reads back as the same value, and a
// name (when the enum has one); the value after the last has no key (the table is complete and
// no larger than the enum).
template <typename E>
void checkEnum(const char* what, int count, QString (*key)(E), bool (*fromKey)(const QString&, E*) = nullptr,
    QString (*name)(E) = nullptr)
{
    QSet<QString> keys;
    for (int i = 0; i < count; ++i) {
        const E value = static_cast<E>(i);
        const QString k = key(value);
        const QString where = QStringLiteral("%1 #%2 \"%3\"").arg(QLatin1String(what)).arg(i).arg(k);
        QVERIFY2(!k.isEmpty(), qPrintable(where));
        QVERIFY2(!keys.contains(k), qPrintable(where + QStringLiteral(": key used twice")));
        keys.insert(k);
        if (fromKey) {
            E back = static_cast<E>(count - 1 - i); // anything else
            QVERIFY2(fromKey(k, &back), qPrintable(where));
            QVERIFY2(back == value, qPrintable(where + QStringLiteral(": reads back as another value")));
        }
        if (name) {
            const QString n = name(value);
            QVERIFY2(!n.isEmpty() && n != k, qPrintable(where + QStringLiteral(": no name")));
        }
    }
    if (fromKey) {
        E untouched = static_cast<E>(0);
        QVERIFY2(!fromKey(QStringLiteral("no_such_key"), &untouched), what);
    }
}

enum class Colour { Red, Green };
const EnumEntry<Colour> kColours[] = {
    { Colour::Red, "red", QT_TRANSLATE_NOOP("cd::Test", "Red") },
    { Colour::Green, "green", QT_TRANSLATE_NOOP3("cd::Test", "Green", "colour") },
};
const EnumTable<Colour> kColourTable { "cd::Test", kColours };

} // namespace

class TestEnumTables : public QObject
{
    Q_OBJECT

private slots:
    void tableLooksUpBothWays();
    void everyEnumRoundTrips();
};

void TestEnumTables::tableLooksUpBothWays()
{
    QCOMPARE(kColourTable.size(), std::size_t(2));
    QCOMPARE(kColourTable.keyOf(Colour::Green), QStringLiteral("green"));
    Colour c = Colour::Red;
    QVERIFY(kColourTable.fromKey(QStringLiteral("green"), &c));
    QCOMPARE(c, Colour::Green);
    QVERIFY(!kColourTable.fromKey(QStringLiteral("Green"), &c)); // exact keys only
    QVERIFY(!kColourTable.fromKey(QString(), &c));
    QCOMPARE(kColourTable.displayName(Colour::Red), QStringLiteral("Red"));
    QCOMPARE(QLatin1String(kColours[1].name.disambiguation), QLatin1String("colour"));
    QCOMPARE(kColourTable.keyOf(static_cast<Colour>(7)), QString());
}

void TestEnumTables::everyEnumRoundTrips()
{
    namespace r = cd::registers;
    checkEnum<r::DisclosureKind>("DisclosureKind", r::kindCount, &r::kindKey, &r::kindFromKey, &r::kindName);
    checkEnum<r::RecipientType>(
        "RecipientType", 6, &r::recipientTypeKey, &r::recipientTypeFromKey, &r::recipientTypeName);
    checkEnum<r::LegalBasis>("registers LegalBasis", r::basisCount, &r::basisKey, &r::basisFromKey, &r::basisName);
    checkEnum<r::Severity>("Severity", r::severityCount, &r::severityKey, &r::severityFromKey, &r::severityName);
    checkEnum<r::IncidentStatus>("IncidentStatus", r::statusCount, &r::statusKey, &r::statusFromKey, &r::statusName);
    checkEnum<r::IncidentCategory>("IncidentCategory", r::incidentCategoryCount, &r::incidentCategoryKey,
        &r::incidentCategoryFromKey, &r::incidentCategoryName);
    checkEnum<r::NotificationChannel>(
        "NotificationChannel", r::channelCount, &r::channelKey, &r::channelFromKey, &r::channelName);
    checkEnum<r::GradingMetric>("GradingMetric", 3, &r::gradingMetricKey, nullptr, &r::gradingMetricName);
    checkEnum<r::RegulatorClock::State>("RegulatorClock::State", 5, &r::clockStateKey, nullptr, &r::clockStateName);
    checkEnum<r::ReportKind>(
        "ReportKind", r::reportKindCount, &r::reportKindKey, &r::reportKindFromKey, &r::reportKindName);
    checkEnum<r::FinalReportClock::State>(
        "FinalReportClock::State", 6, &r::finalClockStateKey, nullptr, &r::finalClockStateName);
    checkEnum<r::OperatorType>(
        "OperatorType", r::operatorTypeCount, &r::operatorTypeKey, &r::operatorTypeFromKey, &r::operatorTypeName);

    namespace i = cd::iso;
    checkEnum<i::Theme>("iso Theme", i::themeCount, &i::themeKey, &i::themeFromKey, &i::themeDisplayName);
    checkEnum<i::ImplementationStatus>(
        "ImplementationStatus", 5, &i::statusKey, &i::statusFromKey, &i::statusDisplayName);
    checkEnum<i::InclusionReason>("InclusionReason", 4, &i::reasonKey, &i::reasonFromKey, &i::reasonDisplayName);
    checkEnum<i::EvidenceItem::Kind>("EvidenceItem::Kind", 3, &i::evidenceKindKey);

    namespace q = cd::requests;
    checkEnum<q::RequestType>("RequestType", 7, &q::key, &q::fromKey, &q::displayName);
    checkEnum<q::RequestState>("RequestState", 7, &q::key, &q::fromKey, &q::displayName);
    checkEnum<q::Channel>("requests Channel", 5, &q::key, &q::fromKey, &q::displayName);
    checkEnum<q::OnBehalf>("OnBehalf", 3, &q::key, &q::fromKey, &q::displayName);

    namespace a = cd::activities;
    checkEnum<a::LegalBasis>(
        "activities LegalBasis", a::legalBasisCount, &a::legalBasisKey, &a::legalBasisFromKey, &a::legalBasisName);
    checkEnum<a::PiaStatus::State>("PiaStatus::State", 4, &a::piaStateKey, nullptr, &a::piaStateName);
    checkEnum<a::CrossBorderCheck::Mechanism>(
        "CrossBorderCheck::Mechanism", 4, &a::mechanismKey, nullptr, &a::mechanismName);

    namespace au = cd::audits;
    checkEnum<au::AuditKind>("AuditKind", 2, &au::kindKey, &au::kindFromKey, &au::kindName);
    checkEnum<au::AuditorKind>("AuditorKind", 2, &au::auditorKindKey, &au::auditorKindFromKey, &au::auditorKindName);
    checkEnum<au::AuditStatus>("AuditStatus", 4, &au::statusKey, &au::statusFromKey, &au::statusName);
    checkEnum<au::EvidenceTarget>("EvidenceTarget", 3, &au::targetKey, &au::targetFromKey, &au::targetName);
    checkEnum<au::EvidenceReview::State>(
        "EvidenceReview::State", 4, &au::reviewStateKey, nullptr, &au::reviewStateName);

    checkEnum<PolicyStatus>("PolicyStatus", 5, &policyStatusKey, &policyStatusFromKey, &policyStatusDisplayName);
    checkEnum<dashboard::AttentionKind>("AttentionKind", 15, &dashboard::attentionKindKey);
    checkEnum<dashboard::TileKind>("TileKind", 6, &dashboard::tileKey);
    checkEnum<Role>("Role", 4, &roleKey, &roleFromKey, &roleDisplayName);
}

QTEST_GUILESS_MAIN(TestEnumTables)
#include "tst_enumtables.moc"
