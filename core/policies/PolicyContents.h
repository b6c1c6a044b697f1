#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;
class Vault;

// One content the rules require in the personal-information processing rules (the privacy
// policy). Titles and sources are kept in both languages in the table itself: they are the
// wording of the law, printed on reports in the report's language.
struct PolicyContentRequirement {
    QString key; // stable: handler_contact, collected_list, …
    QString titleEn;
    QString titleZh;
    QString sourceEn; // article(s), e.g. "NDSMR art. 21(1); PIPL art. 17(1)"
    QString sourceZh;

    QString title(const QString& language) const;
    QString source(const QString& language) const;
};

// What the approver recorded for one requirement on one policy version.
struct PolicyContentCheck {
    QString key;
    bool ticked = false;
    QString note; // where the policy says it, e.g. "二.1"
    QString actorName; // who ticked or wrote the note last
    QDateTime updatedAt; // invalid: never looked at
};

namespace PolicyContents {

// The checklist, in the order of NDSMR art. 21. See PolicyContents.cpp for the sources.
const QList<PolicyContentRequirement>& requirements();
const PolicyContentRequirement* find(const QString& key);
QStringList keys();
// Longest note accepted, in characters.
inline constexpr int maxNoteLength = 200;

// One entry per requirement, in table order, for a version (unrecorded ones not ticked).
QList<PolicyContentCheck> checks(Database& db, qint64 versionId);
// Keys of the requirements not ticked on a version.
QStringList unticked(Database& db, qint64 versionId);

} // namespace PolicyContents

// Ticks and notes of the contents check. Ticking needs the Approve permission (the approver
// checks the version); the audit entry names the item keys, never the notes' wording.
class PolicyContentsService
{
public:
    explicit PolicyContentsService(Vault& vault);

    Result<QList<PolicyContentCheck>> checks(qint64 versionId);
    // Records one item. Refused for an unknown key, a note that is too long or has control
    // characters, and on superseded versions (their check is history).
    Status setItem(qint64 versionId, const QString& key, bool ticked, const QString& note);
    // A text for a confirmation or a refusal: the titles of the items in `language`, joined by
    // `separator` (by default "; ", or "；" in Chinese).
    static QString untickedText(const QStringList& keys, const QString& language, const QString& separator = {});

private:
    Vault& m_vault;
};

} // namespace cd
