#include "Certificate.h"

#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

namespace trustdesk {

namespace {

QString asn1StringToUtf8(const ASN1_STRING *value, bool *ok)
{
    // The string types certificates use, decoded without OpenSSL's copy (names are read on
    // every decision); the rest, and invalid UTF-8, as OpenSSL converts them.
    const auto *data = reinterpret_cast<const char *>(ASN1_STRING_get0_data(value));
    const QByteArrayView bytes(data, ASN1_STRING_length(value));
    switch (ASN1_STRING_type(value)) {
    case V_ASN1_UTF8STRING:
        if (bytes.isValidUtf8()) {
            *ok = true;
            return QString::fromUtf8(bytes);
        }
        break;
    case V_ASN1_PRINTABLESTRING:
    case V_ASN1_IA5STRING:
        *ok = true;
        return QString::fromLatin1(bytes);
    default:
        break;
    }
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) {
        ERR_clear_error();
        *ok = false;
        return QString();
    }
    *ok = true;
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

// RFC 4514 escaping, with control characters shown as \XX so they can never hide.
QString escapeNameValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
            continue;
        }
        const bool special = QStringLiteral(",+\"\\<>;=").contains(c) ||
                             (i == 0 && (c == QLatin1Char('#') || c == QLatin1Char(' '))) ||
                             (i == value.size() - 1 && c == QLatin1Char(' '));
        if (special)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString bioToString(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QString::fromUtf8(data, static_cast<int>(length));
}

} // namespace

Certificate Certificate::adopt(X509Ptr x509)
{
    Certificate cert;
    if (x509) {
        auto data = std::make_shared<Data>();
        data->x509 = std::move(x509);
        // Computes the cached extension flags (and OpenSSL's SHA-1 of the certificate) once,
        // so later reads are lock-free and cheap.
        X509_check_purpose(data->x509.get(), -1, 0);
        unsigned int length = 0;
        X509_digest(data->x509.get(), EVP_sha1(), data->sha1, &length);
        cert.m_data = std::move(data);
    }
    return cert;
}

Certificate Certificate::share(X509 *x509)
{
    if (!x509)
        return Certificate();
    X509_up_ref(x509);
    return adopt(X509Ptr(x509));
}

Certificate Certificate::fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr x509(d2i_X509(nullptr, &p, der.size()));
    if (!x509 || p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        ERR_clear_error();
        return Certificate();
    }
    return adopt(std::move(x509));
}

QByteArray Certificate::der() const
{
    if (!m_data)
        return QByteArray();
    const int length = i2d_X509(x509(), nullptr);
    QByteArray out(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_X509(x509(), &p);
    return out;
}

QString Certificate::toPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), x509());
    return bioToString(bio.get());
}

Thumbprint Certificate::thumbprint() const
{
    return Thumbprint::fromBytes(sha1());
}

QByteArrayView Certificate::sha1() const
{
    if (!m_data)
        return QByteArrayView();
    return QByteArrayView(m_data->sha1, sizeof m_data->sha1);
}

unsigned long Certificate::nameHash(const X509_NAME *name)
{
    return X509_NAME_hash_ex(name, nullptr, nullptr, nullptr);
}

unsigned long Certificate::subjectHash() const
{
    qint64 hash = m_data->subjectHash.load(std::memory_order_relaxed);
    if (hash < 0) {
        hash = qint64(nameHash(X509_get_subject_name(x509())));
        m_data->subjectHash.store(hash, std::memory_order_relaxed);
    }
    return (unsigned long)(hash);
}

unsigned long Certificate::issuerHash() const
{
    qint64 hash = m_data->issuerHash.load(std::memory_order_relaxed);
    if (hash < 0) {
        hash = qint64(nameHash(X509_get_issuer_name(x509())));
        m_data->issuerHash.store(hash, std::memory_order_relaxed);
    }
    return (unsigned long)(hash);
}

QString Certificate::sha256() const
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(x509(), EVP_sha256(), md, &length);
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(md), int(length)).toHex();
    return Thumbprint::groupHex(QString::fromLatin1(hex.toUpper()));
}

QString Certificate::serialHex() const
{
    const ASN1_INTEGER *serial = X509_get0_serialNumber(x509());
    BIGNUM *bn = ASN1_INTEGER_to_BN(serial, nullptr);
    if (!bn)
        return QString();
    char *hex = BN_bn2hex(bn);
    const QString out = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    BN_free(bn);
    return out;
}

QString Certificate::nameToText(const X509_NAME *name)
{
    QStringList parts;
    const int count = X509_NAME_entry_count(name);
    // Most specific first (CN=..., O=..., C=...), as Windows and IIS show names.
    for (int i = count - 1; i >= 0; --i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT *object = X509_NAME_ENTRY_get_object(entry);
        const int nid = OBJ_obj2nid(object);
        QString key;
        if (nid == NID_pkcs9_emailAddress) {
            key = QStringLiteral("E");
        } else if (nid == NID_stateOrProvinceName) {
            key = QStringLiteral("S");
        } else if (nid != NID_undef) {
            key = QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            char oid[128];
            OBJ_obj2txt(oid, sizeof oid, object, 1);
            key = QString::fromLatin1(oid);
        }
        bool ok = false;
        const QString value = asn1StringToUtf8(X509_NAME_ENTRY_get_data(entry), &ok);
        parts << key + QLatin1Char('=') + (ok ? escapeNameValue(value) : QStringLiteral("#?"));
    }
    return parts.join(QStringLiteral(", "));
}

