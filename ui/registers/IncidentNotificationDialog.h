#pragma once

#include "registers/RegisterTypes.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cd::ui {

// Records one notice to the people affected (or a public announcement, which needs a reason).
class NotificationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NotificationDialog(QWidget* parent = nullptr);
    registers::IncidentNotification value() const;
    void setDefaults(int people, const QString& by);

private:
    void updateState();
    QComboBox* m_channel;
    QDateTimeEdit* m_at;
    QSpinBox* m_people;
    QLineEdit* m_by;
    QPlainTextEdit* m_reason;
    QLabel* m_reasonLabel;
    QLineEdit* m_note;
    QPushButton* m_ok;
};

} // namespace cd::ui
