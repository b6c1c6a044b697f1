#pragma once

#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cd {
class Database;
class Vault;
} // namespace cd

namespace cd::audits {

// The evidence of one record: who keeps it current and when it expires or is next reviewed.
// Records: an ISO control's evidence, an impact assessment (PIA) or a processor record.
enum class EvidenceTarget { Control, Pia, Processor };
QString targetKey(EvidenceTarget t);
bool targetFromKey(const QString& key, EvidenceTarget* out);
QString targetName(EvidenceTarget t);

struct EvidenceReview {
    EvidenceTarget target = EvidenceTarget::Control;
    qint64 entityId = 0; // iso_controls.id, pias.id or processors.id
    QString subject; // control number and title, activity name and assessment date, processor name
    QString subjectZh; // controls: the Chinese title; else empty
    QString owner;
    QDate expiresOn;

    enum class State { NoDate, Current, DueSoon, Expired };
    State state(const QDate& today) const;
    qint64 daysLeft(const QDate& today) const { return expiresOn.isValid() ? today.daysTo(expiresOn) : 0; }
};
QString reviewStateKey(EvidenceReview::State s);
QString reviewStateName(EvidenceReview::State s);

// Reminders start this many days before the expiry date (the date itself included).
inline constexpr int evidenceReminderDays = 30;

struct EvidenceCounts {
    int expired = 0;
    int dueSoon = 0; // expiring within evidenceReminderDays
};

class EvidenceReviewService
{
public:
    explicit EvidenceReviewService(Vault& vault);

    // Every owner/expiry record whose record still exists, soonest expiry first.
    static QList<EvidenceReview> reviews(Database& db);
    // Expired and due-within-30-days ones only (for the attention list).
    static QList<EvidenceReview> reminders(Database& db, const QDate& today);
    static EvidenceCounts counts(Database& db, const QDate& today);

    Result<QList<EvidenceReview>> list();
    // Sets (or, with an empty owner and no date, clears) the owner and expiry of one record's
    // evidence. Controls are named by their number ("5.10"); PIAs and processors by row id.
    Result<EvidenceReview> set(EvidenceTarget target, const QString& record, const QString& owner,
        const QDate& expiresOn); // WriteData

private:
    Vault& m_vault;
};

} // namespace cd::audits
