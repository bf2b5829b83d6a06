#include "UserProfile.h"

namespace trustdesk {

std::optional<Policy> UserProfile::policyFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("password"))
        return Policy::Password;
    if (t == QLatin1String("certificate"))
        return Policy::Certificate;
    if (t == QLatin1String("password+certificate"))
        return Policy::PasswordAndCertificate;
    return std::nullopt;
}

QString UserProfile::policyName(Policy policy)
{
    switch (policy) {
    case Policy::Password:
        return QStringLiteral("password");
    case Policy::Certificate:
        return QStringLiteral("certificate");
    case Policy::PasswordAndCertificate:
        return QStringLiteral("password+certificate");
    }
    return QString();
}

std::optional<Interface> UserProfile::interfaceFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("https"))
        return Interface::Https;
    if (t == QLatin1String("ftps"))
        return Interface::Ftps;
    return std::nullopt;
}

QString UserProfile::interfaceName(Interface iface)
{
    return iface == Interface::Https ? QStringLiteral("https") : QStringLiteral("ftps");
}

} // namespace trustdesk
