#include "FtpCommandReader.h"

namespace trustdesk {

FtpCommandReader::State FtpCommandReader::next(Command *command)
{
    const int end = int(m_buffer.indexOf('\n'));
    if (end < 0)
        return m_buffer.size() > MaxLine ? State::TooLong : State::NeedMore;
    if (end > MaxLine)
        return State::TooLong;
    const QByteArray line = m_buffer.left(end).trimmed();
    m_buffer.remove(0, end + 1);
    const int space = int(line.indexOf(' '));
    command->verb = (space < 0 ? line : line.left(space)).toUpper();
    command->argument = space < 0 ? QString() : QString::fromUtf8(line.mid(space + 1));
    return State::Ready;
}

} // namespace trustdesk
