// What the engine needs to know about one user: identity, status, the policy of each
// interface and the accepted credentials.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace trustdesk {

enum class Interface
{
    Https,
    Ftps
};
enum class Policy
{
    Password,
    Certificate,
    PasswordAndCertificate
};

struct UserProfile
{
    qint64 id = 0;
    QString username;
    QString fullName;
    bool disabled = false;
    Policy httpsPolicy = Policy::Password;
    Policy ftpsPolicy = Policy::Password;
    QStringList thumbprints; // Thumbprint::key() form
    QStringList commonNames; // as entered; compared with CommonName::equal

    bool operator==(const UserProfile &other) const
    {
        return id == other.id && username == other.username && fullName == other.fullName &&
               disabled == other.disabled && httpsPolicy == other.httpsPolicy &&
               ftpsPolicy == other.ftpsPolicy && thumbprints == other.thumbprints &&
               commonNames == other.commonNames;
    }
    bool operator!=(const UserProfile &other) const { return !(*this == other); }

    Policy policyFor(Interface iface) const
    {
        return iface == Interface::Https ? httpsPolicy : ftpsPolicy;
    }
    static bool needsCertificate(Policy policy) { return policy != Policy::Password; }

    static std::optional<Policy> policyFromText(const QString &text);
    static QString policyName(Policy policy); // "password", "certificate", "password+certificate"
    static std::optional<Interface> interfaceFromText(const QString &text);
    static QString interfaceName(Interface iface); // "https", "ftps"
};

} // namespace trustdesk
