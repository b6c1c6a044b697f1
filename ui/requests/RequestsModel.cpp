#include "RequestsModel.h"
#include "report/StatePalette.h"

#include "util/Formatting.h"
#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cd::ui {

using namespace cd::requests;

RequestsModel::RequestsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RequestsModel::setRequests(QList<RightsRequest> list, WorkingDayCalendar calendar, QDate today)
{
    beginResetModel();
    m_requests = std::move(list);
    m_calendar = std::move(calendar);
    m_today = today;
    endResetModel();
}

void RequestsModel::clear()
{
    beginResetModel();
    m_requests.clear();
    m_calendar = WorkingDayCalendar();
    endResetModel();
}

int RequestsModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_requests.size(); ++i) {
        if (m_requests.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

QString RequestsModel::daysLeftText(const RightsRequest& r) const
{
    if (!isOpen(r.state)) {
        return QString();
    }
    if (r.state == RequestState::Waiting) {
        return tr("Paused");
    }
    const int left = r.workingDaysLeft(m_calendar, m_today);
    if (r.isOverdue(m_calendar, m_today)) {
        const int late = qMax(1, -left);
        return tr("Overdue by %n working day(s)", nullptr, late);
    }
    if (left == 0) {
        return tr("Due today");
    }
    return tr("%n working day(s) left", nullptr, left);
}

int RequestsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int RequestsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size()) {
        return {};
    }
    const RightsRequest& r = m_requests.at(index.row());
    const QLocale locale;
    const QDate due = r.effectiveDue(m_calendar, m_today);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return r.number;
        case Type: return displayName(r.type);
        case State: return displayName(r.state);
        case Received: return fmt::date(r.receivedOn);
        case Due: return fmt::date(due);
        case DaysLeft: return daysLeftText(r);
        case Requester: return r.erased ? tr("(deleted)") : r.requesterName;
        case Assignee: return r.assigneeName;
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Received: return r.receivedOn;
        case Due: return due;
        case DaysLeft: return isOpen(r.state) ? r.workingDaysLeft(m_calendar, m_today) : 100000;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::BackgroundRole && isOpen(r.state)) {
        if (r.isOverdue(m_calendar, m_today)) {
            return QBrush(QColor(StatePalette::background(StateTone::Overdue)));
        }
        if (r.isDueSoon(m_calendar, m_today)) {
            return QBrush(QColor(StatePalette::background(StateTone::DueSoon)));
        }
    }
    if (role == Qt::ForegroundRole && index.column() == DaysLeft && r.isOverdue(m_calendar, m_today)) {
        return QBrush(QColor(StatePalette::text(StateTone::Overdue)));
    }
    if (role == Qt::ToolTipRole && index.column() == Due) {
        return tr("Rule: %1").arg(r.rule.displayName());
    }
    return {};
}

QVariant RequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Number: return tr("Number");
    case Type: return tr("Type");
    case State: return tr("State");
    case Received: return tr("Received", "date column");
    case Due: return tr("Due date");
    case DaysLeft: return tr("Days left");
    case Requester: return tr("Requester");
    case Assignee: return tr("Assignee");
    default: return {};
    }
}

} // namespace cd::ui
