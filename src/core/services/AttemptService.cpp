#include "AttemptService.h"

#include "../engine/TrustEngine.h"
#include "MappingService.h"
#include "TrustSnapshotLoader.h"

namespace trustdesk {

AttemptOutcome AttemptService::attempt(const QList<Certificate> &presented, const QString &username,
                                       Interface iface, const QString &clientAddress,
                                       const QDateTime &at)
{
    AttemptOutcome outcome;
    outcome.user = findUser(username);
    outcome.certificatePresented = !presented.isEmpty();
    if (presented.isEmpty())
        return outcome;
    const auto snapshot = m_snapshots.get(m_store, m_organisationId);
    // A sign-on needs the decision; the reasons are written only for a refusal, whose page
    // and log name the cause.
    const UserProfile *user = outcome.user ? &*outcome.user : nullptr;
    outcome.verdict =
        TrustEngine::evaluate(presented, user, iface, *snapshot, at, Explain::DecisionOnly);
    if (!outcome.verdict->connect.ok)
        outcome.verdict = TrustEngine::evaluate(presented, user, iface, *snapshot, at);
    AttemptContext context;
    context.interface = iface;
    context.clientAddress = clientAddress;
    context.at = at;
    record(*outcome.verdict, outcome.user ? &*outcome.user : nullptr, context);
    return outcome;
}

Identification AttemptService::identify(const QList<Certificate> &presented,
                                        const QString &clientAddress, const QDateTime &at)
{
    const QList<CertificateMapping> mappings = m_store.mappings().list(m_organisationId);
    const auto snapshot = m_snapshots.get(m_store, m_organisationId);
    Identification out = CertificateMapper::identify(
        presented, mappings, MappingService::mappedUsers(m_store, m_organisationId, mappings),
        *snapshot, at);
    if (out.verdict) {
        AttemptContext context;
        context.interface = Interface::Https;
        context.clientAddress = clientAddress;
        context.at = at;
        record(*out.verdict, nullptr, context);
    }
    return out;
}

void AttemptService::record(const Verdict &verdict, const UserProfile *user,
                            const AttemptContext &context)
{
    if (verdict.tank.isEmpty())
        return;
    const OrganisationSettings org = m_store.organisations().get(m_organisationId);
    TankSighting seen;
    seen.interface = context.interface;
    seen.clientAddress = context.clientAddress;
    seen.at = context.at;
    // What the client sent above the leaf, so that an entry can be explained later with the
    // same chain. Bounded: a client may send any number of certificates.
    for (int i = 1; i < verdict.presented.size() && i <= MaxStoredChain; ++i)
        seen.presentedChainPem += verdict.presented.at(i).toPem();

    HoldingTankRepository &tank = m_store.tank();
    Store::Transaction transaction(m_store);
    QList<TankProposal> pair;
    for (const TankProposal &proposal : verdict.tank) {
        if (proposal.kind != CredentialKind::UntrustedCa) {
            pair << proposal;
            continue;
        }
        if (const auto existing = tank.untrustedCaEntry(m_organisationId, proposal.certificate))
            tank.refreshEntry(*existing, seen);
        else
            tank.insert(m_organisationId, user ? user->id : -1, tank.nextPairId(), proposal.kind,
                        proposal.value, proposal.certificate, seen);
    }
    if (!pair.isEmpty() && user) {
        if (const auto existing =
                tank.pendingPair(m_organisationId, user->id, verdict.certificate)) {
            tank.refreshPair(*existing, seen);
        } else {
            const qint64 pairId = tank.nextPairId();
            for (const TankProposal &proposal : pair)
                tank.insert(m_organisationId, user->id, pairId, proposal.kind, proposal.value,
                            proposal.certificate, seen);
            tank.keepNewestPairs(m_organisationId, user->id, org.tankCap);
        }
    }
    tank.keepNewestUntrustedCas(m_organisationId, UntrustedCaCap);
    transaction.commit();
}

std::optional<UserProfile> AttemptService::findUser(const QString &username)
{
    if (username.isEmpty())
        return std::nullopt;
    return m_store.users().find(m_organisationId, username);
}

bool AttemptService::verifyPassword(const QString &username, const QString &password)
{
    return m_store.users().verifyPassword(m_organisationId, username, password.toUtf8());
}

QString AttemptService::organisationName()
{
    return m_store.organisations().nameOf(m_organisationId);
}

QString AttemptService::passwordHash(const QString &username)
{
    const auto user = findUser(username);
    if (!user || user->disabled)
        return QString();
    return m_store.users().passwordHash(m_organisationId, user->username);
}

} // namespace trustdesk
