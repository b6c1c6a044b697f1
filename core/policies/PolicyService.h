#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class Vault;
class Database;
class WriteTx;

enum class PolicyStatus { Draft, InReview, Approved, Published, Superseded };

QString policyStatusKey(PolicyStatus status); // draft, in_review, approved, published, superseded
bool policyStatusFromKey(const QString& key, PolicyStatus* out);
QString policyStatusDisplayName(PolicyStatus status); // translated

// Channels of a material-change announcement (policy 二.7: email or in-site message).
enum NotificationChannel { ChannelEmail = 0x1, ChannelInSite = 0x2, ChannelOther = 0x4 };
QString notificationChannelsText(int channels, const QString& other); // translated, comma-separated

struct PolicyDocument {
    qint64 id = 0;
    QString name;
    int versionCount = 0;
    QString publishedLabel; // empty when nothing is published
};

struct PolicyVersion {
    qint64 id = 0;
    qint64 documentId = 0;
    QString documentName;
    QString label;
    QString textZh; // Markdown
    QString textEn; // Markdown
    QString changeSummary;
    QDate updatedOn;
    QDate effectiveOn;
    PolicyStatus status = PolicyStatus::Draft;
    qint64 authorId = 0;
    QString authorName;
    qint64 approverId = 0;
    QString approverName;
    QDateTime approvedAt;
    QDateTime publishedAt;
    QString contentHash; // SHA-256 hex, set when published
    bool materialChange = false;
    qint64 basedOnId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isEditable() const { return status == PolicyStatus::Draft; }
    bool isSealed() const { return status == PolicyStatus::Published || status == PolicyStatus::Superseded; }
};

// What an author writes; the service keeps status, hash and approvals.
struct PolicyVersionInput {
    QString label;
    QString textZh;
    QString textEn;
    QString changeSummary;
    QDate updatedOn;
    QDate effectiveOn;
    bool materialChange = false;
};

struct NotificationPlan {
    qint64 versionId = 0;
    int channels = 0; // NotificationChannel flags
    QString otherChannel;
    QDate plannedOn;
    QString noticeZh;
    QString noticeEn;
    QDate sentOn;
    qint64 sentById = 0;
    QString sentByName;

    bool isSent() const { return sentOn.isValid(); }
};

struct PolicyStatusChange {
    PolicyStatus from = PolicyStatus::Draft;
    PolicyStatus to = PolicyStatus::Draft;
    QString actorName;
    QDateTime at;
};

// A material-change announcement not yet sent, for the Dashboard.
struct PolicyNotificationDue {
    qint64 versionId = 0;
    QString documentName;
    QString label;
    PolicyStatus status = PolicyStatus::Draft;
    QDate plannedOn;
    QDate effectiveOn;
    int daysOverdue = 0; // > 0 when the planned date has passed
    bool overdue() const { return daysOverdue > 0; }
};

// Documents and versions of the policies, their review, approval and publication, and the
// announcement of material changes. Rules and permissions are enforced here, not in the UI.
class PolicyService
{
public:
    explicit PolicyService(Vault& vault);

    // Vault settings.
    // Setting::SeparateApprover and Setting::NoticeLeadDays (core/settings/VaultSettings.h).
    bool approverMustDifferFromAuthor();
    Status setApproverMustDifferFromAuthor(bool on);
    int noticeLeadDays();
    Status setNoticeLeadDays(int days);

    Result<QList<PolicyDocument>> documents();
    Result<PolicyDocument> createDocument(const QString& name);
    Result<PolicyDocument> documentByName(const QString& name);
    Status renameDocument(qint64 documentId, const QString& name);

    // Versions of a document, newest first.
    Result<QList<PolicyVersion>> versions(qint64 documentId);
    Result<PolicyVersion> version(qint64 versionId);
    Result<PolicyVersion> versionByLabel(qint64 documentId, const QString& label);

    Result<PolicyVersion> createDraft(qint64 documentId, const PolicyVersionInput& input);
    // Only drafts can change; a published version is sealed, revise() starts a new draft.
    Status updateDraft(qint64 versionId, const PolicyVersionInput& input);
    Result<PolicyVersion> revise(qint64 versionId, const QString& newLabel);
    Status deleteDraft(qint64 versionId);

    // draft → in review → approved → published; in review or approved → draft sends it back.
    // Publishing supersedes the version published before. Approval is refused while items of
    // the contents check (PolicyContents) are not ticked, unless `force`: a forced approval names
    // the unticked items in its audit entry.
    Status transition(qint64 versionId, PolicyStatus target, bool force = false);
    Result<QList<PolicyStatusChange>> statusHistory(qint64 versionId);
    // Recomputes the hash of a published version and compares it with the stored one.
    Result<bool> verifyHash(qint64 versionId);

    Result<NotificationPlan> notificationPlan(qint64 versionId); // versionId 0 when none
    Status setNotificationPlan(qint64 versionId, const NotificationPlan& plan);
    Status markNotificationSent(qint64 versionId, const QDate& sentOn);
    // Unsent plans of material changes planned on or before today + horizonDays.
    Result<QList<PolicyNotificationDue>> notificationsDue(const QDate& today, int horizonDays = 7);
    // The same on a worker connection (the caller has checked the Read permission).
    static QList<PolicyNotificationDue> notificationsDue(Database& db, const QDate& today, int horizonDays);

    // Why a version cannot be published now; empty when it can. Checked again by transition().
    QString publishBlocker(const PolicyVersion& version, const NotificationPlan& plan);

private:
    // Inserts a draft and its audit entry; basedOn (when > 0) is the version it revises.
    qint64 insertDraft(WriteTx& tx, qint64 documentId, const PolicyVersionInput& input, qint64 basedOn);
    PolicyVersion loadVersion(Database& db, qint64 versionId);
    NotificationPlan loadPlan(Database& db, qint64 versionId);
    void recordStatus(Database& db, qint64 versionId, PolicyStatus from, PolicyStatus to);
    Status validateInput(const PolicyVersionInput& input);

    Vault& m_vault;
};

} // namespace cd
