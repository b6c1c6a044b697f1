#include "pages/CalendarRuleBox.h"

#include "pages/CalendarYearDialog.h"
#include "report/StatePalette.h"
#include "requests/RequestService.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/Dialogs.h"
#include "widgets/EmptyState.h"

#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

using DayKind = WorkingDayCalendar::DayKind;

namespace {

const QString kWarningStyle = StatePalette::styleSheet(StateTone::DueSoon);

bool sameDays(const QList<WorkingDayCalendar::SpecialDay>& a, const QList<WorkingDayCalendar::SpecialDay>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).date != b.at(i).date || a.at(i).kind != b.at(i).kind || a.at(i).name != b.at(i).name) {
            return false;
        }
    }
    return true;
}

} // namespace

CalendarRuleBox::CalendarRuleBox(QWidget* parent)
    : VaultRuleBox(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_calendarNote = makeNote(this);
    m_years = new QTableWidget(0, 4, this);
    m_years->setObjectName(QStringLiteral("calendarYears"));
    m_years->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_years->setSelectionMode(QAbstractItemView::SingleSelection);
    m_years->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_years->verticalHeader()->hide();
    // A handful of years at most: room for four rows without leaving a blank well.
    m_years->setMinimumHeight(110);
    m_years->setMaximumHeight(150);
    ColumnPolicy::install(m_years, QStringLiteral("calendarYears"), 1);
    EmptyState::attach(m_years);
    m_calendarWarning = new QLabel(this);
    m_calendarWarning->setObjectName(QStringLiteral("calendarWarning"));
    m_calendarWarning->setWordWrap(true);
    m_calendarWarning->setStyleSheet(kWarningStyle);
    m_calendarWarning->hide();
    m_calendarImport = new QPushButton(this);
    m_calendarImport->setObjectName(QStringLiteral("calendarImport"));
    m_calendarExport = new QPushButton(this);
    m_calendarExport->setObjectName(QStringLiteral("calendarExport"));
    m_calendarEdit = new QPushButton(this);
    m_calendarEdit->setObjectName(QStringLiteral("calendarEdit"));
    m_calendarAddYear = new QPushButton(this);
    m_calendarAddYear->setObjectName(QStringLiteral("calendarAddYear"));
    makeMessage(QStringLiteral("calendarMessage"));
    layout->addWidget(m_calendarNote);
    layout->addWidget(m_years, 1);
    layout->addWidget(m_calendarWarning);
    auto* buttons = new QHBoxLayout();
    for (QPushButton* b : { m_calendarImport, m_calendarExport, m_calendarEdit, m_calendarAddYear }) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(message());

    connect(m_calendarImport, &QPushButton::clicked, this, &CalendarRuleBox::chooseCalendarImport);
    connect(m_calendarExport, &QPushButton::clicked, this, &CalendarRuleBox::chooseCalendarExport);
    connect(m_calendarEdit, &QPushButton::clicked, this, &CalendarRuleBox::editSelectedYear);
    connect(m_calendarAddYear, &QPushButton::clicked, this, &CalendarRuleBox::addCalendarYear);
    connect(m_years, &QTableWidget::itemSelectionChanged, this, &CalendarRuleBox::applyPermissions);
    connect(m_years, &QTableWidget::itemActivated, this, [this] {
        if (canManage()) {
            editSelectedYear();
        }
    });
}

void CalendarRuleBox::load()
{
    loadCalendar();
}

void CalendarRuleBox::clear()
{
    m_calendar = WorkingDayCalendar();
    m_years->setRowCount(0);
    m_calendarWarning->hide();
    clearMessage();
}

void CalendarRuleBox::loadCalendar()
{
    const int selected = selectedCalendarYear();
    m_calendar = requests::RequestService(*vault()).calendar();
    const WorkingDayCalendar shipped = WorkingDayCalendar::bundled();
    const QList<int> years = m_calendar.years();
    const QLocale locale;
    m_years->setRowCount(int(years.size()));
    for (int row = 0; row < years.size(); ++row) {
        const int year = years.at(row);
        const QList<WorkingDayCalendar::SpecialDay> days = m_calendar.days(year);
        int holidays = 0;
        for (const auto& d : days) {
            holidays += d.kind == DayKind::Holiday ? 1 : 0;
        }
        QString source;
        if (!shipped.covers(year)) {
            source = tr("Added to this vault");
        } else if (sameDays(days, shipped.days(year))) {
            source = tr("Shipped with the program");
        } else {
            source = tr("Shipped, changed in this vault");
        }
        // Years are labels, not quantities: no group separator.
        const QStringList cells { QString::number(year), source, locale.toString(holidays),
            locale.toString(int(days.size()) - holidays) };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, year);
            if (column != 1) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_years->setItem(row, column, item);
        }
        // Keep the selection; at first the current year, so Export and Edit work right away.
        if (year == (selected > 0 ? selected : Clock::today().year())) {
            m_years->selectRow(row);
        }
    }

    // A missing year silently turns holidays into working days, so say so while it matters:
    // the current year, and the next one once its calendar is usually published (November).
    const QDate today = Clock::today();
    QList<int> missing;
    if (!m_calendar.covers(today.year())) {
        missing << today.year();
    }
    if (today.month() >= 11 && !m_calendar.covers(today.year() + 1)) {
        missing << today.year() + 1;
    }
    if (missing.isEmpty()) {
        m_calendarWarning->hide();
    } else {
        m_calendarWarning->setText(
            tr("No calendar for %1 is loaded: working days in %1 skip only weekends. Import the official calendar "
               "when the State Council publishes it.")
                .arg(QString::number(missing.first())));
        m_calendarWarning->show();
    }
    emit calendarChanged();
}

int CalendarRuleBox::selectedCalendarYear() const
{
    const auto items = m_years->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toInt();
}

