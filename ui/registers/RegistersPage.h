#pragma once

#include "pages/Page.h"

class QLabel;
class QTabWidget;

namespace cd {
class AppSettings;
}

namespace cd::ui {

class ActivitiesTab;
class AuditsTab;
class DisclosuresTab;
class IncidentsTab;

// The two registers of policy sections 二.2 and 二.3.2: disclosures and security incidents.
class RegistersPage : public Page
{
    Q_OBJECT

public:
    RegistersPage(AppSettings& settings, QWidget* parent = nullptr);

    QString title() const override { return tr("Registers"); }
    QString iconName() const override { return QStringLiteral("view-list-details"); }
    void setVault(Vault* vault) override;
    void refresh() override;
    bool canPrint() const override { return vault() != nullptr; }
    ReportDocument printableReport() override;
    void focusSearch() override;
    bool canCreateRecord() const override;
    void createRecord() override; // a new entry in the register shown
    // {"register": "incidents"|"disclosures"|"activities"|"audits", "id": <id>}: opens that tab and selects the record.
    void showTarget(const QVariant& argument) override;
    // Incidents whose regulator report is due or overdue.
    int badgeCount() const override;

    QTabWidget* tabs() const { return m_tabs; }
    DisclosuresTab* disclosuresTab() const { return m_disclosures; }
    IncidentsTab* incidentsTab() const { return m_incidents; }
    ActivitiesTab* activitiesTab() const { return m_activities; }
    AuditsTab* auditsTab() const { return m_audits; }

protected:
    void retranslate() override;

private:
    QLabel* m_header;
    QTabWidget* m_tabs;
    DisclosuresTab* m_disclosures;
    IncidentsTab* m_incidents;
    ActivitiesTab* m_activities;
    AuditsTab* m_audits;
};

} // namespace cd::ui
