// The chain a TLS client presented, as the engine's certificates.
#pragma once

#include "x509/Certificate.h"

#include <QList>
#include <QSslCertificate>

namespace trustdesk {

class PeerChain
{
public:
    // Leaf first, as sent; certificates that do not parse are left out.
    static QList<Certificate> toCertificates(const QList<QSslCertificate> &chain);
};

} // namespace trustdesk
