#pragma once

#include "policies/PolicyContents.h"
#include "policies/PolicyService.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace cd {
class Vault;
}

namespace cd::ui {

// The contents check of a policy version (网络数据安全管理条例 art. 21): one row per required
// content, ticked by the approver, with where the policy says it. Each change is saved at once
// through PolicyContentsService (Approve permission, audited); others see it read-only.
class PolicyContentsBox : public QGroupBox
{
    Q_OBJECT

public:
    enum Column { Item, Note, ColumnCount };

    explicit PolicyContentsBox(QWidget* parent = nullptr);
    void setVault(Vault* vault);
    // The version shown; nullptr clears the box.
    void setVersion(const PolicyVersion* version);
    void retranslate();

    QStringList untickedKeys() const;
    // Asks whether to approve the version although items are unticked; true when confirmed.
    bool confirmApproval(const QString& versionLabel);
    bool isEditable() const { return m_editable; }
    // For tests and keyboard users: the same as clicking the box or editing the note cell.
    bool setTicked(const QString& key, bool ticked);
    bool setNote(const QString& key, const QString& note);
    QTableWidget* table() const { return m_table; }
    QLabel* summaryLabel() const { return m_summary; }

signals:
    void statusMessage(const QString& text);

private:
    void load();
    void itemChanged(QTableWidgetItem* item);
    bool store(int row, bool ticked, const QString& note);
    QString language() const;

    Vault* m_vault = nullptr;
    qint64 m_versionId = 0;
    PolicyStatus m_status = PolicyStatus::Draft;
    QList<PolicyContentCheck> m_checks;
    bool m_editable = false;
    bool m_loading = false;
    QLabel* m_summary;
    QTableWidget* m_table;
};

} // namespace cd::ui
