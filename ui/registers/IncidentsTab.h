#pragma once

#include "registers/RegisterTypes.h"
#include "report/ReportDocument.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace cd {
class AppSettings;
class Vault;
} // namespace cd

namespace cd::ui {

class AttachmentsBox;
class IncidentFilterBar;
class IncidentForm;
class IncidentLettersBox;
class IncidentModel;
class IncidentNotificationsBox;
class IncidentReportingPanel;
class PageFormGuard;
class RegulatorCountdown;
class RegulatorReportBox;

// The incident register: the most urgent regulator deadline as a countdown, filters, the list,
// and the selected incident with its status steps, regulator report, notifications and letters.
// The parts live in their own classes (IncidentFilterBar, IncidentForm, RegulatorCountdown and
// the boxes of IncidentBoxes.h); this tab wires them to the list and the vault.
class IncidentsTab : public QWidget
{
    Q_OBJECT

public:
    IncidentsTab(AppSettings& settings, QWidget* parent = nullptr);

    void setVault(Vault* vault);
    // Reads the list, the rule and the pending reports again (after a change or a filter).
    void reload();
    void retranslate();
    ReportDocument registerReport(const QString& language) const;
    ReportDocument letter(const QString& language, bool announcement) const;
    // Updates the clocks and the countdown from what reload() read (each minute while visible).
    void tick();
    int pendingReports() const;

    // For tests and keyboard users.
    IncidentModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* countdownLabel() const;
    QLabel* clockLabel() const { return m_clock; }
    QPushButton* nextStepButton() const { return m_nextStep; }
    QLabel* stepProblemsLabel() const { return m_stepProblems; }
    QTimer* timer() const { return m_timer; }
    QLabel* ruleLabel() const { return m_rule; }
    IncidentReportingPanel* reportingPanel() const { return m_reportingPanel; }
    void startNew();
    // Hides the record pane (nothing selected, nothing being created).
    void closeForm();
    bool isFormShown() const;
    QWidget* formPane() const { return m_formPane; }
    bool canStartNew() const;
    void select(qint64 id);
    // Selects the incident and shows it, clearing filters that hide it; false (with a status
    // message) when it no longer exists.
    bool showIncident(qint64 id);
    registers::Incident formValue() const;
    bool save();
    QLabel* problemsLabel() const { return m_problems; }
    QPushButton* saveButton() const { return m_save; }
    PageFormGuard* formGuard() const { return m_guard; }

signals:
    void statusMessage(const QString& text);
    void dataChanged();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildUi();
    QWidget* buildDetail(QWidget* parent);
    void selectionChanged();
    void setFormValue(const registers::Incident& n);
    void updateDetailState();
    void updateNextStep(const registers::Incident& form);
    void nextStep();
    // After a box or the reporting panel changed the saved incident.
    void incidentChanged(qint64 id);
    void removeCurrent();
    void exportTable();
    void previewReport();
    void changeRule();
    void updateRuleText();

    AppSettings& m_settings;
    Vault* m_vault = nullptr;
    registers::Incident m_current;
    bool m_loading = false;
    bool m_pristine = false; // a new form the user has not typed in yet
    QTimer* m_timer;

    RegulatorCountdown* m_countdown;
    QLabel* m_rule;
    QPushButton* m_changeRule;
    IncidentFilterBar* m_filters;
    QLabel* m_count;
    QPushButton* m_reportButton;
    QPushButton* m_exportButton;
    QPushButton* m_new;
    QTableView* m_table;
    IncidentModel* m_model;
    QSortFilterProxyModel* m_proxy;

    QLabel* m_clock;
    QLabel* m_status;
    QPushButton* m_nextStep;
    QLabel* m_stepProblems;
    IncidentForm* m_form;
    QLabel* m_problems;
    RegulatorReportBox* m_regulator;
    IncidentReportingPanel* m_reportingPanel;
    IncidentNotificationsBox* m_notifications;
    IncidentLettersBox* m_letters;
    AttachmentsBox* m_attachments;
    QLabel* m_attachmentsLabel;

    QWidget* m_formPane;
    QPushButton* m_close;
    QPushButton* m_save;
    QPushButton* m_delete;
    PageFormGuard* m_guard = nullptr;
};

} // namespace cd::ui
