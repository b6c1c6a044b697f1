#pragma once

#include "util/Result.h"

#include <QGroupBox>

#include <initializer_list>

class QDate;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace cd {
class Vault;
}

namespace cd::ui {

// One rule of the vault in its own box on the Settings page (see VaultRulesSection): it shows the
// stored value, saves it through the rule's service, and shows the outcome under the box.
class VaultRuleBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit VaultRuleBox(QWidget* parent = nullptr);

    void setVault(Vault* vault) { m_vault = vault; }
    Vault* vault() const { return m_vault; }
    bool isSignedIn() const;

    // Reads the rule from the signed-in vault; unsaved edits are dropped.
    virtual void load() = 0;
    // Shows the defaults, nothing of the vault, and no outcome.
    virtual void clear() = 0;
    virtual void retranslate() = 0;

    // Whether the account may change vault rules, and the tooltip that says why not.
    void setPermission(bool canManage, const QString& refusalTip);
    void clearMessage();

    // A grey explanatory note under a rule.
    static QLabel* makeNote(QWidget* parent);
    // A date with its weekday, as the rules show due dates and calendar days.
    static QString dayText(const QDate& date);

signals:
    void statusMessage(const QString& text);

protected:
    bool canManage() const { return m_canManage; }
    const QString& refusalTip() const { return m_refusalTip; }
    // Enables the box's controls for the permission and updates its Save button.
    virtual void applyPermissions() = 0;
    // Editors follow the permission; a Save button also waits for a change.
    void enableEditors(std::initializer_list<QWidget*> editors) const;
    void enableSave(QPushButton* save, bool changed) const;

    // The error a save returns while no vault is open.
    static Status noVault();
    void showOutcome(const Status& status, const QString& success);

    QLabel* makeMessage(const QString& name);
    QLabel* message() const { return m_message; }
    QHBoxLayout* buttonRow(std::initializer_list<QWidget*> buttons) const;
    static void setFormLabel(QFormLayout* form, QWidget* field, const QString& text);

private:
    Vault* m_vault = nullptr;
    bool m_canManage = false;
    QString m_refusalTip;
    QLabel* m_message = nullptr;
};

} // namespace cd::ui
