#include "RequestLinksDialog.h"

#include "report/StatePalette.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"

#include "util/Formatting.h"
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

using namespace cd::requests;

namespace {

constexpr int TypeRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;

QString joinNonEmpty(const QStringList& parts)
{
    QStringList out;
    for (const QString& p : parts) {
        if (!p.trimmed().isEmpty()) {
            out << p.trimmed();
        }
    }
    return out.join(QStringLiteral(" · "));
}

QTreeWidget* makeView(QWidget* parent)
{
    auto* view = new QTreeWidget(parent);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    return view;
}

} // namespace

RequestLinksDialog::RequestLinksDialog(Vault& vault, const RightsRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_service(vault)
    , m_request(request)
    , m_editable(vault.actor().can(Permission::WriteData) && !isTerminal(request.state))
{
    setWindowTitle(tr("Linked records – %1").arg(request.number));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Records confirmed as the requester's. An access or portability request exports "
                                "them; a deletion deletes the linked contact submissions."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!m_editable) {
        auto* readOnly
            = new QLabel(isTerminal(request.state) ? tr("The request is closed; its links can no longer change.")
                                                   : tr("Your role can view the links but not change them."),
                this);
        readOnly->setStyleSheet(StatePalette::styleSheet(StateTone::DueSoon));
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }

    auto* linkedBox = new QGroupBox(tr("Linked to this request"), this);
    auto* linkedLayout = new QVBoxLayout(linkedBox);
    m_linked = makeView(linkedBox);
    m_linked->setHeaderLabels({ tr("Record"), tr("Date"), tr("Name"), tr("Contact") });
    ColumnPolicy::install(m_linked, QStringLiteral("requestLinked"), 2, { 1 });
    linkedLayout->addWidget(m_linked, 1);
    m_remove = new QPushButton(tr("&Remove link"), linkedBox);
    m_remove->setVisible(m_editable);
    linkedLayout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addWidget(linkedBox, 1);

    auto* proposedBox = new QGroupBox(tr("Proposed: same email address or phone number"), this);
    auto* proposedLayout = new QVBoxLayout(proposedBox);
    m_proposedHint = new QLabel(proposedBox);
    m_proposedHint->setWordWrap(true);
    proposedLayout->addWidget(m_proposedHint);
    m_proposed = makeView(proposedBox);
    m_proposed->setHeaderLabels({ tr("Record"), tr("Date"), tr("Name or number"), tr("Matches on") });
    ColumnPolicy::install(m_proposed, QStringLiteral("requestProposed"), 2, { 1 });
    proposedLayout->addWidget(m_proposed, 1);
    m_add = new QPushButton(tr("&Link ticked records"), proposedBox);
    m_add->setVisible(m_editable);
    proposedLayout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addWidget(proposedBox, 1);

    m_error = new QLabel(this);
    m_error->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(
        m_editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &RequestLinksDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &RequestLinksDialog::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &RequestLinksDialog::linkTicked);
    connect(m_linked, &QTreeWidget::itemSelectionChanged, this, &RequestLinksDialog::updateButtons);
    connect(m_proposed, &QTreeWidget::itemChanged, this, &RequestLinksDialog::updateButtons);
    load();
    resize(820, 560);
}

void RequestLinksDialog::load()
{
    const QLocale locale;
    m_linked->clear();
    m_proposed->clear();
    if (auto subs = m_service.linkedSubmissions(m_request.id)) {
        for (const LinkedSubmission& s : subs.value()) {
            auto* item = new QTreeWidgetItem(m_linked,
                { tr("Contact submission"), fmt::date(s.receivedAt.toLocalTime().date()), s.name,
                    joinNonEmpty({ s.email, s.phone }) });
            item->setData(0, TypeRole, QStringLiteral("submission"));
            item->setData(0, IdRole, s.id);
        }
    }
    if (auto reqs = m_service.linkedRequests(m_request.id)) {
        for (const RightsRequest& r : reqs.value()) {
            auto* item = new QTreeWidgetItem(m_linked,
                { tr("Request %1").arg(r.number), fmt::date(r.receivedOn), r.requesterName,
                    joinNonEmpty({ r.email, r.phone }) });
            item->setData(0, TypeRole, QStringLiteral("request"));
            item->setData(0, IdRole, r.id);
        }
    }
    auto found = m_request.erased ? Result<QList<LinkCandidate>>(QList<LinkCandidate>())
                                  : m_service.findCandidates(m_request.email, m_request.phone, m_request.id);
    if (!found) {
        m_proposedHint->setText(found.message());
    } else {
        for (const LinkCandidate& c : found.value()) {
            if (findItem(m_linked, c.targetType, c.id)) {
                continue;
            }
            const QString matched = c.matchedOn == QLatin1String("email+phone") ? tr("email and phone")
                : c.matchedOn == QLatin1String("email")                         ? tr("email")
                                                                                : tr("phone");
            const bool submission = c.targetType == QLatin1String("submission");
            auto* item = new QTreeWidgetItem(m_proposed,
                { submission ? tr("Contact submission") : tr("Earlier request"), fmt::date(c.at.toLocalTime().date()),
                    c.label, matched });
            item->setData(0, TypeRole, c.targetType);
            item->setData(0, IdRole, c.id);
            if (m_editable) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(0, Qt::Unchecked);
            }
        }
        m_proposedHint->setText(m_proposed->topLevelItemCount() == 0
                ? tr("No other records share the requester's email address or phone number.")
                : tr("Tick the records that belong to this person; a shared phone or email does "
                     "not prove it."));
    }
    m_savedSubmissions = linkedSubmissionIds();
    m_savedRequests = linkedRequestIds();
    fitColumns();
    updateButtons();
}

