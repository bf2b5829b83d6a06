// What a view asks of a large store: one page of rows, filtered and sorted in SQL, so that
// 100,000 users or 200,000 tank entries never have to be loaded at once.
#pragma once

#include "../domain/CredentialKind.h"

#include <QString>
#include <optional>

namespace trustdesk {

struct PageRange
{
    int offset = 0;
    int limit = 256;
};

struct UserQuery
{
    enum class SortKey
    {
        Username,
        FullName,
        Status,
        HttpsPolicy,
        FtpsPolicy,
        Credentials,
        PendingTankEntries
    };
    QString filter; // substring of the username or the full name, any case
    SortKey sort = SortKey::Username;
    bool descending = false;
    PageRange page;
};

struct TankQuery
{
    QString user;                       // substring of the username; empty: everyone
    std::optional<CredentialKind> kind; // none: every kind
    PageRange page;
};

struct AuditQuery
{
    QString filter; // substring of the actor, organisation, action, target or values
    PageRange page; // newest first
};

// Someone else who would also claim a CN (RULES 4.3).
struct CommonNameClaim
{
    QString username;
    bool holdsCn = false;     // the CN is on their profile
    bool nameMatches = false; // their username or full name equals the CN
};

} // namespace trustdesk
