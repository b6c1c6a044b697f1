#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QFileDevice;
class QSaveFile;

namespace cd {

// Writes tables for Excel: CSV in UTF-8 with a BOM (so Excel in China opens it correctly)
// and XLSX. CSV cells that start like a formula (= + - @, tab, CR) are neutralised so opening
// the file can never run anything; XLSX cells are written as text cells instead, unchanged
// (a phone number "+86 138…" stays as it is). Every file is readable by its owner only.
namespace TableExport {
// Export files hold personal data in plain text: owner-only (0600), set on the open file so
// that no other account can open it in between.
bool restrictToOwner(QFileDevice& file);
// For files written by others (PDF writers, libraries): creates the file empty and owner-only
// if it does not exist, or narrows its permissions if it does.
bool restrictToOwner(const QString& path);
QString neutraliseFormula(const QString& value);
QByteArray csvLine(const QStringList& cells);
// Appends one CSV cell given as UTF-8, neutralised and quoted on the bytes exactly as csvLine
// does it on the text (the characters it looks for are all ASCII).
void appendCsvCell(QByteArray& out, QByteArrayView utf8);
// True when the bytes are UTF-8 that a QString round trip gives back unchanged (well-formed,
// no noncharacter, no leading byte order mark): such a value can be written as it is stored.
bool isPlainUtf8(QByteArrayView utf8);
Status writeCsv(const QString& path, const QStringList& headers, const QList<QStringList>& rows);
Status writeXlsx(const QString& path, const QString& sheetName, const QStringList& headers,
    const QList<QStringList>& rows, const QList<int>& numericColumns = {});
bool xlsxAvailable();
// Long exports on a worker thread: `cancel` is checked between rows (a cancel returns
// ErrorCode::Cancelled and leaves no file) and `progress(rows written, rows)` is told.
struct WriteControl {
    const std::atomic_bool* cancel = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;
};
// A table to CSV (format "csv") or XLSX (anything else) through CsvWriter / XlsxStreamWriter:
// written under a temporary name and renamed only when complete.
Status writeTable(const QString& path, const QString& format, const QString& sheetName, const QStringList& headers,
    const QList<QStringList>& rows, const QList<int>& numericColumns, const WriteControl& control);
} // namespace TableExport

// Streaming CSV writer for large exports (a million rows): rows are gathered in a 1 MB buffer
// and written to a temporary file that becomes the file only on close().
class CsvWriter
{
public:
    explicit CsvWriter(const QString& path);
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;
    Status open(const QStringList& headers);
    void writeRow(const QStringList& cells);
    // A row cell by cell, as UTF-8 (the same bytes writeRow writes for the same text).
    void addCell(QByteArrayView utf8);
    void endRow();
    Status close();

private:
    void flush();

    QSaveFile* m_file;
    QByteArray m_buffer;
    bool m_rowStarted = false;
};

// Streaming XLSX writer for large exports: libxlsxwriter's constant-memory mode keeps one row in
// memory, and the workbook is written under a temporary name and renamed only by close(), so an
// error or a cancel (destroying the writer before close) leaves no file behind.
class XlsxStreamWriter
{
public:
    explicit XlsxStreamWriter(const QString& path);
    ~XlsxStreamWriter();
    XlsxStreamWriter(const XlsxStreamWriter&) = delete;
    XlsxStreamWriter& operator=(const XlsxStreamWriter&) = delete;
    Status open(const QString& sheetName, const QStringList& headers, const QList<int>& numericColumns = {});
    void writeRow(const QStringList& cells);
    // A row cell by cell, as UTF-8 followed by a NUL (SQLite's column text and QByteArray both
    // are): the same cells writeRow writes for the same text.
    void addCell(QByteArrayView utf8z);
    void endRow();
    Status close();

private:
    QString m_path;
    QString m_partial;
    void* m_workbook = nullptr;
    void* m_sheet = nullptr;
    void* m_textFormat = nullptr;
    QList<int> m_numeric;
    int m_columns = 0;
    quint32 m_row = 0;
    int m_column = 0;
};

} // namespace cd
