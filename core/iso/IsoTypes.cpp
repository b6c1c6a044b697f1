#include "iso/IsoTypes.h"
#include "report/StatePalette.h"
#include "util/EnumTable.h"
#include "util/Languages.h"
#include "util/TranslationContexts.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace cd::iso {

namespace {
} // namespace

QList<Theme> allThemes()
{
    return { Theme::Organizational, Theme::People, Theme::Physical, Theme::Technological };
}

const EnumEntry<Theme> kThemeRows[] = {
    { Theme::Organizational, "organizational", QT_TRANSLATE_NOOP("cd::Iso", "Organizational controls") },
    { Theme::People, "people", QT_TRANSLATE_NOOP("cd::Iso", "People controls") },
    { Theme::Physical, "physical", QT_TRANSLATE_NOOP("cd::Iso", "Physical controls") },
    { Theme::Technological, "technological", QT_TRANSLATE_NOOP("cd::Iso", "Technological controls") },
};
const EnumTable<Theme> kThemeTable { "cd::Iso", kThemeRows };

QString themeKey(Theme theme)
{
    return kThemeTable.keyOf(theme);
}

bool themeFromKey(const QString& key, Theme* out)
{
    return kThemeTable.fromKey(key, out);
}

int themeClause(Theme theme)
{
    return 5 + static_cast<int>(theme);
}

QString themeDisplayName(Theme theme)
{
    return kThemeTable.displayName(theme);
}

QString themeTitle(Theme theme, const QString& language)
{
    if (!isChinese(language)) {
        switch (theme) {
        case Theme::Organizational: return QStringLiteral("Organizational controls");
        case Theme::People: return QStringLiteral("People controls");
        case Theme::Physical: return QStringLiteral("Physical controls");
        case Theme::Technological: return QStringLiteral("Technological controls");
        }
        return {};
    }
    switch (theme) {
    case Theme::Organizational: return QStringLiteral("组织控制");
    case Theme::People: return QStringLiteral("人员控制");
    case Theme::Physical: return QStringLiteral("物理控制");
    case Theme::Technological: return QStringLiteral("技术控制");
    }
    return {};
}

QList<ImplementationStatus> allStatuses()
{
    return { ImplementationStatus::NotStarted, ImplementationStatus::Planned, ImplementationStatus::Partial,
        ImplementationStatus::Implemented, ImplementationStatus::NotApplicable };
}

const EnumEntry<ImplementationStatus> kStatusRows[] = {
    { ImplementationStatus::NotStarted, "not_started", QT_TRANSLATE_NOOP("cd::Iso", "Not started") },
    { ImplementationStatus::Planned, "planned", QT_TRANSLATE_NOOP("cd::Iso", "Planned") },
    { ImplementationStatus::Partial, "partial", QT_TRANSLATE_NOOP("cd::Iso", "Partially implemented") },
    { ImplementationStatus::Implemented, "implemented", QT_TRANSLATE_NOOP("cd::Iso", "Implemented") },
    { ImplementationStatus::NotApplicable, "not_applicable", QT_TRANSLATE_NOOP("cd::Iso", "Not applicable") },
};
const EnumTable<ImplementationStatus> kStatusTable { "cd::Iso", kStatusRows };

QString statusKey(ImplementationStatus status)
{
    return kStatusTable.keyOf(status);
}

bool statusFromKey(const QString& key, ImplementationStatus* out)
{
    return kStatusTable.fromKey(key, out);
}

QString statusDisplayName(ImplementationStatus status)
{
    return kStatusTable.displayName(status);
}

QString statusColor(ImplementationStatus status)
{
    switch (status) {
    // Red and amber mean overdue and due soon everywhere (StatePalette); a status is neither.
    case ImplementationStatus::NotStarted: return StatePalette::fill(StateTone::Neutral, 1);
    case ImplementationStatus::Planned: return StatePalette::fill(StateTone::Info, -2);
    case ImplementationStatus::Partial: return StatePalette::fill(StateTone::Info);
    case ImplementationStatus::Implemented: return StatePalette::fill(StateTone::Ok);
    case ImplementationStatus::NotApplicable: return StatePalette::fill(StateTone::Neutral, -2);
    }
    return {};
}

QList<InclusionReason> allReasons()
{
    return { InclusionReason::Legal, InclusionReason::Contractual, InclusionReason::RiskAssessment,
        InclusionReason::Business };
}

const EnumEntry<InclusionReason> kReasonRows[] = {
    { InclusionReason::Legal, "legal", QT_TRANSLATE_NOOP("cd::Iso", "Legal requirement") },
    { InclusionReason::Contractual, "contractual", QT_TRANSLATE_NOOP("cd::Iso", "Contractual obligation") },
    { InclusionReason::RiskAssessment, "risk", QT_TRANSLATE_NOOP("cd::Iso", "Risk assessment") },
    { InclusionReason::Business, "business", QT_TRANSLATE_NOOP("cd::Iso", "Business requirement") },
};
const EnumTable<InclusionReason> kReasonTable { "cd::Iso", kReasonRows };

QString reasonKey(InclusionReason reason)
{
    return kReasonTable.keyOf(reason);
}

bool reasonFromKey(const QString& key, InclusionReason* out)
{
    return kReasonTable.fromKey(key, out);
}

QString reasonDisplayName(InclusionReason reason)
{
    return kReasonTable.displayName(reason);
}

bool isChinese(const QString& language)
{
    return Languages::isAnyChinese(language);
}

