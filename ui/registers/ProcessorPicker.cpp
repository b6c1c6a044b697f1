#include "ProcessorPicker.h"

#include "util/Formatting.h"
#include "vault/Vault.h"

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

using activities::Processor;

ProcessorPickerDialog::ProcessorPickerDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("ProcessorPickerDialog"));
    setWindowTitle(tr("Choose the processor"));
    m_search->setObjectName(QStringLiteral("search"));
    m_results->setObjectName(QStringLiteral("results"));
    m_search->setPlaceholderText(tr("Number, name or data entrusted"));
    m_search->setClearButtonEnabled(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Search:"), m_search);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Entrusted processors (受托人, PIPL art. 21) recorded in the register of processing activities."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Choose"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ProcessorPickerDialog::search);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) { m_ok->setEnabled(row >= 0); });
    connect(m_results, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    if (auto list = activities::ActivityService(vault).processors()) {
        m_all = list.value();
    }
    search();
    m_search->setFocus();
    resize(520, 380);
}

void ProcessorPickerDialog::search()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    for (const Processor& p : std::as_const(m_all)) {
        if (!text.isEmpty() && QString::number(p.id) != text && !p.name.contains(text, Qt::CaseInsensitive)
            && !p.dataEntrusted.contains(text, Qt::CaseInsensitive)) {
            continue;
        }
        const QString expires = p.contractExpires.isValid() ? tr("contract until %1").arg(fmt::date(p.contractExpires))
                                                            : tr("no expiry date");
        auto* item = new QListWidgetItem(tr("%1 %2 · %3").arg(fmt::id(p.id), p.name, expires), m_results);
        item->setData(Qt::UserRole, p.id);
    }
    if (m_results->count() == 0) {
        auto* item = new QListWidgetItem(m_all.isEmpty() ? tr("No processors recorded yet. Add them under "
                                                              "Registers › Processing activities.")
                                                         : tr("No processor matches."),
            m_results);
        item->setFlags(Qt::NoItemFlags);
    }
    const bool any = m_results->item(0)->flags() & Qt::ItemIsSelectable;
    m_results->setCurrentRow(any ? 0 : -1);
    m_ok->setEnabled(any);
}

Processor ProcessorPickerDialog::chosen() const
{
    const QListWidgetItem* item = m_results->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable)) {
        return {};
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const Processor& p : m_all) {
        if (p.id == id) {
            return p;
        }
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

ProcessorLinkEdit::ProcessorLinkEdit(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_choose(new QPushButton(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("processorLink"));
    m_label->setObjectName(QStringLiteral("processorName"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_choose->setObjectName(QStringLiteral("chooseProcessor"));
    m_clear->setObjectName(QStringLiteral("clearProcessor"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_choose);
    layout->addWidget(m_clear);
    connect(m_choose, &QPushButton::clicked, this, &ProcessorLinkEdit::pick);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        setProcessor(0, {});
        emit changed();
    });
    retranslate();
    showProcessor();
}

void ProcessorLinkEdit::setProcessor(qint64 id, const QString& name)
{
    m_id = id > 0 ? id : 0;
    m_name = m_id > 0 ? name : QString();
    showProcessor();
}

void ProcessorLinkEdit::pick()
{
    if (!m_vault) {
        return;
    }
    ProcessorPickerDialog dialog(*m_vault, this);
    if (dialog.exec() == QDialog::Accepted) {
        const Processor p = dialog.chosen();
        if (p.id > 0 && p.id != m_id) {
            setProcessor(p.id, p.name);
            emit changed();
        }
    }
}

void ProcessorLinkEdit::showProcessor()
{
    m_label->setText(m_id > 0 ? tr("Processor %1 · %2").arg(fmt::id(m_id), m_name) : tr("None"));
    m_clear->setEnabled(m_id > 0);
}

void ProcessorLinkEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showProcessor();
    }
    QWidget::changeEvent(event);
}

void ProcessorLinkEdit::retranslate()
{
    m_choose->setText(tr("Choose processor…"));
    m_clear->setText(tr("Clear"));
    m_choose->setToolTip(tr("Link this event to the recipient's record among the entrusted processors."));
}

} // namespace cd::ui
