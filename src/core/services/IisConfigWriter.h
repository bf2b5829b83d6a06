// Writes an organisation's certificate mappings in IIS's own format: a web.config holding the
// <iisClientCertificateMappingAuthentication> element (certificates as one line of base64,
// the rules, deny permissions), or an appcmd.exe script that puts the same into a site.
// Passwords are not TrustDesk's to know: they are left empty, for the IIS administrator to
// set on that machine, and the output says so.
#pragma once

#include "../domain/CertificateMapping.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace trustdesk {

class IisConfigWriter
{
    Q_DECLARE_TR_FUNCTIONS(IisConfigWriter)
public:
    static QByteArray webConfig(const QList<CertificateMapping> &mappings);
    static QByteArray appcmdScript(const QList<CertificateMapping> &mappings, const QString &site);
};

} // namespace trustdesk
