#pragma once

#include <QWidget>

class QPushButton;

namespace cd {
class ReportDocument;
class Vault;
} // namespace cd

namespace cd::ui {

// The Statement of Applicability and the gap report: the SoA's scope, version and approval,
// its export (PDF, Excel, CSV), its print, and the gap report's preview. Buttons in a row.
class IsoSoaActions : public QWidget
{
    Q_OBJECT

public:
    explicit IsoSoaActions(QWidget* parent = nullptr);

    void setVault(Vault* vault);
    // How many controls the checklist holds, for the audit entry of an export or a print.
    void setControlCount(int count) { m_controlCount = count; }
    // The SoA for File › Print / Export PDF (audited as a print); empty when it cannot be built.
    ReportDocument printableReport();
    void retranslate();

    void editSoaHeader();
    void exportSoa();
    void showGapReport();

signals:
    // The SoA's header or approval changed.
    void changed();
    void statusMessage(const QString& message);
    void failed(const QString& message);

private:
    QPushButton* m_header;
    QPushButton* m_export;
    QPushButton* m_gapReport;
    Vault* m_vault = nullptr;
    int m_controlCount = 0;
};

} // namespace cd::ui
