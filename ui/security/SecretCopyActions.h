#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace cd::ui {

// "Copy phone" and "Copy email" for a detail pane: two small buttons, and the same two actions
// in the context menu of the label that shows the contact. Both copy through SecureClipboard,
// so the value is hidden from clipboard histories and cleared after the timeout or on lock.
class SecretCopyActions : public QWidget
{
    Q_OBJECT

public:
    explicit SecretCopyActions(QWidget* parent = nullptr);

    // Replaces the label's selectable-text menu (whose Copy would bypass SecureClipboard).
    void attachTo(QLabel* label);
    // Empty values disable their action; clear() forgets both (no vault, nothing selected).
    void setValues(const QString& phone, const QString& email);
    void clear() { setValues({}, {}); }

    QAction* copyPhoneAction() const { return m_copyPhone; }
    QAction* copyEmailAction() const { return m_copyEmail; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QAction* m_copyPhone;
    QAction* m_copyEmail;
    QToolButton* m_phoneButton;
    QToolButton* m_emailButton;
    QString m_phone;
    QString m_email;
};

} // namespace cd::ui
