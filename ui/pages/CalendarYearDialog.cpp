#include "pages/CalendarYearDialog.h"

#include "pages/VaultRuleBox.h"
#include "report/StatePalette.h"
#include "widgets/ColumnPolicy.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

using DayKind = WorkingDayCalendar::DayKind;

namespace {

const QString kErrorStyle = StatePalette::styleSheet(StateTone::Error);

// A calendar that knows `year` even when it has no special day, so saving it marks the year
// as loaded (a year can have no holidays left after editing).
WorkingDayCalendar emptyYear(int year)
{
    auto parsed = WorkingDayCalendar::fromJson(WorkingDayCalendar().toJson(year));
    return parsed ? parsed.value() : WorkingDayCalendar();
}

} // namespace

CalendarYearDialog::CalendarYearDialog(int year, const QList<WorkingDayCalendar::SpecialDay>& days, QWidget* parent)
    : QDialog(parent)
    , m_year(year)
{
    setWindowTitle(tr("Holidays and make-up working days of %1").arg(QString::number(year)));
    for (const auto& d : days) {
        m_days.insert(d.date, d);
    }
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("List the public holidays and the weekend days declared as make-up working days "
                               "(调休). Other weekdays are working days; other weekend days are not."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("days"));
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Kind"), tr("Name") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    ColumnPolicy::install(m_table, QStringLiteral("calendarDays"), 2);
    layout->addWidget(m_table, 1);

    auto* inputs = new QHBoxLayout();
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDateRange(QDate(year, 1, 1), QDate(year, 12, 31));
    m_date->setDate(QDate(year, 1, 1));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Public holiday"), int(DayKind::Holiday));
    m_kind->addItem(tr("Make-up working day (调休)"), int(DayKind::MakeUpWorkday));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(60); // what the file format keeps
    m_name->setPlaceholderText(tr("Name, e.g. 春节"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    inputs->addWidget(m_date);
    inputs->addWidget(m_kind);
    inputs->addWidget(m_name, 1);
    inputs->addWidget(m_add);
    inputs->addWidget(m_remove);
    layout->addLayout(inputs);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(kErrorStyle);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarYearDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarYearDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &CalendarYearDialog::addFromInputs);
    connect(m_name, &QLineEdit::returnPressed, this, &CalendarYearDialog::addFromInputs);
    connect(m_remove, &QPushButton::clicked, this, &CalendarYearDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });

    rebuildTable();
    resize(620, 480);
}

bool CalendarYearDialog::addDay(const QDate& date, WorkingDayCalendar::DayKind kind, const QString& name)
{
    if (!date.isValid() || date.year() != m_year) {
        m_error->setText(tr("Choose a date in %1.").arg(QString::number(m_year)));
        return false;
    }
    if (kind == DayKind::MakeUpWorkday && date.dayOfWeek() < 6) {
        m_error->setText(tr("%1 is a weekday: only a Saturday or Sunday can be a make-up working day.")
                             .arg(VaultRuleBox::dayText(date)));
        return false;
    }
    m_days.insert(date, WorkingDayCalendar::SpecialDay { date, kind, name.trimmed() });
    m_error->clear();
    rebuildTable();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toDate() == date) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
        }
    }
    return true;
}

void CalendarYearDialog::removeDay(const QDate& date)
{
    m_days.remove(date);
    rebuildTable();
}

void CalendarYearDialog::addFromInputs()
{
    if (addDay(m_date->date(), DayKind(m_kind->currentData().toInt()), m_name->text())) {
        // Holidays usually run over several days: the next day is the likely next entry.
        if (m_date->date() < m_date->maximumDate()) {
            m_date->setDate(m_date->date().addDays(1));
        }
    }
}

void CalendarYearDialog::removeSelected()
{
    QList<QDate> dates;
    for (QTableWidgetItem* item : m_table->selectedItems()) {
        if (item->column() == 0) {
            dates << item->data(Qt::UserRole).toDate();
        }
    }
    for (const QDate& d : dates) {
        m_days.remove(d);
    }
    rebuildTable();
}

void CalendarYearDialog::rebuildTable()
{
    m_table->setRowCount(int(m_days.size()));
    int row = 0;
    for (const auto& d : std::as_const(m_days)) {
        const QStringList cells { VaultRuleBox::dayText(d.date),
            d.kind == DayKind::Holiday ? tr("Public holiday") : tr("Make-up working day (调休)"), d.name };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, d.date);
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

void CalendarYearDialog::accept()
{
    // The same parser as an imported file checks the result, so an edited year can never hold
    // what a file may not.
    WorkingDayCalendar draft = emptyYear(m_year);
    for (const auto& d : std::as_const(m_days)) {
        draft.setDay(d.date, d.kind, d.name);
    }
    auto checked = WorkingDayCalendar::fromJson(draft.toJson(m_year));
    if (!checked) {
        m_error->setText(checked.message());
        return;
    }
    m_result = checked.value();
    QDialog::accept();
}

} // namespace cd::ui
