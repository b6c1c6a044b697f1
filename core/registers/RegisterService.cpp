#include "RegisterService.h"
#include "settings/VaultSettings.h"
#include "util/TranslationContexts.h"

#include "attachments/AttachmentStore.h"
#include "audit/AuditLog.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace cd::registers {

namespace {

Error invalid(const QString& lead, const QStringList& problems)
{
    return Error { ErrorCode::InvalidInput, lead + QLatin1Char(' ') + problems.join(QLatin1Char(' ')) };
}

[[noreturn]] void refuse(ErrorCode code, const QString& message)
{
    throw DbException(code, message);
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Resolves category keys to ids; unknown or inactive keys are refused by name.
QList<qint64> categoryIds(Database& db, const QStringList& keys)
{
    QList<qint64> ids;
    Statement s(db, "SELECT id FROM register_data_categories WHERE key = ?");
    for (const QString& key : keys) {
        s.reset();
        s.bind(1, key);
        if (!s.next()) {
            refuse(ErrorCode::InvalidInput,
                cd::RegistersText::tr(
                    "The data category \"%1\" is not in the managed list. Pick one from the list or add it "
                    "there first.")
                    .arg(key));
        }
        if (!ids.contains(s.int64(0))) {
            ids.append(s.int64(0));
        }
    }
    return ids;
}

void writeCategories(Database& db, const char* table, const char* ownerColumn, qint64 ownerId, const QStringList& keys)
{
    const QList<qint64> ids = categoryIds(db, keys);
    Statement del(
        db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(ownerColumn)));
    del.bind(1, ownerId).exec();
    Statement ins(db,
        QStringLiteral("INSERT INTO %1 (%2, category_id) VALUES (?, ?)")
            .arg(QLatin1String(table), QLatin1String(ownerColumn)));
    for (qint64 id : ids) {
        ins.bind(1, ownerId).bind(2, id).exec();
    }
}

QHash<qint64, QStringList> readCategories(Database& db, const char* table, const char* ownerColumn)
{
    QHash<qint64, QStringList> map;
    Statement s(db,
        QStringLiteral("SELECT t.%2, c.key FROM %1 t JOIN register_data_categories c ON c.id = "
                       "t.category_id ORDER BY c.sort_order, c.id")
            .arg(QLatin1String(table), QLatin1String(ownerColumn)));
    while (s.next()) {
        map[s.int64(0)].append(s.text(1));
    }
    return map;
}

const QStringList& linkTargets()
{
    static const QStringList targets { QStringLiteral("submission"), QStringLiteral("request"),
        QStringLiteral("disclosure"), QStringLiteral("incident") };
    return targets;
}

void writeLinks(Database& db, const QString& ownerType, qint64 ownerId, const QList<RegisterLink>& links)
{
    Statement del(db, "DELETE FROM register_links WHERE owner_type = ? AND owner_id = ?");
    del.bind(1, ownerType).bind(2, ownerId).exec();
    Statement ins(db,
        "INSERT OR IGNORE INTO register_links (owner_type, owner_id, target_type, target_id) "
        "VALUES (?, ?, ?, ?)");
    for (const RegisterLink& l : links) {
        ins.bind(1, ownerType).bind(2, ownerId).bind(3, l.targetType).bind(4, l.targetId).exec();
    }
}

QHash<qint64, QList<RegisterLink>> readLinks(Database& db, const QString& ownerType)
{
    QHash<qint64, QList<RegisterLink>> map;
    Statement s(db,
        "SELECT owner_id, target_type, target_id FROM register_links WHERE owner_type = ? "
        "ORDER BY target_type, target_id");
    s.bind(1, ownerType);
    while (s.next()) {
        map[s.int64(0)].append(RegisterLink { s.text(1), s.int64(2) });
    }
    return map;
}

QStringList linkProblems(const QList<RegisterLink>& links)
{
    QStringList problems;
    for (const RegisterLink& l : links) {
        if (!linkTargets().contains(l.targetType) || l.targetId <= 0) {
            problems << cd::RegistersText::tr(
                "A link must point to a submission, request, disclosure or incident by its number.");
            break;
        }
    }
    return problems;
}

void removeLinksTo(Database& db, const QString& type, qint64 id)
{
    Statement s(db,
        "DELETE FROM register_links WHERE (owner_type = ?1 AND owner_id = ?2) OR "
        "(target_type = ?1 AND target_id = ?2)");
    s.bind(1, type).bind(2, id).exec();
}

QDateTime startOfLocalDay(const QDate& date)
{
    return QDateTime(date, QTime(0, 0)).toUTC();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// store

namespace store {

QList<DataCategory> categories(Database& db, bool includeInactive)
{
    QList<DataCategory> list;
    Statement s(db,
        includeInactive ? "SELECT id, key, name_en, name_zh, active FROM register_data_categories "
                          "ORDER BY sort_order, id"
                        : "SELECT id, key, name_en, name_zh, active FROM register_data_categories "
                          "WHERE active = 1 ORDER BY sort_order, id");
    while (s.next()) {
        list.append(DataCategory { s.int64(0), s.text(1), s.text(2), s.text(3), s.boolean(4) });
    }
    return list;
}

QList<Disclosure> disclosures(Database& db, const DisclosureFilter& f, qint64 onlyId)
{
    QString sql = QStringLiteral(
        "SELECT id, kind, recipient_name, recipient_type, recipient_contact, purpose, people_count, basis, "
        "consent_record, law_citation, authority, document_number, court, case_number, disclosed_on, approved_by, "
        "notes, created_at, updated_at, processor_id, "
        "COALESCE((SELECT p.name FROM processors p WHERE p.id = disclosures.processor_id), '') "
        "FROM disclosures WHERE 1 = 1");
    QVariantList args;
    if (onlyId > 0) {
        sql += QStringLiteral(" AND id = ?");
        args << onlyId;
    }
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND disclosed_on >= ?");
        args << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND disclosed_on <= ?");
        args << f.to.toString(Qt::ISODate);
    }
    if (f.kind >= 0 && f.kind < kindCount) {
        sql += QStringLiteral(" AND kind = ?");
        args << kindKey(static_cast<DisclosureKind>(f.kind));
    }
    if (f.basis >= 0 && f.basis < basisCount) {
        sql += QStringLiteral(" AND basis = ?");
        args << basisKey(static_cast<LegalBasis>(f.basis));
    }
    if (!f.text.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND (recipient_name LIKE ? ESCAPE '\\' OR purpose LIKE ? ESCAPE '\\')");
        args << likePattern(f.text.trimmed()) << likePattern(f.text.trimmed());
    }
    sql += QStringLiteral(" ORDER BY disclosed_on DESC, id DESC");
    Statement s(db, sql);
    for (int i = 0; i < args.size(); ++i) {
        s.bind(i + 1, args.at(i));
    }
    QList<Disclosure> list;
    while (s.next()) {
        Disclosure d;
        d.id = s.int64(0);
        kindFromKey(s.text(1), &d.kind);
        d.recipientName = s.text(2);
        recipientTypeFromKey(s.text(3), &d.recipientType);
        d.recipientContact = s.text(4);
        d.purpose = s.text(5);
        d.peopleCount = s.integer(6);
        basisFromKey(s.text(7), &d.basis);
        d.consentRecord = s.text(8);
        d.lawCitation = s.text(9);
        d.authority = s.text(10);
        d.documentNumber = s.text(11);
        d.court = s.text(12);
        d.caseNumber = s.text(13);
        d.disclosedOn = s.date(14);
        d.approvedBy = s.text(15);
        d.notes = s.text(16);
        d.createdAt = s.dateTime(17);
        d.updatedAt = s.dateTime(18);
        d.processorId = s.isNull(19) ? 0 : s.int64(19);
        d.processorName = s.text(20);
        list.append(d);
    }
    if (!list.isEmpty()) {
        const auto cats = readCategories(db, "disclosure_categories", "disclosure_id");
        const auto links = readLinks(db, QStringLiteral("disclosure"));
        for (Disclosure& d : list) {
            d.categoryKeys = cats.value(d.id);
            d.links = links.value(d.id);
        }
    }
    return list;
}

QList<Incident> incidents(Database& db, const IncidentFilter& f, qint64 onlyId)
{
    QString sql = QStringLiteral(
        "SELECT id, title, occurred_at, discovered_at, category, severity, people_count, cause, description, "
        "possible_harm, measures_taken, advice, remedies, status, regulator_authority, regulator_reported_at, "
        "regulator_reference, regulator_reported_by, contained_at, notified_at, closed_at, created_at, updated_at "
        "FROM incidents WHERE 1 = 1");
    QVariantList args;
    if (onlyId > 0) {
        sql += QStringLiteral(" AND id = ?");
        args << onlyId;
    }
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND discovered_at >= ?");
        args << toStorageText(startOfLocalDay(f.from));
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND discovered_at < ?");
        args << toStorageText(startOfLocalDay(f.to.addDays(1)));
    }
    if (f.status >= 0 && f.status < statusCount) {
        sql += QStringLiteral(" AND status = ?");
        args << statusKey(static_cast<IncidentStatus>(f.status));
    }
    if (f.onlyOpen) {
        sql += QStringLiteral(" AND status <> 'closed'");
    }
    if (f.severity >= 0 && f.severity < severityCount) {
        sql += QStringLiteral(" AND severity = ?");
        args << severityKey(static_cast<Severity>(f.severity));
    }
    if (!f.text.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND title LIKE ? ESCAPE '\\'");
        args << likePattern(f.text.trimmed());
    }
    sql += QStringLiteral(" ORDER BY discovered_at DESC, id DESC");
    Statement s(db, sql);
    for (int i = 0; i < args.size(); ++i) {
        s.bind(i + 1, args.at(i));
    }
    QList<Incident> list;
    while (s.next()) {
        Incident n;
        n.id = s.int64(0);
        n.title = s.text(1);
        n.occurredAt = s.dateTime(2);
        n.discoveredAt = s.dateTime(3);
        incidentCategoryFromKey(s.text(4), &n.category);
        severityFromKey(s.text(5), &n.severity);
        n.peopleCount = s.integer(6);
        n.cause = s.text(7);
        n.description = s.text(8);
        n.possibleHarm = s.text(9);
        n.measuresTaken = s.text(10);
        n.advice = s.text(11);
        n.remedies = s.text(12);
        statusFromKey(s.text(13), &n.status);
        n.regulatorAuthority = s.text(14);
        n.regulatorReportedAt = s.dateTime(15);
        n.regulatorReference = s.text(16);
        n.regulatorReportedBy = s.text(17);
        n.containedAt = s.dateTime(18);
        n.notifiedAt = s.dateTime(19);
        n.closedAt = s.dateTime(20);
        n.createdAt = s.dateTime(21);
        n.updatedAt = s.dateTime(22);
        list.append(n);
    }
    if (!list.isEmpty()) {
        const auto cats = readCategories(db, "incident_categories", "incident_id");
        const auto links = readLinks(db, QStringLiteral("incident"));
        QHash<qint64, QList<IncidentNotification>> notes;
        Statement ns(db,
            "SELECT id, incident_id, channel, notified_at, people_count, notified_by, reason, note "
            "FROM incident_notifications ORDER BY notified_at, id");
        while (ns.next()) {
            IncidentNotification x;
            x.id = ns.int64(0);
            x.incidentId = ns.int64(1);
            channelFromKey(ns.text(2), &x.channel);
            x.notifiedAt = ns.dateTime(3);
            x.peopleCount = ns.integer(4);
            x.notifiedBy = ns.text(5);
            x.reason = ns.text(6);
            x.note = ns.text(7);
            notes[x.incidentId].append(x);
        }
        for (Incident& n : list) {
            n.categoryKeys = cats.value(n.id);
            n.links = links.value(n.id);
            n.notifications = notes.value(n.id);
        }
    }
    return list;
}

} // namespace store

