#pragma once

#include "pages/VaultRuleBox.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cd::ui {

// The incident rule: from which level up incidents are reported to the regulator, and within how many hours.
class IncidentRuleBox : public VaultRuleBox
{
    Q_OBJECT

public:
    explicit IncidentRuleBox(QWidget* parent = nullptr);

    void load() override;
    void clear() override;
    void retranslate() override;
    Status save();

signals:
    // The rule was saved: the operator settings show the report clock it sets.
    void ruleSaved();

protected:
    void applyPermissions() override;

private:
    void showSavedValues();
    void updateDirtyState();

    QFormLayout* m_incidentForm;
    QComboBox* m_threshold;
    QSpinBox* m_reportHours;
    QLabel* m_incidentNote;
    QPushButton* m_incidentSave;
    int m_savedThreshold = 1;
    int m_savedHours = 4;
};

} // namespace cd::ui
