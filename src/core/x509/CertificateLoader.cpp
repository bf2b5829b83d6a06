#include "CertificateLoader.h"

#include "KeyDerivationLimits.h"

#include "../InputError.h"

#include <QFile>
#include <QFileInfo>
#include <memory>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/provider.h>

namespace trustdesk {

namespace {

[[noreturn]] void fail(const QString &what, const QString &problem,
                       InputError::Reason reason = InputError::Reason::Invalid)
{
    ERR_clear_error();
    throw InputError(QStringLiteral("%1: %2").arg(what, problem), reason);
}

QList<Certificate> certificatesOfPkcs7(PKCS7 *p7)
{
    QList<Certificate> out;
    STACK_OF(X509) *certs = nullptr;
    if (PKCS7_type_is_signed(p7) && p7->d.sign)
        certs = p7->d.sign->cert;
    else if (PKCS7_type_is_signedAndEnveloped(p7) && p7->d.signed_and_enveloped)
        certs = p7->d.signed_and_enveloped->cert;
    for (int i = 0; certs && i < sk_X509_num(certs); ++i)
        out << Certificate::share(sk_X509_value(certs, i));
    return out;
}

bool looksLikeBase64(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=' || c == '\r' ||
                        c == '\n';
        if (!ok)
            return false;
    }
    return true;
}

// PKCS#12 files from older Windows use RC2/3DES, which OpenSSL 3 keeps in its legacy
// provider; load it once so such files can be read.
// Unloaded when the process ends, so that what the provider holds is given back.
void loadLegacyProviderOnce()
{
    static const std::unique_ptr<OSSL_PROVIDER, int (*)(OSSL_PROVIDER *)> legacy = [] {
        std::unique_ptr<OSSL_PROVIDER, int (*)(OSSL_PROVIDER *)> loaded(
            OSSL_PROVIDER_try_load(nullptr, "legacy", 1), OSSL_PROVIDER_unload);
        ERR_clear_error();
        return loaded;
    }();
    (void)legacy;
}

LoadedCertificates loadPkcs12(const QByteArray &data, const QString &what,
                              const std::optional<QByteArray> &passphrase)
{
    loadLegacyProviderOnce();
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(data.size())));
    if (!p12)
        fail(what, CertificateLoader::tr("not a readable PKCS#12 file"));
    // The MAC is derived from the passphrase with as many rounds as the file asks for.
    const QString macExcess = KeyDerivationLimits::macExcess(p12.get());
    if (!macExcess.isEmpty())
        fail(what, CertificateLoader::tr("refused: %1").arg(macExcess));
    QByteArray pass = passphrase.value_or(QByteArray());
    if (!passphrase) {
        // An unprotected file opens with an empty or absent password.
        if (PKCS12_verify_mac(p12.get(), "", 0) != 1 &&
            PKCS12_verify_mac(p12.get(), nullptr, 0) != 1)
            fail(what,
                 CertificateLoader::tr("the PKCS#12 file is protected by a passphrase; give it "
                                       "with --passphrase-stdin"),
                 InputError::Reason::PassphraseRequired);
    } else if (PKCS12_verify_mac(p12.get(), pass.constData(), int(pass.size())) != 1) {
        fail(what, CertificateLoader::tr("wrong passphrase for the PKCS#12 file"),
             InputError::Reason::WrongPassphrase);
    }
    const QString excess = KeyDerivationLimits::excess(p12.get(), pass);
    if (!excess.isEmpty())
        fail(what, CertificateLoader::tr("refused: %1").arg(excess));
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    if (PKCS12_parse(p12.get(), pass.constData(), &key, &cert, &ca) != 1)
        fail(what, CertificateLoader::tr("the PKCS#12 file could not be decrypted (unsupported "
                                         "encryption or damaged contents)"));
    EvpPkeyPtr keyOwner(key);
    X509Ptr certOwner(cert);
    X509StackPtr caOwner(ca);
    LoadedCertificates out;
    out.format = QStringLiteral("PKCS#12");
    if (certOwner)
        out.certificates << Certificate::adopt(std::move(certOwner));
    for (int i = 0; ca && i < sk_X509_num(ca); ++i)
        out.certificates << Certificate::share(sk_X509_value(ca, i));
    if (keyOwner)
        out.privateKey = PrivateKey::share(keyOwner.get());
    return out;
}

