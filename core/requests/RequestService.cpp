#include "RequestService.h"
#include "util/TranslationContexts.h"

#include "attachments/AttachmentStore.h"
#include "audit/AuditLog.h"
#include "contacts/ContactNormalizer.h"
#include "storage/Statement.h"
#include "submissions/ErasureLedger.h"
#include "submissions/SearchIndex.h"
#include "submissions/SubmissionErasure.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace cd::requests {

namespace {

const QString kRuleSetting = QStringLiteral("requests.deadline_rule");

const char* kSelect
    = "SELECT r.id, r.number, r.type, r.state, r.received_on, r.channel, r.requester_name, r.email, r.phone, "
      "r.on_behalf, r.description, r.possible_minor, coalesce(r.assignee_id, 0), coalesce(a.display_name, ''), "
      "r.deadline_rule, r.base_due_on, r.due_on, r.paused_working_days, r.paused_since, coalesce(r.resume_state, ''), "
      "r.extension_months, r.extension_reason, coalesce(r.verification_method, ''), coalesce(v.display_name, ''), "
      "r.verified_at, coalesce(r.rejection_reason, ''), r.rejection_text, coalesce(r.deletion_ground, ''), "
      "r.deletion_summary, coalesce(f.display_name, ''), r.fulfilled_at, coalesce(s.display_name, ''), "
      "r.signed_off_at, r.closed_at, r.erased, r.created_at, "
      "(SELECT count(*) FROM request_links l WHERE l.request_id = r.id AND l.target_type = 'submission') "
      "FROM requests r LEFT JOIN accounts a ON a.id = r.assignee_id LEFT JOIN accounts v ON v.id = r.verified_by "
      "LEFT JOIN accounts f ON f.id = r.fulfilled_by LEFT JOIN accounts s ON s.id = r.signed_off_by ";

RightsRequest readRequest(const Statement& q)
{
    RightsRequest r;
    r.id = q.int64(0);
    r.number = q.text(1);
    fromKey(q.text(2), &r.type);
    fromKey(q.text(3), &r.state);
    r.receivedOn = q.date(4);
    fromKey(q.text(5), &r.channel);
    r.requesterName = q.text(6);
    r.email = q.text(7);
    r.phone = q.text(8);
    fromKey(q.text(9), &r.onBehalf);
    r.description = q.text(10);
    r.possibleMinor = q.boolean(11);
    r.assigneeId = q.int64(12);
    r.assigneeName = q.text(13);
    DeadlineRule::parse(q.text(14), &r.rule);
    r.baseDueOn = q.date(15);
    r.dueOn = q.date(16);
    r.pausedWorkingDays = q.integer(17);
    r.pausedSince = q.isNull(18) ? QDate() : q.date(18);
    fromKey(q.text(19), &r.resumeState);
    r.extensionMonths = q.integer(20);
    r.extensionReason = q.text(21);
    r.verificationMethod = q.text(22);
    r.verifiedByName = q.text(23);
    r.verifiedAt = q.isNull(24) ? QDateTime() : q.dateTime(24);
    r.rejectionReason = q.text(25);
    r.rejectionText = q.text(26);
    r.deletionGround = q.text(27);
    const QJsonObject summary = QJsonDocument::fromJson(q.text(28).toUtf8()).object();
    for (auto it = summary.begin(); it != summary.end(); ++it) {
        if (it.key() == QLatin1String("kept")) {
            const QJsonObject kept = it.value().toObject();
            for (auto k = kept.begin(); k != kept.end(); ++k) {
                r.keptCounts.insert(k.key(), k.value().toInt());
            }
            continue;
        }
        r.deletionCounts.insert(it.key(), it.value().toInt());
    }
    r.fulfilledByName = q.text(29);
    r.fulfilledAt = q.isNull(30) ? QDateTime() : q.dateTime(30);
    r.signedOffByName = q.text(31);
    r.signedOffAt = q.isNull(32) ? QDateTime() : q.dateTime(32);
    r.closedAt = q.isNull(33) ? QDateTime() : q.dateTime(33);
    r.erased = q.boolean(34);
    r.createdAt = q.dateTime(35);
    r.linkedSubmissionCount = q.integer(36);
    return r;
}

RightsRequest loadRequest(Database& db, qint64 id)
{
    Statement q(db, QString::fromLatin1(kSelect) + QStringLiteral("WHERE r.id = ?"));
    q.bind(1, id);
    if (!q.next()) {
        throw DbException(ErrorCode::NotFound, cd::RequestsText::tr("Request %1 does not exist.").arg(id));
    }
    return readRequest(q);
}

void addEvent(Database& db, const Actor& actor, qint64 requestId, const QString& kind, const QString& from,
    const QString& to, const QString& detail)
{
    Statement ins(db,
        "INSERT INTO request_events (request_id, at, actor_id, actor, kind, from_state, to_state, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, requestId)
        .bind(2, Clock::nowUtc())
        .bind(3, actor.id)
        .bind(4, actor.displayName)
        .bind(5, kind)
        .bind(6, from.isEmpty() ? QString() : from)
        .bind(7, to.isEmpty() ? QString() : to)
        .bindText(8, detail)
        .exec();
}

QString nextNumber(Database& db, int year)
{
    const QString prefix = QStringLiteral("RR-%1-").arg(year);
    Statement q(db, "SELECT coalesce(max(CAST(substr(number, 9) AS INTEGER)), 0) FROM requests WHERE number LIKE ?");
    q.bind(1, prefix + QLatin1Char('%'));
    const qint64 last = q.next() ? q.int64(0) : 0;
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

QList<qint64> linkedIds(Database& db, qint64 requestId, const char* targetType)
{
    Statement q(db, "SELECT target_id FROM request_links WHERE request_id = ? AND target_type = ? ORDER BY target_id");
    q.bind(1, requestId).bind(2, QString::fromLatin1(targetType));
    QList<qint64> out;
    while (q.next()) {
        out.append(q.int64(0));
    }
    return out;
}

void writeLinks(Database& db, qint64 requestId, const QList<qint64>& submissions, const QList<qint64>& requestIds)
{
    Statement del(db, "DELETE FROM request_links WHERE request_id = ?");
    del.bind(1, requestId).exec();
    Statement subExists(db, "SELECT 1 FROM submissions WHERE id = ?");
    Statement reqExists(db, "SELECT 1 FROM requests WHERE id = ?");
    Statement ins(db,
        "INSERT OR IGNORE INTO request_links (request_id, target_type, target_id, linked_at) "
        "VALUES (?, ?, ?, ?)");
    const QDateTime now = Clock::nowUtc();
    for (qint64 id : submissions) {
        subExists.reset();
        subExists.bind(1, id);
        if (!subExists.next()) {
            throw DbException(
                ErrorCode::NotFound, cd::RequestsText::tr("Contact submission %1 does not exist.").arg(id));
        }
        ins.bind(1, requestId).bind(2, QStringLiteral("submission")).bind(3, id).bind(4, now).exec();
    }
    for (qint64 id : requestIds) {
        if (id == requestId) {
            continue;
        }
        reqExists.reset();
        reqExists.bind(1, id);
        if (!reqExists.next()) {
            throw DbException(ErrorCode::NotFound, cd::RequestsText::tr("Request %1 does not exist.").arg(id));
        }
        ins.bind(1, requestId).bind(2, QStringLiteral("request")).bind(3, id).bind(4, now).exec();
    }
}

LinkedSubmission readSubmission(const Statement& q)
{
    LinkedSubmission s;
    s.id = q.int64(0);
    s.receivedAt = q.dateTime(1);
    s.name = q.text(2);
    s.phone = q.text(3);
    s.email = q.text(4);
    s.region = q.text(5);
    s.message = q.text(6);
    s.status = q.text(7);
    return s;
}

} // namespace

// ---------------------------------------------------------------------------------------------

QDate RightsRequest::effectiveDue(const WorkingDayCalendar& calendar, const QDate& today) const
{
    if (state == RequestState::Waiting && pausedSince.isValid() && today > pausedSince) {
        return calendar.addWorkingDays(dueOn, calendar.workingDaysBetween(pausedSince, today));
    }
    return dueOn;
}

bool RightsRequest::isOverdue(const WorkingDayCalendar& calendar, const QDate& today) const
{
    return isOpen(state) && today > effectiveDue(calendar, today);
}

bool RightsRequest::isDueSoon(const WorkingDayCalendar& calendar, const QDate& today) const
{
    return isOpen(state)
        && calendar.isDueWithin(effectiveDue(calendar, today), today, RequestService::dueSoonWorkingDays);
}

int RightsRequest::workingDaysLeft(const WorkingDayCalendar& calendar, const QDate& today) const
{
    return calendar.workingDaysLeft(today, effectiveDue(calendar, today));
}

QString outcomeFor(const RightsRequest& r)
{
    switch (r.state) {
    case RequestState::Rejected: return QStringLiteral("rejected");
    case RequestState::Withdrawn: return QStringLiteral("withdrawn");
    default: break;
    }
    switch (r.type) {
    case RequestType::Access:
    case RequestType::Portability: return QStringLiteral("completed_access");
    case RequestType::Correction: return QStringLiteral("completed_correction");
    case RequestType::Deletion:
    case RequestType::Cancellation: return QStringLiteral("completed_deletion");
    default: return QStringLiteral("completed_other");
    }
}

// ---------------------------------------------------------------------------------------------

RequestService::RequestService(Vault& vault)
    : m_vault(vault)
{
}

DeadlineRule RequestService::deadlineRule()
{
    DeadlineRule rule;
    if (!DeadlineRule::parse(m_vault.setting(kRuleSetting), &rule)) {
        rule = DeadlineRule::defaultRule();
    }
    return rule;
}

Status RequestService::setDeadlineRule(const DeadlineRule& rule)
{
    // A rule deadlineRule() could not read back would silently fall back to the default.
    DeadlineRule checked;
    if (!DeadlineRule::parse(rule.toString(), &checked)) {
        return Error { ErrorCode::InvalidInput,
            cd::RequestsText::tr("A deadline is 1 to 250 working days, 1 to 366 "
                                 "calendar days or 1 to 12 months.") };
    }
    return m_vault.setSetting(kRuleSetting, rule.toString());
}

WorkingDayCalendar RequestService::calendar()
{
    return WorkingDayCalendar::load(m_vault.db());
}

Result<QList<LinkCandidate>> RequestService::findCandidates(
    const QString& email, const QString& phone, qint64 excludeRequest)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    const QString emailNorm = ContactNormalizer::email(email);
    const QString phoneNorm = ContactNormalizer::phone(phone);
    if (emailNorm.isEmpty() && phoneNorm.isEmpty()) {
        return QList<LinkCandidate>();
    }
    // An empty normalised value must never match the many records without one.
    const QString emailKey = emailNorm.isEmpty() ? QStringLiteral("\x01") : emailNorm;
    const QString phoneKey = phoneNorm.isEmpty() ? QStringLiteral("\x01") : phoneNorm;
    try {
        QList<LinkCandidate> out;
        Statement subs(m_vault.db(),
            "SELECT id, received_at, name, email_norm = ?1, phone_norm = ?2 FROM submissions "
            "WHERE email_norm = ?1 UNION SELECT id, received_at, name, email_norm = ?1, "
            "phone_norm = ?2 FROM submissions WHERE phone_norm = ?2 ORDER BY 2 DESC LIMIT 500");
        subs.bind(1, emailKey).bind(2, phoneKey);
        while (subs.next()) {
            LinkCandidate c;
            c.targetType = QStringLiteral("submission");
            c.id = subs.int64(0);
            c.at = subs.dateTime(1);
            c.label = subs.text(2);
            c.matchedOn = subs.boolean(3) && subs.boolean(4) ? QStringLiteral("email+phone")
                : subs.boolean(3)                            ? QStringLiteral("email")
                                                             : QStringLiteral("phone");
            out.append(c);
        }
        Statement reqs(m_vault.db(),
            "SELECT id, created_at, number, email_norm = ?1, phone_norm = ?2 FROM requests "
            "WHERE (email_norm = ?1 OR phone_norm = ?2) AND id <> ?3 ORDER BY id DESC "
            "LIMIT 200");
        reqs.bind(1, emailKey).bind(2, phoneKey).bind(3, excludeRequest);
        while (reqs.next()) {
            LinkCandidate c;
            c.targetType = QStringLiteral("request");
            c.id = reqs.int64(0);
            c.at = reqs.dateTime(1);
            c.label = reqs.text(2);
            c.matchedOn = reqs.boolean(3) && reqs.boolean(4) ? QStringLiteral("email+phone")
                : reqs.boolean(3)                            ? QStringLiteral("email")
                                                             : QStringLiteral("phone");
            out.append(c);
        }
        return out;
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<RightsRequest> RequestService::add(const RequestDraft& d)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (!d.receivedOn.isValid()) {
        return Error { ErrorCode::InvalidInput, cd::RequestsText::tr("Enter the date the request was received.") };
    }
    if (d.receivedOn > Clock::today().addDays(1)) {
        return Error { ErrorCode::InvalidInput,
            cd::RequestsText::tr("The date of receipt lies in the future; check the date.") };
    }
    const QString name = d.requesterName.trimmed();
    if (name.isEmpty()) {
        return Error { ErrorCode::InvalidInput, cd::RequestsText::tr("Enter the requester's name.") };
    }
    if (d.email.trimmed().isEmpty() && d.phone.trimmed().isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            cd::RequestsText::tr("Enter an email address or a phone number so we can reply.") };
    }
    if (!d.email.trimmed().isEmpty() && !ContactNormalizer::looksLikeEmail(d.email)) {
        return Error { ErrorCode::InvalidInput, cd::RequestsText::tr("The email address does not look valid.") };
    }
    if (!d.phone.trimmed().isEmpty() && !ContactNormalizer::looksLikePhone(d.phone)) {
        return Error { ErrorCode::InvalidInput, cd::RequestsText::tr("The phone number needs at least 5 digits.") };
    }
    if (name.size() > 200 || d.description.size() > 20000) {
        return Error { ErrorCode::InvalidInput, cd::RequestsText::tr("The name or description is too long.") };
    }
    const DeadlineRule rule = deadlineRule();
    const WorkingDayCalendar cal = calendar();
    const QDate due = rule.dueDate(d.receivedOn, cal);
    qint64 id = 0;
    const Status s = m_vault.transact([&](Database& db) {
        const QString number = nextNumber(db, d.receivedOn.year());
        const QDateTime now = Clock::nowUtc();
        Statement ins(db,
            "INSERT INTO requests (number, type, state, received_on, channel, requester_name, email, "
            "email_norm, phone, phone_norm, on_behalf, description, possible_minor, assignee_id, "
            "deadline_rule, base_due_on, due_on, created_at, updated_at) "
            "VALUES (?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, number)
            .bind(2, key(d.type))
            .bind(3, d.receivedOn)
            .bind(4, key(d.channel))
            .bind(5, name)
            .bindText(6, d.email.trimmed())
            .bindText(7, ContactNormalizer::email(d.email))
            .bindText(8, d.phone.trimmed())
            .bindText(9, ContactNormalizer::phone(d.phone))
            .bind(10, key(d.onBehalf))
            .bindText(11, d.description.trimmed())
            .bind(12, d.possibleMinor)
            .bind(13, d.assigneeId > 0 ? QVariant(d.assigneeId) : QVariant())
            .bind(14, rule.toString())
            .bind(15, due)
            .bind(16, due)
            .bind(17, now)
            .bind(18, now)
            .exec();
        id = db.lastInsertId();
        writeLinks(db, id, d.linkedSubmissions, d.linkedRequests);
        addEvent(db, m_vault.actor(), id, QStringLiteral("created"), {}, key(RequestState::Received),
            QStringLiteral("type=%1 channel=%2 rule=%3 links=%4")
                .arg(key(d.type), key(d.channel), rule.toString())
                .arg(d.linkedSubmissions.size() + d.linkedRequests.size()));
        m_vault.audit({ QStringLiteral("request.create"), QStringLiteral("request"), QString::number(id),
            { QStringLiteral("type"), QStringLiteral("received_on"), QStringLiteral("channel"),
                QStringLiteral("requester_name"), QStringLiteral("email"), QStringLiteral("phone"),
                QStringLiteral("on_behalf"), QStringLiteral("description") },
            QStringLiteral("number=%1 type=%2 due=%3 submissions=%4 requests=%5")
                .arg(number, key(d.type), due.toString(Qt::ISODate))
                .arg(d.linkedSubmissions.size())
                .arg(d.linkedRequests.size()) });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Result<RightsRequest> RequestService::get(qint64 id)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        return loadRequest(m_vault.db(), id);
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<RightsRequest> RequestService::getByNumber(const QString& number)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        Statement q(m_vault.db(), "SELECT id FROM requests WHERE number = ?");
        q.bind(1, number.trimmed().toUpper());
        if (!q.next()) {
            return Error { ErrorCode::NotFound, cd::RequestsText::tr("Request %1 does not exist.").arg(number) };
        }
        return loadRequest(m_vault.db(), q.int64(0));
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<QList<RightsRequest>> RequestService::list(const RequestFilter& f)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    QStringList where;
    QVariantList args;
    if (!f.types.isEmpty()) {
        QStringList keys;
        for (RequestType t : f.types) {
            keys << QStringLiteral("'%1'").arg(key(t)); // fixed keys, never user text
        }
        where << QStringLiteral("r.type IN (%1)").arg(keys.join(QLatin1Char(',')));
    }
    QList<RequestState> states = f.states;
    if (f.openOnly || f.overdueOnly || f.dueSoon || f.dueThisWeek) {
        if (states.isEmpty()) {
            states = { RequestState::Received, RequestState::Verification, RequestState::InProgress,
                RequestState::Waiting };
        }
    }
    if (!states.isEmpty()) {
        QStringList keys;
        for (RequestState st : states) {
            if (!(f.openOnly || f.overdueOnly || f.dueSoon || f.dueThisWeek) || isOpen(st)) {
                keys << QStringLiteral("'%1'").arg(key(st));
            }
        }
        where << (keys.isEmpty() ? QStringLiteral("0")
                                 : QStringLiteral("r.state IN (%1)").arg(keys.join(QLatin1Char(','))));
    }
    if (f.assigneeId == 0) {
        where << QStringLiteral("r.assignee_id IS NULL");
    } else if (f.assigneeId > 0) {
        where << QStringLiteral("r.assignee_id = ?");
        args << f.assigneeId;
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString t = f.text.trimmed();
        QString escaped = t;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
        QString clause = QStringLiteral("(r.number LIKE ? ESCAPE '\\' OR r.requester_name LIKE ? ESCAPE '\\' OR "
                                        "r.email_norm LIKE ? ESCAPE '\\'");
        args << like << like << QVariant(QLatin1Char('%') + ContactNormalizer::email(escaped) + QLatin1Char('%'));
        const QString phoneNorm = ContactNormalizer::phone(t);
        if (phoneNorm.size() >= 3) {
            clause += QStringLiteral(" OR r.phone_norm LIKE ?");
            args << QVariant(QLatin1Char('%') + phoneNorm + QLatin1Char('%'));
        }
        where << clause + QLatin1Char(')');
    }
    if (f.receivedFrom.isValid()) {
        where << QStringLiteral("r.received_on >= ?");
        args << f.receivedFrom.toString(Qt::ISODate);
    }
    if (f.receivedTo.isValid()) {
        where << QStringLiteral("r.received_on <= ?");
        args << f.receivedTo.toString(Qt::ISODate);
    }
    QString sql = QString::fromLatin1(kSelect);
    if (!where.isEmpty()) {
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY r.due_on, r.id");
    try {
        const WorkingDayCalendar cal = calendar();
        const QDate today = Clock::today();
        const QDate weekEnd = today.addDays(7 - today.dayOfWeek());
        Statement q(m_vault.db(), sql);
        for (int i = 0; i < args.size(); ++i) {
            q.bind(i + 1, args.at(i));
        }
        QList<RightsRequest> out;
        while (q.next()) {
            RightsRequest r = readRequest(q);
            if (f.overdueOnly && !r.isOverdue(cal, today)) {
                continue;
            }
            if (f.dueSoon && !r.isOverdue(cal, today) && !r.isDueSoon(cal, today)) {
                continue;
            }
            if (f.dueThisWeek) {
                const QDate due = r.effectiveDue(cal, today);
                if (due < today || due > weekEnd) {
                    continue;
                }
            }
            out.append(r);
        }
        return out;
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<QList<RequestEvent>> RequestService::timeline(qint64 id)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        Statement q(m_vault.db(),
            "SELECT at, actor, kind, coalesce(from_state, ''), coalesce(to_state, ''), detail "
            "FROM request_events WHERE request_id = ? ORDER BY id");
        q.bind(1, id);
        QList<RequestEvent> out;
        while (q.next()) {
            out.append(RequestEvent { q.dateTime(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5) });
        }
        return out;
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<QList<LinkedSubmission>> RequestService::linkedSubmissions(qint64 id)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        Statement q(m_vault.db(),
            "SELECT s.id, s.received_at, s.name, s.phone, s.email, s.region, s.message, s.status "
            "FROM request_links l JOIN submissions s ON s.id = l.target_id "
            "WHERE l.request_id = ? AND l.target_type = 'submission' ORDER BY s.received_at, s.id");
        q.bind(1, id);
        QList<LinkedSubmission> out;
        while (q.next()) {
            out.append(readSubmission(q));
        }
        return out;
    } catch (const DbException& e) {
        return e.error();
    }
}

Result<QList<RightsRequest>> RequestService::linkedRequests(qint64 id)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        QList<RightsRequest> out;
        for (qint64 other : linkedIds(m_vault.db(), id, "request")) {
            out.append(loadRequest(m_vault.db(), other));
        }
        return out;
    } catch (const DbException& e) {
        return e.error();
    }
}

QList<RequestState> RequestService::availableTransitions(const RightsRequest& r) const
{
    QList<RequestState> out;
    for (RequestState to : allowedTransitions(r.state)) {
        if (r.state == RequestState::Waiting && !isTerminal(to) && to != r.resumeState) {
            continue;
        }
        if (to == RequestState::Completed && (!r.isVerified() || isErasure(r.type))) {
            continue; // erasure completes through eraseLinkedData()
        }
        out.append(to);
    }
    return out;
}

Result<RightsRequest> RequestService::transition(qint64 id, const TransitionInput& in)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    const WorkingDayCalendar cal = calendar();
    const Status s = m_vault.transact([&](Database& db) {
        RightsRequest r = loadRequest(db, id);
        const RequestState from = r.state;
        const QDate on = in.on.isValid() ? in.on : Clock::today();
        if (!isTransitionAllowed(from, in.to)) {
            throw DbException(ErrorCode::NotAllowed,
                cd::RequestsText::tr("A request that is \"%1\" cannot become \"%2\".")
                    .arg(displayName(from), displayName(in.to)));
        }
        if (from == RequestState::Waiting && !isTerminal(in.to) && in.to != r.resumeState) {
            throw DbException(ErrorCode::NotAllowed,
                cd::RequestsText::tr("This request was paused during \"%1\"; it can only resume there.")
                    .arg(displayName(r.resumeState)));
        }
        QStringList fields { QStringLiteral("state") };
        QStringList detail { QStringLiteral("from=%1 to=%2").arg(key(from), key(in.to)) };
        QString method = r.verificationMethod;
        qint64 verifiedBy = 0;
        QDateTime verifiedAt = r.verifiedAt;
        if (from == RequestState::Verification && in.to == RequestState::InProgress) {
            if (!findChoice(verificationMethods(), in.verificationMethod)) {
                throw DbException(ErrorCode::InvalidInput,
                    cd::RequestsText::tr("Record how the requester's identity was verified before work starts."));
            }
            method = in.verificationMethod;
            verifiedBy = in.verifiedById > 0 ? in.verifiedById : m_vault.actor().id;
            Statement acc(db, "SELECT 1 FROM accounts WHERE id = ?");
            acc.bind(1, verifiedBy);
            if (!acc.next()) {
                throw DbException(ErrorCode::NotFound,
                    cd::RequestsText::tr("The account that verified the identity does not exist."));
            }
            verifiedAt = Clock::nowUtc();
            fields << QStringLiteral("verification_method") << QStringLiteral("verified_by")
                   << QStringLiteral("verified_at");
            detail << QStringLiteral("method=%1").arg(method);
        }
        if (in.to == RequestState::InProgress && method.isEmpty()) {
            throw DbException(ErrorCode::InvalidInput, cd::RequestsText::tr("Verify the requester's identity first."));
        }
        if (in.to == RequestState::Completed) {
            if (method.isEmpty() || !verifiedAt.isValid()) {
                throw DbException(ErrorCode::NotAllowed,
                    cd::RequestsText::tr(
                        "A request can only be completed after the requester's identity was verified."));
            }
            if (isErasure(r.type)) {
                throw DbException(ErrorCode::NotAllowed,
                    cd::RequestsText::tr("Complete a deletion by deleting the linked records (Fulfil), which also "
                                         "produces the deletion certificate."));
            }
        }
        QString reasonKey = r.rejectionReason;
        QString reasonText = r.rejectionText;
        if (in.to == RequestState::Rejected) {
            if (!findChoice(rejectionReasons(), in.reasonKey)) {
                throw DbException(
                    ErrorCode::InvalidInput, cd::RequestsText::tr("Choose the reason for the rejection."));
            }
            if (in.reasonText.trimmed().isEmpty()) {
                throw DbException(ErrorCode::InvalidInput,
                    cd::RequestsText::tr("Explain the rejection in a sentence or two; the response letter quotes it "
                                         "(PIPL art. 50)."));
            }
            reasonKey = in.reasonKey;
            reasonText = in.reasonText.trimmed().left(4000);
            fields << QStringLiteral("rejection_reason") << QStringLiteral("rejection_text");
            detail << QStringLiteral("reason=%1").arg(reasonKey);
        }
        int pausedDays = r.pausedWorkingDays;
        QDate due = r.dueOn;
        QDate pausedSince = r.pausedSince;
        QString resumeState;
        if (from == RequestState::Waiting) {
            const int paused = qMax(0, cal.workingDaysBetween(r.pausedSince, on));
            pausedDays += paused;
            due = cal.addWorkingDays(due, paused);
            pausedSince = QDate();
            fields << QStringLiteral("due_on");
            detail << QStringLiteral("paused_working_days=%1").arg(paused);
        }
        if (in.to == RequestState::Waiting) {
            pausedSince = on;
            resumeState = key(from);
        }
        Statement up(db,
            "UPDATE requests SET state = ?, verification_method = ?, verified_by = coalesce(?, verified_by), "
            "verified_at = ?, rejection_reason = ?, rejection_text = ?, paused_working_days = ?, due_on = ?, "
            "paused_since = ?, resume_state = ?, closed_at = ?, updated_at = ? WHERE id = ?");
        up.bind(1, key(in.to))
            .bind(2, method.isEmpty() ? QString() : method)
            .bind(3, verifiedBy > 0 ? QVariant(verifiedBy) : QVariant())
            .bind(4, verifiedAt)
            .bind(5, reasonKey.isEmpty() ? QString() : reasonKey)
            .bindText(6, reasonText)
            .bind(7, pausedDays)
            .bind(8, due)
            .bind(9, pausedSince)
            .bind(10, resumeState.isEmpty() ? QString() : resumeState)
            .bind(11, isTerminal(in.to) ? Clock::nowUtc() : QDateTime())
            .bind(12, Clock::nowUtc())
            .bind(13, id)
            .exec();
        addEvent(db, m_vault.actor(), id, QStringLiteral("transition"), key(from), key(in.to),
            detail.mid(1).join(QLatin1Char(' ')));
        m_vault.audit({ QStringLiteral("request.transition"), QStringLiteral("request"), QString::number(id), fields,
            detail.join(QLatin1Char(' ')) });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Status RequestService::assign(qint64 id, qint64 accountId)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    return m_vault.transact([&](Database& db) {
        loadRequest(db, id);
        Statement up(db, "UPDATE requests SET assignee_id = ?, updated_at = ? WHERE id = ?");
        up.bind(1, accountId > 0 ? QVariant(accountId) : QVariant()).bind(2, Clock::nowUtc()).bind(3, id).exec();
        addEvent(
            db, m_vault.actor(), id, QStringLiteral("assign"), {}, {}, QStringLiteral("assignee=%1").arg(accountId));
        m_vault.audit({ QStringLiteral("request.assign"), QStringLiteral("request"), QString::number(id),
            { QStringLiteral("assignee_id") }, QStringLiteral("assignee=%1").arg(accountId) });
    });
}

Result<QList<QPair<qint64, QString>>> RequestService::assignableAccounts()
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        Statement q(m_vault.db(),
            "SELECT id, display_name FROM accounts WHERE active = 1 AND role <> 'auditor' "
            "ORDER BY display_name");
        QList<QPair<qint64, QString>> out;
        while (q.next()) {
            out.append({ q.int64(0), q.text(1) });
        }
        return out;
    } catch (const DbException& e) {
        return e.error();
    }
}

Status RequestService::setLinks(qint64 id, const QList<qint64>& submissions, const QList<qint64>& requestIds)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    return m_vault.transact([&](Database& db) {
        const RightsRequest r = loadRequest(db, id);
        if (isTerminal(r.state)) {
            throw DbException(
                ErrorCode::NotAllowed, cd::RequestsText::tr("The request is closed; its links can no longer change."));
        }
        // Counts of what changed, so the timeline and audit say "1 added, 1 removed" without naming anyone.
        const QList<qint64> beforeSubs = linkedIds(db, id, "submission");
        const QList<qint64> beforeReqs = linkedIds(db, id, "request");
        writeLinks(db, id, submissions, requestIds);
        const QList<qint64> afterSubs = linkedIds(db, id, "submission");
        const QList<qint64> afterReqs = linkedIds(db, id, "request");
        auto missingFrom = [](const QList<qint64>& a, const QList<qint64>& b) {
            int n = 0;
            for (qint64 x : a) {
                n += b.contains(x) ? 0 : 1;
            }
            return n;
        };
        const QString detail = QStringLiteral("submissions=%1 requests=%2 added=%3 removed=%4")
                                   .arg(afterSubs.size())
                                   .arg(afterReqs.size())
                                   .arg(missingFrom(afterSubs, beforeSubs) + missingFrom(afterReqs, beforeReqs))
                                   .arg(missingFrom(beforeSubs, afterSubs) + missingFrom(beforeReqs, afterReqs));
        addEvent(db, m_vault.actor(), id, QStringLiteral("link"), {}, {}, detail);
        m_vault.audit({ QStringLiteral("request.link"), QStringLiteral("request"), QString::number(id),
            { QStringLiteral("links") }, detail });
    });
}

Status RequestService::extend(qint64 id, int months, const QString& reason)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (reason.trimmed().isEmpty()) {
        return Error { ErrorCode::InvalidInput, cd::RequestsText::tr("Record why the deadline is extended.") };
    }
    const WorkingDayCalendar cal = calendar();
    return m_vault.transact([&](Database& db) {
        const RightsRequest r = loadRequest(db, id);
        if (!r.rule.allowsExtension()) {
            throw DbException(ErrorCode::NotAllowed,
                cd::RequestsText::tr("Only deadlines counted in months can be extended (rule: %1).")
                    .arg(r.rule.displayName()));
        }
        if (!isOpen(r.state)) {
            throw DbException(ErrorCode::NotAllowed, cd::RequestsText::tr("The request is closed."));
        }
        if (months < 1 || r.extensionMonths + months > DeadlineRule::maxExtensionMonths) {
            throw DbException(ErrorCode::InvalidInput,
                QCoreApplication::translate("cd::Requests", "A deadline can be extended by at most %n more month(s).",
                    nullptr, DeadlineRule::maxExtensionMonths - r.extensionMonths));
        }
        const int total = r.extensionMonths + months;
        // One line per extension, oldest first, so a second extension keeps the first one's reason.
        // Kept on the request (not in the timeline) so a deletion scrubs it with the other free text.
        const QString line = reason.simplified().left(2000);
        const QString reasons = r.extensionReason.isEmpty() ? line : r.extensionReason + QLatin1Char('\n') + line;
        const QDate base = r.rule.dueDate(r.receivedOn, cal, total);
        const QDate due = cal.addWorkingDays(base, r.pausedWorkingDays);
        Statement up(db,
            "UPDATE requests SET extension_months = ?, extension_reason = ?, base_due_on = ?, due_on = ?, "
            "updated_at = ? WHERE id = ?");
        up.bind(1, total).bind(2, reasons).bind(3, base).bind(4, due).bind(5, Clock::nowUtc()).bind(6, id).exec();
        const QString detail = QStringLiteral("months=%1 due=%2").arg(total).arg(due.toString(Qt::ISODate));
        addEvent(db, m_vault.actor(), id, QStringLiteral("extension"), {}, {}, detail);
        m_vault.audit({ QStringLiteral("request.extend"), QStringLiteral("request"), QString::number(id),
            { QStringLiteral("extension_months"), QStringLiteral("extension_reason"), QStringLiteral("due_on") },
            detail });
    });
}

