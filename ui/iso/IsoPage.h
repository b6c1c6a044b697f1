#pragma once

#include "pages/Page.h"

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace cd::ui {

class IsoControlFilterModel;
class IsoControlsModel;
class IsoDetailPane;
class IsoFilterBar;
class IsoSoaActions;
class PageFormGuard;

// The ISO/IEC 27001:2022 checklist: a tree of the Annex A controls by theme with per-theme
// progress, filters, a detail form with evidence, bulk edit, charts, SoA and gap reports.
// The parts live in their own files; the page wires them:
// - IsoControlsModel (the tree) behind IsoControlFilterModel (the filters), in a QTreeView;
// - IsoFilterBar: search and filters, with the page's actions on its second row;
// - IsoDetailPane: the selected control's form and its evidence (IsoEvidencePanel);
// - IsoSoaActions: SoA details, export, print and the gap report; IsoBulkEditDialog.
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
    QString currentControlId() const;
    PageFormGuard* formGuard() const;
    QTreeView* tree() const { return m_tree; }
    IsoControlsModel* model() const { return m_model; }
    IsoControlFilterModel* proxy() const { return m_proxy; }
    QLineEdit* searchEdit() const;
    QTabWidget* tabs() const { return m_tabs; }
    int visibleControlCount() const;
    // Saves the detail form; returns the error message or an empty string.
    QString saveDetail();

protected:
    void retranslate() override;

private:
    void reload();
    void applyFilter();
    // Puts the tree's current row back on the control in the form after the rows changed.
    void restoreCurrent();
    void onCurrentChanged(const QModelIndex& current);
    // Theme lines span the row and start expanded.
    void decorateThemes(int first, int last);
    void updateCharts();
    void bulkEdit();
    void showError(const QString& message);
    QStringList selectedControlIds() const;

    QLabel* m_header;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    IsoFilterBar* m_filters;
    QPushButton* m_bulkEdit;
    IsoSoaActions* m_soa;
    IsoControlsModel* m_model;
    IsoControlFilterModel* m_proxy;
    QTreeView* m_tree;
    IsoDetailPane* m_detail;
    QWidget* m_byThemeChart = nullptr;
    QWidget* m_donutChart = nullptr;
    QWidget* m_overTimeChart = nullptr;
    int m_overdueCount = 0;
    // True while the page itself changes the rows: the tree's current row is not the user's choice.
    bool m_quiet = false;
};

} // namespace cd::ui
