#include "pages/PolicyRulesBox.h"

#include "policies/PolicyService.h"
#include "settings/VaultSettings.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace cd::ui {

PolicyRulesBox::PolicyRulesBox(QWidget* parent)
    : VaultRuleBox(parent)
{
    m_policyForm = new QFormLayout(this);
    m_separateApprover = new QCheckBox(this);
    m_separateApprover->setObjectName(QStringLiteral("separateApprover"));
    m_noticeLead = new QSpinBox(this);
    m_noticeLead->setObjectName(QStringLiteral("noticeLeadDays"));
    m_noticeLead->setRange(
        VaultSettings::spec(Setting::NoticeLeadDays).minimum, VaultSettings::spec(Setting::NoticeLeadDays).maximum);
    m_policySave = new QPushButton(this);
    m_policySave->setObjectName(QStringLiteral("policySave"));
    makeMessage(QStringLiteral("policyMessage"));
    m_policyForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_policyForm->addRow(m_separateApprover);
    m_policyForm->addRow(new QLabel(this), m_noticeLead);
    m_policyForm->addRow(buttonRow({ m_policySave }));
    static_cast<QLabel*>(m_policyForm->labelForField(m_noticeLead))->setBuddy(m_noticeLead);

    connect(m_separateApprover, &QCheckBox::toggled, this, &PolicyRulesBox::updateDirtyState);
    connect(m_noticeLead, &QSpinBox::valueChanged, this, &PolicyRulesBox::updateDirtyState);
    connect(m_policySave, &QPushButton::clicked, this, &PolicyRulesBox::save);
}

void PolicyRulesBox::load()
{
    PolicyService policies(*vault());
    m_savedSeparate = policies.approverMustDifferFromAuthor();
    m_savedLead = policies.noticeLeadDays();
    showSavedValues();
}

void PolicyRulesBox::clear()
{
    m_savedSeparate = true;
    m_savedLead = 7;
    showSavedValues();
    clearMessage();
}

void PolicyRulesBox::showSavedValues()
{
    // Without the edits counting as changes: the Save button stays off.
    const QSignalBlocker c(m_separateApprover);
    const QSignalBlocker d(m_noticeLead);
    m_separateApprover->setChecked(m_savedSeparate);
    m_noticeLead->setValue(m_savedLead);
}

void PolicyRulesBox::applyPermissions()
{
    enableEditors({ m_separateApprover, m_noticeLead });
    updateDirtyState();
}

void PolicyRulesBox::updateDirtyState()
{
    enableSave(
        m_policySave, m_separateApprover->isChecked() != m_savedSeparate || m_noticeLead->value() != m_savedLead);
}

Status PolicyRulesBox::save()
{
    if (!vault()) {
        return noVault();
    }
    PolicyService service(*vault());
    Status s;
    // Only what changed is written, so the audit log shows only real changes.
    if (m_separateApprover->isChecked() != service.approverMustDifferFromAuthor()) {
        s = service.setApproverMustDifferFromAuthor(m_separateApprover->isChecked());
    }
    if (s && m_noticeLead->value() != service.noticeLeadDays()) {
        s = service.setNoticeLeadDays(m_noticeLead->value());
    }
    if (s) {
        m_savedSeparate = service.approverMustDifferFromAuthor();
        m_savedLead = service.noticeLeadDays();
        updateDirtyState();
    }
    showOutcome(s, tr("Policy rules saved."));
    return s;
}

void PolicyRulesBox::retranslate()
{
    setTitle(tr("Policy versions"));
    m_separateApprover->setText(tr("The approver of a version must not be its author"));
    setFormLabel(m_policyForm, m_noticeLead, tr("Notify users of a material change at least:"));
    m_noticeLead->setSuffix(tr(" days before it takes effect"));
    m_policySave->setText(tr("Save"));
    m_policySave->setAccessibleName(tr("Save the policy rules"));
}

} // namespace cd::ui