Result<QList<LinkCandidate>> RequestService::unconfirmedMatches(qint64 id)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    try {
        const RightsRequest r = loadRequest(m_vault.db(), id);
        auto candidates = findCandidates(r.email, r.phone, id);
        if (!candidates) {
            return candidates;
        }
        const QList<qint64> linkedSubs = linkedIds(m_vault.db(), id, "submission");
        const QList<qint64> linkedReqs = linkedIds(m_vault.db(), id, "request");
        QSet<QPair<QString, qint64>> dismissed;
        Statement d(m_vault.db(), "SELECT target_type, target_id FROM request_dismissed_matches WHERE request_id = ?");
        d.bind(1, id);
        while (d.next()) {
            dismissed.insert({ d.text(0), d.int64(1) });
        }
        QList<LinkCandidate> out;
        for (const LinkCandidate& c : candidates.value()) {
            const bool isSub = c.targetType == QLatin1String("submission");
            if ((isSub ? linkedSubs : linkedReqs).contains(c.id) || dismissed.contains({ c.targetType, c.id })) {
                continue;
            }
            out.append(c);
        }
        return out;
    } catch (const DbException& e) {
        return e.error();
    }
}

Status RequestService::resolveMatches(
    qint64 id, const QList<LinkCandidate>& confirm, const QList<LinkCandidate>& dismiss)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    auto open = unconfirmedMatches(id);
    if (!open) {
        return open.error();
    }
    auto proposed = [&](const LinkCandidate& c) {
        for (const LinkCandidate& o : open.value()) {
            if (o.targetType == c.targetType && o.id == c.id) {
                return true;
            }
        }
        return false;
    };
    for (const LinkCandidate& c : confirm + dismiss) {
        if (!proposed(c)) {
            return Error {
                ErrorCode::InvalidInput,
                cd::RequestsText::tr("Record %1 %2 is not an open match of this request.").arg(c.targetType).arg(c.id)
            };
        }
    }
    return m_vault.transact([&](Database& db) {
        const RightsRequest r = loadRequest(db, id);
        if (isTerminal(r.state)) {
            throw DbException(
                ErrorCode::NotAllowed, cd::RequestsText::tr("The request is closed; its links can no longer change."));
        }
        const QDateTime now = Clock::nowUtc();
        Statement link(db,
            "INSERT OR IGNORE INTO request_links (request_id, target_type, target_id, linked_at) VALUES (?, ?, ?, ?)");
        for (const LinkCandidate& c : confirm) {
            link.bind(1, id).bind(2, c.targetType).bind(3, c.id).bind(4, now).exec();
        }
        Statement dis(db,
            "INSERT OR IGNORE INTO request_dismissed_matches (request_id, target_type, target_id, dismissed_at, "
            "dismissed_by) VALUES (?, ?, ?, ?, ?)");
        for (const LinkCandidate& c : dismiss) {
            dis.bind(1, id).bind(2, c.targetType).bind(3, c.id).bind(4, now).bind(5, m_vault.actor().id).exec();
        }
        const QString detail = QStringLiteral("confirmed=%1 dismissed=%2").arg(confirm.size()).arg(dismiss.size());
        addEvent(db, m_vault.actor(), id, QStringLiteral("matches"), {}, {}, detail);
        m_vault.audit({ QStringLiteral("request.matches"), QStringLiteral("request"), QString::number(id),
            { QStringLiteral("links") }, detail });
    });
}

