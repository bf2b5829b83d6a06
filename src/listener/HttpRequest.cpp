#include "HttpRequest.h"

#include <QList>
#include <QUrl>

namespace trustdesk {

QString HttpRequest::field(const QString &name) const
{
    if (header("content-type").startsWith("application/x-www-form-urlencoded")) {
        QByteArray form = body;
        form.replace('+', ' ');
        const QUrlQuery fields(QString::fromUtf8(form));
        if (fields.hasQueryItem(name))
            return fields.queryItemValue(name, QUrl::FullyDecoded);
    }
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QString HttpRequest::cookie(const QByteArray &name) const
{
    for (const QByteArray &part : header("cookie").split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(name + '='))
            return QString::fromLatin1(trimmed.mid(name.size() + 1));
    }
    return QString();
}

HttpRequestReader::State HttpRequestReader::feed(const QByteArray &data)
{
    m_buffer += data;
    if (!m_headDone) {
        const State head = parseHead();
        if (head != State::Complete)
            return head;
    }
    if (m_buffer.size() > m_contentLength)
        return State::Malformed; // pipelining is not supported; one request per connection
    if (m_buffer.size() < m_contentLength)
        return State::NeedMore;
    m_request.body = m_buffer;
    return State::Complete;
}

HttpRequestReader::State HttpRequestReader::parseHead()
{
    // The limits hold however the bytes arrive: every line of the head (the request line
    // too) is measured without its CR, the head without its blank line, and only bytes that
    // cannot be the start of the blank line count. Lines are measured once each as they
    // complete, so a head trickled a byte at a time costs no more than one sent whole.
    const qsizetype end = m_buffer.indexOf("\r\n\r\n", qMax<qsizetype>(0, m_lineStart - 3));
    qsizetype headLength = end;
    if (end < 0) {
        headLength = m_buffer.size();
        for (const char *tail : {"\r\n\r", "\r\n", "\r"}) {
            if (m_buffer.endsWith(tail)) {
                headLength -= qsizetype(qstrlen(tail));
                break;
            }
        }
    }
    if (headLength > MaxHeaders)
        return State::TooLarge;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_lineStart);
        const qsizetype lineEnd = newline < 0 || newline > headLength ? headLength : newline;
        qsizetype length = lineEnd - m_lineStart;
        if (length > 0 && m_buffer.at(lineEnd - 1) == '\r')
            --length;
        if (length > MaxLine)
            return State::TooLarge;
        if (newline < 0 || newline >= headLength)
            break;
        m_lineStart = newline + 1;
    }
    if (end < 0)
        return State::NeedMore;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return State::Malformed;
    m_request.method = requestLine.at(0);
    const QUrl url(QString::fromLatin1(requestLine.at(1)));
    if (!url.isValid() || !requestLine.at(1).startsWith('/'))
        return State::Malformed;
    m_request.path = url.path(QUrl::FullyDecoded);
    m_request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.size() > MaxLine)
            return State::TooLarge;
        const int colon = int(line.indexOf(':'));
        if (colon <= 0)
            return State::Malformed;
        m_request.headers.insert(line.left(colon).trimmed().toLower(),
                                 line.mid(colon + 1).trimmed());
    }
    bool ok = true;
    const QByteArray length = m_request.header("content-length");
    m_contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_contentLength < 0)
        return State::Malformed;
    if (m_contentLength > MaxBody)
        return State::TooLarge;
    if (!m_request.header("transfer-encoding").isEmpty())
        return State::Malformed; // chunked bodies are not needed by any sign-on client
    m_headDone = true;
    return State::Complete;
}

} // namespace trustdesk
