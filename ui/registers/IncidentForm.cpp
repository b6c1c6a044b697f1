#include "IncidentForm.h"

#include "RegisterModels.h"
#include "RegisterViews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace cd::ui {

using namespace cd::registers;

IncidentForm::IncidentForm(QWidget* parent)
    : QGroupBox(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    auto* occurredRow = new QWidget(this);
    auto* occurredLayout = new QHBoxLayout(occurredRow);
    occurredLayout->setContentsMargins(0, 0, 0, 0);
    m_occurredKnown = new QCheckBox(occurredRow);
    m_occurred = makeRegisterDateTimeEdit(occurredRow);
    occurredLayout->addWidget(m_occurredKnown);
    occurredLayout->addWidget(m_occurred, 1);
    m_discovered = makeRegisterDateTimeEdit(this);
    m_category = new QComboBox(this);
    m_severity = new QComboBox(this);
    m_categories = new CategoryChecklist(this);
    m_people = new QSpinBox(this);
    m_people->setRange(0, 100000000);
    m_people->setGroupSeparatorShown(true);
    m_cause = makeRegisterTextEdit(this, 2);
    m_description = makeRegisterTextEdit(this, 3);
    m_harm = makeRegisterTextEdit(this, 2);
    m_measures = makeRegisterTextEdit(this, 2);
    m_advice = makeRegisterTextEdit(this, 2);
    m_remedies = makeRegisterTextEdit(this, 2);
    for (QWidget* field : std::initializer_list<QWidget*> { m_title, occurredRow, m_discovered, m_category, m_severity,
             m_categories, m_people, m_cause, m_description, m_harm, m_measures, m_advice, m_remedies }) {
        addLabelledRow(m_form, field);
    }

    connect(m_occurredKnown, &QCheckBox::toggled, m_occurred, &QWidget::setEnabled);
    connect(m_title, &QLineEdit::textChanged, this, &IncidentForm::edited);
    for (QPlainTextEdit* e : { m_description, m_harm, m_measures, m_advice, m_remedies }) {
        connect(e, &QPlainTextEdit::textChanged, this, &IncidentForm::edited);
    }
    connect(m_categories, &CategoryChecklist::changed, this, &IncidentForm::edited);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &IncidentForm::edited);
    connect(m_discovered, &QDateTimeEdit::dateTimeChanged, this, &IncidentForm::edited);
    fillCombos();
}

void IncidentForm::setValue(const Incident& n)
{
    m_title->setText(n.title);
    m_occurredKnown->setChecked(n.occurredAt.isValid());
    m_occurred->setEnabled(n.occurredAt.isValid());
    m_occurred->setDateTime((n.occurredAt.isValid() ? n.occurredAt : n.discoveredAt).toLocalTime());
    m_discovered->setDateTime(n.discoveredAt.toLocalTime());
    m_category->setCurrentIndex(int(n.category));
    m_severity->setCurrentIndex(int(n.severity));
    m_categories->setChecked(n.categoryKeys);
    m_people->setValue(n.peopleCount);
    m_cause->setPlainText(n.cause);
    m_description->setPlainText(n.description);
    m_harm->setPlainText(n.possibleHarm);
    m_measures->setPlainText(n.measuresTaken);
    m_advice->setPlainText(n.advice);
    m_remedies->setPlainText(n.remedies);
}

Incident IncidentForm::value(Incident n) const
{
    n.title = m_title->text();
    n.occurredAt = m_occurredKnown->isChecked() ? m_occurred->dateTime().toUTC() : QDateTime();
    n.discoveredAt = m_discovered->dateTime().toUTC();
    n.category = static_cast<IncidentCategory>(qMax(0, m_category->currentIndex()));
    n.severity = static_cast<Severity>(qMax(0, m_severity->currentIndex()));
    n.categoryKeys = m_categories->checkedKeys();
    n.peopleCount = m_people->value();
    n.cause = m_cause->toPlainText();
    n.description = m_description->toPlainText();
    n.possibleHarm = m_harm->toPlainText();
    n.measuresTaken = m_measures->toPlainText();
    n.advice = m_advice->toPlainText();
    n.remedies = m_remedies->toPlainText();
    return n;
}

void IncidentForm::setEditable(bool editable)
{
    for (QWidget* w : std::initializer_list<QWidget*> { m_title, m_occurredKnown, m_discovered, m_category, m_severity,
             m_categories, m_people, m_cause, m_description, m_harm, m_measures, m_advice, m_remedies }) {
        w->setEnabled(editable);
    }
}

void IncidentForm::setCategories(const QList<DataCategory>& categories, const QString& language)
{
    m_categories->setCategories(categories, language);
}

void IncidentForm::clearCategories()
{
    m_categories->clear();
}

QWidget* IncidentForm::firstField() const
{
    return m_title;
}

void IncidentForm::fillCombos()
{
    const int cat = m_category->currentIndex();
    const int sev = m_severity->currentIndex();
    const QSignalBlocker b1(m_category);
    const QSignalBlocker b2(m_severity);
    m_severity->clear();
    for (int i = 0; i < severityCount; ++i) {
        m_severity->addItem(severityName(static_cast<Severity>(i)), i);
    }
    m_category->clear();
    for (int i = 0; i < incidentCategoryCount; ++i) {
        m_category->addItem(incidentCategoryName(static_cast<IncidentCategory>(i)), i);
    }
    m_category->setCurrentIndex(cat < 0 ? int(IncidentCategory::Other) : cat);
    m_severity->setCurrentIndex(qMax(0, sev));
}

void IncidentForm::retranslate()
{
    fillCombos();
    setFormLabel(m_form, m_title, tr("&Title"));
    setFormLabel(m_form, m_occurred->parentWidget(), tr("Occurred"));
    m_occurredKnown->setText(tr("known"));
    setFormLabel(m_form, m_discovered, tr("&Discovered"));
    setFormLabel(m_form, m_category, tr("Category"));
    setFormLabel(m_form, m_severity, tr("&Severity"));
    setFormLabel(m_form, m_categories, tr("Information involved"));
    setFormLabel(m_form, m_people, tr("People affected"));
    setFormLabel(m_form, m_cause, tr("Cause"));
    setFormLabel(m_form, m_description, tr("What happened"));
    setFormLabel(m_form, m_harm, tr("Possible harm"));
    setFormLabel(m_form, m_measures, tr("Measures taken"));
    setFormLabel(m_form, m_advice, tr("Advice to individuals"));
    setFormLabel(m_form, m_remedies, tr("Remedies offered"));
    m_severity->setToolTip(tr("Relatively serious (较大) and above must be reported to the provincial CAC within the "
                              "deadline set for the vault (4 hours by default)."));
}

} // namespace cd::ui