QString RequestService::unconfirmedMessage(const QList<LinkCandidate>& matches)
{
    QStringList lines;
    for (const LinkCandidate& c : matches) {
        lines << cd::RequestsText::tr("%1 %2 (matched on %3)").arg(c.targetType).arg(c.id).arg(c.matchedOn);
    }
    return QCoreApplication::translate("cd::Requests",
               "%n record(s) match the requester's contact details but were neither confirmed nor dismissed. "
               "Confirm or dismiss each one before fulfilling the request:",
               nullptr, int(matches.size()))
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

Result<QStringList> RequestService::correctSubmission(qint64 requestId, const CorrectionInput& in)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    static const QStringList editable { QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"),
        QStringLiteral("region"), QStringLiteral("message") };
    for (auto it = in.fields.begin(); it != in.fields.end(); ++it) {
        if (!editable.contains(it.key())) {
            return Error { ErrorCode::InvalidInput,
                cd::RequestsText::tr("The field %1 cannot be corrected here.").arg(it.key()) };
        }
    }
    if (in.fields.contains(QStringLiteral("email")) && !in.fields.value(QStringLiteral("email")).trimmed().isEmpty()
        && !ContactNormalizer::looksLikeEmail(in.fields.value(QStringLiteral("email")))) {
        return Error { ErrorCode::InvalidInput, cd::RequestsText::tr("The email address does not look valid.") };
    }
    QStringList changed;
    const Status s = m_vault.transact([&](Database& db) {
        const RightsRequest r = loadRequest(db, requestId);
        if (r.type != RequestType::Correction || r.state != RequestState::InProgress) {
            throw DbException(ErrorCode::NotAllowed,
                cd::RequestsText::tr("Records are corrected from a correction request that is in progress."));
        }
        if (!linkedIds(db, requestId, "submission").contains(in.submissionId)) {
            throw DbException(ErrorCode::NotAllowed,
                cd::RequestsText::tr("Link the contact submission to the request before correcting it."));
        }
        Statement cur(db, "SELECT name, phone, email, region, message FROM submissions WHERE id = ?");
        cur.bind(1, in.submissionId);
        if (!cur.next()) {
            throw DbException(ErrorCode::NotFound,
                cd::RequestsText::tr("Contact submission %1 does not exist.").arg(in.submissionId));
        }
        QMap<QString, QString> current;
        for (int i = 0; i < editable.size(); ++i) {
            current.insert(editable.at(i), cur.text(i));
        }
        cur.reset();
        for (auto it = in.fields.begin(); it != in.fields.end(); ++it) {
            const QString value = it.value().trimmed();
            if (value == current.value(it.key())) {
                continue;
            }
            // Column names come from the fixed list above, never from input.
            Statement up(
                db, QStringLiteral("UPDATE submissions SET %1 = ?, updated_at = ? WHERE id = ?").arg(it.key()));
            up.bindText(1, value).bind(2, Clock::nowUtc()).bind(3, in.submissionId).exec();
            if (it.key() == QLatin1String("phone")) {
                Statement n(db, "UPDATE submissions SET phone_norm = ? WHERE id = ?");
                n.bindText(1, ContactNormalizer::phone(value)).bind(2, in.submissionId).exec();
            } else if (it.key() == QLatin1String("email")) {
                Statement n(db, "UPDATE submissions SET email_norm = ? WHERE id = ?");
                n.bindText(1, ContactNormalizer::email(value)).bind(2, in.submissionId).exec();
            }
            changed << it.key();
        }
        if (changed.isEmpty()) {
            return;
        }
        {
            // Every indexed field (name, phone, email, message, region): the search index follows
            // in this transaction.
            Statement text(db, "SELECT name, phone_norm, email_norm, message, region FROM submissions WHERE id = ?");
            text.bind(1, in.submissionId);
            text.next();
            submissions::SearchIndex::reindex(db, in.submissionId,
                submissions::SearchIndex::IndexedText {
                    text.text(0), text.text(1), text.text(2), text.text(3), text.text(4) });
        }
        const QString detail = QStringLiteral("request=%1 submission=%2 fields=%3")
                                   .arg(r.number)
                                   .arg(in.submissionId)
                                   .arg(changed.join(QLatin1Char(',')));
        addEvent(db, m_vault.actor(), requestId, QStringLiteral("correction"), {}, {},
            QStringLiteral("submission=%1 fields=%2").arg(in.submissionId).arg(changed.join(QLatin1Char(','))));
        m_vault.audit({ QStringLiteral("submission.update"), QStringLiteral("submission"),
            QString::number(in.submissionId), changed, detail });
    });
    if (!s) {
        return s;
    }
    return changed;
}

