// The FTP control channel's commands, as a client sends them: lines ending in LF (CR LF
// in practice), each a verb and an optional argument after the first space. Lines are
// bounded: a client that never ends a line cannot grow the buffer.
#pragma once

#include <QByteArray>
#include <QString>

namespace trustdesk {

class FtpCommandReader
{
public:
    static constexpr int MaxLine = 1024;

    struct Command
    {
        QByteArray verb;  // upper case: "USER", "STOR"
        QString argument; // as sent (UTF-8), without the separating space
    };
    enum class State
    {
        NeedMore, // no complete line yet
        Ready,    // a command was taken off the buffer
        TooLong   // a line is (or would be) longer than MaxLine: close the connection
    };

    void append(const QByteArray &bytes) { m_buffer += bytes; }
    // Takes the next complete command off the buffer.
    State next(Command *command);
    // What the client sent that has not been read as a command.
    int pending() const { return int(m_buffer.size()); }
    // Forgets what was not read yet (the plaintext after AUTH TLS).
    void discard() { m_buffer.clear(); }

private:
    QByteArray m_buffer;
};

} // namespace trustdesk
