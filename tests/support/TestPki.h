// Certificates for tests, made by the tests: fixed dates, keys of the tests' own. Every
// helper returns a certificate with its key so a test can sign further down.
#pragma once

#include "engine/TrustSnapshot.h"
#include "x509/CertificateBuilder.h"
#include "x509/RevocationList.h"

#include <QDateTime>
#include <memory>

namespace trustdesk::test {

struct Issued
{
    Certificate cert;
    PrivateKey key;
};

class TestPki
{
public:
    // All certificates are valid from 2025-01-01 to 2030-01-01 unless told otherwise;
    // tests evaluate at 2026-06-01.
    static QDateTime evaluationTime()
    {
        return QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    }
    static QDateTime start() { return QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC); }
    static QDateTime end() { return QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC); }

    // EC P-256 keys: fast to make, and each call makes a new one.
    static PrivateKey newKey() { return PrivateKey::generate(KeyType::EcP256); }

    static CertificateBuilder builder(const QString &cn);
    static Issued root(const QString &cn);
    static Issued intermediate(const QString &cn, const Issued &issuer, int pathLength = -1);
    static Issued client(const QString &cn, const Issued &issuer);
    static Issued selfSignedClient(const QString &cn);
    static Issued issue(const CertificateBuilder &builder, const Issued &issuer);

    // A CRL by `issuer` listing `revoked`, valid from thisUpdate to nextUpdate.
    static RevocationList crl(const Issued &issuer, const QList<Certificate> &revoked,
                              const QDateTime &thisUpdate = start(),
                              const QDateTime &nextUpdate = end());

    struct SnapshotSpec
    {
        QList<Certificate> installed;
        QList<Certificate> intermediates;
        QList<Certificate> approved;
        QList<RevocationList> crls;
        bool matchCn = false;
        bool requireRevocation = false;
        bool allowSha1Signatures = false;
    };
    static std::unique_ptr<TrustSnapshot> snapshot(const SnapshotSpec &spec);
};

} // namespace trustdesk::test
