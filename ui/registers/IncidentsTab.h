#pragma once

#include "registers/RegisterTypes.h"
#include "report/ReportDocument.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;
class QTreeWidget;

namespace cd {
class AppSettings;
class Vault;
} // namespace cd

namespace cd::ui {

class AttachmentsBox;
class CategoryChecklist;
class IncidentReportingPanel;
class IncidentModel;
class PageFormGuard;

// Records one notice to the people affected (or a public announcement, which needs a reason).
class NotificationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NotificationDialog(QWidget* parent = nullptr);
    registers::IncidentNotification value() const;
    void setDefaults(int people, const QString& by);

private:
    void updateState();
    QComboBox* m_channel;
    QDateTimeEdit* m_at;
    QSpinBox* m_people;
    QLineEdit* m_by;
    QPlainTextEdit* m_reason;
    QLabel* m_reasonLabel;
    QLineEdit* m_note;
    QPushButton* m_ok;
};

// The incident register: the most urgent regulator deadline as a countdown, filters, the list,
// and the selected incident with its status steps, regulator report, notifications and letters.
class IncidentsTab : public QWidget
{
    Q_OBJECT

public:
    IncidentsTab(AppSettings& settings, QWidget* parent = nullptr);

    void setVault(Vault* vault);
    void reload();
    void retranslate();
    ReportDocument registerReport(const QString& language) const;
    ReportDocument letter(const QString& language, bool announcement) const;
    // Updates the clocks and the countdown (each minute while visible).
    void tick();
    int pendingReports() const { return m_pendingReports; }

    // For tests and keyboard users.
    IncidentModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* countdownLabel() const { return m_countdown; }
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
    void fillCombos();
    void selectionChanged();
    void setFormValue(const registers::Incident& n);
    void updateDetailState();
    void nextStep();
    void recordRegulatorReport();
    void addNotification();
    void removeCurrent();
    void exportTable();
    void previewReport();
    void previewIncidentReport();
    void previewLetter(bool announcement);
    void changeRule();
    void updateRuleText();
    registers::IncidentFilter filter() const;
    void resetFilters();

    AppSettings& m_settings;
    Vault* m_vault = nullptr;
    registers::Incident m_current;
    bool m_loading = false;
    bool m_pristine = false; // a new form the user has not typed in yet
    int m_pendingReports = 0;
    QTimer* m_timer;

    QLabel* m_countdown;
    QLabel* m_rule;
    QPushButton* m_changeRule;
    QCheckBox* m_usePeriod;
    QDateEdit* m_from;
    QLabel* m_periodLabel;
    QDateEdit* m_to;
    QComboBox* m_statusFilter;
    QComboBox* m_severityFilter;
    QCheckBox* m_openOnly;
    QLineEdit* m_search;
    QLabel* m_count;
    QPushButton* m_reportButton;
    QPushButton* m_exportButton;
    QTableView* m_table;
    IncidentModel* m_model;
    QSortFilterProxyModel* m_proxy;

    QGroupBox* m_formBox;
    QFormLayout* m_form;
    QLineEdit* m_title;
    QCheckBox* m_occurredKnown;
    QDateTimeEdit* m_occurred;
    QDateTimeEdit* m_discovered;
    QComboBox* m_category;
    QComboBox* m_severity;
    CategoryChecklist* m_categories;
    QSpinBox* m_people;
    QPlainTextEdit* m_cause;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_harm;
    QPlainTextEdit* m_measures;
    QPlainTextEdit* m_advice;
    QPlainTextEdit* m_remedies;
    QLabel* m_clock;
    QLabel* m_status;
    QPushButton* m_nextStep;
    QLabel* m_stepProblems;

    QGroupBox* m_regulatorBox;
    QFormLayout* m_regulatorForm;
    QLineEdit* m_authority;
    QDateTimeEdit* m_reportedAt;
    QLineEdit* m_reference;
    QLineEdit* m_reportedBy;
    QPushButton* m_recordReport;

    IncidentReportingPanel* m_reportingPanel;

    QGroupBox* m_notificationsBox;
    QTreeWidget* m_notifications;
    QPushButton* m_addNotification;

    QGroupBox* m_lettersBox;
    QComboBox* m_letterLanguage;
    QPushButton* m_letterButton;
    QPushButton* m_announcementButton;
    QPushButton* m_incidentReportButton;

    AttachmentsBox* m_attachments;
    QLabel* m_attachmentsLabel;
    QLabel* m_problems;
    QPushButton* m_new;
    QPushButton* m_close;
    QWidget* m_formPane;
    QPushButton* m_save;
    QPushButton* m_delete;
    PageFormGuard* m_guard = nullptr;
};

} // namespace cd::ui
