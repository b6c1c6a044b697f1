#pragma once

#include "attachments/AttachmentStore.h"
#include "requests/RequestService.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTemporaryDir;
class QTreeWidget;

namespace cd::ui {

// The files kept with a request after intake (identity documents, the person's letter, our
// reply): list, add, open, save a copy, remove. Files live encrypted in the vault through
// AttachmentStore; copies written outside are audited by the store.
class RequestAttachmentsDialog : public QDialog
{
    Q_OBJECT

public:
    RequestAttachmentsDialog(Vault& vault, const requests::RightsRequest& request, QWidget* parent = nullptr);
    ~RequestAttachmentsDialog() override;

    QTreeWidget* view() const { return m_view; }
    bool isEditable() const { return m_editable; }
    QList<Attachment> attachments() const { return m_attachments; }
    // Adds files; returns the first failure (the other files are still added) with its message.
    Status addFiles(const QStringList& paths);
    Status saveCopy(qint64 attachmentId, const QString& path);
    Status removeAttachment(qint64 attachmentId);
    QString errorText() const;

private:
    void reload();
    void chooseFiles();
    void openSelected();
    void saveSelected();
    void removeSelected();
    void updateButtons();
    qint64 selectedId() const;
    void showError(const QString& message);

    AttachmentStore m_store;
    requests::RightsRequest m_request;
    bool m_editable;
    QList<Attachment> m_attachments;
    QTreeWidget* m_view;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_remove;
    QLabel* m_error;
    // Opened copies live here and go when the dialog closes.
    std::unique_ptr<QTemporaryDir> m_openDir;
};

} // namespace cd::ui
