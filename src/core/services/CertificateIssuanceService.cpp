#include "CertificateIssuanceService.h"

#include "../InputError.h"
#include "AtomicFileWriter.h"
#include "OrganisationCaService.h"

#include "../x509/Pkcs12Writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace trustdesk {

QList<IssuedFile> CertificateIssuanceService::filesFor(const Certificate &certificate,
                                                       const PrivateKey &key,
                                                       const OrganisationCa &ca,
                                                       const QString &path, IssuedFormat format,
                                                       const QByteArray &passphrase,
                                                       const QString &friendlyName)
{
    if (key.isNull())
        return {{path, certificate.toPem().toLatin1(), false}};
    if (format == IssuedFormat::PemFiles) {
        const QFileInfo info(path);
        const QString keyFile =
            info.dir().filePath(info.completeBaseName() + QStringLiteral(".key"));
        return {{keyFile, key.toEncryptedPem(passphrase), true},
                {path, certificate.toPem().toLatin1(), false}};
    }
    return {
        {path,
         Pkcs12Writer::write(certificate, key, QList<Certificate>{ca.certificate()} + ca.chain(),
                             passphrase, friendlyName,
                             format == IssuedFormat::Pkcs12Legacy ? Pkcs12Encryption::Legacy3Des
                                                                  : Pkcs12Encryption::Aes256),
         true}};
}

IssuedCertificateRecord CertificateIssuanceService::record(Store &store, qint64 organisationId,
                                                           const Certificate &certificate,
                                                           const IssueRegistration &registration)
{
    const QString org = store.organisations().nameOf(organisationId);
    const auto ca = store.organisationCa().get(organisationId);
    if (!ca)
        throw InputError(tr("organisation '%1' has no CA").arg(org));
    if (!certificate.isSignedBy(ca->certificate()))
        throw InputError(tr("'%1' was not issued by the organisation CA '%2'")
                             .arg(certificate.displayName(), ca->certificate().displayName()));
    QStringList registered;
    if (!registration.username.isEmpty() && registration.thumbprint)
        registered << QStringLiteral("thumbprint");
    if (!registration.username.isEmpty() && registration.commonName)
        registered << QStringLiteral("cn");

    Store::Transaction transaction(store);
    qint64 userId = -1; // issued without a user
    IssuedCertificateRecord out;
    if (!registration.username.isEmpty()) {
        const UserRecord user = store.users().get(organisationId, registration.username);
        userId = user.profile.id;
        out.username = user.profile.username; // as the store spells it
    }
    OrganisationCaService::trust(store, organisationId, ca->certificate());

    out.certificate = certificate;
    out.serial = certificate.serialHex();
    out.registered = registered.join(QLatin1Char('+'));
    out.issuedAt = QDateTime::currentDateTimeUtc();
    out.issuedBy = store.actor();
    out.id = store.issuedCertificates().add(organisationId, userId, out);

    const auto registerCredential = [&](CredentialKind kind, const QString &value) {
        if (!store.users().insertCredential(userId, kind, value))
            return;
        store.auditLog().record(
            org, QStringLiteral("credential.add"), QStringLiteral("user:%1").arg(out.username), {},
            QJsonObject{
                {QStringLiteral("kind"), credentialKindName(kind)},
                {QStringLiteral("value"), UserRepository::normaliseCredential(kind, value).first}});
    };
    if (registration.thumbprint && userId >= 0)
        registerCredential(CredentialKind::Thumbprint, certificate.thumbprint().key());
    if (registration.commonName && userId >= 0)
        registerCredential(CredentialKind::CommonName, certificate.commonNames().values.value(0));

    store.auditLog().record(
        org, QStringLiteral("certificate.issue"),
        out.username.isEmpty() ? QStringLiteral("serial:%1").arg(out.serial)
                               : QStringLiteral("user:%1").arg(out.username),
        {},
        QJsonObject{
            {QStringLiteral("serial"), out.serial},
            {QStringLiteral("subject"), certificate.subjectText()},
            {QStringLiteral("thumbprint"), certificate.thumbprint().grouped()},
            {QStringLiteral("not_after"), certificate.notAfter().toUTC().toString(Qt::ISODate)},
            {QStringLiteral("issuer"), ca->certificate().subjectText()},
            {QStringLiteral("registered"), out.registered},
            {QStringLiteral("issued_by"), out.issuedBy}});
    transaction.commit();
    return out;
}

IssuedCertificateRecord CertificateIssuanceService::deliver(Store &store, qint64 organisationId,
                                                            const Certificate &certificate,
                                                            const IssueRegistration &registration,
                                                            const QList<IssuedFile> &files)
{
    // The record first, inside a transaction that is committed only once the files are
    // written: a refused record writes no file (an older file at the path stays), and a
    // failed write leaves no record.
    Store::Transaction transaction(store);
    const IssuedCertificateRecord out = record(store, organisationId, certificate, registration);
    QStringList written;
    try {
        for (const IssuedFile &file : files) {
            AtomicFileWriter::write(file.path, file.bytes, file.holdsKey);
            written << file.path;
        }
        transaction.commit();
    } catch (...) {
        for (const QString &path : std::as_const(written))
            QFile::remove(path);
        throw;
    }
    return out;
}

} // namespace trustdesk
