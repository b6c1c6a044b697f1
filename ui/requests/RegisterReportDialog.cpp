#include "RegisterReportDialog.h"

#include "export/TableExport.h"
#include "report/ReportLanguage.h"
#include "report/ReportRenderer.h"
#include "report/StatePalette.h"
#include "requests/RequestDocuments.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include "util/Formatting.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Dialogs.h"
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::requests;

namespace {

QDate quarterStart(const QDate& d)
{
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
}

// The register of a period, read through a connection of its own (a worker's).
Result<RegisterSummary> readSummary(Vault& vault, const QDate& from, const QDate& to)
{
    auto connection = vault.openConnection();
    if (!connection) {
        return connection.error();
    }
    RequestService service(vault);
    service.readThrough(connection.value().get());
    return buildRegisterSummary(service, from, to);
}

Error cancelledError()
{
    return Error { ErrorCode::Cancelled, RegisterReportDialog::tr("Export cancelled; no file was written.") };
}

} // namespace

QPair<QDate, QDate> RegisterReportDialog::presetRange(Preset preset, const QDate& today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case ThisMonth: return { monthStart, monthStart.addMonths(1).addDays(-1) };
    case LastMonth: return { monthStart.addMonths(-1), monthStart.addDays(-1) };
    case ThisQuarter: return { quarterStart(today), quarterStart(today).addMonths(3).addDays(-1) };
    case LastQuarter: return { quarterStart(today).addMonths(-3), quarterStart(today).addDays(-1) };
    case ThisYear: return { QDate(today.year(), 1, 1), QDate(today.year(), 12, 31) };
    case LastYear: return { QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31) };
    case Custom: break;
    }
    return { QDate(today.year(), 1, 1), today };
}

RegisterReportDialog::RegisterReportDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
{
    setWindowTitle(tr("Register of rights requests"));
    auto* layout = new QVBoxLayout(this);

    auto* periodBox = new QGroupBox(tr("Requests received in"), this);
    auto* period = new QFormLayout(periodBox);
    m_preset = new QComboBox(periodBox);
    m_preset->addItem(tr("This month"), ThisMonth);
    m_preset->addItem(tr("Last month"), LastMonth);
    m_preset->addItem(tr("This quarter"), ThisQuarter);
    m_preset->addItem(tr("Last quarter"), LastQuarter);
    m_preset->addItem(tr("This year"), ThisYear);
    m_preset->addItem(tr("Last year"), LastYear);
    m_preset->addItem(tr("Custom period"), Custom);
    period->addRow(tr("&Period:"), m_preset);
    auto* dates = new QHBoxLayout;
    m_from = new QDateEdit(periodBox);
    m_to = new QDateEdit(periodBox);
    for (QDateEdit* e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(fmt::dateEditFormat());
        e->setMinimumDate(QDate(2000, 1, 1));
        e->setMaximumDate(QDate(2100, 12, 31));
    }
    auto* toLabel = new QLabel(tr("&to"), periodBox);
    toLabel->setBuddy(m_to);
    dates->addWidget(m_from);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addStretch(1);
    auto* fromLabel = new QLabel(tr("&From:"), periodBox);
    fromLabel->setBuddy(m_from);
    period->addRow(fromLabel, dates);
    m_summary = new QLabel(periodBox);
    m_summary->setWordWrap(true);
    period->addRow(QString(), m_summary);
    layout->addWidget(periodBox);

    auto* outputBox = new QGroupBox(tr("Output"), this);
    auto* outputs = new QVBoxLayout(outputBox);
    m_outputs = new QButtonGroup(this);
    auto* preview = new QRadioButton(tr("Print pre&view"), outputBox);
    auto* pdf = new QRadioButton(tr("&PDF file"), outputBox);
    auto* csv = new QRadioButton(tr("&CSV file for Excel"), outputBox);
    m_xlsx = new QRadioButton(tr("E&xcel workbook (.xlsx)"), outputBox);
    m_xlsx->setEnabled(TableExport::xlsxAvailable());
    m_outputs->addButton(preview, Preview);
    m_outputs->addButton(pdf, Pdf);
    m_outputs->addButton(csv, Csv);
    m_outputs->addButton(m_xlsx, Xlsx);
    preview->setChecked(true);
    for (QAbstractButton* b : m_outputs->buttons()) {
        outputs->addWidget(b);
    }
    auto* tableRow = new QHBoxLayout;
    m_tableLabel = new QLabel(tr("&Table:"), outputBox);
    m_table = new QComboBox(outputBox);
    m_table->addItem(tr("One row per request"), RequestRows);
    m_table->addItem(tr("Counts by type and state"), Counts);
    m_tableLabel->setBuddy(m_table);
    tableRow->addSpacing(24);
    tableRow->addWidget(m_tableLabel);
    tableRow->addWidget(m_table);
    tableRow->addStretch(1);
    outputs->addLayout(tableRow);
    layout->addWidget(outputBox);

    // Exports of personal data warn; this one has none, and says so instead.
    auto* note = new QLabel(tr("The register lists request numbers, types, channels, dates and states only – no "
                               "names, contact details or descriptions – so its files hold no personal information."),
        this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(note);

    m_error = new QLabel(this);
    m_error->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole)->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &RegisterReportDialog::onPresetChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &RegisterReportDialog::onDatesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &RegisterReportDialog::onDatesEdited);
    connect(m_outputs, &QButtonGroup::idToggled, this, [this](int, bool) { updateState(); });

    setPreset(ThisYear);
    resize(500, sizeHint().height());
}

