#include "pages/RetentionRuleBox.h"

#include "settings/VaultSettings.h"
#include "submissions/Submission.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace cd::ui {

RetentionRuleBox::RetentionRuleBox(QWidget* parent)
    : VaultRuleBox(parent)
{
    m_retentionForm = new QFormLayout(this);
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionMonths"));
    m_retention->setRange(
        VaultSettings::spec(Setting::RetentionMonths).minimum, VaultSettings::spec(Setting::RetentionMonths).maximum);
    m_retentionNote = makeNote(this);
    m_retentionSave = new QPushButton(this);
    m_retentionSave->setObjectName(QStringLiteral("retentionSave"));
    makeMessage(QStringLiteral("retentionMessage"));
    m_retentionForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_retentionForm->addRow(new QLabel(this), m_retention);
    m_retentionForm->addRow(m_retentionNote);
    m_retentionForm->addRow(buttonRow({ m_retentionSave }));
    static_cast<QLabel*>(m_retentionForm->labelForField(m_retention))->setBuddy(m_retention);

    connect(m_retention, &QSpinBox::valueChanged, this, &RetentionRuleBox::updateDirtyState);
    connect(m_retentionSave, &QPushButton::clicked, this, &RetentionRuleBox::save);
}

void RetentionRuleBox::load()
{
    m_savedRetention = submissions::SubmissionService(*vault()).retentionMonths();
    showSavedValues();
}

void RetentionRuleBox::clear()
{
    m_savedRetention = submissions::SubmissionService::defaultRetentionMonths();
    showSavedValues();
    clearMessage();
}

void RetentionRuleBox::showSavedValues()
{
    // Without the edits counting as changes: the Save button stays off.
    const QSignalBlocker g(m_retention);
    m_retention->setValue(m_savedRetention);
}

void RetentionRuleBox::applyPermissions()
{
    enableEditors({ m_retention });
    updateDirtyState();
}

void RetentionRuleBox::updateDirtyState()
{
    enableSave(m_retentionSave, m_retention->value() != m_savedRetention);
}

Status RetentionRuleBox::save()
{
    if (!vault()) {
        return noVault();
    }
    submissions::SubmissionService service(*vault());
    const Status s = service.setRetentionMonths(m_retention->value());
    if (s) {
        m_savedRetention = service.retentionMonths();
        updateDirtyState();
    }
    showOutcome(s, tr("Retention period saved."));
    return s;
}

void RetentionRuleBox::retranslate()
{
    setTitle(tr("Contact submissions"));
    setFormLabel(m_retentionForm, m_retention, tr("Keep closed submissions for:"));
    m_retention->setSuffix(tr(" months"));
    m_retentionNote->setText(tr("After this retention period, closed submissions are due for purging on the "
                                "Submissions page, which shows the same setting. The default is 24 months."));
    m_retentionSave->setText(tr("Save"));
    m_retentionSave->setAccessibleName(tr("Save the retention period"));
}

} // namespace cd::ui
