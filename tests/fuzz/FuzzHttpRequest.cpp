// HTTP requests from outside, as the test listener reads them off a TLS connection: fed in
// pieces whose sizes the input decides (the limits must hold however the bytes arrive),
// then the fields and cookies a sign-on reads.
#include "FuzzSupport.h"
#include "HttpRequest.h"

using namespace trustdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int piece = 1 + data[0] % 97;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    HttpRequestReader reader;
    HttpRequestReader::State state = HttpRequestReader::State::NeedMore;
    for (qsizetype at = 0; at < input.size() && state == HttpRequestReader::State::NeedMore;
         at += piece)
        state = reader.feed(input.mid(at, piece));
    if (state == HttpRequestReader::State::Complete) {
        const HttpRequest &request = reader.request();
        fuzz::consume(request.field(QStringLiteral("username")).size() +
                      request.field(QStringLiteral("password")).size() +
                      request.cookie("td_session").size() + request.path.size() +
                      request.query.toString().size());
    }
    return 0;
}
