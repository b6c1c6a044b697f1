#include "OperatorSettingsBox.h"

#include "registers/IncidentGrading.h"
#include "registers/IncidentReporting.h"
#include "report/StatePalette.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cd::ui {

using namespace cd::registers;

OperatorSettingsBox::OperatorSettingsBox(QWidget* parent)
    : QGroupBox(parent)
{
    auto* form = new QFormLayout(this);
    m_typeLabel = new QLabel(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("operatorType"));
    // The last entry stands for a clock set by hand in the rule above.
    for (int i = 0; i <= operatorTypeCount; ++i) {
        m_type->addItem(QString());
    }
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("operatorName"));
    m_typeLabel->setBuddy(m_type);
    m_nameLabel->setBuddy(m_name);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("operatorSave"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("operatorMessage"));
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_note);
    auto* row = new QHBoxLayout;
    row->addWidget(m_message, 1);
    row->addWidget(m_save);
    form->addRow(row);
    connect(m_type, &QComboBox::currentIndexChanged, this, &OperatorSettingsBox::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &OperatorSettingsBox::updateState);
    connect(m_save, &QPushButton::clicked, this, &OperatorSettingsBox::save);
    retranslate();
    setVault(nullptr);
}

void OperatorSettingsBox::retranslate()
{
    setTitle(tr("Incidents: network operator"));
    m_typeLabel->setText(tr("Operator &type:"));
    m_nameLabel->setText(tr("Operator &name on reports:"));
    for (int i = 0; i < operatorTypeCount; ++i) {
        m_type->setItemText(i, operatorTypeName(OperatorType(i)));
    }
    m_type->setItemText(operatorTypeCount, tr("Set by hand (the rule above)"));
    m_note->setText(tr("The National Cybersecurity Incident Reporting Measures (in force 1 November 2025, art. 4): "
                       "incidents of 较大 level and above are reported within 1 hour by critical information "
                       "infrastructure operators, 2 hours by central and state organs, and 4 hours by other "
                       "network operators, counted in calendar hours from discovery."));
    m_save->setText(tr("Save operator"));
}

void OperatorSettingsBox::setVault(Vault* vault)
{
    m_vault = vault;
    m_message->clear();
    reload();
}

void OperatorSettingsBox::reload()
{
    const QSignalBlocker a(m_type);
    const QSignalBlocker b(m_name);
    if (m_vault && m_vault->isSignedIn()) {
        IncidentReportingService service(*m_vault);
        const auto type = service.operatorType();
        m_savedType = type ? int(*type) : operatorTypeCount;
        m_savedName = service.operatorName();
    } else {
        m_savedType = int(OperatorType::Other);
        m_savedName.clear();
    }
    m_type->setCurrentIndex(m_savedType);
    m_name->setText(m_savedName);
    updateState();
}

void OperatorSettingsBox::updateState()
{
    const bool admin = m_vault && m_vault->isSignedIn() && m_vault->actor().can(Permission::ManageSettings);
    m_type->setEnabled(admin);
    m_name->setEnabled(admin);
    const bool dirty = m_type->currentIndex() != m_savedType || m_name->text().trimmed() != m_savedName;
    m_save->setEnabled(admin && dirty && m_type->currentIndex() < operatorTypeCount + 1);
}

bool OperatorSettingsBox::save()
{
    if (!m_vault) {
        return false;
    }
    IncidentReportingService service(*m_vault);
    Status s;
    const int type = m_type->currentIndex();
    if (type != m_savedType && type >= 0 && type < operatorTypeCount) {
        s = service.setOperatorType(OperatorType(type));
    }
    if (s && m_name->text().trimmed() != m_savedName) {
        s = service.setOperatorName(m_name->text());
    }
    m_message->setText(s ? tr("Operator saved.") : s.message());
    m_message->setStyleSheet(s ? QString() : StatePalette::styleSheet(StateTone::Error));
    const bool typeChanged = type != m_savedType;
    reload();
    if (s && typeChanged) {
        emit ruleChanged();
    }
    return bool(s);
}

} // namespace cd::ui
