#include "ActivityService.h"

#include "attachments/AttachmentStore.h"
#include "audit/AuditLog.h"
#include "storage/RowReader.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "util/EnumTable.h"
#include "vault/Vault.h"

#include <QHash>

#include <algorithm>

namespace cd::activities {

namespace {

[[noreturn]] void refuse(ErrorCode code, const QString& message)
{
    throw DbException(code, message);
}

Error invalid(const QString& lead, const QStringList& problems)
{
    return Error { ErrorCode::InvalidInput, lead + QLatin1Char(' ') + problems.join(QLatin1Char(' ')) };
}

QList<qint64> categoryIds(Database& db, const QStringList& keys)
{
    QList<qint64> ids;
    Statement s(db, "SELECT id FROM register_data_categories WHERE key = ?");
    for (const QString& key : keys) {
        s.reset();
        s.bind(1, key);
        if (!s.next()) {
            refuse(ErrorCode::InvalidInput,
                cd::ActivitiesText::tr("The data category \"%1\" is not in the managed list.").arg(key));
        }
        if (!ids.contains(s.int64(0))) {
            ids << s.int64(0);
        }
    }
    return ids;
}

void writeLinks(Database& db, qint64 activityId, const Activity& a)
{
    Statement delC(db, "DELETE FROM activity_categories WHERE activity_id = ?");
    delC.bind(1, activityId).exec();
    Statement insC(db, "INSERT INTO activity_categories (activity_id, category_id) VALUES (?, ?)");
    for (qint64 id : categoryIds(db, a.categoryKeys)) {
        insC.bind(1, activityId).bind(2, id).exec();
    }
    Statement delP(db, "DELETE FROM activity_processors WHERE activity_id = ?");
    delP.bind(1, activityId).exec();
    Statement check(db, "SELECT count(*) FROM processors WHERE id = ?");
    Statement insP(db, "INSERT OR IGNORE INTO activity_processors (activity_id, processor_id) VALUES (?, ?)");
    for (qint64 id : a.processorIds) {
        check.reset();
        check.bind(1, id);
        if (!check.next() || check.int64(0) == 0) {
            refuse(ErrorCode::InvalidInput, cd::ActivitiesText::tr("Processor %1 does not exist.").arg(id));
        }
        insP.bind(1, activityId).bind(2, id).exec();
    }
}

void bindActivity(Statement& s, const Activity& a)
{
    s.bindText(1, a.name.trimmed())
        .bindText(2, a.purpose.trimmed())
        .bindText(3, a.subjects.trimmed())
        .bind(4, a.includesMinors)
        .bindText(5, a.source.trimmed())
        .bind(6, legalBasisKey(a.basis))
        .bindText(7, a.retention.trimmed())
        .bindText(8, a.systems.trimmed())
        .bindText(9, a.recipients.trimmed())
        .bind(10, a.crossBorder)
        .bindText(11, a.destination.trimmed())
        .bind(12, a.automatedDecision)
        .bind(13, a.providesOrPublishes)
        .bindText(14, a.policySection.trimmed())
        .bind(15, a.peopleYtd)
        .bind(16, a.sensitivePeopleYtd)
        .bind(17, a.piaReviewMonths);
}

void bindProcessor(Statement& s, const Processor& p)
{
    s.bindText(1, p.name.trimmed())
        .bindText(2, p.contact.trimmed())
        .bind(3, p.contractSigned)
        .bind(4, p.contractExpires)
        .bindText(5, p.dataEntrusted.trimmed())
        .bindText(6, p.securityMeasures.trimmed())
        .bind(7, p.lastAudit)
        .bind(8, p.reminderDays)
        .bindText(9, p.notes)
        .bind(10, p.nextReview);
}

// The names of the fields that differ (the audit log never holds their values).
QStringList processorChanges(const Processor& b, const Processor& a)
{
    QStringList changed;
    auto note = [&](bool differs, const char* name) {
        if (differs) {
            changed << QString::fromLatin1(name);
        }
    };
    note(b.name != a.name.trimmed(), "name");
    note(b.contact != a.contact.trimmed(), "contact");
    note(b.contractSigned != a.contractSigned, "contract_signed");
    note(b.contractExpires != a.contractExpires, "contract_expires");
    note(b.dataEntrusted != a.dataEntrusted.trimmed(), "data_entrusted");
    note(b.securityMeasures != a.securityMeasures.trimmed(), "security_measures");
    note(b.lastAudit != a.lastAudit, "last_audit");
    note(b.nextReview != a.nextReview, "next_review");
    note(b.reminderDays != a.reminderDays, "reminder_days");
    note(b.notes != a.notes, "notes");
    return changed;
}

QString activityDetail(const Activity& a)
{
    return QStringLiteral("categories=%1; cross_border=%2; processors=%3")
        .arg(a.categoryKeys.size())
        .arg(a.crossBorder ? 1 : 0)
        .arg(a.processorIds.size());
}

} // namespace

const EnumEntry<LegalBasis> kLegalBasisRows[] = {
    { LegalBasis::Consent, "consent", QT_TRANSLATE_NOOP("cd::Activities", "Consent (art. 13(1))") },
    { LegalBasis::Contract, "contract", QT_TRANSLATE_NOOP("cd::Activities", "Contract with the person (art. 13(2))") },
    { LegalBasis::HumanResources, "hr",
        QT_TRANSLATE_NOOP("cd::Activities", "Human-resources management (art. 13(2))") },
    { LegalBasis::LegalDuty, "legal_duty", QT_TRANSLATE_NOOP("cd::Activities", "Legal duty (art. 13(3))") },
    { LegalBasis::Emergency, "emergency",
        QT_TRANSLATE_NOOP("cd::Activities", "Public-health emergency or protecting life (art. 13(4))") },
    { LegalBasis::News, "news",
        QT_TRANSLATE_NOOP("cd::Activities", "News reporting in the public interest (art. 13(5))") },
    { LegalBasis::PublicInfo, "public_info",
        QT_TRANSLATE_NOOP("cd::Activities", "Information already made public (art. 13(6))") },
    { LegalBasis::OtherLaw, "other_law",
        QT_TRANSLATE_NOOP("cd::Activities", "Other laws and regulations (art. 13(7))") },
};
const EnumTable<LegalBasis> kLegalBasisTable { "cd::Activities", kLegalBasisRows };

QString legalBasisKey(LegalBasis basis)
{
    return kLegalBasisTable.keyOf(basis);
}

bool legalBasisFromKey(const QString& key, LegalBasis* out)
{
    return kLegalBasisTable.fromKey(key, out);
}

QString legalBasisName(LegalBasis basis)
{
    return kLegalBasisTable.displayName(basis);
}

const EnumEntry<PiaStatus::State> kPiaStateRows[] = {
    { PiaStatus::State::NotRequired, "not_required", QT_TRANSLATE_NOOP("cd::Activities", "Not required") },
    { PiaStatus::State::Missing, "missing", QT_TRANSLATE_NOOP("cd::Activities", "Required, none recorded") },
    { PiaStatus::State::Outdated, "outdated", QT_TRANSLATE_NOOP("cd::Activities", "Review overdue") },
    { PiaStatus::State::Current, "current", QT_TRANSLATE_NOOP("cd::Activities", "Current") },
};
const EnumTable<PiaStatus::State> kPiaStateTable { "cd::Activities", kPiaStateRows };

QString piaStateKey(PiaStatus::State state)
{
    return kPiaStateTable.keyOf(state);
}

QString piaStateName(PiaStatus::State state)
{
    return kPiaStateTable.displayName(state);
}

const EnumEntry<CrossBorderCheck::Mechanism> kMechanismRows[] = {
    { CrossBorderCheck::Mechanism::None, "none",
        QT_TRANSLATE_NOOP("cd::Activities", "No activity transfers data abroad") },
    { CrossBorderCheck::Mechanism::Exempt, "exempt",
        QT_TRANSLATE_NOOP("cd::Activities", "Exempt from the three mechanisms") },
    { CrossBorderCheck::Mechanism::StandardContract, "standard_contract_or_certification",
        QT_TRANSLATE_NOOP("cd::Activities", "Standard contract or certification") },
    { CrossBorderCheck::Mechanism::SecurityAssessment, "security_assessment",
        QT_TRANSLATE_NOOP("cd::Activities", "Security assessment by the CAC") },
};
const EnumTable<CrossBorderCheck::Mechanism> kMechanismTable { "cd::Activities", kMechanismRows };

QString mechanismKey(CrossBorderCheck::Mechanism m)
{
    return kMechanismTable.keyOf(m);
}

QString mechanismName(CrossBorderCheck::Mechanism m)
{
    return kMechanismTable.displayName(m);
}

// 促进和规范数据跨境流动规定 (CAC, 2024-03-22), for operators that are not critical information
// infrastructure operators, counted since 1 January of the year:
//   art. 7(2): ≥ 1,000,000 people's personal information (non-sensitive) or ≥ 10,000 people's
//              sensitive personal information → security assessment;
//   art. 8(2): 100,000 – 1,000,000 people (non-sensitive) or < 10,000 people's sensitive
//              personal information → standard contract or certification;
//   art. 5(4): < 100,000 people, non-sensitive → exempt.
CrossBorderCheck crossBorderMechanism(qint64 people, qint64 sensitivePeople)
{
    CrossBorderCheck c;
    c.people = people;
    c.sensitivePeople = sensitivePeople;
    if (people >= 1'000'000) {
        c.mechanism = CrossBorderCheck::Mechanism::SecurityAssessment;
        c.rule = QStringLiteral("people_1m");
    } else if (sensitivePeople >= 10'000) {
        c.mechanism = CrossBorderCheck::Mechanism::SecurityAssessment;
        c.rule = QStringLiteral("sensitive_10k");
    } else if (people >= 100'000) {
        c.mechanism = CrossBorderCheck::Mechanism::StandardContract;
        c.rule = QStringLiteral("people_100k");
    } else if (sensitivePeople > 0) {
        c.mechanism = CrossBorderCheck::Mechanism::StandardContract;
        c.rule = QStringLiteral("sensitive_below_10k");
    } else {
        c.mechanism = CrossBorderCheck::Mechanism::Exempt;
        c.rule = QStringLiteral("below_100k");
    }
    return c;
}

ActivityService::ActivityService(Vault& vault)
    : m_vault(vault)
{
}

QList<Activity> ActivityService::activities(Database& db, qint64 onlyId)
{
    QList<Activity> list;
    Statement s(db,
        onlyId > 0 ? "SELECT id, name, purpose, subjects, includes_minors, source, legal_basis, retention, systems, "
                     "recipients, cross_border, destination, automated_decision, provides_or_publishes, "
                     "policy_section, people_ytd, sensitive_people_ytd, pia_review_months FROM "
                     "processing_activities WHERE id = ?"
                   : "SELECT id, name, purpose, subjects, includes_minors, source, legal_basis, retention, systems, "
                     "recipients, cross_border, destination, automated_decision, provides_or_publishes, "
                     "policy_section, people_ytd, sensitive_people_ytd, pia_review_months FROM "
                     "processing_activities ORDER BY id");
    if (onlyId > 0) {
        s.bind(1, onlyId);
    }
    while (s.next()) {
        Activity a;
        QString basis;
        readColumns(s, a.id, a.name, a.purpose, a.subjects, a.includesMinors, a.source, basis, a.retention, a.systems,
            a.recipients, a.crossBorder, a.destination, a.automatedDecision, a.providesOrPublishes, a.policySection,
            a.peopleYtd, a.sensitivePeopleYtd, a.piaReviewMonths);
        legalBasisFromKey(basis, &a.basis);
        list << a;
    }
    QHash<qint64, QStringList> cats;
    Statement c(db,
        "SELECT ac.activity_id, c.key FROM activity_categories ac JOIN register_data_categories c ON c.id = "
        "ac.category_id ORDER BY c.sort_order, c.id");
    while (c.next()) {
        cats[c.int64(0)] << c.text(1);
    }
    QHash<qint64, QList<qint64>> procs;
    Statement p(db, "SELECT activity_id, processor_id FROM activity_processors ORDER BY processor_id");
    while (p.next()) {
        procs[p.int64(0)] << p.int64(1);
    }
    for (Activity& a : list) {
        a.categoryKeys = cats.value(a.id);
        a.processorIds = procs.value(a.id);
    }
    return list;
}

QStringList ActivityService::problems(const Activity& a)
{
    QStringList p;
    if (a.name.trimmed().isEmpty()) {
        p << cd::ActivitiesText::tr("Name the processing activity.");
    }
    if (a.purpose.trimmed().isEmpty()) {
        p << cd::ActivitiesText::tr("State the purpose of the processing.");
    }
    if (a.categoryKeys.isEmpty()) {
        p << cd::ActivitiesText::tr("Pick the categories of personal information processed.");
    }
    if (a.crossBorder && a.destination.trimmed().isEmpty()) {
        p << cd::ActivitiesText::tr("Name the country or region the data goes to.");
    }
    if (a.peopleYtd < 0 || a.sensitivePeopleYtd < 0) {
        p << cd::ActivitiesText::tr("Counts cannot be negative.");
    }
    if (a.piaReviewMonths < 1 || a.piaReviewMonths > 120) {
        p << cd::ActivitiesText::tr("The assessment review cycle is between 1 and 120 months.");
    }
    return p;
}

Result<Activity> ActivityService::add(const Activity& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (const QStringList p = problems(input); !p.isEmpty()) {
        return invalid(cd::ActivitiesText::tr("The processing activity cannot be saved."), p);
    }
    qint64 id = 0;
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement ins(db,
            "INSERT INTO processing_activities (name, purpose, subjects, includes_minors, source, legal_basis, "
            "retention, systems, recipients, cross_border, destination, automated_decision, provides_or_publishes, "
            "policy_section, people_ytd, sensitive_people_ytd, pia_review_months, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindActivity(ins, input);
        ins.bind(18, Clock::nowUtc()).bind(19, Clock::nowUtc()).exec();
        id = db.lastInsertId();
        writeLinks(db, id, input);
        tx.audit({ QStringLiteral("activity.add"), QStringLiteral("activity"), QString::number(id),
            { QStringLiteral("name"), QStringLiteral("purpose"), QStringLiteral("categories") },
            activityDetail(input) });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Result<Activity> ActivityService::update(const Activity& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (const QStringList p = problems(input); !p.isEmpty()) {
        return invalid(cd::ActivitiesText::tr("The processing activity cannot be saved."), p);
    }
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QList<Activity> before = activities(db, input.id);
        if (before.isEmpty()) {
            refuse(
                ErrorCode::NotFound, cd::ActivitiesText::tr("Processing activity %1 no longer exists.").arg(input.id));
        }
        const Activity& b = before.first();
        QStringList changed;
        auto note = [&](bool differs, const char* name) {
            if (differs) {
                changed << QString::fromLatin1(name);
            }
        };
        note(b.name != input.name.trimmed(), "name");
        note(b.purpose != input.purpose.trimmed(), "purpose");
        note(b.categoryKeys != input.categoryKeys, "categories");
        note(b.subjects != input.subjects.trimmed(), "subjects");
        note(b.includesMinors != input.includesMinors, "includes_minors");
        note(b.source != input.source.trimmed(), "source");
        note(b.basis != input.basis, "legal_basis");
        note(b.retention != input.retention.trimmed(), "retention");
        note(b.systems != input.systems.trimmed(), "systems");
        note(b.recipients != input.recipients.trimmed(), "recipients");
        note(b.crossBorder != input.crossBorder, "cross_border");
        note(b.destination != input.destination.trimmed(), "destination");
        note(b.automatedDecision != input.automatedDecision, "automated_decision");
        note(b.providesOrPublishes != input.providesOrPublishes, "provides_or_publishes");
        note(b.policySection != input.policySection.trimmed(), "policy_section");
        note(b.peopleYtd != input.peopleYtd, "people_ytd");
        note(b.sensitivePeopleYtd != input.sensitivePeopleYtd, "sensitive_people_ytd");
        note(b.piaReviewMonths != input.piaReviewMonths, "pia_review_months");
        note(b.processorIds != input.processorIds, "processors");
        Statement u(db,
            "UPDATE processing_activities SET name = ?, purpose = ?, subjects = ?, includes_minors = ?, source = ?, "
            "legal_basis = ?, retention = ?, systems = ?, recipients = ?, cross_border = ?, destination = ?, "
            "automated_decision = ?, provides_or_publishes = ?, policy_section = ?, people_ytd = ?, "
            "sensitive_people_ytd = ?, pia_review_months = ?, updated_at = ? WHERE id = ?");
        bindActivity(u, input);
        u.bind(18, Clock::nowUtc()).bind(19, input.id).exec();
        writeLinks(db, input.id, input);
        tx.audit({ QStringLiteral("activity.update"), QStringLiteral("activity"), QString::number(input.id), changed,
            activityDetail(input) });
    });
    if (!s) {
        return s;
    }
    return get(input.id);
}

Status ActivityService::remove(qint64 id)
{
    return m_vault.write(Permission::Approve, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement count(db, "SELECT count(*) FROM pias WHERE activity_id = ?");
        count.bind(1, id);
        if (count.next() && count.int64(0) > 0) {
            refuse(ErrorCode::NotAllowed,
                cd::ActivitiesText::tr("This activity has impact assessments, which are kept at least three years; "
                                       "it cannot be removed."));
        }
        Statement del(db, "DELETE FROM processing_activities WHERE id = ?");
        del.bind(1, id).exec();
        if (db.changes() == 0) {
            refuse(ErrorCode::NotFound, cd::ActivitiesText::tr("Processing activity %1 no longer exists.").arg(id));
        }
        tx.audit({ QStringLiteral("activity.remove"), QStringLiteral("activity"), QString::number(id), {}, {} });
    });
}

