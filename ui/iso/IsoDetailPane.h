#pragma once

#include "iso/IsoTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cd {
class Vault;
}

namespace cd::ui {

class IsoEvidencePanel;
class PageFormGuard;

// The right side of the ISO page: one control's assessment (applicability, reasons, status,
// owner, dates, notes, review cycle) with its evidence below, in a scroll area, and Save and
// Revert in a fixed row under it. Hidden while no control is shown.
class IsoDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit IsoDetailPane(QWidget* parent = nullptr);

    // Empties the form; nothing is shown until showControl().
    void setVault(Vault* vault);
    // Loads the control as saved (a read error goes to statusMessage and changes nothing).
    void showControl(const QString& controlId);
    QString controlId() const { return m_controlId; }
    // The names the owner field offers.
    void setOwners(const QStringList& owners);
    // Saves the form; returns the error message or an empty string (then emits saved()).
    QString save();
    // Esc in the form shows the control again as saved, asking first when it was edited.
    PageFormGuard* guard() const { return m_guard; }
    void retranslate();

signals:
    void saved(const QString& controlId);
    // Evidence was added or removed.
    void evidenceChanged();
    void statusMessage(const QString& message);
    void failed(const QString& message);

private:
    QGroupBox* buildForm(QWidget* parent);
    void clearForm();
    void updateState();
    iso::ControlChange change() const;

    Vault* m_vault = nullptr;
    QString m_controlId;
    QGroupBox* m_box;
    QLabel* m_title;
    QLabel* m_applicableLabel;
    QComboBox* m_applicable;
    QLabel* m_reasonsLabel;
    QList<QCheckBox*> m_reasons;
    QLabel* m_justificationLabel;
    QPlainTextEdit* m_justification;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_ownerLabel;
    QComboBox* m_owner;
    QLabel* m_targetLabel;
    QDateEdit* m_targetDate;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    QLabel* m_cycleLabel;
    QSpinBox* m_reviewMonths;
    QLabel* m_lastReviewedLabel;
    QDateEdit* m_lastReviewed;
    QPushButton* m_reviewedToday;
    QLabel* m_nextDueLabel;
    QLabel* m_nextDue;
    IsoEvidencePanel* m_evidence;
    QPushButton* m_save;
    QPushButton* m_revert;
    PageFormGuard* m_guard = nullptr;
};

} // namespace cd::ui
