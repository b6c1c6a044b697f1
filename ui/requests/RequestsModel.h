#pragma once

#include "requests/RequestService.h"

#include <QAbstractTableModel>
#include <QDate>

namespace cd::ui {

// The requests shown on the Requests page (a vault holds hundreds, not millions): a typed
// list with days-left highlighting. Sorting goes through SortRole.
class RequestsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Type, State, Received, Due, DaysLeft, Requester, Assignee, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RequestsModel(QObject* parent = nullptr);

    void setRequests(QList<requests::RightsRequest> list, WorkingDayCalendar calendar, QDate today);
    void clear();
    const requests::RightsRequest& requestAt(int row) const { return m_requests.at(row); }
    int rowOf(qint64 id) const;
    // "5 working days left", "Due today", "Overdue by 2 working days", "Paused".
    QString daysLeftText(const requests::RightsRequest& r) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<requests::RightsRequest> m_requests;
    WorkingDayCalendar m_calendar;
    QDate m_today;
};

} // namespace cd::ui
