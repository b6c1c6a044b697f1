#include "RecordPicker.h"

#include "util/Formatting.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

using registers::LinkableRecord;
using registers::RegisterLink;

QString linkTargetName(const QString& targetType)
{
    if (targetType == QLatin1String("submission")) {
        return RecordPickerDialog::tr("Contact submission");
    }
    if (targetType == QLatin1String("request")) {
        return RecordPickerDialog::tr("Rights request");
    }
    if (targetType == QLatin1String("incident")) {
        return RecordPickerDialog::tr("Security incident");
    }
    if (targetType == QLatin1String("disclosure")) {
        return RecordPickerDialog::tr("Disclosure event");
    }
    return targetType;
}

RecordPickerDialog::RecordPickerDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_type(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("RecordPickerDialog"));
    setWindowTitle(tr("Link a record"));
    m_type->setObjectName(QStringLiteral("type"));
    m_search->setObjectName(QStringLiteral("search"));
    m_results->setObjectName(QStringLiteral("results"));
    for (const QString& t : { QStringLiteral("submission"), QStringLiteral("request"), QStringLiteral("incident"),
             QStringLiteral("disclosure") }) {
        m_type->addItem(linkTargetName(t), t);
    }
    m_search->setPlaceholderText(tr("Number, name or title"));
    m_search->setClearButtonEnabled(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Record type:"), m_type);
    form->addRow(tr("&Search:"), m_search);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Link"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RecordPickerDialog::search);
    connect(m_search, &QLineEdit::textChanged, this, &RecordPickerDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) { m_ok->setEnabled(row >= 0); });
    connect(m_results, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    search();
    m_search->setFocus();
    resize(520, 420);
}

void RecordPickerDialog::search()
{
    m_results->clear();
    const QString type = m_type->currentData().toString();
    auto found = registers::findLinkableRecords(m_vault, type, m_search->text());
    if (!found) {
        auto* item = new QListWidgetItem(found.message(), m_results);
        item->setFlags(Qt::NoItemFlags);
    } else {
        for (const LinkableRecord& r : found.value()) {
            auto* item = new QListWidgetItem(
                tr("%1 %2 · %3 · %4").arg(linkTargetName(type), fmt::id(r.id), r.label, fmt::date(r.date)), m_results);
            item->setData(Qt::UserRole, r.id);
        }
        if (found->isEmpty()) {
            auto* item = new QListWidgetItem(tr("No record matches."), m_results);
            item->setFlags(Qt::NoItemFlags);
        }
    }
    const bool any = m_results->count() > 0 && (m_results->item(0)->flags() & Qt::ItemIsSelectable);
    m_results->setCurrentRow(any ? 0 : -1);
    m_ok->setEnabled(any);
}

RegisterLink RecordPickerDialog::chosen() const
{
    const QListWidgetItem* item = m_results->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable)) {
        return {};
    }
    return RegisterLink { m_type->currentData().toString(), item->data(Qt::UserRole).toLongLong() };
}

// ---------------------------------------------------------------------------------------------

LinkListEdit::LinkListEdit(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("links"));
    m_list->setMaximumHeight(90);
    m_add->setObjectName(QStringLiteral("addLink"));
    m_remove->setObjectName(QStringLiteral("removeLink"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &LinkListEdit::pick);
    connect(m_remove, &QPushButton::clicked, this, &LinkListEdit::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    retranslate();
    showLinks();
}

void LinkListEdit::setLinks(const QList<RegisterLink>& links)
{
    m_links = links;
    showLinks();
}

void LinkListEdit::addLink(const RegisterLink& link)
{
    if (link.targetType.isEmpty() || link.targetId <= 0 || m_links.contains(link)) {
        return;
    }
    m_links.append(link);
    showLinks();
    emit changed();
}

void LinkListEdit::pick()
{
    if (!m_vault) {
        return;
    }
    RecordPickerDialog dialog(*m_vault, this);
    if (dialog.exec() == QDialog::Accepted) {
        addLink(dialog.chosen());
    }
}

void LinkListEdit::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_links.size()) {
        return;
    }
    m_links.removeAt(row);
    showLinks();
    emit changed();
}

void LinkListEdit::showLinks()
{
    m_list->clear();
    for (const RegisterLink& l : m_links) {
        m_list->addItem(QStringLiteral("%1 %2").arg(linkTargetName(l.targetType), fmt::id(l.targetId)));
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void LinkListEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showLinks();
    }
    QWidget::changeEvent(event);
}

void LinkListEdit::retranslate()
{
    m_add->setText(tr("Link a record…"));
    m_remove->setText(tr("Remove link"));
    m_list->setToolTip(tr("Records this entry refers to. Use \"Link a record…\" to find one by number, name or "
                          "title."));
}

} // namespace cd::ui
