#pragma once

#include <QObject>
#include <QString>

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

// A field the user cannot type in (e.g. a path chosen with a Browse button) looks like it:
// read-only, with the window's background instead of the white of an editable box.
void showAsReadOnly(QLineEdit* field);

// Asks before deleting something for good. The safe answer (No) is the default button, so
// pressing Enter by habit never deletes.
bool askBeforeDeleting(QWidget* parent, const QString& title, const QString& question);

} // namespace cd::ui
