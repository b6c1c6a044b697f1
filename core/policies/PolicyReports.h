#pragma once

#include "policies/PolicyContents.h"
#include "policies/PolicyDiff.h"
#include "policies/PolicyService.h"
#include "report/ReportDocument.h"

namespace cd {

// Which texts of a version an export holds.
enum class PolicyTexts { Chinese, English, Both };

namespace PolicyReports {

// A version as a printable document: label, dates, status and hash, the contents check (when
// `contents` holds it: PolicyContents::checks), then the text(s).
ReportDocument versionReport(const PolicyVersion& version, PolicyTexts texts, const QString& language,
    const QList<PolicyContentCheck>& contents = {});
// The contents check (NDSMR art. 21) as a report section, in `language`.
void appendContentsCheck(ReportDocument& doc, const QList<PolicyContentCheck>& contents, const QString& language);
// A stand-alone HTML page of the version, for the website team or the archive.
QString versionHtml(const PolicyVersion& version, PolicyTexts texts, const QString& language);
// Every version of a document with dates, status, approver, material-change flag and notice status.
ReportDocument historyReport(const PolicyDocument& document, const QList<PolicyVersion>& versions,
    const QList<NotificationPlan>& plans, const QString& language);
// Two versions compared: summary, then the text with insertions and deletions highlighted.
ReportDocument comparisonReport(const PolicyVersion& from, const PolicyVersion& to, const TextDiff& diff,
    const QString& textLanguage, const QString& language);

// HTML of a diff with <span style> highlights; all text escaped. Inline view.
QString inlineDiffHtml(const TextDiff& diff, int currentChange = -1);
// Side-by-side: the old text with deletions, and the new text with insertions.
QString oldSideHtml(const TextDiff& diff, int currentChange = -1);
QString newSideHtml(const TextDiff& diff, int currentChange = -1);
QString insertionStyle();
QString deletionStyle();

} // namespace PolicyReports

} // namespace cd
