#pragma once

#include "pages/VaultRuleBox.h"
#include "requests/WorkingDayCalendar.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cd::ui {

// The rights-request deadline: an amount of working days, calendar days or months, with an
// example due date computed with the vault's working-day calendar.
class DeadlineRuleBox : public VaultRuleBox
{
    Q_OBJECT

public:
    explicit DeadlineRuleBox(QWidget* parent = nullptr);

    void load() override;
    void clear() override;
    void retranslate() override;
    // The calendar the example due date is counted with.
    void setCalendar(const WorkingDayCalendar& calendar);
    Status save();

protected:
    void applyPermissions() override;

private:
    void showSavedValues();
    void updateDirtyState();
    void updateDuePreview();
    void deadlineKindChanged();
    void resetDeadlineToDefault();

    QFormLayout* m_deadlineForm;
    QSpinBox* m_deadlineAmount;
    QComboBox* m_deadlineKind;
    QLabel* m_duePreview;
    QLabel* m_deadlineNote;
    QPushButton* m_deadlineSave;
    QPushButton* m_deadlineDefault;
    int m_savedKind = 0;
    int m_savedAmount = 15;
    WorkingDayCalendar m_calendar;
};

} // namespace cd::ui
