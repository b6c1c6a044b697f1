#pragma once

#include "iso/IsoTypes.h"
#include "pages/Page.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd::ui {

class PageFormGuard;

// The ISO/IEC 27001:2022 checklist: a tree of the Annex A controls by theme with per-theme
// progress, filters, a detail form with evidence, bulk edit, charts, SoA and gap reports.
class IsoPage : public Page
{
    Q_OBJECT

public:
    explicit IsoPage(QWidget* parent = nullptr);

    QString title() const override { return tr("ISO 27001"); }
    void setVault(Vault* vault) override;
    void refresh() override;
    bool canPrint() const override { return vault() != nullptr; }
    ReportDocument printableReport() override;
    void focusSearch() override;
    int badgeCount() const override { return m_overdueCount; }
    // {"control": "5.1"}: selects the control in the list (clearing filters that hide it) and
    // shows its detail.
    void showTarget(const QVariant& argument) override;

    // For tests and keyboard users: select a control in the tree.
    bool selectControl(const QString& controlId);
    QString currentControlId() const { return m_currentId; }
    PageFormGuard* formGuard() const { return m_guard; }
    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* searchEdit() const { return m_search; }
    QTabWidget* tabs() const { return m_tabs; }
    int visibleControlCount() const;
    // Saves the detail form; returns the error message or an empty string.
    QString saveDetail();

protected:
    void retranslate() override;

private:
    void buildFilters();
    void buildDetail();
    void reload();
    void fillTree();
    void resetFilters();
    void updateCharts();
    void showControl(const QString& controlId);
    void clearDetail();
    void updateDetailState();
    void loadEvidence();
    void addFileEvidence();
    void addLinkEvidence();
    void addTextEvidence();
    void openEvidence();
    void saveEvidenceAs();
    void removeEvidence();
    void bulkEdit();
    void editSoaHeader();
    void exportSoa();
    void showGapReport();
    void showError(const QString& message);
    QString language() const;
    QStringList selectedControlIds() const;

    QLabel* m_header;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    // Filters.
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QComboBox* m_ownerFilter;
    QComboBox* m_applicableFilter;
    QCheckBox* m_overdueFilter;
    QCheckBox* m_noEvidenceFilter;
    QPushButton* m_bulkEdit;
    QPushButton* m_soaHeader;
    QPushButton* m_exportSoa;
    QPushButton* m_gapReport;
    QTreeWidget* m_tree;
    // Detail.
    QGroupBox* m_detailBox;
    QWidget* m_detailPane = nullptr;
    QWidget* m_actionBar = nullptr;
    QLabel* m_detailTitle;
    QLabel* m_applicableLabel;
    QComboBox* m_applicable;
    QLabel* m_reasonsLabel;
    QList<QCheckBox*> m_reasons;
    QLabel* m_justificationLabel;
    QPlainTextEdit* m_justification;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_ownerLabel;
    QComboBox* m_owner;
    QLabel* m_targetLabel;
    QDateEdit* m_targetDate;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    QLabel* m_cycleLabel;
    QSpinBox* m_reviewMonths;
    QLabel* m_lastReviewedLabel;
    QDateEdit* m_lastReviewed;
    QPushButton* m_reviewedToday;
    QLabel* m_nextDueLabel;
    QLabel* m_nextDue;
    QPushButton* m_save;
    QPushButton* m_revert;
    QGroupBox* m_evidenceBox;
    QTreeWidget* m_evidence;
    QPushButton* m_addFile;
    QPushButton* m_addLink;
    QPushButton* m_addText;
    QPushButton* m_openEvidence;
    QPushButton* m_saveEvidence;
    QPushButton* m_removeEvidence;
    // Charts.
    QWidget* m_byThemeChart = nullptr;
    QWidget* m_donutChart = nullptr;
    QWidget* m_overTimeChart = nullptr;

    QList<iso::Control> m_controls;
    QList<iso::EvidenceItem> m_evidenceItems;
    QString m_currentId;
    PageFormGuard* m_guard = nullptr;
    int m_overdueCount = 0;
};

// Owner, status and review cycle for several controls at once; only ticked fields change.
class IsoBulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    IsoBulkEditDialog(const QStringList& owners, int count, QWidget* parent = nullptr);
    iso::ControlChange change() const;

private:
    QCheckBox* m_setOwner;
    QComboBox* m_owner;
    QCheckBox* m_setStatus;
    QComboBox* m_status;
    QCheckBox* m_setCycle;
    QSpinBox* m_cycle;
};

} // namespace cd::ui