Result<Activity> ActivityService::get(qint64 id)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<Activity> {
        const QList<Activity> list = activities(tx.db(), id);
        if (list.isEmpty() || id <= 0) {
            return Error { ErrorCode::NotFound,
                cd::ActivitiesText::tr("Processing activity %1 does not exist.").arg(id) };
        }
        return list.first();
    });
}

Result<QList<Activity>> ActivityService::list()
{
    return m_vault.readResult(
        Permission::Read, [&](ReadTx& tx) -> Result<QList<Activity>> { return activities(tx.db()); });
}

QStringList ActivityService::sensitiveKeys(Database& db)
{
    QStringList keys;
    Statement s(db, "SELECT key FROM register_data_categories WHERE sensitive = 1");
    while (s.next()) {
        keys << s.text(0);
    }
    return keys;
}

PiaStatus ActivityService::piaStatus(Database& db, const Activity& a, const QDate& today)
{
    PiaStatus st;
    const QStringList sensitive = sensitiveKeys(db);
    if (std::any_of(
            a.categoryKeys.cbegin(), a.categoryKeys.cend(), [&](const QString& k) { return sensitive.contains(k); })
        || a.includesMinors) {
        st.reasons << cd::ActivitiesText::tr("sensitive personal information (art. 55(1))");
    }
    if (a.automatedDecision) {
        st.reasons << cd::ActivitiesText::tr("automated decision-making (art. 55(2))");
    }
    if (!a.processorIds.isEmpty() || a.providesOrPublishes) {
        st.reasons << cd::ActivitiesText::tr("entrusting, providing to others or publishing (art. 55(3))");
    }
    if (a.crossBorder) {
        st.reasons << cd::ActivitiesText::tr("transfer abroad (art. 55(4))");
    }
    Statement s(db, "SELECT max(assessed_on) FROM pias WHERE activity_id = ?");
    s.bind(1, a.id);
    if (s.next() && !s.isNull(0)) {
        st.latest = s.date(0);
        st.reviewDue = st.latest.addMonths(a.piaReviewMonths);
    }
    if (st.reasons.isEmpty()) {
        st.state = PiaStatus::State::NotRequired;
    } else if (!st.latest.isValid()) {
        st.state = PiaStatus::State::Missing;
    } else {
        st.state = st.reviewDue < today ? PiaStatus::State::Outdated : PiaStatus::State::Current;
    }
    return st;
}

