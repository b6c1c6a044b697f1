#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

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
Status writeCsv(const QString& path, const QStringList& headers, const QList<QStringList>& rows);
Status writeXlsx(const QString& path, const QString& sheetName, const QStringList& headers,
    const QList<QStringList>& rows, const QList<int>& numericColumns = {});
bool xlsxAvailable();
} // namespace TableExport

// Streaming CSV writer for large exports (a million rows): rows go to disk as they come.
class CsvWriter
{
public:
    explicit CsvWriter(const QString& path);
    ~CsvWriter();
    Status open(const QStringList& headers);
    void writeRow(const QStringList& cells);
    Status close();

private:
    QSaveFile* m_file;
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
};

} // namespace cd
