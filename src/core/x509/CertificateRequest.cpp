#include "CertificateRequest.h"

#include "../InputError.h"
#include "CertificateLoader.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace trustdesk {

CertificateRequest CertificateRequest::fromBytes(const QByteArray &data, const QString &what)
{
    BioPtr bio(BIO_new_mem_buf(data.constData(), int(data.size())));
    X509_REQ *raw = PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr);
    if (!raw) {
        const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
        raw = d2i_X509_REQ(nullptr, &p, long(data.size()));
    }
    ERR_clear_error();
    if (!raw)
        throw InputError(
            tr("%1: not a certificate signing request (expected PKCS#10 in PEM or DER)").arg(what));
    CertificateRequest request;
    request.m_request.reset(raw, X509_REQ_free);
    EVP_PKEY *key = request.publicKey();
    const int verified = key ? X509_REQ_verify(raw, key) : 0;
    ERR_clear_error();
    if (verified != 1)
        throw InputError(tr("%1: the request's signature does not verify with its own public "
                            "key; it was altered or is broken")
                             .arg(what));
    if (key && EVP_PKEY_is_a(key, "RSA") && EVP_PKEY_get_bits(key) < 2048)
        throw InputError(tr("%1: the request's key is %2; TrustDesk signs RSA keys of 2048 bits "
                            "or more")
                             .arg(what, request.keyDescription()));
    return request;
}

CertificateRequest CertificateRequest::fromFile(const QString &path)
{
    return fromBytes(CertificateLoader::readFile(path), path);
}

QString CertificateRequest::subjectText() const
{
    return Certificate::nameToText(subjectName());
}

CommonNames CertificateRequest::commonNames() const
{
    return Certificate::commonNamesOf(subjectName());
}

const X509_NAME *CertificateRequest::subjectName() const
{
    return X509_REQ_get_subject_name(m_request.get());
}

EVP_PKEY *CertificateRequest::publicKey() const
{
    return X509_REQ_get0_pubkey(m_request.get());
}

QString CertificateRequest::keyDescription() const
{
    return Certificate::describeKey(publicKey());
}

QStringList CertificateRequest::requestedEmailAddresses() const
{
    QStringList out;
    STACK_OF(X509_EXTENSION) *extensions = X509_REQ_get_extensions(m_request.get());
    if (!extensions)
        return out;
    const int index = X509v3_get_ext_by_NID(extensions, NID_subject_alt_name, -1);
    if (index >= 0) {
        GeneralNamesPtr names(
            static_cast<GENERAL_NAMES *>(X509V3_EXT_d2i(X509v3_get_ext(extensions, index))));
        for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
            const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
            if (name->type == GEN_EMAIL) {
                const ASN1_IA5STRING *email = name->d.rfc822Name;
                out << QString::fromLatin1(
                    reinterpret_cast<const char *>(ASN1_STRING_get0_data(email)),
                    ASN1_STRING_length(email));
            }
        }
    }
    sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
    return out;
}

} // namespace trustdesk
