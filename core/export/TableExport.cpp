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

void appendCsvCell(QByteArray& out, QByteArrayView utf8)
{
    const char* p = utf8.data();
    const qsizetype n = utf8.size();
    bool neutralise = false;
    if (n > 0) {
        const char c = p[0];
        // neutraliseFormula's characters; U+FF1D (full-width =) is EF BC 9D in UTF-8.
        neutralise = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
            || (n >= 3 && uchar(p[0]) == 0xEF && uchar(p[1]) == 0xBC && uchar(p[2]) == 0x9D);
    }
    bool quote = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (neutralise) {
            out.append('\'');
        }
        out.append(p, n);
        return;
    }
    out.append('"');
    if (neutralise) {
        out.append('\'');
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == '"') {
            out.append(p + start, i - start + 1);
            out.append('"');
            start = i + 1;
        }
    }
    out.append(p + start, n - start);
    out.append('"');
}

bool isPlainUtf8(QByteArrayView utf8)
{
    const auto* p = reinterpret_cast<const uchar*>(utf8.data());
    const qsizetype n = utf8.size();
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        return false;
    }
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + length > n) {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            const uchar d = p[i + k];
            if ((d & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xFDD0 && cp <= 0xFDEF)
            || (cp & 0xFFFE) == 0xFFFE) {
            return false;
        }
        i += length;
    }
    return true;
}

QByteArray csvLine(const QStringList& cells)
{
    QByteArray line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line.append(',');
        }
        appendCsvCell(line, cells.at(i).toUtf8());
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

namespace {
// Rows are written to the file in chunks of about this size.
constexpr qsizetype csvChunk = 1 << 20;
} // namespace

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
    m_buffer.reserve(csvChunk + 64 * 1024);
    m_buffer.append("\xEF\xBB\xBF");
    writeRow(headers);
    return {};
}

void CsvWriter::writeRow(const QStringList& cells)
{
    for (const QString& cell : cells) {
        addCell(cell.toUtf8());
    }
    endRow();
}

void CsvWriter::addCell(QByteArrayView utf8)
{
    if (m_rowStarted) {
        m_buffer.append(',');
    }
    m_rowStarted = true;
    TableExport::appendCsvCell(m_buffer, utf8);
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n", 2);
    m_rowStarted = false;
    if (m_buffer.size() >= csvChunk) {
        flush();
    }
}

void CsvWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        m_file->write(m_buffer);
        m_buffer.resize(0); // keeps the allocation for the next chunk
    }
}

Status CsvWriter::close()
{
    flush();
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
    for (const QString& cell : cells) {
        addCell(cell.toUtf8());
    }
    endRow();
}

void XlsxStreamWriter::addCell(QByteArrayView utf8z)
{
#ifdef CD_HAVE_XLSXWRITER
    if (!m_sheet) {
        return;
    }
    auto* sheet = static_cast<lxw_worksheet*>(m_sheet);
    const lxw_row_t row = m_row + 1;
    const int c = m_column++;
    bool isNumber = false;
    const double number = m_numeric.contains(c) ? QString::fromUtf8(utf8z).toDouble(&isNumber) : 0.0;
    if (isNumber) {
        worksheet_write_number(sheet, row, lxw_col_t(c), number, nullptr);
    } else {
        worksheet_write_string(sheet, row, lxw_col_t(c), utf8z.data(), static_cast<lxw_format*>(m_textFormat));
    }
#else
    Q_UNUSED(utf8z)
#endif
}

void XlsxStreamWriter::endRow()
{
    if (m_sheet) {
        ++m_row;
    }
    m_column = 0;
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

namespace {

bool stopped(const TableExport::WriteControl& control)
{
    return control.cancel && control.cancel->load();
}

Error cancelledExport()
{
    return Error { ErrorCode::Cancelled,
        QCoreApplication::translate("cd::Export", "Export cancelled; no file was written.") };
}

template <typename Writer>
Status writeRows(Writer& writer, const QList<QStringList>& rows, const TableExport::WriteControl& control)
{
    const qsizetype total = rows.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (stopped(control)) {
            return cancelledExport(); // the writer is destroyed unclosed: its temporary file goes with it
        }
        writer.writeRow(rows.at(i));
        if (control.progress && ((i + 1) % 500 == 0 || i + 1 == total)) {
            control.progress(i + 1, total);
        }
    }
    if (stopped(control)) {
        return cancelledExport();
    }
    return writer.close();
}

} // namespace

Status TableExport::writeTable(const QString& path, const QString& format, const QString& sheetName,
    const QStringList& headers, const QList<QStringList>& rows, const QList<int>& numericColumns,
    const WriteControl& control)
{
    if (format == QLatin1String("csv")) {
        CsvWriter writer(path);
        if (Status s = writer.open(headers); !s) {
            return s;
        }
        return writeRows(writer, rows, control);
    }
    XlsxStreamWriter writer(path);
    if (Status s = writer.open(sheetName, headers, numericColumns); !s) {
        return s;
    }
    return writeRows(writer, rows, control);
}

} // namespace cd