Result<DataPackage> RequestService::dataPackage(qint64 id)
{
    if (Status s = m_vault.require(Permission::ExportPersonalData); !s) {
        return s;
    }
    if (auto open = unconfirmedMatches(id); !open) {
        return open.error();
    } else if (!open->isEmpty()) {
        return Error { ErrorCode::NotAllowed, unconfirmedMessage(open.value()) };
    }
    DataPackage p;
    const Status s = m_vault.transact([&](Database& db) {
        p.request = loadRequest(db, id);
        if (p.request.erased) {
            throw DbException(ErrorCode::NotAllowed,
                cd::RequestsText::tr("The person's data was deleted; there is nothing to export."));
        }
        Statement q(db,
            "SELECT s.id, s.received_at, s.name, s.phone, s.email, s.region, s.message, s.status "
            "FROM request_links l JOIN submissions s ON s.id = l.target_id "
            "WHERE l.request_id = ? AND l.target_type = 'submission' ORDER BY s.received_at, s.id");
        q.bind(1, id);
        while (q.next()) {
            p.submissions.append(readSubmission(q));
        }
        p.requests.append(p.request);
        for (qint64 other : linkedIds(db, id, "request")) {
            p.requests.append(loadRequest(db, other));
        }
        Statement up(db, "UPDATE requests SET fulfilled_by = ?, fulfilled_at = ?, updated_at = ? WHERE id = ?");
        up.bind(1, m_vault.actor().id).bind(2, Clock::nowUtc()).bind(3, Clock::nowUtc()).bind(4, id).exec();
        const QString detail
            = QStringLiteral("submissions=%1 requests=%2").arg(p.submissions.size()).arg(p.requests.size());
        addEvent(db, m_vault.actor(), id, QStringLiteral("package"), {}, {}, detail);
        m_vault.audit(
            { QStringLiteral("request.data_package"), QStringLiteral("request"), QString::number(id), {}, detail });
    });
    if (!s) {
        return s;
    }
    return p;
}