void RequestLinksDialog::fitColumns()
{
    for (QTreeWidget* view : { m_linked, m_proposed }) {
        ColumnPolicy::of(view)->fit();
    }
}

QTreeWidgetItem* RequestLinksDialog::findItem(QTreeWidget* view, const QString& targetType, qint64 id) const
{
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = view->topLevelItem(i);
        if (item->data(0, TypeRole).toString() == targetType && item->data(0, IdRole).toLongLong() == id) {
            return item;
        }
    }
    return nullptr;
}

bool RequestLinksDialog::linkProposed(const QString& targetType, qint64 id)
{
    QTreeWidgetItem* item = findItem(m_proposed, targetType, id);
    if (!item || !m_editable) {
        return false;
    }
    item = m_proposed->takeTopLevelItem(m_proposed->indexOfTopLevelItem(item));
    item->setData(0, Qt::CheckStateRole, QVariant());
    item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
    // The proposal shows a name or number in column 2 and the match in column 3; as a link the
    // last column says it is new until saved.
    item->setText(3, tr("matches %1 – added, not saved yet").arg(item->text(3)));
    m_linked->addTopLevelItem(item);
    fitColumns();
    updateButtons();
    return true;
}

bool RequestLinksDialog::unlink(const QString& targetType, qint64 id)
{
    QTreeWidgetItem* item = findItem(m_linked, targetType, id);
    if (!item || !m_editable) {
        return false;
    }
    delete item;
    updateButtons();
    return true;
}

void RequestLinksDialog::linkTicked()
{
    QList<QPair<QString, qint64>> ticked;
    for (int i = 0; i < m_proposed->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_proposed->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked) {
            ticked.append({ item->data(0, TypeRole).toString(), item->data(0, IdRole).toLongLong() });
        }
    }
    for (const auto& t : ticked) {
        linkProposed(t.first, t.second);
    }
}

void RequestLinksDialog::removeSelected()
{
    const QList<QTreeWidgetItem*> selected = m_linked->selectedItems();
    qDeleteAll(selected);
    updateButtons();
}

void RequestLinksDialog::updateButtons()
{
    m_remove->setEnabled(m_editable && !m_linked->selectedItems().isEmpty());
    bool anyTicked = false;
    for (int i = 0; i < m_proposed->topLevelItemCount(); ++i) {
        anyTicked = anyTicked || m_proposed->topLevelItem(i)->checkState(0) == Qt::Checked;
    }
    m_add->setEnabled(m_editable && anyTicked);
}

QList<qint64> RequestLinksDialog::linkedSubmissionIds() const
{
    QList<qint64> out;
    for (int i = 0; i < m_linked->topLevelItemCount(); ++i) {
        if (m_linked->topLevelItem(i)->data(0, TypeRole).toString() == QLatin1String("submission")) {
            out << m_linked->topLevelItem(i)->data(0, IdRole).toLongLong();
        }
    }
    return out;
}

QList<qint64> RequestLinksDialog::linkedRequestIds() const
{
    QList<qint64> out;
    for (int i = 0; i < m_linked->topLevelItemCount(); ++i) {
        if (m_linked->topLevelItem(i)->data(0, TypeRole).toString() == QLatin1String("request")) {
            out << m_linked->topLevelItem(i)->data(0, IdRole).toLongLong();
        }
    }
    return out;
}

QString RequestLinksDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RequestLinksDialog::accept()
{
    auto sorted = [](QList<qint64> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const bool unchanged = sorted(linkedSubmissionIds()) == sorted(m_savedSubmissions)
        && sorted(linkedRequestIds()) == sorted(m_savedRequests);
    if (!m_editable || unchanged) {
        QDialog::accept();
        return;
    }
    if (Status s = m_service.setLinks(m_request.id, linkedSubmissionIds(), linkedRequestIds()); !s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cd::ui
