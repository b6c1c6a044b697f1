#pragma once

#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QDate>
#include <QDialog>
#include <QPair>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace cd {
class Vault;
}

namespace cd::ui {

class TaskControl;

// The register of rights requests for a period: print preview, PDF, or a table for Excel
// (CSV or XLSX, one row per request or the counts by type and state). The register holds request
// numbers, types, channels, dates and states, never the person's name or contact details.
class RegisterReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Preset { ThisMonth, LastMonth, ThisQuarter, LastQuarter, ThisYear, LastYear, Custom };
    enum Output { Preview, Pdf, Csv, Xlsx };
    enum Table { RequestRows, Counts };

    explicit RegisterReportDialog(Vault& vault, QWidget* parent = nullptr);

    static QPair<QDate, QDate> presetRange(Preset preset, const QDate& today);

    void setPreset(Preset preset);
    void setRange(const QDate& from, const QDate& to); // switches to Custom
    void setOutput(Output output);
    void setTable(Table table);
    // Tests and callers that already know where to write; otherwise accept() asks.
    void setOutputPath(const QString& path) { m_outputPath = path; }
    QDate from() const;
    QDate to() const;
    QString summaryText() const;
    QString errorText() const;
    QString writtenPath() const { return m_written; }
    // Writes the chosen output for the chosen period to `path` (PDF, CSV or XLSX) on the calling
    // thread; accept() does it on a worker behind a progress dialog with Cancel.
    Status write(const QString& path) const;
    void accept() override;

private:
    // What the work needs, copied from the widgets on the UI thread.
    struct Job {
        QDate from;
        QDate to;
        Output output = Preview;
        bool counts = false;
        QString language;
        QString preparedBy;
    };
    Job job() const;
    // Reads the register through a connection of its own and writes the table (CSV or XLSX) under
    // a temporary name renamed only when complete; `control` (optional) reports rows and may cancel.
    static Status writeTable(Vault& vault, const Job& job, const QString& path, TaskControl* control);
    // The register's reads on a worker behind a progress dialog with Cancel; the report itself
    // (charts are drawn on the UI thread) is made here. Cancelled: ErrorCode::Cancelled.
    Result<ReportDocument> readReport(const Job& job);
    void onPresetChanged();
    void onDatesEdited();
    void updateState();
    Output output() const;
    QString suggestedFileName() const;

    Vault& m_vault;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QButtonGroup* m_outputs;
    QRadioButton* m_xlsx;
    QComboBox* m_table;
    QLabel* m_tableLabel;
    QLabel* m_summary;
    QLabel* m_error;
    QString m_outputPath;
    QString m_written;
    bool m_settingDates = false;
};

} // namespace cd::ui
