// Bad input from a person or a file: a message that names the thing and what is wrong.
// Callers report it and change nothing (the CLI exits with code 3).
#pragma once

#include <QString>
#include <stdexcept>

namespace trustdesk {

class InputError : public std::runtime_error
{
public:
    explicit InputError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace trustdesk
