#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSaveFile;

namespace cd {

// Writes tables for Excel: CSV in UTF-8 with a BOM (so Excel in China opens it correctly)
// and XLSX. Cells that start like a formula (= + - @, tab, CR) are neutralised so opening the
// file can never run anything.
namespace TableExport {
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
    QList<int> m_numeric;
    int m_columns = 0;
    quint32 m_row = 0;
};

} // namespace cd