Result<PiaStatus> ActivityService::piaStatus(qint64 activityId)
{
    auto a = get(activityId);
    if (!a) {
        return a.error();
    }
    return m_vault.readResult(
        Permission::Read, [&](ReadTx& tx) { return piaStatus(tx.db(), a.value(), Clock::today()); });
}

QStringList ActivityService::piaProblems(const Pia& p)
{
    QStringList missing;
    if (!p.assessedOn.isValid()) {
        missing << cd::ActivitiesText::tr("Enter the date of the assessment.");
    } else if (p.assessedOn > Clock::today()) {
        missing << cd::ActivitiesText::tr("The assessment date lies in the future.");
    }
    if (p.lawfulPurpose.trimmed().isEmpty()) {
        missing << cd::ActivitiesText::tr(
            "Answer whether the purpose and method are lawful, proper and necessary (art. 56(1)).");
    }
    if (p.impactRisks.trimmed().isEmpty()) {
        missing << cd::ActivitiesText::tr("Describe the impact on the people and the risks (art. 56(2)).");
    }
    if (p.measures.trimmed().isEmpty()) {
        missing << cd::ActivitiesText::tr(
            "Answer whether the protection measures are lawful, effective and proportionate (art. 56(3)).");
    }
    if (p.conclusion.trimmed().isEmpty()) {
        missing << cd::ActivitiesText::tr("State the conclusion.");
    }
    if (p.approver.trimmed().isEmpty()) {
        missing << cd::ActivitiesText::tr("Name who approved the assessment.");
    }
    return missing;
}

