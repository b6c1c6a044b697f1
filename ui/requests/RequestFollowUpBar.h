#pragma once

#include "requests/RequestService.h"

#include <QWidget>

class QPushButton;

namespace cd::ui {

// The request detail's follow-up steps after intake: extend the deadline (month rules only),
// review the linked records, and the attachments. Each opens its dialog; requestChanged() tells
// the page to show the saved state.
class RequestFollowUpBar : public QWidget
{
    Q_OBJECT

public:
    explicit RequestFollowUpBar(QWidget* parent = nullptr);

    // nullptr hides the bar (no request selected or the vault is locked).
    void setRequest(Vault* vault, const requests::RightsRequest* request);

    QPushButton* extendButton() const { return m_extend; }
    QPushButton* linksButton() const { return m_links; }
    QPushButton* attachmentsButton() const { return m_attachments; }

signals:
    void requestChanged(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void extend();
    void editLinks();
    void editAttachments();

    Vault* m_vault = nullptr;
    requests::RightsRequest m_request;
    int m_attachmentCount = 0;
    QPushButton* m_extend;
    QPushButton* m_links;
    QPushButton* m_attachments;
};

} // namespace cd::ui
