// Issuing a client certificate from the organisation CA, after the certificate is made:
// its files written, then the record kept, or neither (RULES 1; CLI.md `issue`).
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

class CertificateIssuanceService
{
    Q_DECLARE_TR_FUNCTIONS(CertificateIssuanceService)
public:
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
