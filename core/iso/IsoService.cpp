#include "iso/IsoService.h"
#include "util/TranslationContexts.h"

#include "attachments/AttachmentStore.h"
#include "audit/AuditLog.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace cd::iso {

namespace {

constexpr int kMaxOwner = 200;
constexpr int kMaxJustification = 4000;
constexpr int kMaxNotes = 20000;
constexpr int kMaxEvidenceTitle = 300;
constexpr int kMaxEvidenceText = 20000;
const char* const kEntityType = "control";

Error notFound(const QString& controlId)
{
    return Error { ErrorCode::NotFound,
        cd::IsoText::tr("There is no control %1 in the catalogue. Use an id like 5.1 or 8.28.").arg(controlId) };
}

QString reasonsToText(const QList<InclusionReason>& reasons)
{
    QStringList keys;
    for (InclusionReason r : allReasons()) {
        if (reasons.contains(r)) {
            keys << reasonKey(r);
        }
    }
    return keys.join(QLatin1Char(','));
}

QList<InclusionReason> reasonsFromText(const QString& text)
{
    QList<InclusionReason> out;
    for (const QString& k : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        InclusionReason r;
        if (reasonFromKey(k.trimmed(), &r) && !out.contains(r)) {
            out << r;
        }
    }
    return out;
}

const char* const kSelectControls
    = "SELECT c.id, c.control_id, c.theme, c.sort_key, c.title_en, c.title_zh, c.retired, c.applicable, "
      "c.justification, c.reasons, c.status, c.owner, c.target_date, c.notes, c.review_months, c.last_reviewed, "
      "c.updated_at, (SELECT count(*) FROM iso_evidence e WHERE e.control = c.id) + (SELECT count(*) FROM attachments "
      "a "
      "WHERE a.owner_type = 'control' AND a.owner_id = c.id) FROM iso_controls c ";

Control readControl(const Statement& s)
{
    Control c;
    c.id = s.int64(0);
    c.controlId = s.text(1);
    themeFromKey(s.text(2), &c.theme);
    c.sortKey = s.integer(3);
    c.titleEn = s.text(4);
    c.titleZh = s.text(5);
    c.retired = s.boolean(6);
    c.applicable = s.boolean(7);
    c.justification = s.text(8);
    c.reasons = reasonsFromText(s.text(9));
    statusFromKey(s.text(10), &c.status);
    c.owner = s.text(11);
    c.targetDate = s.date(12);
    c.notes = s.text(13);
    c.reviewMonths = s.integer(14);
    c.lastReviewed = s.date(15);
    c.updatedAt = s.dateTime(16);
    c.evidenceCount = s.integer(17);
    return c;
}

std::optional<Control> loadControl(Database& db, const QString& controlId)
{
    Statement s(db, QString::fromLatin1(kSelectControls) + QStringLiteral("WHERE c.control_id = ?"));
    s.bind(1, controlId);
    if (!s.next()) {
        return std::nullopt;
    }
    return readControl(s);
}

// Applies a change to a control and checks the result: an excluded control is "not
// applicable" and says why; an applicable one is never "not applicable".
Result<Control> applyChange(const Control& old, const ControlChange& change, QStringList* fields, QStringList* detail)
{
    if (old.retired) {
        return Error { ErrorCode::NotAllowed,
            cd::IsoText::tr("Control %1 is no longer in the catalogue; it can be read but not "
                            "changed.")
                .arg(old.controlId) };
    }
    Control c = old;
    if (change.applicable) {
        c.applicable = *change.applicable;
        if (!c.applicable) {
            c.status = ImplementationStatus::NotApplicable;
        } else if (old.status == ImplementationStatus::NotApplicable && !change.status) {
            c.status = ImplementationStatus::NotStarted;
        }
    }
    if (change.status) {
        c.status = *change.status;
        if (c.status == ImplementationStatus::NotApplicable && !change.applicable) {
            c.applicable = false;
        } else if (c.status != ImplementationStatus::NotApplicable && !old.applicable && !change.applicable) {
            c.applicable = true;
        }
    }
    if (change.justification) {
        c.justification = change.justification->trimmed();
    }
    if (change.reasons) {
        c.reasons = *change.reasons;
    }
    if (change.owner) {
        c.owner = change.owner->simplified();
    }
    if (change.targetDate) {
        c.targetDate = *change.targetDate;
    }
    if (change.notes) {
        c.notes = change.notes->trimmed();
    }
    if (change.reviewMonths) {
        c.reviewMonths = *change.reviewMonths;
    }
    if (change.lastReviewed) {
        c.lastReviewed = *change.lastReviewed;
    }

    if (c.applicable && c.status == ImplementationStatus::NotApplicable) {
        return Error { ErrorCode::InvalidInput,
            cd::IsoText::tr("Control %1 is applicable, so its status cannot be \"not applicable\". Exclude it instead, "
                            "with a justification.")
                .arg(c.controlId) };
    }
    if (!c.applicable && c.status != ImplementationStatus::NotApplicable) {
        return Error { ErrorCode::InvalidInput,
            cd::IsoText::tr("Control %1 is excluded, so its status must be \"not applicable\".").arg(c.controlId) };
    }
    if (!c.applicable && c.justification.isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            cd::IsoText::tr("Excluding control %1 needs a justification: say why it does not apply (auditors read it "
                            "in the Statement of Applicability).")
                .arg(c.controlId) };
    }
    if (c.owner.size() > kMaxOwner) {
        return Error { ErrorCode::InvalidInput,
            cd::IsoText::tr("The owner may have at most %1 characters.").arg(kMaxOwner) };
    }
    if (c.justification.size() > kMaxJustification) {
        return Error { ErrorCode::InvalidInput,
            cd::IsoText::tr("The justification may have at most %1 characters.").arg(kMaxJustification) };
    }
    if (c.notes.size() > kMaxNotes) {
        return Error { ErrorCode::InvalidInput,
            cd::IsoText::tr("The notes may have at most %1 characters.").arg(kMaxNotes) };
    }
    if (c.reviewMonths < 1 || c.reviewMonths > 60) {
        return Error { ErrorCode::InvalidInput, cd::IsoText::tr("The review cycle must be between 1 and 60 months.") };
    }
    if (c.lastReviewed.isValid() && c.lastReviewed > Clock::today()) {
        return Error { ErrorCode::InvalidInput, cd::IsoText::tr("The last review cannot lie in the future.") };
    }

