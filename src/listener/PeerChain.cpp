#include "PeerChain.h"

namespace trustdesk {

QList<Certificate> PeerChain::toCertificates(const QList<QSslCertificate> &chain)
{
    QList<Certificate> out;
    for (const QSslCertificate &cert : chain) {
        const Certificate converted = Certificate::fromDer(cert.toDer());
        if (!converted.isNull())
            out << converted;
    }
    return out;
}

} // namespace trustdesk
