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

namespace {

// Milliseconds since 1970-01-01T00:00:00Z of the stored form YYYY-MM-DDTHH:MM:SS.mmmZ (or without
// ".mmm", as older rows may hold it), every field checked (years 0001-9999, the month's real last
// day, 23:59:59 at most). Anything else gives nullopt and is read by QDateTime::fromString: that
// parser was a tenth of a search's instructions, three instants for every row read.
template <typename Char> std::optional<qint64> storedInstantMsecs(const Char* p, qsizetype size)
{
    if ((size != 24 && size != 20) || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':'
        || p[size - 1] != 'Z' || (size == 24 && p[19] != '.')) {
        return std::nullopt;
    }
    bool digits = true;
    auto number = [&](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            const unsigned digit = unsigned(p[i]) - unsigned('0');
            digits = digits && digit <= 9;
            value = value * 10 + int(digit);
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int msec = size == 24 ? number(20, 3) : 0;
    if (!digits || year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
        return std::nullopt;
    }
    static constexpr int monthDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > monthDays[month - 1] + (month == 2 && leap ? 1 : 0)) {
        return std::nullopt;
    }
    // Days from the civil date (proleptic Gregorian, as QDate counts), March-based years.
    const int y = month <= 2 ? year - 1 : year;
    const int era = y / 400; // y >= 0 here
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    const qint64 days = qint64(era) * 146097 + dayOfEra - 719468;
    return ((days * 24 + hour) * 60 + minute) * qint64(60000) + second * 1000 + msec;
}

QDateTime utcFromMsecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// Any other text (an offset, a local time, fewer or more fraction digits) as it always was read.
QDateTime parsedByQt(const QString& text)
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

} // namespace

QDateTime fromStorageText(const QString& text)
{
    if (const auto msecs = storedInstantMsecs(text.utf16(), text.size())) {
        return utcFromMsecs(*msecs);
    }
    return parsedByQt(text);
}

QDateTime fromStorageText(QByteArrayView utf8)
{
    if (const auto msecs = storedInstantMsecs(utf8.data(), utf8.size())) {
        return utcFromMsecs(*msecs);
    }
    return parsedByQt(QString::fromUtf8(utf8));
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
    return fromStorageText(utf8(column));
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
