#include "IncidentGrading.h"

#include "util/EnumTable.h"
#include "util/TranslationContexts.h"

#include <QLocale>

namespace cd::registers {

// The grading thresholds of the 网络安全事件分级指南, the annex of the 国家网络安全事件报告管理办法
// (CAC, 2025-09-11, in force 2025-11-01). Only the figures that can be counted from this
// register's facts are here; the guide's other criteria (critical infrastructure down for hours,
// government portals unreachable, harmful content spread, core or important data) are judged by
// the officer, who can override the proposal with a reason.
//
// Verified against a published copy of the annex: 特别重大 — part 一, item 5 (泄露1亿人以上公民
// 个人信息) and item 7 (造成1亿元以上的直接经济损失). NOT verified (the copies found stopped before
// parts 二 and 三): the 重大 and 较大 figures below, taken as the figures the office works with;
// check them against the official text before relying on them. The guide as found counts
// personal information without a separate figure for sensitive personal information, so no row
// grades on sensitive people.
const QList<GradingThreshold>& gradingThresholds()
{
    static const QList<GradingThreshold> table {
        { "people_100m", GradingMetric::People, 100'000'000, Severity::EspeciallyMajor,
            "网络安全事件分级指南 一(5): 泄露1亿人以上公民个人信息", true },
        { "loss_100m_yuan", GradingMetric::LossYuan, 100'000'000, Severity::EspeciallyMajor,
            "网络安全事件分级指南 一(7): 造成1亿元以上的直接经济损失", true },
        { "people_10m", GradingMetric::People, 10'000'000, Severity::Major,
            "网络安全事件分级指南 二: 泄露1000万人以上公民个人信息 (not verified)", false },
        { "loss_20m_yuan", GradingMetric::LossYuan, 20'000'000, Severity::Major,
            "网络安全事件分级指南 二: 造成2000万元以上的直接经济损失 (not verified)", false },
        { "people_1m", GradingMetric::People, 1'000'000, Severity::RelativelySerious,
            "网络安全事件分级指南 三: 泄露100万人以上公民个人信息 (not verified)", false },
        { "loss_5m_yuan", GradingMetric::LossYuan, 5'000'000, Severity::RelativelySerious,
            "网络安全事件分级指南 三: 造成500万元以上的直接经济损失 (not verified)", false },
    };
    return table;
}

GradeProposal proposeGrade(const GradingFacts& facts)
{
    GradeProposal best;
    best.rule = belowThresholdsRule();
    for (const GradingThreshold& row : gradingThresholds()) {
        const qint64 value = row.metric == GradingMetric::People ? facts.people
            : row.metric == GradingMetric::SensitivePeople       ? facts.sensitivePeople
                                                                 : facts.lossYuan;
        if (value >= row.threshold && (best.row == nullptr || row.grade > best.grade)) {
            best.grade = row.grade;
            best.rule = QString::fromLatin1(row.key);
            best.row = &row;
        }
    }
    return best;
}

const EnumEntry<GradingMetric> kGradingMetricRows[] = {
    { GradingMetric::People, "people",
        QT_TRANSLATE_NOOP("cd::Registers", "people whose personal information is affected") },
    { GradingMetric::SensitivePeople, "sensitive_people",
        QT_TRANSLATE_NOOP("cd::Registers", "people whose sensitive personal information is affected") },
    { GradingMetric::LossYuan, "loss_yuan", QT_TRANSLATE_NOOP("cd::Registers", "direct economic loss (yuan)") },
};
const EnumTable<GradingMetric> kGradingMetricTable { "cd::Registers", kGradingMetricRows };

QString gradingMetricKey(GradingMetric metric)
{
    return kGradingMetricTable.keyOf(metric);
}

QString gradingMetricName(GradingMetric metric)
{
    return kGradingMetricTable.displayName(metric);
}

QString gradingRuleText(const GradeProposal& proposal)
{
    if (proposal.row == nullptr) {
        return cd::RegistersText::tr("No threshold of the grading guide is reached: %1.")
            .arg(severityName(Severity::General));
    }
    const QLocale locale;
    return cd::RegistersText::tr("%1 ≥ %2 → %3")
        .arg(gradingMetricName(proposal.row->metric), locale.toString(proposal.row->threshold),
            severityName(proposal.grade));
}

const EnumEntry<OperatorType> kOperatorTypeRows[] = {
    { OperatorType::CriticalInfrastructure, "cii",
        QT_TRANSLATE_NOOP("cd::Registers", "Critical information infrastructure operator (1 hour)") },
    { OperatorType::StateOrgan, "state_organ",
        QT_TRANSLATE_NOOP("cd::Registers", "Central or state organ or directly affiliated unit (2 hours)") },
    { OperatorType::Other, "other", QT_TRANSLATE_NOOP("cd::Registers", "Other network operator (4 hours)") },
};
const EnumTable<OperatorType> kOperatorTypeTable { "cd::Registers", kOperatorTypeRows };

QString operatorTypeKey(OperatorType type)
{
    return kOperatorTypeTable.keyOf(type);
}

bool operatorTypeFromKey(const QString& key, OperatorType* out)
{
    return kOperatorTypeTable.fromKey(key, out);
}

QString operatorTypeName(OperatorType type)
{
    return kOperatorTypeTable.displayName(type);
}

// 国家网络安全事件报告管理办法 art. 4 (verified): 1 hour, 2 hours, 4 hours at the latest.
int reportingHours(OperatorType type)
{
    switch (type) {
    case OperatorType::CriticalInfrastructure: return 1;
    case OperatorType::StateOrgan: return 2;
    case OperatorType::Other: return 4;
    }
    return 4;
}

} // namespace cd::registers
