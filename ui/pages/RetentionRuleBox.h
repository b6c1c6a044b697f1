#pragma once

#include "pages/VaultRuleBox.h"

class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cd::ui {

// The retention of contact submissions: how many months closed submissions are kept before purging.
class RetentionRuleBox : public VaultRuleBox
{
    Q_OBJECT

public:
    explicit RetentionRuleBox(QWidget* parent = nullptr);

    void load() override;
    void clear() override;
    void retranslate() override;
    Status save();

protected:
    void applyPermissions() override;

private:
    void showSavedValues();
    void updateDirtyState();

    QFormLayout* m_retentionForm;
    QSpinBox* m_retention;
    QLabel* m_retentionNote;
    QPushButton* m_retentionSave;
    int m_savedRetention = 24;
};

} // namespace cd::ui
