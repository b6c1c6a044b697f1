#include "SubmissionImportDialog.h"

#include "widgets/BackgroundTask.h"

#include "storage/Database.h"
#include "vault/Vault.h"

#include "widgets/Dialogs.h"
#include "widgets/FormGuard.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>

namespace cd::ui {

using namespace cd::submissions;

SubmissionImportDialog::SubmissionImportDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
{
    setWindowTitle(tr("Import contact submissions"));
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    showAsReadOnly(m_file);
    m_file->setPlaceholderText(tr("CSV, TSV, JSON or JSON Lines export of the contact form"));
    m_browse = new QPushButton(tr("&Choose file…"), this);
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);

    auto* mappingBox = new QGroupBox(tr("Columns"), this);
    auto* grid = new QGridLayout(mappingBox);
    m_encoding = new QComboBox(mappingBox);
    m_encoding->addItem(tr("Detect automatically"), QString());
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("GB18030 / GBK (Excel, Chinese Windows)"), QStringLiteral("GB18030"));
    grid->addWidget(new QLabel(tr("Encoding:"), mappingBox), 0, 0);
    grid->addWidget(m_encoding, 0, 1);
    for (int f = 0; f < importFieldCount; ++f) {
        auto* combo = new QComboBox(mappingBox);
        combo->setMinimumContentsLength(12);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_mapping[size_t(f)] = combo;
        auto* label = new QLabel(importFieldName(ImportField(f)) + QLatin1Char(':'), mappingBox);
        label->setBuddy(combo);
        const int row = 1 + f / 3;
        const int col = (f % 3) * 2;
        grid->addWidget(label, row, col);
        grid->addWidget(combo, row, col + 1);
    }
    m_info = new QLabel(mappingBox);
    m_info->setWordWrap(true);
    grid->addWidget(m_info, 0, 2, 1, 4);
    layout->addWidget(mappingBox);

    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setMinimumHeight(160);
    layout->addWidget(new QLabel(tr("Preview of the first rows:"), this));
    layout->addWidget(m_preview, 2);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    m_rejects = new QTableWidget(0, 2, this);
    m_rejects->setHorizontalHeaderLabels({ tr("Line"), tr("Reason") });
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->verticalHeader()->setVisible(false);
    m_rejects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejects->setVisible(false);
    layout->addWidget(m_rejects, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_saveRejects = buttons->addButton(tr("&Save rejected rows…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &SubmissionImportDialog::browse);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &SubmissionImportDialog::loadPreview);
    connect(m_import, &QPushButton::clicked, this, &SubmissionImportDialog::startImport);
    connect(m_saveRejects, &QPushButton::clicked, this, &SubmissionImportDialog::saveRejects);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox* combo : m_mapping) {
        connect(combo, &QComboBox::currentIndexChanged, this, &SubmissionImportDialog::updateButtons);
    }
    resize(900, 640);
    updateButtons();
}

void SubmissionImportDialog::browse()
{
    const QString path = Dialogs::openFileName(this, tr("Choose the export to import"), QString(),
        tr("Contact form exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty()) {
        setFile(path);
    }
}

void SubmissionImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_report.reset();
    m_result->clear();
    m_rejects->setVisible(false);
    loadPreview();
}

void SubmissionImportDialog::loadPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_headers.clear();
    for (QComboBox* combo : m_mapping) {
        combo->clear();
    }
    if (m_path.isEmpty()) {
        updateButtons();
        return;
    }
    ImportOptions options;
    options.encoding = m_encoding->currentData().toString();
    auto preview = SubmissionImporter::preview(m_path, options);
    if (!preview) {
        m_info->setText(preview.message());
        updateButtons();
        return;
    }
    m_headers = preview->headers;
    const QString format = preview->format == ImportFormat::Json ? tr("JSON array")
        : preview->format == ImportFormat::JsonLines             ? tr("JSON Lines")
        : preview->delimiter == '\t'                             ? tr("tab-separated")
        : preview->delimiter == ';'                              ? tr("semicolon-separated")
                                                                 : tr("comma-separated");
    m_info->setText(tr("%1, %2, %n column(s).", nullptr, int(m_headers.size())).arg(format, preview->encoding));
    const int shown = int(qMin<qsizetype>(m_headers.size(), 50));
    m_preview->setColumnCount(shown);
    m_preview->setHorizontalHeaderLabels(m_headers.mid(0, shown));
    m_preview->setRowCount(int(preview->rows.size()));
    for (int r = 0; r < preview->rows.size(); ++r) {
        for (int c = 0; c < shown && c < preview->rows.at(r).size(); ++c) {
            m_preview->setItem(r, c, new QTableWidgetItem(preview->rows.at(r).at(c).left(200)));
        }
    }
    m_preview->resizeColumnsToContents();
    for (int f = 0; f < importFieldCount; ++f) {
        QComboBox* combo = m_mapping[size_t(f)];
        QSignalBlocker block(combo);
        combo->addItem(tr("(none)"), -1);
        for (int c = 0; c < m_headers.size() && c < 1000; ++c) {
            combo->addItem(m_headers.at(c).isEmpty() ? tr("Column %1").arg(c + 1) : m_headers.at(c), c);
        }
        combo->setCurrentIndex(combo->findData(preview->guessed[size_t(f)]));
    }
    updateButtons();
}

