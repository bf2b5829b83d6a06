// Plain records the store hands out.
#pragma once

#include "../domain/CredentialKind.h"
#include "../domain/UserProfile.h"
#include "../x509/Certificate.h"
#include "../x509/RevocationList.h"

#include <QDateTime>
#include <QString>

namespace trustdesk {

struct StoredCertificate
{
    Certificate certificate;
    QDateTime added;
};

struct StoredRevocationList
{
    qint64 id = 0;
    RevocationList crl;
    QDateTime added;
};

struct UserRecord
{
    UserProfile profile;
    bool hasPassword = false;
    QDateTime created;
    int pendingTankEntries = 0;
    int credentialCount = 0;      // filled by Store::userPage
    int expiringCertificates = 0; // issued to the user, expiring within 30 days (userPage)
};

// A certificate the organisation CA issued, as the register keeps it.
struct IssuedCertificateRecord
{
    static constexpr int ExpiryWarningDays = 30;

    qint64 id = 0;
    QString username; // as it was when issued; the user may since have been removed
    Certificate certificate;
    QString serial;     // hex
    QString registered; // "thumbprint", "cn", "thumbprint+cn" or "" (nothing registered)
    QDateTime issuedAt;
    QString issuedBy;

    bool expiresWithin(const QDateTime &now, int days = ExpiryWarningDays) const
    {
        return certificate.notAfter() <= now.addDays(days);
    }
};

struct TankEntry
{
    qint64 id = 0;
    qint64 pairId = 0;
    QString username; // empty for untrusted-CA entries seen without a user
    CredentialKind kind = CredentialKind::Thumbprint;
    QString value;
    Certificate certificate;
    QList<Certificate> presentedChain; // what the client sent above the leaf (at most 10)
    Interface interface = Interface::Https;
    QString clientAddress;
    QDateTime firstSeen;
    QDateTime lastSeen;
    int count = 1;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString organisation;
    QString action;
    QString target;
    QString before; // JSON text, empty when nothing was there
    QString after;
};

// What an attempt is: who, over which interface, from where, when.
struct AttemptContext
{
    Interface interface = Interface::Https;
    QString clientAddress;
    QDateTime at;
};

} // namespace trustdesk