    const auto note = [&](bool changed, const char* name) {
        if (changed) {
            fields->append(QString::fromLatin1(name));
        }
    };
    note(c.applicable != old.applicable, "applicable");
    note(c.justification != old.justification, "justification");
    note(c.reasons != old.reasons, "reasons");
    note(c.status != old.status, "status");
    note(c.owner != old.owner, "owner");
    note(c.targetDate != old.targetDate, "target_date");
    note(c.notes != old.notes, "notes");
    note(c.reviewMonths != old.reviewMonths, "review_months");
    note(c.lastReviewed != old.lastReviewed, "last_reviewed");
    // Status and applicability are facts about the control, not about a person: recorded so
    // progress over time can be rebuilt from the audit log alone.
    if (c.status != old.status) {
        detail->append(QStringLiteral("status=") + statusKey(c.status));
    }
    if (c.applicable != old.applicable) {
        detail->append(QStringLiteral("applicable=") + (c.applicable ? QStringLiteral("yes") : QStringLiteral("no")));
    }
    return c;
}

void writeControl(Database& db, const Control& c)
{
    Statement s(db,
        "UPDATE iso_controls SET applicable = ?, justification = ?, reasons = ?, status = ?, owner = ?, "
        "target_date = ?, notes = ?, review_months = ?, last_reviewed = ?, updated_at = ? WHERE id = ?");
    s.bind(1, c.applicable)
        .bindText(2, c.justification)
        .bindText(3, reasonsToText(c.reasons))
        .bind(4, statusKey(c.status))
        .bindText(5, c.owner)
        .bind(6, c.targetDate)
        .bindText(7, c.notes)
        .bind(8, c.reviewMonths)
        .bind(9, c.lastReviewed)
        .bind(10, Clock::nowUtc())
        .bind(11, c.id)
        .exec();
}

QString metaValue(Database& db, const char* key)
{
    Statement s(db, "SELECT value FROM iso_meta WHERE key = ?");
    s.bind(1, QString::fromLatin1(key));
    return s.next() ? s.text(0) : QString();
}

