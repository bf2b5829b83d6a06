#include "OrganisationCaRepository.h"

#include "../x509/CertificateLoader.h"
#include "SqlSupport.h"
#include "Store.h"

namespace trustdesk {

using namespace sql;

namespace {

QJsonObject certificateSummary(const Certificate &cert)
{
    return QJsonObject{{QStringLiteral("subject"), cert.subjectText()},
                       {QStringLiteral("thumbprint"), cert.thumbprint().grouped()}};
}

} // namespace

std::optional<OrganisationCa> OrganisationCaRepository::get(qint64 organisationId)
{
    QSqlQuery query =
        prepared(m_store.database(),
                 QStringLiteral("SELECT c.der, o.encrypted_key, o.chain_pem FROM organisation_ca o"
                                " JOIN certificates c ON c.id = o.certificate_id"
                                " WHERE o.organisation_id = ?"));
    query.addBindValue(organisationId);
    run(query);
    if (!query.next())
        return std::nullopt;
    QList<Certificate> chain;
    const QByteArray chainPem = query.value(2).toByteArray();
    if (!chainPem.isEmpty())
        chain =
            CertificateLoader::loadBytes(chainPem, tr("the organisation CA's chain")).certificates;
    return OrganisationCa::fromStored(Certificate::fromDer(query.value(0).toByteArray()),
                                      query.value(1).toByteArray(), chain);
}

void OrganisationCaRepository::save(qint64 organisationId, const OrganisationCa &ca,
                                    const QString &how,
                                    const std::optional<OrganisationCa> &replaced)
{
    QString chainPem;
    for (const Certificate &cert : ca.chain())
        chainPem += cert.toPem();
    Store::Transaction transaction(m_store);
    QSqlQuery remove =
        prepared(m_store.database(),
                 QStringLiteral("DELETE FROM organisation_ca WHERE organisation_id = ?"));
    remove.addBindValue(organisationId);
    run(remove);
    QSqlQuery save = prepared(
        m_store.database(),
        QStringLiteral("INSERT INTO organisation_ca (organisation_id, certificate_id, chain_pem, "
                       "encrypted_key, created) VALUES (?, ?, ?, ?, ?)"));
    save.addBindValue(organisationId);
    save.addBindValue(m_store.certificates().idFor(ca.certificate()));
    save.addBindValue(text(chainPem));
    save.addBindValue(QString::fromLatin1(ca.encryptedKey()));
    save.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    run(save);
    QJsonObject after = certificateSummary(ca.certificate());
    after.insert(QStringLiteral("key"), ca.certificate().keyDescription());
    after.insert(QStringLiteral("not_after"), iso(ca.certificate().notAfter()));
    m_store.auditLog().record(
        m_store.organisations().nameOf(organisationId), QStringLiteral("orgca.%1").arg(how),
        QStringLiteral("orgca:%1").arg(ca.certificate().thumbprint().key()),
        replaced ? certificateSummary(replaced->certificate()) : QJsonObject(), after);
    transaction.commit();
}

} // namespace trustdesk
