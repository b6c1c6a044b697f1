#pragma once

#include "activities/ActivityService.h"

#include <QGroupBox>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cd {
class Vault;
}

namespace cd::ui {

class PageFormGuard;

// Entrusted processors (受托人, PIPL art. 21): the list, and the form of the selected or a new
// processor with its contract, the last audit and the next review (shown in the attention list
// from 30 days before), and the link of a disclosure to the processor that received the data.
class ProcessorsBox : public QGroupBox
{
    Q_OBJECT

public:
    enum Column { Number, Name, ContractExpires, NextReview, Activities, LastAudit, ColumnCount };

    explicit ProcessorsBox(QWidget* parent = nullptr);
    void setVault(Vault* vault);
    void reload();
    void retranslate();

    // Adds a processor (the form's New, then Save, does the same).
    bool add(const activities::Processor& processor);
    // Saves the form: adds a new processor or updates the selected one.
    bool save();
    void startNew();
    bool showProcessor(qint64 id);
    activities::Processor formValue() const;
    void setFormValue(const activities::Processor& p);
    bool linkDisclosure(qint64 disclosureId, qint64 processorId);

    // For tests and keyboard users.
    QTableWidget* table() const { return m_table; }
    QLineEdit* nameEdit() const { return m_name; }
    QDateEdit* lastAuditEdit() const { return m_lastAudit; }
    QDateEdit* nextReviewEdit() const { return m_nextReview; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* newButton() const { return m_new; }
    QLabel* problemsLabel() const { return m_problems; }
    // Asks before typed edits are lost (Esc, another processor, New).
    PageFormGuard* formGuard() const { return m_guard; }

signals:
    void statusMessage(const QString& text);
    // A refusal of the service, to show where the user looks.
    void problem(const QString& text);

private:
    void selectionChanged();
    void updateState();

    Vault* m_vault = nullptr;
    QList<activities::Processor> m_list;
    activities::Processor m_current;
    bool m_loading = false;

    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_contact;
    QDateEdit* m_signed;
    QDateEdit* m_expires;
    QSpinBox* m_reminder;
    QLineEdit* m_data;
    QLineEdit* m_security;
    QDateEdit* m_lastAudit;
    QDateEdit* m_nextReview;
    QLineEdit* m_notes;
    QLabel* m_problems;
    QPushButton* m_new;
    QPushButton* m_save;
    PageFormGuard* m_guard = nullptr;
    QLabel* m_linkLabel;
    QSpinBox* m_linkDisclosure;
    QSpinBox* m_linkProcessor;
    QPushButton* m_link;
};

} // namespace cd::ui