void setMetaValue(Database& db, const char* key, const QString& value)
{
    Statement s(db, "INSERT OR REPLACE INTO iso_meta (key, value) VALUES (?, ?)");
    s.bind(1, QString::fromLatin1(key)).bindText(2, value).exec();
}

} // namespace

IsoService::IsoService(Vault& vault)
    : m_vault(vault)
{
}

Status IsoService::ensureCatalogue()
{
    const Result<bool> filled = m_vault.readResult(Permission::Read,
        [](ReadTx& tx) { return Statement::scalarInt(tx.db(), "SELECT count(*) FROM iso_controls") > 0; });
    if (!filled || filled.value()) {
        return filled.status();
    }
    auto catalogue = Catalogue::builtIn();
    if (!catalogue) {
        return catalogue.status();
    }
    return m_vault.write(Permission::Read, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QDateTime now = Clock::nowUtc();
        Statement ins(db,
            "INSERT INTO iso_controls (control_id, theme, sort_key, title_en, title_zh, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)");
        for (const CatalogueControl& cc : catalogue->controls) {
            ins.bind(1, cc.id)
                .bind(2, themeKey(cc.theme))
                .bind(3, Catalogue::sortKey(cc.id))
                .bind(4, cc.titleEn)
                .bind(5, cc.titleZh)
                .bind(6, now)
                .exec();
        }
        setMetaValue(db, "catalogue_version", QString::number(catalogue->version));
        tx.audit({ QStringLiteral("iso.catalogue.import"), QStringLiteral("catalogue"), QString(), {},
            QStringLiteral("version=%1;added=%2").arg(catalogue->version).arg(catalogue->controls.size()) });
    });
}

int IsoService::catalogueVersion()
{
    const Result<int> version = m_vault.readResult(
        Permission::Read, [](ReadTx& tx) { return metaValue(tx.db(), "catalogue_version").toInt(); });
    return version ? version.value() : 0;
}

Result<CatalogueImportReport> IsoService::importCatalogue(const Catalogue& catalogue)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    CatalogueImportReport report;
    report.fromVersion = catalogueVersion();
    report.toVersion = catalogue.version;
    if (report.fromVersion > 0 && catalogue.version <= report.fromVersion) {
        return Error { ErrorCode::Conflict,
            cd::IsoText::tr("The vault already holds catalogue version %1; this file is version %2. "
                            "Only a newer catalogue can be imported.")
                .arg(report.fromVersion)
                .arg(catalogue.version) };
    }
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        struct Existing {
            qint64 id;
            QString titleEn;
            QString titleZh;
            bool retired;
        };
        QHash<QString, Existing> existing;
        Statement sel(db, "SELECT id, control_id, title_en, title_zh, retired FROM iso_controls");
        while (sel.next()) {
            existing.insert(sel.text(1), { sel.int64(0), sel.text(2), sel.text(3), sel.boolean(4) });
        }
        const QDateTime now = Clock::nowUtc();
        Statement ins(db,
            "INSERT INTO iso_controls (control_id, theme, sort_key, title_en, title_zh, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)");
        Statement upd(db,
            "UPDATE iso_controls SET theme = ?, sort_key = ?, title_en = ?, title_zh = ?, retired = 0 "
            "WHERE id = ?");
        QSet<QString> inNew;
        for (const CatalogueControl& cc : catalogue.controls) {
            inNew.insert(cc.id);
            const auto it = existing.constFind(cc.id);
            if (it == existing.constEnd()) {
                ins.bind(1, cc.id)
                    .bind(2, themeKey(cc.theme))
                    .bind(3, Catalogue::sortKey(cc.id))
                    .bind(4, cc.titleEn)
                    .bind(5, cc.titleZh)
                    .bind(6, now)
                    .exec();
                report.added << cc.id;
                continue;
            }
            upd.bind(1, themeKey(cc.theme))
                .bind(2, Catalogue::sortKey(cc.id))
                .bind(3, cc.titleEn)
                .bind(4, cc.titleZh)
                .bind(5, it->id)
                .exec();
            if (it->titleEn != cc.titleEn || it->titleZh != cc.titleZh) {
                report.retitled << cc.id;
            }
            if (it->retired) {
                report.added << cc.id; // back in the catalogue, with its old assessment
            } else {
                ++report.kept;
            }
        }
        Statement retire(db, "UPDATE iso_controls SET retired = 1 WHERE id = ?");
        for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
            if (!inNew.contains(it.key()) && !it->retired) {
                retire.bind(1, it->id).exec();
                report.removed << it.key();
            }
        }
        const auto byId
            = [](const QString& a, const QString& b) { return Catalogue::sortKey(a) < Catalogue::sortKey(b); };
        std::sort(report.added.begin(), report.added.end(), byId);
        std::sort(report.removed.begin(), report.removed.end(), byId);
        std::sort(report.retitled.begin(), report.retitled.end(), byId);
        setMetaValue(db, "catalogue_version", QString::number(catalogue.version));
        tx.audit({ QStringLiteral("iso.catalogue.import"), QStringLiteral("catalogue"), QString(), {},
            QStringLiteral("version=%1;from=%2;added=%3;removed=%4;kept=%5")
                .arg(catalogue.version)
                .arg(report.fromVersion)
                .arg(report.added.join(QLatin1Char(',')), report.removed.join(QLatin1Char(',')))
                .arg(report.kept) });
    });
    if (!s) {
        return s;
    }
    return report;
}

