// One sign-on attempt through the engine: the chain the client presented in the TLS
// handshake, the username it gave, the interface. The engine decides (Qt's own
// verification plays no part); the holding tank gets what RULES.md 4.1 says.
#pragma once

#include "engine/Verdict.h"
#include "store/Store.h"

#include <QList>
#include <QSslCertificate>
#include <optional>

namespace trustdesk {

struct AttemptOutcome
{
    std::optional<UserProfile> user; // null: no such user
    bool certificatePresented = false;
    std::optional<Verdict> verdict; // when a certificate was presented
};

class AttemptRecorder
{
public:
    AttemptRecorder(Store &store, qint64 organisationId)
        : m_store(store), m_organisationId(organisationId)
    {}

    static QList<Certificate> toCertificates(const QList<QSslCertificate> &chain);

    // Evaluates and records (tank pairs, untrusted CAs) as a real attempt does.
    AttemptOutcome attempt(const QList<Certificate> &presented, const QString &username,
                           Interface iface, const QString &clientAddress);
    bool verifyPassword(const QString &username, const QString &password);
    std::optional<UserProfile> findUser(const QString &username);

private:
    Store &m_store;
    qint64 m_organisationId;
};

} // namespace trustdesk
