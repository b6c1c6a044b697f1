#pragma once

#include <QString>
#include <QStringList>

namespace cd::audit {

// The audit log and the request timeline store stable codes (request.transition,
// severity=relatively_serious, method=id_document); people read them through these functions,
// in the UI language. A code without a translation is shown as it is, never dropped.
QString actionName(const QString& action); // "request.transition" → "Request state changed"
QStringList knownActions(); // every action code the program writes, for filters
QString entityName(const QString& entityType); // "policy_version" → "Policy version"
QString fieldName(const QString& field); // "assignee_id" → "Assignee"; a vault rule's key → its name
QString settingName(const QString& key); // "submissions.retention_months" → "Retention period of …"
// The record column: the id as stored, except where the id is itself a code (a vault rule's key,
// a letter template's "outcome.language"), which is shown in words.
QString recordText(const QString& entityType, const QString& entityId);
QString fieldNames(const QStringList& fields); // joined with the language's list separator
// "severity=relatively_serious; status=open" → "Severity: Relatively serious; Status: Open".
// Accepts the separators the services use (spaces, ';'); values that are codes of a known
// kind (request types and states, severities, roles …) are translated, others kept.
QString detailText(const QString& detail);

} // namespace cd::audit
