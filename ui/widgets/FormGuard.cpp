#include "FormGuard.h"

#include <QAbstractSpinBox>
#include <QDialog>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace cd::ui {

DiscardGuard* DiscardGuard::install(QDialog* dialog)
{
    auto* guard = new DiscardGuard(dialog);
    dialog->installEventFilter(guard);
    return guard;
}

DiscardGuard::DiscardGuard(QDialog* dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
}

bool DiscardGuard::hasTypedInput(const QWidget* form)
{
    for (const QLineEdit* e : form->findChildren<QLineEdit*>()) {
        // Line edits inside spin boxes and date edits are not typed text.
        if (e->isModified() && !e->isReadOnly() && !e->text().isEmpty()
            && !qobject_cast<QAbstractSpinBox*>(e->parentWidget())) {
            return true;
        }
    }
    for (const QTextEdit* e : form->findChildren<QTextEdit*>()) {
        if (!e->isReadOnly() && e->document()->isModified() && !e->document()->isEmpty()) {
            return true;
        }
    }
    for (const QPlainTextEdit* e : form->findChildren<QPlainTextEdit*>()) {
        if (!e->isReadOnly() && e->document()->isModified() && !e->document()->isEmpty()) {
            return true;
        }
    }
    return false;
}

void DiscardGuard::setNextAnswerForTest(bool discard)
{
    m_nextAnswer = discard ? 1 : 0;
}

bool DiscardGuard::allowDiscard()
{
    if (!hasTypedInput(m_dialog)) {
        return true;
    }
    if (m_nextAnswer >= 0) {
        const bool discard = m_nextAnswer == 1;
        m_nextAnswer = -1;
        return discard;
    }
    QMessageBox box(QMessageBox::Question, m_dialog->windowTitle(), tr("Discard what you typed in this form?"),
        QMessageBox::NoButton, m_dialog);
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

bool DiscardGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_dialog) {
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && !allowDiscard()) {
                return true;
            }
        } else if (event->type() == QEvent::Close && m_dialog->result() != QDialog::Accepted && m_dialog->isVisible()
            && !allowDiscard()) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void showAsReadOnly(QLineEdit* field)
{
    field->setReadOnly(true);
    QPalette p = field->palette();
    p.setColor(QPalette::Base, p.color(QPalette::Window));
    field->setPalette(p);
    field->setFocusPolicy(Qt::TabFocus); // still reachable for reading and copying
}

bool askBeforeDeleting(QWidget* parent, const QString& title, const QString& question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace cd::ui
