// The trust engine: RULES.md sections 2 to 4.1 as one pure function. No I/O, no SQL; the
// store hands it a snapshot and a user, the caller hands it the time.
#pragma once

#include "../domain/UserProfile.h"
#include "TrustSnapshot.h"
#include "Verdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace trustdesk {

// How much of the explanation an evaluation writes: every reason a person reads, or the
// decision alone (conditions, failure kinds, tank proposals; no texts) for the listener's
// sign-ons and for benchmarks.
enum class Explain
{
    Everything,
    DecisionOnly,
};

class TrustEngine
{
    Q_DECLARE_TR_FUNCTIONS(TrustEngine)
public:
    // `presented` is what the client sent, leaf first. `user` may be null (connect only).
    static Verdict evaluate(const QList<Certificate> &presented, const UserProfile *user,
                            Interface iface, const TrustSnapshot &snapshot, const QDateTime &at,
                            Explain explain = Explain::Everything);

private:
    static ConnectResult connect(const QList<Certificate> &presented, const TrustSnapshot &snapshot,
                                 const QDateTime &at, bool explain);
    static AuthenticateResult authenticate(const Certificate &leaf, const ConnectResult &connect,
                                           const QList<Certificate> &presented,
                                           const UserProfile &user, Interface iface,
                                           const TrustSnapshot &snapshot, bool explain);
    static QList<TankProposal> tankProposals(const Verdict &verdict, const UserProfile *user);
};

} // namespace trustdesk
