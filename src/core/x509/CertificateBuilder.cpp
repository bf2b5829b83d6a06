#include "CertificateBuilder.h"

#include <openssl/err.h>
#include <openssl/rand.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>

namespace trustdesk {

namespace {

void check(int ok, const char *what)
{
    if (ok != 1) {
        ERR_clear_error();
        throw std::runtime_error(std::string("certificate builder: ") + what);
    }
}

Asn1TimePtr toAsn1Time(const QDateTime &when)
{
    return Asn1TimePtr(ASN1_TIME_set(nullptr, time_t(when.toSecsSinceEpoch())));
}

void addConfExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QString &value)
{
    if (value.isEmpty())
        return;
    X509ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.toLatin1().constData()));
    if (!ext)
        check(0, OBJ_nid2sn(nid));
    check(X509_add_ext(cert, ext.get(), -1), OBJ_nid2sn(nid));
}

} // namespace

CertificateBuilder::CertificateBuilder()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_notBefore = now.addDays(-1);
    m_notAfter = now.addYears(1);
}

CertificateBuilder &CertificateBuilder::subjectField(const QString &shortName, const QString &value)
{
    m_subject << qMakePair(shortName, value.toUtf8());
    return *this;
}

CertificateBuilder &CertificateBuilder::rawCommonName(const QByteArray &utf8)
{
    m_subject << qMakePair(QStringLiteral("CN"), utf8);
    return *this;
}

CertificateBuilder &CertificateBuilder::subjectName(const X509_NAME *name)
{
    m_subjectName.reset(X509_NAME_dup(name), X509_NAME_free);
    return *this;
}

CertificateBuilder &CertificateBuilder::validity(const QDateTime &notBefore,
                                                 const QDateTime &notAfter)
{
    m_notBefore = notBefore;
    m_notAfter = notAfter;
    return *this;
}

CertificateBuilder &CertificateBuilder::serial(quint64 value)
{
    m_serial = value;
    return *this;
}

CertificateBuilder &CertificateBuilder::version1()
{
    m_version1 = true;
    return *this;
}

CertificateBuilder &CertificateBuilder::certificateAuthority(int pathLength)
{
    m_basicConstraints = pathLength < 0
                             ? QStringLiteral("critical,CA:TRUE")
                             : QStringLiteral("critical,CA:TRUE,pathlen:%1").arg(pathLength);
    m_keyUsage = QStringLiteral("critical,keyCertSign,cRLSign,digitalSignature");
    return *this;
}

CertificateBuilder &CertificateBuilder::endEntity()
{
    m_basicConstraints = QStringLiteral("critical,CA:FALSE");
    m_keyUsage = QStringLiteral("critical,digitalSignature,keyEncipherment");
    return *this;
}

CertificateBuilder &CertificateBuilder::noBasicConstraints()
{
    m_basicConstraints.clear();
    return *this;
}

CertificateBuilder &CertificateBuilder::keyUsage(const QString &opensslSpec)
{
    m_keyUsage = opensslSpec;
    return *this;
}

CertificateBuilder &CertificateBuilder::extendedKeyUsage(const QString &opensslSpec)
{
    m_extendedKeyUsage = opensslSpec;
    return *this;
}

CertificateBuilder &CertificateBuilder::emailAddress(const QString &email)
{
    m_email = email;
    return *this;
}

CertificateBuilder &CertificateBuilder::subjectAltNames(const QString &opensslSpec)
{
    m_altNames = opensslSpec;
    return *this;
}

CertificateBuilder &CertificateBuilder::keyIdentifiers(bool on)
{
    m_keyIdentifiers = on;
    return *this;
}

CertificateBuilder &CertificateBuilder::nameConstraints(const QString &opensslSpec)
{
    m_nameConstraints = opensslSpec;
    return *this;
}

CertificateBuilder &CertificateBuilder::signatureDigest(const QString &name)
{
    m_digest = name;
    return *this;
}

CertificateBuilder &CertificateBuilder::customExtension(const QString &oid, bool critical,
                                                        const QByteArray &der)
{
    m_custom.append({oid, critical, der});
    return *this;
}

Certificate CertificateBuilder::selfSign(const PrivateKey &key) const
{
    return build(key.pkey(), nullptr, key);
}

Certificate CertificateBuilder::sign(const PrivateKey &subjectKey, const Certificate &issuer,
                                     const PrivateKey &issuerKey) const
{
    return build(subjectKey.pkey(), &issuer, issuerKey);
}

Certificate CertificateBuilder::signPublicKey(EVP_PKEY *subjectPublicKey, const Certificate &issuer,
                                              const PrivateKey &issuerKey) const
{
    return build(subjectPublicKey, &issuer, issuerKey);
}