QJsonObject RequestService::dataPackageJson(const DataPackage& p)
{
    QJsonArray subs;
    for (const LinkedSubmission& s : p.submissions) {
        subs.append(QJsonObject { { QStringLiteral("id"), s.id },
            { QStringLiteral("received_at"), s.receivedAt.toString(Qt::ISODateWithMs) },
            { QStringLiteral("name"), s.name }, { QStringLiteral("phone"), s.phone },
            { QStringLiteral("email"), s.email }, { QStringLiteral("region"), s.region },
            { QStringLiteral("message"), s.message }, { QStringLiteral("status"), s.status } });
    }
    QJsonArray reqs;
    for (const RightsRequest& r : p.requests) {
        reqs.append(QJsonObject { { QStringLiteral("number"), r.number }, { QStringLiteral("type"), key(r.type) },
            { QStringLiteral("state"), key(r.state) },
            { QStringLiteral("received_on"), r.receivedOn.toString(Qt::ISODate) },
            { QStringLiteral("channel"), key(r.channel) }, { QStringLiteral("requester_name"), r.requesterName },
            { QStringLiteral("email"), r.email }, { QStringLiteral("phone"), r.phone },
            { QStringLiteral("on_behalf"), key(r.onBehalf) }, { QStringLiteral("description"), r.description } });
    }
    return QJsonObject { { QStringLiteral("format"), QStringLiteral("cd-data-package-1") },
        { QStringLiteral("controller_contact"), QStringLiteral("security@vivest.cn") },
        { QStringLiteral("request"), p.request.number },
        { QStringLiteral("generated_at"), Clock::nowUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("contact_submissions"), subs }, { QStringLiteral("rights_requests"), reqs } };
}

