<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cd::Audits</name>
    <message numerus="yes">
        <source>%n finding(s) in all</source>
        <translation>
            <numerusform>%n finding in all</numerusform>
            <numerusform>%n findings in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n closed</numerusform>
            <numerusform>%n closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The office&apos;s own cycle of %n month(s) (PIPL art. 54)</source>
        <translation>
            <numerusform>The office&apos;s own cycle of %n month (PIPL art. 54)</numerusform>
            <numerusform>The office&apos;s own cycle of %n months (PIPL art. 54)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Dashboard</name>
    <message numerus="yes">
        <source>As of %1. Requests count working days under the vault&apos;s calendar; submissions are kept for %n month(s) after they are closed.</source>
        <translation>
            <numerusform>As of %1. Requests count working days under the vault&apos;s calendar; submissions are kept for %n month after they are closed.</numerusform>
            <numerusform>As of %1. Requests count working days under the vault&apos;s calendar; submissions are kept for %n months after they are closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed contact submission(s) past the %1-month retention period</source>
        <translation>
            <numerusform>%n closed contact submission past the %1-month retention period</numerusform>
            <numerusform>%n closed contact submissions past the %1-month retention period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact submission(s) not yet handled</source>
        <translation>
            <numerusform>%n new contact submission not yet handled</numerusform>
            <numerusform>%n new contact submissions not yet handled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) overdue</source>
        <translation>
            <numerusform>%n working day overdue</numerusform>
            <numerusform>%n working days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n working day(s)</source>
        <translation>
            <numerusform>due in %n working day</numerusform>
            <numerusform>due in %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>review %n day(s) overdue</source>
        <translation>
            <numerusform>review %n day overdue</numerusform>
            <numerusform>review %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest %n day(s) past the period</source>
        <translation>
            <numerusform>oldest %n day past the period</numerusform>
            <numerusform>oldest %n days past the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest received %n day(s) ago</source>
        <translation>
            <numerusform>oldest received %n day ago</numerusform>
            <numerusform>oldest received %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n answered on time</source>
        <translation>
            <numerusform>%1 of %n answered on time</numerusform>
            <numerusform>%1 of %n answered on time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable controls</source>
        <translation>
            <numerusform>%1 of %n applicable controls</numerusform>
            <numerusform>%1 of %n applicable controls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>review due in %n day(s)</source>
        <translation>
            <numerusform>review due in %n day</numerusform>
            <numerusform>review due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::DeepVerify</name>
    <message numerus="yes">
        <source>The dashboard&apos;s stored counts of contact submissions differ from the submissions in %n quarter-hour period(s).</source>
        <translation>
            <numerusform>The dashboard&apos;s stored counts of contact submissions differ from the submissions in %n quarter-hour period.</numerusform>
            <numerusform>The dashboard&apos;s stored counts of contact submissions differ from the submissions in %n quarter-hour periods.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ErasureLedger</name>
    <message numerus="yes">
        <source>%n people erased since this backup were removed again.</source>
        <translation>
            <numerusform>%n person erased since this backup was removed again.</numerusform>
            <numerusform>%n people erased since this backup were removed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted since this backup were removed again.</source>
        <translation>
            <numerusform>%n record deleted since this backup was removed again.</numerusform>
            <numerusform>%n records deleted since this backup were removed again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vault being replaced could not be opened, so erasures recorded only in it could not be re-applied. The erasure ledgers of %n other copy(ies) of this vault were used.</source>
        <translation>
            <numerusform>The vault being replaced could not be opened, so erasures recorded only in it could not be re-applied. The erasure ledger of %n other copy of this vault was used.</numerusform>
            <numerusform>The vault being replaced could not be opened, so erasures recorded only in it could not be re-applied. The erasure ledgers of %n other copies of this vault were used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Policies</name>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Users must be notified at least %n day(s) before the change takes effect: the notice is planned for %1 and the version takes effect on %2. Plan the notice earlier or move the effective date.</source>
        <translation>
            <numerusform>Users must be notified at least %n day before the change takes effect: the notice is planned for %1 and the version takes effect on %2. Plan the notice earlier or move the effective date.</numerusform>
            <numerusform>Users must be notified at least %n days before the change takes effect: the notice is planned for %1 and the version takes effect on %2. Plan the notice earlier or move the effective date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the contents check are not ticked: %1. Tick them, or approve anyway (the approval then records what was missing).</source>
        <translation>
            <numerusform>%n item of the contents check is not ticked: %1. Tick it, or approve anyway (the approval then records what was missing).</numerusform>
            <numerusform>%n items of the contents check are not ticked: %1. Tick them, or approve anyway (the approval then records what was missing).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Requests</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n calendar day</numerusform>
            <numerusform>%n calendar days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match the requester&apos;s contact details but were neither confirmed nor dismissed. Confirm or dismiss each one before fulfilling the request:</source>
        <translation>
            <numerusform>%n record matches the requester&apos;s contact details but was neither confirmed nor dismissed. Confirm or dismiss it before fulfilling the request:</numerusform>
            <numerusform>%n records match the requester&apos;s contact details but were neither confirmed nor dismissed. Confirm or dismiss each one before fulfilling the request:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::AuditLogPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::AuditsTab</name>
    <message numerus="yes">
        <source>The vault holds %1 people&apos;s personal information; periodic audits follow the office&apos;s cycle of %n month(s).</source>
        <translation>
            <numerusform>The vault holds %1 people&apos;s personal information; periodic audits follow the office&apos;s cycle of %n month.</numerusform>
            <numerusform>The vault holds %1 people&apos;s personal information; periodic audits follow the office&apos;s cycle of %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%1 to %2, compared with the %n day(s) before; as of %3</source>
        <translation>
            <numerusform>%1 to %2, compared with the %n day before; as of %3</numerusform>
            <numerusform>%1 to %2, compared with the %n days before; as of %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::DeadlineExtensionDialog</name>
    <message numerus="yes">
        <source>The deadline was already extended by the maximum of %n month(s).</source>
        <translation>
            <numerusform>The deadline was already extended by the maximum of %n month.</numerusform>
            <numerusform>The deadline was already extended by the maximum of %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deadline is counted in calendar months (%1) and may be extended by up to %n more month(s). The reason is kept with the request and shown in its timeline; tell the person about the extension and why.</source>
        <translation>
            <numerusform>The deadline is counted in calendar months (%1) and may be extended by up to %n more month. The reason is kept with the request and shown in its timeline; tell the person about the extension and why.</numerusform>
            <numerusform>The deadline is counted in calendar months (%1) and may be extended by up to %n more months. The reason is kept with the request and shown in its timeline; tell the person about the extension and why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::DeadlineRuleBox</name>
    <message numerus="yes">
        <source>It can be extended by up to %n more month(s), with a reason.</source>
        <translation>
            <numerusform>It can be extended by up to %n more month, with a reason.</numerusform>
            <numerusform>It can be extended by up to %n more months, with a reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::ErasureDialog</name>
    <message numerus="yes">
        <source>This deletes %n linked contact submission(s) with their search-index entries, and removes the name, contact details, description and attachments from this request</source>
        <translation>
            <numerusform>This deletes %n linked contact submission with their search-index entries, and removes the name, contact details, description and attachments from this request</numerusform>
            <numerusform>This deletes %n linked contact submissions with their search-index entries, and removes the name, contact details, description and attachments from this request</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and from %n linked earlier request(s)</source>
        <translation>
            <numerusform> and from %n linked earlier request</numerusform>
            <numerusform> and from %n linked earlier requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::IntakeDialog</name>
    <message numerus="yes">
        <source>%n possible record(s) found. Tick those that belong to this person.</source>
        <translation>
            <numerusform>%n possible record found. Tick those that belong to this person.</numerusform>
            <numerusform>%n possible records found. Tick those that belong to this person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoBulkEditDialog</name>
    <message numerus="yes">
        <source>Bulk edit %n control(s)</source>
        <translation>
            <numerusform>Bulk edit %n control</numerusform>
            <numerusform>Bulk edit %n controls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoPage</name>
    <message numerus="yes">
        <source>%n control(s) changed.</source>
        <translation>
            <numerusform>%n control changed.</numerusform>
            <numerusform>%n controls changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::IsoSoaActions</name>
    <message numerus="yes">
        <source>Exported %n control(s) to %1.</source>
        <translation>
            <numerusform>Exported %n control to %1.</numerusform>
            <numerusform>Exported %n controls to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::NotificationPlanDialog</name>
    <message numerus="yes">
        <source>Set the effective date of the version: the notice must go out at least %n day(s) before it.</source>
        <translation>
            <numerusform>Set the effective date of the version: the notice must go out at least %n day before it.</numerusform>
            <numerusform>Set the effective date of the version: the notice must go out at least %n days before it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The version takes effect on %1, %n day(s) after the planned notice.</source>
        <translation>
            <numerusform>The version takes effect on %1, %n day after the planned notice.</numerusform>
            <numerusform>The version takes effect on %1, %n days after the planned notice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n day(s) are required; publishing will be refused.</source>
        <translation>
            <numerusform>At least %n day is required; publishing will be refused.</numerusform>
            <numerusform>At least %n days are required; publishing will be refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::PolicyCompareDialog</name>
    <message numerus="yes">
        <source>%n change(s): %1 character(s) added, %2 removed. Sections changed: %3</source>
        <translation>
            <numerusform>%n change: %1 character added, %2 removed. Sections changed: %3</numerusform>
            <numerusform>%n changes: %1 characters added, %2 removed. Sections changed: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::PolicyContentsBox</name>
    <message numerus="yes">
        <source>%n required content(s) of the contents check are not ticked:
