// One sign-on attempt, as the production server makes it: the engine evaluates the chain
// the client presented for the username it gave, and the holding tank gets what RULES 4.1
// and 4.5 say. The listener, `explain --record` and the demo store all come here.
#pragma once

#include "../engine/CertificateMapper.h"
#include "../engine/Verdict.h"
#include "../store/Store.h"
#include "TrustSnapshotCache.h"

#include <QCoreApplication>
#include <optional>

namespace trustdesk {

struct AttemptOutcome
{
    std::optional<UserProfile> user; // null: no such user
    bool certificatePresented = false;
    std::optional<Verdict> verdict; // when a certificate was presented
};

class AttemptService
{
public:
    // Untrusted-CA entries kept per organisation: a flood of fake CAs stays bounded.
    static constexpr int UntrustedCaCap = 100;
    // Certificates kept of what a client sent above its leaf.
    static constexpr int MaxStoredChain = 10;

    AttemptService(Store &store, qint64 organisationId)
        : m_store(store), m_organisationId(organisationId)
    {}

    // Evaluates at `at` and records what the attempt leaves in the tank.
    AttemptOutcome attempt(const QList<Certificate> &presented, const QString &username,
                           Interface iface, const QString &clientAddress,
                           const QDateTime &at = QDateTime::currentDateTimeUtc());
    // A sign-on on an IIS-mapping site (RULES 3, "Identify without a username"): the
    // organisation's mappings name the user. With no username there is no pair for the tank;
    // an untrusted CA the certificate names is recorded as for any attempt.
    Identification identify(const QList<Certificate> &presented, const QString &clientAddress,
                            const QDateTime &at = QDateTime::currentDateTimeUtc());
    // Records what an evaluated attempt leaves behind (RULES 4.1, 4.5): a new pair, or the
    // refreshed pending one, within the per-user cap; untrusted CAs once each, bounded.
    // Not an administrative change, so not audited.
    void record(const Verdict &verdict, const UserProfile *user, const AttemptContext &context);

    std::optional<UserProfile> findUser(const QString &username);
    QString organisationName();
    bool verifyPassword(const QString &username, const QString &password);
    // The stored password hash of an enabled user; "" for an unknown or disabled user, or
    // one without a password (to be checked off the event loop, see PasswordCheck).
    QString passwordHash(const QString &username);

private:
    Store &m_store;
    qint64 m_organisationId;
    TrustSnapshotCache m_snapshots;
};

} // namespace trustdesk
