// The holding tank's rows (RULES 4): pairs of CN and thumbprint entries per user, and the
// untrusted CAs clients sent. What an attempt adds, and what accepting does, are decided
// in core/services; this class only reads and writes the rows.
#pragma once

#include "StoreQueries.h"
#include "StoreRecords.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace trustdesk {

class Store;

// When, where and how a credential was presented, as a tank row remembers it.
struct TankSighting
{
    Interface interface = Interface::Https;
    QString clientAddress;
    QDateTime at;
    QString presentedChainPem; // what the client sent above the leaf
};

class HoldingTankRepository
{
    Q_DECLARE_TR_FUNCTIONS(HoldingTankRepository)
public:
    explicit HoldingTankRepository(Store &store) : m_store(store) {}

    // Oldest first; of one user when `username` is given.
    QList<TankEntry> entries(qint64 organisationId, const QString &username = QString());
    std::optional<TankEntry> find(qint64 organisationId, qint64 entryId);
    TankEntry entry(qint64 organisationId, qint64 entryId); // throws InputError
    // The certificates of the untrusted-CA entries, newest first (what a fix may install).
    QList<Certificate> untrustedCas(qint64 organisationId, int limit = 200);
    // Newest first, filtered in SQL (see StoreQueries.h).
    QList<TankEntry> page(qint64 organisationId, const TankQuery &query);
    int count(qint64 organisationId, const TankQuery &query, int cap = -1);

    // --- the rows an attempt writes (inside the caller's transaction, not audited)
    qint64 nextPairId();
    // The untrusted-CA entry for the certificate, or the pending pair of the user's
    // certificate, when there is one.
    std::optional<qint64> untrustedCaEntry(qint64 organisationId, const Certificate &ca);
    std::optional<qint64> pendingPair(qint64 organisationId, qint64 userId,
                                      const Certificate &certificate);
    // `userId` < 0: an untrusted CA seen without a user.
    void insert(qint64 organisationId, qint64 userId, qint64 pairId, CredentialKind kind,
                const QString &value, const Certificate &certificate, const TankSighting &seen);
    void refreshEntry(qint64 entryId, const TankSighting &seen);
    void refreshPair(qint64 pairId, const TankSighting &seen);
    // Keeps the user's newest `cap` pairs; the oldest go first (RULES 4.1).
    void keepNewestPairs(qint64 organisationId, qint64 userId, int cap);
    // Keeps the organisation's newest `cap` untrusted-CA entries.
    void keepNewestUntrustedCas(qint64 organisationId, int cap);

    // --- removal without audit, for a service that audits the whole action
    int removeEntry(qint64 entryId);
    int removePair(qint64 pairId);

    // --- administrative removal, audited
    void remove(qint64 organisationId, qint64 entryId);
    // Deletes a user's entries, or the whole organisation's; with `expiredBefore` valid,
    // only those last seen before it. Returns how many went.
    int purge(qint64 organisationId, const QString &username, const QDateTime &expiredBefore);
    // RULES 4.4: the automatic clean-up of entries older than the organisation's expiry.
    int purgeExpired(qint64 organisationId, const QDateTime &now);

private:
    QList<TankEntry> query(qint64 organisationId, qint64 userId, qint64 entryId);
    void refresh(const QString &where, qint64 id, const TankSighting &seen);

    Store &m_store;
};

} // namespace trustdesk
