#include "RequestFollowUpBar.h"

#include "DeadlineExtensionDialog.h"
#include "RequestAttachmentsDialog.h"
#include "RequestLinksDialog.h"

#include "attachments/AttachmentStore.h"
#include "vault/Vault.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace cd::ui {

using namespace cd::requests;

RequestFollowUpBar::RequestFollowUpBar(QWidget* parent)
    : QWidget(parent)
    , m_extend(new QPushButton(this))
    , m_links(new QPushButton(this))
    , m_attachments(new QPushButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_links);
    layout->addWidget(m_attachments);
    layout->addWidget(m_extend);
    layout->addStretch(1);
    connect(m_extend, &QPushButton::clicked, this, &RequestFollowUpBar::extend);
    connect(m_links, &QPushButton::clicked, this, &RequestFollowUpBar::editLinks);
    connect(m_attachments, &QPushButton::clicked, this, &RequestFollowUpBar::editAttachments);
    retranslate();
    hide();
}

void RequestFollowUpBar::setRequest(Vault* vault, const RightsRequest* request)
{
    m_vault = vault;
    m_request = request ? *request : RightsRequest {};
    m_attachmentCount = 0;
    setVisible(vault && request);
    if (!vault || !request) {
        return;
    }
    if (auto list = AttachmentStore(*vault).list(QStringLiteral("request"), request->id)) {
        m_attachmentCount = int(list->size());
    }
    QString whyNot;
    const bool extendable = DeadlineExtensionDialog::canExtend(*request, &whyNot);
    const bool writable = vault->actor().can(Permission::WriteData);
    m_extend->setEnabled(extendable && writable);
    m_extend->setToolTip(!writable ? tr("Your role cannot change requests.")
            : extendable           ? tr("Extend the deadline by up to %n more month(s), with a reason.", nullptr,
                            DeadlineRule::maxExtensionMonths - request->extensionMonths)
                                   : whyNot);
    retranslate();
}

void RequestFollowUpBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RequestFollowUpBar::retranslate()
{
    m_extend->setText(tr("E&xtend deadline…"));
    m_links->setText(tr("Lin&ked records…"));
    m_attachments->setText(
        m_attachmentCount > 0 ? tr("Attac&hments (%1)…").arg(m_attachmentCount) : tr("Attac&hments…"));
}

void RequestFollowUpBar::extend()
{
    if (!m_vault || m_request.id <= 0) {
        return;
    }
    DeadlineExtensionDialog dialog(*m_vault, m_request, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit requestChanged(m_request.id);
    }
}

void RequestFollowUpBar::editLinks()
{
    if (!m_vault || m_request.id <= 0) {
        return;
    }
    RequestLinksDialog dialog(*m_vault, m_request, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit requestChanged(m_request.id);
    }
}

void RequestFollowUpBar::editAttachments()
{
    if (!m_vault || m_request.id <= 0) {
        return;
    }
    RequestAttachmentsDialog dialog(*m_vault, m_request, this);
    dialog.exec();
    // Changes save as they are made, so the page refreshes whichever way the dialog closes.
    emit requestChanged(m_request.id);
}

} // namespace cd::ui
