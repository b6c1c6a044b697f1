#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemView;
class QDialog;
class QLineEdit;
class QWidget;

namespace cd::ui {

// Keeps typed input from being thrown away by a stray key: Esc (or the window's close button)
// on a dialog whose text fields were edited asks first. Cancel buttons still close at once.
class DiscardGuard : public QObject
{
    Q_OBJECT

public:
    // Installs the guard on the dialog; the dialog owns it.
    static DiscardGuard* install(QDialog* dialog);
    // True when a text field of the dialog holds something the user typed.
    static bool hasTypedInput(const QWidget* form);
    // For tests: answer the next question without showing it (true: discard, false: keep).
    void setNextAnswerForTest(bool discard);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit DiscardGuard(QDialog* dialog);
    bool allowDiscard();

    QDialog* m_dialog;
    int m_nextAnswer = -1; // -1 ask, 0 keep, 1 discard
};

// The same protection for a record form that sits in the page next to its table (incidents,
// disclosures, activities, controls, policy versions): Esc and switching to another record (or
// starting a new one) ask before edits are thrown away. Edits are found by comparing the form's
// fields with how they were when the record was loaded, so a field changed and changed back
// is not an edit, and check boxes, lists, dates and numbers count as well as text.
class PageFormGuard : public QObject
{
    Q_OBJECT

public:
    // Watches the fields under form; Esc pressed anywhere in escapeArea (the form when null).
    explicit PageFormGuard(QWidget* form, QWidget* escapeArea = nullptr);

    // While one lives, the page replaces the form itself (another vault, a lock): nothing asks,
    // and the form as it is afterwards is the clean state. A null guard is allowed.
    class Quiet
    {
    public:
        explicit Quiet(PageFormGuard* guard);
        ~Quiet();
        Quiet(const Quiet&) = delete;
        Quiet& operator=(const Quiet&) = delete;

    private:
        PageFormGuard* m_guard;
    };

    // What Esc does once allowed (nothing typed, or the user chose to discard): e.g. close the
    // form, or show the record again as saved.
    void setEscapeAction(std::function<void()> action) { m_escape = std::move(action); }
    // Puts the table's selection back on the record in the form when the user keeps editing.
    void setRestoreSelection(std::function<void()> restore) { m_restore = std::move(restore); }

    // After a record was loaded into the form or saved: the fields as they are now are no edit.
    void markClean();
    bool isDirty() const;
    // Before something replaces the form (New, another record): true when nothing was edited or
    // the user agrees to discard the edits.
    bool confirmDiscard();
    // For the table's current-row slot, before loading the row: false when the form must stay
    // as it is - the user keeps editing (the selection goes back to the record in the form),
    // the row is the record already in the form and it has edits (a reload of the list), or
    // the selection is being put back.
    bool allowSwitch(bool sameRecord = false);

    // For tests: answer the next question without showing it (true: discard, false: keep).
    void setNextAnswerForTest(bool discard) { m_nextAnswer = discard ? 1 : 0; }
    // How many times the user was asked (tests check that nothing asks without edits).
    int questionsAsked() const { return m_asked; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString snapshot() const;
    bool ask();

    QWidget* m_form;
    QString m_clean;
    std::function<void()> m_escape;
    std::function<void()> m_restore;
    bool m_restoring = false;
    int m_quiet = 0;
    int m_nextAnswer = -1; // -1 ask, 0 keep, 1 discard
    int m_asked = 0;
};

// No row selected and no current row, so that clicking any row selects it again.
void closeSelection(QAbstractItemView* view);

// A field the user cannot type in (e.g. a path chosen with a Browse button) looks like it:
// read-only, with the window's background instead of the white of an editable box.
void showAsReadOnly(QLineEdit* field);

// Asks before deleting something for good. The safe answer (No) is the default button, so
// pressing Enter by habit never deletes.
bool askBeforeDeleting(QWidget* parent, const QString& title, const QString& question);

} // namespace cd::ui
