// A set of hypothetical changes to what an organisation trusts: install or remove
// certificates, approve or unapprove CAs, turn Match CN on or off, accept a thumbprint or
// a CN for a user. apply() builds the TrustSnapshot and the profile as they would be, so
// the one engine answers "what if" exactly as it answers "what is" -- no second rule set.
#pragma once

#include "../domain/UserProfile.h"
#include "../x509/Certificate.h"
#include "TrustSnapshot.h"

#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace trustdesk {

struct WhatIfChanges
{
    QList<Certificate> install;
    QList<Certificate> uninstall;
    QList<Certificate> approve;
    QList<Certificate> unapprove;
    std::optional<bool> matchCn;
    QString thumbprintForUser; // Thumbprint::key() form; empty: none
    QString commonNameForUser; // empty: none
    bool enableUser = false;   // the user enabled (a disabled user authenticates with nothing)

    bool isEmpty() const;
    std::unique_ptr<TrustSnapshot> apply(const TrustSnapshot &base) const;
    UserProfile apply(const UserProfile &user) const;
};

} // namespace trustdesk
