// A change to TrustDesk's own configuration that makes a certificate connect, or connect
// and authenticate a user, with the result the engine proved it gives (CLI.md, "fixes").
// A fix may need several changes: the first names the fix, the others are its "also".
#pragma once

#include "../domain/Condition.h"
#include "../x509/Certificate.h"
#include "WhatIfChanges.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace trustdesk {

struct FixChange
{
    Q_DECLARE_TR_FUNCTIONS(FixChange)
public:
    enum class Kind
    {
        Install,          // the certificate into the trusted root store
        Approve,          // the certificate onto the organisation's approved CAs
        AcceptCn,         // `value` onto `user`'s profile
        AcceptThumbprint, // `value` (Thumbprint::key() form) onto `user`'s profile
        MatchCn,          // the organisation's Match CN option on
        EnableUser,       // `user` enabled
    };

    Kind kind = Kind::Install;
    Certificate certificate;
    QString user;
    QString value;

    static QString kindName(Kind kind); // "install", "approve", "accept-cn", ...
    QString what() const;               // one sentence for people
    QJsonObject toJson() const;
    bool operator==(const FixChange &other) const;
};

struct Fix
{
    Q_DECLARE_TR_FUNCTIONS(Fix)
public:
    QList<FixChange> changes;
    // What the engine gave with the changes applied.
    bool connects = false;
    bool authenticates = false;
    Condition condition = Condition::None; // A1-A3 with a user, C1 or C2 without

    // The same changes as hypothetical ones, for the explorer and for applying them.
    WhatIfChanges whatIf() const;
    QString what() const; // the changes' sentences joined
    QJsonObject toJson() const;
};

} // namespace trustdesk
