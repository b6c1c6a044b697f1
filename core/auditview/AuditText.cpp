#include "AuditText.h"

#include "access/Roles.h"
#include "iso/IsoTypes.h"
#include "policies/PolicyService.h"
#include "registers/IncidentGrading.h"
#include "registers/IncidentReporting.h"
#include "registers/RegisterTypes.h"
#include "requests/RequestTypes.h"
#include "settings/VaultSettings.h"
#include "util/Languages.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace cd::audit {

namespace {

struct Entry {
    const char* code;
    const char* text;
};

const Entry kActions[] = {
    { "account.add", QT_TRANSLATE_NOOP("cd::Audit", "Account added") },
    { "account.change_password", QT_TRANSLATE_NOOP("cd::Audit", "Own password changed") },
    { "account.disable", QT_TRANSLATE_NOOP("cd::Audit", "Account disabled") },
    { "account.enable", QT_TRANSLATE_NOOP("cd::Audit", "Account enabled") },
    { "account.reset_password", QT_TRANSLATE_NOOP("cd::Audit", "Password reset") },
    { "account.role", QT_TRANSLATE_NOOP("cd::Audit", "Role changed") },
    { "account.sign_in", QT_TRANSLATE_NOOP("cd::Audit", "Signed in") },
    { "account.sign_in_failed", QT_TRANSLATE_NOOP("cd::Audit", "Sign-in failed") },
    { "activity.add", QT_TRANSLATE_NOOP("cd::Audit", "Processing activity recorded") },
    { "activity.remove", QT_TRANSLATE_NOOP("cd::Audit", "Processing activity deleted") },
    { "activity.update", QT_TRANSLATE_NOOP("cd::Audit", "Processing activity changed") },
    { "attachment.add", QT_TRANSLATE_NOOP("cd::Audit", "Attachment added") },
    { "attachment.export", QT_TRANSLATE_NOOP("cd::Audit", "Attachment copied out of the vault") },
    { "attachment.remove", QT_TRANSLATE_NOOP("cd::Audit", "Attachment removed") },
    { "audit.anchor_accepted", QT_TRANSLATE_NOOP("cd::Audit", "Audit log checkpoint accepted") },
    { "audits.cycle", QT_TRANSLATE_NOOP("cd::Audit", "Compliance-audit cycle changed") },
    { "compliance_audit.add", QT_TRANSLATE_NOOP("cd::Audit", "Compliance audit added") },
    { "compliance_audit.finding_add", QT_TRANSLATE_NOOP("cd::Audit", "Compliance-audit finding added") },
    { "compliance_audit.finding_close", QT_TRANSLATE_NOOP("cd::Audit", "Compliance-audit finding closed") },
    { "compliance_audit.update", QT_TRANSLATE_NOOP("cd::Audit", "Compliance audit changed") },
    { "disclosure.add", QT_TRANSLATE_NOOP("cd::Audit", "Disclosure recorded") },
    { "disclosure.export", QT_TRANSLATE_NOOP("cd::Audit", "Disclosure register exported") },
    { "disclosure.link_processor", QT_TRANSLATE_NOOP("cd::Audit", "Processor linked to a disclosure") },
    { "disclosure.remove", QT_TRANSLATE_NOOP("cd::Audit", "Disclosure deleted") },
    { "disclosure.update", QT_TRANSLATE_NOOP("cd::Audit", "Disclosure changed") },
    { "erasure.reapply", QT_TRANSLATE_NOOP("cd::Audit", "Earlier deletions applied again after a restore") },
    { "evidence_review.set", QT_TRANSLATE_NOOP("cd::Audit", "Evidence owner or expiry set") },
    { "incident.add", QT_TRANSLATE_NOOP("cd::Audit", "Incident recorded") },
    { "incident.export", QT_TRANSLATE_NOOP("cd::Audit", "Incident register exported") },
    { "incident.grade_override", QT_TRANSLATE_NOOP("cd::Audit", "Incident grade set by hand") },
    { "incident.notification", QT_TRANSLATE_NOOP("cd::Audit", "Notification recorded") },
    { "incident.regulator_report", QT_TRANSLATE_NOOP("cd::Audit", "Regulator report recorded") },
    { "incident.remove", QT_TRANSLATE_NOOP("cd::Audit", "Incident deleted") },
    { "incident.report_filed", QT_TRANSLATE_NOOP("cd::Audit", "Report to the regulator filed") },
    { "incident.reporting", QT_TRANSLATE_NOOP("cd::Audit", "Facts for the regulator report changed") },
    { "incident.transition", QT_TRANSLATE_NOOP("cd::Audit", "Incident status changed") },
    { "incident.update", QT_TRANSLATE_NOOP("cd::Audit", "Incident changed") },
    { "iso.catalogue.import", QT_TRANSLATE_NOOP("cd::Audit", "Control catalogue loaded") },
    { "iso.control.bulk_update", QT_TRANSLATE_NOOP("cd::Audit", "Controls changed together") },
    { "iso.control.update", QT_TRANSLATE_NOOP("cd::Audit", "Control changed") },
    { "iso.evidence.add", QT_TRANSLATE_NOOP("cd::Audit", "Evidence added") },
    { "iso.evidence.remove", QT_TRANSLATE_NOOP("cd::Audit", "Evidence removed") },
    { "iso.soa.approve", QT_TRANSLATE_NOOP("cd::Audit", "Statement of Applicability approved") },
    { "iso.soa.export", QT_TRANSLATE_NOOP("cd::Audit", "Statement of Applicability exported") },
    { "iso.soa.update", QT_TRANSLATE_NOOP("cd::Audit", "Statement of Applicability details changed") },
    { "pia.add", QT_TRANSLATE_NOOP("cd::Audit", "Impact assessment recorded") },
    { "pia.remove", QT_TRANSLATE_NOOP("cd::Audit", "Impact assessment deleted") },
    { "policy.contents.check", QT_TRANSLATE_NOOP("cd::Audit", "Policy contents check changed") },
    { "policy.document.create", QT_TRANSLATE_NOOP("cd::Audit", "Policy document created") },
    { "policy.document.rename", QT_TRANSLATE_NOOP("cd::Audit", "Policy document renamed") },
    { "policy.notification.plan", QT_TRANSLATE_NOOP("cd::Audit", "Change notification planned") },
    { "policy.notification.sent", QT_TRANSLATE_NOOP("cd::Audit", "Change notification sent") },
    { "policy.version.create", QT_TRANSLATE_NOOP("cd::Audit", "Policy version drafted") },
    { "policy.version.delete", QT_TRANSLATE_NOOP("cd::Audit", "Policy draft deleted") },
    { "policy.version.supersede", QT_TRANSLATE_NOOP("cd::Audit", "Policy version superseded") },
    { "policy.version.transition", QT_TRANSLATE_NOOP("cd::Audit", "Policy version status changed") },
    { "policy.version.update", QT_TRANSLATE_NOOP("cd::Audit", "Policy version changed") },
    { "privacy.officer", QT_TRANSLATE_NOOP("cd::Audit", "Personal information protection officer changed") },
    { "privacy_officer.update", QT_TRANSLATE_NOOP("cd::Audit", "Personal information protection officer changed") },
    { "processor.add", QT_TRANSLATE_NOOP("cd::Audit", "Processor added") },
    { "processor.update", QT_TRANSLATE_NOOP("cd::Audit", "Processor changed") },
    { "register_category.add", QT_TRANSLATE_NOOP("cd::Audit", "Information category added") },
    { "register_category.update", QT_TRANSLATE_NOOP("cd::Audit", "Information category changed") },
    { "request.assign", QT_TRANSLATE_NOOP("cd::Audit", "Request assigned") },
    { "request.create", QT_TRANSLATE_NOOP("cd::Audit", "Request recorded") },
    { "request.data_package", QT_TRANSLATE_NOOP("cd::Audit", "Data package exported") },
    { "request.erase", QT_TRANSLATE_NOOP("cd::Audit", "Personal data deleted for a request") },
    { "request.extend", QT_TRANSLATE_NOOP("cd::Audit", "Deadline extended") },
    { "request.letter_template", QT_TRANSLATE_NOOP("cd::Audit", "Letter template changed") },
    { "request.link", QT_TRANSLATE_NOOP("cd::Audit", "Linked records changed") },
    { "request.matches", QT_TRANSLATE_NOOP("cd::Audit", "Possible matches reviewed") },
    { "request.signoff", QT_TRANSLATE_NOOP("cd::Audit", "Deletion certificate signed off") },
    { "request.transition", QT_TRANSLATE_NOOP("cd::Audit", "Request state changed") },
    { "requests.calendar.save", QT_TRANSLATE_NOOP("cd::Audit", "Working-day calendar saved") },
    { "requests.deadline_rule", QT_TRANSLATE_NOOP("cd::Audit", "Deadline rule changed") },
    { "settings.update", QT_TRANSLATE_NOOP("cd::Audit", "Vault rule changed") },
    { "submission.bulk_update", QT_TRANSLATE_NOOP("cd::Audit", "Submissions changed together") },
    { "submission.create", QT_TRANSLATE_NOOP("cd::Audit", "Submission recorded") },
    { "submission.export", QT_TRANSLATE_NOOP("cd::Audit", "Submissions exported") },
    { "submission.export_rejects", QT_TRANSLATE_NOOP("cd::Audit", "Rejected import rows saved") },
    { "submission.import", QT_TRANSLATE_NOOP("cd::Audit", "Submissions imported") },
    { "submission.print", QT_TRANSLATE_NOOP("cd::Audit", "Submissions printed") },
    { "submission.purge", QT_TRANSLATE_NOOP("cd::Audit", "Submissions purged after the retention period") },
    { "submission.update", QT_TRANSLATE_NOOP("cd::Audit", "Submission changed") },
    { "vault.backup", QT_TRANSLATE_NOOP("cd::Audit", "Backup written") },
    { "vault.change_passphrase", QT_TRANSLATE_NOOP("cd::Audit", "Vault passphrase changed") },
    { "vault.change_passphrase_attempt", QT_TRANSLATE_NOOP("cd::Audit", "Vault passphrase change attempted") },
    { "vault.create", QT_TRANSLATE_NOOP("cd::Audit", "Vault created") },
    { "vault.restore", QT_TRANSLATE_NOOP("cd::Audit", "Vault restored from a backup") },
    { "vault.restore_unopenable",
        QT_TRANSLATE_NOOP("cd::Audit", "Vault that could not be opened replaced by a backup") },
    { "vault.verify", QT_TRANSLATE_NOOP("cd::Audit", "Vault checked") },
    { "vault.verify_deep", QT_TRANSLATE_NOOP("cd::Audit", "Vault checked in depth") },
};

const Entry kEntities[] = {
    { "account", QT_TRANSLATE_NOOP("cd::Audit", "Account") },
    { "activity", QT_TRANSLATE_NOOP("cd::Audit", "Processing activity") },
    { "attachment", QT_TRANSLATE_NOOP("cd::Audit", "Attachment") },
    { "audit_finding", QT_TRANSLATE_NOOP("cd::Audit", "Compliance-audit finding") },
    { "calendar", QT_TRANSLATE_NOOP("cd::Audit", "Working-day calendar") },
    { "catalogue", QT_TRANSLATE_NOOP("cd::Audit", "Control catalogue") },
    { "compliance_audit", QT_TRANSLATE_NOOP("cd::Audit", "Compliance audit") },
    { "control", QT_TRANSLATE_NOOP("cd::Audit", "Control") },
    { "disclosure", QT_TRANSLATE_NOOP("cd::Audit", "Disclosure") },
    { "evidence", QT_TRANSLATE_NOOP("cd::Audit", "Evidence") },
    { "incident", QT_TRANSLATE_NOOP("cd::Audit", "Incident") },
    { "iso_control", QT_TRANSLATE_NOOP("cd::Audit", "Control") },
    { "letter_template", QT_TRANSLATE_NOOP("cd::Audit", "Letter template") },
    { "pia", QT_TRANSLATE_NOOP("cd::Audit", "Impact assessment") },
    { "policy_document", QT_TRANSLATE_NOOP("cd::Audit", "Policy document") },
    { "policy_version", QT_TRANSLATE_NOOP("cd::Audit", "Policy version") },
    { "processor", QT_TRANSLATE_NOOP("cd::Audit", "Processor") },
    { "register_category", QT_TRANSLATE_NOOP("cd::Audit", "Information category") },
    { "request", QT_TRANSLATE_NOOP("cd::Audit", "Rights request") },
    { "setting", QT_TRANSLATE_NOOP("cd::Audit", "Vault rule") },
    { "soa", QT_TRANSLATE_NOOP("cd::Audit", "Statement of Applicability") },
    { "submission", QT_TRANSLATE_NOOP("cd::Audit", "Contact submission") },
    { "vault", QT_TRANSLATE_NOOP("cd::Audit", "Vault") },
};

// Field names, also the keys of the detail text.
const Entry kFields[] = {
    { "active", QT_TRANSLATE_NOOP("cd::Audit", "Active") },
    { "address", QT_TRANSLATE_NOOP("cd::Audit", "Address") },
    { "advice", QT_TRANSLATE_NOOP("cd::Audit", "Advice to individuals") },
    { "applicable", QT_TRANSLATE_NOOP("cd::Audit", "Applicable") },
    { "approval", QT_TRANSLATE_NOOP("cd::Audit", "Approval") },
    { "approved_at", QT_TRANSLATE_NOOP("cd::Audit", "Approved at") },
    { "approved_by", QT_TRANSLATE_NOOP("cd::Audit", "Approved by") },
    { "approved_on", QT_TRANSLATE_NOOP("cd::Audit", "Approved on") },
    { "approver_id", QT_TRANSLATE_NOOP("cd::Audit", "Approver") },
    { "assignee", QT_TRANSLATE_NOOP("cd::Audit", "Assignee") },
    { "assignee_id", QT_TRANSLATE_NOOP("cd::Audit", "Assignee") },
    { "attachment", QT_TRANSLATE_NOOP("cd::Audit", "Attachment") },
    { "attachments", QT_TRANSLATE_NOOP("cd::Audit", "Attachments") },
    { "audit", QT_TRANSLATE_NOOP("cd::Audit", "Compliance audit") },
    { "auditor", QT_TRANSLATE_NOOP("cd::Audit", "Auditor") },
    { "author_id", QT_TRANSLATE_NOOP("cd::Audit", "Author") },
    { "based_on_id", QT_TRANSLATE_NOOP("cd::Audit", "Revised version") },
    { "basis", QT_TRANSLATE_NOOP("cd::Audit", "Legal basis") },
    { "basis_details", QT_TRANSLATE_NOOP("cd::Audit", "Basis details") },
    { "body", QT_TRANSLATE_NOOP("cd::Audit", "Text") },
    { "by", QT_TRANSLATE_NOOP("cd::Audit", "Replaced by") },
    { "categories", QT_TRANSLATE_NOOP("cd::Audit", "Information involved") },
    { "category", QT_TRANSLATE_NOOP("cd::Audit", "Category") },
    { "cause", QT_TRANSLATE_NOOP("cd::Audit", "Cause") },
    { "chain", QT_TRANSLATE_NOOP("cd::Audit", "Audit chain") },
    { "change_summary", QT_TRANSLATE_NOOP("cd::Audit", "Summary of changes") },
    { "channel", QT_TRANSLATE_NOOP("cd::Audit", "Channel") },
    { "contact", QT_TRANSLATE_NOOP("cd::Audit", "Contact") },
    { "content_hash", QT_TRANSLATE_NOOP("cd::Audit", "Content hash") },
    { "data_entrusted", QT_TRANSLATE_NOOP("cd::Audit", "Data entrusted") },
    { "dates", QT_TRANSLATE_NOOP("cd::Audit", "Dates") },
    { "description", QT_TRANSLATE_NOOP("cd::Audit", "Description") },
    { "disclosed_on", QT_TRANSLATE_NOOP("cd::Audit", "Date") },
    { "discovered_at", QT_TRANSLATE_NOOP("cd::Audit", "Discovered") },
    { "display_name", QT_TRANSLATE_NOOP("cd::Audit", "Display name") },
    { "due", QT_TRANSLATE_NOOP("cd::Audit", "Due date") },
    { "due_on", QT_TRANSLATE_NOOP("cd::Audit", "Due date") },
    { "effective_on", QT_TRANSLATE_NOOP("cd::Audit", "Effective date") },
    { "email", QT_TRANSLATE_NOOP("cd::Audit", "Email") },
    { "en_chars", QT_TRANSLATE_NOOP("cd::Audit", "English characters") },
    { "erased_again_people", QT_TRANSLATE_NOOP("cd::Audit", "People erased again") },
    { "erased_again_records", QT_TRANSLATE_NOOP("cd::Audit", "Records erased again") },
    { "expires_on", QT_TRANSLATE_NOOP("cd::Audit", "Expires on") },
    { "extension_months", QT_TRANSLATE_NOOP("cd::Audit", "Extension (months)") },
    { "extension_reason", QT_TRANSLATE_NOOP("cd::Audit", "Reason for the extension") },
    { "fields", QT_TRANSLATE_NOOP("cd::Audit", "Fields") },
    { "filter", QT_TRANSLATE_NOOP("cd::Audit", "Filter") },
    { "format", QT_TRANSLATE_NOOP("cd::Audit", "Format") },
    { "from", QT_TRANSLATE_NOOP("cd::Audit", "From") },
    { "ground", QT_TRANSLATE_NOOP("cd::Audit", "Deletion ground") },
    { "holidays", QT_TRANSLATE_NOOP("cd::Audit", "Holidays") },
    { "integrity", QT_TRANSLATE_NOOP("cd::Audit", "Integrity") },
    { "item", QT_TRANSLATE_NOOP("cd::Audit", "Checklist item") },
    { "justification", QT_TRANSLATE_NOOP("cd::Audit", "Justification") },
    { "kept", QT_TRANSLATE_NOOP("cd::Audit", "Kept") },
    { "kind", QT_TRANSLATE_NOOP("cd::Audit", "Kind") },
    { "label", QT_TRANSLATE_NOOP("cd::Audit", "Version") },
    { "last_reviewed", QT_TRANSLATE_NOOP("cd::Audit", "Last review") },
    { "links", QT_TRANSLATE_NOOP("cd::Audit", "Linked records") },
    { "material_change", QT_TRANSLATE_NOOP("cd::Audit", "Material change") },
    { "measures_taken", QT_TRANSLATE_NOOP("cd::Audit", "Measures taken") },
    { "message", QT_TRANSLATE_NOOP("cd::Audit", "Message") },
    { "method", QT_TRANSLATE_NOOP("cd::Audit", "Verified by") },
    { "months", QT_TRANSLATE_NOOP("cd::Audit", "Months") },
    { "name", QT_TRANSLATE_NOOP("cd::Audit", "Name") },
    { "name_en", QT_TRANSLATE_NOOP("cd::Audit", "English name") },
    { "name_zh", QT_TRANSLATE_NOOP("cd::Audit", "Chinese name") },
    { "next_review", QT_TRANSLATE_NOOP("cd::Audit", "Next review") },
    { "note", QT_TRANSLATE_NOOP("cd::Audit", "Note") },
    { "notes", QT_TRANSLATE_NOOP("cd::Audit", "Notes") },
    { "number", QT_TRANSLATE_NOOP("cd::Audit", "Number") },
    { "occurred_at", QT_TRANSLATE_NOOP("cd::Audit", "Occurred") },
    { "ordered", QT_TRANSLATE_NOOP("cd::Audit", "Ordered by a regulator") },
    { "other_ledgers", QT_TRANSLATE_NOOP("cd::Audit", "Erasure ledgers of other copies") },
    { "owner", QT_TRANSLATE_NOOP("cd::Audit", "Owner") },
    { "password", QT_TRANSLATE_NOOP("cd::Audit", "Password") },
    { "paused_working_days", QT_TRANSLATE_NOOP("cd::Audit", "Working days paused") },
    { "people", QT_TRANSLATE_NOOP("cd::Audit", "People") },
    { "people_count", QT_TRANSLATE_NOOP("cd::Audit", "People affected") },
    { "phone", QT_TRANSLATE_NOOP("cd::Audit", "Phone") },
    { "possible_harm", QT_TRANSLATE_NOOP("cd::Audit", "Possible harm") },
    { "possible_minor", QT_TRANSLATE_NOOP("cd::Audit", "Possible minor") },
    { "published_at", QT_TRANSLATE_NOOP("cd::Audit", "Published at") },
    { "purpose", QT_TRANSLATE_NOOP("cd::Audit", "Purpose") },
    { "read", QT_TRANSLATE_NOOP("cd::Audit", "Read") },
    { "reason", QT_TRANSLATE_NOOP("cd::Audit", "Reason") },
    { "reasons", QT_TRANSLATE_NOOP("cd::Audit", "Reasons for inclusion") },
    { "recipient_contact", QT_TRANSLATE_NOOP("cd::Audit", "Recipient contact") },
    { "recipient_name", QT_TRANSLATE_NOOP("cd::Audit", "Recipient") },
    { "recipient_type", QT_TRANSLATE_NOOP("cd::Audit", "Recipient type") },
    { "region", QT_TRANSLATE_NOOP("cd::Audit", "Region") },
    { "rejection_reason", QT_TRANSLATE_NOOP("cd::Audit", "Rejection reason") },
    { "rejection_text", QT_TRANSLATE_NOOP("cd::Audit", "Explanation") },
    { "remedies", QT_TRANSLATE_NOOP("cd::Audit", "Remedies offered") },
    { "reminder_days", QT_TRANSLATE_NOOP("cd::Audit", "Reminder days") },
    { "removed", QT_TRANSLATE_NOOP("cd::Audit", "Removed") },
    { "added", QT_TRANSLATE_NOOP("cd::Audit", "Added") },
    { "request", QT_TRANSLATE_NOOP("cd::Audit", "Request") },
    { "requests", QT_TRANSLATE_NOOP("cd::Audit", "Requests") },
    { "review_months", QT_TRANSLATE_NOOP("cd::Audit", "Review cycle (months)") },
    { "role", QT_TRANSLATE_NOOP("cd::Audit", "Role") },
    { "rows", QT_TRANSLATE_NOOP("cd::Audit", "Rows") },
    { "retention_months", QT_TRANSLATE_NOOP("cd::Audit", "Retention period (months)") },
    { "scope", QT_TRANSLATE_NOOP("cd::Audit", "Scope") },
    { "security_measures", QT_TRANSLATE_NOOP("cd::Audit", "Security measures") },
    { "sent_by", QT_TRANSLATE_NOOP("cd::Audit", "Sent by") },
    { "sent_on", QT_TRANSLATE_NOOP("cd::Audit", "Sent on") },
    { "severity", QT_TRANSLATE_NOOP("cd::Audit", "Severity") },
    { "sha256", QT_TRANSLATE_NOOP("cd::Audit", "SHA-256") },
    { "signed_off_by", QT_TRANSLATE_NOOP("cd::Audit", "Signed off by") },
    { "size", QT_TRANSLATE_NOOP("cd::Audit", "Size (bytes)") },
    { "state", QT_TRANSLATE_NOOP("cd::Audit", "State") },
    { "status", QT_TRANSLATE_NOOP("cd::Audit", "Status") },
    { "submission", QT_TRANSLATE_NOOP("cd::Audit", "Submission") },
    { "submissions", QT_TRANSLATE_NOOP("cd::Audit", "Submissions") },
    { "tables", QT_TRANSLATE_NOOP("cd::Audit", "Tables") },
    { "target_date", QT_TRANSLATE_NOOP("cd::Audit", "Target date") },
    { "text_en", QT_TRANSLATE_NOOP("cd::Audit", "English text") },
    { "text_zh", QT_TRANSLATE_NOOP("cd::Audit", "Chinese text") },
    { "ticked", QT_TRANSLATE_NOOP("cd::Audit", "Ticked") },
    { "title", QT_TRANSLATE_NOOP("cd::Audit", "Title") },
    { "to", QT_TRANSLATE_NOOP("cd::Audit", "To") },
    { "type", QT_TRANSLATE_NOOP("cd::Audit", "Type") },
    { "unticked", QT_TRANSLATE_NOOP("cd::Audit", "Not ticked") },
    { "updated_on", QT_TRANSLATE_NOOP("cd::Audit", "Updated on") },
    { "username", QT_TRANSLATE_NOOP("cd::Audit", "Account name") },
    { "verification_method", QT_TRANSLATE_NOOP("cd::Audit", "Identity verification method") },
    { "verified_at", QT_TRANSLATE_NOOP("cd::Audit", "Verified at") },
    { "verified_by", QT_TRANSLATE_NOOP("cd::Audit", "Verified by") },
    { "version", QT_TRANSLATE_NOOP("cd::Audit", "Version") },
    { "workdays", QT_TRANSLATE_NOOP("cd::Audit", "Make-up working days") },
    { "zh_chars", QT_TRANSLATE_NOOP("cd::Audit", "Chinese characters") },
    { "authority", QT_TRANSLATE_NOOP("cd::Audit", "Authority") },
    { "notified_at", QT_TRANSLATE_NOOP("cd::Audit", "Notified at") },
    { "notified_by", QT_TRANSLATE_NOOP("cd::Audit", "Notified by") },
    { "reported_at", QT_TRANSLATE_NOOP("cd::Audit", "Reported at") },
    { "reported_by", QT_TRANSLATE_NOOP("cd::Audit", "Reported by") },
    { "contact_person", QT_TRANSLATE_NOOP("cd::Audit", "Contact person") },
    { "handling_ended_at", QT_TRANSLATE_NOOP("cd::Audit", "Handling ended") },
    { "lessons", QT_TRANSLATE_NOOP("cd::Audit", "Lessons learned") },
    { "pia_review_months", QT_TRANSLATE_NOOP("cd::Audit", "Assessment review cycle (months)") },
    { "police_case_number", QT_TRANSLATE_NOOP("cd::Audit", "Police case number") },
    { "police_reported_on", QT_TRANSLATE_NOOP("cd::Audit", "Reported to the police on") },
    { "rectification", QT_TRANSLATE_NOOP("cd::Audit", "Rectification") },
    { "activity", QT_TRANSLATE_NOOP("cd::Audit", "Processing activity") },
    { "approver", QT_TRANSLATE_NOOP("cd::Audit", "Approver") },
    { "assessed_on", QT_TRANSLATE_NOOP("cd::Audit", "Assessed on") },
    { "automated_decision", QT_TRANSLATE_NOOP("cd::Audit", "Automated decision-making") },
    { "channels", QT_TRANSLATE_NOOP("cd::Audit", "Channels") },
    { "conclusion", QT_TRANSLATE_NOOP("cd::Audit", "Conclusion") },
    { "confirmed", QT_TRANSLATE_NOOP("cd::Audit", "Confirmed") },
    { "content", QT_TRANSLATE_NOOP("cd::Audit", "Content") },
    { "contract", QT_TRANSLATE_NOOP("cd::Audit", "Contract") },
    { "contract_expires", QT_TRANSLATE_NOOP("cd::Audit", "Contract expires") },
    { "contract_signed", QT_TRANSLATE_NOOP("cd::Audit", "Contract signed") },
    { "crime_suspected", QT_TRANSLATE_NOOP("cd::Audit", "Crime suspected") },
    { "cross_border", QT_TRANSLATE_NOOP("cd::Audit", "Cross-border transfer") },
    { "destination", QT_TRANSLATE_NOOP("cd::Audit", "Destination") },
    { "dismissed", QT_TRANSLATE_NOOP("cd::Audit", "Dismissed") },
    { "disruption_hours", QT_TRANSLATE_NOOP("cd::Audit", "Hours of disruption") },
    { "duplicates", QT_TRANSLATE_NOOP("cd::Audit", "Duplicates") },
    { "erased_again_people", QT_TRANSLATE_NOOP("cd::Audit", "People deleted again") },
    { "erased_again_records", QT_TRANSLATE_NOOP("cd::Audit", "Records deleted again") },
    { "erased_earlier", QT_TRANSLATE_NOOP("cd::Audit", "Deleted earlier") },
    { "findings", QT_TRANSLATE_NOOP("cd::Audit", "Findings") },
    { "found", QT_TRANSLATE_NOOP("cd::Audit", "Found") },
    { "grade", QT_TRANSLATE_NOOP("cd::Audit", "Grade") },
    { "hours", QT_TRANSLATE_NOOP("cd::Audit", "Hours to report") },
    { "impact_risks", QT_TRANSLATE_NOOP("cd::Audit", "Impact and risks") },
    { "imported", QT_TRANSLATE_NOOP("cd::Audit", "Imported") },
    { "includes_minors", QT_TRANSLATE_NOOP("cd::Audit", "Includes minors") },
    { "key", QT_TRANSLATE_NOOP("cd::Audit", "Key") },
    { "last_audit", QT_TRANSLATE_NOOP("cd::Audit", "Last audit") },
    { "lawful_purpose", QT_TRANSLATE_NOOP("cd::Audit", "Lawful purpose") },
    { "ledger", QT_TRANSLATE_NOOP("cd::Audit", "Erasure ledger") },
    { "legal_basis", QT_TRANSLATE_NOOP("cd::Audit", "Legal basis") },
    { "loss_yuan", QT_TRANSLATE_NOOP("cd::Audit", "Loss (yuan)") },
    { "measures", QT_TRANSLATE_NOOP("cd::Audit", "Measures") },
    { "measures_effect", QT_TRANSLATE_NOOP("cd::Audit", "Effect of the measures") },
    { "next_steps", QT_TRANSLATE_NOOP("cd::Audit", "Next steps") },
    { "notice_en", QT_TRANSLATE_NOOP("cd::Audit", "English notice") },
    { "notice_zh", QT_TRANSLATE_NOOP("cd::Audit", "Chinese notice") },
    { "on_behalf", QT_TRANSLATE_NOOP("cd::Audit", "On behalf of") },
    { "operator_type", QT_TRANSLATE_NOOP("cd::Audit", "Kind of network operator") },
    { "outcome", QT_TRANSLATE_NOOP("cd::Audit", "Outcome") },
    { "override_reason", QT_TRANSLATE_NOOP("cd::Audit", "Reason for the grade") },
    { "password_hash", QT_TRANSLATE_NOOP("cd::Audit", "Password hash") },
    { "people_ytd", QT_TRANSLATE_NOOP("cd::Audit", "People this year") },
    { "place", QT_TRANSLATE_NOOP("cd::Audit", "Place") },
    { "planned_on", QT_TRANSLATE_NOOP("cd::Audit", "Planned on") },
    { "policy_section", QT_TRANSLATE_NOOP("cd::Audit", "Policy section") },
    { "postings", QT_TRANSLATE_NOOP("cd::Audit", "Index entries") },
    { "processor", QT_TRANSLATE_NOOP("cd::Audit", "Processor") },
    { "processor_id", QT_TRANSLATE_NOOP("cd::Audit", "Processor") },
    { "processors", QT_TRANSLATE_NOOP("cd::Audit", "Processors") },
    { "proposed", QT_TRANSLATE_NOOP("cd::Audit", "Proposed grade") },
    { "provides_or_publishes", QT_TRANSLATE_NOOP("cd::Audit", "Provides or publishes") },
    { "ransom_demand", QT_TRANSLATE_NOOP("cd::Audit", "Ransom demand") },
    { "ransomware", QT_TRANSLATE_NOOP("cd::Audit", "Ransomware") },
    { "received_on", QT_TRANSLATE_NOOP("cd::Audit", "Received on") },
    { "recipient", QT_TRANSLATE_NOOP("cd::Audit", "Recipient") },
    { "recipients", QT_TRANSLATE_NOOP("cd::Audit", "Recipients") },
    { "reference", QT_TRANSLATE_NOOP("cd::Audit", "Reference") },
    { "regulator_authority", QT_TRANSLATE_NOOP("cd::Audit", "Regulator") },
    { "regulator_reference", QT_TRANSLATE_NOOP("cd::Audit", "Regulator's reference") },
    { "regulator_reported_at", QT_TRANSLATE_NOOP("cd::Audit", "Reported to the regulator") },
    { "regulator_reported_by", QT_TRANSLATE_NOOP("cd::Audit", "Reported by") },
    { "rejected", QT_TRANSLATE_NOOP("cd::Audit", "Rejected") },
    { "remembered", QT_TRANSLATE_NOOP("cd::Audit", "Remembered") },
    { "requester_name", QT_TRANSLATE_NOOP("cd::Audit", "Requester") },
    { "retention", QT_TRANSLATE_NOOP("cd::Audit", "Retention") },
    { "rule", QT_TRANSLATE_NOOP("cd::Audit", "Rule") },
    { "sensitive_people", QT_TRANSLATE_NOOP("cd::Audit", "People with sensitive information") },
    { "sensitive_people_ytd", QT_TRANSLATE_NOOP("cd::Audit", "People with sensitive information this year") },
    { "source", QT_TRANSLATE_NOOP("cd::Audit", "Source") },
    { "subjects", QT_TRANSLATE_NOOP("cd::Audit", "Data subjects") },
    { "summary", QT_TRANSLATE_NOOP("cd::Audit", "Summary") },
    { "systems", QT_TRANSLATE_NOOP("cd::Audit", "Systems") },
    { "tracing_leads", QT_TRANSLATE_NOOP("cd::Audit", "Leads for tracing") },
    { "trend", QT_TRANSLATE_NOOP("cd::Audit", "Trend") },
};

// Vault rules are named by the settings registry (VaultSettings::label); this is the record that
// names the officer's two settings as one (privacy_officer.update).
const Entry kSettingGroups[] = {
    { "privacy.officer", QT_TRANSLATE_NOOP("cd::Audit", "Personal information protection officer") },
};

// Letter outcomes (the record of a letter template is "outcome.language").
const Entry kOutcomes[] = {
    { "completed_access", QT_TRANSLATE_NOOP("cd::Audit", "Access completed") },
    { "completed_correction", QT_TRANSLATE_NOOP("cd::Audit", "Correction completed") },
    { "completed_deletion", QT_TRANSLATE_NOOP("cd::Audit", "Deletion completed") },
    { "completed_other", QT_TRANSLATE_NOOP("cd::Audit", "Request completed") },
    { "rejected", QT_TRANSLATE_NOOP("cd::Audit", "Request rejected") },
    { "withdrawn", QT_TRANSLATE_NOOP("cd::Audit", "Request withdrawn") },
};

// Plain values that are words rather than codes of a typed kind.
const Entry kValues[] = {
    { "ok", QT_TRANSLATE_NOOP("cd::Audit", "OK") },
    { "broken", QT_TRANSLATE_NOOP("cd::Audit", "broken") },
    { "failed", QT_TRANSLATE_NOOP("cd::Audit", "failed") },
    { "true", QT_TRANSLATE_NOOP("cd::Audit", "yes") },
    { "false", QT_TRANSLATE_NOOP("cd::Audit", "no") },
    { "new", QT_TRANSLATE_NOOP("cd::Audit", "new") },
    { "contacted", QT_TRANSLATE_NOOP("cd::Audit", "contacted") },
    { "closed", QT_TRANSLATE_NOOP("cd::Audit", "closed") },
    { "file", QT_TRANSLATE_NOOP("cd::Audit", "file") },
    { "link", QT_TRANSLATE_NOOP("cd::Audit", "link") },
    { "note", QT_TRANSLATE_NOOP("cd::Audit", "note") },
    { "text", QT_TRANSLATE_NOOP("cd::Audit", "text") },
    { "csv", QT_TRANSLATE_NOOP("cd::Audit", "CSV") },
    { "xlsx", QT_TRANSLATE_NOOP("cd::Audit", "Excel") },
    { "json", QT_TRANSLATE_NOOP("cd::Audit", "JSON") },
    { "pdf", QT_TRANSLATE_NOOP("cd::Audit", "PDF") },
    // Items of the policy contents check (core/policies/PolicyContents).
    { "handler_contact", QT_TRANSLATE_NOOP("cd::Audit", "handler's name and contact") },
    { "purposes_methods_categories", QT_TRANSLATE_NOOP("cd::Audit", "purposes, methods and categories") },
    { "collected_list", QT_TRANSLATE_NOOP("cd::Audit", "list of collected information") },
    { "sensitive_necessity", QT_TRANSLATE_NOOP("cd::Audit", "necessity of sensitive information") },
    { "retention", QT_TRANSLATE_NOOP("cd::Audit", "retention period") },
    { "third_party_list", QT_TRANSLATE_NOOP("cd::Audit", "third-party provision list") },
    { "rights_how", QT_TRANSLATE_NOOP("cd::Audit", "how to exercise rights") },
    { "complaint_channel", QT_TRANSLATE_NOOP("cd::Audit", "complaint channel") },
    { "minors_rules", QT_TRANSLATE_NOOP("cd::Audit", "rules for minors under 14") },
    { "officer_contact", QT_TRANSLATE_NOOP("cd::Audit", "officer's contact") },
};

template <size_t N> QString lookup(const Entry (&table)[N], const QString& code, bool* found = nullptr)
{
    for (const Entry& e : table) {
        if (code == QLatin1String(e.code)) {
            if (found) {
                *found = true;
            }
            return QCoreApplication::translate("cd::Audit", e.text);
        }
    }
    if (found) {
        *found = false;
    }
    return code;
}

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

// A value of the given key, translated when it is a code of a known kind.
QString valueText(const QString& key, const QString& value)
{
    using namespace cd::requests;
    if (key == QLatin1String("type")) {
        RequestType t;
        if (fromKey(value, &t)) {
            return displayName(t);
        }
    }
    if (key == QLatin1String("from") || key == QLatin1String("to") || key == QLatin1String("state")) {
        RequestState s;
        if (fromKey(value, &s)) {
            return displayName(s);
        }
    }
    if (key == QLatin1String("from") || key == QLatin1String("to")) {
        // A vault rule's old and new value when the rule holds a grade or an operator type.
        registers::Severity grade;
        if (registers::severityFromKey(value, &grade)) {
            return registers::severityName(grade);
        }
        registers::OperatorType type;
        if (registers::operatorTypeFromKey(value, &type)) {
            return registers::operatorTypeName(type);
        }
    }
    if (key == QLatin1String("method")) {
        if (const Choice* c = findChoice(verificationMethods(), value)) {
            return c->displayName();
        }
    }
    if (key == QLatin1String("reason")) {
        if (const Choice* c = findChoice(rejectionReasons(), value)) {
            return c->displayName();
        }
    }
    if (key == QLatin1String("ground")) {
        if (const Choice* c = findChoice(deletionGrounds(), value)) {
            return c->displayName();
        }
    }
    if (key == QLatin1String("severity") || key == QLatin1String("grade") || key == QLatin1String("proposed")) {
        registers::Severity s;
        if (registers::severityFromKey(value, &s)) {
            return registers::severityName(s);
        }
    }
    if (key == QLatin1String("status")) {
        registers::IncidentStatus s;
        if (registers::statusFromKey(value, &s)) {
            return registers::statusName(s);
        }
        iso::ImplementationStatus i;
        if (iso::statusFromKey(value, &i)) {
            return iso::statusDisplayName(i);
        }
        PolicyStatus p;
        if (policyStatusFromKey(value, &p)) {
            return policyStatusDisplayName(p);
        }
    }
    if (key == QLatin1String("channel")) {
        Channel c;
        if (fromKey(value, &c)) {
            return displayName(c);
        }
        registers::NotificationChannel n;
        if (registers::channelFromKey(value, &n)) {
            return registers::channelName(n);
        }
    }
    if (key == QLatin1String("kind")) {
        registers::DisclosureKind k;
        if (registers::kindFromKey(value, &k)) {
            return registers::kindName(k);
        }
        registers::ReportKind r;
        if (registers::reportKindFromKey(value, &r)) {
            return registers::reportKindName(r);
        }
    }
    if (key == QLatin1String("basis")) {
        registers::LegalBasis b;
        if (registers::basisFromKey(value, &b)) {
            return registers::basisName(b);
        }
    }
    if (key == QLatin1String("operator_type")) {
        registers::OperatorType t;
        if (registers::operatorTypeFromKey(value, &t)) {
            return registers::operatorTypeName(t);
        }
    }
    if (key == QLatin1String("outcome")) {
        bool found = false;
        const QString word = lookup(kOutcomes, value, &found);
        if (found) {
            return word;
        }
    }
    if (key == QLatin1String("role")) {
        Role r;
        if (roleFromKey(value, &r)) {
            return roleDisplayName(r);
        }
    }
    bool found = false;
    const QString word = lookup(kValues, value, &found);
    return found ? word : value;
}

} // namespace

