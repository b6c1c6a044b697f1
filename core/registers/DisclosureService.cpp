#include "RegisterService.h"
#include "RegisterServiceDetail.h"
#include "util/TranslationContexts.h"

#include "audit/AuditLog.h"
#include "storage/Statement.h"
#include "util/ChangedFields.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace cd::registers {

using namespace detail;

// ---------------------------------------------------------------------------------------------
// DisclosureService

DisclosureService::DisclosureService(Vault& vault)
    : m_vault(vault)
{
}

QStringList DisclosureService::problems(const Disclosure& d)
{
    QStringList p;
    if (d.recipientName.trimmed().isEmpty()) {
        p << cd::RegistersText::tr("Name the recipient.");
    }
    if (d.purpose.trimmed().isEmpty()) {
        p << cd::RegistersText::tr("State the purpose.");
    }
    if (d.categoryKeys.isEmpty()) {
        p << cd::RegistersText::tr("Choose at least one data category.");
    }
    if (d.peopleCount < 0) {
        p << cd::RegistersText::tr("The number of people cannot be negative.");
    }
    if (!d.disclosedOn.isValid()) {
        p << cd::RegistersText::tr("Enter the date of the disclosure.");
    }
    switch (d.basis) {
    case LegalBasis::Consent:
        if (d.consentRecord.trimmed().isEmpty()) {
            p << cd::RegistersText::tr("Explicit consent: say where the consent is recorded.");
        }
        break;
    case LegalBasis::Law:
        if (d.lawCitation.trimmed().isEmpty()) {
            p << cd::RegistersText::tr("Law or regulation: cite the law and article.");
        }
        break;
    case LegalBasis::Government:
        if (d.authority.trimmed().isEmpty() || d.documentNumber.trimmed().isEmpty()) {
            p << cd::RegistersText::tr("Government requirement: name the authority and its document number.");
        }
        break;
    case LegalBasis::Judicial:
        if (d.court.trimmed().isEmpty() || d.caseNumber.trimmed().isEmpty()) {
            p << cd::RegistersText::tr("Judicial ruling: name the court and the case number.");
        }
        break;
    }
    p << linkProblems(d.links);
    return p;
}

namespace {

// Only the details of the chosen basis are kept, so an event never carries a stale citation.
Disclosure normalised(Disclosure d)
{
    d.recipientName = d.recipientName.trimmed();
    d.purpose = d.purpose.trimmed();
    d.consentRecord = d.basis == LegalBasis::Consent ? d.consentRecord.trimmed() : QString();
    d.lawCitation = d.basis == LegalBasis::Law ? d.lawCitation.trimmed() : QString();
    d.authority = d.basis == LegalBasis::Government ? d.authority.trimmed() : QString();
    d.documentNumber = d.basis == LegalBasis::Government ? d.documentNumber.trimmed() : QString();
    d.court = d.basis == LegalBasis::Judicial ? d.court.trimmed() : QString();
    d.caseNumber = d.basis == LegalBasis::Judicial ? d.caseNumber.trimmed() : QString();
    d.categoryKeys.removeDuplicates();
    return d;
}

void bindDisclosure(Statement& s, const Disclosure& d)
{
    s.bind(1, kindKey(d.kind))
        .bindText(2, d.recipientName)
        .bind(3, recipientTypeKey(d.recipientType))
        .bindText(4, d.recipientContact)
        .bindText(5, d.purpose)
        .bind(6, d.peopleCount)
        .bind(7, basisKey(d.basis))
        .bindText(8, d.consentRecord)
        .bindText(9, d.lawCitation)
        .bindText(10, d.authority)
        .bindText(11, d.documentNumber)
        .bindText(12, d.court)
        .bindText(13, d.caseNumber)
        .bind(14, d.disclosedOn)
        .bindText(15, d.approvedBy)
        .bindText(16, d.notes);
    if (d.processorId > 0) {
        s.bind(17, d.processorId);
    } else {
        s.bind(17, nullptr);
    }
}

// A linked processor must exist (the foreign key would refuse it with a technical message).
void checkProcessor(Database& db, qint64 processorId)
{
    if (processorId <= 0) {
        return;
    }
    Statement s(db, "SELECT count(*) FROM processors WHERE id = ?");
    s.bind(1, processorId);
    if (!s.next() || s.int64(0) == 0) {
        refuse(ErrorCode::InvalidInput, cd::RegistersText::tr("Processor %1 does not exist.").arg(processorId));
    }
}

QString disclosureDetail(const Disclosure& d)
{
    return QStringLiteral("kind=%1; basis=%2; categories=%3; people=%4")
        .arg(kindKey(d.kind), basisKey(d.basis))
        .arg(d.categoryKeys.size())
        .arg(d.peopleCount);
}

} // namespace

