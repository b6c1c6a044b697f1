#pragma once

#include "registers/RegisterTypes.h"

#include <QList>
#include <QString>

namespace cd::registers {

// The facts of an incident that the grading guide counts.
struct GradingFacts {
    qint64 people = 0; // people whose personal information is affected
    qint64 sensitivePeople = 0; // of them, people whose sensitive personal information is affected
    qint64 lossYuan = 0; // direct economic loss in yuan
};

// What a threshold counts.
enum class GradingMetric { People, SensitivePeople, LossYuan };

// One row of the grading table: `metric >= threshold` gives at least `grade`.
struct GradingThreshold {
    const char* key; // stable, printed by the CLI as the rule that decided the grade
    GradingMetric metric;
    qint64 threshold;
    Severity grade;
    const char* source; // where the figure comes from
    bool verified; // checked against a published copy of the text
};

// The grade the table proposes, with the row that decided it (the highest grade reached; among
// rows of that grade, the first in table order). `rule` is "below_thresholds" when none fired.
struct GradeProposal {
    Severity grade = Severity::General;
    QString rule;
    const GradingThreshold* row = nullptr; // nullptr when no row fired
};

// The whole table, highest grade first.
const QList<GradingThreshold>& gradingThresholds();
GradeProposal proposeGrade(const GradingFacts& facts);
// "At least 1,000,000 people's personal information → 较大", translated (context cd::Registers).
QString gradingRuleText(const GradeProposal& proposal);
QString gradingMetricKey(GradingMetric metric);
QString gradingMetricName(GradingMetric metric);
inline QString belowThresholdsRule()
{
    return QStringLiteral("below_thresholds");
}

// Who runs the network decides how soon a 较大 or higher incident must be reported (measures
// art. 4): critical-information-infrastructure operators within 1 hour, central and state organs
// and their directly affiliated units within 2 hours, every other network operator within 4 hours,
// counted in calendar hours from discovery.
enum class OperatorType { CriticalInfrastructure, StateOrgan, Other };
QString operatorTypeKey(OperatorType type);
bool operatorTypeFromKey(const QString& key, OperatorType* out);
QString operatorTypeName(OperatorType type);
int reportingHours(OperatorType type);
constexpr int operatorTypeCount = 3;

// Days after the end of handling within which the final summary report is due (measures art. 7).
constexpr int finalReportDays = 30;

} // namespace cd::registers
