#pragma once

#include "audits/ComplianceAudits.h"
#include "audits/EvidenceReviews.h"
#include "report/ReportDocument.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cd {
class Vault;
}

namespace cd::ui {

// Compliance audits (个人信息保护合规审计): the schedule of periodic audits, the audits with their
// findings, the personal-information protection officer (个人信息保护负责人) and the owner and
// expiry date of the evidence of controls, impact assessments and processors.
class AuditsTab : public QWidget
{
    Q_OBJECT

public:
    explicit AuditsTab(QWidget* parent = nullptr);
    void setVault(Vault* vault);
    void reload();
    void retranslate();
    // The selected audit's report; an empty document when none is selected.
    ReportDocument auditReport(const QString& language) const;
    bool showAudit(qint64 id);
    bool canStartNew() const;
    void startNew();

    // For tests and keyboard users.
    QTableWidget* table() const { return m_table; }
    QTableWidget* findingTable() const { return m_findings; }
    QTableWidget* evidenceTable() const { return m_evidence; }
    QLabel* scheduleLabel() const { return m_schedule; }
    QLabel* officerLabel() const { return m_officerState; }
    QLineEdit* scopeEdit() const { return m_scope; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* auditorKindCombo() const { return m_auditorKind; }
    QLineEdit* auditorEdit() const { return m_auditor; }
    QLineEdit* orderedByEdit() const { return m_orderedBy; }
    QDateEdit* orderedOnEdit() const { return m_orderedOn; }
    QDateEdit* dueEdit() const { return m_due; }
    QComboBox* statusCombo() const { return m_status; }
    QLabel* problemsLabel() const { return m_problems; }
    QPushButton* saveButton() const { return m_save; }
    QLineEdit* officerNameEdit() const { return m_officerName; }
    QLineEdit* officerContactEdit() const { return m_officerContact; }
    QPushButton* officerSaveButton() const { return m_officerSave; }
    bool save();
    bool addFinding(const audits::Finding& finding);
    bool closeSelectedFinding(const QString& evidence);
    bool saveSettings();
    bool setEvidence(audits::EvidenceTarget target, const QString& record, const QString& owner, const QDate& expires);
    audits::ComplianceAudit formValue() const;

signals:
    void statusMessage(const QString& text);

private:
    void buildUi();
    void selectionChanged();
    void setFormValue(const audits::ComplianceAudit& a);
    void showFindings();
    void updateState();
    void applyPermissions();

    Vault* m_vault = nullptr;
    audits::ComplianceAudit m_current;
    QList<audits::ComplianceAudit> m_list;
    bool m_loading = false;

    QLabel* m_schedule;
    QLabel* m_officerState;
    QTableWidget* m_table;
    QGroupBox* m_formBox;
    QComboBox* m_kind;
    QLineEdit* m_scope;
    QComboBox* m_auditorKind;
    QLineEdit* m_auditor;
    QLineEdit* m_orderedBy;
    QDateEdit* m_orderedOn;
    QDateEdit* m_due;
    QDateEdit* m_started;
    QDateEdit* m_ended;
    QComboBox* m_status;
    QLineEdit* m_conclusion;
    QLabel* m_problems;
    QPushButton* m_new;
    QPushButton* m_save;

    QGroupBox* m_findingBox;
    QTableWidget* m_findings;
    QLineEdit* m_findingTitle;
    QLineEdit* m_findingOwner;
    QDateEdit* m_findingDue;
    QPushButton* m_findingAdd;
    QLineEdit* m_findingEvidence;
    QPushButton* m_findingClose;

    QGroupBox* m_settingsBox;
    QLineEdit* m_officerName;
    QLineEdit* m_officerContact;
    QSpinBox* m_cycle;
    QPushButton* m_officerSave;

    QGroupBox* m_evidenceBox;
    QTableWidget* m_evidence;
    QComboBox* m_evTarget;
    QLineEdit* m_evRecord;
    QLineEdit* m_evOwner;
    QDateEdit* m_evExpires;
    QPushButton* m_evSet;
};

} // namespace cd::ui
