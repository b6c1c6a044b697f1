#include "TableExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#ifdef CD_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

namespace cd {

namespace TableExport {

bool restrictToOwner(QFileDevice& file)
{
#ifdef Q_OS_UNIX
    return file.handle() >= 0 && ::fchmod(file.handle(), S_IRUSR | S_IWUSR) == 0;
#else
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

bool restrictToOwner(const QString& path)
{
    QFile f(path);
    if (!f.exists()) {
        if (!f.open(QIODevice::WriteOnly)) {
            return false;
        }
        return restrictToOwner(f);
    }
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString neutraliseFormula(const QString& value)
{
    if (value.isEmpty()) {
        return value;
    }
    const QChar first = value.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r') || first == QChar(0xFF1D) /* full-width = */) {
        return QLatin1Char('\'') + value;
    }
    return value;
}

QByteArray csvLine(const QStringList& cells)
{
    QByteArray line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line.append(',');
        }
        QString v = neutraliseFormula(cells.at(i));
        if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
            || v.contains(QLatin1Char('\r'))) {
            v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            v = QLatin1Char('"') + v + QLatin1Char('"');
        }
        line.append(v.toUtf8());
    }
    line.append("\r\n");
    return line;
}

Status writeCsv(const QString& path, const QStringList& headers, const QList<QStringList>& rows)
{
    CsvWriter writer(path);
    if (Status s = writer.open(headers); !s) {
        return s;
    }
    for (const QStringList& r : rows) {
        writer.writeRow(r);
    }
    return writer.close();
}

bool xlsxAvailable()
{
#ifdef CD_HAVE_XLSXWRITER
    return true;
#else
    return false;
#endif
}

Status writeXlsx(const QString& path, const QString& sheetName, const QStringList& headers,
    const QList<QStringList>& rows, const QList<int>& numericColumns)
{
#ifdef CD_HAVE_XLSXWRITER
    const QByteArray file = path.toUtf8();
    // libxlsxwriter truncates and rewrites the file, keeping its owner-only permissions.
    if (!restrictToOwner(path)) {
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::Export", "Could not write %1.").arg(path) };
    }
    lxw_workbook* workbook = workbook_new(file.constData());
    if (!workbook) {
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::Export", "Could not write %1.").arg(path) };
    }
    // Sheet names: at most 31 characters, none of []:*?/\ .
    QString name = sheetName.left(31);
    for (const QChar bad : { QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
             QLatin1Char('/'), QLatin1Char('\\') }) {
        name.replace(bad, QLatin1Char(' '));
    }
    const QByteArray sheetNameUtf8 = (name.isEmpty() ? QStringLiteral("Sheet1") : name).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetNameUtf8.constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xE8EEF5);
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 18, nullptr);
    }
    // Text cells (built-in format 49, "@"): a value that looks like a formula is stored and shown
    // as the text it is.
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format_index(text, 49);
    worksheet_freeze_panes(sheet, 1, 0);
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            bool isNumber = false;
            const double number = numericColumns.contains(c) ? row.at(c).toDouble(&isNumber) : 0.0;
            if (isNumber) {
                worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), number, nullptr);
            } else {
                // write_string stores a string cell, never a formula, so the value need not change.
                worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), row.at(c).toUtf8().constData(), text);
            }
        }
    }
    if (!headers.isEmpty()) {
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(headers.size() - 1));
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        return Error { ErrorCode::Io,
            QCoreApplication::translate("cd::Export", "Could not write %1 (%2).")
                .arg(path, QString::fromUtf8(lxw_strerror(error))) };
    }
    return {};
#else
    Q_UNUSED(path)
    Q_UNUSED(sheetName)
    Q_UNUSED(headers)
    Q_UNUSED(rows)
    Q_UNUSED(numericColumns)
    return Error { ErrorCode::NotAllowed,
        QCoreApplication::translate("cd::Export", "This build cannot write XLSX files; export CSV instead.") };
#endif
}

} // namespace TableExport

CsvWriter::CsvWriter(const QString& path)
    : m_file(new QSaveFile(path))
{
}

CsvWriter::~CsvWriter()
{
    if (m_file->isOpen()) {
        m_file->cancelWriting();
    }
    delete m_file;
}

Status CsvWriter::open(const QStringList& headers)
{
    if (!m_file->open(QIODevice::WriteOnly)) {
        return Error { ErrorCode::Io,
            QCoreApplication::translate("cd::Export", "Could not write %1: %2")
                .arg(m_file->fileName(), m_file->errorString()) };
    }
    if (!TableExport::restrictToOwner(*m_file)) {
        m_file->cancelWriting();
        return Error {
            ErrorCode::Io,
            QCoreApplication::translate("cd::Export", "Could not make %1 readable by you only.").arg(m_file->fileName())
        };
    }
    m_file->write("\xEF\xBB\xBF");
    m_file->write(TableExport::csvLine(headers));
    return {};
}

