// One HTTP/1.1 request, read incrementally from a socket with hard limits: a request line
// or header longer than MaxLine, headers over MaxHeaders or a body over MaxBody is refused
// before it is buffered, so a hostile client cannot make the listener hoard memory.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace trustdesk {

struct HttpRequest
{
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // Fields of an application/x-www-form-urlencoded body, or of the query.
    QString field(const QString &name) const;
    QString cookie(const QByteArray &name) const;
};

class HttpRequestReader
{
public:
    static constexpr int MaxLine = 8 * 1024;
    static constexpr int MaxHeaders = 32 * 1024;
    static constexpr int MaxBody = 64 * 1024;

    enum class State
    {
        NeedMore,
        Complete,
        Malformed,
        TooLarge
    };

    State feed(const QByteArray &data);
    const HttpRequest &request() const { return m_request; }

private:
    State parseHead();

    QByteArray m_buffer;
    HttpRequest m_request;
    bool m_headDone = false;
    qsizetype m_lineStart = 0; // the head's lines before this are measured already
    qint64 m_contentLength = 0;
};

} // namespace trustdesk
