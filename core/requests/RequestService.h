#pragma once

#include "requests/RequestTypes.h"
#include "requests/WorkingDayCalendar.h"
#include "storage/WorkControl.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace cd {

class Vault;
class Database;

namespace requests {

// What staff enter when a request arrives.
struct RequestDraft {
    RequestType type = RequestType::Access;
    QDate receivedOn;
    Channel channel = Channel::Email;
    QString requesterName;
    QString email;
    QString phone;
    OnBehalf onBehalf = OnBehalf::Self;
    QString description;
    bool possibleMinor = false;
    qint64 assigneeId = 0;
    // Records staff confirmed as the person's (from findCandidates()).
    QList<qint64> linkedSubmissions;
    QList<qint64> linkedRequests;
};

// What a request's deadline depends on: the one place of the due-date, overdue and due-soon
// rules, for a full RightsRequest and for lists that read only these columns (the dashboard).
struct RequestDeadline {
    RequestState state = RequestState::Received;
    QDate dueOn; // base + extension + completed pauses
    QDate pausedSince;

    // Due date as seen on `today`: an open pause keeps pushing it out.
    QDate effectiveDue(const WorkingDayCalendar& calendar, const QDate& today) const;
    bool isOverdue(const WorkingDayCalendar& calendar, const QDate& today) const;
    bool isDueSoon(const WorkingDayCalendar& calendar, const QDate& today) const; // within 3 working days
    int workingDaysLeft(const WorkingDayCalendar& calendar, const QDate& today) const;
};

struct RightsRequest {
    qint64 id = 0;
    QString number;
    RequestType type = RequestType::Access;
    RequestState state = RequestState::Received;
    QDate receivedOn;
    Channel channel = Channel::Email;
    QString requesterName;
    QString email;
    QString phone;
    OnBehalf onBehalf = OnBehalf::Self;
    QString description;
    bool possibleMinor = false;
    qint64 assigneeId = 0;
    QString assigneeName;
    DeadlineRule rule;
    QDate baseDueOn;
    QDate dueOn; // base + extension + completed pauses
    int pausedWorkingDays = 0;
    QDate pausedSince;
    RequestState resumeState = RequestState::Verification;
    int extensionMonths = 0;
    QString extensionReason; // one line per extension, oldest first
    QString verificationMethod;
    QString verifiedByName;
    QDateTime verifiedAt;
    QString rejectionReason;
    QString rejectionText;
    QString deletionGround;
    QMap<QString, int> deletionCounts; // category → records deleted
    QMap<QString, int> keptCounts; // what the deletion found and kept (e.g. records confirmed as another person's)
    QString fulfilledByName;
    QDateTime fulfilledAt;
    QString signedOffByName;
    QDateTime signedOffAt;
    QDateTime closedAt;
    bool erased = false; // personal values removed after a deletion
    QDateTime createdAt;
    int linkedSubmissionCount = 0;

    bool isVerified() const { return !verificationMethod.isEmpty() && verifiedAt.isValid(); }
    RequestDeadline deadline() const { return { state, dueOn, pausedSince }; }
    // Due date as seen on `today`: an open pause keeps pushing it out.
    QDate effectiveDue(const WorkingDayCalendar& calendar, const QDate& today) const
    {
        return deadline().effectiveDue(calendar, today);
    }
    bool isOverdue(const WorkingDayCalendar& calendar, const QDate& today) const
    {
        return deadline().isOverdue(calendar, today);
    }
    bool isDueSoon(const WorkingDayCalendar& calendar, const QDate& today) const // within 3 working days
    {
        return deadline().isDueSoon(calendar, today);
    }
    int workingDaysLeft(const WorkingDayCalendar& calendar, const QDate& today) const
    {
        return deadline().workingDaysLeft(calendar, today);
    }
};

struct RequestEvent {
    QDateTime at;
    QString actor;
    QString kind; // created, transition, link, extension, correction, fulfil, signoff, erase
    QString fromState;
    QString toState;
    QString detail; // keys and counts only
};

// A record that may belong to the requester, proposed at intake.
struct LinkCandidate {
    QString targetType; // "submission" or "request"
    qint64 id = 0;
    QString label; // e.g. received date and name, for staff to recognise it
    QString matchedOn; // "email", "phone" or "email+phone"
    QDateTime at;
};

struct TransitionInput {
    RequestState to = RequestState::Received;
    QString reasonKey; // rejection: one of rejectionReasons()
    QString reasonText; // rejection: free text explaining it to the person
    QString verificationMethod; // leaving verification for in progress: one of verificationMethods()
    qint64 verifiedById = 0; // defaults to the signed-in account
    QDate on; // date of the step (pauses count from here); defaults to today
};

struct RequestFilter {
    QList<RequestType> types;
    QList<RequestState> states;
    bool openOnly = false;
    bool overdueOnly = false;
    bool dueThisWeek = false;
    bool dueSoon = false; // within 3 working days or overdue
    qint64 assigneeId = -1; // -1: anyone, 0: unassigned
    QString text; // number, name, email or phone contains
    QDate receivedFrom;
    QDate receivedTo;
};

struct LinkedSubmission {
    qint64 id = 0;
    QDateTime receivedAt;
    QString name;
    QString phone;
    QString email;
    QString region;
    QString message;
    QString status;
};

// Everything kept about the person: the linked submissions and request records.
struct DataPackage {
    RightsRequest request;
    QList<LinkedSubmission> submissions;
    QList<RightsRequest> requests; // this request and the linked earlier ones
};

struct ErasureResult {
    QMap<QString, int> counts; // category → deleted
    QMap<QString, int> kept; // dismissed_matches → records that matched but are another person's
    QDateTime at;
};

struct CorrectionInput {
    qint64 submissionId = 0;
    QMap<QString, QString> fields; // name, phone, email, region, message
};

class RequestService
{
public:
    explicit RequestService(Vault& vault);