const EnumEntry<EvidenceItem::Kind> kEvidenceKindRows[] = {
    { EvidenceItem::Kind::Text, "text", {} },
    { EvidenceItem::Kind::Link, "link", {} },
    { EvidenceItem::Kind::File, "file", {} },
};
const EnumTable<EvidenceItem::Kind> kEvidenceKindTable { nullptr, kEvidenceKindRows };

QString evidenceKindKey(EvidenceItem::Kind kind)
{
    return kEvidenceKindTable.keyOf(kind);
}

int Catalogue::sortKey(const QString& controlId)
{
    static const QRegularExpression idPattern(QStringLiteral("^([0-9]{1,2})\\.([0-9]{1,3})$"));
    const auto m = idPattern.match(controlId);
    if (!m.hasMatch()) {
        return 0;
    }
    return m.captured(1).toInt() * 1000 + m.captured(2).toInt();
}

Result<Catalogue> Catalogue::fromJson(const QByteArray& json)
{
    const auto invalid = [](const QString& what) {
        return Error {
            ErrorCode::InvalidInput,
            cd::IsoText::tr("This is not a usable control catalogue: %1 Nothing was changed; check the file.").arg(what)
        };
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return invalid(cd::IsoText::tr("it is not valid JSON (at byte %1).").arg(parseError.offset));
    }
    const QJsonObject root = doc.object();
    Catalogue c;
    c.version = root.value(QStringLiteral("version")).toInt(0);
    if (c.version <= 0) {
        return invalid(cd::IsoText::tr("it has no positive \"version\"."));
    }
    c.standard = root.value(QStringLiteral("standard")).toString();
    const QJsonArray controls = root.value(QStringLiteral("controls")).toArray();
    if (controls.isEmpty()) {
        return invalid(cd::IsoText::tr("it lists no controls."));
    }
    QSet<QString> seen;
    for (int i = 0; i < controls.size(); ++i) {
        const QJsonObject o = controls.at(i).toObject();
        CatalogueControl cc;
        cc.id = o.value(QStringLiteral("id")).toString().trimmed();
        cc.titleEn = o.value(QStringLiteral("title_en")).toString().simplified();
        cc.titleZh = o.value(QStringLiteral("title_zh")).toString().simplified();
        const int key = sortKey(cc.id);
        if (key == 0) {
            return invalid(cd::IsoText::tr("entry %1 has no valid control id (like 5.1).").arg(i + 1));
        }
        // One spelling per control: "8.09" is control 8.9, so it must not become a second control.
        cc.id = QStringLiteral("%1.%2").arg(key / 1000).arg(key % 1000);
        if (!themeFromKey(o.value(QStringLiteral("theme")).toString(), &cc.theme)) {
            return invalid(cd::IsoText::tr("control %1 has an unknown theme.").arg(cc.id));
        }
        if (key / 1000 != themeClause(cc.theme)) {
            return invalid(cd::IsoText::tr("control %1 does not belong to its theme's clause.").arg(cc.id));
        }
        if (cc.titleEn.isEmpty() || cc.titleZh.isEmpty()) {
            return invalid(cd::IsoText::tr("control %1 lacks its English or Chinese title.").arg(cc.id));
        }
        if (cc.titleEn.size() > 300 || cc.titleZh.size() > 300) {
            return invalid(cd::IsoText::tr("control %1 has a title longer than 300 characters.").arg(cc.id));
        }
        if (seen.contains(cc.id)) {
            return invalid(cd::IsoText::tr("control %1 appears twice.").arg(cc.id));
        }
        seen.insert(cc.id);
        c.controls.append(cc);
    }
    std::sort(c.controls.begin(), c.controls.end(),
        [](const CatalogueControl& a, const CatalogueControl& b) { return sortKey(a.id) < sortKey(b.id); });
    return c;
}

Result<Catalogue> Catalogue::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::NotFound, cd::IsoText::tr("Cannot read %1: %2").arg(path, f.errorString()) };
    }
    if (f.size() > 4 * 1024 * 1024) {
        return Error { ErrorCode::InvalidInput,
            cd::IsoText::tr("%1 is too large to be a control catalogue.").arg(path) };
    }
    return fromJson(f.readAll());
}

Result<Catalogue> Catalogue::builtIn()
{
    return fromFile(QStringLiteral(":/iso/iso27001-2022-annex-a.json"));
}

bool ControlFilter::matches(const Control& c, const QDate& today) const
{
    if (!includeRetired && c.retired) {
        return false;
    }
    if (status && c.status != *status) {
        return false;
    }
    if (owner && c.owner != *owner) {
        return false;
    }
    if (applicable && c.applicable != *applicable) {
        return false;
    }
    if (theme && c.theme != *theme) {
        return false;
    }
    if (reviewOverdue && !c.reviewOverdue(today)) {
        return false;
    }
    if (noEvidence && c.evidenceCount > 0) {
        return false;
    }
    const QString needle = search.simplified();
    if (needle.isEmpty()) {
        return true;
    }
    if (c.controlId.startsWith(needle)
        || QString(QStringLiteral("A.") + c.controlId).startsWith(needle, Qt::CaseInsensitive)) {
        return true;
    }
    // Every word must occur in one of the titles (English case-insensitively, Chinese as is).
    const QStringList words = needle.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (!c.titleEn.contains(w, Qt::CaseInsensitive) && !c.titleZh.contains(w)) {
            return false;
        }
    }
    return true;
}

} // namespace cd::iso
