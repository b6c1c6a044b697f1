#pragma once

#include "registers/RegisterTypes.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cd::ui {

class CategoryChecklist;

// The descriptive fields of one incident: what happened, when, how serious, to whom, and the
// elements of the notice to individuals. Status, reports and notifications live elsewhere.
class IncidentForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit IncidentForm(QWidget* parent = nullptr);

    void setValue(const registers::Incident& incident);
    // `base` with the fields of the form written over it.
    registers::Incident value(registers::Incident base) const;
    void setEditable(bool editable);
    void setCategories(const QList<registers::DataCategory>& categories, const QString& language);
    void clearCategories();
    QWidget* firstField() const;
    void retranslate();

signals:
    // The user changed a field that decides whether the form can be saved or stepped on.
    void edited();

private:
    void fillCombos();

    QFormLayout* m_form;
    QLineEdit* m_title;
    QCheckBox* m_occurredKnown;
    QDateTimeEdit* m_occurred;
    QDateTimeEdit* m_discovered;
    QComboBox* m_category;
    QComboBox* m_severity;
    CategoryChecklist* m_categories;
    QSpinBox* m_people;
    QPlainTextEdit* m_cause;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_harm;
    QPlainTextEdit* m_measures;
    QPlainTextEdit* m_advice;
    QPlainTextEdit* m_remedies;
};

} // namespace cd::ui
