#pragma once

#include "requests/RequestService.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace cd::ui {

// Extends a request's deadline under a calendar-month rule: how many more months (at most
// DeadlineRule::maxExtensionMonths in all) and why. Shows the new due date before saving.
class DeadlineExtensionDialog : public QDialog
{
    Q_OBJECT

public:
    DeadlineExtensionDialog(Vault& vault, const requests::RightsRequest& request, QWidget* parent = nullptr);

    // Whether the request's rule and state allow an extension now; otherwise why not (translated).
    static bool canExtend(const requests::RightsRequest& request, QString* whyNot = nullptr);

    QSpinBox* monthsSpin() const { return m_months; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QDate newDueDate() const;
    QString errorText() const;
    // Saves through RequestService::extend; stays open with the message when it is refused.
    void accept() override;

private:
    void updatePreview();

    Vault& m_vault;
    requests::RightsRequest m_request;
    WorkingDayCalendar m_calendar;
    QSpinBox* m_months;
    QLabel* m_newDue;
    QPlainTextEdit* m_reason;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace cd::ui
