#pragma once

// Errors are values: every core call that can fail returns Result<T>, whose
// Error carries a code the caller can branch on and a message a person can act on.

#include <QString>
#include <expected>

namespace PortalDesk {

struct Error
{
    enum class Code {
        Invalid, // input failed validation; `field` names the culprit
        NotFound, // the thing asked for does not exist
        Conflict, // someone else saved first
        Io, // file system trouble
        Database, // the database refused or failed
        Unsupported, // asked for something this build cannot do
        TooNew, // data written by a newer PortalDesk
        Format, // malformed file or text
        Cancelled, // the user stopped a long job
        Denied, // the person's role may not do this (the newsroom server refused)
    };

    Code code = Code::Invalid;
    QString message;
    QString field; // optional: which field or location the message is about

    static Error invalid(const QString &field, const QString &message)
    {
        return { Code::Invalid, message, field };
    }
    static Error of(Code code, const QString &message) { return { code, message, {} }; }

    // "headline: is required" when a field is known, else the message alone.
    QString text() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

template<typename T> using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error::Code code, const QString &message)
{
    return std::unexpected(Error::of(code, message));
}

} // namespace PortalDesk
