#pragma once

#include "pages/Page.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cd::ui {

class AuditLogModel;

// Who did what and when: filters, paging from SQL, chain verification, print.
class AuditLogPage : public Page
{
    Q_OBJECT

public:
    explicit AuditLogPage(QWidget* parent = nullptr);

    QString title() const override { return tr("Audit log"); }
    void setVault(Vault* vault) override;
    void refresh() override;
    bool canPrint() const override { return vault() != nullptr; }
    ReportDocument printableReport() override;
    ReportReader reportReader() override;
    void focusSearch() override;

    AuditLogModel* model() const { return m_model; }
    // Runs the chain check and shows the result; returns the message shown.
    QString verifyChain();

protected:
    void retranslate() override;

private:
    void applyFilter();
    void updateCount();
    void fillActions();

    QLabel* m_header;
    QComboBox* m_actor;
    QComboBox* m_action; // one action, by its translated name
    QComboBox* m_entity;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_verify;
    QLabel* m_count;
    QLabel* m_verifyResult;
    QTableView* m_table;
    AuditLogModel* m_model;
    QLabel* m_actorLabel;
    QLabel* m_actionLabel;
    QLabel* m_entityLabel;
};

} // namespace cd::ui
