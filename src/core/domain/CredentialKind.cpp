#include "CredentialKind.h"

namespace trustdesk {

QString credentialKindName(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Thumbprint:
        return QStringLiteral("thumbprint");
    case CredentialKind::CommonName:
        return QStringLiteral("cn");
    case CredentialKind::UntrustedCa:
        return QStringLiteral("untrusted-ca");
    }
    return QString();
}

std::optional<CredentialKind> credentialKindFromText(const QString &text)
{
    if (text == QLatin1String("thumbprint"))
        return CredentialKind::Thumbprint;
    if (text == QLatin1String("cn"))
        return CredentialKind::CommonName;
    if (text == QLatin1String("untrusted-ca"))
        return CredentialKind::UntrustedCa;
    return std::nullopt;
}

} // namespace trustdesk
