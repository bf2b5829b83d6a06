// What a holding-tank entry or an accepted credential holds (RULES 1 and 4): a CN, a
// thumbprint, or (tank only) a CA certificate the client sent that nothing trusts.
#pragma once

#include <QString>
#include <optional>

namespace trustdesk {

enum class CredentialKind
{
    Thumbprint,
    CommonName,
    UntrustedCa
};

// "thumbprint", "cn", "untrusted-ca": the names of the CLI contract and the store's column.
QString credentialKindName(CredentialKind kind);
std::optional<CredentialKind> credentialKindFromText(const QString &text);

} // namespace trustdesk