Result<ErasureResult> RequestService::eraseLinkedData(qint64 id, const QString& groundKey)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (!findChoice(deletionGrounds(), groundKey)) {
        return Error { ErrorCode::InvalidInput, cd::RequestsText::tr("Choose the legal ground for the deletion.") };
    }
    QList<LinkCandidate> open;
    if (auto matches = unconfirmedMatches(id); !matches) {
        return matches.error();
    } else {
        open = matches.value();
    }
    ErasureResult result;
    const Status s = m_vault.transact([&](Database& db) {
        const RightsRequest r = loadRequest(db, id);
        if (!open.isEmpty() && isErasure(r.type) && r.state == RequestState::InProgress) {
            throw DbException(ErrorCode::NotAllowed, unconfirmedMessage(open));
        }
        if (!isErasure(r.type)) {
            throw DbException(ErrorCode::NotAllowed,
                cd::RequestsText::tr("Only deletion and account cancellation requests delete data."));
        }
        if (r.state != RequestState::InProgress || !r.isVerified()) {
            throw DbException(ErrorCode::NotAllowed,
                cd::RequestsText::tr("Verify the requester's identity and start work on the request before deleting."));
        }
        const QList<qint64> submissionIds = linkedIds(db, id, "submission");
        QList<qint64> requestIds = linkedIds(db, id, "request");
        requestIds.prepend(id);
        // The person's identifiers go into the erasure ledger before the values are gone, so a
        // restored backup or a re-imported file cannot bring them back.
        QList<ErasureLedger::Identifiers> identifiers;
        {
            Statement req(db, "SELECT email_norm, phone_norm FROM requests WHERE id = ?");
            for (qint64 rid : requestIds) {
                req.bind(1, rid);
                if (req.next()) {
                    identifiers.append({ req.text(0), req.text(1) });
                }
                req.reset();
            }
            Statement sub(db, "SELECT email_norm, phone_norm FROM submissions WHERE id = ?");
            for (qint64 sid : submissionIds) {
                sub.bind(1, sid);
                if (sub.next()) {
                    identifiers.append({ sub.text(0), sub.text(1) });
                }
                sub.reset();
            }
        }
        int dismissedMatches = 0;
        {
            Statement d(db, "SELECT count(*) FROM request_dismissed_matches WHERE request_id = ?");
            d.bind(1, id);
            d.next();
            dismissedMatches = int(d.int64(0));
        }
        // The person and each record go into the ledger before the values are gone (the record
        // digests need the rows' ids and times).
        const QDateTime erasedAt = Clock::nowUtc();
        const QString person = ErasureLedger::record(db, identifiers, erasedAt);
        ErasureLedger::recordErased(
            db, QStringLiteral("submissions"), submissionIds, ErasureLedger::Reason::Request, person, erasedAt);
        ErasureLedger::recordErased(
            db, QStringLiteral("requests"), requestIds, ErasureLedger::Reason::Request, person, erasedAt);
        {
            // Records staff told apart as another person's: kept, and known as such afterwards.
            QList<qint64> keptSubmissions;
            QList<qint64> keptRequests;
            Statement d(db, "SELECT target_type, target_id FROM request_dismissed_matches WHERE request_id = ?");
            d.bind(1, id);
            while (d.next()) {
                (d.text(0) == QLatin1String("submission") ? keptSubmissions : keptRequests).append(d.int64(1));
            }
            ErasureLedger::recordErased(
                db, QStringLiteral("submissions"), keptSubmissions, ErasureLedger::Reason::Kept, person, erasedAt);
            ErasureLedger::recordErased(
                db, QStringLiteral("requests"), keptRequests, ErasureLedger::Reason::Kept, person, erasedAt);
        }
        const int submissions = submissions::eraseSubmissions(db, submissionIds);
        int attachments = 0;
        Statement scrub(db,
            "UPDATE requests SET requester_name = '', email = '', email_norm = '', phone = '', "
            "phone_norm = '', description = '', rejection_text = '', extension_reason = '', erased = 1, "
            "updated_at = ? WHERE id = ?");
        for (qint64 rid : requestIds) {
            attachments += AttachmentStore::removeAllFor(db, QStringLiteral("request"), rid);
            scrub.bind(1, Clock::nowUtc()).bind(2, rid).exec();
        }
        Statement unlink(db, "DELETE FROM request_links WHERE target_type = 'submission' AND target_id = ?");
        for (qint64 sid : submissionIds) {
            unlink.bind(1, sid).exec();
        }
        result.counts.insert(QStringLiteral("contact_submissions"), submissions);
        result.counts.insert(QStringLiteral("request_contact_details"), requestIds.size());
        result.counts.insert(QStringLiteral("attachments"), attachments);
        result.kept.insert(QStringLiteral("dismissed_matches"), dismissedMatches);
        result.at = erasedAt;
        QJsonObject summary;
        for (auto it = result.counts.begin(); it != result.counts.end(); ++it) {
            summary.insert(it.key(), it.value());
        }
        QJsonObject kept;
        for (auto it = result.kept.begin(); it != result.kept.end(); ++it) {
            kept.insert(it.key(), it.value());
        }
        summary.insert(QStringLiteral("kept"), kept);
        Statement done(db,
            "UPDATE requests SET deletion_ground = ?, deletion_summary = ?, fulfilled_by = ?, "
            "fulfilled_at = ?, state = 'completed', closed_at = ?, updated_at = ? WHERE id = ?");
        done.bind(1, groundKey)
            .bind(2, QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)))
            .bind(3, m_vault.actor().id)
            .bind(4, result.at)
            .bind(5, result.at)
            .bind(6, result.at)
            .bind(7, id)
            .exec();
        const QString detail = QStringLiteral("ground=%1 submissions=%2 requests=%3 attachments=%4")
                                   .arg(groundKey)
                                   .arg(submissions)
                                   .arg(requestIds.size())
                                   .arg(attachments);
        addEvent(db, m_vault.actor(), id, QStringLiteral("erase"), key(r.state), key(RequestState::Completed), detail);
        m_vault.audit({ QStringLiteral("request.erase"), QStringLiteral("request"), QString::number(id),
            { QStringLiteral("requester_name"), QStringLiteral("email"), QStringLiteral("phone"),
                QStringLiteral("description"), QStringLiteral("state") },
            detail });
    });
    if (!s) {
        return s;
    }
    // Outside the transaction: rebuilding index segments may need its own.
    try {
        submissions::compactSearchIndex(m_vault.db());
    } catch (const DbException& e) {
        return Error { e.error().code,
            cd::RequestsText::tr("The records were deleted, but the search index could not be compacted: %1 "
                                 "Run the deletion again to retry.")
                .arg(e.error().message) };
    }
    return result;
}