void RegisterReportDialog::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(preset)));
    onPresetChanged();
}

void RegisterReportDialog::setRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_preset->setCurrentIndex(m_preset->findData(Custom));
    updateState();
}

void RegisterReportDialog::setOutput(Output output)
{
    if (QAbstractButton* b = m_outputs->button(output)) {
        b->setChecked(true);
    }
    updateState();
}

void RegisterReportDialog::setTable(Table table)
{
    m_table->setCurrentIndex(qMax(0, m_table->findData(table)));
}

QDate RegisterReportDialog::from() const
{
    return m_from->date();
}

QDate RegisterReportDialog::to() const
{
    return m_to->date();
}

RegisterReportDialog::Output RegisterReportDialog::output() const
{
    return Output(qMax(0, m_outputs->checkedId()));
}

QString RegisterReportDialog::summaryText() const
{
    return m_summary->text();
}

QString RegisterReportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RegisterReportDialog::onPresetChanged()
{
    const auto preset = Preset(m_preset->currentData().toInt());
    if (preset != Custom) {
        const auto range = presetRange(preset, Clock::today());
        m_settingDates = true;
        m_from->setDate(range.first);
        m_to->setDate(range.second);
        m_settingDates = false;
    }
    updateState();
}

void RegisterReportDialog::onDatesEdited()
{
    if (m_settingDates) {
        return;
    }
    // Editing a date by hand makes the period custom, so the preset never claims a range it isn't.
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(m_preset->findData(Custom));
    updateState();
}

void RegisterReportDialog::updateState()
{
    const bool table = output() == Csv || output() == Xlsx;
    m_table->setEnabled(table);
    m_tableLabel->setEnabled(table);
    m_error->hide();
    if (from() > to()) {
        m_summary->setText(tr("The first day is after the last day."));
        return;
    }
    RequestService service(m_vault);
    auto summary = buildRegisterSummary(service, from(), to());
    if (!summary) {
        m_summary->setText(summary.message());
        return;
    }
    const QLocale locale;
    QString text = tr("%n request(s) received in this period", nullptr, int(summary->requests.size()));
    if (summary->closed > 0) {
        text += tr("; %n closed", nullptr, summary->closed)
            + tr(", on-time rate %1").arg(locale.toString(summary->onTimeRate() * 100.0, 'f', 1) + QLatin1Char('%'));
    }
    m_summary->setText(text + QLatin1Char('.'));
}

QString RegisterReportDialog::suggestedFileName() const
{
    const QString ext = output() == Pdf ? QStringLiteral("pdf")
        : output() == Csv               ? QStringLiteral("csv")
                                        : QStringLiteral("xlsx");
    return tr("rights-requests-register")
        + QStringLiteral("_%1_%2.%3").arg(from().toString(Qt::ISODate), to().toString(Qt::ISODate), ext);
}

