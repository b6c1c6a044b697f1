#pragma once

#include "pages/Page.h"
#include "requests/RequestService.h"

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace cd {
class AppSettings;
}

namespace cd::ui {

class RequestsModel;
class RequestFollowUpBar;
class SecretCopyActions;

// Rights requests: filtered list with days left, detail with timeline, and the steps the
// workflow allows from the selected request's state.
class RequestsPage : public Page
{
    Q_OBJECT

public:
    explicit RequestsPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Rights requests"); }
    void setVault(Vault* vault) override;
    void refresh() override;
    int badgeCount() const override { return m_badge; }
    bool canPrint() const override { return vault() != nullptr; }
    ReportDocument printableReport() override;
    ReportReader reportReader() override;
    void focusSearch() override;
    bool canCreateRecord() const override;
    void createRecord() override { newRequest(); }
    // {"id": <request id>, "number": "RR-…"}: selects that request, resetting filters that hide it.
    void showTarget(const QVariant& argument) override;

    // For tests: the widgets and the state shown.
    RequestsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* typeFilter() const { return m_type; }
    QComboBox* stateFilter() const { return m_state; }
    QComboBox* dueFilter() const { return m_due; }
    QList<QPushButton*> transitionButtons() const { return m_transitionButtons; }
    RequestFollowUpBar* followUpBar() const { return m_followUp; }
    QPushButton* letterTemplatesButton() const { return m_templates; }
    bool selectRequest(qint64 id);
    qint64 selectedId() const;
    SecretCopyActions* copyActions() const { return m_copy; }
    // Runs a transition that needs no further input (tests, and the buttons that need none).
    Status applyTransition(const requests::TransitionInput& input);

protected:
    void retranslate() override;

private:
    void reload();
    void showDetail();
    void rebuildTransitionButtons(const requests::RightsRequest* r);
    void onTransitionClicked(requests::RequestState to);
    void newRequest();
    void fulfil();
    // Deletion and access: the officer confirms or dismisses each proposed, unconfirmed match
    // first. False when matches remain open (cancelled or failed).
    bool resolveUnconfirmedMatches(const requests::RightsRequest& request);
    void showLetter(const QString& language);
    void showCertificate(const QString& language);
    void signOff();
    void printRegister();
    void editLetterTemplates();
    void fillFilterCombos();
    void resetFiltersFor(const requests::RightsRequest& request);
    requests::RequestFilter currentFilter() const;

    RequestsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_header;
    QLabel* m_summary;
    QPushButton* m_new;
    QPushButton* m_register;
    QLineEdit* m_search;
    QComboBox* m_type;
    QComboBox* m_state;
    QComboBox* m_due;
    QComboBox* m_assignee;
    QLabel* m_typeLabel;
    QLabel* m_stateLabel;
    QLabel* m_dueLabel;
    QLabel* m_assigneeLabel;
    QTableView* m_table;
    QWidget* m_detail;
    QLabel* m_detailTitle;
    QLabel* m_detailFacts;
    SecretCopyActions* m_copy;
    QHBoxLayout* m_transitionRow;
    QList<QPushButton*> m_transitionButtons;
    QPushButton* m_fulfil;
    QToolButton* m_letter;
    QToolButton* m_certificate;
    QPushButton* m_signOff;
    QLabel* m_timelineLabel;
    QTreeWidget* m_timeline;
    QLabel* m_empty;
    RequestFollowUpBar* m_followUp;
    QPushButton* m_templates;
    int m_badge = 0;
};

} // namespace cd::ui