Status RequestService::signOffCertificate(qint64 id)
{
    if (Status s = m_vault.require(Permission::Approve); !s) {
        return s;
    }
    return m_vault.transact([&](Database& db) {
        const RightsRequest r = loadRequest(db, id);
        if (r.deletionGround.isEmpty()) {
            throw DbException(ErrorCode::NotAllowed, cd::RequestsText::tr("Nothing was deleted for this request yet."));
        }
        if (r.signedOffAt.isValid()) {
            throw DbException(ErrorCode::Conflict, cd::RequestsText::tr("The certificate is already signed off."));
        }
        Statement up(db, "UPDATE requests SET signed_off_by = ?, signed_off_at = ?, updated_at = ? WHERE id = ?");
        up.bind(1, m_vault.actor().id).bind(2, Clock::nowUtc()).bind(3, Clock::nowUtc()).bind(4, id).exec();
        addEvent(db, m_vault.actor(), id, QStringLiteral("signoff"), {}, {}, {});
        m_vault.audit({ QStringLiteral("request.signoff"), QStringLiteral("request"), QString::number(id),
            { QStringLiteral("signed_off_by") }, {} });
    });
}

QStringList RequestService::letterOutcomes()
{
    return { QStringLiteral("completed_access"), QStringLiteral("completed_correction"),
        QStringLiteral("completed_deletion"), QStringLiteral("completed_other"), QStringLiteral("rejected"),
        QStringLiteral("withdrawn") };
}