ImportOptions SubmissionImportDialog::currentOptions() const
{
    ImportOptions options;
    options.encoding = m_encoding->currentData().toString();
    options.useMapping = true;
    for (int f = 0; f < importFieldCount; ++f) {
        options.mapping[size_t(f)]
            = m_mapping[size_t(f)]->currentData().isValid() ? m_mapping[size_t(f)]->currentData().toInt() : -1;
    }
    return options;
}

void SubmissionImportDialog::updateButtons()
{
    const ImportOptions o = currentOptions();
    const bool hasContact = o.mapping[size_t(ImportField::Name)] >= 0 || o.mapping[size_t(ImportField::Phone)] >= 0
        || o.mapping[size_t(ImportField::Email)] >= 0;
    m_import->setEnabled(
        !m_path.isEmpty() && !m_headers.isEmpty() && hasContact && m_vault.actor().can(Permission::WriteData));
    m_saveRejects->setEnabled(m_report && !m_report->rejects.isEmpty());
}

bool SubmissionImportDialog::startImport()
{
    const ImportOptions options = currentOptions();
    const QString path = m_path;
    const Actor actor = m_vault.actor();
    Result<ImportReport> outcome = Error { ErrorCode::Internal, QString() };
    const QLocale locale;
    const bool finished
        = runInBackground(this, tr("Importing %1…").arg(QFileInfo(path).fileName()), [&](TaskControl& control) {
              // The import writes on its own connection so the window stays responsive.
              auto connection = m_vault.openConnection();
              if (!connection) {
                  outcome = connection.error();
                  return;
              }
              QElapsedTimer timer;
              timer.start();
              outcome = SubmissionImporter::run(
                  *connection.value(), actor, path, options,
                  [&](const ImportProgress& p) {
                      const double seconds = qMax(0.001, double(timer.elapsed()) / 1000.0);
                      control.report(p.bytesRead, p.bytesTotal,
                          tr("%1 rows read · %2 rows/s")
                              .arg(locale.toString(p.rows), locale.toString(qRound64(double(p.rows) / seconds))));
                  },
                  &control.cancelFlag());
          });
    if (!finished || !outcome) {
        m_report.reset();
        m_result->setText(!finished ? tr("Import cancelled; nothing was imported.") : outcome.message());
        m_rejects->setVisible(false);
        updateButtons();
        return false;
    }
    m_report = outcome.value();
    QString summary = tr("%1 imported, %2 already in the vault (skipped), %3 rejected.")
                          .arg(locale.toString(m_report->imported), locale.toString(m_report->duplicates),
                              locale.toString(m_report->rejected));
    if (m_report->erasedEarlier > 0) {
        summary += QLatin1Char(' ')
            + tr("%n row(s) of people erased earlier were not imported again.", nullptr,
                int(qMin<qint64>(m_report->erasedEarlier, INT_MAX)));
    }
    m_result->setText(summary);
    m_rejects->setVisible(!m_report->rejects.isEmpty());
    const int shown = int(qMin<qsizetype>(m_report->rejects.size(), 1000));
    m_rejects->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const ImportReject& r = m_report->rejects.at(i);
        m_rejects->setItem(i, 0, new QTableWidgetItem(locale.toString(r.line)));
        m_rejects->setItem(i, 1, new QTableWidgetItem(r.reason));
    }
    updateButtons();
    emit imported(m_report->imported);
    return true;
}

void SubmissionImportDialog::saveRejects()
{
    if (!m_report) {
        return;
    }
    const QString suggested = QFileInfo(m_path).completeBaseName() + tr("-rejected.csv");
    const QString path = Dialogs::saveFileName(this, tr("Save rejected rows"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (Status s = SubmissionImporter::writeRejects(m_vault, path, m_report.value()); !s) {
        Dialogs::warning(this, windowTitle(), s.message());
    }
}

} // namespace cd::ui
