#include "Pkcs12Writer.h"

#include <openssl/err.h>

#include <stdexcept>

namespace trustdesk {

QByteArray Pkcs12Writer::write(const Certificate &certificate, const PrivateKey &key,
                               const QList<Certificate> &chain, const QByteArray &passphrase,
                               const QString &friendlyName, Pkcs12Encryption encryption)
{
    X509StackPtr ca(sk_X509_new_null());
    for (const Certificate &cert : chain) {
        X509_up_ref(cert.x509());
        sk_X509_push(ca.get(), cert.x509());
    }
    const bool legacy = encryption == Pkcs12Encryption::Legacy3Des;
    const int pbe = legacy ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : NID_aes_256_cbc;
    const int iterations = legacy ? LegacyIterations : Iterations;
    const QByteArray name = friendlyName.toUtf8();
    // No MAC yet (-1): it is set below, with the digest each form needs.
    Pkcs12Ptr p12(PKCS12_create_ex(passphrase.constData(), name.constData(), key.pkey(),
                                   certificate.x509(), ca.get(), pbe, pbe, iterations, -1, 0,
                                   nullptr, nullptr));
    if (!p12) {
        ERR_clear_error();
        throw std::runtime_error("could not assemble the PKCS#12 file");
    }
    if (PKCS12_set_mac(p12.get(), passphrase.constData(), int(passphrase.size()), nullptr, 0,
                       iterations, legacy ? EVP_sha1() : EVP_sha256()) != 1) {
        ERR_clear_error();
        throw std::runtime_error("could not protect the PKCS#12 file");
    }
    unsigned char *der = nullptr;
    const int length = i2d_PKCS12(p12.get(), &der);
    if (length <= 0)
        throw std::runtime_error("could not encode the PKCS#12 file");
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace trustdesk
