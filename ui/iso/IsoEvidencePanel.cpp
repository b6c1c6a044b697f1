#include "iso/IsoEvidencePanel.h"

#include "attachments/AttachmentStore.h"
#include "iso/IsoService.h"
#include "util/Formatting.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/Dialogs.h"
#include "widgets/FormGuard.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
// Which entry of the evidence list a line shows.
constexpr int kIndexRole = Qt::UserRole + 1;
} // namespace

IsoEvidencePanel::IsoEvidencePanel(QWidget* parent)
    : QGroupBox(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setMinimumHeight(120);
    ColumnPolicy::install(m_list, QStringLiteral("isoEvidence"), 1, { 2, 3 });
    layout->addWidget(m_list);
    auto* buttons = new QGridLayout;
    m_addFile = new QPushButton(this);
    m_addLink = new QPushButton(this);
    m_addText = new QPushButton(this);
    m_open = new QPushButton(this);
    m_save = new QPushButton(this);
    m_remove = new QPushButton(this);
    buttons->addWidget(m_addFile, 0, 0);
    buttons->addWidget(m_addLink, 0, 1);
    buttons->addWidget(m_addText, 0, 2);
    buttons->addWidget(m_open, 1, 0);
    buttons->addWidget(m_save, 1, 1);
    buttons->addWidget(m_remove, 1, 2);
    layout->addLayout(buttons);

    connect(m_addFile, &QPushButton::clicked, this, &IsoEvidencePanel::addFile);
    connect(m_addLink, &QPushButton::clicked, this, &IsoEvidencePanel::addLink);
    connect(m_addText, &QPushButton::clicked, this, &IsoEvidencePanel::addText);
    connect(m_open, &QPushButton::clicked, this, &IsoEvidencePanel::openCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &IsoEvidencePanel::openCurrent);
    connect(m_save, &QPushButton::clicked, this, &IsoEvidencePanel::saveCurrentAs);
    connect(m_remove, &QPushButton::clicked, this, &IsoEvidencePanel::removeCurrent);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &IsoEvidencePanel::updateButtons);
    updateButtons();
}

void IsoEvidencePanel::retranslate()
{
    setTitle(tr("Evidence"));
    m_list->setHeaderLabels({ tr("Kind"), tr("Title"), tr("Size"), tr("Added") });
    m_addFile->setText(tr("Add file…"));
    m_addLink->setText(tr("Add link…"));
    m_addText->setText(tr("Add note…"));
    m_open->setText(tr("Open", "verb: open the evidence file"));
    m_save->setText(tr("Save as…"));
    m_remove->setText(tr("Remove…"));
}

void IsoEvidencePanel::clear()
{
    m_list->clear();
    m_items.clear();
    updateButtons();
}

void IsoEvidencePanel::setControl(Vault* vault, const QString& controlId)
{
    clear();
    m_vault = vault;
    m_controlId = controlId;
    if (!vault || controlId.isEmpty()) {
        return;
    }
    auto list = iso::IsoService(*vault).evidence(controlId);
    if (!list) {
        emit statusMessage(list.message());
        return;
    }
    m_items = list.value();
    const QLocale locale;
    for (int i = 0; i < m_items.size(); ++i) {
        const iso::EvidenceItem& e = m_items.at(i);
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, kIndexRole, i);
        item->setText(0,
            e.kind == iso::EvidenceItem::Kind::File       ? tr("File")
                : e.kind == iso::EvidenceItem::Kind::Link ? tr("Link")
                                                          : tr("Note"));
        item->setText(1, e.title);
        item->setToolTip(
            1, e.kind == iso::EvidenceItem::Kind::File ? tr("SHA-256: %1").arg(e.sha256) : e.content.left(500));
        item->setText(2, locale.formattedDataSize(e.size));
        item->setText(3, tr("%1, %2").arg(e.addedByName, fmt::date(e.addedAt.toLocalTime().date())));
    }
    updateButtons();
}

void IsoEvidencePanel::setWritable(bool writable)
{
    m_writable = writable;
    updateButtons();
}

