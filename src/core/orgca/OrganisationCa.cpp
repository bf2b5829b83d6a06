#include "OrganisationCa.h"

#include "../InputError.h"
#include "../x509/CertificateBuilder.h"
#include "../x509/CertificateLoader.h"

namespace trustdesk {

void OrganisationCa::validatePassphrase(const QByteArray &passphrase)
{
    if (passphrase.size() < MinPassphraseLength)
        throw InputError(tr("the passphrase for the CA key must have at least %1 characters")
                             .arg(MinPassphraseLength));
}

void OrganisationCa::validateCommonName(const QString &what, const QString &cn)
{
    const QString trimmed = cn.trimmed();
    if (trimmed.isEmpty())
        throw InputError(tr("%1 must not be empty").arg(what));
    if (trimmed.size() > 64) // RFC 5280 ub-common-name
        throw InputError(tr("%1 '%2' is longer than 64 characters").arg(what, trimmed.left(64)));
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            throw InputError(tr("%1 '%2' contains a control character").arg(what, trimmed));
    }
}

OrganisationCa OrganisationCa::create(const OrganisationCaSpec &spec, const QByteArray &passphrase,
                                      const QDateTime &now, const Certificate &parent,
                                      const PrivateKey &parentKey,
                                      const QList<Certificate> &parentChain)
{
    validateCommonName(tr("the CA's common name"), spec.commonName);
    validatePassphrase(passphrase);
    if (spec.days < 1 || spec.days > MaxDays)
        throw InputError(tr("the CA's validity must be between 1 and %1 days, not %2")
                             .arg(MaxDays)
                             .arg(spec.days));
    const QDateTime notAfter = now.addDays(spec.days);
    if (!parent.isNull()) {
        if (!parent.isCa())
            throw InputError(tr("'%1' is not a CA; it cannot sign the organisation CA")
                                 .arg(parent.displayName()));
        if (!parentKey.matches(X509_get0_pubkey(parent.x509())))
            throw InputError(
                tr("the key given with '%1' is not its key").arg(parent.displayName()));
        if (parent.notAfter() < notAfter)
            throw InputError(
                tr("'%1' expires on %2, before the new CA would; choose fewer days")
                    .arg(parent.displayName(), parent.notAfter().toString(Qt::ISODate)));
        if (parent.pathLength() == 0)
            throw InputError(
                tr("'%1' has path length 0; it may not sign another CA").arg(parent.displayName()));
    }

    const PrivateKey key = PrivateKey::generate(spec.keyType);
    CertificateBuilder builder;
    builder.validity(now.addSecs(-300), notAfter); // a little slack for clocks that run behind
    if (!spec.organisation.trimmed().isEmpty())
        builder.subjectField(QStringLiteral("O"), spec.organisation.trimmed());
    builder.commonName(spec.commonName.trimmed()).certificateAuthority(0);

    OrganisationCa ca;
    if (parent.isNull()) {
        ca.m_certificate = builder.selfSign(key);
    } else {
        ca.m_certificate = builder.sign(key, parent, parentKey);
        ca.m_chain << parent << parentChain;
    }
    ca.m_encryptedKey = key.toEncryptedPem(passphrase);
    return ca;
}

OrganisationCa OrganisationCa::fromPkcs12(const QByteArray &data, const QByteArray &filePassphrase,
                                          const QByteArray &storePassphrase, const QString &what)
{
    const LoadedCertificates loaded = CertificateLoader::loadBytes(data, what, filePassphrase);
    if (loaded.format != QLatin1String("PKCS#12") || loaded.privateKey.isNull())
        throw InputError(tr("%1: expected a PKCS#12 file holding a CA certificate and its "
                            "private key")
                             .arg(what));
    const Certificate cert = loaded.certificates.value(0);
    if (cert.isNull() || !loaded.privateKey.matches(X509_get0_pubkey(cert.x509())))
        throw InputError(
            tr("%1: the file's private key does not belong to its certificate").arg(what));
    if (!cert.isCa())
        throw InputError(tr("%1: '%2' is not a CA (no basicConstraints CA:TRUE); it cannot "
                            "issue certificates")
                             .arg(what, cert.displayName()));
    validatePassphrase(storePassphrase);
    OrganisationCa ca;
    ca.m_certificate = cert;
    ca.m_chain = loaded.certificates.mid(1);
    ca.m_encryptedKey = loaded.privateKey.toEncryptedPem(storePassphrase);
    return ca;
}

OrganisationCa OrganisationCa::fromStored(const Certificate &certificate,
                                          const QByteArray &encryptedKey,
                                          const QList<Certificate> &chain)
{
    OrganisationCa ca;
    ca.m_certificate = certificate;
    ca.m_encryptedKey = encryptedKey;
    ca.m_chain = chain;
    return ca;
}

PrivateKey OrganisationCa::unlock(const QByteArray &passphrase) const
{
    const QString what = tr("the key of the organisation CA '%1'").arg(m_certificate.displayName());
    const PrivateKey key = PrivateKey::decrypt(m_encryptedKey, passphrase, what);
    if (!key.matches(X509_get0_pubkey(m_certificate.x509())))
        throw InputError(
            tr("%1 does not belong to its certificate; the store is damaged").arg(what));
    return key;
}

} // namespace trustdesk
