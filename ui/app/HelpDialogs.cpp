#include "HelpDialogs.h"
#include "util/Languages.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

// "&Print…" → "Print…": menu texts without their mnemonic marker.
QString plainMenuText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)")));
    text.remove(QLatin1Char('&'));
    return text;
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("UserGuideDialog"));
    setWindowTitle(tr("User guide"));
    const QString language = QLocale().language() == QLocale::Chinese ? Languages::chinese() : Languages::english();
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(guideHtml(language));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString UserGuideDialog::guideHtml(const QString& language)
{
    QFile f(
        QStringLiteral(":/help/guide_%1.html").arg(language == Languages::chinese() ? language : Languages::english()));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction*>& menuActions, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({ tr("Keys"), tr("Action") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    QList<QPair<QString, QString>> rows;
    for (const QAction* a : menuActions) {
        if (a->shortcut().isEmpty() || a->text().isEmpty()) {
            continue;
        }
        rows.append({ a->shortcut().toString(QKeySequence::NativeText), plainMenuText(a->text()) });
    }
    rows.append({ tr("Enter or double-click"), tr("Open the selected line of a list") });
    rows.append({ tr("Esc"), tr("Close a dialog (asks first when you typed something)") });
    rows.append({ tr("Tab / Shift+Tab"), tr("Next / previous field") });
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows.at(r).first));
        m_table->setItem(r, 1, new QTableWidgetItem(rows.at(r).second));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace cd::ui
