#pragma once

#include "dashboard/DashboardService.h"
#include "pages/Page.h"

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QThread;

namespace cd {
class AppSettings;
}

namespace cd::ui {

class DashboardWorker;
class DashboardTile;
class GettingStartedPanel;

// The first page after sign-in: what is late or due (double-click or Enter opens it), key figures with their
// trend, three charts and a period selector. Figures are computed on a worker thread with its
// own connection, kept while the vault is unlocked; results that arrive after the period
// changed or the vault was locked are dropped (generation counter).
//
// Navigation arguments sent with navigateRequested(pageId, argument), a QVariantMap:
//   requests:    {"id": <request id>, "number": "RR-2026-0001"}
//   registers:   {"register": "incidents", "id": <incident id>}
//   policies:    {"versionId": <policy version id>}
//   iso:         {"control": "5.1"}
//   submissions: {"filter": "new"} or {"filter": "due_for_deletion"}
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    void setVault(Vault* vault) override;
    void refresh() override;
    bool canPrint() const override { return vault() != nullptr && m_data.has_value(); }
    ReportDocument printableReport() override;
    int badgeCount() const override;

    dashboard::Period period() const;
    void setPeriod(dashboard::Period::Preset preset, const dashboard::Period& custom = {});
    // True while a computation is on its way (for tests and the status line).
    bool isBusy() const { return m_pending > 0; }
    const std::optional<dashboard::DashboardData>& data() const { return m_data; }
    // Per-user settings for the first-steps checklist (backup folder, hidden checklists).
    void setAppSettings(AppSettings* settings);
    GettingStartedPanel* gettingStarted() const { return m_gettingStarted; }

signals:
    void updated(); // a fresh result is shown

protected:
    void retranslate() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void startWorker();
    void stopWorker();
    void apply(quint64 generation, const Result<dashboard::DashboardData>& result);
    void showData();
    void clear();
    void openItem(QListWidgetItem* item);
    void periodChanged();
    QString language() const;

    QLabel* m_header;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_refresh;
    QLabel* m_status;
    GettingStartedPanel* m_gettingStarted;
    QLabel* m_attentionTitle;
    QLabel* m_evidenceCounts; // evidence reminders: expired and expiring within 30 days
    QListWidget* m_attention;
    QLabel* m_figuresTitle;
    QList<DashboardTile*> m_tiles;
    QLabel* m_chartsTitle;
    QWidget* m_submissionsChart;
    QWidget* m_requestsChart;
    QWidget* m_isoChart;

    QThread* m_thread = nullptr;
    DashboardWorker* m_worker = nullptr;
    quint64 m_generation = 0;
    int m_pending = 0;
    std::optional<dashboard::DashboardData> m_data;
};

} // namespace cd::ui
