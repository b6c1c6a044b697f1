#pragma once

#include "requests/RequestService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace cd::ui {

// Intake of a new request: who, how, what, and the records that may be theirs. Saves through
// RequestService; attachments go into the vault.
class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    IntakeDialog(Vault& vault, QWidget* parent = nullptr);
    qint64 createdId() const { return m_createdId; }

    // For tests and keyboard users: the widgets that matter.
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QComboBox* typeCombo() const { return m_type; }
    QListWidget* candidateList() const { return m_candidates; }
    void findCandidates();
    void accept() override;

private:
    void addAttachment();

    Vault& m_vault;
    requests::RequestService m_service;
    QComboBox* m_type;
    QDateEdit* m_received;
    QComboBox* m_channel;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QComboBox* m_onBehalf;
    QCheckBox* m_minor;
    QPlainTextEdit* m_description;
    QListWidget* m_candidates;
    QLabel* m_candidateHint;
    QListWidget* m_attachments;
    QLabel* m_error;
    qint64 m_createdId = 0;
};

// Asks what a transition needs: the verification method, or the rejection reason and text.
class TransitionDialog : public QDialog
{
    Q_OBJECT

public:
    TransitionDialog(const requests::RightsRequest& request, requests::RequestState to, QWidget* parent = nullptr);
    requests::TransitionInput input() const;
    static bool needsInput(const requests::RightsRequest& request, requests::RequestState to);

private:
    requests::RequestState m_to;
    QComboBox* m_choice = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QDialogButtonBox* m_buttons;
};

// Deletion: the legal ground, what will go, and a clear warning that it cannot be undone.
class ErasureDialog : public QDialog
{
    Q_OBJECT

public:
    ErasureDialog(const requests::RightsRequest& request, int linkedRequests, QWidget* parent = nullptr);
    QString groundKey() const;

private:
    QComboBox* m_ground;
};

} // namespace cd::ui