QStringList knownActions()
{
    QStringList codes;
    for (const Entry& e : kActions) {
        codes << QString::fromLatin1(e.code);
    }
    return codes;
}

QString actionName(const QString& action)
{
    return lookup(kActions, action);
}

QString entityName(const QString& entityType)
{
    return entityType.isEmpty() ? QString() : lookup(kEntities, entityType);
}

QString fieldName(const QString& field)
{
    bool found = false;
    const QString name = lookup(kFields, field, &found);
    return found ? name : settingName(field);
}

QString settingName(const QString& key)
{
    Setting setting;
    if (VaultSettings::fromKey(key, &setting)) {
        return VaultSettings::label(setting);
    }
    return lookup(kSettingGroups, key);
}

QString recordText(const QString& entityType, const QString& entityId)
{
    if (entityType == QLatin1String("setting")) {
        return settingName(entityId);
    }
    if (entityType == QLatin1String("letter_template")) {
        // "rejected.zh_CN": the outcome and the letter's language.
        const QString outcome = entityId.section(QLatin1Char('.'), 0, 0);
        const QString language = entityId.section(QLatin1Char('.'), 1);
        bool found = false;
        const QString name = lookup(kOutcomes, outcome, &found);
        if (found && !language.isEmpty()) {
            const QString lang = Languages::isAnyChinese(language)
                ? QCoreApplication::translate("cd::Audit", "Chinese")
                : QCoreApplication::translate("cd::Audit", "English");
            return (chinese() ? QStringLiteral("%1（%2）") : QStringLiteral("%1 (%2)")).arg(name, lang);
        }
        return found ? name : entityId;
    }
    return entityId;
}

