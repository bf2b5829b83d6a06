#include "CertificateRepository.h"

#include "SqlSupport.h"
#include "Store.h"

namespace trustdesk {

using namespace sql;

std::optional<qint64> CertificateRepository::find(const Certificate &cert)
{
    QSqlQuery query = prepared(m_store.database(),
                               QStringLiteral("SELECT id FROM certificates WHERE thumbprint = ?"));
    query.addBindValue(cert.thumbprint().key());
    run(query);
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

qint64 CertificateRepository::idFor(const Certificate &cert)
{
    if (const auto existing = find(cert))
        return *existing;
    const QString thumbprint = cert.thumbprint().key();
    QSqlQuery insert = prepared(
        m_store.database(), QStringLiteral("INSERT INTO certificates (thumbprint, subject, issuer, "
                                           "not_after, der) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(thumbprint);
    // An empty name (a client may send anything) is an empty string, not NULL.
    insert.addBindValue(text(cert.subjectText()));
    insert.addBindValue(text(cert.issuerText()));
    insert.addBindValue(iso(cert.notAfter()));
    insert.addBindValue(cert.der());
    run(insert);
    return insert.lastInsertId().toLongLong();
}

Certificate CertificateRepository::byId(qint64 id)
{
    QSqlQuery query =
        prepared(m_store.database(), QStringLiteral("SELECT der FROM certificates WHERE id = ?"));
    query.addBindValue(id);
    run(query);
    return query.next() ? Certificate::fromDer(query.value(0).toByteArray()) : Certificate();
}

} // namespace trustdesk
