#include "RequestStore.h"
#include "util/TranslationContexts.h"

#include "storage/Statement.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cd::requests::store {

namespace {

// The columns readRequest() reads, in one list: the SELECT and the indexes come from it, so a
// column cannot be read at the wrong position.
#define CD_REQUEST_COLUMNS(X)                                                                                          \
    X(ColId, "r.id")                                                                                                   \
    X(ColNumber, "r.number")                                                                                           \
    X(ColType, "r.type")                                                                                               \
    X(ColState, "r.state")                                                                                             \
    X(ColReceivedOn, "r.received_on")                                                                                  \
    X(ColChannel, "r.channel")                                                                                         \
    X(ColRequesterName, "r.requester_name")                                                                            \
    X(ColEmail, "r.email")                                                                                             \
    X(ColPhone, "r.phone")                                                                                             \
    X(ColOnBehalf, "r.on_behalf")                                                                                      \
    X(ColDescription, "r.description")                                                                                 \
    X(ColPossibleMinor, "r.possible_minor")                                                                            \
    X(ColAssigneeId, "coalesce(r.assignee_id, 0)")                                                                     \
    X(ColAssigneeName, "coalesce(a.display_name, '')")                                                                 \
    X(ColDeadlineRule, "r.deadline_rule")                                                                              \
    X(ColBaseDueOn, "r.base_due_on")                                                                                   \
    X(ColDueOn, "r.due_on")                                                                                            \
    X(ColPausedWorkingDays, "r.paused_working_days")                                                                   \
    X(ColPausedSince, "r.paused_since")                                                                                \
    X(ColResumeState, "coalesce(r.resume_state, '')")                                                                  \
    X(ColExtensionMonths, "r.extension_months")                                                                        \
    X(ColExtensionReason, "r.extension_reason")                                                                        \
    X(ColVerificationMethod, "coalesce(r.verification_method, '')")                                                    \
    X(ColVerifiedByName, "coalesce(v.display_name, '')")                                                               \
    X(ColVerifiedAt, "r.verified_at")                                                                                  \
    X(ColRejectionReason, "coalesce(r.rejection_reason, '')")                                                          \
    X(ColRejectionText, "r.rejection_text")                                                                            \
    X(ColDeletionGround, "coalesce(r.deletion_ground, '')")                                                            \
    X(ColDeletionSummary, "r.deletion_summary")                                                                        \
    X(ColFulfilledByName, "coalesce(f.display_name, '')")                                                              \
    X(ColFulfilledAt, "r.fulfilled_at")                                                                                \
    X(ColSignedOffByName, "coalesce(s.display_name, '')")                                                              \
    X(ColSignedOffAt, "r.signed_off_at")                                                                               \
    X(ColClosedAt, "r.closed_at")                                                                                      \
    X(ColErased, "r.erased")                                                                                           \
    X(ColCreatedAt, "r.created_at")                                                                                    \
    X(ColLinkedSubmissionCount,                                                                                        \
        "(SELECT count(*) FROM request_links l WHERE l.request_id = r.id AND l.target_type = 'submission')")

enum RequestColumn : int {
#define CD_REQUEST_COLUMN_ENUM(name, sql) name,
    CD_REQUEST_COLUMNS(CD_REQUEST_COLUMN_ENUM)
#undef CD_REQUEST_COLUMN_ENUM
};

} // namespace

const QString& requestSelect()
{
    static const QString sql = []() -> QString {
        QStringList columns;
#define CD_REQUEST_COLUMN_SQL(name, sql) columns << QStringLiteral(sql);
        CD_REQUEST_COLUMNS(CD_REQUEST_COLUMN_SQL)
#undef CD_REQUEST_COLUMN_SQL
        return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
            + QStringLiteral(
                " FROM requests r LEFT JOIN accounts a ON a.id = r.assignee_id "
                "LEFT JOIN accounts v ON v.id = r.verified_by LEFT JOIN accounts f ON f.id = r.fulfilled_by "
                "LEFT JOIN accounts s ON s.id = r.signed_off_by ");
    }();
    return sql;
}

RightsRequest readRequest(const Statement& q)
{
    RightsRequest r;
    r.id = q.int64(ColId);
    r.number = q.text(ColNumber);
    fromKey(q.text(ColType), &r.type);
    fromKey(q.text(ColState), &r.state);
    r.receivedOn = q.date(ColReceivedOn);
    fromKey(q.text(ColChannel), &r.channel);
    r.requesterName = q.text(ColRequesterName);
    r.email = q.text(ColEmail);
    r.phone = q.text(ColPhone);
    fromKey(q.text(ColOnBehalf), &r.onBehalf);
    r.description = q.text(ColDescription);
    r.possibleMinor = q.boolean(ColPossibleMinor);
    r.assigneeId = q.int64(ColAssigneeId);
    r.assigneeName = q.text(ColAssigneeName);
    DeadlineRule::parse(q.text(ColDeadlineRule), &r.rule);
    r.baseDueOn = q.date(ColBaseDueOn);
    r.dueOn = q.date(ColDueOn);
    r.pausedWorkingDays = q.integer(ColPausedWorkingDays);
    r.pausedSince = q.isNull(ColPausedSince) ? QDate() : q.date(ColPausedSince);
    fromKey(q.text(ColResumeState), &r.resumeState);
    r.extensionMonths = q.integer(ColExtensionMonths);
    r.extensionReason = q.text(ColExtensionReason);
    r.verificationMethod = q.text(ColVerificationMethod);
    r.verifiedByName = q.text(ColVerifiedByName);
    r.verifiedAt = q.isNull(ColVerifiedAt) ? QDateTime() : q.dateTime(ColVerifiedAt);
    r.rejectionReason = q.text(ColRejectionReason);
    r.rejectionText = q.text(ColRejectionText);
    r.deletionGround = q.text(ColDeletionGround);
    const QJsonObject summary = QJsonDocument::fromJson(q.text(ColDeletionSummary).toUtf8()).object();
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
    r.fulfilledByName = q.text(ColFulfilledByName);
    r.fulfilledAt = q.isNull(ColFulfilledAt) ? QDateTime() : q.dateTime(ColFulfilledAt);
    r.signedOffByName = q.text(ColSignedOffByName);
    r.signedOffAt = q.isNull(ColSignedOffAt) ? QDateTime() : q.dateTime(ColSignedOffAt);
    r.closedAt = q.isNull(ColClosedAt) ? QDateTime() : q.dateTime(ColClosedAt);
    r.erased = q.boolean(ColErased);
    r.createdAt = q.dateTime(ColCreatedAt);
    r.linkedSubmissionCount = q.integer(ColLinkedSubmissionCount);
    return r;
}

RightsRequest loadRequest(Database& db, qint64 id)
{
    Statement q(db, requestSelect() + QStringLiteral("WHERE r.id = ?"));
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

} // namespace cd::requests::store
