#include "ColumnPolicy.h"

#include "preferences/AppSettings.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace cd::ui {

namespace {

const char* const kPolicyProperty = "cdColumnPolicy";

} // namespace

ColumnPolicy::ColumnPolicy(QAbstractItemView* view, const QString& id, int mainColumn, const QList<int>& optional)
    : QObject(view)
    , m_view(view)
    , m_id(id)
    , m_main(mainColumn)
    , m_optional(optional)
    , m_fitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("columnPolicy"));
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &ColumnPolicy::fit);
}

ColumnPolicy* ColumnPolicy::install(
    QAbstractItemView* view, const QString& id, int mainColumn, const QList<int>& optional)
{
    auto* policy = new ColumnPolicy(view, id, mainColumn, optional);
    view->setProperty(kPolicyProperty, QVariant::fromValue(static_cast<QObject*>(policy)));
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    if (auto* tree = qobject_cast<QTreeView*>(view)) {
        tree->setWordWrap(false);
    }
    QHeaderView* h = policy->header();
    h->setTextElideMode(Qt::ElideRight);
    h->setStretchLastSection(false);
    h->setMinimumSectionSize(h->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3);
    view->installEventFilter(policy);
    connect(h, &QHeaderView::sectionResized, policy, &ColumnPolicy::onSectionResized);
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, policy, &ColumnPolicy::scheduleFit);
        connect(model, &QAbstractItemModel::layoutChanged, policy, &ColumnPolicy::scheduleFit);
        connect(model, &QAbstractItemModel::rowsInserted, policy, &ColumnPolicy::scheduleFit);
        connect(model, &QAbstractItemModel::rowsRemoved, policy, &ColumnPolicy::scheduleFit);
        connect(model, &QAbstractItemModel::columnsInserted, policy, &ColumnPolicy::scheduleFit);
        connect(model, &QAbstractItemModel::headerDataChanged, policy, &ColumnPolicy::scheduleFit);
    }
    policy->scheduleFit();
    return policy;
}

ColumnPolicy* ColumnPolicy::of(const QAbstractItemView* view)
{
    return view ? qobject_cast<ColumnPolicy*>(view->property(kPolicyProperty).value<QObject*>()) : nullptr;
}

QHeaderView* ColumnPolicy::header() const
{
    if (auto* table = qobject_cast<QTableView*>(m_view)) {
        return table->horizontalHeader();
    }
    if (auto* tree = qobject_cast<QTreeView*>(m_view)) {
        return tree->header();
    }
    return nullptr;
}

int ColumnPolicy::columnCount() const
{
    const QAbstractItemModel* model = m_view->model();
    return model ? model->columnCount(m_view->rootIndex()) : 0;
}

QList<int> ColumnPolicy::keyColumns() const
{
    QList<int> keys;
    for (int c = 0; c < columnCount(); ++c) {
        if (!m_optional.contains(c)) {
            keys << c;
        }
    }
    return keys;
}

int ColumnPolicy::mainMinimumWidth() const
{
    return m_view->fontMetrics().averageCharWidth() * minMainChars;
}

int ColumnPolicy::naturalWidth(int column) const
{
    QHeaderView* h = header();
    const int headerWidth = h->sectionSizeHint(column);
    // Rows laid out in the view only: a paged model is never asked for all its rows.
    const int content = m_view->sizeHintForColumn(column);
    const int cap = m_view->fontMetrics().averageCharWidth() * maxShortChars;
    return std::max(headerWidth, std::min(content + 6, cap));
}

int ColumnPolicy::availableWidth() const
{
    if (!m_view->isVisible()) {
        return 0;
    }
    int width = m_view->width() - 2 * m_view->frameWidth();
    if (QScrollBar* bar = m_view->verticalScrollBar(); bar && bar->isVisible()) {
        width -= bar->width();
    }
    return width;
}

void ColumnPolicy::scheduleFit()
{
    m_fitTimer->start();
}