    // The register's reads (list, calendar) go through `connection` instead of the vault's own:
    // a worker thread's connection (Vault::openConnection()), so a long report never shares the
    // connection the window reads through. Permissions are still the signed-in actor's.
    void readThrough(Database* connection) { m_connection = connection; }

    static constexpr int dueSoonWorkingDays = 3;

    // Vault-wide rule and calendar.
    DeadlineRule deadlineRule();
    Status setDeadlineRule(const DeadlineRule& rule);
    WorkingDayCalendar calendar();

    Result<QList<LinkCandidate>> findCandidates(const QString& email, const QString& phone, qint64 excludeRequest = 0);
    Result<RightsRequest> add(const RequestDraft& draft);
    Result<RightsRequest> get(qint64 id);
    Result<RightsRequest> getByNumber(const QString& number);
    Result<QList<RightsRequest>> list(const RequestFilter& filter = {});
    Result<QList<RequestEvent>> timeline(qint64 id);
    Result<QList<LinkedSubmission>> linkedSubmissions(qint64 id);
    Result<QList<RightsRequest>> linkedRequests(qint64 id);

    // The transitions the current state allows and whose preconditions can be met.
    QList<RequestState> availableTransitions(const RightsRequest& request) const;
    Result<RightsRequest> transition(qint64 id, const TransitionInput& input);
    Status assign(qint64 id, qint64 accountId);
    // Active accounts that may take a request (id, display name), for assignment and filters.
    Result<QList<QPair<qint64, QString>>> assignableAccounts();
    Status setLinks(qint64 id, const QList<qint64>& submissions, const QList<qint64>& requests);
    // Month rules only: up to DeadlineRule::maxExtensionMonths more, with a reason. Each extension
    // adds one line to extensionReason (oldest first), matching the timeline's extension events.
    Status extend(qint64 id, int months, const QString& reason);

    // Records the intake proposes for the request (same email or phone) that staff have neither
    // linked nor dismissed. Deletion and access are fulfilled only when this is empty.
    Result<QList<LinkCandidate>> unconfirmedMatches(qint64 id);
    // Staff decide each proposed record: confirm (link it as the person's) or dismiss (not theirs).
    Status resolveMatches(qint64 id, const QList<LinkCandidate>& confirm, const QList<LinkCandidate>& dismiss);
    // The refusal fulfilment gives while matches are unconfirmed, listing them (translated).
    static QString unconfirmedMessage(const QList<LinkCandidate>& matches);

    // Correction: edits a linked submission; the audit names the changed fields. Name, phone,
    // email and message changes update the search index in the same transaction.
    Result<QStringList> correctSubmission(qint64 requestId, const CorrectionInput& input);
    // Access/copy and portability: the linked records (audited as an export of personal data).
    Result<DataPackage> dataPackage(qint64 id);
    static QJsonObject dataPackageJson(const DataPackage& package);
    // Deletion and account cancellation: deletes the linked submissions (and their search-index
    // entries) and scrubs the personal values from this and the linked requests, then completes
    // the request. Only categories and counts remain. One transaction: `control` reports the
    // linked submissions deleted and may cancel until the end, which rolls everything back (the
    // request as it was, nothing erased, no ledger record, no audit entry; ErrorCode::Cancelled).
    Result<ErasureResult> eraseLinkedData(qint64 id, const QString& groundKey, const WorkControl& control = {});
    // Privacy officer sign-off of the deletion certificate.
    Status signOffCertificate(qint64 id);

    // Letter templates per outcome and language; defaults live in code.
    static QStringList letterOutcomes();
    QString letterTemplate(const QString& outcome, const QString& language);
    Status setLetterTemplate(const QString& outcome, const QString& language, const QString& body);
    static QString defaultLetterTemplate(const QString& outcome, const QString& language);

    struct Counts {
        int open = 0;
        int overdue = 0;
        int dueSoon = 0;
    };
    Result<Counts> counts();

private:
    template <typename Fn> auto readRows(Fn&& fn);

    Vault& m_vault;
    Database* m_connection = nullptr;
};

QString outcomeFor(const RightsRequest& request); // letter outcome key for a request

} // namespace requests
} // namespace cd
