#include "FuzzSupport.h"

#include "x509/CertificateBuilder.h"

namespace trustdesk::fuzz {

QList<Certificate> sampleChain()
{
    const QDateTime from(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    const PrivateKey rootKey = PrivateKey::generate(KeyType::EcP256);
    const Certificate root = CertificateBuilder()
                                 .commonName(QStringLiteral("Fuzz Root"))
                                 .validity(from, to)
                                 .certificateAuthority()
                                 .selfSign(rootKey);
    const PrivateKey caKey = PrivateKey::generate(KeyType::EcP256);
    const Certificate ca = CertificateBuilder()
                               .commonName(QStringLiteral("Fuzz CA"))
                               .validity(from, to)
                               .certificateAuthority()
                               .sign(caKey, root, rootKey);
    const Certificate leaf = CertificateBuilder()
                                 .commonName(QStringLiteral("Fuzz Leaf"))
                                 .validity(from, to)
                                 .endEntity()
                                 .sign(PrivateKey::generate(KeyType::EcP256), ca, caKey);
    return {leaf, ca, root};
}

} // namespace trustdesk::fuzz
