#include "RevocationList.h"

#include "../InputError.h"
#include "CertificateLoader.h"

#include <QCoreApplication>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace trustdesk {

namespace {

RevocationList adoptCrl(X509_CRL *raw)
{
    return RevocationList::fromDer([raw] {
        X509CrlPtr owner(raw);
        unsigned char *der = nullptr;
        const int length = i2d_X509_CRL(owner.get(), &der);
        QByteArray out(reinterpret_cast<const char *>(der), length > 0 ? length : 0);
        OPENSSL_free(der);
        return out;
    }());
}

} // namespace

RevocationList RevocationList::fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509_CRL *raw = d2i_X509_CRL(nullptr, &p, long(der.size()));
    ERR_clear_error();
    RevocationList out;
    if (raw && p == reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        out.m_crl.reset(raw, X509_CRL_free);
    else if (raw)
        X509_CRL_free(raw);
    return out;
}

QList<RevocationList> RevocationList::loadFile(const QString &path)
{
    return loadBytes(CertificateLoader::readFile(path), path);
}

QList<RevocationList> RevocationList::loadBytes(const QByteArray &data, const QString &what)
{
    QList<RevocationList> out;
    if (data.trimmed().isEmpty())
        throw InputError(QCoreApplication::translate("RevocationList", "%1: is empty").arg(what));
    if (data.contains("-----BEGIN ")) {
        BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
        while (X509_CRL *raw = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr))
            out << adoptCrl(raw);
        const unsigned long error = ERR_peek_last_error();
        ERR_clear_error();
        // A CRL block that does not parse is damaged, whether or not a good one came first.
        const bool holdsCrlBlock = data.contains("-----BEGIN X509 CRL-----");
        if (out.isEmpty() || ERR_GET_REASON(error) != PEM_R_NO_START_LINE)
            throw InputError(QStringLiteral("%1: %2").arg(
                what, out.isEmpty() && !holdsCrlBlock
                          ? QCoreApplication::translate(
                                "RevocationList", "contains no revocation list (X509 CRL block)")
                          : QCoreApplication::translate("RevocationList",
                                                        "a revocation list in it is damaged")));
        return out;
    }
    const RevocationList crl = fromDer(data);
    if (crl.isNull())
        throw InputError(QCoreApplication::translate("RevocationList",
                                                     "%1: not a revocation list (PEM or DER CRL)")
                             .arg(what));
    out << crl;
    return out;
}

QByteArray RevocationList::der() const
{
    unsigned char *der = nullptr;
    const int length = i2d_X509_CRL(m_crl.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), length > 0 ? length : 0);
    OPENSSL_free(der);
    return out;
}

QString RevocationList::issuerText() const
{
    return Certificate::nameToText(X509_CRL_get_issuer(m_crl.get()));
}

QDateTime RevocationList::thisUpdate() const
{
    return Certificate::asn1TimeToDateTime(X509_CRL_get0_lastUpdate(m_crl.get()));
}

QDateTime RevocationList::nextUpdate() const
{
    return Certificate::asn1TimeToDateTime(X509_CRL_get0_nextUpdate(m_crl.get()));
}

int RevocationList::revokedCount() const
{
    STACK_OF(X509_REVOKED) *revoked = X509_CRL_get_REVOKED(m_crl.get());
    return revoked ? sk_X509_REVOKED_num(revoked) : 0;
}

QDateTime RevocationList::revocationDateOf(const Certificate &cert) const
{
    X509_REVOKED *entry = nullptr;
    if (X509_CRL_get0_by_cert(m_crl.get(), &entry, cert.x509()) != 1 || !entry)
        return QDateTime();
    return Certificate::asn1TimeToDateTime(X509_REVOKED_get0_revocationDate(entry));
}

} // namespace trustdesk
