#include "widgets/Dialogs.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QPushButton>

namespace cd::ui::Dialogs {

namespace {

DialogScript* g_script = nullptr;

QMessageBox::StandardButton fallbackButton(QMessageBox::StandardButtons buttons, QMessageBox::StandardButton def)
{
    if (def != QMessageBox::NoButton) {
        return def;
    }
    for (const QMessageBox::StandardButton b :
        { QMessageBox::Cancel, QMessageBox::No, QMessageBox::Close, QMessageBox::Ok }) {
        if (buttons.testFlag(b)) {
            return b;
        }
    }
    return QMessageBox::NoButton;
}

QMessageBox::Icon iconOf(Kind kind)
{
    switch (kind) {
    case Kind::Warning: return QMessageBox::Warning;
    case Kind::Critical: return QMessageBox::Critical;
    case Kind::Question: return QMessageBox::Question;
    default: return QMessageBox::Information;
    }
}

} // namespace

struct ScriptAccess {
    static bool takeReply(DialogScript::Reply* out, bool wantPath)
    {
        if (!g_script) {
            return false;
        }
        auto& replies = g_script->m_replies;
        for (int i = 0; i < replies.size(); ++i) {
            if (replies.at(i).isPath == wantPath) {
                *out = replies.takeAt(i);
                return true;
            }
        }
        return false;
    }
    static void record(const Asked& a) { g_script->m_asked.append(a); }
};

namespace {

QMessageBox::StandardButton ask(Kind kind, QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton def)
{
    if (g_script) {
        ScriptAccess::record({ kind, title, text, {} });
        DialogScript::Reply r;
        if (ScriptAccess::takeReply(&r, false) && r.button != QMessageBox::NoButton) {
            return r.button;
        }
        return fallbackButton(buttons, def);
    }
    QMessageBox box(iconOf(kind), title, text, buttons, parent);
    if (def != QMessageBox::NoButton) {
        box.setDefaultButton(def);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QStringList choose(Kind kind, const QString& caption, const QString& dir, const QString& filter)
{
    ScriptAccess::record({ kind, caption, dir, filter });
    DialogScript::Reply r;
    if (ScriptAccess::takeReply(&r, true)) {
        return r.paths;
    }
    return {};
}

} // namespace

QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return ask(Kind::Information, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return ask(Kind::Warning, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return ask(Kind::Critical, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return ask(Kind::Question, parent, title, text, buttons, defaultButton);
}

int exec(QMessageBox& box)
{
    if (!g_script) {
        return box.exec();
    }
    ScriptAccess::record({ Kind::Custom, box.windowTitle(), box.text(), {} });
    DialogScript::Reply r;
    const bool scripted = ScriptAccess::takeReply(&r, false);
    QAbstractButton* clicked = nullptr;
    if (scripted && !r.buttonText.isEmpty()) {
        for (QAbstractButton* b : box.buttons()) {
            if (b->text() == r.buttonText) {
                clicked = b;
            }
        }
    } else {
        const QMessageBox::StandardButton want = scripted && r.button != QMessageBox::NoButton
            ? r.button
            : fallbackButton(box.standardButtons(),
                box.defaultButton() ? box.standardButton(box.defaultButton()) : QMessageBox::NoButton);
        clicked = box.button(want);
        if (!clicked && !scripted) {
            clicked = box.escapeButton();
        }
    }
    if (clicked) {
        clicked->click(); // sets clickedButton() and emits buttonClicked, as a real click would
        const QMessageBox::StandardButton sb = box.standardButton(clicked);
        return sb != QMessageBox::NoButton ? int(sb) : box.buttons().indexOf(clicked);
    }
    return int(QMessageBox::NoButton);
}

QString saveFileName(
    QWidget* parent, const QString& caption, const QString& dir, const QString& filter, QString* selectedFilter)
{
    if (g_script) {
        return choose(Kind::SaveFile, caption, dir, filter).value(0);
    }
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, selectedFilter);
}

QString openFileName(
    QWidget* parent, const QString& caption, const QString& dir, const QString& filter, QString* selectedFilter)
{
    if (g_script) {
        return choose(Kind::OpenFile, caption, dir, filter).value(0);
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter, selectedFilter);
}

QStringList openFileNames(
    QWidget* parent, const QString& caption, const QString& dir, const QString& filter, QString* selectedFilter)
{
    if (g_script) {
        return choose(Kind::OpenFiles, caption, dir, filter);
    }
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter, selectedFilter);
}

QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    if (g_script) {
        return choose(Kind::Directory, caption, dir, {}).value(0);
    }
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

DialogScript::DialogScript()
    : m_outer(g_script)
{
    g_script = this;
}

DialogScript::~DialogScript()
{
    g_script = m_outer;
}

DialogScript& DialogScript::answer(QMessageBox::StandardButton button)
{
    Reply r;
    r.button = button;
    m_replies.append(r);
    return *this;
}

DialogScript& DialogScript::answerButton(const QString& text)
{
    Reply r;
    r.buttonText = text;
    m_replies.append(r);
    return *this;
}

DialogScript& DialogScript::choosePath(const QString& path)
{
    return choosePaths({ path });
}

DialogScript& DialogScript::choosePaths(const QStringList& paths)
{
    Reply r;
    r.paths = paths;
    r.isPath = true;
    m_replies.append(r);
    return *this;
}

int DialogScript::count(Kind kind) const
{
    int n = 0;
    for (const Asked& a : m_asked) {
        n += a.kind == kind ? 1 : 0;
    }
    return n;
}

} // namespace cd::ui::Dialogs
