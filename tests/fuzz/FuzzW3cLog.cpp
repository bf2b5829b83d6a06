// What clients send ends up in the W3C log (path, query, user agent, username): whatever it
// is, a log line has exactly its thirteen fields, and no line break.
#include "FuzzSupport.h"
#include "W3cLog.h"

#include <cstdlib>

using namespace trustdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const qsizetype quarter = text.size() / 4;
    W3cEntry entry;
    entry.path = text.left(quarter);
    entry.query = text.mid(quarter, quarter);
    entry.userAgent = text.mid(2 * quarter, quarter);
    entry.username = text.mid(3 * quarter);
    const QString line = W3cLog::format(entry);
    if (line.split(QLatin1Char(' ')).size() != 13 || line.contains(QLatin1Char('\n')) ||
        line.contains(QLatin1Char('\r')) || line.contains(QLatin1Char('\t')))
        std::abort();
    return 0;
}