Result<QList<Control>> IsoService::controls(const ControlFilter& filter)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<QList<Control>> {
        QList<Control> out;
        Statement s(tx.db(), QString::fromLatin1(kSelectControls) + QStringLiteral("ORDER BY c.sort_key"));
        const QDate today = Clock::today();
        while (s.next()) {
            Control c = readControl(s);
            if (filter.matches(c, today)) {
                out.append(std::move(c));
            }
        }
        return out;
    });
}

Result<Control> IsoService::control(const QString& controlId)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<Control> {
        auto c = loadControl(tx.db(), controlId.trimmed());
        if (!c) {
            return notFound(controlId);
        }
        return *c;
    });
}

QStringList IsoService::owners()
{
    QStringList out;
    // Only a suggestion list: a failed read suggests nothing.
    m_vault.read(Permission::Read, [&](ReadTx& tx) {
        Statement s(tx.db(), "SELECT DISTINCT owner FROM iso_controls WHERE owner <> '' AND retired = 0");
        while (s.next()) {
            out << s.text(0);
        }
    });
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

Status IsoService::update(const QString& controlId, const ControlChange& change)
{
    auto n = bulkUpdate({ controlId }, change);
    return n.status();
}

Result<int> IsoService::bulkUpdate(const QStringList& controlIds, const ControlChange& change)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (controlIds.isEmpty() || change.isEmpty()) {
        return 0;
    }
    int changed = 0;
    Error failure;
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        for (const QString& rawId : controlIds) {
            const QString id = rawId.trimmed();
            const auto old = loadControl(db, id);
            if (!old) {
                failure = notFound(id);
                throw DbException(failure.code, failure.message);
            }
            QStringList fields;
            QStringList detail;
            auto updated = applyChange(*old, change, &fields, &detail);
            if (!updated) {
                failure = updated.error();
                throw DbException(failure.code, failure.message);
            }
            if (fields.isEmpty()) {
                continue;
            }
            writeControl(db, updated.value());
            // One entry per control, so its history (and the progress chart) reads from the log.
            tx.audit({ controlIds.size() > 1 ? QStringLiteral("iso.control.bulk_update")
                                             : QStringLiteral("iso.control.update"),
                QString::fromLatin1(kEntityType), id, fields, detail.join(QLatin1Char(';')) });
            ++changed;
        }
    });
    if (!s) {
        return s;
    }
    return changed;
}

Status IsoService::markReviewed(const QString& controlId, const QDate& on)
{
    ControlChange change;
    change.lastReviewed = on.isValid() ? on : Clock::today();
    return update(controlId, change);
}

