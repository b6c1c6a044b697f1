#include "iso/IsoSoaActions.h"

#include "iso/IsoReports.h"
#include "iso/IsoService.h"
#include "report/ReportLanguage.h"
#include "report/ReportRenderer.h"
#include "util/Formatting.h"
#include "vault/Vault.h"
#include "widgets/Dialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cd::ui {

IsoSoaActions::IsoSoaActions(QWidget* parent)
    : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_header = new QPushButton(this);
    m_export = new QPushButton(this);
    m_gapReport = new QPushButton(this);
    row->addWidget(m_header);
    row->addWidget(m_export);
    row->addWidget(m_gapReport);
    connect(m_header, &QPushButton::clicked, this, &IsoSoaActions::editSoaHeader);
    connect(m_export, &QPushButton::clicked, this, &IsoSoaActions::exportSoa);
    connect(m_gapReport, &QPushButton::clicked, this, &IsoSoaActions::showGapReport);
    setVault(nullptr);
}

void IsoSoaActions::retranslate()
{
    m_header->setText(tr("SoA details…"));
    m_header->setToolTip(tr("Scope, version and approval printed at the top of the SoA"));
    m_export->setText(tr("Export SoA…"));
    m_gapReport->setText(tr("Gap report…"));
}

void IsoSoaActions::setVault(Vault* vault)
{
    m_vault = vault;
    m_controlCount = 0;
    for (QPushButton* b : { m_header, m_export, m_gapReport }) {
        b->setEnabled(vault != nullptr);
    }
}

void IsoSoaActions::editSoaHeader()
{
    if (!m_vault) {
        return;
    }
    iso::IsoService service(*m_vault);
    const iso::SoaHeader current = service.soaHeader();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Statement of Applicability"));
    auto* form = new QFormLayout(&dialog);
    auto* scope = new QPlainTextEdit(current.scope, &dialog);
    scope->setTabChangesFocus(true);
    auto* version = new QLineEdit(current.version, &dialog);
    form->addRow(tr("Scope of the ISMS:"), scope);
    form->addRow(tr("SoA version:"), version);
    auto* approval = new QLabel(current.approvedBy.isEmpty()
            ? tr("Not approved")
            : tr("Approved by %1 on %2").arg(current.approvedBy, fmt::date(current.approvedOn)),
        &dialog);
    form->addRow(tr("Approval:"), approval);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    QPushButton* approve = buttons->addButton(tr("Approve this version"), QDialogButtonBox::ActionRole);
    approve->setEnabled(m_vault->actor().can(Permission::Approve));
    approve->setToolTip(tr("Privacy officers and administrators approve the SoA"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    bool approveRequested = false;
    connect(approve, &QPushButton::clicked, &dialog, [&]() {
        approveRequested = true;
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (Status s = service.setSoaHeader(scope->toPlainText(), version->text()); !s) {
        emit failed(s.message());
        return;
    }
    if (approveRequested) {
        if (Status s = service.approveSoa(); !s) {
            emit failed(s.message());
        }
    }
    emit changed();
}

void IsoSoaActions::exportSoa()
{
    if (!m_vault) {
        return;
    }
    const QString suggested = tr("Statement of Applicability") + QStringLiteral(".pdf");
    QString selectedFilter;
    const QString path = Dialogs::saveFileName(this, tr("Export Statement of Applicability"), suggested,
        tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV for Excel (*.csv)"), &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    const QString language = reportLanguage();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")) {
        auto rows = iso::IsoReports::exportSoa(*m_vault, path, language);
        if (!rows) {
            emit failed(rows.message());
            return;
        }
        emit statusMessage(
            tr("Exported %n control(s) to %1.", nullptr, rows.value()).arg(QDir::toNativeSeparators(path)));
        return;
    }
    auto doc = iso::IsoReports::buildSoa(*m_vault, language);
    if (!doc) {
        emit failed(doc.message());
        return;
    }
    if (Status s = ReportRenderer(doc.value()).writePdf(path); !s) {
        emit failed(s.message());
        return;
    }
    iso::IsoService(*m_vault).auditExport(QStringLiteral("pdf"), m_controlCount);
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void IsoSoaActions::showGapReport()
{
    if (!m_vault) {
        return;
    }
    auto doc = iso::IsoReports::buildGapReport(*m_vault, reportLanguage());
    if (!doc) {
        emit failed(doc.message());
        return;
    }
    ReportRenderer(doc.value()).showPrintPreview(this);
}

ReportDocument IsoSoaActions::printableReport()
{
    if (!m_vault) {
        return {};
    }
    auto doc = iso::IsoReports::buildSoa(*m_vault, reportLanguage());
    if (!doc) {
        emit statusMessage(doc.message());
        return {};
    }
    iso::IsoService(*m_vault).auditExport(QStringLiteral("print"), m_controlCount);
    return doc.value();
}

} // namespace cd::ui