// ---------------------------------------------------------------------------------------------
// CategoryService

CategoryService::CategoryService(Vault& vault)
    : m_vault(vault)
{
}

Result<QList<DataCategory>> CategoryService::list(bool includeInactive)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        return store::categories(m_vault.db(), includeInactive);
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<DataCategory> CategoryService::add(const QString& key, const QString& nameEn, const QString& nameZh)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!keyPattern.match(key).hasMatch()) {
        return Error { ErrorCode::InvalidInput,
            cd::RegistersText::tr("A category key uses lower-case letters, digits and underscores, "
                                  "starting with a letter (for example health_record).") };
    }
    if (nameEn.trimmed().isEmpty() || nameZh.trimmed().isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            cd::RegistersText::tr("Give the category an English and a Chinese name.") };
    }
    DataCategory added;
    const Status s = m_vault.transact([&](Database& db) {
        Statement exists(db, "SELECT 1 FROM register_data_categories WHERE key = ?");
        exists.bind(1, key);
        if (exists.next()) {
            refuse(ErrorCode::Conflict, cd::RegistersText::tr("The category \"%1\" is already in the list.").arg(key));
        }
        Statement ins(db,
            "INSERT INTO register_data_categories (key, name_en, name_zh, sort_order) VALUES "
            "(?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 10 FROM register_data_categories))");
        ins.bind(1, key).bind(2, nameEn.trimmed()).bind(3, nameZh.trimmed()).exec();
        added = DataCategory { db.lastInsertId(), key, nameEn.trimmed(), nameZh.trimmed(), true };
        m_vault.audit(
            { QStringLiteral("register_category.add"), QStringLiteral("register_category"), QString::number(added.id),
                { QStringLiteral("key"), QStringLiteral("name_en"), QStringLiteral("name_zh") }, {} });
    });
    if (!s) {
        return s;
    }
    return added;
}

