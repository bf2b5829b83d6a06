// TLS for an FTPS data connection, done with OpenSSL directly on a plain TCP socket
// through memory BIOs. QSslSocket cannot be used here: when a client ends an upload with
// close_notify and waits for ours (Python's ftplib does, in unwrap()), QSslSocket never
// answers it, and the client fails. This class answers, then closes.
#pragma once

#include "x509/Certificate.h"
#include "x509/PrivateKey.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <memory>
#include <openssl/ssl.h>

namespace trustdesk {

class TlsDataChannel : public QObject
{
    Q_OBJECT
public:
    // A server context for the listener's certificate; shared by all data channels.
    // With `requestClientCertificate`, the handshake asks for one and accepts any: the
    // trust engine decides, not OpenSSL.
    static std::shared_ptr<SSL_CTX> serverContext(const Certificate &certificate,
                                                  const PrivateKey &key,
                                                  const QList<Certificate> &chain,
                                                  bool requestClientCertificate = false);

    TlsDataChannel(QTcpSocket *socket, const std::shared_ptr<SSL_CTX> &context,
                   QObject *parent = nullptr);
    ~TlsDataChannel() override;

    bool isEncrypted() const { return m_handshakeDone; }
    // What the client presented, leaf first (empty when it sent nothing).
    QList<Certificate> peerChain() const;
    QTcpSocket *socket() const { return m_socket; }
    void write(const QByteArray &data);
    // Encrypted bytes not yet taken by the network: a sender waits for written().
    qint64 bytesToWrite() const { return m_socket->bytesToWrite(); }
    // Takes nothing more from the client: what it sends stays unread (and TCP stops it).
    void stopReading();
    // Sends close_notify after what was written, then closes the TCP connection.
    void close();
    void abort();

signals:
    void encrypted();
    void received(const QByteArray &data);
    void written(); // some of what was written has gone out
    void closed();  // the connection has ended, by either side
    void failed(const QString &reason);

private:
    void onReadyRead();
    void flush();
    void finish();

    QTcpSocket *m_socket;
    std::shared_ptr<SSL_CTX> m_context;
    SSL *m_ssl = nullptr;
    BIO *m_in = nullptr;  // owned by m_ssl
    BIO *m_out = nullptr; // owned by m_ssl
    bool m_handshakeDone = false;
    bool m_finished = false;
    bool m_reading = true;
};

} // namespace trustdesk
