// The HTTPS site's client-certificate mode (RULES.md section 5).
#pragma once

#include <QString>
#include <optional>

namespace trustdesk {

enum class SiteMode
{
    AcceptOnGateways, // the default: only /humancc.aspx and /machinecc.aspx use a certificate
    RequireSiteWide,  // every path but the exception paths needs one that connects
    Ignore,           // certificates are never used
    AcceptSiteWide,   // the misconfiguration, offered only to demonstrate it
    IisMapping,       // IIS client certificate mapping: the certificate alone names the user
};

inline QString siteModeName(SiteMode mode)
{
    switch (mode) {
    case SiteMode::AcceptOnGateways:
        return QStringLiteral("accept");
    case SiteMode::RequireSiteWide:
        return QStringLiteral("require");
    case SiteMode::Ignore:
        return QStringLiteral("ignore");
    case SiteMode::AcceptSiteWide:
        return QStringLiteral("accept-site-wide");
    case SiteMode::IisMapping:
        return QStringLiteral("iis-mapping");
    }
    return QString();
}

inline std::optional<SiteMode> siteModeFromName(const QString &name)
{
    for (SiteMode mode : {SiteMode::AcceptOnGateways, SiteMode::RequireSiteWide, SiteMode::Ignore,
                          SiteMode::AcceptSiteWide, SiteMode::IisMapping})
        if (siteModeName(mode) == name)
            return mode;
    return std::nullopt;
}

} // namespace trustdesk
