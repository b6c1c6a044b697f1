#pragma once

#include "policies/PolicyService.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd::ui {

// Plans the announcement of a material change: channels, date and notice texts.
class NotificationPlanDialog : public QDialog
{
    Q_OBJECT

public:
    NotificationPlanDialog(
        const NotificationPlan& plan, const PolicyVersion& version, int leadDays, QWidget* parent = nullptr);
    NotificationPlan plan() const;

private:
    void updateHint();
    PolicyVersion m_version;
    int m_leadDays;
    QCheckBox* m_email;
    QCheckBox* m_inSite;
    QCheckBox* m_other;
    QLineEdit* m_otherName;
    QDateEdit* m_planned;
    QPlainTextEdit* m_noticeZh;
    QPlainTextEdit* m_noticeEn;
    QLabel* m_hint;
};

} // namespace cd::ui
