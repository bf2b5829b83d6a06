// The sign-on site the HTTPS listener emulates (RULES.md section 5): a sign-on page;
// /human.aspx (browsers) and /machine.aspx (other clients) take a username and password;
// when the user's HTTPS policy needs a certificate, a 302 with a one-time session cookie
// passes the sign-on to /humancc.aspx or /machinecc.aspx, where the certificate of the
// connection is consumed. Results carry IIS's status and sub-status codes; every request
// goes to the W3C log, and every attempt that consults a certificate to the engine.
#pragma once

#include "HttpRequest.h"
#include "PeerChain.h"
#include "SiteMode.h"
#include "W3cLog.h"
#include "services/AttemptService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QSslCertificate>
#include <QStringList>

namespace trustdesk {

struct HttpResponse
{
    int status = 200;
    int substatus = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString username; // for the log: who signed on, or tried to
    QByteArray serialise() const;
};

// What the listener shows live for each attempt.
struct ListenerEvent
{
    QDateTime at;
    QString clientAddress;
    Interface interface = Interface::Https;
    QString username;
    Certificate certificate; // null when none was presented
    QList<Certificate> chain;
    QString verdict; // one line
};

class HttpsSite
{
    Q_DECLARE_TR_FUNCTIONS(HttpsSite)
public:
    struct Connection
    {
        QList<Certificate> peerChain; // leaf first, as the client sent it
        QHostAddress client;
        QHostAddress local;
        quint16 localPort = 0;
    };

    HttpsSite(AttemptService &recorder, W3cLog &log);
    void setMode(SiteMode mode) { m_mode = mode; }
    void setExceptionPaths(const QStringList &paths) { m_exceptions = paths; }

    // `event` is filled when the request was a sign-on attempt.
    HttpResponse handle(const HttpRequest &request, const Connection &connection,
                        ListenerEvent *event);
    static HttpResponse error(int status, int substatus, const QString &message);

private:
    struct Session
    {
        QString username;
        QDateTime created;
    };
    HttpResponse route(const HttpRequest &request, const Connection &connection,
                       ListenerEvent *event);
    HttpResponse signOn(const HttpRequest &request, bool browser, ListenerEvent *event);
    HttpResponse gateway(const HttpRequest &request, const Connection &connection,
                         ListenerEvent *event);
    std::optional<HttpResponse> requireCertificate(const HttpRequest &request,
                                                   const Connection &connection);
    static HttpResponse page(const QString &title, const QString &html);

    AttemptService &m_recorder;
    W3cLog &m_log;
    SiteMode m_mode = SiteMode::AcceptOnGateways;
    QStringList m_exceptions{QStringLiteral("/MOVEitISAPI"), QStringLiteral("/Java"),
                             QStringLiteral("/Images")};
    QHash<QString, Session> m_sessions;
};

} // namespace trustdesk
