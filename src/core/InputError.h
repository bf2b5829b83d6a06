// Bad input from a person or a file: a message that names the thing and what is wrong.
// Callers report it and change nothing (the CLI exits with code 3).
#pragma once

#include <QString>
#include <stdexcept>

namespace trustdesk {

class InputError : public std::runtime_error
{
public:
    // What a caller can do about it: the GUI asks for a passphrase and tries again.
    enum class Reason
    {
        Invalid,
        PassphraseRequired,
        WrongPassphrase
    };

    explicit InputError(const QString &message, Reason reason = Reason::Invalid)
        : std::runtime_error(message.toStdString()), m_message(message), m_reason(reason)
    {}
    QString message() const { return m_message; }
    Reason reason() const { return m_reason; }

private:
    QString m_message;
    Reason m_reason;
};

} // namespace trustdesk
