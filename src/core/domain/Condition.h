// The conditions of RULES 2 and 3: C1 and C2 let a certificate connect; A1, A2 and A3
// let it authenticate a user.
#pragma once

#include <QString>

namespace trustdesk {

enum class Condition
{
    None, // no condition holds
    C1,   // the certificate itself is installed
    C2,   // its chain reaches an installed certificate
    A1,   // its thumbprint is on the user's profile
    A2,   // its CN is on the profile, from an approved CA
    A3    // Match CN: its CN is the user's name, from an approved CA
};

// "C1" ... "A3"; empty for None.
QString conditionName(Condition condition);

} // namespace trustdesk