%1

Approve version %2 anyway? The audit log records the approval with the unticked items.</source>
        <translation>
            <numerusform>%n required content of the contents check is not ticked:
%1

Approve version %2 anyway? The audit log records the approval with the unticked item.</numerusform>
            <numerusform>%n required contents of the contents check are not ticked:
%1

Approve version %2 anyway? The audit log records the approval with the unticked items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::ProcessorsBox</name>
    <message numerus="yes">
        <source>The date of the next review or audit of the processor. The attention list shows it from %n day(s) before.</source>
        <translation>
            <numerusform>The date of the next review or audit of the processor. The attention list shows it from %n day before.</numerusform>
            <numerusform>The date of the next review or audit of the processor. The attention list shows it from %n days before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::RegisterReportDialog</name>
    <message numerus="yes">
        <source>%n request(s) received in this period</source>
        <translation>
            <numerusform>%n request received in this period</numerusform>
            <numerusform>%n requests received in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n closed</source>
        <translation>
            <numerusform>; %n closed</numerusform>
            <numerusform>; %n closed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::RequestFollowUpBar</name>
    <message numerus="yes">
        <source>Extend the deadline by up to %n more month(s), with a reason.</source>
        <translation>
            <numerusform>Extend the deadline by up to %n more month, with a reason.</numerusform>
            <numerusform>Extend the deadline by up to %n more months, with a reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::RequestsModel</name>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>Overdue by %n working day</numerusform>
            <numerusform>Overdue by %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::RequestsPage</name>
    <message numerus="yes">
        <source>%n working day(s) added for waiting</source>
        <translation>
            <numerusform>%n working day added for waiting</numerusform>
            <numerusform>%n working days added for waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact submission(s)</source>
        <translation>
            <numerusform>%n contact submission</numerusform>
            <numerusform>%n contact submissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) corrected.</source>
        <translation>
            <numerusform>%n field corrected.</numerusform>
            <numerusform>%n fields corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>by %n month(s)</source>
        <translation>
            <numerusform>by %n month</numerusform>
            <numerusform>by %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::SubmissionImportDialog</name>
    <message numerus="yes">
        <source>%1, %2, %n column(s).</source>
        <translation>
            <numerusform>%1, %2, %n column.</numerusform>
            <numerusform>%1, %2, %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of people erased earlier were not imported again.</source>
        <translation>
            <numerusform>%n row of a person erased earlier was not imported again.</numerusform>
            <numerusform>%n rows of people erased earlier were not imported again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::ui::SubmissionsPage</name>
    <message numerus="yes">
        <source>%n submission(s) selected</source>
        <translation>
            <numerusform>%n submission selected</numerusform>
            <numerusform>%n submissions selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) updated.</source>
        <translation>
            <numerusform>%n submission updated.</numerusform>
            <numerusform>%n submissions updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No closed submission is older than %n month(s).</source>
        <translation>
            <numerusform>No closed submission is older than %n month.</numerusform>
            <numerusform>No closed submission is older than %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 closed submission(s) older than %n month(s)? They are removed from the vault and from the search index for good. The audit log records only the number.</source>
        <translation>
            <numerusform>Delete %1 closed submission older than %n month? They are removed from the vault and from the search index for good. The audit log records only the number.</numerusform>
            <numerusform>Delete %1 closed submissions older than %n months? They are removed from the vault and from the search index for good. The audit log records only the number.</numerusform>
        </translation>
    </message>
</context>
</TS>
