#pragma once

// Newsroom server passwords in the system keychain (QtKeychain: the Secret Service on
// Linux, e.g. GNOME Keyring or KWallet), one entry per server address without its
// password. Never anywhere else: QtKeychain's plain-text fallback stays off, so with no
// keychain the editor asks for the password each time instead of writing it to a file.
// The calls wait for the keychain (it may ask the user to unlock it), with a time limit.

#include "core/error.h"

#include <QString>

namespace PortalDesk::Ui {

class PasswordStore
{
public:
    enum class Outcome { Found, Missing, NoKeychain };
    struct Lookup
    {
        Outcome outcome = Outcome::Missing;
        QString password; // when Found
        QString problem; // when NoKeychain: why, for people
    };

    static constexpr int TimeoutMs = 20000;

    static Lookup read(const QString &server);
    // Refused with a message saying why when there is no keychain to keep it in.
    static Status write(const QString &server, const QString &password);
    static Status remove(const QString &server);
};

} // namespace PortalDesk::Ui