Result<QList<EvidenceItem>> IsoService::evidence(const QString& controlId)
{
    auto c = control(controlId);
    if (!c) {
        return c.status();
    }
    QList<EvidenceItem> out;
    const Status read = m_vault.read(Permission::Read, [&](ReadTx& tx) {
        Statement s(tx.db(),
            "SELECT e.id, e.kind, e.title, e.content, e.added_at, coalesce(a.display_name, '') "
            "FROM iso_evidence e LEFT JOIN accounts a ON a.id = e.added_by "
            "WHERE e.control = ? ORDER BY e.added_at, e.id");
        s.bind(1, c->id);
        while (s.next()) {
            EvidenceItem item;
            item.id = s.int64(0);
            item.kind = s.text(1) == QLatin1String("link") ? EvidenceItem::Kind::Link : EvidenceItem::Kind::Text;
            item.title = s.text(2);
            item.content = s.text(3);
            item.size = item.content.toUtf8().size();
            item.addedAt = s.dateTime(4);
            item.addedByName = s.text(5);
            out.append(item);
        }
    });
    if (!read) {
        return read;
    }
    auto files = AttachmentStore(m_vault).list(QString::fromLatin1(kEntityType), c->id);
    if (!files) {
        return files.status();
    }
    for (const Attachment& a : files.value()) {
        EvidenceItem item;
        item.kind = EvidenceItem::Kind::File;
        item.id = a.id;
        item.title = a.name;
        item.size = a.size;
        item.sha256 = a.sha256;
        item.addedAt = a.addedAt;
        item.addedByName = a.addedByName;
        out.append(item);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const EvidenceItem& a, const EvidenceItem& b) { return a.addedAt < b.addedAt; });
    return out;
}

namespace {
Result<EvidenceItem> addEvidenceRow(
    Vault& vault, const QString& controlId, EvidenceItem::Kind kind, const QString& title, const QString& content)
{
    if (Status s = vault.require(Permission::WriteData); !s) {
        return s;
    }
    EvidenceItem item;
    item.kind = kind;
    item.title = title.simplified();
    item.content = content.trimmed();
    if (item.title.isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            cd::IsoText::tr("Give the evidence a short title, e.g. \"Access review minutes Q1\".") };
    }
    if (item.title.size() > kMaxEvidenceTitle || item.content.size() > kMaxEvidenceText) {
        return Error { ErrorCode::InvalidInput,
            cd::IsoText::tr("The evidence is too long: at most %1 characters of title and %2 of "
                            "text. Attach longer documents as files.")
                .arg(kMaxEvidenceTitle)
                .arg(kMaxEvidenceText) };
    }
    item.addedAt = Clock::nowUtc();
    item.addedByName = vault.actor().displayName;
    Error failure;
    const Status s = vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const auto c = loadControl(db, controlId.trimmed());
        if (!c) {
            failure = notFound(controlId);
            throw DbException(failure.code, failure.message);
        }
        Statement ins(db,
            "INSERT INTO iso_evidence (control, kind, title, content, added_by, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?)");
        ins.bind(1, c->id)
            .bind(2, evidenceKindKey(kind))
            .bind(3, item.title)
            .bindText(4, item.content)
            .bind(5, vault.actor().id)
            .bind(6, item.addedAt)
            .exec();
        item.id = db.lastInsertId();
        tx.audit({ QStringLiteral("iso.evidence.add"), QString::fromLatin1(kEntityType), c->controlId,
            { QStringLiteral("title"), QStringLiteral("content") },
            QStringLiteral("kind=%1").arg(evidenceKindKey(kind)) });
    });
    if (!s) {
        return s;
    }
    item.size = item.content.toUtf8().size();
    return item;
}
} // namespace

Result<EvidenceItem> IsoService::addTextEvidence(const QString& controlId, const QString& title, const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return Error { ErrorCode::InvalidInput, cd::IsoText::tr("The evidence text is empty.") };
    }
    return addEvidenceRow(m_vault, controlId, EvidenceItem::Kind::Text, title, text);
}

