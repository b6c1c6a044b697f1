#include "iso/IsoControlsModel.h"

#include "util/Formatting.h"
#include "util/Languages.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace cd::ui {

namespace {

// Control rows carry their theme row + 1 as internal id; theme rows carry 0.
constexpr quintptr kThemeRow = 0;

// What a row shows or is filtered by: a refill that changes none of these leaves the row alone.
bool sameRow(const iso::Control& a, const iso::Control& b)
{
    return a.controlId == b.controlId && a.titleEn == b.titleEn && a.titleZh == b.titleZh && a.status == b.status
        && a.owner == b.owner && a.applicable == b.applicable && a.lastReviewed == b.lastReviewed
        && a.reviewMonths == b.reviewMonths && a.evidenceCount == b.evidenceCount && a.retired == b.retired;
}

} // namespace

IsoControlsModel::IsoControlsModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

QList<IsoControlsModel::ThemeRows> IsoControlsModel::group(const QList<iso::Control>& controls)
{
    QList<ThemeRows> themes;
    for (iso::Theme theme : iso::allThemes()) {
        ThemeRows rows;
        rows.theme = theme;
        for (const iso::Control& c : controls) {
            if (c.theme == theme) {
                rows.controls << c;
            }
        }
        themes << rows;
    }
    return themes;
}

bool IsoControlsModel::sameShape(const QList<ThemeRows>& a, const QList<ThemeRows>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (int t = 0; t < a.size(); ++t) {
        const QList<iso::Control>& x = a.at(t).controls;
        const QList<iso::Control>& y = b.at(t).controls;
        if (a.at(t).theme != b.at(t).theme || x.size() != y.size()) {
            return false;
        }
        for (int r = 0; r < x.size(); ++r) {
            if (x.at(r).controlId != y.at(r).controlId) {
                return false;
            }
        }
    }
    return true;
}

void IsoControlsModel::setControls(const QList<iso::Control>& controls, const QString& language, const QDate& today)
{
    QList<ThemeRows> next = group(controls);
    if (controls.isEmpty() || m_themes.isEmpty() || !sameShape(m_themes, next)) {
        beginResetModel();
        m_themes = controls.isEmpty() ? QList<ThemeRows>() : std::move(next);
        m_language = language;
        m_today = today;
        endResetModel();
        return;
    }
    const bool everything = language != m_language || today != m_today;
    m_language = language;
    m_today = today;
    for (int t = 0; t < m_themes.size(); ++t) {
        QList<iso::Control>& rows = m_themes[t].controls;
        const QList<iso::Control>& fresh = next.at(t).controls;
        const QModelIndex themeIndex = index(t, 0);
        bool themeChanged = everything;
        int first = -1; // the first row of a run of changed rows
        for (int r = 0; r <= rows.size(); ++r) {
            const bool changed = r < rows.size() && (everything || !sameRow(rows.at(r), fresh.at(r)));
            if (r < rows.size()) {
                rows[r] = fresh.at(r); // also the fields no column shows (notes, justification)
            }
            if (changed) {
                first = first < 0 ? r : first;
                themeChanged = true;
            } else if (first >= 0) {
                emit dataChanged(index(first, 0, themeIndex), index(r - 1, ColumnCount - 1, themeIndex));
                first = -1;
            }
        }
        if (themeChanged) { // its progress line counts the controls below it
            emit dataChanged(themeIndex, index(t, ColumnCount - 1));
        }
    }
}

void IsoControlsModel::clear()
{
    beginResetModel();
    m_themes.clear();
    endResetModel();
}

void IsoControlsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitAllChanged();
}

void IsoControlsModel::emitAllChanged()
{
    for (int t = 0; t < m_themes.size(); ++t) {
        emit dataChanged(index(t, 0), index(t, ColumnCount - 1));
        const int n = int(m_themes.at(t).controls.size());
        if (n > 0) {
            const QModelIndex themeIndex = index(t, 0);
            emit dataChanged(index(0, 0, themeIndex), index(n - 1, ColumnCount - 1, themeIndex));
        }
    }
}

int IsoControlsModel::controlCount() const
{
    int n = 0;
    for (const ThemeRows& t : m_themes) {
        n += int(t.controls.size());
    }
    return n;
}