Certificate CertificateBuilder::build(EVP_PKEY *subjectPublicKey, const Certificate *issuer,
                                      const PrivateKey &issuerKey) const
{
    X509Ptr cert(X509_new());
    check(X509_set_version(cert.get(), m_version1 ? X509_VERSION_1 : X509_VERSION_3), "version");

    Asn1IntegerPtr serial(ASN1_INTEGER_new());
    if (m_serial != 0) {
        check(ASN1_INTEGER_set_uint64(serial.get(), m_serial), "serial");
    } else {
        // 128 random bits (RFC 5280 allows up to 20 octets; the DER form may gain a
        // leading zero byte to stay positive). Never zero.
        unsigned char bytes[16];
        do
            check(RAND_bytes(bytes, sizeof bytes), "random serial");
        while (std::all_of(std::begin(bytes), std::end(bytes),
                           [](unsigned char b) { return b == 0; }));
        BignumPtr bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
        check(bn && BN_to_ASN1_INTEGER(bn.get(), serial.get()) ? 1 : 0, "random serial");
    }
    check(X509_set_serialNumber(cert.get(), serial.get()), "serial");

    X509NamePtr name(m_subjectName ? X509_NAME_dup(m_subjectName.get()) : X509_NAME_new());
    for (const auto &field : m_subject) {
        const QByteArray key = field.first.toLatin1();
        check(X509_NAME_add_entry_by_txt(
                  name.get(), key.constData(), MBSTRING_UTF8,
                  reinterpret_cast<const unsigned char *>(field.second.constData()),
                  int(field.second.size()), -1, 0),
              "subject field");
    }
    check(X509_set_subject_name(cert.get(), name.get()), "subject");
    check(X509_set_issuer_name(cert.get(),
                               issuer ? X509_get_subject_name(issuer->x509()) : name.get()),
          "issuer");

    Asn1TimePtr notBefore = toAsn1Time(m_notBefore);
    Asn1TimePtr notAfter = toAsn1Time(m_notAfter);
    check(X509_set1_notBefore(cert.get(), notBefore.get()), "notBefore");
    check(X509_set1_notAfter(cert.get(), notAfter.get()), "notAfter");
    check(X509_set_pubkey(cert.get(), subjectPublicKey), "public key");

    if (!m_version1) {
        X509V3_CTX ctx;
        X509V3_set_ctx(&ctx, issuer ? issuer->x509() : cert.get(), cert.get(), nullptr, nullptr, 0);
        addConfExtension(cert.get(), &ctx, NID_basic_constraints, m_basicConstraints);
        addConfExtension(cert.get(), &ctx, NID_key_usage, m_keyUsage);
        addConfExtension(cert.get(), &ctx, NID_ext_key_usage, m_extendedKeyUsage);
        addConfExtension(cert.get(), &ctx, NID_name_constraints, m_nameConstraints);
        QStringList altNames;
        if (!m_email.isEmpty())
            altNames << QStringLiteral("email:%1").arg(m_email);
        if (!m_altNames.isEmpty())
            altNames << m_altNames;
        if (!altNames.isEmpty())
            addConfExtension(cert.get(), &ctx, NID_subject_alt_name,
                             altNames.join(QLatin1Char(',')));
        if (m_keyIdentifiers) {
            addConfExtension(cert.get(), &ctx, NID_subject_key_identifier, QStringLiteral("hash"));
            // An issuer without a key identifier (a v1 root) gives nothing to point at.
            if (issuer && X509_get0_subject_key_id(issuer->x509()))
                addConfExtension(cert.get(), &ctx, NID_authority_key_identifier,
                                 QStringLiteral("keyid"));
        }
        for (const Custom &custom : m_custom) {
            Asn1ObjectPtr object(OBJ_txt2obj(custom.oid.toLatin1().constData(), 1));
            ASN1_OCTET_STRING *data = ASN1_OCTET_STRING_new();
            ASN1_OCTET_STRING_set(data,
                                  reinterpret_cast<const unsigned char *>(custom.der.constData()),
                                  int(custom.der.size()));
            X509ExtensionPtr ext(
                X509_EXTENSION_create_by_OBJ(nullptr, object.get(), custom.critical ? 1 : 0, data));
            ASN1_OCTET_STRING_free(data);
            check(ext && X509_add_ext(cert.get(), ext.get(), -1) == 1 ? 1 : 0, "custom extension");
        }
    }

    const EVP_MD *digest = EVP_get_digestbyname(m_digest.toLatin1().constData());
    check(digest ? 1 : 0, "signature digest");
    if (X509_sign(cert.get(), issuerKey.pkey(), digest) <= 0)
        check(0, "signature");
    return Certificate::adopt(std::move(cert));
}

} // namespace trustdesk