LoadedCertificates loadPem(const QByteArray &data, const QString &what)
{
    LoadedCertificates out;
    out.format = QStringLiteral("PEM");
    BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
    bool sawPrivateKey = false;
    bool sawRequest = false;
    bool sawCrl = false;
    int blocks = 0;
    for (;;) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *body = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &body, &length) != 1) {
            const unsigned long error = ERR_peek_last_error();
            ERR_clear_error();
            if (ERR_GET_REASON(error) == PEM_R_NO_START_LINE && blocks > 0)
                break;
            if (ERR_GET_REASON(error) == PEM_R_NO_START_LINE)
                fail(what, CertificateLoader::tr("no PEM block found"));
            fail(what,
                 CertificateLoader::tr("PEM block %1 is damaged (bad base64 or missing END line)")
                     .arg(blocks + 1));
        }
        ++blocks;
        const QByteArray type(name);
        const QByteArray der(reinterpret_cast<const char *>(body), int(length));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(body);
        if (type == "CERTIFICATE" || type == "X509 CERTIFICATE" || type == "TRUSTED CERTIFICATE") {
            const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
            // TRUSTED CERTIFICATE carries trust settings after the certificate: d2i_X509_AUX.
            X509Ptr x509(type == "TRUSTED CERTIFICATE" ? d2i_X509_AUX(nullptr, &p, long(der.size()))
                                                       : d2i_X509(nullptr, &p, long(der.size())));
            if (!x509)
                fail(what,
                     QStringLiteral("PEM block %1 is not a valid X.509 certificate").arg(blocks));
            out.certificates << Certificate::adopt(std::move(x509));
        } else if (type == "PKCS7") {
            const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
            Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, long(der.size())));
            if (!p7)
                fail(what,
                     QStringLiteral("PEM block %1 is not a valid PKCS#7 structure").arg(blocks));
            out.certificates << certificatesOfPkcs7(p7.get());
        } else if (type.endsWith("PRIVATE KEY")) {
            sawPrivateKey = true;
        } else if (type.contains("CERTIFICATE REQUEST")) {
            sawRequest = true;
        } else if (type == "X509 CRL") {
            sawCrl = true;
        }
    }
    if (out.certificates.isEmpty()) {
        if (sawPrivateKey)
            fail(what, CertificateLoader::tr("contains a private key, not a certificate"));
        if (sawRequest)
            fail(what, CertificateLoader::tr("contains a certificate request, not a certificate"));
        if (sawCrl)
            fail(what, CertificateLoader::tr("contains a revocation list, not a certificate"));
        fail(what, CertificateLoader::tr("contains no certificate"));
    }
    return out;
}

bool isDerPrivateKey(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    EvpPkeyPtr key(d2i_AutoPrivateKey(nullptr, &p, long(data.size())));
    ERR_clear_error();
    return key != nullptr;
}

LoadedCertificates loadBinary(const QByteArray &data, const QString &what,
                              const std::optional<QByteArray> &passphrase)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(data.constData());
    const auto *end = begin + data.size();
    {
        const unsigned char *p = begin;
        X509Ptr x509(d2i_X509(nullptr, &p, long(data.size())));
        if (x509) {
            if (p != end)
                fail(what,
                     QStringLiteral("%1 unexpected bytes after the DER certificate").arg(end - p));
            LoadedCertificates out;
            out.format = QStringLiteral("DER");
            out.certificates << Certificate::adopt(std::move(x509));
            return out;
        }
        ERR_clear_error();
    }
    {
        const unsigned char *p = begin;
        Pkcs7Ptr p7(d2i_PKCS7(nullptr, &p, long(data.size())));
        if (p7) {
            LoadedCertificates out;
            out.format = QStringLiteral("PKCS#7");
            out.certificates = certificatesOfPkcs7(p7.get());
            if (out.certificates.isEmpty())
                fail(what, CertificateLoader::tr("the PKCS#7 file contains no certificate"));
            return out;
        }
        ERR_clear_error();
    }
    {
        const unsigned char *p = begin;
        Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(data.size())));
        ERR_clear_error();
        if (p12)
            return loadPkcs12(data, what, passphrase);
    }
    if (isDerPrivateKey(data))
        fail(what, CertificateLoader::tr("contains a private key, not a certificate"));
    {
        const unsigned char *p = begin;
        X509CrlPtr crl(d2i_X509_CRL(nullptr, &p, long(data.size())));
        ERR_clear_error();
        if (crl)
            fail(what, CertificateLoader::tr("contains a revocation list, not a certificate"));
    }
    if (data.size() >= 2 && static_cast<unsigned char>(data.at(0)) == 0x30)
        fail(what,
             QStringLiteral("not a certificate: the DER structure is truncated or malformed"));
    fail(what, CertificateLoader::tr("not a certificate in any format TrustDesk reads (PEM, DER, "
                                     "PKCS#7, PKCS#12, base64)"));
}

} // namespace

QByteArray CertificateLoader::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        fail(path, CertificateLoader::tr("no such file"));
    if (info.isDir())
        fail(path, CertificateLoader::tr("is a directory, not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(path, CertificateLoader::tr("cannot be read (%1)").arg(file.errorString()));
    // Read one byte past the limit: it tells "too large" even for endless devices.
    const QByteArray data = file.read(MaxFileSize + 1);
    if (data.size() > MaxFileSize)
        fail(path, CertificateLoader::tr("is larger than the %1 MiB limit for certificate files")
                       .arg(MaxFileSize / (1024 * 1024)));
    return data;
}

LoadedCertificates CertificateLoader::loadFile(const QString &path,
                                               const std::optional<QByteArray> &passphrase)
{
    return loadBytes(readFile(path), path, passphrase);
}

LoadedCertificates CertificateLoader::loadBytes(const QByteArray &data, const QString &what,
                                                const std::optional<QByteArray> &passphrase)
{
    if (data.trimmed().isEmpty())
        fail(what, CertificateLoader::tr("is empty"));
    if (data.contains("-----BEGIN "))
        return loadPem(data, what);
    if (static_cast<unsigned char>(data.at(0)) == 0x30)
        return loadBinary(data, what, passphrase);
    const QByteArray text = data.trimmed();
    if (looksLikeBase64(text)) {
        const auto decoded =
            QByteArray::fromBase64Encoding(QByteArray(text).replace('\r', "").replace('\n', ""),
                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty())
            fail(what, CertificateLoader::tr("not valid base64"));
        LoadedCertificates out = loadBinary(decoded.decoded, what, passphrase);
        out.format = QStringLiteral("base64");
        return out;
    }
    fail(what, CertificateLoader::tr("not a certificate in any format TrustDesk reads (PEM, DER, "
                                     "PKCS#7, PKCS#12, base64)"));
}

} // namespace trustdesk