const iso::Control* IsoControlsModel::controlAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kThemeRow) {
        return nullptr;
    }
    const int theme = int(index.internalId() - 1);
    if (theme >= m_themes.size() || index.row() >= m_themes.at(theme).controls.size()) {
        return nullptr;
    }
    return &m_themes.at(theme).controls.at(index.row());
}

QModelIndex IsoControlsModel::indexOf(const QString& controlId, int column) const
{
    for (int t = 0; t < m_themes.size(); ++t) {
        const QList<iso::Control>& rows = m_themes.at(t).controls;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows.at(r).controlId == controlId) {
                return createIndex(r, column, quintptr(t + 1));
            }
        }
    }
    return {};
}

StateTone IsoControlsModel::statusTone(iso::ImplementationStatus status)
{
    switch (status) {
    case iso::ImplementationStatus::Implemented: return StateTone::Ok;
    case iso::ImplementationStatus::Partial:
    case iso::ImplementationStatus::Planned: return StateTone::Info;
    default: return StateTone::Neutral;
    }
}

QModelIndex IsoControlsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || row >= rowCount(parent)) {
        return {};
    }
    return parent.isValid() ? createIndex(row, column, quintptr(parent.row() + 1))
                            : createIndex(row, column, kThemeRow);
}

QModelIndex IsoControlsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kThemeRow) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, kThemeRow);
}

int IsoControlsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_themes.size());
    }
    if (parent.internalId() != kThemeRow || parent.column() != 0 || parent.row() >= m_themes.size()) {
        return 0;
    }
    return int(m_themes.at(parent.row()).controls.size());
}

int IsoControlsModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

Qt::ItemFlags IsoControlsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    // A theme line is a heading: it cannot be selected, so bulk edit only sees controls.
    return index.internalId() == kThemeRow ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant IsoControlsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this) {
        return {};
    }
    if (index.internalId() == kThemeRow) {
        return index.row() < m_themes.size() ? themeData(m_themes.at(index.row()), index.column(), role) : QVariant();
    }
    const iso::Control* c = controlAt(index);
    return c ? controlData(*c, index.column(), role) : QVariant();
}

QVariant IsoControlsModel::themeData(const ThemeRows& theme, int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole || column != Id) {
        return {};
    }
    int applicable = 0;
    int implemented = 0;
    for (const iso::Control& c : theme.controls) {
        applicable += c.applicable ? 1 : 0;
        implemented += c.status == iso::ImplementationStatus::Implemented ? 1 : 0;
    }
    const double percent = applicable > 0 ? 100.0 * implemented / applicable : 0.0;
    // One spanned line per theme: its name and how far it is.
    return tr("%1  %2 — %3 of %4 applicable implemented (%5%)")
        .arg(iso::themeClause(theme.theme))
        .arg(iso::themeTitle(theme.theme, m_language))
        .arg(implemented)
        .arg(applicable)
        .arg(QLocale().toString(percent, 'f', 0));
}

QVariant IsoControlsModel::controlData(const iso::Control& c, int column, int role) const
{
    const bool overdue = c.reviewOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Id: return c.controlId;
        case Title: return c.title(m_language);
        case Status: return iso::statusDisplayName(c.status);
        case Owner: return c.owner;
        case NextReview: {
            const QDate due = c.nextReviewDue();
            return due.isValid() ? fmt::date(due) : QString();
        }
        case Evidence: return c.evidenceCount > 0 ? QLocale().toString(c.evidenceCount) : QString();
        default: return {};
        }
    case ControlIdRole: return c.controlId;
    case Qt::ForegroundRole:
        if (column == Status) {
            return QBrush(QColor(StatePalette::text(statusTone(c.status))));
        }
        if (column == NextReview && overdue) {
            return QBrush(QColor(StatePalette::text(StateTone::Overdue)));
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Title) { // the title in the other language
            return c.title(m_language == Languages::english() ? Languages::chinese() : Languages::english());
        }
        if (column == NextReview && overdue) {
            return tr("Review overdue");
        }
        return {};
    default: return {};
    }
}

QVariant IsoControlsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Id: return tr("Control");
    case Title: return tr("Title");
    case Status: return tr("Status");
    case Owner: return tr("Owner");
    case NextReview: return tr("Next review");
    case Evidence: return tr("Evidence");
    default: return {};
    }
}

} // namespace cd::ui
