#include "TlsDataChannel.h"

#include <openssl/err.h>

namespace trustdesk {

namespace {

int acceptAnyClientCertificate(int, X509_STORE_CTX *)
{
    return 1;
}

} // namespace

std::shared_ptr<SSL_CTX> TlsDataChannel::serverContext(const Certificate &certificate,
                                                       const PrivateKey &key,
                                                       const QList<Certificate> &chain,
                                                       bool requestClientCertificate)
{
    std::shared_ptr<SSL_CTX> context(SSL_CTX_new(TLS_server_method()), SSL_CTX_free);
    if (!context)
        return nullptr;
    SSL_CTX_set_min_proto_version(context.get(), TLS1_2_VERSION);
    if (SSL_CTX_use_certificate(context.get(), certificate.x509()) != 1 ||
        SSL_CTX_use_PrivateKey(context.get(), key.pkey()) != 1) {
        ERR_clear_error();
        return nullptr;
    }
    for (const Certificate &cert : chain)
        SSL_CTX_add1_chain_cert(context.get(), cert.x509());
    // Every connection is a fresh handshake: no tickets, no session cache.
    SSL_CTX_set_options(context.get(), SSL_OP_NO_TICKET);
    SSL_CTX_set_session_cache_mode(context.get(), SSL_SESS_CACHE_OFF);
    if (requestClientCertificate)
        SSL_CTX_set_verify(context.get(), SSL_VERIFY_PEER, acceptAnyClientCertificate);
    return context;
}

TlsDataChannel::TlsDataChannel(QTcpSocket *socket, const std::shared_ptr<SSL_CTX> &context,
                               QObject *parent)
    : QObject(parent), m_socket(socket), m_context(context)
{
    m_socket->setParent(this);
    m_ssl = SSL_new(m_context.get());
    m_in = BIO_new(BIO_s_mem());
    m_out = BIO_new(BIO_s_mem());
    SSL_set_bio(m_ssl, m_in, m_out); // m_ssl owns both now
    SSL_set_accept_state(m_ssl);
    // Bounded: what the peer sends beyond this waits in the kernel until it is taken.
    m_socket->setReadBufferSize(64 * 1024);
    connect(m_socket, &QTcpSocket::readyRead, this, &TlsDataChannel::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TlsDataChannel::written);
    connect(m_socket, &QTcpSocket::disconnected, this, &TlsDataChannel::finish);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

TlsDataChannel::~TlsDataChannel()
{
    SSL_free(m_ssl);
}

QList<Certificate> TlsDataChannel::peerChain() const
{
    QList<Certificate> out;
    if (!m_handshakeDone)
        return out;
    // On a server the chain OpenSSL keeps leaves the leaf out; it is asked for separately.
    X509Ptr leaf(SSL_get1_peer_certificate(m_ssl));
    if (!leaf)
        return out;
    out << Certificate::adopt(std::move(leaf));
    if (STACK_OF(X509) *chain = SSL_get_peer_cert_chain(m_ssl)) {
        for (int i = 0; i < sk_X509_num(chain); ++i) {
            const Certificate cert = Certificate::share(sk_X509_value(chain, i));
            if (cert != out.first())
                out << cert;
        }
    }
    return out;
}

void TlsDataChannel::flush()
{
    char buffer[16384];
    int n = 0;
    while ((n = BIO_read(m_out, buffer, sizeof buffer)) > 0)
        m_socket->write(buffer, n);
}

void TlsDataChannel::stopReading()
{
    m_reading = false;
}

void TlsDataChannel::onReadyRead()
{
    if (!m_reading)
        return; // left in the socket's bounded buffer, then in the kernel
    const QByteArray bytes = m_socket->readAll();
    BIO_write(m_in, bytes.constData(), int(bytes.size()));
    if (!m_handshakeDone) {
        const int result = SSL_do_handshake(m_ssl);
        flush();
        if (result == 1) {
            m_handshakeDone = true;
            emit encrypted();
        } else {
            const int error = SSL_get_error(m_ssl, result);
            if (error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE) {
                ERR_clear_error();
                emit failed(tr("the TLS handshake on the data connection failed"));
                abort();
            }
            return;
        }
    }
    char buffer[16384];
    for (;;) {
        const int n = SSL_read(m_ssl, buffer, sizeof buffer);
        if (n > 0) {
            emit received(QByteArray(buffer, n));
            continue;
        }
        const int error = SSL_get_error(m_ssl, n);
        if (error == SSL_ERROR_ZERO_RETURN) {
            // The client's close_notify: answer it, then close.
            close();
            return;
        }
        if (error != SSL_ERROR_WANT_READ) {
            ERR_clear_error();
            abort();
        }
        flush();
        return;
    }
}

void TlsDataChannel::write(const QByteArray &data)
{
    if (!m_handshakeDone || m_finished)
        return;
    int offset = 0;
    while (offset < data.size()) {
        const int n = SSL_write(m_ssl, data.constData() + offset, int(data.size() - offset));
        if (n <= 0) {
            ERR_clear_error();
            abort();
            return;
        }
        offset += n;
        flush();
    }
}

void TlsDataChannel::close()
{
    if (m_finished)
        return;
    if (m_handshakeDone) {
        SSL_shutdown(m_ssl);
        ERR_clear_error();
        flush();
    }
    m_socket->disconnectFromHost(); // after the bytes written so far
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void TlsDataChannel::abort()
{
    m_socket->abort();
    finish();
}

void TlsDataChannel::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit closed();
}

} // namespace trustdesk