void CsvWriter::writeRow(const QStringList& cells)
{
    m_file->write(TableExport::csvLine(cells));
}

Status CsvWriter::close()
{
    if (!m_file->commit()) {
        return Error { ErrorCode::Io,
            QCoreApplication::translate("cd::Export", "Could not write %1: %2")
                .arg(m_file->fileName(), m_file->errorString()) };
    }
    return {};
}

XlsxStreamWriter::XlsxStreamWriter(const QString& path)
    : m_path(path)
    , m_partial(path + QStringLiteral(".partial"))
{
}

XlsxStreamWriter::~XlsxStreamWriter()
{
#ifdef CD_HAVE_XLSXWRITER
    if (m_workbook) {
        // Not closed: an error or a cancel. Finish the half-written workbook and throw it away.
        workbook_close(static_cast<lxw_workbook*>(m_workbook));
        QFile::remove(m_partial);
    }
#endif
}

Status XlsxStreamWriter::open(const QString& sheetName, const QStringList& headers, const QList<int>& numericColumns)
{
#ifdef CD_HAVE_XLSXWRITER
    QFile::remove(m_partial);
    // Created owner-only before the library writes into it (it keeps the mode when it truncates).
    if (!TableExport::restrictToOwner(m_partial)) {
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::Export", "Could not write %1.").arg(m_path) };
    }
    const QByteArray file = QFile::encodeName(m_partial);
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook) {
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::Export", "Could not write %1.").arg(m_path) };
    }
    m_workbook = workbook;
    QString name = sheetName.left(31);
    for (const QChar bad : { QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
             QLatin1Char('/'), QLatin1Char('\\') }) {
        name.replace(bad, QLatin1Char(' '));
    }
    const QByteArray sheetNameUtf8 = (name.isEmpty() ? QStringLiteral("Sheet1") : name).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetNameUtf8.constData());
    m_sheet = sheet;
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xE8EEF5);
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), 18, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), bold);
    }
    // Values go into text cells ("@", built-in format 49) unchanged: a spreadsheet never
    // evaluates them, so "+86 138…" needs no rewriting.
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format_index(text, 49);
    m_textFormat = text;
    m_columns = int(headers.size());
    m_numeric = numericColumns;
    return {};
#else
    Q_UNUSED(sheetName)
    Q_UNUSED(headers)
    Q_UNUSED(numericColumns)
    return Error { ErrorCode::NotAllowed,
        QCoreApplication::translate("cd::Export", "This build cannot write XLSX files; export CSV instead.") };
#endif
}

void XlsxStreamWriter::writeRow(const QStringList& cells)
{
#ifdef CD_HAVE_XLSXWRITER
    if (!m_sheet) {
        return;
    }
    auto* sheet = static_cast<lxw_worksheet*>(m_sheet);
    ++m_row;
    for (int c = 0; c < cells.size(); ++c) {
        bool isNumber = false;
        const double number = m_numeric.contains(c) ? cells.at(c).toDouble(&isNumber) : 0.0;
        if (isNumber) {
            worksheet_write_number(sheet, m_row, lxw_col_t(c), number, nullptr);
        } else {
            worksheet_write_string(
                sheet, m_row, lxw_col_t(c), cells.at(c).toUtf8().constData(), static_cast<lxw_format*>(m_textFormat));
        }
    }
#else
    Q_UNUSED(cells)
#endif
}

Status XlsxStreamWriter::close()
{
#ifdef CD_HAVE_XLSXWRITER
    if (!m_workbook) {
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::Export", "Could not write %1.").arg(m_path) };
    }
    auto* workbook = static_cast<lxw_workbook*>(m_workbook);
    if (m_columns > 0) {
        worksheet_autofilter(static_cast<lxw_worksheet*>(m_sheet), 0, 0, m_row, lxw_col_t(m_columns - 1));
    }
    m_workbook = nullptr;
    m_sheet = nullptr;
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(m_partial);
        return Error { ErrorCode::Io,
            QCoreApplication::translate("cd::Export", "Could not write %1 (%2).")
                .arg(m_path, QString::fromUtf8(lxw_strerror(error))) };
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_partial, m_path)) {
        QFile::remove(m_partial);
        return Error { ErrorCode::Io, QCoreApplication::translate("cd::Export", "Could not write %1.").arg(m_path) };
    }
    return {};
#else
    return Error { ErrorCode::NotAllowed,
        QCoreApplication::translate("cd::Export", "This build cannot write XLSX files; export CSV instead.") };
#endif
}

} // namespace cd