Result<Disclosure> DisclosureService::add(const Disclosure& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    const Disclosure d = normalised(input);
    if (const QStringList p = problems(d); !p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The disclosure cannot be saved without its legal basis and details."), p);
    }
    qint64 id = 0;
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QDateTime now = Clock::nowUtc();
        Statement ins(db,
            "INSERT INTO disclosures (kind, recipient_name, recipient_type, recipient_contact, purpose, "
            "people_count, basis, consent_record, law_citation, authority, document_number, court, "
            "case_number, disclosed_on, approved_by, notes, processor_id, created_by, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        checkProcessor(db, d.processorId);
        bindDisclosure(ins, d);
        ins.bind(18, m_vault.actor().id).bind(19, now).bind(20, now).exec();
        id = db.lastInsertId();
        writeCategories(db, "disclosure_categories", "disclosure_id", id, d.categoryKeys);
        writeLinks(db, QStringLiteral("disclosure"), id, d.links);
        tx.audit({ QStringLiteral("disclosure.add"), QStringLiteral("disclosure"), QString::number(id),
            { QStringLiteral("kind"), QStringLiteral("recipient"), QStringLiteral("purpose"),
                QStringLiteral("categories"), QStringLiteral("people_count"), QStringLiteral("basis"),
                QStringLiteral("disclosed_on") },
            disclosureDetail(d) });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Result<Disclosure> DisclosureService::update(const Disclosure& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    const Disclosure d = normalised(input);
    if (const QStringList p = problems(d); !p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The disclosure cannot be saved without its legal basis and details."), p);
    }
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QList<Disclosure> before = store::disclosures(db, {}, d.id);
        if (before.isEmpty()) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Disclosure %1 no longer exists.").arg(d.id));
        }
        const Disclosure& b = before.first();
        const auto fields = [](const Disclosure& x) {
            return std::make_tuple(x.kind, x.recipientName, x.recipientType, x.recipientContact, x.purpose,
                x.categoryKeys, x.peopleCount, x.basis,
                std::make_tuple(x.consentRecord, x.lawCitation, x.authority, x.documentNumber, x.court, x.caseNumber),
                x.disclosedOn, x.approvedBy, x.notes, x.links, x.processorId);
        };
        const QStringList changed = changedFields(fields(b), fields(d),
            { "kind", "recipient_name", "recipient_type", "recipient_contact", "purpose", "categories", "people_count",
                "basis", "basis_details", "disclosed_on", "approved_by", "notes", "links", "processor_id" });
        checkProcessor(db, d.processorId);
        Statement u(db,
            "UPDATE disclosures SET kind = ?, recipient_name = ?, recipient_type = ?, "
            "recipient_contact = ?, purpose = ?, people_count = ?, basis = ?, consent_record = ?, "
            "law_citation = ?, authority = ?, document_number = ?, court = ?, case_number = ?, "
            "disclosed_on = ?, approved_by = ?, notes = ?, processor_id = ?, updated_at = ? WHERE id = ?");
        bindDisclosure(u, d);
        u.bind(18, Clock::nowUtc()).bind(19, d.id).exec();
        writeCategories(db, "disclosure_categories", "disclosure_id", d.id, d.categoryKeys);
        writeLinks(db, QStringLiteral("disclosure"), d.id, d.links);
        tx.audit({ QStringLiteral("disclosure.update"), QStringLiteral("disclosure"), QString::number(d.id), changed,
            disclosureDetail(d) });
    });
    if (!s) {
        return s;
    }
    return get(d.id);
}

Status DisclosureService::remove(qint64 id)
{
    // A register entry is evidence of accountability: only those who approve may remove one.
    return m_vault.write(Permission::Approve, [&](WriteTx& tx) {
        const int files = removeEntry(tx.db(), "disclosures", QStringLiteral("disclosure"), id,
            cd::RegistersText::tr("Disclosure %1 no longer exists.").arg(id));
        tx.audit({ QStringLiteral("disclosure.remove"), QStringLiteral("disclosure"), QString::number(id), {},
            QStringLiteral("attachments=%1").arg(files) });
    });
}

Result<Disclosure> DisclosureService::get(qint64 id)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) {
        return foundEntry(
            store::disclosures(tx.db(), {}, id), id, cd::RegistersText::tr("Disclosure %1 does not exist.").arg(id));
    });
}

Result<QList<Disclosure>> DisclosureService::list(const DisclosureFilter& filter)
{
    return m_vault.readResult(
        Permission::Read, [&](ReadTx& tx) -> Result<QList<Disclosure>> { return store::disclosures(tx.db(), filter); });
}

Result<QList<Disclosure>> DisclosureService::disclosuresBetween(const QDate& from, const QDate& to)
{
    DisclosureFilter f;
    f.from = from;
    f.to = to;
    return list(f);
}

} // namespace cd::registers
