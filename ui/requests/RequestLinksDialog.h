#pragma once

#include "requests/RequestService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd::ui {

// Reviews the records confirmed as the requester's after intake: removes wrong links and adds
// records proposed because their normalised email or phone matches the requester's. Saved in one
// step through RequestService::setLinks (audited with counts only).
class RequestLinksDialog : public QDialog
{
    Q_OBJECT

public:
    RequestLinksDialog(Vault& vault, const requests::RightsRequest& request, QWidget* parent = nullptr);

    QTreeWidget* linkedView() const { return m_linked; }
    QTreeWidget* proposedView() const { return m_proposed; }
    bool isEditable() const { return m_editable; }
    // targetType is "submission" or "request".
    bool linkProposed(const QString& targetType, qint64 id);
    bool unlink(const QString& targetType, qint64 id);
    QList<qint64> linkedSubmissionIds() const;
    QList<qint64> linkedRequestIds() const;
    QString errorText() const;
    void accept() override;

private:
    void load();
    void linkTicked();
    void removeSelected();
    void updateButtons();
    void fitColumns();
    QTreeWidgetItem* findItem(QTreeWidget* view, const QString& targetType, qint64 id) const;

    Vault& m_vault;
    requests::RequestService m_service;
    requests::RightsRequest m_request;
    bool m_editable;
    QTreeWidget* m_linked;
    QTreeWidget* m_proposed;
    QLabel* m_proposedHint;
    QPushButton* m_remove;
    QPushButton* m_add;
    QLabel* m_error;
    QList<qint64> m_savedSubmissions;
    QList<qint64> m_savedRequests;
};

} // namespace cd::ui
