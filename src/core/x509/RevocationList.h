// A certificate revocation list (CRL), read from PEM or DER.
#pragma once

#include "Certificate.h"
#include "OpenSslTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace trustdesk {

class RevocationList
{
public:
    RevocationList() = default;
    // Throws InputError naming `what`. A file may hold several PEM CRLs.
    static QList<RevocationList> loadBytes(const QByteArray &data, const QString &what);
    static QList<RevocationList> loadFile(const QString &path);
    static RevocationList fromDer(const QByteArray &der); // null on failure

    bool isNull() const { return !m_crl; }
    X509_CRL *crl() const { return m_crl.get(); }
    QByteArray der() const;
    QString issuerText() const;
    QDateTime thisUpdate() const;
    QDateTime nextUpdate() const;
    int revokedCount() const;
    // The revocation date when `cert`'s serial is listed (issuer names must match).
    QDateTime revocationDateOf(const Certificate &cert) const;

private:
    std::shared_ptr<X509_CRL> m_crl;
};

} // namespace trustdesk
