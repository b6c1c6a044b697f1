#include "RequestAttachmentsDialog.h"

#include "report/StatePalette.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"

#include "util/Formatting.h"
#include "widgets/Dialogs.h"
#include "widgets/FormGuard.h"
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::requests;

namespace {
const QString kOwnerType = QStringLiteral("request");
constexpr int IdRole = Qt::UserRole;
} // namespace

RequestAttachmentsDialog::RequestAttachmentsDialog(Vault& vault, const RightsRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_store(vault)
    , m_request(request)
    , m_editable(vault.actor().can(Permission::WriteData) && !request.erased)
{
    setWindowTitle(tr("Attachments – %1").arg(request.number));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Files are kept encrypted inside the vault. Opening or saving one writes an "
                                "unencrypted copy outside it: keep such copies safe and delete them after use. "
                                "Each copy is recorded in the audit log."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (request.erased) {
        auto* erased = new QLabel(tr("The person's data was deleted with this request's attachments."), this);
        erased->setStyleSheet(StatePalette::styleSheet(StateTone::DueSoon));
        layout->addWidget(erased);
    }

    auto* body = new QHBoxLayout;
    m_view = new QTreeWidget(this);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setHeaderLabels({ tr("File"), tr("Size"), tr("Added by"), tr("Added"), tr("SHA-256") });
    ColumnPolicy::install(m_view, QStringLiteral("requestAttachments"), 0, { 4, 2 });
    body->addWidget(m_view, 1);
    auto* side = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add files…"), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_save = new QPushButton(tr("&Save a copy…"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_add->setVisible(m_editable);
    m_remove->setVisible(m_editable);
    for (QPushButton* b : { m_add, m_open, m_save, m_remove }) {
        side->addWidget(b);
    }
    side->addStretch(1);
    body->addLayout(side);
    layout->addLayout(body, 1);

    m_error = new QLabel(this);
    m_error->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &RequestAttachmentsDialog::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &RequestAttachmentsDialog::openSelected);
    connect(m_save, &QPushButton::clicked, this, &RequestAttachmentsDialog::saveSelected);
    connect(m_remove, &QPushButton::clicked, this, &RequestAttachmentsDialog::removeSelected);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &RequestAttachmentsDialog::updateButtons);
    connect(m_view, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
    reload();
    resize(780, 400);
}

RequestAttachmentsDialog::~RequestAttachmentsDialog() = default;

void RequestAttachmentsDialog::reload()
{
    const qint64 keep = selectedId();
    m_view->clear();
    m_attachments.clear();
    auto list = m_store.list(kOwnerType, m_request.id);
    if (!list) {
        showError(list.message());
        updateButtons();
        return;
    }
    m_attachments = list.value();
    const QLocale locale;
    for (const Attachment& a : m_attachments) {
        auto* item = new QTreeWidgetItem(m_view,
            { a.name, locale.formattedDataSize(a.size), a.addedByName, fmt::dateTime(a.addedAt),
                a.sha256.left(16) + QStringLiteral("…") });
        item->setData(0, IdRole, a.id);
        item->setToolTip(0, a.mimeType);
        item->setToolTip(4, a.sha256);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (a.id == keep) {
            item->setSelected(true);
            m_view->setCurrentItem(item);
        }
    }

    updateButtons();
}

qint64 RequestAttachmentsDialog::selectedId() const
{
    const QTreeWidgetItem* item = m_view->currentItem();
    return item && item->isSelected() ? item->data(0, IdRole).toLongLong() : 0;
}

void RequestAttachmentsDialog::updateButtons()
{
    const bool has = selectedId() > 0;
    m_open->setEnabled(has);
    m_save->setEnabled(has);
    m_remove->setEnabled(has && m_editable);
}

void RequestAttachmentsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString RequestAttachmentsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

Status RequestAttachmentsDialog::addFiles(const QStringList& paths)
{
    Status first;
    QStringList failed;
    for (const QString& path : paths) {
        auto added = m_store.addFile(kOwnerType, m_request.id, path);
        if (!added) {
            failed << QFileInfo(path).fileName();
            if (first) {
                first = added.status();
            }
        }
    }
    reload();
    showError(failed.isEmpty() ? QString()
                               : tr("Not attached: %1. %2").arg(failed.join(QStringLiteral(", ")), first.message()));
    return first;
}

Status RequestAttachmentsDialog::saveCopy(qint64 attachmentId, const QString& path)
{
    const Status s = m_store.saveAs(attachmentId, path);
    showError(s ? QString() : s.message());
    return s;
}

Status RequestAttachmentsDialog::removeAttachment(qint64 attachmentId)
{
    const Status s = m_store.remove(attachmentId);
    reload();
    showError(s ? QString() : s.message());
    return s;
}

void RequestAttachmentsDialog::chooseFiles()
{
    const QStringList files = Dialogs::openFileNames(this, tr("Attach files"));
    if (!files.isEmpty()) {
        addFiles(files);
    }
}

void RequestAttachmentsDialog::openSelected()
{
    const qint64 id = selectedId();
    if (id <= 0) {
        return;
    }
    if (!m_openDir) {
        m_openDir = std::make_unique<QTemporaryDir>();
        if (!m_openDir->isValid()) {
            showError(tr("Could not create a temporary folder: %1").arg(m_openDir->errorString()));
            m_openDir.reset();
            return;
        }
    }
    QString name;
    for (const Attachment& a : m_attachments) {
        if (a.id == id) {
            name = QFileInfo(a.name).fileName(); // never a path from the stored name
        }
    }
    // A folder per attachment keeps two files of the same name apart.
    const QString dir = m_openDir->filePath(QString::number(id));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name.isEmpty() ? QStringLiteral("attachment") : name);
    if (saveCopy(id, path)) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    }
}

void RequestAttachmentsDialog::saveSelected()
{
    const qint64 id = selectedId();
    QString name;
    for (const Attachment& a : m_attachments) {
        if (a.id == id) {
            name = QFileInfo(a.name).fileName();
        }
    }
    if (id <= 0) {
        return;
    }
    const QString path = Dialogs::saveFileName(this, tr("Save a copy"), QDir::home().filePath(name));
    if (!path.isEmpty()) {
        saveCopy(id, path);
    }
}

void RequestAttachmentsDialog::removeSelected()
{
    const qint64 id = selectedId();
    const QTreeWidgetItem* item = m_view->currentItem();
    if (id <= 0 || !item) {
        return;
    }
    if (!askBeforeDeleting(this, windowTitle(),
            tr("Remove \"%1\" from the request? The file is deleted from the vault.").arg(item->text(0)))) {
        return;
    }
    removeAttachment(id);
}

} // namespace cd::ui
