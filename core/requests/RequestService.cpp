#include "RequestService.h"
#include "RequestStore.h"
#include "settings/VaultSettings.h"
#include "util/TranslationContexts.h"

#include "attachments/AttachmentStore.h"
#include "audit/AuditLog.h"
#include "contacts/ContactNormalizer.h"
#include "storage/DbGuard.h"
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

using namespace store;

// ---------------------------------------------------------------------------------------------

QDate RequestDeadline::effectiveDue(const WorkingDayCalendar& calendar, const QDate& today) const
{
    if (state == RequestState::Waiting && pausedSince.isValid() && today > pausedSince) {
        return calendar.addWorkingDays(dueOn, calendar.workingDaysBetween(pausedSince, today));
    }
    return dueOn;
}

bool RequestDeadline::isOverdue(const WorkingDayCalendar& calendar, const QDate& today) const
{
    return isOpen(state) && today > effectiveDue(calendar, today);
}

bool RequestDeadline::isDueSoon(const WorkingDayCalendar& calendar, const QDate& today) const
{
    return isOpen(state)
        && calendar.isDueWithin(effectiveDue(calendar, today), today, RequestService::dueSoonWorkingDays);
}

int RequestDeadline::workingDaysLeft(const WorkingDayCalendar& calendar, const QDate& today) const
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
    if (!DeadlineRule::parse(VaultSettings::get<QString>(m_vault, Setting::DeadlineRule), &rule)) {
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
    return VaultSettings::set(m_vault, Setting::DeadlineRule, rule.toString());
}

template <typename Fn> auto RequestService::readRows(Fn&& fn)
{
    if (!m_connection) {
        return m_vault.readResult(Permission::Read, fn);
    }
    return catchDb([&] {
        ReadTx tx(*m_connection);
        return fn(tx);
    });
}

WorkingDayCalendar RequestService::calendar()
{
    const Result<WorkingDayCalendar> stored = readRows([](ReadTx& tx) { return WorkingDayCalendar::load(tx.db()); });
    return stored ? stored.value() : WorkingDayCalendar::bundled();
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
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) {
        QList<LinkCandidate> out;
        Statement subs(tx.db(),
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
        Statement reqs(tx.db(),
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
    });
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
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
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
        tx.audit({ QStringLiteral("request.create"), QStringLiteral("request"), QString::number(id),
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
    return m_vault.readResult(
        Permission::Read, [&](ReadTx& tx) -> Result<RightsRequest> { return loadRequest(tx.db(), id); });
}

Result<RightsRequest> RequestService::getByNumber(const QString& number)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<RightsRequest> {
        Statement q(tx.db(), "SELECT id FROM requests WHERE number = ?");
        q.bind(1, number.trimmed().toUpper());
        if (!q.next()) {
            return Error { ErrorCode::NotFound, cd::RequestsText::tr("Request %1 does not exist.").arg(number) };
        }
        return loadRequest(tx.db(), q.int64(0));
    });
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
    QString sql = requestSelect();
    if (!where.isEmpty()) {
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    }
    sql += QStringLiteral(" ORDER BY r.due_on, r.id");
    return readRows([&](ReadTx& tx) {
        const WorkingDayCalendar cal = calendar();
        const QDate today = Clock::today();
        const QDate weekEnd = today.addDays(7 - today.dayOfWeek());
        Statement q(tx.db(), sql);
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
    });
}

Result<QList<RequestEvent>> RequestService::timeline(qint64 id)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<QList<RequestEvent>> {
        Statement q(tx.db(),
            "SELECT at, actor, kind, coalesce(from_state, ''), coalesce(to_state, ''), detail "
            "FROM request_events WHERE request_id = ? ORDER BY id");
        q.bind(1, id);
        QList<RequestEvent> out;
        while (q.next()) {
            out.append(RequestEvent { q.dateTime(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5) });
        }
        return out;
    });
}

Result<QList<LinkedSubmission>> RequestService::linkedSubmissions(qint64 id)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<QList<LinkedSubmission>> {
        Statement q(tx.db(),
            "SELECT s.id, s.received_at, s.name, s.phone, s.email, s.region, s.message, s.status "
            "FROM request_links l JOIN submissions s ON s.id = l.target_id "
            "WHERE l.request_id = ? AND l.target_type = 'submission' ORDER BY s.received_at, s.id");
        q.bind(1, id);
        QList<LinkedSubmission> out;
        while (q.next()) {
            out.append(readSubmission(q));
        }
        return out;
    });
}

Result<QList<RightsRequest>> RequestService::linkedRequests(qint64 id)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<QList<RightsRequest>> {
        QList<RightsRequest> out;
        for (qint64 other : linkedIds(tx.db(), id, "request")) {
            out.append(loadRequest(tx.db(), other));
        }
        return out;
    });
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
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
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
        tx.audit({ QStringLiteral("request.transition"), QStringLiteral("request"), QString::number(id), fields,
            detail.join(QLatin1Char(' ')) });
    });
    if (!s) {
        return s;
    }
    return get(id);
}

Status RequestService::assign(qint64 id, qint64 accountId)
{
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        loadRequest(db, id);
        Statement up(db, "UPDATE requests SET assignee_id = ?, updated_at = ? WHERE id = ?");
        up.bind(1, accountId > 0 ? QVariant(accountId) : QVariant()).bind(2, Clock::nowUtc()).bind(3, id).exec();
        addEvent(
            db, m_vault.actor(), id, QStringLiteral("assign"), {}, {}, QStringLiteral("assignee=%1").arg(accountId));
        tx.audit({ QStringLiteral("request.assign"), QStringLiteral("request"), QString::number(id),
            { QStringLiteral("assignee_id") }, QStringLiteral("assignee=%1").arg(accountId) });
    });
}

Result<QList<QPair<qint64, QString>>> RequestService::assignableAccounts()
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<QList<QPair<qint64, QString>>> {
        Statement q(tx.db(),
            "SELECT id, display_name FROM accounts WHERE active = 1 AND role <> 'auditor' "
            "ORDER BY display_name");
        QList<QPair<qint64, QString>> out;
        while (q.next()) {
            out.append({ q.int64(0), q.text(1) });
        }
        return out;
    });
}

Status RequestService::setLinks(qint64 id, const QList<qint64>& submissions, const QList<qint64>& requestIds)
{
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
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
        tx.audit({ QStringLiteral("request.link"), QStringLiteral("request"), QString::number(id),
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
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
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
        tx.audit({ QStringLiteral("request.extend"), QStringLiteral("request"), QString::number(id),
            { QStringLiteral("extension_months"), QStringLiteral("extension_reason"), QStringLiteral("due_on") },
            detail });
    });
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