Status CategoryService::setActive(qint64 id, bool active)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    return m_vault.transact([&](Database& db) {
        Statement u(db, "UPDATE register_data_categories SET active = ? WHERE id = ?");
        u.bind(1, active).bind(2, id).exec();
        if (db.changes() == 0) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("The data category no longer exists."));
        }
        m_vault.audit({ QStringLiteral("register_category.update"), QStringLiteral("register_category"),
            QString::number(id), { QStringLiteral("active") }, {} });
    });
}

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
    const Status s = m_vault.transact([&](Database& db) {
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
        m_vault.audit({ QStringLiteral("disclosure.add"), QStringLiteral("disclosure"), QString::number(id),
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
    const Status s = m_vault.transact([&](Database& db) {
        const QList<Disclosure> before = store::disclosures(db, {}, d.id);
        if (before.isEmpty()) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Disclosure %1 no longer exists.").arg(d.id));
        }
        const Disclosure& b = before.first();
        QStringList changed;
        auto note = [&](bool differs, const char* name) {
            if (differs) {
                changed << QString::fromLatin1(name);
            }
        };
        note(b.kind != d.kind, "kind");
        note(b.recipientName != d.recipientName, "recipient_name");
        note(b.recipientType != d.recipientType, "recipient_type");
        note(b.recipientContact != d.recipientContact, "recipient_contact");
        note(b.purpose != d.purpose, "purpose");
        note(b.categoryKeys != d.categoryKeys, "categories");
        note(b.peopleCount != d.peopleCount, "people_count");
        note(b.basis != d.basis, "basis");
        note(b.consentRecord != d.consentRecord || b.lawCitation != d.lawCitation || b.authority != d.authority
                || b.documentNumber != d.documentNumber || b.court != d.court || b.caseNumber != d.caseNumber,
            "basis_details");
        note(b.disclosedOn != d.disclosedOn, "disclosed_on");
        note(b.approvedBy != d.approvedBy, "approved_by");
        note(b.notes != d.notes, "notes");
        note(b.links != d.links, "links");
        note(b.processorId != d.processorId, "processor_id");
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
        m_vault.audit({ QStringLiteral("disclosure.update"), QStringLiteral("disclosure"), QString::number(d.id),
            changed, disclosureDetail(d) });
    });
    if (!s) {
        return s;
    }
    return get(d.id);
}

Status DisclosureService::remove(qint64 id)
{
    // A register entry is evidence of accountability: only those who approve may remove one.
    if (Status s = m_vault.require(Permission::Approve); !s) {
        return s;
    }
    return m_vault.transact([&](Database& db) {
        Statement del(db, "DELETE FROM disclosures WHERE id = ?");
        del.bind(1, id).exec();
        if (db.changes() == 0) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Disclosure %1 no longer exists.").arg(id));
        }
        removeLinksTo(db, QStringLiteral("disclosure"), id);
        const int files = AttachmentStore::removeAllFor(db, QStringLiteral("disclosure"), id);
        m_vault.audit({ QStringLiteral("disclosure.remove"), QStringLiteral("disclosure"), QString::number(id), {},
            QStringLiteral("attachments=%1").arg(files) });
    });
}

Result<Disclosure> DisclosureService::get(qint64 id)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        const QList<Disclosure> list = store::disclosures(m_vault.db(), {}, id);
        if (list.isEmpty() || id <= 0) {
            return Error { ErrorCode::NotFound, cd::RegistersText::tr("Disclosure %1 does not exist.").arg(id) };
        }
        return list.first();
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<QList<Disclosure>> DisclosureService::list(const DisclosureFilter& filter)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        return store::disclosures(m_vault.db(), filter);
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<QList<Disclosure>> DisclosureService::disclosuresBetween(const QDate& from, const QDate& to)
{
    DisclosureFilter f;
    f.from = from;
    f.to = to;
    return list(f);
}

// ---------------------------------------------------------------------------------------------
// IncidentService

IncidentService::IncidentService(Vault& vault)
    : m_vault(vault)
{
}

RegulatorRule IncidentService::rule()
{
    try {
        return rule(m_vault.db());
    } catch (const DbException&) {
        return RegulatorRule();
    }
}

RegulatorRule IncidentService::rule(Database& db)
{
    RegulatorRule r;
    r.hours = VaultSettings::get<int>(db, Setting::IncidentReportHours);
    Severity threshold;
    if (severityFromKey(VaultSettings::get<QString>(db, Setting::IncidentReportThreshold), &threshold)) {
        r.threshold = threshold;
    }
    return r;
}

Status IncidentService::setRule(const RegulatorRule& r)
{
    // Both values are checked before either is stored.
    if (Status s = VaultSettings::check(Setting::IncidentReportHours, QString::number(r.hours)); !s) {
        return s;
    }
    if (Status s = VaultSettings::set(m_vault, Setting::IncidentReportHours, r.hours); !s) {
        return s;
    }
    return VaultSettings::set(m_vault, Setting::IncidentReportThreshold, severityKey(r.threshold));
}

RegulatorClock IncidentService::clockFor(const Incident& n, const RegulatorRule& r, const QDateTime& now)
{
    RegulatorClock c;
    if (!n.discoveredAt.isValid()) {
        return c;
    }
    c.secondsSinceDiscovery = n.discoveredAt.secsTo(now);
    if (n.severity < r.threshold) {
        return c;
    }
    c.deadline = n.discoveredAt.addSecs(qint64(r.hours) * 3600);
    if (n.regulatorReportedAt.isValid()) {
        c.state = n.regulatorReportedAt <= c.deadline ? RegulatorClock::State::ReportedInTime
                                                      : RegulatorClock::State::ReportedLate;
        return c;
    }
    c.secondsRemaining = now.secsTo(c.deadline);
    c.state = now < c.deadline ? RegulatorClock::State::Running : RegulatorClock::State::Overdue;
    return c;
}

RegulatorClock IncidentService::clockFor(const Incident& incident)
{
    return clockFor(incident, rule(), Clock::nowUtc());
}

QStringList IncidentService::problems(const Incident& n)
{
    QStringList p;
    if (n.title.trimmed().isEmpty()) {
        p << cd::RegistersText::tr("Give the incident a title.");
    }
    if (!n.discoveredAt.isValid()) {
        p << cd::RegistersText::tr("Enter when the incident was discovered.");
    } else if (n.discoveredAt > Clock::nowUtc().addSecs(300)) {
        p << cd::RegistersText::tr("The discovery time lies in the future.");
    }
    if (n.occurredAt.isValid() && n.discoveredAt.isValid() && n.occurredAt > n.discoveredAt) {
        p << cd::RegistersText::tr("The incident cannot have occurred after it was discovered.");
    }
    if (n.peopleCount < 0) {
        p << cd::RegistersText::tr("The number of people cannot be negative.");
    }
    p << linkProblems(n.links);
    return p;
}

QStringList IncidentService::missingNoticeElements(const Incident& n)
{
    QStringList missing;
    if (n.description.trimmed().isEmpty()) {
        missing << cd::RegistersText::tr("what happened");
    }
    if (n.categoryKeys.isEmpty()) {
        missing << cd::RegistersText::tr("the information involved");
    }
    if (n.possibleHarm.trimmed().isEmpty()) {
        missing << cd::RegistersText::tr("the possible impact");
    }
    if (n.measuresTaken.trimmed().isEmpty()) {
        missing << cd::RegistersText::tr("the measures taken");
    }
    if (n.advice.trimmed().isEmpty()) {
        missing << cd::RegistersText::tr("what individuals can do");
    }
    if (n.remedies.trimmed().isEmpty()) {
        missing << cd::RegistersText::tr("the remedies offered");
    }
    return missing;
}

QStringList IncidentService::transitionProblems(const Incident& n, IncidentStatus target)
{
    QStringList p;
    if (static_cast<int>(target) != static_cast<int>(n.status) + 1) {
        p << cd::RegistersText::tr(
            "An incident moves open → contained → notified → closed; it cannot go from \"%1\" to \"%2\".")
                 .arg(statusName(n.status), statusName(target));
        return p;
    }
    if (target == IncidentStatus::Notified) {
        if (const QStringList missing = missingNoticeElements(n); !missing.isEmpty()) {
            p << cd::RegistersText::tr("The notice to individuals must state %1; fill these in first.")
                     .arg(missing.join(QStringLiteral(", ")));
        }
        if (n.notifications.isEmpty()) {
            p << cd::RegistersText::tr(
                "Record how the people affected were told (email, letter, phone, push or a public "
                "announcement).");
        }
        const RegulatorClock clock = clockFor(n, rule(), Clock::nowUtc());
        if (clock.isPending()) {
            p << cd::RegistersText::tr(
                "Record the report to the regulator first: incidents of this severity must be reported.");
        }
    }
    return p;
}

namespace {

Incident normalised(Incident n)
{
    n.title = n.title.trimmed();
    n.categoryKeys.removeDuplicates();
    return n;
}

void bindIncident(Statement& s, const Incident& n)
{
    s.bindText(1, n.title)
        .bind(2, n.occurredAt)
        .bind(3, n.discoveredAt)
        .bind(4, incidentCategoryKey(n.category))
        .bind(5, severityKey(n.severity))
        .bind(6, n.peopleCount)
        .bindText(7, n.cause)
        .bindText(8, n.description)
        .bindText(9, n.possibleHarm)
        .bindText(10, n.measuresTaken)
        .bindText(11, n.advice)
        .bindText(12, n.remedies);
}

QString incidentDetail(const Incident& n)
{
    return QStringLiteral("severity=%1; status=%2; categories=%3; people=%4")
        .arg(severityKey(n.severity), statusKey(n.status))
        .arg(n.categoryKeys.size())
        .arg(n.peopleCount);
}

} // namespace

Result<Incident> IncidentService::add(const Incident& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    const Incident n = normalised(input);
    if (const QStringList p = problems(n); !p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The incident cannot be saved."), p);
    }
    qint64 id = 0;
    const Status s = m_vault.transact([&](Database& db) {
        const QDateTime now = Clock::nowUtc();
        Statement ins(db,
            "INSERT INTO incidents (title, occurred_at, discovered_at, category, severity, people_count, "
            "cause, description, possible_harm, measures_taken, advice, remedies, status, created_by, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)");
        bindIncident(ins, n);
        ins.bind(13, m_vault.actor().id).bind(14, now).bind(15, now).exec();
        id = db.lastInsertId();
        writeCategories(db, "incident_categories", "incident_id", id, n.categoryKeys);
        writeLinks(db, QStringLiteral("incident"), id, n.links);
        Incident stored = n;
        stored.status = IncidentStatus::Open;
        m_vault.audit({ QStringLiteral("incident.add"), QStringLiteral("incident"), QString::number(id),
            { QStringLiteral("title"), QStringLiteral("discovered_at"), QStringLiteral("severity"),
                QStringLiteral("categories"), QStringLiteral("people_count") },
            incidentDetail(stored) });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Result<Incident> IncidentService::update(const Incident& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    const Incident n = normalised(input);
    if (const QStringList p = problems(n); !p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The incident cannot be saved."), p);
    }
    const Status s = m_vault.transact([&](Database& db) {
        const QList<Incident> before = store::incidents(db, {}, n.id);
        if (before.isEmpty()) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 no longer exists.").arg(n.id));
        }
        const Incident& b = before.first();
        if (b.status == IncidentStatus::Closed) {
            refuse(ErrorCode::NotAllowed,
                cd::RegistersText::tr("Incident %1 is closed and signed off; it can no longer be changed.").arg(n.id));
        }
        // Once people were told, the notice's elements are what they were told: keep them complete.
        if (b.status >= IncidentStatus::Notified) {
            if (const QStringList missing = missingNoticeElements(n); !missing.isEmpty()) {
                refuse(ErrorCode::NotAllowed,
                    cd::RegistersText::tr("This incident has been notified; its notice must keep stating %1.")
                        .arg(missing.join(QStringLiteral(", "))));
            }
        }
        QStringList changed;
        auto note = [&](bool differs, const char* name) {
            if (differs) {
                changed << QString::fromLatin1(name);
            }
        };
        note(b.title != n.title, "title");
        note(b.occurredAt != n.occurredAt, "occurred_at");
        note(b.discoveredAt != n.discoveredAt, "discovered_at");
        note(b.category != n.category, "category");
        note(b.severity != n.severity, "severity");
        note(b.categoryKeys != n.categoryKeys, "categories");
        note(b.peopleCount != n.peopleCount, "people_count");
        note(b.cause != n.cause, "cause");
        note(b.description != n.description, "description");
        note(b.possibleHarm != n.possibleHarm, "possible_harm");
        note(b.measuresTaken != n.measuresTaken, "measures_taken");
        note(b.advice != n.advice, "advice");
        note(b.remedies != n.remedies, "remedies");
        note(b.links != n.links, "links");
        Statement u(db,
            "UPDATE incidents SET title = ?, occurred_at = ?, discovered_at = ?, category = ?, "
            "severity = ?, people_count = ?, cause = ?, description = ?, possible_harm = ?, "
            "measures_taken = ?, advice = ?, remedies = ?, updated_at = ? WHERE id = ?");
        bindIncident(u, n);
        u.bind(13, Clock::nowUtc()).bind(14, n.id).exec();
        writeCategories(db, "incident_categories", "incident_id", n.id, n.categoryKeys);
        writeLinks(db, QStringLiteral("incident"), n.id, n.links);
        Incident after = n;
        after.status = b.status;
        m_vault.audit({ QStringLiteral("incident.update"), QStringLiteral("incident"), QString::number(n.id), changed,
            incidentDetail(after) });
    });
    if (!s) {
        return s;
    }
    return get(n.id);
}

Status IncidentService::remove(qint64 id)
{
    if (Status s = m_vault.require(Permission::Approve); !s) {
        return s;
    }
    return m_vault.transact([&](Database& db) {
        Statement del(db, "DELETE FROM incidents WHERE id = ?");
        del.bind(1, id).exec();
        if (db.changes() == 0) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 no longer exists.").arg(id));
        }
        removeLinksTo(db, QStringLiteral("incident"), id);
        const int files = AttachmentStore::removeAllFor(db, QStringLiteral("incident"), id);
        m_vault.audit({ QStringLiteral("incident.remove"), QStringLiteral("incident"), QString::number(id), {},
            QStringLiteral("attachments=%1").arg(files) });
    });
}

Result<Incident> IncidentService::get(qint64 id)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        const QList<Incident> list = store::incidents(m_vault.db(), {}, id);
        if (list.isEmpty() || id <= 0) {
            return Error { ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 does not exist.").arg(id) };
        }
        return list.first();
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<QList<Incident>> IncidentService::list(const IncidentFilter& filter)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        return store::incidents(m_vault.db(), filter);
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<Incident> IncidentService::transition(qint64 id, IncidentStatus target, const QDateTime& at)
{
    // Closing signs the incident off; the other steps are everyday register work.
    if (Status s = m_vault.require(target == IncidentStatus::Closed ? Permission::Approve : Permission::WriteData);
        !s) {
        return s;
    }
    auto current = get(id);
    if (!current) {
        return current;
    }
    if (const QStringList p = transitionProblems(current.value(), target); !p.isEmpty()) {
        return Error { ErrorCode::NotAllowed,
            cd::RegistersText::tr("The incident cannot be marked \"%1\".").arg(statusName(target)) + QLatin1Char(' ')
                + p.join(QLatin1Char(' ')) };
    }
    const QDateTime now = Clock::nowUtc();
    const QDateTime stepAt = at.isValid() ? at.toUTC() : now;
    if (stepAt > now.addSecs(300) || stepAt < current->discoveredAt) {
        return Error { ErrorCode::InvalidInput,
            cd::RegistersText::tr("The time of this step must lie between the discovery of the incident and now.") };
    }
    const Status s = m_vault.transact([&](Database& db) {
        const char* column = target == IncidentStatus::Contained ? "contained_at"
            : target == IncidentStatus::Notified                 ? "notified_at"
                                                                 : "closed_at";
        Statement u(db,
            QStringLiteral("UPDATE incidents SET status = ?, %1 = ?, updated_at = ? WHERE id = ? AND "
                           "status = ?")
                .arg(QLatin1String(column)));
        u.bind(1, statusKey(target))
            .bind(2, stepAt)
            .bind(3, now)
            .bind(4, id)
            .bind(5, statusKey(current->status))
            .exec();
        if (db.changes() == 0) {
            refuse(ErrorCode::Conflict,
                cd::RegistersText::tr("Someone else changed this incident; reload it and try again."));
        }
        m_vault.audit({ QStringLiteral("incident.transition"), QStringLiteral("incident"), QString::number(id),
            { QStringLiteral("status"), QString::fromLatin1(column) },
            QStringLiteral("%1->%2").arg(statusKey(current->status), statusKey(target)) });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Result<Incident> IncidentService::recordRegulatorReport(qint64 id, const QString& authority,
    const QDateTime& reportedAt, const QString& reference, const QString& reportedBy)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    QStringList p;
    if (authority.trimmed().isEmpty()) {
        p << cd::RegistersText::tr("Name the authority the incident was reported to.");
    }
    if (!reportedAt.isValid()) {
        p << cd::RegistersText::tr("Enter when the report was made.");
    } else if (reportedAt > Clock::nowUtc().addSecs(300)) {
        p << cd::RegistersText::tr("The report time lies in the future.");
    }
    if (reportedBy.trimmed().isEmpty()) {
        p << cd::RegistersText::tr("Say who made the report.");
    }
    if (!p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The regulator report cannot be recorded."), p);
    }
    const Status s = m_vault.transact([&](Database& db) {
        const QList<Incident> before = store::incidents(db, {}, id);
        if (before.isEmpty()) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 no longer exists.").arg(id));
        }
        if (reportedAt < before.first().discoveredAt) {
            refuse(ErrorCode::InvalidInput,
                cd::RegistersText::tr("The regulator report cannot predate the discovery of the incident."));
        }
        Statement u(db,
            "UPDATE incidents SET regulator_authority = ?, regulator_reported_at = ?, "
            "regulator_reference = ?, regulator_reported_by = ?, updated_at = ? WHERE id = ?");
        u.bindText(1, authority.trimmed())
            .bind(2, reportedAt)
            .bindText(3, reference.trimmed())
            .bindText(4, reportedBy.trimmed())
            .bind(5, Clock::nowUtc())
            .bind(6, id)
            .exec();
        // The same report as the first dated entry of the incident's reports to the regulator.
        if (Statement::scalarInt(db,
                QStringLiteral("SELECT count(*) FROM incident_reports WHERE incident_id = %1 AND kind = 'initial'")
                    .arg(id)
                    .toUtf8())
            == 0) {
            Statement e(db,
                "INSERT INTO incident_reports (incident_id, kind, reported_at, authority, reference, reported_by, "
                "created_by, created_at) VALUES (?, 'initial', ?, ?, ?, ?, ?, ?)");
            e.bind(1, id)
                .bind(2, reportedAt.toUTC())
                .bindText(3, authority.trimmed())
                .bindText(4, reference.trimmed())
                .bindText(5, reportedBy.trimmed())
                .bind(6, m_vault.actor().id)
                .bind(7, Clock::nowUtc())
                .exec();
        }
        m_vault.audit({ QStringLiteral("incident.regulator_report"), QStringLiteral("incident"), QString::number(id),
            { QStringLiteral("regulator_authority"), QStringLiteral("regulator_reported_at"),
                QStringLiteral("regulator_reference"), QStringLiteral("regulator_reported_by") },
            {} });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Result<IncidentNotification> IncidentService::addNotification(const IncidentNotification& input)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    IncidentNotification x = input;
    x.reason = x.reason.trimmed();
    x.notifiedBy = x.notifiedBy.trimmed();
    QStringList p;
    if (x.channel == NotificationChannel::Announcement && x.reason.isEmpty()) {
        p << cd::RegistersText::tr("A public announcement needs the reason individual notice is impractical.");
    }
    if (!x.notifiedAt.isValid()) {
        p << cd::RegistersText::tr("Enter when the people were notified.");
    } else if (x.notifiedAt > Clock::nowUtc().addSecs(300)) {
        p << cd::RegistersText::tr("The notification time lies in the future.");
    }
    if (x.peopleCount < 0) {
        p << cd::RegistersText::tr("The number of people cannot be negative.");
    }
    if (x.channel != NotificationChannel::Announcement && x.peopleCount == 0) {
        p << cd::RegistersText::tr("Enter how many people were notified.");
    }
    if (x.notifiedBy.isEmpty()) {
        p << cd::RegistersText::tr("Say who sent the notification.");
    }
    if (!p.isEmpty()) {
        return invalid(cd::RegistersText::tr("The notification cannot be recorded."), p);
    }
    const Status s = m_vault.transact([&](Database& db) {
        const QList<Incident> before = store::incidents(db, {}, x.incidentId);
        if (before.isEmpty()) {
            refuse(ErrorCode::NotFound, cd::RegistersText::tr("Incident %1 no longer exists.").arg(x.incidentId));
        }
        if (before.first().status == IncidentStatus::Closed) {
            refuse(ErrorCode::NotAllowed,
                cd::RegistersText::tr("The incident is closed; notifications can no longer be added."));
        }
        Statement ins(db,
            "INSERT INTO incident_notifications (incident_id, channel, notified_at, people_count, "
            "notified_by, reason, note, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, x.incidentId)
            .bind(2, channelKey(x.channel))
            .bind(3, x.notifiedAt)
            .bind(4, x.peopleCount)
            .bindText(5, x.notifiedBy)
            .bindText(6, x.reason)
            .bindText(7, x.note)
            .bind(8, m_vault.actor().id)
            .bind(9, Clock::nowUtc())
            .exec();
        x.id = db.lastInsertId();
        QStringList fields { QStringLiteral("channel"), QStringLiteral("notified_at"), QStringLiteral("people_count"),
            QStringLiteral("notified_by") };
        if (!x.reason.isEmpty()) {
            fields << QStringLiteral("reason");
        }
        m_vault.audit(
            { QStringLiteral("incident.notification"), QStringLiteral("incident"), QString::number(x.incidentId),
                fields, QStringLiteral("channel=%1; people=%2").arg(channelKey(x.channel)).arg(x.peopleCount) });
    });
    if (!s) {
        return s;
    }
    return x;
}

Result<QList<QPair<Incident, RegulatorClock>>> IncidentService::pendingRegulatorReports()
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        return pendingRegulatorReports(m_vault.db(), Clock::nowUtc());
    } catch (const DbException& e) {
        return e.error();
    }
}

QList<QPair<Incident, RegulatorClock>> IncidentService::pendingRegulatorReports(Database& db, const QDateTime& nowUtc)
{
    const RegulatorRule r = rule(db);
    QList<QPair<Incident, RegulatorClock>> pending;
    for (const Incident& n : store::incidents(db, IncidentFilter())) {
        const RegulatorClock c = clockFor(n, r, nowUtc);
        if (c.isPending()) {
            pending.append({ n, c });
        }
    }
    std::sort(pending.begin(), pending.end(),
        [](const auto& a, const auto& b) { return a.second.deadline < b.second.deadline; });
    return pending;
}

Result<int> IncidentService::openIncidentCount()
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        return int(Statement::scalarInt(m_vault.db(), "SELECT count(*) FROM incidents WHERE status <> 'closed'"));
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<QList<LinkableRecord>> findLinkableRecords(
    Vault& vault, const QString& targetType, const QString& text, int limit)
{
    if (Status s = vault.require(Permission::Read); !s) {
        return s;
    }
    if (!linkTargets().contains(targetType)) {
        return Error { ErrorCode::InvalidInput,
            cd::RegistersText::tr(
                "A link must point to a submission, request, disclosure or incident by its number.") };
    }
    // One query per type: id, label parts and date, matched on id or a LIKE on the text columns.
    const char* sql = nullptr;
    if (targetType == QLatin1String("submission")) {
        sql = "SELECT id, '', name, received_at FROM submissions "
              "WHERE ?1 = '' OR id = ?2 OR name LIKE ?3 ESCAPE '\\' ORDER BY id DESC LIMIT ?4";
    } else if (targetType == QLatin1String("request")) {
        sql = "SELECT id, number, requester_name, received_on FROM requests "
              "WHERE ?1 = '' OR id = ?2 OR number LIKE ?3 ESCAPE '\\' OR requester_name LIKE ?3 ESCAPE '\\' "
              "ORDER BY id DESC LIMIT ?4";
    } else if (targetType == QLatin1String("incident")) {
        sql = "SELECT id, '', title, discovered_at FROM incidents "
              "WHERE ?1 = '' OR id = ?2 OR title LIKE ?3 ESCAPE '\\' ORDER BY id DESC LIMIT ?4";
    } else {
        sql = "SELECT id, '', recipient_name, disclosed_on FROM disclosures "
              "WHERE ?1 = '' OR id = ?2 OR recipient_name LIKE ?3 ESCAPE '\\' ORDER BY id DESC LIMIT ?4";
    }
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    bool isNumber = false;
    const qint64 asId = text.trimmed().toLongLong(&isNumber);
    try {
        Statement s(vault.db(), sql);
        s.bind(1, text.trimmed())
            .bind(2, isNumber ? asId : qint64(-1))
            .bind(3, QLatin1Char('%') + pattern + QLatin1Char('%'))
            .bind(4, qint64(qBound(1, limit, 1000)));
        QList<LinkableRecord> out;
        while (s.next()) {
            LinkableRecord r;
            r.targetType = targetType;
            r.id = s.int64(0);
            const QString number = s.text(1);
            const QString name = s.text(2);
            r.label = number.isEmpty() ? name : (name.isEmpty() ? number : number + QStringLiteral(" · ") + name);
            const QString when = s.text(3);
            r.date
                = when.size() == 10 ? QDate::fromString(when, Qt::ISODate) : fromStorageText(when).toLocalTime().date();
            out.append(r);
        }
        return out;
    } catch (const DbException& e) {
        return e.error();
    }
}

} // namespace cd::registers
