#pragma once

#include <QLineEdit>

class QAction;

namespace cd::ui {

// A password field with a show/hide toggle; its text is cleared when the widget is cleared.
class PassphraseEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PassphraseEdit(QWidget* parent = nullptr);
    void setRevealed(bool revealed);
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    // Clears the text (Qt keeps no other copy of it once cleared).
    void wipe();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QAction* m_toggle;
};

// A rough strength hint for a new vault passphrase: length and character variety.
struct PassphraseStrength {
    int score = 0; // 0 to 4
    QString text; // translated hint
};
PassphraseStrength assessPassphrase(const QString& passphrase);

} // namespace cd::ui