void ColumnPolicy::fit()
{
    QHeaderView* h = header();
    const int count = columnCount();
    if (!h || count == 0 || m_fitting) {
        return;
    }
    m_fitting = true;
    // Every section shown while measuring: Qt's size hint for a hidden header is 0, so a column
    // that gave way at the last fit would come back narrower than its header.
    for (int c = 0; c < count; ++c) {
        h->setSectionHidden(c, false);
    }
    QHash<int, int> widths;
    for (int c = 0; c < count; ++c) {
        if (c != m_main) {
            widths.insert(c, m_userWidths.value(c, naturalWidth(c)));
        }
    }
    const bool hasMain = m_main >= 0 && m_main < count;
    const int mainWidth = hasMain ? std::max(mainMinimumWidth(), h->sectionSizeHint(m_main)) : 0;
    int needed = mainWidth;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        needed += it.value();
    }
    // Optional columns give way, first listed first, until the key columns fit.
    const int available = availableWidth();
    QSet<int> hidden;
    for (int c : std::as_const(m_optional)) {
        if (available <= 0 || needed <= available) {
            break;
        }
        if (c >= 0 && c < count && c != m_main) {
            hidden.insert(c);
            needed -= widths.value(c);
        }
    }
    for (int c = 0; c < count; ++c) {
        h->setSectionHidden(c, hidden.contains(c));
        if (c == m_main) {
            h->setSectionResizeMode(c, QHeaderView::Stretch);
        } else {
            h->setSectionResizeMode(c, QHeaderView::Interactive);
            h->resizeSection(c, widths.value(c));
        }
    }
    if (!hasMain) {
        h->setStretchLastSection(true);
    }
    m_fitting = false;
}

void ColumnPolicy::onSectionResized(int column, int, int newSize)
{
    // Only a drag by the user counts as a choice; the fit and the stretch resize sections too.
    if (m_fitting || column == m_main || !(QGuiApplication::mouseButtons() & Qt::LeftButton)) {
        return;
    }
    m_userWidths.insert(column, newSize);
}

bool ColumnPolicy::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::LanguageChange:
        case QEvent::FontChange:
        case QEvent::StyleChange: scheduleFit(); break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ColumnPolicy::restoreAll(const QWidget* root, const AppSettings& settings)
{
    const QVariantMap saved = settings.value(AppSettings::Key::TableColumns).toMap();
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        ColumnPolicy* policy = of(view);
        if (!policy || !saved.contains(policy->m_id)) {
            continue;
        }
        policy->m_userWidths.clear();
        const QStringList pairs = saved.value(policy->m_id).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& pair : pairs) {
            const QStringList parts = pair.split(QLatin1Char(':'));
            bool okColumn = false;
            bool okWidth = false;
            const int column = parts.value(0).toInt(&okColumn);
            const int width = parts.value(1).toInt(&okWidth);
            // A damaged entry is ignored rather than giving a column no width at all.
            if (parts.size() == 2 && okColumn && okWidth && column >= 0 && column < 64 && width >= 16
                && width <= 2000) {
                policy->m_userWidths.insert(column, width);
            }
        }
        policy->scheduleFit();
    }
}

void ColumnPolicy::saveAll(const QWidget* root, AppSettings& settings)
{
    QVariantMap saved = settings.value(AppSettings::Key::TableColumns).toMap();
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        ColumnPolicy* policy = of(view);
        if (!policy || policy->m_id.isEmpty()) {
            continue;
        }
        QStringList pairs;
        QList<int> columns = policy->m_userWidths.keys();
        std::sort(columns.begin(), columns.end());
        for (int c : columns) {
            pairs << QStringLiteral("%1:%2").arg(c).arg(policy->m_userWidths.value(c));
        }
        if (pairs.isEmpty()) {
            saved.remove(policy->m_id);
        } else {
            saved.insert(policy->m_id, pairs.join(QLatin1Char(',')));
        }
    }
    settings.setValue(AppSettings::Key::TableColumns, saved);
}

} // namespace cd::ui