Result<Pia> ActivityService::addPia(const Pia& input)
{
    if (Status s = m_vault.require(Permission::Approve); !s) {
        return s;
    }
    if (const QStringList p = piaProblems(input); !p.isEmpty()) {
        return invalid(cd::ActivitiesText::tr("The impact assessment cannot be saved."), p);
    }
    Pia p = input;
    const Status s = m_vault.write(Permission::Approve, [&](WriteTx& tx) {
        Database& db = tx.db();
        if (activities(db, p.activityId).isEmpty()) {
            refuse(ErrorCode::NotFound,
                cd::ActivitiesText::tr("Processing activity %1 does not exist.").arg(p.activityId));
        }
        Statement ins(db,
            "INSERT INTO pias (activity_id, assessed_on, lawful_purpose, impact_risks, measures, conclusion, "
            "approver, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, p.activityId)
            .bind(2, p.assessedOn)
            .bindText(3, p.lawfulPurpose.trimmed())
            .bindText(4, p.impactRisks.trimmed())
            .bindText(5, p.measures.trimmed())
            .bindText(6, p.conclusion.trimmed())
            .bindText(7, p.approver.trimmed())
            .bind(8, m_vault.actor().id)
            .bind(9, Clock::nowUtc())
            .exec();
        p.id = db.lastInsertId();
        tx.audit({ QStringLiteral("pia.add"), QStringLiteral("pia"), QString::number(p.id),
            { QStringLiteral("assessed_on"), QStringLiteral("lawful_purpose"), QStringLiteral("impact_risks"),
                QStringLiteral("measures"), QStringLiteral("conclusion"), QStringLiteral("approver") },
            QStringLiteral("activity=%1").arg(p.activityId) });
    });
    if (!s) {
        return s;
    }
    return p;
}

Result<QList<Pia>> ActivityService::pias(qint64 activityId)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<QList<Pia>> {
        QList<Pia> list;
        Statement s(tx.db(),
            activityId > 0 ? "SELECT id, activity_id, assessed_on, lawful_purpose, impact_risks, measures, conclusion, "
                             "approver FROM pias WHERE activity_id = ? ORDER BY assessed_on DESC, id DESC"
                           : "SELECT id, activity_id, assessed_on, lawful_purpose, impact_risks, measures, conclusion, "
                             "approver FROM pias ORDER BY assessed_on DESC, id DESC");
        if (activityId > 0) {
            s.bind(1, activityId);
        }
        while (s.next()) {
            list << Pia { s.int64(0), s.int64(1), s.date(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7) };
        }
        return list;
    });
}

