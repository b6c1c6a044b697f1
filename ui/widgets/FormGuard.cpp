#include "FormGuard.h"
#include "widgets/Dialogs.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextEdit>
#include <QTimer>

namespace cd::ui {

namespace {

// "Discard" or "Keep editing", keeping being the default and what Esc chooses.
bool askDiscard(QWidget* parent, const QString& title, const QString& question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton* discard = box.addButton(DiscardGuard::tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(DiscardGuard::tr("&Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    Dialogs::exec(box);
    return box.clickedButton() == discard;
}

} // namespace

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
    return askDiscard(m_dialog, m_dialog->windowTitle(), tr("Discard what you typed in this form?"));
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

PageFormGuard::PageFormGuard(QWidget* form, QWidget* escapeArea)
    : QObject(form)
    , m_form(form)
{
    (escapeArea ? escapeArea : form)->installEventFilter(this);
    markClean();
}

PageFormGuard::Quiet::Quiet(PageFormGuard* guard)
    : m_guard(guard)
{
    if (m_guard) {
        ++m_guard->m_quiet;
    }
}

PageFormGuard::Quiet::~Quiet()
{
    if (m_guard && --m_guard->m_quiet == 0) {
        m_guard->markClean();
    }
}

QString PageFormGuard::snapshot() const
{
    // Values, not texts shown: a language switch re-labels combo boxes and re-formats dates
    // without changing what the form holds.
    QStringList values;
    for (const QWidget* w : m_form->findChildren<QWidget*>()) {
        if (const auto* e = qobject_cast<const QLineEdit*>(w)) {
            if (!e->isReadOnly() && !qobject_cast<QAbstractSpinBox*>(e->parentWidget())
                && !qobject_cast<QComboBox*>(e->parentWidget())) {
                values << e->text();
            }
        } else if (const auto* t = qobject_cast<const QPlainTextEdit*>(w)) {
            values << (t->isReadOnly() ? QString() : t->toPlainText());
        } else if (const auto* t = qobject_cast<const QTextEdit*>(w)) {
            values << (t->isReadOnly() ? QString() : t->toPlainText()); // previews follow their editor
        } else if (const auto* c = qobject_cast<const QComboBox*>(w)) {
            values << QString::number(c->currentIndex()) + (c->isEditable() ? c->currentText() : QString());
        } else if (const auto* b = qobject_cast<const QAbstractButton*>(w)) {
            if (b->isCheckable()) {
                values << (b->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
            }
        } else if (const auto* d = qobject_cast<const QDateTimeEdit*>(w)) {
            values << d->dateTime().toString(Qt::ISODate);
        } else if (const auto* n = qobject_cast<const QSpinBox*>(w)) {
            values << QString::number(n->value());
        } else if (const auto* x = qobject_cast<const QDoubleSpinBox*>(w)) {
            values << QString::number(x->value());
        } else if (const auto* l = qobject_cast<const QListWidget*>(w)) {
            // Check lists (information categories); other lists change through their own
            // buttons, which save at once.
            for (int i = 0; i < l->count(); ++i) {
                if (l->item(i)->flags() & Qt::ItemIsUserCheckable) {
                    values << QString::number(int(l->item(i)->checkState()));
                }
            }
        }
    }
    return values.join(QChar(0x1f));
}

void PageFormGuard::markClean()
{
    m_clean = snapshot();
}

bool PageFormGuard::isDirty() const
{
    return m_quiet == 0 && m_form->isEnabled() && snapshot() != m_clean;
}

bool PageFormGuard::ask()
{
    ++m_asked;
    if (m_nextAnswer >= 0) {
        const bool discard = m_nextAnswer == 1;
        m_nextAnswer = -1;
        return discard;
    }
    return askDiscard(
        m_form, m_form->window()->windowTitle(), DiscardGuard::tr("Discard your changes to this record?"));
}

bool PageFormGuard::confirmDiscard()
{
    return !isDirty() || ask();
}

bool PageFormGuard::allowSwitch(bool sameRecord)
{
    if (m_restoring) {
        return false;
    }
    if (!isDirty()) {
        return true;
    }
    if (sameRecord) {
        return false;
    }
    if (ask()) {
        return true;
    }
    if (m_restore) {
        // After the click or key press that moved the selection has been handled: the view
        // selects the clicked row after announcing it, which would undo an immediate restore.
        QTimer::singleShot(0, this, [this] {
            m_restoring = true;
            m_restore();
            m_restoring = false;
        });
    }
    return false;
}

bool PageFormGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            if (confirmDiscard() && m_escape) {
                m_escape();
                markClean();
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void closeSelection(QAbstractItemView* view)
{
    view->clearSelection();
    view->setCurrentIndex(QModelIndex());
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
    return Dialogs::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace cd::ui
