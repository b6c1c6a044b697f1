#pragma once

#include "pages/Page.h"

#include "submissions/Submission.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class QToolButton;
class QGroupBox;

namespace cd {
class AppSettings;
}

namespace cd::ui {

class SubmissionsModel;
class SecretCopyActions;

// Contact submissions: import, a table that stays smooth with a million rows, instant search,
// filters, a detail pane to work the queue (status, assignee, notes), exports and retention.
class SubmissionsPage : public Page
{
    Q_OBJECT

public:
    explicit SubmissionsPage(AppSettings& settings, QWidget* parent = nullptr);

    QString title() const override { return tr("Contact submissions"); }
    void setVault(Vault* vault) override;
    void refresh() override;
    bool canPrint() const override;
    ReportDocument printableReport() override;
    void focusSearch() override;
    // {"filter": "new"} or {"filter": "due_for_deletion"}: shows that list with every other
    // filter cleared.
    void showTarget(const QVariant& argument) override;

    SubmissionsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* detailStatus() const { return m_status; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* countLabel() const { return m_count; }
    SecretCopyActions* copyActions() const { return m_copy; }
    // Applies the search box and filters now instead of after the typing pause.
    void applyFilterNow();
    // Opens the import dialog, optionally with a file already chosen; returns it (owned by the page).
    class SubmissionImportDialog* openImportDialog(const QString& path = {});

protected:
    void retranslate() override;

private:
    void applyFilter();
    // Runs then once the filter just applied has its count and first rows: now, or when they
    // arrive from the worker.
    void whenListed(const std::function<void()>& then);
    void updateCount();
    void loadAssignees();
    void showSelection();
    void saveDetail();
    void exportView(submissions::SubmissionService::ExportFormat format);
    void purgeDue();
    void saveRetention();
    QList<qint64> selectedIds() const;
    submissions::SubmissionFilter currentFilter() const;
    bool confirmPersonalDataExport();

    AppSettings& m_settings;
    SubmissionsModel* m_model;
    QTimer* m_searchDelay;
    QLabel* m_header;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_regionFilter;
    QComboBox* m_assigneeFilter;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_minorOnly;
    QCheckBox* m_dueOnly;
    QLabel* m_count;
    QPushButton* m_import;
    QToolButton* m_export;
    QPushButton* m_purge;
    QLabel* m_retentionLabel;
    QSpinBox* m_retention;
    QTableView* m_table;
    QGroupBox* m_detailBox;
    QLabel* m_detail;
    SecretCopyActions* m_copy;
    QPlainTextEdit* m_message;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_assigneeLabel;
    QComboBox* m_assignee;
    QCheckBox* m_minor;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    QPushButton* m_save;
};

} // namespace cd::ui