Status ActivityService::removePia(qint64 id)
{
    return m_vault.write(Permission::Approve, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement s(db, "SELECT assessed_on FROM pias WHERE id = ?");
        s.bind(1, id);
        if (!s.next()) {
            refuse(ErrorCode::NotFound, cd::ActivitiesText::tr("Impact assessment %1 does not exist.").arg(id));
        }
        const QDate keepUntil = s.date(0).addYears(piaRetentionYears);
        if (Clock::today() < keepUntil) {
            refuse(ErrorCode::NotAllowed,
                cd::ActivitiesText::tr("Impact assessments are kept at least three years (PIPL art. 56); this one "
                                       "can be deleted from %1.")
                    .arg(keepUntil.toString(Qt::ISODate)));
        }
        Statement del(db, "DELETE FROM pias WHERE id = ?");
        del.bind(1, id).exec();
        const int files = AttachmentStore::removeAllFor(db, QStringLiteral("pia"), id);
        tx.audit({ QStringLiteral("pia.remove"), QStringLiteral("pia"), QString::number(id), {},
            QStringLiteral("attachments=%1").arg(files) });
    });
}

QList<Processor> ActivityService::processors(Database& db)
{
    QList<Processor> list;
    Statement s(db,
        "SELECT id, name, contact, contract_signed, contract_expires, data_entrusted, security_measures, "
        "last_audit, reminder_days, notes, next_review FROM processors ORDER BY name, id");
    while (s.next()) {
        Processor p;
        p.id = s.int64(0);
        p.name = s.text(1);
        p.contact = s.text(2);
        p.contractSigned = s.isNull(3) ? QDate() : s.date(3);
        p.contractExpires = s.isNull(4) ? QDate() : s.date(4);
        p.dataEntrusted = s.text(5);
        p.securityMeasures = s.text(6);
        p.lastAudit = s.isNull(7) ? QDate() : s.date(7);
        p.reminderDays = s.integer(8);
        p.notes = s.text(9);
        p.nextReview = s.isNull(10) ? QDate() : s.date(10);
        list << p;
    }
    QHash<qint64, QList<qint64>> links;
    Statement l(db, "SELECT processor_id, activity_id FROM activity_processors ORDER BY activity_id");
    while (l.next()) {
        links[l.int64(0)] << l.int64(1);
    }
    for (Processor& p : list) {
        p.activityIds = links.value(p.id);
    }
    return list;
}

