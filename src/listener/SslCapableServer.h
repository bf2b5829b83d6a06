// A TCP server whose connections are QSslSockets that start in the clear: FTPS's explicit
// control channel (AUTH TLS upgrades it) and the passive data connections, which are
// encrypted once they connect.
#pragma once

#include <QSslSocket>
#include <QTcpServer>

namespace trustdesk {

class SslCapableServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket);
        else
            delete socket;
    }
};

} // namespace trustdesk
