#include "iso/IsoBulkEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace cd::ui {

IsoBulkEditDialog::IsoBulkEditDialog(const QStringList& owners, int count, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Bulk edit %n control(s)", nullptr, count));
    auto* form = new QFormLayout(this);
    m_setOwner = new QCheckBox(tr("Owner:"), this);
    m_owner = new QComboBox(this);
    m_owner->setEditable(true);
    m_owner->addItems(owners);
    m_owner->setCurrentText(QString());
    m_setStatus = new QCheckBox(tr("Status:"), this);
    m_status = new QComboBox(this);
    for (iso::ImplementationStatus s : iso::allStatuses()) {
        if (s != iso::ImplementationStatus::NotApplicable) { // excluding needs a justification per control
            m_status->addItem(iso::statusDisplayName(s), iso::statusKey(s));
        }
    }
    m_setCycle = new QCheckBox(tr("Review cycle:"), this);
    m_cycle = new QSpinBox(this);
    m_cycle->setRange(1, 60);
    m_cycle->setValue(12);
    m_cycle->setSuffix(tr(" months"));
    form->addRow(m_setOwner, m_owner);
    form->addRow(m_setStatus, m_status);
    form->addRow(m_setCycle, m_cycle);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto sync = [this, buttons]() {
        m_owner->setEnabled(m_setOwner->isChecked());
        m_status->setEnabled(m_setStatus->isChecked());
        m_cycle->setEnabled(m_setCycle->isChecked());
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_setOwner->isChecked() || m_setStatus->isChecked() || m_setCycle->isChecked());
    };
    for (QCheckBox* box : { m_setOwner, m_setStatus, m_setCycle }) {
        connect(box, &QCheckBox::toggled, this, sync);
    }
    sync();
}

iso::ControlChange IsoBulkEditDialog::change() const
{
    iso::ControlChange c;
    if (m_setOwner->isChecked()) {
        c.owner = m_owner->currentText();
    }
    iso::ImplementationStatus s;
    if (m_setStatus->isChecked() && iso::statusFromKey(m_status->currentData().toString(), &s)) {
        c.status = s;
    }
    if (m_setCycle->isChecked()) {
        c.reviewMonths = m_cycle->value();
    }
    return c;
}

} // namespace cd::ui
