// Finds the fixes of CLI.md: the smallest changes to TrustDesk's own configuration (install,
// approve, accept a CN or a thumbprint, Match CN, enable the user) that make a certificate
// connect, or connect and authenticate the user. Every fix is proven: the changed
// configuration is evaluated by the same engine, and only what it confirms is offered,
// best first. When no configuration can help (an expired leaf, a broken signature), there
// are none, and the verdict's reason says what the certificate's holder needs instead.
#pragma once

#include "Fix.h"
#include "TrustEngine.h"

#include <QCoreApplication>
#include <QList>

namespace trustdesk {

class FixFinder
{
    Q_DECLARE_TR_FUNCTIONS(FixFinder)
public:
    // At most this many fixes are offered (the rest are larger or broader).
    static constexpr int MaxFixes = 12;

    // Adds the fixes to `verdict` (evaluated for `user`, who may be null: connect only).
    // `pool` holds further certificates a fix may install or approve (the holding tank's
    // untrusted CAs); the client's chain, the known intermediates and the approved CAs are
    // considered anyway. When nothing can help, the connect reason gains what the
    // certificate's holder needs.
    static void attach(Verdict &verdict, const UserProfile *user, const TrustSnapshot &snapshot,
                       const QList<Certificate> &pool);

    static QList<Fix> find(const Verdict &verdict, const UserProfile *user,
                           const TrustSnapshot &snapshot, const QList<Certificate> &pool);
    // What the holder of a certificate that no configuration can let connect needs.
    static QString holderNeeds(const Verdict &verdict);
};

} // namespace trustdesk
