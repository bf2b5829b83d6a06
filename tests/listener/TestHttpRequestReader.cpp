// HttpRequestReader: a request gives the same result however its bytes arrive (whole, byte
// by byte, in odd chunks); the line, header and body limits end in the error state instead
// of buffering more; bad request lines and Content-Length values are refused; header names
// are case-insensitive.
#include "HttpRequest.h"

#include <QTest>

using namespace trustdesk;

using State = HttpRequestReader::State;

namespace {

const char *nameOf(State state)
{
    switch (state) {
    case State::NeedMore:
        return "NeedMore";
    case State::Complete:
        return "Complete";
    case State::Malformed:
        return "Malformed";
    case State::TooLarge:
        return "TooLarge";
    }
    return "?";
}

} // namespace

namespace QTest {
template <> char *toString(const HttpRequestReader::State &state)
{
    return qstrdup(nameOf(state));
}
} // namespace QTest

namespace {

struct Outcome
{
    State state = State::NeedMore;
    HttpRequest request;
    qsizetype fed = 0; // bytes given to the reader before it stopped asking for more
};

// Feeds `data` in pieces of `chunk` bytes (0: all at once) until the reader stops asking.
Outcome feed(const QByteArray &data, int chunk = 0)
{
    HttpRequestReader reader;
    Outcome out;
    const int step = chunk <= 0 ? int(qMax<qsizetype>(data.size(), 1)) : chunk;
    for (qsizetype at = 0; at < data.size() || (at == 0 && data.isEmpty()); at += step) {
        const QByteArray piece = data.mid(at, step);
        out.fed = at + piece.size();
        out.state = reader.feed(piece);
        if (out.state != State::NeedMore)
            break;
    }
    out.request = reader.request();
    return out;
}

QByteArray get(const QByteArray &target, const QByteArray &headers = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n";
}

QByteArray post(const QByteArray &target, const QByteArray &body,
                const QByteArray &type = "application/x-www-form-urlencoded")
{
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestHttpRequestReader : public QObject
{
    Q_OBJECT

private slots:
    void readerParsesAGet()
    {
        const Outcome out = feed(get("/human.aspx?transaction=signon&x=a%20b",
                                     "User-Agent: curl/8.0 (x86_64)\r\nAccept: */*\r\n"));
        QCOMPARE(out.state, State::Complete);
        QCOMPARE(out.request.method, QByteArray("GET"));
        QCOMPARE(out.request.path, QStringLiteral("/human.aspx"));
        QCOMPARE(out.request.query.queryItemValue(QStringLiteral("transaction")),
                 QStringLiteral("signon"));
        QCOMPARE(out.request.query.queryItemValue(QStringLiteral("x"), QUrl::FullyDecoded),
                 QStringLiteral("a b"));
        QCOMPARE(out.request.header("user-agent"), QByteArray("curl/8.0 (x86_64)"));
        QCOMPARE(out.request.header("accept"), QByteArray("*/*"));
        QCOMPARE(out.request.headers.size(), 3);
        QVERIFY(out.request.body.isEmpty());
    }

    void readerDecodesThePath()
    {
        const Outcome out = feed(get("/Images/a%20b%2Bc.png"));
        QCOMPARE(out.state, State::Complete);
        QCOMPARE(out.request.path, QStringLiteral("/Images/a b+c.png"));
        QVERIFY(out.request.query.isEmpty());
    }

    void readerParsesAPostWithItsBody()
    {
        const QByteArray body = "username=Frank+Smith&password=p%40ss%2Bword&empty=";
        const Outcome out = feed(post("/human.aspx?transaction=signon", body));
        QCOMPARE(out.state, State::Complete);
        QCOMPARE(out.request.method, QByteArray("POST"));
        QCOMPARE(out.request.body, body);
        QCOMPARE(out.request.field(QStringLiteral("username")), QStringLiteral("Frank Smith"));
        QCOMPARE(out.request.field(QStringLiteral("password")), QStringLiteral("p@ss+word"));
        QCOMPARE(out.request.field(QStringLiteral("empty")), QString());
        // Not in the form: the query is consulted.
        QCOMPARE(out.request.field(QStringLiteral("transaction")), QStringLiteral("signon"));
        QCOMPARE(out.request.field(QStringLiteral("nothing")), QString());
    }

    void formFieldsWinOverTheQuery()
    {
        const Outcome out = feed(post("/human.aspx?username=fromquery", "username=fromform",
                                      "application/x-www-form-urlencoded; charset=UTF-8"));
        QCOMPARE(out.request.field(QStringLiteral("username")), QStringLiteral("fromform"));
    }

    void aBodyThatIsNoFormIsNotReadAsFields()
    {
        const Outcome out = feed(post("/machine.aspx?username=q", "username=b", "text/plain"));
        QCOMPARE(out.state, State::Complete);
        QCOMPARE(out.request.field(QStringLiteral("username")), QStringLiteral("q"));
    }

    void cookiesAreFoundByName()
    {
        const Outcome out =
            feed(get("/", "Cookie: ab=5; ASP.NET_SessionId=xyz123 ;a=1; siLockCSRFToken=t0k\r\n"));
        QCOMPARE(out.request.cookie("ASP.NET_SessionId"), QStringLiteral("xyz123"));
        QCOMPARE(out.request.cookie("a"), QStringLiteral("1"));
        QCOMPARE(out.request.cookie("ab"), QStringLiteral("5"));
        QCOMPARE(out.request.cookie("siLockCSRFToken"), QStringLiteral("t0k"));
        QCOMPARE(out.request.cookie("missing"), QString());
        QCOMPARE(feed(get("/")).request.cookie("a"), QString());
    }

    // --- however the bytes arrive

    void readerGivesTheSameResultHoweverTheBytesArrive_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("GET") << get("/human.aspx?a=1&b=two", "User-Agent: x y z\r\n");
        QTest::newRow("POST with a form")
            << post("/human.aspx", "transaction=signon&username=frank&password=secret");
        QTest::newRow("POST, body of one byte") << post("/machine.aspx", "x");
        QTest::newRow("POST, binary body") << post(
            "/machine.aspx", QByteArray("\r\n\r\n\0\x01\xff", 7), "application/octet-stream");
        QTest::newRow("many headers") << get("/", QByteArray("X-Header: value\r\n").repeated(200));
        QTest::newRow("a long header line")
            << get("/", "X-Long: " + QByteArray(HttpRequestReader::MaxLine - 100, 'a') + "\r\n");
        QTest::newRow("a long request line")
            << get("/" + QByteArray(HttpRequestReader::MaxLine - 100, 'p'));
        QTest::newRow("body of MaxBody")
            << post("/machine.aspx", QByteArray(HttpRequestReader::MaxBody, 'b'), "text/plain");
        QTest::newRow("bad request line") << QByteArray("GET /\r\nHost: a\r\n\r\n");
        QTest::newRow("header without colon") << get("/", "NoColonHere\r\n");
        QTest::newRow("body over MaxBody")
            << post("/machine.aspx", QByteArray(HttpRequestReader::MaxBody + 1, 'b'), "text/plain");
        QTest::newRow("header line over MaxLine")
            << get("/", "X-Long: " + QByteArray(HttpRequestReader::MaxLine, 'a') + "\r\n");
        QTest::newRow("chunked transfer encoding")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    }
    void readerGivesTheSameResultHoweverTheBytesArrive()
    {
        QFETCH(QByteArray, data);
        const Outcome whole = feed(data);
        QVERIFY(whole.state != State::NeedMore);
        for (const int chunk : {1, 2, 3, 7, 13, 64, 1000, 4093, 16384}) {
            const Outcome part = feed(data, chunk);
            const QByteArray where = "in chunks of " + QByteArray::number(chunk);
            QVERIFY2(part.state == whole.state,
                     (where + ": " + nameOf(part.state) + " instead of " + nameOf(whole.state))
                         .constData());
            if (whole.state != State::Complete)
                continue;
            QVERIFY2(part.fed == data.size(), where.constData());
            QVERIFY2(part.request.method == whole.request.method, where.constData());
            QVERIFY2(part.request.path == whole.request.path, where.constData());
            QVERIFY2(part.request.query.toString() == whole.request.query.toString(),
                     where.constData());
            QVERIFY2(part.request.headers == whole.request.headers, where.constData());
            QVERIFY2(part.request.body == whole.request.body, where.constData());
        }
    }

    void aBodyArrivingLaterCompletesTheRequest()
    {
        HttpRequestReader reader;
        QCOMPARE(reader.feed("POST /human.aspx HTTP/1.1\r\nContent-Length: 10\r\n\r\n"),
                 State::NeedMore);
        QCOMPARE(reader.feed("01234"), State::NeedMore);
        QCOMPARE(reader.feed("5678"), State::NeedMore);
        QCOMPARE(reader.feed("9"), State::Complete);
        QCOMPARE(reader.request().body, QByteArray("0123456789"));
    }

    // --- limits: the error state, not growth

    void aLineWithoutEndIsRefusedOnceOverMaxLine()
    {
        HttpRequestReader reader;
        QByteArray fed = "GET /human.aspx HTTP/1.1\r\nX-Endless: ";
        State state = reader.feed(fed);
        const QByteArray chunk(100, 'a');
        while (state == State::NeedMore && fed.size() < 10 * HttpRequestReader::MaxLine) {
            fed += chunk;
            state = reader.feed(chunk);
        }
        QCOMPARE(state, State::TooLarge);
        QVERIFY2(fed.size() <= 26 + HttpRequestReader::MaxLine + chunk.size(),
                 QByteArray::number(fed.size()).constData());
    }

    void aRequestLineWithoutEndIsRefusedOnceOverMaxLine()
    {
        HttpRequestReader reader;
        State state = reader.feed("GET /");
        qsizetype fed = 5;
        while (state == State::NeedMore && fed < 10 * HttpRequestReader::MaxLine) {
            state = reader.feed(QByteArray(64, 'x'));
            fed += 64;
        }
        QCOMPARE(state, State::TooLarge);
        QVERIFY2(fed <= HttpRequestReader::MaxLine + 64, QByteArray::number(fed).constData());
    }

    void headersWithoutEndAreRefusedOnceOverMaxHeaders()
    {
        HttpRequestReader reader;
        State state = reader.feed("GET / HTTP/1.1\r\n");
        qsizetype fed = 16;
        const QByteArray line = "X-Filler: " + QByteArray(500, 'f') + "\r\n";
        while (state == State::NeedMore && fed < 10 * HttpRequestReader::MaxHeaders) {
            state = reader.feed(line);
            fed += line.size();
        }
        QCOMPARE(state, State::TooLarge);
        QVERIFY2(fed <= HttpRequestReader::MaxHeaders + line.size(),
                 QByteArray::number(fed).constData());
    }

    void headersOverMaxHeadersAreRefusedWhenTheyArriveWhole()
    {
        const QByteArray line = "X-Filler: " + QByteArray(500, 'f') + "\r\n";
        const QByteArray data =
            get("/", line.repeated(HttpRequestReader::MaxHeaders / line.size() + 1));
        QCOMPARE(feed(data).state, State::TooLarge);
        QCOMPARE(feed(data, 1000).state, State::TooLarge);
    }

    void headersJustUnderMaxHeadersAreAccepted()
    {
        // A head (up to the blank line) of MaxHeaders - 8 bytes.
        QByteArray head = "GET / HTTP/1.1";
        const QByteArray line = "\r\nX-Filler: " + QByteArray(500, 'f');
        while (head.size() + line.size() <= HttpRequestReader::MaxHeaders - 100)
            head += line;
        head +=
            "\r\nX-Last: " + QByteArray(HttpRequestReader::MaxHeaders - 8 - head.size() - 10, 'l');
        QCOMPARE(head.size(), HttpRequestReader::MaxHeaders - 8);
        const QByteArray data = head + "\r\n\r\n";
        QCOMPARE(feed(data).state, State::Complete);
        QCOMPARE(feed(data, 333).state, State::Complete);
        // The first piece ends inside the blank line: "...\r" and then "\n\r\n".
        QCOMPARE(feed(data, HttpRequestReader::MaxHeaders - 8 + 1).state, State::Complete);
    }

    void headersOfExactlyMaxHeadersAreAcceptedHoweverTheyArrive()
    {
        QByteArray head = "GET / HTTP/1.1";
        const QByteArray line = "\r\nX-Filler: " + QByteArray(500, 'f');
        while (head.size() + line.size() <= HttpRequestReader::MaxHeaders - 100)
            head += line;
        head += "\r\nX-Last: " + QByteArray(HttpRequestReader::MaxHeaders - head.size() - 10, 'l');
        QCOMPARE(head.size(), HttpRequestReader::MaxHeaders);
        const QByteArray data = head + "\r\n\r\n";
        QCOMPARE(feed(data).state, State::Complete);
        // While the blank line is still on its way, "\r\n\r" does not count against
        // MaxHeaders: here the first piece ends inside the blank line, "...\r", then "\n\r\n".
        QCOMPARE(feed(data, HttpRequestReader::MaxHeaders + 1).state, State::Complete);
    }

    void aHeaderLineOverMaxLineIsRefused()
    {
        const QByteArray data =
            get("/", "X-Long: " + QByteArray(HttpRequestReader::MaxLine - 7, 'a') + "\r\n");
        QCOMPARE(feed(data).state, State::TooLarge);
        QCOMPARE(feed(data, 1).state, State::TooLarge);
        QCOMPARE(feed(data, 512).state, State::TooLarge);
    }

    void aHeaderLineOfExactlyMaxLineIsAcceptedHoweverItArrives()
    {
        const QByteArray header = "X-Long: " + QByteArray(HttpRequestReader::MaxLine - 8, 'a');
        QCOMPARE(header.size(), HttpRequestReader::MaxLine);
        const QByteArray data = get("/", header + "\r\n");
        QCOMPARE(feed(data).state, State::Complete);
        QCOMPARE(feed(data).request.header("x-long").size(), HttpRequestReader::MaxLine - 8);
        // An unfinished line is measured without its CR, as a finished one is.
        QCOMPARE(feed(data, 1).state, State::Complete);
    }

    void aRequestLineOverMaxLineIsRefusedHoweverItArrives()
    {
        const QByteArray data = get("/" + QByteArray(HttpRequestReader::MaxLine + 100, 'p'));
        QCOMPARE(feed(data, 1).state, State::TooLarge);
        QCOMPARE(feed(data, 4096).state, State::TooLarge);
        // Also when it arrives in a single read (one TLS record holds 16 KiB).
        QCOMPARE(feed(data).state, State::TooLarge);
    }

    void aBodyOfMaxBodyIsRead()
    {
        const QByteArray body(HttpRequestReader::MaxBody, 'b');
        const Outcome out = feed(post("/machine.aspx", body, "text/plain"), 4096);
        QCOMPARE(out.state, State::Complete);
        QCOMPARE(out.request.body.size(), HttpRequestReader::MaxBody);
    }

    void aContentLengthOverMaxBodyIsRefusedBeforeTheBody()
    {
        HttpRequestReader reader;
        const QByteArray head = "POST /machine.aspx HTTP/1.1\r\nContent-Length: " +
                                QByteArray::number(HttpRequestReader::MaxBody + 1) + "\r\n\r\n";
        QCOMPARE(reader.feed(head), State::TooLarge); // nothing of the body was needed
        HttpRequestReader huge;
        QCOMPARE(huge.feed("POST / HTTP/1.1\r\nContent-Length: 99999999999999\r\n\r\n"),
                 State::TooLarge);
    }

    // --- Content-Length

    void contentLengthIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<State>("state");
        QTest::newRow("exact") << QByteArray("5") << QByteArray("hello") << State::Complete;
        QTest::newRow("zero, no body") << QByteArray("0") << QByteArray() << State::Complete;
        QTest::newRow("spaces around")
            << QByteArray("  5  ") << QByteArray("hello") << State::Complete;
        QTest::newRow("body still to come")
            << QByteArray("6") << QByteArray("hello") << State::NeedMore;
        QTest::newRow("more body than announced (pipelining)")
            << QByteArray("4") << QByteArray("hello") << State::Malformed;
        QTest::newRow("body without a length")
            << QByteArray() << QByteArray("hello") << State::Malformed;
        QTest::newRow("not a number")
            << QByteArray("five") << QByteArray("hello") << State::Malformed;
        QTest::newRow("number and junk")
            << QByteArray("5x") << QByteArray("hello") << State::Malformed;
        QTest::newRow("hexadecimal")
            << QByteArray("0x5") << QByteArray("hello") << State::Malformed;
        QTest::newRow("negative") << QByteArray("-1") << QByteArray() << State::Malformed;
        QTest::newRow("two numbers")
            << QByteArray("5 5") << QByteArray("hello") << State::Malformed;
    }
    void contentLengthIsHonoured()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, body);
        QFETCH(State, state);
        QByteArray data = "POST /machine.aspx HTTP/1.1\r\nHost: a\r\n";
        if (!value.isNull())
            data += "Content-Length: " + value + "\r\n";
        data += "\r\n" + body;
        const Outcome out = feed(data);
        QCOMPARE(out.state, state);
        if (state == State::Complete)
            QCOMPARE(out.request.body, body);
    }

    void anEmptyContentLengthCountsAsNone()
    {
        // Pinned: an empty value is read as no Content-Length at all.
        QCOMPARE(feed("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n").state, State::Complete);
        QCOMPARE(feed("POST / HTTP/1.1\r\nContent-Length:\r\n\r\nx").state, State::Malformed);
    }

    void transferEncodingIsRefused()
    {
        QCOMPARE(
            feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                .state,
            State::Malformed);
        QCOMPARE(
            feed("POST / HTTP/1.1\r\nContent-Length: 5\r\nTRANSFER-ENCODING: gzip\r\n\r\nhello")
                .state,
            State::Malformed);
    }

    // --- bad request lines and headers

    void badRequestLinesAreMalformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("method only") << QByteArray("GET");
        QTest::newRow("no version") << QByteArray("GET /human.aspx");
        QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2");
        QTest::newRow("HTTP/0.9") << QByteArray("GET / HTTP/0.9");
        QTest::newRow("not HTTP") << QByteArray("GET / FTP/1.1");
        QTest::newRow("version in lower case") << QByteArray("GET / http/1.1");
        QTest::newRow("absolute form") << QByteArray("GET http://localhost/ HTTP/1.1");
        QTest::newRow("asterisk") << QByteArray("OPTIONS * HTTP/1.1");
        QTest::newRow("relative path") << QByteArray("GET human.aspx HTTP/1.1");
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1");
        QTest::newRow("a space in the target") << QByteArray("GET /a b HTTP/1.1");
        QTest::newRow("a fourth word") << QByteArray("GET / HTTP/1.1 extra");
        QTest::newRow("TLS bytes")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
        QTest::newRow("FTP command") << QByteArray("USER frank");
    }
    void badRequestLinesAreMalformed()
    {
        QFETCH(QByteArray, line);
        QCOMPARE(feed(line + "\r\nHost: a\r\n\r\n").state, State::Malformed);
    }

    void goodRequestLinesAreRead_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("HTTP/1.0") << QByteArray("GET /a HTTP/1.0") << QByteArray("GET")
                                  << QStringLiteral("/a");
        QTest::newRow("other method")
            << QByteArray("DELETE /x HTTP/1.1") << QByteArray("DELETE") << QStringLiteral("/x");
        QTest::newRow("root") << QByteArray("GET / HTTP/1.1") << QByteArray("GET")
                              << QStringLiteral("/");
        QTest::newRow("trailing space")
            << QByteArray("GET /b HTTP/1.1 ") << QByteArray("GET") << QStringLiteral("/b");
    }
    void goodRequestLinesAreRead()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const Outcome out = feed(line + "\r\nHost: a\r\n\r\n");
        QCOMPARE(out.state, State::Complete);
        QCOMPARE(out.request.method, method);
        QCOMPARE(out.request.path, path);
    }

    void badHeaderLinesAreMalformed()
    {
        QCOMPARE(feed(get("/", "NoColon\r\n")).state, State::Malformed);
        QCOMPARE(feed(get("/", ": no name\r\n")).state, State::Malformed);
        QCOMPARE(feed(get("/", "   : no name\r\n")).state, State::Malformed);
    }

    // --- header names

    void headerNamesAreCaseInsensitive()
    {
        const Outcome out =
            feed("POST / HTTP/1.1\r\nCoNtEnT-TyPe: Text/Plain\r\nCONTENT-LENGTH: 3\r\n"
                 "x-MiXeD:  Value With Case  \r\nHost: Example.COM:8443\r\n\r\nabc");
        QCOMPARE(out.state, State::Complete);
        QCOMPARE(out.request.body, QByteArray("abc")); // CONTENT-LENGTH honoured
        for (const QByteArray &name : {QByteArray("content-type"), QByteArray("Content-Type"),
                                       QByteArray("CONTENT-TYPE"), QByteArray("cOnTeNt-tYpE")})
            QCOMPARE(out.request.header(name), QByteArray("Text/Plain"));       // values keep case
        QCOMPARE(out.request.header("X-Mixed"), QByteArray("Value With Case")); // trimmed
        QCOMPARE(out.request.header("host"), QByteArray("Example.COM:8443"));   // colon in value
        for (auto it = out.request.headers.cbegin(); it != out.request.headers.cend(); ++it)
            QCOMPARE(it.key(), it.key().toLower());
        QVERIFY(out.request.header("missing").isEmpty());
    }

    void aRepeatedHeaderKeepsTheLastValue()
    {
        // Pinned: names are keys of a hash, so the last of a repeated header wins.
        const Outcome out = feed(get("/", "X-Twice: first\r\nx-twice: second\r\n"));
        QCOMPARE(out.state, State::Complete);
        QCOMPARE(out.request.header("X-Twice"), QByteArray("second"));
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestReader)
#include "TestHttpRequestReader.moc"