QStringList ActivityService::processorProblems(const Processor& p)
{
    QStringList problems;
    if (p.name.trimmed().isEmpty()) {
        problems << cd::ActivitiesText::tr("Name the processor.");
    }
    if (!p.contractSigned.isValid()) {
        problems << cd::ActivitiesText::tr("Enter when the entrustment contract was signed (PIPL art. 21).");
    }
    if (p.contractSigned.isValid() && p.contractExpires.isValid() && p.contractExpires < p.contractSigned) {
        problems << cd::ActivitiesText::tr("The contract cannot expire before it was signed.");
    }
    if (p.reminderDays < 0 || p.reminderDays > 365) {
        problems << cd::ActivitiesText::tr("Remind between 0 and 365 days before the contract expires.");
    }
    if (p.lastAudit.isValid() && p.lastAudit > Clock::today()) {
        problems << cd::ActivitiesText::tr("The last audit cannot lie in the future.");
    }
    if (p.lastAudit.isValid() && p.nextReview.isValid() && p.nextReview <= p.lastAudit) {
        problems << cd::ActivitiesText::tr("The next review comes after the last audit.");
    }
    return problems;
}

Result<Processor> ActivityService::addProcessor(const Processor& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (const QStringList p = processorProblems(input); !p.isEmpty()) {
        return invalid(cd::ActivitiesText::tr("The processor cannot be saved."), p);
    }
    Processor p = input;
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement ins(db,
            "INSERT INTO processors (name, contact, contract_signed, contract_expires, data_entrusted, "
            "security_measures, last_audit, reminder_days, notes, next_review, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindProcessor(ins, p);
        ins.bind(11, Clock::nowUtc()).bind(12, Clock::nowUtc()).exec();
        p.id = db.lastInsertId();
        tx.audit({ QStringLiteral("processor.add"), QStringLiteral("processor"), QString::number(p.id),
            processorChanges(Processor(), p), {} });
    });
    if (!s) {
        return s;
    }
    return p;
}

