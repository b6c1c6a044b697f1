#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {
class Vault;
}

namespace cd::ui {

// Vault settings for reporting under the 国家网络安全事件报告管理办法: which kind of network
// operator the company is (it sets the 1/2/4-hour report clock) and the operator's name on reports.
class OperatorSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit OperatorSettingsBox(QWidget* parent = nullptr);
    void setVault(Vault* vault);
    void reload();
    void retranslate();
    bool save();

    QComboBox* typeCombo() const { return m_type; }
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* messageLabel() const { return m_message; }

signals:
    // The regulator clock changed with the operator type.
    void ruleChanged();

private:
    void updateState();
    Vault* m_vault = nullptr;
    QLabel* m_typeLabel;
    QComboBox* m_type;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_note;
    QPushButton* m_save;
    QLabel* m_message;
    int m_savedType = -1;
    QString m_savedName;
};

} // namespace cd::ui