QDateTime Certificate::asn1TimeToDateTime(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return QDateTime();
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString Certificate::subjectText() const
{
    return nameToText(X509_get_subject_name(x509()));
}

QString Certificate::issuerText() const
{
    return nameToText(X509_get_issuer_name(x509()));
}

QString Certificate::displayName() const
{
    return nameLabel(X509_get_subject_name(x509()));
}

QString Certificate::nameLabel(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index >= 0 && X509_NAME_get_index_by_NID(name, NID_commonName, index) < 0) {
        bool ok = false;
        const QString cn =
            asn1StringToUtf8(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)), &ok);
        if (ok && !cn.isEmpty())
            return cn;
    }
    return nameToText(name);
}

CommonNames Certificate::commonNames() const
{
    return commonNamesOf(X509_get_subject_name(x509()));
}

CommonNames Certificate::commonNamesOf(const X509_NAME *name)
{
    CommonNames out;
    int index = -1;
    while ((index = X509_NAME_get_index_by_NID(name, NID_commonName, index)) >= 0) {
        bool ok = false;
        const QString value =
            asn1StringToUtf8(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)), &ok);
        out.allDecodable = out.allDecodable && ok;
        out.values << value;
    }
    return out;
}

QStringList Certificate::nameValues(const X509_NAME *name, int nid)
{
    QStringList out;
    int index = -1;
    while ((index = X509_NAME_get_index_by_NID(name, nid, index)) >= 0) {
        bool ok = false;
        const QString value =
            asn1StringToUtf8(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)), &ok);
        if (ok)
            out << value;
    }
    return out;
}

QDateTime Certificate::notBefore() const
{
    return asn1TimeToDateTime(X509_get0_notBefore(x509()));
}

QDateTime Certificate::notAfter() const
{
    return asn1TimeToDateTime(X509_get0_notAfter(x509()));
}

int Certificate::version() const
{
    return int(X509_get_version(x509())) + 1;
}

bool Certificate::hasBasicConstraints() const
{
    return (X509_get_extension_flags(x509()) & EXFLAG_BCONS) != 0;
}

bool Certificate::isCa() const
{
    return (X509_get_extension_flags(x509()) & EXFLAG_CA) != 0;
}

int Certificate::pathLength() const
{
    return int(X509_get_pathlen(x509()));
}

bool Certificate::isSelfIssued() const
{
    return X509_NAME_cmp(X509_get_subject_name(x509()), X509_get_issuer_name(x509())) == 0;
}

bool Certificate::isSelfSigned() const
{
    const int result = X509_self_signed(x509(), 1);
    ERR_clear_error();
    return result == 1;
}

bool Certificate::isSignedBy(const Certificate &issuer) const
{
    if (isNull() || issuer.isNull())
        return false;
    EVP_PKEY *key = X509_get0_pubkey(issuer.x509());
    const bool ok = key && X509_verify(x509(), key) == 1;
    ERR_clear_error();
    return ok;
}

bool Certificate::isIssuedBy(const Certificate &issuer) const
{
    if (isNull() || issuer.isNull())
        return false;
    return X509_NAME_cmp(X509_get_issuer_name(x509()), X509_get_subject_name(issuer.x509())) == 0 &&
           isSignedBy(issuer);
}

QString Certificate::keyDescription() const
{
    return describeKey(X509_get0_pubkey(x509()));
}

QString Certificate::describeKey(EVP_PKEY *key)
{
    if (!key)
        return QStringLiteral("unknown key");
    const int bits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_is_a(key, "RSA"))
        return QStringLiteral("RSA %1").arg(bits);
    if (EVP_PKEY_is_a(key, "EC")) {
        char curve[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", curve, sizeof curve, &length) == 1)
            return QStringLiteral("EC %1").arg(QString::fromLatin1(curve));
        return QStringLiteral("EC %1").arg(bits);
    }
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key))).arg(bits);
}

QByteArray Certificate::publicKeyDer() const
{
    const X509_PUBKEY *key = X509_get_X509_PUBKEY(x509());
    unsigned char *der = nullptr;
    const int length = i2d_X509_PUBKEY(key, &der);
    if (length <= 0)
        return QByteArray();
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QList<CertificateExtension> Certificate::extensions() const
{
    QList<CertificateExtension> out;
    const int count = X509_get_ext_count(x509());
    for (int i = 0; i < count; ++i) {
        X509_EXTENSION *ext = X509_get_ext(x509(), i);
        const ASN1_OBJECT *object = X509_EXTENSION_get_object(ext);
        CertificateExtension item;
        char buffer[128];
        OBJ_obj2txt(buffer, sizeof buffer, object, 1);
        item.oid = QString::fromLatin1(buffer);
        OBJ_obj2txt(buffer, sizeof buffer, object, 0);
        item.name = QString::fromLatin1(buffer);
        item.critical = X509_EXTENSION_get_critical(ext) != 0;
        BioPtr bio(BIO_new(BIO_s_mem()));
        if (X509V3_EXT_print(bio.get(), ext, 0, 0) != 1) {
            const ASN1_OCTET_STRING *data = X509_EXTENSION_get_data(ext);
            item.value = QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(data)),
                           ASN1_STRING_length(data))
                    .toHex(':'));
        } else {
            item.value = bioToString(bio.get()).trimmed();
        }
        ERR_clear_error();
        out << item;
    }
    return out;
}

bool Certificate::operator==(const Certificate &other) const
{
    if (m_data == other.m_data)
        return true;
    if (!m_data || !other.m_data)
        return false;
    return X509_cmp(x509(), other.x509()) == 0;
}

} // namespace trustdesk
