#pragma once

#include "requests/RequestService.h"

#include <QDialog>
#include <QMap>
#include <QPair>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabBar;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace cd::ui {

// The response-letter templates of this vault: one per outcome and letter language. Staff edit
// the body with {placeholders}, see the whole letter as the person will get it, and can go back
// to the built-in text. Saving needs the permission RequestService::setLetterTemplate checks
// (vault settings); everyone else reads.
class LetterTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterTemplatesDialog(Vault& vault, QWidget* parent = nullptr);

    static QString outcomeName(const QString& outcome); // UI language
    // A made-up request of the outcome's kind, to fill the preview.
    static requests::RightsRequest sampleRequest(const QString& outcome, const QString& language);

    void selectTemplate(const QString& outcome, const QString& language);
    QString currentOutcome() const;
    QString currentLanguage() const;
    QPlainTextEdit* editor() const { return m_editor; }
    QTextBrowser* preview() const { return m_preview; }
    QListWidget* outcomeList() const { return m_outcomes; }
    bool isEditable() const { return m_editable; }
    bool hasUnsavedChanges() const;
    void resetToDefault();
    void updatePreview();
    // Saves every changed template; stays open with the message when one is refused.
    void accept() override;
    void reject() override;

private:
    using Key = QPair<QString, QString>; // outcome, language
    void storeEditor();
    void loadEditor();
    void refreshMarks();
    void insertPlaceholder(const QString& placeholder);

    Vault& m_vault;
    requests::RequestService m_service;
    bool m_editable;
    QMap<Key, QString> m_saved; // what the vault uses now
    QMap<Key, QString> m_texts; // what the editor holds, per template visited
    Key m_current;
    QListWidget* m_outcomes;
    QTabBar* m_languages;
    QPlainTextEdit* m_editor;
    QToolButton* m_insert;
    QPushButton* m_reset;
    QLabel* m_state;
    QTextBrowser* m_preview;
    QLabel* m_error;
    QTimer* m_previewTimer;
    bool m_loading = false;
};

} // namespace cd::ui
