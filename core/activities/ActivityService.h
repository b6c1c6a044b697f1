#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {
class Database;
class Vault;

// Translation context of the processing-activity register (see util/TranslationContexts.h).
struct ActivitiesText {
    Q_DECLARE_TR_FUNCTIONS(cd::Activities)
};
} // namespace cd

namespace cd::activities {

// PIPL art. 13: the grounds on which personal information may be processed.
enum class LegalBasis { Consent, Contract, HumanResources, LegalDuty, Emergency, News, PublicInfo, OtherLaw };
constexpr int legalBasisCount = 8;
QString legalBasisKey(LegalBasis basis);
bool legalBasisFromKey(const QString& key, LegalBasis* out);
QString legalBasisName(LegalBasis basis);

struct Processor {
    qint64 id = 0;
    QString name;
    QString contact;
    QDate contractSigned;
    QDate contractExpires;
    QString dataEntrusted;
    QString securityMeasures;
    QDate lastAudit;
    QDate nextReview; // the next review or audit of the processor; listed from 30 days before
    int reminderDays = 30; // days before the contract expires
    QString notes;
    QList<qint64> activityIds; // the activities that entrust data to this processor
};

struct Activity {
    qint64 id = 0;
    QString name;
    QString purpose;
    QStringList categoryKeys;
    QString subjects;
    bool includesMinors = false; // people under 14
    QString source;
    LegalBasis basis = LegalBasis::Consent;
    QString retention;
    QString systems;
    QString recipients;
    bool crossBorder = false;
    QString destination;
    bool automatedDecision = false;
    bool providesOrPublishes = false;
    QString policySection;
    qint64 peopleYtd = 0; // people whose information this activity handled since 1 January
    qint64 sensitivePeopleYtd = 0;
    int piaReviewMonths = 12;
    QList<qint64> processorIds;
};

// PIPL art. 56: the three questions, the conclusion and the approver.
struct Pia {
    qint64 id = 0;
    qint64 activityId = 0;
    QDate assessedOn;
    QString lawfulPurpose; // are purpose and method lawful, proper and necessary
    QString impactRisks; // impact on the people and the risks
    QString measures; // are the protection measures lawful, effective and proportionate
    QString conclusion;
    QString approver;
};

// Whether an activity needs an assessment (PIPL art. 55) and whether it has a current one.
struct PiaStatus {
    enum class State { NotRequired, Missing, Outdated, Current };
    State state = State::NotRequired;
    QStringList reasons; // translated: why one is required
    QDate latest; // the latest assessment, if any
    QDate reviewDue; // latest + review cycle
};
QString piaStateKey(PiaStatus::State state);
QString piaStateName(PiaStatus::State state);

// The 2024 Provisions on Promoting and Regulating Cross-Border Data Flows (促进和规范数据跨境流动规定,
// in force 2024-03-22), arts. 5, 7 and 8: people since 1 January of the year.
struct CrossBorderCheck {
    enum class Mechanism { None, Exempt, StandardContract, SecurityAssessment };
    Mechanism mechanism = Mechanism::None; // None: no activity transfers data abroad
    qint64 people = 0; // non-sensitive personal information
    qint64 sensitivePeople = 0;
    int activities = 0;
    QString rule; // the threshold that decided
    bool thresholdCrossed() const
    {
        return mechanism == Mechanism::StandardContract || mechanism == Mechanism::SecurityAssessment;
    }
};
QString mechanismKey(CrossBorderCheck::Mechanism m);
QString mechanismName(CrossBorderCheck::Mechanism m);
CrossBorderCheck crossBorderMechanism(qint64 people, qint64 sensitivePeople);

// The register of processing activities with its assessments and processors. Writes check the
// permission and write their audit entry in one transaction.
class ActivityService
{
public:
    explicit ActivityService(Vault& vault);

    static QStringList problems(const Activity& a);
    Result<Activity> add(const Activity& a);
    Result<Activity> update(const Activity& a);
    Status remove(qint64 id);
    Result<Activity> get(qint64 id);
    Result<QList<Activity>> list();

    // Sensitive categories in the managed list.
    static QStringList sensitiveKeys(Database& db);
    static PiaStatus piaStatus(Database& db, const Activity& a, const QDate& today);
    Result<PiaStatus> piaStatus(qint64 activityId);

    static QStringList piaProblems(const Pia& p);
    Result<Pia> addPia(const Pia& p);
    Result<QList<Pia>> pias(qint64 activityId = 0);
    // Refused while the assessment is younger than three years (PIPL art. 56).
    Status removePia(qint64 id);
    static constexpr int piaRetentionYears = 3;

    static QStringList processorProblems(const Processor& p);
    // Days before a processor's next review that it appears in the attention list.
    static constexpr int processorReviewHorizonDays = 30;
    Result<Processor> addProcessor(const Processor& p);
    Result<Processor> updateProcessor(const Processor& p);
    Result<QList<Processor>> processors();
    Result<Processor> processor(qint64 id);
    // Links a disclosure to the processor that received the data (0 to unlink).
    Status linkDisclosure(qint64 disclosureId, qint64 processorId);

    Result<CrossBorderCheck> crossBorder();
    static CrossBorderCheck crossBorder(Database& db);

    // Worker-connection reads for the Dashboard.
    static QList<Activity> activities(Database& db, qint64 onlyId = 0);
    static QList<Processor> processors(Database& db);

private:
    Vault& m_vault;
};

} // namespace cd::activities
