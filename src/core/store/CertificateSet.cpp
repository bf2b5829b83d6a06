#include "CertificateSet.h"

#include "../InputError.h"
#include "SqlSupport.h"
#include "Store.h"

namespace trustdesk {

using namespace sql;

struct CertificateSet::Spec
{
    const char *table;
    const char *addAction;
    const char *removeAction;
    const char *targetPrefix;
    bool perOrganisation;
};

namespace {

QJsonObject certificateSummary(const Certificate &cert)
{
    return QJsonObject{{QStringLiteral("subject"), cert.subjectText()},
                       {QStringLiteral("thumbprint"), cert.thumbprint().grouped()}};
}

} // namespace

const CertificateSet::Spec &CertificateSet::spec() const
{
    static const Spec roots{"root_store", "root.install", "root.remove", "root", false};
    static const Spec intermediates{"intermediates", "intermediate.add", "intermediate.remove",
                                    "intermediate", false};
    static const Spec approved{"approved_cas", "ca.approve", "ca.remove", "ca", true};
    switch (m_kind) {
    case Kind::RootStore:
        return roots;
    case Kind::Intermediates:
        return intermediates;
    case Kind::ApprovedCas:
        break;
    }
    return approved;
}

QString CertificateSet::organisationName() const
{
    return spec().perOrganisation ? m_store.organisations().nameOf(m_organisationId) : QString();
}

QList<StoredCertificate> CertificateSet::list()
{
    const Spec &s = spec();
    QSqlQuery query =
        prepared(m_store.database(),
                 QStringLiteral("SELECT c.der, s.added FROM %1 s JOIN certificates c ON c.id = "
                                "s.certificate_id%2 ORDER BY c.subject, c.id")
                     .arg(QLatin1String(s.table),
                          s.perOrganisation ? QLatin1String(" WHERE s.organisation_id = ?")
                                            : QLatin1String("")));
    if (s.perOrganisation)
        query.addBindValue(m_organisationId);
    run(query);
    QList<StoredCertificate> out;
    while (query.next()) {
        StoredCertificate stored;
        stored.certificate = Certificate::fromDer(query.value(0).toByteArray());
        stored.added = fromIso(query.value(1));
        if (!stored.certificate.isNull())
            out << stored;
    }
    return out;
}

int CertificateSet::add(const QList<Certificate> &certificates)
{
    if (m_kind == Kind::Intermediates) {
        for (const Certificate &cert : certificates) {
            if (!cert.isCa())
                throw InputError(tr("'%1' is not a CA certificate, so it cannot be an intermediate")
                                     .arg(cert.displayName()));
        }
    }
    const Spec &s = spec();
    const QString org = organisationName();
    Store::Transaction transaction(m_store);
    int added = 0;
    for (const Certificate &cert : certificates) {
        QSqlQuery insert =
            prepared(m_store.database(),
                     insertOrIgnore(QLatin1String(s.table),
                                    s.perOrganisation
                                        ? QStringLiteral("(organisation_id, certificate_id, added) "
                                                         "VALUES (?, ?, ?)")
                                        : QStringLiteral("(certificate_id, added) VALUES (?, ?)")));
        if (s.perOrganisation)
            insert.addBindValue(m_organisationId);
        insert.addBindValue(m_store.certificates().idFor(cert));
        insert.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        run(insert);
        if (insert.numRowsAffected() > 0) {
            ++added;
            m_store.auditLog().record(
                org, QLatin1String(s.addAction),
                QStringLiteral("%1:%2").arg(QLatin1String(s.targetPrefix), cert.thumbprint().key()),
                {}, certificateSummary(cert));
        }
    }
    transaction.commit();
    return added;
}

void CertificateSet::remove(const QString &thumbprintText)
{
    const Thumbprint thumbprint = Thumbprint::parse(thumbprintText);
    const Spec &s = spec();
    const QString org = organisationName();
    Store::Transaction transaction(m_store);
    QSqlQuery find =
        prepared(m_store.database(),
                 QStringLiteral("SELECT c.id, c.der FROM %1 s JOIN certificates c ON c.id = "
                                "s.certificate_id WHERE c.thumbprint = ?%2")
                     .arg(QLatin1String(s.table), s.perOrganisation
                                                      ? QLatin1String(" AND s.organisation_id = ?")
                                                      : QLatin1String("")));
    find.addBindValue(thumbprint.key());
    if (s.perOrganisation)
        find.addBindValue(m_organisationId);
    run(find);
    if (!find.next()) {
        switch (m_kind) {
        case Kind::RootStore:
            throw InputError(
                tr("no installed certificate has thumbprint %1").arg(thumbprint.grouped()));
        case Kind::Intermediates:
            throw InputError(
                tr("no known intermediate has thumbprint %1").arg(thumbprint.grouped()));
        case Kind::ApprovedCas:
            break;
        }
        throw InputError(tr("no approved CA of organisation '%1' has thumbprint %2")
                             .arg(org, thumbprint.grouped()));
    }
    const Certificate cert = Certificate::fromDer(find.value(1).toByteArray());
    QSqlQuery remove = prepared(
        m_store.database(), QStringLiteral("DELETE FROM %1 WHERE certificate_id = ?%2")
                                .arg(QLatin1String(s.table),
                                     s.perOrganisation ? QLatin1String(" AND organisation_id = ?")
                                                       : QLatin1String("")));
    remove.addBindValue(find.value(0));
    if (s.perOrganisation)
        remove.addBindValue(m_organisationId);
    run(remove);
    m_store.auditLog().record(
        org, QLatin1String(s.removeAction),
        QStringLiteral("%1:%2").arg(QLatin1String(s.targetPrefix), thumbprint.key()),
        certificateSummary(cert), {});
    transaction.commit();
}

} // namespace trustdesk
