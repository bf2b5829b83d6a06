#include "TestListener.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace trustdesk {

TestListener::TestListener(Store &store, qint64 organisationId, QObject *parent)
    : QObject(parent), m_recorder(store, organisationId), m_site(m_recorder, m_log)
{
    m_site.setPasswordCheck(&m_passwords);
    // Every sign-on looks a user up: on a shared store, from an index kept in memory.
    // It stays on when the listener stops: kept current, it serves the desktop as well.
    store.users().setIndexed(true);
}

TestListener::~TestListener()
{
    stop();
}

QString TestListener::start(const ListenerConfig &config, const ServerIdentity &identity)
{
    stop();
    m_config = config;
    QString error;
    if (!m_log.open(config.logPath, &error))
        return tr("cannot write the log: %1").arg(error);
    m_site.setMode(config.siteMode);
    if (config.httpsPort >= 0) {
        m_httpsContext = TlsDataChannel::serverContext(identity.certificate(), identity.key(),
                                                       identity.chain(), true);
        if (!m_httpsContext)
            return tr("cannot use the server certificate for HTTPS");
        m_https = std::make_unique<QTcpServer>();
        m_https->setMaxPendingConnections(config.maxConnections);
        connect(m_https.get(), &QTcpServer::newConnection, this, &TestListener::acceptHttps);
        if (!m_https->listen(config.bind, quint16(config.httpsPort))) {
            const QString why = m_https->errorString();
            m_https.reset();
            return tr("cannot listen for HTTPS on %1 port %2: %3")
                .arg(config.bind.toString())
                .arg(config.httpsPort)
                .arg(why);
        }
    }
    if (config.ftpsPort >= 0 || config.ftpsImplicitPort >= 0) {
        // Each organisation has a folder of its own below the root, each user one below that.
        const QString organisation = m_recorder.organisationName();
        const QString folder = QDir(config.ftpsRoot).filePath(organisation);
        if (config.ftpsRoot.isEmpty() || !QDir().mkpath(folder)) {
            stop();
            return tr("FTPS needs a root folder for the users' files (--root DIR)");
        }
        m_ftpsConfig.root = QFileInfo(folder).canonicalFilePath();
        m_ftpsConfig.passwords = &m_passwords;
        m_ftpsConfig.loginTimeoutMs = qMax(config.requestTimeoutMs, 1000);
        m_ftpsConfig.tls = identity.configuration();
        m_ftpsConfig.dataContext =
            TlsDataChannel::serverContext(identity.certificate(), identity.key(), identity.chain());
        if (!m_ftpsConfig.dataContext) {
            stop();
            return tr("cannot use the server certificate for FTPS data connections");
        }
        m_ftpsConfig.idleTimeoutMs = qMax(config.idleTimeoutMs, 1000);
        m_ftpsConfig.maxUpload = config.ftpsMaxUpload;
        m_ftpsConfig.machineInterfaceCutOff = config.siteMode == SiteMode::AcceptSiteWide;
    }
    if (config.ftpsPort >= 0) {
        m_ftps = std::make_unique<SslCapableServer>();
        m_ftps->setMaxPendingConnections(config.maxConnections);
        connect(m_ftps.get(), &QTcpServer::newConnection, this, [this] {
            while (m_ftps && m_ftps->hasPendingConnections())
                if (auto *socket = qobject_cast<QSslSocket *>(m_ftps->nextPendingConnection()))
                    startFtpsSession(socket, false);
        });
        if (!m_ftps->listen(config.bind, quint16(config.ftpsPort))) {
            const QString why = m_ftps->errorString();
            stop();
            return tr("cannot listen for FTPS on %1 port %2: %3")
                .arg(config.bind.toString())
                .arg(config.ftpsPort)
                .arg(why);
        }
    }
    if (config.ftpsImplicitPort >= 0) {
        m_ftpsImplicit = std::make_unique<QSslServer>();
        m_ftpsImplicit->setSslConfiguration(identity.configuration());
        m_ftpsImplicit->setHandshakeTimeout(config.handshakeTimeoutMs);
        m_ftpsImplicit->setMaxPendingConnections(config.maxConnections);
        connect(m_ftpsImplicit.get(), &QSslServer::pendingConnectionAvailable, this, [this] {
            while (m_ftpsImplicit && m_ftpsImplicit->hasPendingConnections())
                if (auto *socket =
                        qobject_cast<QSslSocket *>(m_ftpsImplicit->nextPendingConnection()))
                    startFtpsSession(socket, true);
        });
        if (!m_ftpsImplicit->listen(config.bind, quint16(config.ftpsImplicitPort))) {
            const QString why = m_ftpsImplicit->errorString();
            stop();
            return tr("cannot listen for implicit FTPS on %1 port %2: %3")
                .arg(config.bind.toString())
                .arg(config.ftpsImplicitPort)
                .arg(why);
        }
    }
    return QString();
}

