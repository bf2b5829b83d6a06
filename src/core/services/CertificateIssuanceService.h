// Issuing a client certificate from the organisation CA, after the certificate is made:
// the record kept and its files written, or neither (CLI.md `issue`).
#pragma once

#include "../store/Store.h"

#include <QCoreApplication>
#include <QList>

namespace trustdesk {

// Whom the new certificate is registered on, and as what.
struct IssueRegistration
{
    QString username; // empty: record only
    bool thumbprint = true;
    bool commonName = false;
};

// One file a new certificate goes out as.
struct IssuedFile
{
    QString path;
    QByteArray bytes;
    bool holdsKey = false; // written readable by its owner only
};

// How a new key goes out with its certificate.
enum class IssuedFormat
{
    Pkcs12Aes,    // PKCS#12, AES-256 with PBKDF2 and a SHA-256 MAC
    Pkcs12Legacy, // PKCS#12, 3DES with a SHA-1 MAC, for clients that read nothing newer
    PemFiles      // the certificate as PEM, the key as encrypted PKCS#8 PEM beside it (.key)
};

class CertificateIssuanceService
{
    Q_DECLARE_TR_FUNCTIONS(CertificateIssuanceService)
public:
    // The files a new certificate goes out as. Without a key (a signed request): the
    // certificate as PEM at `path`. With one: as `format` says, the PKCS#12 holding the
    // organisation CA's chain and named after `friendlyName`.
    static QList<IssuedFile> filesFor(const Certificate &certificate, const PrivateKey &key,
                                      const OrganisationCa &ca, const QString &path,
                                      IssuedFormat format, const QByteArray &passphrase,
                                      const QString &friendlyName);
    // One transaction: records `certificate` as issued, registers it on the user as asked,
    // and installs and approves the organisation CA if it is not yet. Audited as
    // "certificate.issue" under the store's actor.
    static IssuedCertificateRecord record(Store &store, qint64 organisationId,
                                          const Certificate &certificate,
                                          const IssueRegistration &registration);
    // Records and writes the files (each atomically), or neither: a refused record writes
    // nothing, and when a file cannot be written the record is rolled back and the files
    // already written are removed, so a certificate is on disk only when on record.
    static IssuedCertificateRecord deliver(Store &store, qint64 organisationId,
                                           const Certificate &certificate,
                                           const IssueRegistration &registration,
                                           const QList<IssuedFile> &files);
};

} // namespace trustdesk
