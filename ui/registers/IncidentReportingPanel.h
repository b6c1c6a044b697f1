#pragma once

#include "registers/IncidentReporting.h"
#include "registers/RegisterTypes.h"

#include <QDialog>
#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace cd {
class Vault;
}

namespace cd::ui {

// Records one dated report to the regulator: first report, supplementary report or final report.
class RegulatorReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegulatorReportDialog(QWidget* parent = nullptr);
    registers::IncidentReportEntry value() const;
    void setDefaults(registers::ReportKind kind, const QString& authority, const QString& by);
    QComboBox* kindCombo() const { return m_kind; }

private:
    void updateState();
    QComboBox* m_kind;
    QDateTimeEdit* m_at;
    QLineEdit* m_authority;
    QLineEdit* m_reference;
    QLineEdit* m_by;
    QPlainTextEdit* m_summary;
    QPushButton* m_ok;
};

// Reporting under the 国家网络安全事件报告管理办法 for the selected incident: the two tracks side by
// side (report to the regulator, notice to individuals under PIPL art. 57), the facts that decide
// the grade with the proposed grade and the rule that fired, the override with its reason, the
// report contents, the police report, the end of handling, the dated reports, and the report
// document in Chinese or English.
class IncidentReportingPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit IncidentReportingPanel(QWidget* parent = nullptr);

    void setVault(Vault* vault);
    // The incident as saved (id 0: a new incident, nothing to report yet).
    void setIncident(const registers::Incident& incident);
    void retranslate();
    // Updates the two clocks.
    void tick();

    registers::IncidentReporting formValue() const;
    registers::Severity chosenGrade() const;
    bool save();
    // The report document of the chosen kind and language, or empty with the refusal shown.
    ReportDocument reportDocument() const;

    // For tests and keyboard users.
    QLabel* proposalLabel() const { return m_proposal; }
    QLabel* regulatorTrackLabel() const { return m_regulatorTrack; }
    QLabel* noticeTrackLabel() const { return m_noticeTrack; }
    QLabel* messageLabel() const { return m_message; }
    QComboBox* gradeCombo() const { return m_grade; }
    QLineEdit* overrideReasonEdit() const { return m_reason; }
    QSpinBox* sensitivePeopleSpin() const { return m_sensitive; }
    QSpinBox* lossSpin() const { return m_loss; }
    QPushButton* saveButton() const { return m_save; }
    QTreeWidget* reportsTree() const { return m_reports; }
    QComboBox* documentKindCombo() const { return m_docKind; }
    QComboBox* documentLanguageCombo() const { return m_docLanguage; }
    QLineEdit* textEdit(const QString& name) const;

signals:
    void changed(qint64 incidentId);
    void statusMessage(const QString& text);

private:
    void buildUi();
    void fillCombos();
    void updateProposal();
    void updateState();
    void addReport();
    void previewDocument();
    void showMessage(const QString& text, bool error);

    Vault* m_vault = nullptr;
    registers::Incident m_incident;
    registers::RegulatorRule m_rule; // read with the incident
    registers::IncidentReporting m_reporting;
    bool m_loading = false;

    QLabel* m_regulatorTrack;
    QLabel* m_noticeTrack;
    QLabel* m_regulatorTitle;
    QLabel* m_noticeTitle;
    QFormLayout* m_form;
    QLabel* m_people;
    QSpinBox* m_sensitive;
    QSpinBox* m_loss;
    QLineEdit* m_systems;
    QSpinBox* m_disruption;
    QCheckBox* m_ransomware;
    QLineEdit* m_ransomDemand;
    QLabel* m_proposal;
    QComboBox* m_grade;
    QLineEdit* m_reason;
    QLineEdit* m_place;
    QLineEdit* m_effect;
    QLineEdit* m_trend;
    QLineEdit* m_leads;
    QLineEdit* m_nextSteps;
    QLineEdit* m_contact;
    QLineEdit* m_rectification;
    QLineEdit* m_lessons;
    QCheckBox* m_crime;
    QCheckBox* m_policeReported;
    QDateEdit* m_policeDate;
    QLineEdit* m_policeCase;
    QCheckBox* m_handlingEnded;
    QDateTimeEdit* m_handlingEndedAt;
    QPushButton* m_save;
    QTreeWidget* m_reports;
    QPushButton* m_addReport;
    QComboBox* m_docKind;
    QComboBox* m_docLanguage;
    QPushButton* m_preview;
    QLabel* m_message;
};

} // namespace cd::ui
