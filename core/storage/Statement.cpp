#include "Statement.h"

#include "Database.h"

#include <sqlite3.h>

namespace cd {

QString toStorageText(const QDateTime& utc)
{
    // Hand-formatted (YYYY-MM-DDTHH:MM:SS.mmmZ): QDateTime::toString showed up in import profiles.
    const QDateTime t = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    const QDate d = t.date();
    const QTime tm = t.time();
    if (!d.isValid() || d.year() < 0 || d.year() > 9999) {
        return t.toString(Qt::ISODateWithMs);
    }
    char buffer[25];
    auto put = [&buffer](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            buffer[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, d.year(), 4);
    buffer[4] = '-';
    put(5, d.month(), 2);
    buffer[7] = '-';
    put(8, d.day(), 2);
    buffer[10] = 'T';
    put(11, tm.hour(), 2);
    buffer[13] = ':';
    put(14, tm.minute(), 2);
    buffer[16] = ':';
    put(17, tm.second(), 2);
    buffer[19] = '.';
    put(20, tm.msec(), 3);
    buffer[23] = 'Z';
    return QString::fromLatin1(buffer, 24);
}

QDateTime fromStorageText(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        dt = QDateTime::fromString(text, Qt::ISODate);
    }
    return dt.toUTC();
}

Statement::Statement(Database& db, const char* sql)
    : m_db(&db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        db.raise(rc, sql);
    }
}

Statement::Statement(Database& db, const QString& sql)
    : Statement(db, sql.toUtf8().constData())
{
}

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

namespace {
void check(Database* db, int rc)
{
    if (rc != SQLITE_OK) {
        db->raise(rc, "bind");
    }
}
} // namespace

Statement& Statement::bind(int index, std::nullptr_t)
{
    check(m_db, sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, int value)
{
    check(m_db, sqlite3_bind_int(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    check(m_db, sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(m_db, sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, bool value)
{
    check(m_db, sqlite3_bind_int(m_stmt, index, value ? 1 : 0));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        return bind(index, nullptr);
    }
    const QByteArray utf8 = value.toUtf8();
    check(m_db, sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindText(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    check(m_db,
        sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindUtf8Unowned(int index, const char* utf8, int size)
{
    check(m_db, sqlite3_bind_text(m_stmt, index, utf8 ? utf8 : "", utf8 ? size : 0, SQLITE_STATIC));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull()) {
        return bind(index, nullptr);
    }
    check(m_db, sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QDateTime& utc)
{
    if (!utc.isValid()) {
        return bind(index, nullptr);
    }
    return bind(index, toStorageText(utc));
}

Statement& Statement::bind(int index, const QDate& date)
{
    if (!date.isValid()) {
        return bind(index, nullptr);
    }
    return bind(index, date.toString(Qt::ISODate));
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        return bind(index, nullptr);
    }
    switch (value.typeId()) {
    case QMetaType::Bool: return bind(index, value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return bind(index, value.toDouble());
    case QMetaType::QByteArray: return bind(index, value.toByteArray());
    case QMetaType::QDateTime: return bind(index, value.toDateTime());
    case QMetaType::QDate: return bind(index, value.toDate());
    default: return bind(index, value.toString());
    }
}

int Statement::parameterIndex(const char* name) const
{
    return sqlite3_bind_parameter_index(m_stmt, name);
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    sqlite3_reset(m_stmt);
    m_db->raise(rc, sqlite3_sql(m_stmt));
}

void Statement::exec()
{
    while (next()) { }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return QByteArrayView("", 0);
    }
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data) {
        return {};
    }
    return QByteArray(static_cast<const char*>(data), size);
}

QDateTime Statement::dateTime(int column) const
{
    return fromStorageText(text(column));
}

QDate Statement::date(int column) const
{
    return QDate::fromString(text(column), Qt::ISODate);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(int64(column));
    case SQLITE_FLOAT: return QVariant(real(column));
    case SQLITE_BLOB: return QVariant(blob(column));
    case SQLITE_NULL: return {};
    default: return QVariant(text(column));
    }
}

qint64 Statement::scalarInt(Database& db, const char* sql)
{
    Statement s(db, sql);
    return s.next() ? s.int64(0) : 0;
}

} // namespace cd
