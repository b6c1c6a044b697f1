#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

// Every message box and file dialog of the application goes through here, never through the
// static QMessageBox / QFileDialog functions. The signatures follow Qt's, so a call reads the
// same; the difference is the seam: while a DialogScript is alive (tests), nothing is shown —
// each question is recorded and answered from the script.
namespace cd::ui::Dialogs {

QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons = QMessageBox::Ok,
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons = QMessageBox::Ok,
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons = QMessageBox::Ok,
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

// A box built by the caller (custom buttons, details, check box). Returns QMessageBox::exec()'s
// value; under a script, the scripted button's value (a custom button is matched by its text,
// see DialogScript::answerButton) and box.clickedButton() is set accordingly.
int exec(QMessageBox& box);

// Empty string / list when the user cancels.
QString saveFileName(QWidget* parent, const QString& caption, const QString& dir = {}, const QString& filter = {},
    QString* selectedFilter = nullptr);
QString openFileName(QWidget* parent, const QString& caption, const QString& dir = {}, const QString& filter = {},
    QString* selectedFilter = nullptr);
QStringList openFileNames(QWidget* parent, const QString& caption, const QString& dir = {}, const QString& filter = {},
    QString* selectedFilter = nullptr);
QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir = {});

enum class Kind { Information, Warning, Critical, Question, Custom, SaveFile, OpenFile, OpenFiles, Directory };

// One dialog that would have been shown.
struct Asked {
    Kind kind = Kind::Information;
    QString title; // window title or file dialog caption
    QString text; // message text, or the file dialog's start folder
    QString filter; // file dialogs only
};

// Test seam: while alive, dialogs are not shown but recorded in asked(), and answered from
// the queue — message boxes with the next queued button (else: the default button if one was
// given, else Cancel/No/Ok whichever the box has, in that order, so an unscripted question
// is declined), file dialogs with the next queued path (else: cancelled). Scripts nest; the
// innermost answers.
class DialogScript
{
public:
    // One queued answer.
    struct Reply {
        QMessageBox::StandardButton button = QMessageBox::NoButton;
        QString buttonText;
        QStringList paths;
        bool isPath = false;
    };

    DialogScript();
    ~DialogScript();
    DialogScript(const DialogScript&) = delete;
    DialogScript& operator=(const DialogScript&) = delete;

    DialogScript& answer(QMessageBox::StandardButton button);
    // For a caller-built box with custom buttons: clicks the button with this text.
    DialogScript& answerButton(const QString& text);
    DialogScript& choosePath(const QString& path);
    DialogScript& choosePaths(const QStringList& paths);

    const QList<Asked>& asked() const { return m_asked; }
    // The last asked dialog's kind and text, or a default Asked when none was.
    Asked last() const { return m_asked.isEmpty() ? Asked() : m_asked.constLast(); }
    int count(Kind kind) const;
    void clear() { m_asked.clear(); }

private:
    friend struct ScriptAccess;

    QList<Reply> m_replies;
    QList<Asked> m_asked;
    DialogScript* m_outer = nullptr;
};

} // namespace cd::ui::Dialogs
