// An X.509 certificate as a cheap, copyable value. The OpenSSL object is shared between
// copies and freed with the last one; the fields people look at are read on demand.
#pragma once

#include "OpenSslTypes.h"
#include "Thumbprint.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

namespace trustdesk {

struct CertificateExtension
{
    QString oid;
    QString name; // "X509v3 Basic Constraints", or the OID when OpenSSL has no name
    bool critical = false;
    QString value; // OpenSSL's text rendering
};

// The common names of a subject, as the credential rules need them.
struct CommonNames
{
    QStringList values;       // decoded to UTF-8, in the order they appear
    bool allDecodable = true; // false when an entry is not valid in its ASN.1 string type
};

class Certificate
{
public:
    Certificate() = default;
    // Takes the reference the pointer holds.
    static Certificate adopt(X509Ptr x509);
    // Adds a reference to a certificate owned elsewhere (for example by an X509_STORE_CTX).
    static Certificate share(X509 *x509);
    // nullopt-like: returns a null Certificate when the bytes are not exactly one certificate.
    static Certificate fromDer(const QByteArray &der);

    bool isNull() const { return !m_data; }
    // Borrowed pointer, valid while this value (or a copy) lives.
    X509 *x509() const { return m_data ? m_data->x509.get() : nullptr; }

    QByteArray der() const;
    QString toPem() const;
    Thumbprint thumbprint() const;
    // The thumbprint's 20 bytes, kept with the certificate (no copy, no hex): the key the
    // engine's sets are indexed by.
    QByteArrayView sha1() const;
    QString sha256() const; // grouped hex
    QString serialHex() const;

    QString subjectText() const;
    QString issuerText() const;
    // The subject's CN when there is exactly one, otherwise the subject text: a label.
    QString displayName() const; // nameLabel of the subject
    CommonNames commonNames() const;
    static CommonNames commonNamesOf(const X509_NAME *name);
    // Every value of attribute `nid` in `name`, decoded to text, in order (a subject may
    // hold several OUs); values that cannot be decoded are left out.
    static QStringList nameValues(const X509_NAME *name, int nid);

    QDateTime notBefore() const;
    QDateTime notAfter() const;
    int version() const; // 1, 2 or 3

    bool hasBasicConstraints() const;
    bool isCa() const;         // basicConstraints CA:TRUE
    int pathLength() const;    // -1 when unlimited or absent
    bool isSelfIssued() const; // subject and issuer names are equal
    bool isSelfSigned() const; // self-issued and the signature verifies with its own key
    // True when issuer's key verifies this certificate's signature.
    bool isSignedBy(const Certificate &issuer) const;
    // `issuer`'s subject is this certificate's issuer name and its key verifies this
    // certificate: how a path finds an issuer (a same-name certificate with another key
    // issued nothing). A self-signed certificate is its own issuer.
    bool isIssuedBy(const Certificate &issuer) const;
    QString keyDescription() const; // "RSA 2048", "EC prime256v1"
    static QString describeKey(EVP_PKEY *key);
    QByteArray publicKeyDer() const;
    QList<CertificateExtension> extensions() const;

    bool operator==(const Certificate &other) const;
    bool operator!=(const Certificate &other) const { return !(*this == other); }

    // OpenSSL's canonical name hash (equal names, however encoded, hash alike), computed
    // once per certificate: the engine looks names up on every decision.
    unsigned long subjectHash() const;
    unsigned long issuerHash() const;
    static unsigned long nameHash(const X509_NAME *name);

    static QString nameToText(const X509_NAME *name);
    // The single CN of a name, or the whole name when it has none or several.
    static QString nameLabel(const X509_NAME *name);
    static QDateTime asn1TimeToDateTime(const ASN1_TIME *time);

private:
    struct Data
    {
        X509Ptr x509;
        unsigned char sha1[20] = {};
        // -1 until computed; a benign race computes the same value twice at most.
        mutable std::atomic<qint64> subjectHash{-1};
        mutable std::atomic<qint64> issuerHash{-1};
    };
    std::shared_ptr<const Data> m_data;
};

} // namespace trustdesk
