// FTP commands from outside, as an FTPS control connection reads them: in pieces whose
// sizes the input decides; lines stay bounded however the bytes arrive.
#include "FtpCommandReader.h"
#include "FuzzSupport.h"

#include <cstdlib>

using namespace trustdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int piece = 1 + data[0] % 61;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    FtpCommandReader reader;
    for (qsizetype at = 0; at < input.size(); at += piece) {
        reader.append(input.mid(at, piece));
        for (;;) {
            FtpCommandReader::Command command;
            const FtpCommandReader::State state = reader.next(&command);
            if (state == FtpCommandReader::State::TooLong)
                return 0; // the session ends here
            if (state == FtpCommandReader::State::NeedMore)
                break;
            fuzz::consume(command.verb.size() + command.argument.size());
        }
        // Never more than one unfinished line is kept.
        if (reader.pending() > FtpCommandReader::MaxLine + piece)
            std::abort();
    }
    return 0;
}