QString RequestService::letterTemplate(const QString& outcome, const QString& language)
{
    try {
        Statement q(m_vault.db(), "SELECT body FROM request_letter_templates WHERE outcome = ? AND language = ?");
        q.bind(1, outcome).bind(2, language);
        if (q.next() && !q.text(0).trimmed().isEmpty()) {
            return q.text(0);
        }
    } catch (const DbException&) {
    }
    return defaultLetterTemplate(outcome, language);
}

Status RequestService::setLetterTemplate(const QString& outcome, const QString& language, const QString& body)
{
    if (Status s = m_vault.require(Permission::ManageSettings); !s) {
        return s;
    }
    if (!letterOutcomes().contains(outcome)
        || (language != QLatin1String("zh_CN") && language != QLatin1String("en"))) {
        return Error { ErrorCode::InvalidInput, cd::RequestsText::tr("Unknown letter template.") };
    }
    return m_vault.transact([&](Database& db) {
        if (body.trimmed().isEmpty()) {
            Statement del(db, "DELETE FROM request_letter_templates WHERE outcome = ? AND language = ?");
            del.bind(1, outcome).bind(2, language).exec();
        } else {
            Statement ins(
                db, "INSERT OR REPLACE INTO request_letter_templates (outcome, language, body) VALUES (?, ?, ?)");
            ins.bind(1, outcome).bind(2, language).bind(3, body.left(20000)).exec();
        }
        m_vault.audit({ QStringLiteral("request.letter_template"), QStringLiteral("letter_template"),
            outcome + QLatin1Char('.') + language, { QStringLiteral("body") }, {} });
    });
}

QString RequestService::defaultLetterTemplate(const QString& outcome, const QString& language)
{
    const bool zh = language == QLatin1String("zh_CN");
    if (outcome == QLatin1String("completed_access")) {
        return zh ? QString::fromUtf8(
                   "您于{received}提出的{type}请求（编号 {number}）已办理完毕。随函附上我们保存的与您有关的"
                   "个人信息副本（PDF 及可机读的 JSON 文件）。")
                  : QStringLiteral("We have completed your %1 request of {received} (reference {number}). Enclosed is "
                                   "a copy of the personal information we hold about you, as a PDF and as a "
                                   "machine-readable JSON file.")
                        .arg(QStringLiteral("{type}"));
    }
    if (outcome == QLatin1String("completed_correction")) {
        return zh ? QString::fromUtf8(
                   "您于{received}提出的更正请求（编号 {number}）已办理完毕，相关个人信息已按您的要求更正。")
                  : QStringLiteral("We have completed your correction request of {received} (reference {number}). The "
                                   "personal information concerned has been corrected as you asked.");
    }
    if (outcome == QLatin1String("completed_deletion")) {
        return zh
            ? QString::fromUtf8("您于{received}提出的{type}请求（编号 {number}）已办理完毕。依据“{ground}”，我们已删除"
                                "与您有关的个人信息，删除证明随函附上。")
            : QStringLiteral("We have completed your {type} request of {received} (reference {number}). On the "
                             "ground \"{ground}\" we have deleted the personal information we held about you; "
                             "the deletion certificate is enclosed.");
    }
    if (outcome == QLatin1String("completed_other")) {
        return zh ? QString::fromUtf8("您于{received}提出的{type}请求（编号 {number}）已办理完毕。")
                  : QStringLiteral("We have completed your {type} request of {received} (reference {number}).");
    }
    if (outcome == QLatin1String("rejected")) {
        return zh ? QString::fromUtf8(
                   "经审查，我们无法满足您于{received}提出的{type}请求（编号 {number}）。\n理由：{reason}\n"
                   "说明：{explanation}\n如您对本决定有异议，可以向履行个人信息保护职责的部门投诉、举报，"
                   "或者依法向人民法院提起诉讼（《中华人民共和国个人信息保护法》第五十条）。")
                  : QStringLiteral("After review we cannot grant your {type} request of {received} (reference "
                                   "{number}).\nReason: {reason}\nExplanation: {explanation}\nIf you disagree with "
                                   "this decision, you may complain to the authorities responsible for personal "
                                   "information protection or bring a lawsuit before a people's court (Personal "
                                   "Information Protection Law of the PRC, art. 50).");
    }
    if (outcome == QLatin1String("withdrawn")) {
        return zh ? QString::fromUtf8("我们确认您已撤回于{received}提出的{type}请求（编号 {number}），本请求已结案。")
                  : QStringLiteral("We confirm that you withdrew your {type} request of {received} (reference "
                                   "{number}); the request is closed.");
    }
    return {};
}

Result<RequestService::Counts> RequestService::counts()
{
    RequestFilter f;
    f.openOnly = true;
    auto open = list(f);
    if (!open) {
        return open.error();
    }
    const WorkingDayCalendar cal = calendar();
    const QDate today = Clock::today();
    Counts c;
    c.open = open->size();
    for (const RightsRequest& r : open.value()) {
        if (r.isOverdue(cal, today)) {
            ++c.overdue;
        } else if (r.isDueSoon(cal, today)) {
            ++c.dueSoon;
        }
    }
    return c;
}

} // namespace cd::requests
