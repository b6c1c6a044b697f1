#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

namespace cd {

class Database;

// A prepared statement with typed bind and column helpers. Reusable: reset() and bind again.
// Errors throw DbException (see Database::raise); services turn them into a Status.
class Statement
{
public:
    Statement(Database& db, const char* sql);
    Statement(Database& db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;

    // Binding is 1-based, like SQLite.
    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, int value);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, double value);
    Statement& bind(int index, bool value);
    Statement& bind(int index, const QString& value); // null QString binds NULL
    Statement& bind(int index, const char* utf8) = delete; // use QStringLiteral
    // Binds text, never NULL: a null QString becomes ''.
    Statement& bindText(int index, const QString& value);
    // Binds UTF-8 text without copying it: the bytes must stay unchanged until the statement is
    // reset (bulk writers that bind many values from one buffer of their own).
    Statement& bindUtf8Unowned(int index, const char* utf8, int size);
    Statement& bind(int index, const QByteArray& blob); // null QByteArray binds NULL
    Statement& bind(int index, const QDateTime& utc); // ISO 8601 UTC with ms, or NULL
    Statement& bind(int index, const QDate& date); // YYYY-MM-DD, or NULL
    Statement& bind(int index, const QVariant& value);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }
    int parameterIndex(const char* name) const;
    int parameterCount() const;

    // Steps once: true when a row is available, false when done.
    bool next();
    // Runs to completion (for INSERT/UPDATE/DELETE) and resets.
    void exec();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    bool boolean(int column) const { return int64(column) != 0; }
    QString text(int column) const;
    // The column's text as SQLite holds it (UTF-8, followed by a NUL), without a QString: valid
    // until the next step, reset or conversion of that column. Empty for NULL.
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    QDateTime dateTime(int column) const;
    QDate date(int column) const;
    QVariant value(int column) const;

    // Convenience for single-value queries.
    static qint64 scalarInt(Database& db, const char* sql);

private:
    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

QString toStorageText(const QDateTime& utc);
// A stored instant as a UTC QDateTime (invalid for empty or unreadable text). The UTF-8 form reads
// a column's bytes without making a QString first.
QDateTime fromStorageText(const QString& text);
QDateTime fromStorageText(QByteArrayView utf8);

} // namespace cd
