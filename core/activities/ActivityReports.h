#pragma once

#include "activities/ActivityService.h"
#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cd {
class Database;
class Vault;
} // namespace cd

namespace cd::activities {

// The printable register: activities with their PIA status, processors with their contracts,
// and the cross-border check.
Result<ReportDocument> buildActivityRegister(Vault& vault, const QString& language);

// What needs attention in the register, for the Dashboard.
struct ActivityAttention {
    enum class Kind { PiaMissing, PiaOutdated, ContractExpiring, ProcessorReview, CrossBorder };
    Kind kind = Kind::PiaMissing;
    bool late = false;
    QString subject; // activity or processor name (never a person's)
    qint64 id = 0;
    qint64 days = 0; // days late (positive) or left (zero or negative)
};
QList<ActivityAttention> activityAttention(Database& db, const QDate& today);

} // namespace cd::activities
