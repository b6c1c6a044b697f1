#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace cd {

// What went wrong, in terms the UI can act on. Messages are translated and say what to do next.
enum class ErrorCode {
    None,
    WrongPassphrase,
    NotAVault,
    Damaged,
    TooNew,
    NotFound,
    ReadOnly,
    InUse,
    DiskFull,
    NoCipher,
    PermissionDenied,
    InvalidInput,
    NotAllowed,
    Conflict,
    Io,
    Cancelled,
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString message;

    Error() = default;
    Error(ErrorCode c, QString m)
        : code(c)
        , message(std::move(m))
    {
    }
};

// Stable machine-readable name, used in CLI JSON output.
QString errorCodeName(ErrorCode code);

// A success flag plus an error the UI can show as is.
class Status
{
public:
    Status() = default;
    Status(Error e) // NOLINT: implicit on purpose, `return Error{...}` reads well
        : m_error(std::move(e))
    {
    }
    static Status success() { return {}; }

    bool ok() const { return m_error.code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString& message() const { return m_error.message; }

private:
    Error m_error;
};

template <typename T> class Result
{
public:
    Result(T value) // NOLINT
        : m_value(std::move(value))
    {
    }
    Result(Error e) // NOLINT
        : m_error(std::move(e))
    {
    }
    Result(const Status& s) // NOLINT: only for failed statuses
        : m_error(s.error())
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value, so `for (auto& x : service.list().value())` keeps the list alive for the loop.
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    const QString& message() const { return m_error.message; }
    Status status() const { return ok() ? Status() : Status(m_error); }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace cd