Result<Processor> ActivityService::updateProcessor(const Processor& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (const QStringList p = processorProblems(input); !p.isEmpty()) {
        return invalid(cd::ActivitiesText::tr("The processor cannot be saved."), p);
    }
    Processor saved = input;
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Processor before;
        for (const Processor& p : processors(db)) {
            if (p.id == input.id) {
                before = p;
            }
        }
        if (before.id == 0 || input.id <= 0) {
            refuse(ErrorCode::NotFound, cd::ActivitiesText::tr("Processor %1 no longer exists.").arg(input.id));
        }
        const QStringList changed = processorChanges(before, input);
        saved.activityIds = before.activityIds;
        if (changed.isEmpty()) {
            return; // nothing changed: no audit entry
        }
        Statement u(db,
            "UPDATE processors SET name = ?, contact = ?, contract_signed = ?, contract_expires = ?, "
            "data_entrusted = ?, security_measures = ?, last_audit = ?, reminder_days = ?, notes = ?, next_review = ?, "
            "updated_at = ? WHERE id = ?");
        bindProcessor(u, input);
        u.bind(11, Clock::nowUtc()).bind(12, input.id).exec();
        tx.audit({ QStringLiteral("processor.update"), QStringLiteral("processor"), QString::number(input.id), changed,
            {} });
    });
    if (!s) {
        return s;
    }
    return saved;
}

