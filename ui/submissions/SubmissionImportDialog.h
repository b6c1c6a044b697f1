#pragma once

#include "submissions/SubmissionImport.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd {
class Vault;
}

namespace cd::ui {

// Import of a website export: choose the file, check the encoding and the column mapping against
// a preview, import on a worker (progress, rows/s, cancel), then see and save the rejected rows.
class SubmissionImportDialog : public QDialog
{
    Q_OBJECT

public:
    SubmissionImportDialog(Vault& vault, QWidget* parent = nullptr);

    // Loads a file (as if chosen with Browse) and shows its preview and guessed mapping.
    void setFile(const QString& path);
    // Imports with the current options; returns when done. False on failure or cancel.
    bool startImport();

    const std::optional<submissions::ImportReport>& report() const { return m_report; }
    submissions::ImportOptions currentOptions() const;
    QComboBox* mappingCombo(submissions::ImportField field) const { return m_mapping[size_t(field)]; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QLabel* resultLabel() const { return m_result; }

signals:
    void imported(qint64 rows);

private:
    void browse();
    void loadPreview();
    void saveRejects();
    void updateButtons();

    Vault& m_vault;
    QString m_path;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QComboBox* m_encoding;
    std::array<QComboBox*, submissions::importFieldCount> m_mapping {};
    QLabel* m_info;
    QTableWidget* m_preview;
    QLabel* m_result;
    QTableWidget* m_rejects;
    QPushButton* m_import;
    QPushButton* m_saveRejects;
    std::optional<submissions::ImportReport> m_report;
    QStringList m_headers;
};

} // namespace cd::ui