Result<EvidenceItem> IsoService::addLinkEvidence(const QString& controlId, const QString& title, const QString& url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    static const QStringList schemes
        = { QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file"), QStringLiteral("smb") };
    if (!parsed.isValid() || !schemes.contains(parsed.scheme().toLower())
        || (parsed.scheme() != QLatin1String("file") && parsed.host().isEmpty())) {
        return Error { ErrorCode::InvalidInput,
            cd::IsoText::tr("The link must be a full address starting with https://, http://, "
                            "smb:// or file://.") };
    }
    const QString t = title.trimmed().isEmpty() ? parsed.toDisplayString() : title;
    return addEvidenceRow(m_vault, controlId, EvidenceItem::Kind::Link, t, parsed.toString());
}

Result<EvidenceItem> IsoService::addFileEvidence(const QString& controlId, const QString& filePath)
{
    auto c = control(controlId);
    if (!c) {
        return c.status();
    }
    if (c->retired) {
        return Error { ErrorCode::NotAllowed,
            cd::IsoText::tr("Control %1 is no longer in the catalogue.").arg(c->controlId) };
    }
    auto added = AttachmentStore(m_vault).addFile(QString::fromLatin1(kEntityType), c->id, filePath);
    if (!added) {
        return added.status();
    }
    EvidenceItem item;
    item.kind = EvidenceItem::Kind::File;
    item.id = added->id;
    item.title = added->name;
    item.size = added->size;
    item.sha256 = added->sha256;
    item.addedAt = added->addedAt;
    item.addedByName = added->addedByName;
    return item;
}

Status IsoService::removeEvidence(const QString& controlId, const EvidenceItem& item)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    auto c = control(controlId);
    if (!c) {
        return c.status();
    }
    if (item.kind == EvidenceItem::Kind::File) {
        auto files = AttachmentStore(m_vault).list(QString::fromLatin1(kEntityType), c->id);
        if (!files) {
            return files.status();
        }
        const bool belongs
            = std::any_of(files->cbegin(), files->cend(), [&](const Attachment& a) { return a.id == item.id; });
        if (!belongs) {
            return Error { ErrorCode::NotFound,
                cd::IsoText::tr("That file is not evidence of control %1.").arg(c->controlId) };
        }
        return AttachmentStore(m_vault).remove(item.id);
    }
    Error failure;
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement del(db, "DELETE FROM iso_evidence WHERE id = ? AND control = ?");
        del.bind(1, item.id).bind(2, c->id).exec();
        if (db.changes() != 1) {
            failure = Error { ErrorCode::NotFound, cd::IsoText::tr("That evidence item no longer exists.") };
            throw DbException(failure.code, failure.message);
        }
        tx.audit({ QStringLiteral("iso.evidence.remove"), QString::fromLatin1(kEntityType), c->controlId,
            { QStringLiteral("title"), QStringLiteral("content") },
            QStringLiteral("kind=%1").arg(evidenceKindKey(item.kind)) });
    });
}

Result<IsoOverview> IsoService::overview(const QDate& today)
{
    return m_vault.readResult(
        Permission::Read, [&](ReadTx& tx) -> Result<IsoOverview> { return overview(tx.db(), today); });
}

IsoOverview IsoService::overview(Database& db, const QDate& today)
{
    IsoOverview o;
    for (Theme t : allThemes()) {
        ThemeProgress p;
        p.theme = t;
        o.themes.append(p);
    }
    const ControlFilter current; // retired controls are left out, as in controls()
    Statement s(db, QString::fromLatin1(kSelectControls) + QStringLiteral("ORDER BY c.sort_key"));
    while (s.next()) {
        const Control c = readControl(s);
        if (!current.matches(c, today)) {
            continue;
        }
        ThemeProgress& p = o.themes[static_cast<int>(c.theme)];
        for (ThemeProgress* target : { &p, &o.total }) {
            ++target->total;
            target->applicable += c.applicable ? 1 : 0;
            ++target->counts[static_cast<int>(c.status)];
            target->overdueReviews += c.reviewOverdue(today) ? 1 : 0;
        }
        if (c.reviewOverdue(today)) {
            o.overdueReviews.append(c);
        }
    }
    std::stable_sort(o.overdueReviews.begin(), o.overdueReviews.end(),
        [](const Control& a, const Control& b) { return a.nextReviewDue() < b.nextReviewDue(); });
    return o;
}