RegisterReportDialog::Job RegisterReportDialog::job() const
{
    Job j;
    j.from = from();
    j.to = to();
    j.output = output();
    j.counts = m_table->currentData().toInt() == Counts;
    j.language = reportLanguage();
    j.preparedBy = m_vault.actor().displayName;
    return j;
}

Status RegisterReportDialog::write(const QString& path) const
{
    const Job j = job();
    if (j.output == Csv || j.output == Xlsx) {
        return writeTable(m_vault, j, path, nullptr);
    }
    auto summary = readSummary(m_vault, j.from, j.to);
    if (!summary) {
        return summary.status();
    }
    return ReportRenderer(buildRegisterReport(summary.value(), j.from, j.to, j.language, j.preparedBy)).writePdf(path);
}

Status RegisterReportDialog::writeTable(Vault& vault, const Job& job, const QString& path, TaskControl* control)
{
    if (job.from > job.to) {
        return Error { ErrorCode::InvalidInput, tr("The first day is after the last day.") };
    }
    if (control) {
        control->report(0, 0, tr("Reading the register…"));
    }
    auto summary = readSummary(vault, job.from, job.to);
    if (!summary) {
        return summary.status();
    }
    const QStringList headers = job.counts ? registerCountHeaders() : registerTableHeaders();
    const QList<QStringList> rows
        = job.counts ? registerCountRows(summary.value()) : registerTableRows(summary.value());
    QList<int> numeric;
    for (int c = job.counts ? 1 : int(headers.size()); c < headers.size(); ++c) {
        numeric << c;
    }
    const QLocale locale;
    TableExport::WriteControl write;
    if (control) {
        write.cancel = &control->cancelFlag();
        write.progress = [control, &locale](qint64 done, qint64 total) {
            control->report(
                done, total, tr("%1 of %2 rows written").arg(locale.toString(done), locale.toString(total)));
        };
    }
    return TableExport::writeTable(path, job.output == Csv ? QStringLiteral("csv") : QStringLiteral("xlsx"),
        tr("Register"), headers, rows, numeric, write);
}

Result<ReportDocument> RegisterReportDialog::readReport(const Job& job)
{
    Result<RegisterSummary> summary = cancelledError();
    const bool finished = runInBackground(this, tr("Reading the register…"), [&](TaskControl& control) {
        control.report(0, 0, tr("Reading the register…"));
        summary = readSummary(m_vault, job.from, job.to);
    });
    if (!finished) {
        return cancelledError();
    }
    if (!summary) {
        return summary.error();
    }
    return buildRegisterReport(summary.value(), job.from, job.to, job.language, job.preparedBy);
}

void RegisterReportDialog::accept()
{
    m_error->hide();
    if (from() > to()) {
        m_error->setText(tr("The first day is after the last day."));
        m_error->show();
        return;
    }
    const Job j = job();
    if (j.output == Preview) {
        // The reads on a worker; the layout on the UI thread, where the preview lives.
        const auto doc = readReport(j);
        if (doc) {
            ReportRenderer(doc.value()).showPrintPreview(this);
        } else if (doc.code() != ErrorCode::Cancelled) {
            m_error->setText(doc.message());
            m_error->show();
        }
        return; // stays open to try another period or output
    }
    QString path = m_outputPath;
    if (path.isEmpty()) {
        const QString filter = output() == Pdf ? tr("PDF (*.pdf)")
            : output() == Csv                  ? tr("CSV (*.csv)")
                                               : tr("Excel workbook (*.xlsx)");
        path = Dialogs::saveFileName(this, windowTitle(), QDir::home().filePath(suggestedFileName()), filter);
        if (path.isEmpty()) {
            return;
        }
    }
    // On a worker with its own connection, behind a progress dialog with Cancel: a cancelled or
    // failed export leaves no file.
    Status written = cancelledError();
    if (j.output == Pdf) {
        const auto doc = readReport(j);
        written = doc ? ReportRenderer(doc.value()).writePdfInBackground(this, path) : doc.status();
    } else {
        runInBackground(this, tr("Exporting rights requests…"),
            [&](TaskControl& control) { written = writeTable(m_vault, j, path, &control); });
    }
    if (!written) {
        m_error->setText(written.message()); // a cancel says that no file was written
        m_error->show();
        return;
    }
    m_written = path;
    QDialog::accept();
}

} // namespace cd::ui
