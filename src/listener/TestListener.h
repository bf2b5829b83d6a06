// The built-in test listener: a real TLS server (QSslServer, OpenSSL backend) that asks
// every client for a certificate during the handshake and hands what was presented to the
// engine. Event-driven on the caller's thread; binds to 127.0.0.1 unless told otherwise;
// handshake and idle timeouts, bounded requests and a cap on connections keep slow or
// hostile clients from stopping it serving others.
#pragma once

#include "FtpsSession.h"
#include "HttpsSite.h"
#include "PeerChain.h"
#include "ServerIdentity.h"
#include "SiteMode.h"
#include "SslCapableServer.h"
#include "TlsDataChannel.h"
#include "W3cLog.h"
#include "services/AttemptService.h"

#include <QHostAddress>
#include <QObject>
#include <QSslServer>
#include <memory>

namespace trustdesk {

struct ListenerConfig
{
    QHostAddress bind = QHostAddress::LocalHost;
    int httpsPort = 0;         // 0: any free port; -1: no HTTPS
    int ftpsPort = -1;         // explicit FTPS (AUTH TLS); -1: none
    int ftpsImplicitPort = -1; // implicit FTPS; -1: none
    QString ftpsRoot;          // the users' folders; required for FTPS
    qint64 ftpsMaxUpload = 64 * 1024 * 1024;
    SiteMode siteMode = SiteMode::AcceptOnGateways;
    QString logPath; // the W3C log; "" keeps it in memory
    int handshakeTimeoutMs = 10000;
    int idleTimeoutMs = 15000;
    // A whole HTTPS request (handshake, head, body), and an FTPS sign-on, must arrive within
    // this, however slowly the bytes trickle in (nginx's client_header_timeout).
    int requestTimeoutMs = 30000;
    int maxConnections = 1024;
};

class TestListener : public QObject
{
    Q_OBJECT
public:
    TestListener(Store &store, qint64 organisationId, QObject *parent = nullptr);
    ~TestListener() override;

    // Returns "" when listening, otherwise why not (port in use, log not writable...).
    QString start(const ListenerConfig &config, const ServerIdentity &identity);
    void stop();
    bool isListening() const;
    quint16 httpsPort() const;
    quint16 ftpsPort() const;
    quint16 ftpsImplicitPort() const;
    const W3cLog &log() const { return m_log; }

signals:
    void attemptSeen(const trustdesk::ListenerEvent &event);

private:
    void acceptHttps();
    void serve(QTcpSocket *socket);
    void startFtpsSession(QSslSocket *socket, bool implicit);

    AttemptService m_recorder;
    PasswordCheck m_passwords;
    W3cLog m_log;
    HttpsSite m_site;
    ListenerConfig m_config;
    std::unique_ptr<QTcpServer> m_https;
    std::shared_ptr<SSL_CTX> m_httpsContext;
    std::unique_ptr<SslCapableServer> m_ftps;
    std::unique_ptr<QSslServer> m_ftpsImplicit;
    FtpsConfig m_ftpsConfig;
    int m_connections = 0;

public:
    // Connections open now (HTTPS and FTPS control), for tests and the panel.
    int connections() const { return m_connections; }
};

} // namespace trustdesk
