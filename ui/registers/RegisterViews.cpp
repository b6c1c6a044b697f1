#include "RegisterViews.h"
#include "widgets/FormLabels.h"

#include "util/Formatting.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Dialogs.h"

#include <QDateTimeEdit>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

QSortFilterProxyModel* makeRegisterProxy(QAbstractItemModel* source, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(Qt::UserRole);
    proxy->setSortLocaleAware(true);
    return proxy;
}

QTableView* makeRegisterTable(QAbstractItemModel* model, int sortColumn, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::DescendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

QScrollArea* makeRegisterFormArea(QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget* makeRegisterFormPane(QScrollArea* form, QWidget* actions, QWidget* parent)
{
    auto* pane = new QWidget(parent);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    form->setParent(pane);
    actions->setParent(pane);
    layout->addWidget(form, 1);
    layout->addWidget(actions);
    return pane;
}

QPlainTextEdit* makeRegisterTextEdit(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int h = edit->fontMetrics().lineSpacing() * lines + 12;
    edit->setMinimumHeight(h);
    edit->setMaximumHeight(h + edit->fontMetrics().lineSpacing());
    return edit;
}

QDateTimeEdit* makeRegisterDateTimeEdit(QWidget* parent)
{
    auto* e = new QDateTimeEdit(parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    e->setTimeSpec(Qt::LocalTime);
    return e;
}

void addLabelledRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

void setFormLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
        label->setText(withColon(text));
    }
}

QString registerLocalTime(const QDateTime& utc)
{
    return utc.isValid() ? fmt::dateTime(utc) : QString();
}

QString exportRegisterInBackground(QWidget* parent, Vault& vault, const QString& title, const QString& progressTitle,
    const QString& language, const QString& path,
    const std::function<Status(const registers::RegisterExport& how)>& exportWith)
{
    // The categories and the regulator rule are a few rows: read here, before the worker starts.
    registers::RegisterExport how;
    how.context = registers::reportContext(vault, language);
    Status written = Error { ErrorCode::Cancelled, QString() };
    const QLocale locale;
    runInBackground(parent, progressTitle, [&](TaskControl& control) {
        auto connection = vault.openConnection();
        if (!connection) {
            written = connection.error();
            return;
        }
        how.connection = connection.value().get();
        how.write.cancel = &control.cancelFlag();
        how.write.progress = [&](qint64 done, qint64 total) {
            control.report(done, total,
                QCoreApplication::translate("cd::ui::Registers", "%1 of %2 rows written")
                    .arg(locale.toString(done), locale.toString(total)));
        };
        written = exportWith(how);
    });
    if (written.code() == ErrorCode::Cancelled) {
        return QCoreApplication::translate("cd::ui::Registers", "Export cancelled; no file was written.");
    }
    if (!written) {
        Dialogs::warning(parent, title, written.message());
        return {};
    }
    return QCoreApplication::translate("cd::ui::Registers", "Exported to %1.").arg(QDir::toNativeSeparators(path));
}

} // namespace cd::ui