Result<QList<MonthCount>> IsoService::implementedByMonth(const QDate& until, int months)
{
    if (Status s = m_vault.require(Permission::Read); !s) {
        return s;
    }
    if (!until.isValid() || months < 1 || months > 240) {
        return Error { ErrorCode::InvalidInput, cd::IsoText::tr("Choose between 1 and 240 months.") };
    }
    struct Change {
        QDateTime at;
        QString controlId;
        bool implemented;
    };
    QList<Change> changes;
    const Status read = m_vault.read(Permission::Read, [&](ReadTx& tx) {
        // Every status change is one entry with "status=<key>" in its detail (see applyChange).
        Statement s(tx.db(),
            "SELECT at, entity_id, detail FROM audit_log WHERE entity_type = 'control' AND "
            "action LIKE 'iso.control.%' AND detail LIKE '%status=%' ORDER BY id");
        while (s.next()) {
            const QStringList parts = s.text(2).split(QLatin1Char(';'));
            for (const QString& part : parts) {
                if (part.startsWith(QLatin1String("status="))) {
                    changes.append({ s.dateTime(0), s.text(1), part.mid(7) == QLatin1String("implemented") });
                }
            }
        }
    });
    if (!read) {
        return read;
    }
    // Replay in time order (entries written with a corrected clock need not be in id order).
    std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.at < b.at; });
    QList<MonthCount> out;
    QHash<QString, bool> implemented;
    int applied = 0;
    const QDate first = QDate(until.year(), until.month(), 1).addMonths(-(months - 1));
    for (int i = 0; i < months; ++i) {
        const QDate month = first.addMonths(i);
        // Month ends are local calendar boundaries; the log stores UTC.
        const QDateTime end = QDateTime(month.addMonths(1), QTime(0, 0)).toUTC();
        while (applied < changes.size() && changes.at(applied).at < end) {
            implemented.insert(changes.at(applied).controlId, changes.at(applied).implemented);
            ++applied;
        }
        MonthCount mc;
        mc.month = month;
        mc.implemented = int(std::count(implemented.cbegin(), implemented.cend(), true));
        out.append(mc);
    }
    return out;
}

SoaHeader IsoService::soaHeader()
{
    SoaHeader h;
    // A header that cannot be read shows empty, as on a vault that never had one.
    m_vault.read(Permission::Read, [&](ReadTx& tx) {
        Database& db = tx.db();
        h.scope = metaValue(db, "soa_scope");
        h.version = metaValue(db, "soa_version");
        h.approvedBy = metaValue(db, "soa_approved_by");
        h.approvedOn = QDate::fromString(metaValue(db, "soa_approved_on"), Qt::ISODate);
        h.catalogueVersion = metaValue(db, "catalogue_version").toInt();
    });
    return h;
}

Status IsoService::setSoaHeader(const QString& scope, const QString& version)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (scope.size() > 2000 || version.size() > 100) {
        return Error { ErrorCode::InvalidInput, cd::IsoText::tr("The scope or version text is too long.") };
    }
    const SoaHeader old = soaHeader();
    if (old.scope == scope.trimmed() && old.version == version.trimmed()) {
        return {};
    }
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        setMetaValue(db, "soa_scope", scope.trimmed());
        setMetaValue(db, "soa_version", version.trimmed());
        QStringList fields { QStringLiteral("scope"), QStringLiteral("version") };
        // A changed scope or version is a different document: its approval no longer holds.
        if (!old.approvedBy.isEmpty()) {
            setMetaValue(db, "soa_approved_by", QString());
            setMetaValue(db, "soa_approved_on", QString());
            fields << QStringLiteral("approval");
        }
        tx.audit({ QStringLiteral("iso.soa.update"), QStringLiteral("soa"), QString(), fields, {} });
    });
}

Status IsoService::approveSoa()
{
    return m_vault.write(Permission::Approve, [&](WriteTx& tx) {
        Database& db = tx.db();
        setMetaValue(db, "soa_approved_by", m_vault.actor().displayName);
        setMetaValue(db, "soa_approved_on", Clock::today().toString(Qt::ISODate));
        tx.audit({ QStringLiteral("iso.soa.approve"), QStringLiteral("soa"), QString(),
            { QStringLiteral("approved_by"), QStringLiteral("approved_on") }, {} });
    });
}

void IsoService::auditExport(const QString& format, int rows)
{
    m_vault.write(Permission::Read, [&](WriteTx& tx) {
        tx.audit({ QStringLiteral("iso.soa.export"), QStringLiteral("soa"), QString(), {},
            QStringLiteral("format=%1;rows=%2").arg(format).arg(rows) });
    });
}

} // namespace cd::iso