Result<Processor> ActivityService::processor(qint64 id)
{
    auto all = processors();
    if (!all) {
        return all.error();
    }
    for (const Processor& p : all.value()) {
        if (p.id == id) {
            return p;
        }
    }
    return Error { ErrorCode::NotFound, cd::ActivitiesText::tr("Processor %1 does not exist.").arg(id) };
}

Result<QList<Processor>> ActivityService::processors()
{
    return m_vault.readResult(
        Permission::Read, [&](ReadTx& tx) -> Result<QList<Processor>> { return processors(tx.db()); });
}

Status ActivityService::linkDisclosure(qint64 disclosureId, qint64 processorId)
{
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        if (processorId > 0) {
            Statement check(db, "SELECT count(*) FROM processors WHERE id = ?");
            check.bind(1, processorId);
            if (!check.next() || check.int64(0) == 0) {
                refuse(
                    ErrorCode::InvalidInput, cd::ActivitiesText::tr("Processor %1 does not exist.").arg(processorId));
            }
        }
        Statement u(db, "UPDATE disclosures SET processor_id = ? WHERE id = ?");
        if (processorId > 0) {
            u.bind(1, processorId);
        } else {
            u.bind(1, nullptr);
        }
        u.bind(2, disclosureId).exec();
        if (db.changes() == 0) {
            refuse(ErrorCode::NotFound, cd::ActivitiesText::tr("Disclosure %1 does not exist.").arg(disclosureId));
        }
        tx.audit(
            { QStringLiteral("disclosure.link_processor"), QStringLiteral("disclosure"), QString::number(disclosureId),
                { QStringLiteral("processor_id") }, QStringLiteral("processor=%1").arg(processorId) });
    });
}

CrossBorderCheck ActivityService::crossBorder(Database& db)
{
    qint64 people = 0;
    qint64 sensitive = 0;
    int count = 0;
    for (const Activity& a : activities(db)) {
        if (a.crossBorder) {
            people += a.peopleYtd;
            sensitive += a.sensitivePeopleYtd;
            ++count;
        }
    }
    if (count == 0) {
        return CrossBorderCheck();
    }
    CrossBorderCheck c = crossBorderMechanism(people, sensitive);
    c.activities = count;
    return c;
}

Result<CrossBorderCheck> ActivityService::crossBorder()
{
    return m_vault.readResult(
        Permission::Read, [&](ReadTx& tx) -> Result<CrossBorderCheck> { return crossBorder(tx.db()); });
}

} // namespace cd::activities