void TestListener::startFtpsSession(QSslSocket *socket, bool implicit)
{
    if (m_connections >= m_config.maxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_connections;
    auto *session = new FtpsSession(socket, implicit, m_ftpsConfig, m_recorder, this);
    connect(session, &FtpsSession::attemptSeen, this, &TestListener::attemptSeen);
    // FtpsSession::finished comes exactly once.
    connect(session, &FtpsSession::finished, this, [this, session] {
        --m_connections;
        session->deleteLater();
    });
}

quint16 TestListener::ftpsPort() const
{
    return m_ftps ? m_ftps->serverPort() : 0;
}

quint16 TestListener::ftpsImplicitPort() const
{
    return m_ftpsImplicit ? m_ftpsImplicit->serverPort() : 0;
}

void TestListener::stop()
{
    for (QTcpServer *server :
         std::initializer_list<QTcpServer *>{m_https.get(), m_ftps.get(), m_ftpsImplicit.get()})
        if (server)
            server->close();
    m_https.reset();
    m_ftps.reset();
    m_ftpsImplicit.reset();
}

bool TestListener::isListening() const
{
    return (m_https && m_https->isListening()) || (m_ftps && m_ftps->isListening()) ||
           (m_ftpsImplicit && m_ftpsImplicit->isListening());
}

quint16 TestListener::httpsPort() const
{
    return m_https ? m_https->serverPort() : 0;
}

void TestListener::acceptHttps()
{
    while (m_https && m_https->hasPendingConnections()) {
        QTcpSocket *socket = m_https->nextPendingConnection();
        if (!socket)
            continue;
        if (m_connections >= m_config.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        serve(socket);
    }
}

void TestListener::serve(QTcpSocket *socket)
{
    ++m_connections;
    // Counted down exactly once, whichever way the connection ends.
    auto counted = std::make_shared<bool>(true);
    // TLS with OpenSSL directly and one shared context: the handshake asks for a client
    // certificate and accepts any, the engine decides. (QSslSocket builds a context per
    // connection, which costs a fifth of the handshake rate.)
    auto *channel = new TlsDataChannel(socket, m_httpsContext, this);
    auto reader = std::make_shared<HttpRequestReader>();
    auto *timeout = new QTimer(channel);
    timeout->setSingleShot(true);
    timeout->setInterval(m_config.handshakeTimeoutMs);
    connect(timeout, &QTimer::timeout, channel, &TlsDataChannel::abort);
    timeout->start();
    connect(channel, &TlsDataChannel::encrypted, timeout, [this, timeout] {
        timeout->setInterval(m_config.idleTimeoutMs); // from now on, the idle timeout
        timeout->start();
    });
    // The whole request must arrive within requestTimeoutMs, however slowly it trickles.
    auto *deadline = new QTimer(channel);
    deadline->setSingleShot(true);
    deadline->setInterval(m_config.requestTimeoutMs);
    connect(deadline, &QTimer::timeout, channel, [channel] {
        channel->write(HttpsSite::error(408, 0, tr("The request took too long.")).serialise());
        channel->close();
        QTimer::singleShot(1000, channel, &TlsDataChannel::abort);
    });
    deadline->start();
    connect(channel, &TlsDataChannel::closed, this, [this, channel, counted] {
        if (*counted) {
            *counted = false;
            --m_connections;
        }
        channel->deleteLater();
    });
    const auto respond = [channel, timeout](const HttpResponse &response) {
        channel->write(response.serialise());
        channel->close(); // close_notify after the response, then the TCP connection
        timeout->start(); // a client that does not take the answer is not waited for
    };
    auto answered = std::make_shared<bool>(false);
    connect(channel, &TlsDataChannel::received, this,
            [this, channel, reader, timeout, deadline, respond, answered](const QByteArray &data) {
                // One request per connection: once it is complete, nothing more is read.
                if (*answered)
                    return;
                timeout->start();
                const auto finishReading = [&] {
                    *answered = true;
                    deadline->stop();
                    // The answer is the server's to give now, perhaps after a password
                    // check queued behind others: waiting for it is not idleness.
                    timeout->stop();
                    channel->stopReading();
                };
                switch (reader->feed(data)) {
                case HttpRequestReader::State::NeedMore:
                    return;
                case HttpRequestReader::State::Malformed:
                    finishReading();
                    respond(HttpsSite::error(400, 0,
                                             tr("The request is not HTTP/1.1 this site reads.")));
                    return;
                case HttpRequestReader::State::TooLarge:
                    finishReading();
                    respond(HttpsSite::error(413, 0, tr("The request is too large.")));
                    return;
                case HttpRequestReader::State::Complete:
                    break;
                }
                finishReading();
                QTcpSocket *tcp = channel->socket();
                const HttpsSite::Connection connection{channel->peerChain(), tcp->peerAddress(),
                                                       tcp->localAddress(), tcp->localPort()};
                m_site.handle(
                    reader->request(), connection, channel,
                    [this, respond](const HttpResponse &response, ListenerEvent event) {
                        respond(response);
                        if (event.username.isEmpty() && event.sign == ListenerEvent::Sign::None)
                            return;
                        event.outcome = HttpsSite::outcomeText(response);
                        event.signedOn = response.status == 200 && !response.username.isEmpty();
                        emit attemptSeen(event);
                    });
            });
}

} // namespace trustdesk
