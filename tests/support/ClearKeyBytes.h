// Bytes of OpenSSL objects for tests, including the unprotected key forms that TrustDesk
// itself never writes (to check that it refuses or never stores them).
#pragma once

#include "x509/OpenSslTypes.h"
#include "x509/PrivateKey.h"

#include <QByteArray>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace trustdesk::test {

// Everything written to a memory BIO so far.
inline QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(length));
}

// The key as unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY").
inline QByteArray clearKeyPem(const PrivateKey &key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key.pkey(), nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

// The key as unencrypted DER in its traditional form.
inline QByteArray clearKeyDer(const PrivateKey &key)
{
    unsigned char *der = nullptr;
    const int length = i2d_PrivateKey(key.pkey(), &der);
    const QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

} // namespace trustdesk::test
