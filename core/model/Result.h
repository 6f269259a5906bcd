#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Tenancy {

// What went wrong, in the terms a caller can act on. The CLI maps these to exit codes.
enum class ErrorCode {
    Invalid, // input failed validation (field names the input)
    Usage, // the request itself is malformed (CLI usage)
    PermissionDenied, // the operator's role does not allow the operation
    NotFound, // the tenant/operator/etc. does not exist
    Conflict, // stale version: someone else changed it first
    AlreadyExists, // duplicate id/name
    NotAllowed, // refused by a rule (e.g. lifecycle edge), not by input shape
    Storage, // the database failed or is unusable
    Unavailable, // an outside service (keychain, server) did not answer
    Catalog, // shipped data (tiers.json ...) missing or malformed
    Cancelled, // the operator stopped it; nothing was kept
};

// A structured error: code, a message for a person (already translated), and the field or
// JSON Pointer the error concerns when it is about input.
struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message;
    QString field;
    // Where in a text (a template, a JSON file) the error is: 1-based, 0 when not about a text.
    // column counts characters (Unicode code points) from the start of the line; offset is the
    // index into the QString (UTF-16 units), for editors.
    int line = 0;
    int column = 0;
    qsizetype offset = -1;

    static Error invalid(QString field, QString message)
    {
        return {ErrorCode::Invalid, std::move(message), std::move(field)};
    }
    static Error make(ErrorCode code, QString message) { return {code, std::move(message), {}}; }
    static Error at(QString field, QString message, int line, int column, qsizetype offset = -1)
    {
        Error e {ErrorCode::Invalid, std::move(message), std::move(field)};
        e.line = line;
        e.column = column;
        e.offset = offset;
        return e;
    }
};

// Expected-style result: either a value or an Error. No exception crosses core's boundary.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value on temporaries, so `for (auto &x : *manager.list(q))` keeps the list alive.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace Tenancy
