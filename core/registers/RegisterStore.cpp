#include "RegisterService.h"
#include "RegisterServiceDetail.h"
#include "util/TranslationContexts.h"

#include "attachments/AttachmentStore.h"
#include "storage/RowReader.h"
#include "storage/Statement.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>

namespace cd::registers {

using namespace detail;

namespace detail {

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

int removeEntry(Database& db, const char* table, const QString& type, qint64 id, const QString& missing)
{
    Statement del(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    del.bind(1, id).exec();
    if (db.changes() == 0) {
        refuse(ErrorCode::NotFound, missing);
    }
    removeLinksTo(db, type, id);
    return AttachmentStore::removeAllFor(db, type, id);
}

QDateTime startOfLocalDay(const QDate& date)
{
    return QDateTime(date, QTime(0, 0)).toUTC();
}

} // namespace detail

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
        QString category, severity, status;
        readColumns(s, n.id, n.title, n.occurredAt, n.discoveredAt, category, severity, n.peopleCount, n.cause,
            n.description, n.possibleHarm, n.measuresTaken, n.advice, n.remedies, status, n.regulatorAuthority,
            n.regulatorReportedAt, n.regulatorReference, n.regulatorReportedBy, n.containedAt, n.notifiedAt, n.closedAt,
            n.createdAt, n.updatedAt);
        incidentCategoryFromKey(category, &n.category);
        severityFromKey(severity, &n.severity);
        statusFromKey(status, &n.status);
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
    return vault.readResult(Permission::Read, [&](ReadTx& tx) {
        Statement s(tx.db(), sql);
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
    });
}

} // namespace cd::registers