void CalendarRuleBox::applyPermissions()
{
    enableEditors({ m_calendarImport, m_calendarAddYear });
    const bool yearSelected = selectedCalendarYear() > 0;
    m_calendarEdit->setEnabled(canManage() && yearSelected);
    m_calendarEdit->setToolTip(canManage() ? QString() : refusalTip());
    // The calendar is public information: anyone may take a copy of it.
    m_calendarExport->setEnabled(isSignedIn() && yearSelected);
}

Status CalendarRuleBox::importCalendarFile(const QString& path)
{
    if (!vault()) {
        return noVault();
    }
    auto imported = WorkingDayCalendar::importFile(*vault(), path);
    if (!imported) {
        showOutcome(imported.status(), {});
        return imported.status();
    }
    loadCalendar();
    QStringList years;
    for (int year : imported.value()) {
        years << QString::number(year);
    }
    for (int row = 0; row < m_years->rowCount(); ++row) {
        if (m_years->item(row, 0)->data(Qt::UserRole).toInt() == imported->value(0)) {
            m_years->selectRow(row);
        }
    }
    showOutcome({},
        tr("Imported the calendar of %1. Requests received from now on follow it.")
            .arg(years.join(QStringLiteral(", "))));
    return {};
}

Status CalendarRuleBox::exportCalendarFile(int year, const QString& path)
{
    if (!vault() || !m_calendar.covers(year)) {
        const Status s = Error { ErrorCode::NotFound, tr("No calendar for %1 is loaded.").arg(QString::number(year)) };
        showOutcome(s, {});
        return s;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_calendar.toJson(year)) < 0 || !file.commit()) {
        const Status s = Error { ErrorCode::Io,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) };
        showOutcome(s, {});
        return s;
    }
    showOutcome(
        {}, tr("Exported the calendar of %1 to %2.").arg(QString::number(year), QDir::toNativeSeparators(path)));
    return {};
}

Status CalendarRuleBox::saveCalendarYear(const WorkingDayCalendar& year)
{
    if (!vault()) {
        return noVault();
    }
    const Status s = WorkingDayCalendar::saveYears(*vault(), year);
    if (s) {
        loadCalendar();
    }
    QStringList years;
    for (int y : year.years()) {
        years << QString::number(y);
    }
    showOutcome(s, tr("Saved the calendar of %1.").arg(years.join(QStringLiteral(", "))));
    return s;
}

void CalendarRuleBox::chooseCalendarImport()
{
    if (!vault()) {
        return;
    }
    const QString path = Dialogs::openFileName(
        this, tr("Import a holiday calendar"), QString(), tr("Holiday calendar (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    // Replacing a year already loaded loses its edits: ask first. A broken file goes straight
    // to the import, which refuses it with the reason.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.size() <= 1024 * 1024) {
        if (auto parsed = WorkingDayCalendar::fromJson(file.readAll())) {
            QStringList replaced;
            for (int year : parsed->years()) {
                if (m_calendar.covers(year)) {
                    replaced << QString::number(year);
                }
            }
            if (!replaced.isEmpty()
                && Dialogs::question(this, tr("Import a holiday calendar"),
                       tr("A calendar for %1 is already loaded. Replace it with the file's?")
                           .arg(replaced.join(QStringLiteral(", "))),
                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                    != QMessageBox::Yes) {
                return;
            }
        }
    }
    importCalendarFile(path);
}

void CalendarRuleBox::chooseCalendarExport()
{
    const int year = selectedCalendarYear();
    if (!vault() || year == 0) {
        return;
    }
    const QString suggested = QDir::home().filePath(QStringLiteral("holidays-cn-%1.json").arg(year));
    const QString path
        = Dialogs::saveFileName(this, tr("Export the holiday calendar"), suggested, tr("Holiday calendar (*.json)"));
    if (!path.isEmpty()) {
        exportCalendarFile(year, path);
    }
}

void CalendarRuleBox::editSelectedYear()
{
    if (const int year = selectedCalendarYear(); year > 0) {
        editYear(year);
    }
}

void CalendarRuleBox::addCalendarYear()
{
    if (!vault()) {
        return;
    }
    int next = Clock::today().year();
    while (m_calendar.covers(next)) {
        ++next;
    }
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("Add a year"),
        tr("Year whose holidays and make-up working days you want to enter:"), next, 2000, 2200, 1, &ok);
    if (ok) {
        editYear(year);
    }
}

void CalendarRuleBox::editYear(int year)
{
    CalendarYearDialog dialog(year, m_calendar.days(year), this);
    if (dialog.exec() == QDialog::Accepted) {
        saveCalendarYear(dialog.calendar());
    }
}

void CalendarRuleBox::retranslate()
{
    setTitle(tr("Working-day calendar"));
    m_calendarNote->setText(tr("Working-day deadlines skip weekends and public holidays and count the weekend days "
                               "declared as make-up working days (调休). In years not listed here only weekends are "
                               "skipped."));
    m_years->setHorizontalHeaderLabels({ tr("Year"), tr("Source"), tr("Holidays"), tr("Make-up working days") });
    m_calendarImport->setText(tr("&Import…"));
    EmptyState::of(m_years)->setMessages(tr("No holiday calendar yet, so working-day deadlines skip weekends only. "
                                            "Import next year's holidays from the State Council's notice."));
    EmptyState::of(m_years)->setAction(tr("Import a calendar…"), [this] { chooseCalendarImport(); });
    m_calendarExport->setText(tr("E&xport…"));
    m_calendarEdit->setText(tr("&Edit…"));
    m_calendarAddYear->setText(tr("Add &year…"));
    if (isSignedIn()) {
        loadCalendar();
    }
}

} // namespace cd::ui
