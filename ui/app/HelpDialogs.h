#pragma once

#include <QDialog>

class QAction;
class QTableWidget;
class QTextBrowser;

namespace cd::ui {

// Help › User guide: a short bundled page in the UI language.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }
    // The guide's HTML for "zh_CN" or "en" (the resource embedded in the program).
    static QString guideHtml(const QString& language);

private:
    QTextBrowser* m_browser;
};

// Help › Keyboard shortcuts: every menu action with a shortcut, read from the menus themselves
// so the list never disagrees with them, plus the keys that work inside lists and forms.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction*>& menuActions, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace cd::ui
