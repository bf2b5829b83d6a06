// The sign-on site the HTTPS listener emulates (RULES.md section 5): a sign-on page;
// /human.aspx (browsers) and /machine.aspx (other clients) take a username and password;
// when the user's HTTPS policy needs a certificate, a 302 with a one-time session cookie
// passes the sign-on to /humancc.aspx or /machinecc.aspx, where the certificate of the
// connection is consumed. Results carry IIS's status and sub-status codes; every request
// goes to the W3C log, and every attempt that consults a certificate to the engine.
#pragma once

#include "HttpRequest.h"
#include "PasswordCheck.h"
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
#include <functional>

namespace trustdesk {

struct HttpResponse
{
    int status = 200;
    int substatus = 0;
    quint32 win32 = 0; // the log's sc-win32-status
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString username; // for the log: who signed on, or tried to
    QString message;  // an error's reason, as the page says it
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
    QString verdict; // the certificate's verdict, one line
    QString outcome; // the answer the client got: "401.1 Sign-on failed.", "230 User ..."
    bool signedOn = false;
    // The two signs of the site-wide Accept flag (RULES.md section 5).
    enum class Sign
    {
        None,
        EmptyCertificatePrompt, // a page asked for a certificate: browsers show an empty prompt
        TransferRefused,        // a non-browser sign-on failed: the machine interface is cut off
    };
    Sign sign = Sign::None;
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

    // Sign-on sessions (one-time, 120 s) kept at most: the oldest go first.
    static constexpr int MaxSessions = 10000;

    // The answer, and the attempt it was (username empty when it was none).
    using Done = std::function<void(const HttpResponse &response, const ListenerEvent &event)>;

    HttpsSite(AttemptService &recorder, W3cLog &log);
    void setMode(SiteMode mode) { m_mode = mode; }
    void setExceptionPaths(const QStringList &paths) { m_exceptions = paths; }
    void setPasswordCheck(PasswordCheck *passwords) { m_passwords = passwords; }
    int sessionCount() const { return int(m_sessions.size()); }

    // Answers `request` through `done`: at once, or after a password check off the event
    // loop; `done` is not called once `context` is gone. Every answer goes to the W3C log;
    // a store that cannot be used gives 503, and the site goes on.
    void handle(const HttpRequest &request, const Connection &connection, QObject *context,
                Done done);
    static HttpResponse error(int status, int substatus, const QString &message);
    // What the client was answered, as the listener panel shows it: "302", "401.1 Sign-on
    // failed." (an error's status and its reason)
    static QString outcomeText(const HttpResponse &response);

private:
    struct Session
    {
        QString username;
        QDateTime created;
    };
    void route(const HttpRequest &request, const Connection &connection, QObject *context,
               const Done &done);
    void signOn(const HttpRequest &request, bool browser, const Connection &connection,
                QObject *context, const Done &done);
    HttpResponse passwordChecked(PasswordCheck::Result result, const UserProfile &user,
                                 bool browser, const Connection &connection, ListenerEvent *event);
    HttpResponse startCertificateStep(const UserProfile &user, bool browser);
    HttpResponse gateway(const HttpRequest &request, const Connection &connection,
                         ListenerEvent *event);
    // The iis-mapping site: every path, the user from the organisation's mappings.
    HttpResponse identify(const HttpRequest &request, const Connection &connection,
                          ListenerEvent *event);
    void log(const HttpRequest &request, const Connection &connection,
             const HttpResponse &response);
    std::optional<HttpResponse> requireCertificate(const HttpRequest &request,
                                                   const Connection &connection);
    // The site-wide Accept flag: every page asks for a certificate (the panel's first sign).
    void noteCertificatePrompt(const HttpRequest &request, const Connection &connection,
                               ListenerEvent *event) const;
    static HttpResponse page(const QString &title, const QString &html);

    AttemptService &m_recorder;
    W3cLog &m_log;
    SiteMode m_mode = SiteMode::AcceptOnGateways;
    QStringList m_exceptions{QStringLiteral("/MOVEitISAPI"), QStringLiteral("/Java"),
                             QStringLiteral("/Images")};
    QHash<QString, Session> m_sessions;
    PasswordCheck *m_passwords = nullptr;
};

} // namespace trustdesk