const iso::EvidenceItem* IsoEvidencePanel::current() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const int i = item ? item->data(0, kIndexRole).toInt() : -1;
    return i >= 0 && i < m_items.size() ? &m_items.at(i) : nullptr;
}

void IsoEvidencePanel::updateButtons()
{
    for (QPushButton* b : { m_addFile, m_addLink, m_addText }) {
        b->setEnabled(m_writable);
    }
    const iso::EvidenceItem* e = current();
    m_open->setEnabled(e != nullptr);
    m_save->setEnabled(e && e->kind == iso::EvidenceItem::Kind::File);
    m_remove->setEnabled(e && m_writable);
}

void IsoEvidencePanel::addFile()
{
    const QStringList files = Dialogs::openFileNames(this, tr("Attach evidence to %1").arg(m_controlId));
    iso::IsoService service(*m_vault);
    for (const QString& f : files) {
        auto added = service.addFileEvidence(m_controlId, f);
        if (!added) {
            emit failed(added.message());
            break;
        }
    }
    emit changed();
}

void IsoEvidencePanel::addLink()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Add link"), tr("Address (https://…, smb://… or file://…):"), QLineEdit::Normal, QString(), &ok);
    if (!ok || url.trimmed().isEmpty()) {
        return;
    }
    const QString title
        = QInputDialog::getText(this, tr("Add link"), tr("Title (optional):"), QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    auto added = iso::IsoService(*m_vault).addLinkEvidence(m_controlId, title, url);
    if (!added) {
        emit failed(added.message());
        return;
    }
    emit changed();
}

void IsoEvidencePanel::addText()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Add note"), tr("Title:"), QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    const QString text
        = QInputDialog::getMultiLineText(this, tr("Add note"), tr("What shows the control works:"), QString(), &ok);
    if (!ok) {
        return;
    }
    auto added = iso::IsoService(*m_vault).addTextEvidence(m_controlId, title, text);
    if (!added) {
        emit failed(added.message());
        return;
    }
    emit changed();
}

void IsoEvidencePanel::openCurrent()
{
    const iso::EvidenceItem* current = this->current();
    if (!current || !m_vault) {
        return;
    }
    const iso::EvidenceItem e = *current;
    if (e.kind == iso::EvidenceItem::Kind::Link) {
        QDesktopServices::openUrl(QUrl(e.content));
    } else if (e.kind == iso::EvidenceItem::Kind::Text) {
        Dialogs::information(this, e.title, e.content);
    } else {
        // Opening needs a plain copy outside the vault; it goes to a private temporary folder.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
            + QStringLiteral("/compliance-desk-evidence");
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString path = dir + QLatin1Char('/') + QFileInfo(e.title).fileName();
        if (Status s = AttachmentStore(*m_vault).saveAs(e.id, path); !s) {
            emit failed(s.message());
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

void IsoEvidencePanel::saveCurrentAs()
{
    const iso::EvidenceItem* current = this->current();
    if (!current || !m_vault) {
        return;
    }
    const iso::EvidenceItem e = *current;
    const QString path = Dialogs::saveFileName(this, tr("Save evidence as"), QFileInfo(e.title).fileName());
    if (path.isEmpty()) {
        return;
    }
    if (Status s = AttachmentStore(*m_vault).saveAs(e.id, path); !s) {
        emit failed(s.message());
        return;
    }
    emit statusMessage(tr("Saved %1 (SHA-256 checked).").arg(QDir::toNativeSeparators(path)));
}

void IsoEvidencePanel::removeCurrent()
{
    const iso::EvidenceItem* current = this->current();
    if (!current || !m_vault) {
        return;
    }
    const iso::EvidenceItem e = *current;
    if (!askBeforeDeleting(this, tr("Remove evidence"),
            tr("Remove \"%1\" from control %2? It is deleted from the vault.").arg(e.title, m_controlId))) {
        return;
    }
    if (Status s = iso::IsoService(*m_vault).removeEvidence(m_controlId, e); !s) {
        emit failed(s.message());
    }
    emit changed();
}

} // namespace cd::ui