QString fieldNames(const QStringList& fields)
{
    QStringList names;
    for (const QString& f : fields) {
        names << fieldName(f);
    }
    return names.join(chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

QString detailText(const QString& detail)
{
    if (detail.trimmed().isEmpty()) {
        return {};
    }
    // key=value pairs separated by spaces or semicolons; a value runs to the next " key=" so
    // free words (a filter description) stay together.
    static const QRegularExpression pair(
        QStringLiteral("([a-z_][a-z0-9_]*)=(.*?)(?=[;\\s]+[a-z_][a-z0-9_]*=|[;\\s]*$)"));
    QStringList parts;
    auto it = pair.globalMatch(detail);
    int consumed = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString key = m.captured(1);
        QString value = m.captured(2).trimmed();
        QStringList values;
        for (const QString& v : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            values << (key == QLatin1String("fields") ? fieldName(v) : valueText(key, v));
        }
        if (!values.isEmpty()) {
            value = values.join(chinese() ? QStringLiteral("、") : QStringLiteral(", "));
        }
        parts << (chinese() ? QStringLiteral("%1：%2") : QStringLiteral("%1: %2")).arg(fieldName(key), value);
        consumed = int(m.capturedEnd());
    }
    if (parts.isEmpty()) {
        // A status change stored as "from->to" (incidents, policy versions).
        static const QRegularExpression transition(QStringLiteral("^\\s*([a-z_]+)->([a-z_]+)\\s*$"));
        const QRegularExpressionMatch t = transition.match(detail);
        if (t.hasMatch()) {
            return QStringLiteral("%1 → %2").arg(
                valueText(QStringLiteral("status"), t.captured(1)), valueText(QStringLiteral("status"), t.captured(2)));
        }
        return detail; // not in key=value form: shown as stored
    }
    const QString rest = detail.mid(consumed).trimmed();
    if (!rest.isEmpty() && rest != QLatin1String(";")) {
        parts << rest;
    }
    return parts.join(chinese() ? QStringLiteral("；") : QStringLiteral("; "));
}

} // namespace cd::audit
