// Fulfilment of rights requests: intake matches, corrections, data packages, erasure and sign-off.
#include "RequestService.h"
#include "RequestStore.h"
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

Result<QList<LinkCandidate>> RequestService::unconfirmedMatches(qint64 id)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<QList<LinkCandidate>> {
        const RightsRequest r = loadRequest(tx.db(), id);
        auto candidates = findCandidates(r.email, r.phone, id);
        if (!candidates) {
            return candidates;
        }
        const QList<qint64> linkedSubs = linkedIds(tx.db(), id, "submission");
        const QList<qint64> linkedReqs = linkedIds(tx.db(), id, "request");
        QSet<QPair<QString, qint64>> dismissed;
        Statement d(tx.db(), "SELECT target_type, target_id FROM request_dismissed_matches WHERE request_id = ?");
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
    });
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
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
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
        tx.audit({ QStringLiteral("request.matches"), QStringLiteral("request"), QString::number(id),
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
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
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
        tx.audit({ QStringLiteral("submission.update"), QStringLiteral("submission"), QString::number(in.submissionId),
            changed, detail });
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
    const Status s = m_vault.write(Permission::ExportPersonalData, [&](WriteTx& tx) {
        Database& db = tx.db();
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
        tx.audit(
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

Result<ErasureResult> RequestService::eraseLinkedData(qint64 id, const QString& groundKey, const WorkControl& control)
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
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
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
        const QString cancelled = cd::RequestsText::tr("Deletion cancelled; nothing was deleted.");
        const auto step = [&](qint64 done, qint64 total) { control.step(done, total, cancelled); };
        step(0, submissionIds.size());
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
        const int submissions = submissions::eraseSubmissions(db, submissionIds, step);
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
        step(submissionIds.size(), submissionIds.size());
        tx.audit({ QStringLiteral("request.erase"), QStringLiteral("request"), QString::number(id),
            { QStringLiteral("requester_name"), QStringLiteral("email"), QStringLiteral("phone"),
                QStringLiteral("description"), QStringLiteral("state") },
            detail });
    });
    if (!s) {
        return s;
    }
    // Outside the transaction: rebuilding index segments may need its own.
    if (Status c = catchDb([&] { submissions::compactSearchIndex(m_vault.db()); }); !c) {
        return Error { c.code(),
            cd::RequestsText::tr("The records were deleted, but the search index could not be compacted: %1 "
                                 "Run the deletion again to retry.")
                .arg(c.message()) };
    }
    return result;
}

Status RequestService::signOffCertificate(qint64 id)
{
    return m_vault.write(Permission::Approve, [&](WriteTx& tx) {
        Database& db = tx.db();
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
        tx.audit({ QStringLiteral("request.signoff"), QStringLiteral("request"), QString::number(id),
            { QStringLiteral("signed_off_by") }, {} });
    });
}

} // namespace cd::requests
