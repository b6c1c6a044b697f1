#pragma once

#include "pages/VaultRuleBox.h"

class QCheckBox;
class QFormLayout;
class QPushButton;
class QSpinBox;

namespace cd::ui {

// The policy approval and notice rules: whether the approver of a version must not be its author, and how
// many days before a material change takes effect users are told.
class PolicyRulesBox : public VaultRuleBox
{
    Q_OBJECT

public:
    explicit PolicyRulesBox(QWidget* parent = nullptr);

    void load() override;
    void clear() override;
    void retranslate() override;
    Status save();

protected:
    void applyPermissions() override;

private:
    void showSavedValues();
    void updateDirtyState();

    QFormLayout* m_policyForm;
    QCheckBox* m_separateApprover;
    QSpinBox* m_noticeLead;
    QPushButton* m_policySave;
    bool m_savedSeparate = true;
    int m_savedLead = 7;
};

} // namespace cd::ui
