#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::iso {

// The four themes of ISO/IEC 27001:2022 Annex A (clauses 5–8 of ISO/IEC 27002:2022).
enum class Theme { Organizational, People, Physical, Technological };
inline constexpr int themeCount = 4;
QList<Theme> allThemes();
QString themeKey(Theme theme); // stable storage key: organizational, people, physical, technological
bool themeFromKey(const QString& key, Theme* out);
int themeClause(Theme theme); // 5, 6, 7, 8
QString themeDisplayName(Theme theme); // translated (cd::Iso)
// The theme's title as the standard words it, in the catalogue's language (zh_CN or en).
QString themeTitle(Theme theme, const QString& language);

enum class ImplementationStatus { NotStarted, Planned, Partial, Implemented, NotApplicable };
QList<ImplementationStatus> allStatuses();
QString statusKey(ImplementationStatus status); // not_started, planned, partial, implemented, not_applicable
bool statusFromKey(const QString& key, ImplementationStatus* out);
QString statusDisplayName(ImplementationStatus status); // translated
QString statusColor(ImplementationStatus status); // "#rrggbb", the same in charts and the tree

// Why an applicable control is included in the SoA.
enum class InclusionReason { Legal, Contractual, RiskAssessment, Business };
QList<InclusionReason> allReasons();
QString reasonKey(InclusionReason reason); // legal, contractual, risk, business
bool reasonFromKey(const QString& key, InclusionReason* out);
QString reasonDisplayName(InclusionReason reason);

// True for "zh_CN", "zh", "zh-CN": picks the Chinese catalogue titles.
bool isChinese(const QString& language);

struct CatalogueControl {
    QString id; // "5.1"
    Theme theme = Theme::Organizational;
    QString titleEn;
    QString titleZh;
};

// A control catalogue file (resources/data/iso27001-2022-annex-a.json or a newer one).
struct Catalogue {
    int version = 0;
    QString standard;
    QList<CatalogueControl> controls;

    static Result<Catalogue> fromJson(const QByteArray& json);
    static Result<Catalogue> fromFile(const QString& path);
    // The catalogue shipped with the program.
    static Result<Catalogue> builtIn();
    // "5.10" → 5010, so controls sort 5.1, 5.2, … 5.10; 0 for a malformed id.
    static int sortKey(const QString& controlId);
};

struct Control {
    qint64 id = 0; // row id; owner id of its file evidence
    QString controlId;
    Theme theme = Theme::Organizational;
    int sortKey = 0;
    QString titleEn;
    QString titleZh;
    bool retired = false;
    bool applicable = true;
    QString justification;
    QList<InclusionReason> reasons;
    ImplementationStatus status = ImplementationStatus::NotStarted;
    QString owner;
    QDate targetDate;
    QString notes;
    int reviewMonths = 12;
    QDate lastReviewed;
    QDateTime updatedAt;
    int evidenceCount = 0;

    QString title(const QString& language) const { return isChinese(language) ? titleZh : titleEn; }
    // Last review plus the cycle; invalid when the control was never reviewed.
    QDate nextReviewDue() const { return lastReviewed.isValid() ? lastReviewed.addMonths(reviewMonths) : QDate(); }
    // An applicable control whose next review lies before today.
    bool reviewOverdue(const QDate& today) const
    {
        const QDate due = nextReviewDue();
        return applicable && due.isValid() && due < today;
    }
};

// A change to one control; unset members stay as they are.
struct ControlChange {
    std::optional<bool> applicable;
    std::optional<QString> justification;
    std::optional<QList<InclusionReason>> reasons;
    std::optional<ImplementationStatus> status;
    std::optional<QString> owner;
    std::optional<QDate> targetDate; // an invalid date clears it
    std::optional<QString> notes;
    std::optional<int> reviewMonths;
    std::optional<QDate> lastReviewed; // an invalid date clears it

    bool isEmpty() const
    {
        return !applicable && !justification && !reasons && !status && !owner && !targetDate && !notes && !reviewMonths
            && !lastReviewed;
    }
};

struct ControlFilter {
    QString search; // id prefix or words of the English or Chinese title
    std::optional<ImplementationStatus> status;
    std::optional<QString> owner; // exact; an empty string means "no owner"
    std::optional<bool> applicable;
    std::optional<Theme> theme;
    bool reviewOverdue = false;
    bool noEvidence = false;
    bool includeRetired = false;

    bool matches(const Control& control, const QDate& today) const;
};

struct EvidenceItem {
    enum class Kind { Text, Link, File };
    Kind kind = Kind::Text;
    qint64 id = 0; // iso_evidence id, or the attachment id for files
    QString title; // file name for files
    QString content; // text or URL; empty for files
    qint64 size = 0;
    QString sha256;
    QString addedByName;
    QDateTime addedAt;
};
QString evidenceKindKey(EvidenceItem::Kind kind);

struct ThemeProgress {
    Theme theme = Theme::Organizational;
    int total = 0;
    int applicable = 0;
    int counts[5] = { 0, 0, 0, 0, 0 }; // by ImplementationStatus
    int overdueReviews = 0;
    int count(ImplementationStatus s) const { return counts[static_cast<int>(s)]; }
    // Implemented share of the applicable controls, 0–100.
    double implementedPercent() const
    {
        return applicable > 0 ? 100.0 * count(ImplementationStatus::Implemented) / applicable : 0.0;
    }
};

// What the Dashboard shows of the checklist.
struct IsoOverview {
    QList<ThemeProgress> themes;
    ThemeProgress total; // all themes together (theme member unused)
    QList<Control> overdueReviews; // applicable controls past their next review, oldest due first
};

struct MonthCount {
    QDate month; // first day of the month
    int implemented = 0;
};

struct CatalogueImportReport {
    int fromVersion = 0;
    int toVersion = 0;
    QStringList added;
    QStringList removed; // retired: their assessments and evidence are kept
    QStringList retitled;
    int kept = 0;
};

struct SoaHeader {
    QString scope;
    QString version;
    QString approvedBy;
    QDate approvedOn;
    int catalogueVersion = 0;
};

} // namespace cd::iso
